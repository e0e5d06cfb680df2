"""Set 52 pages 1-14: THE MESS EDITORS MAKE — ordinary everyday items (a meeting, a visit, a training, a handover, a
Party admission, a movement's review) whose text was pasted from Word or typed in old WYSIWYG editors, weighted as the
real sites are (vn-sites.md): three NukeViet pages (4.5 and 4.3 under new themes, 3.1), two '.dcs.vn' templates
('Hoạt động lãnh đạo tỉnh', 'Xây dựng Đảng'), Liferay DXP 2023.Q3 + Đông Dương's portlet, SharePoint Server 2013 + Sao
Mai's web part, DNN 9.2 (a table-era skin) + Live Articles, an ASP.NET 3.5 WebForms vendor CMS (Hoàng Hà; the set's ONE
twist), Joomla 3.4 (JCE), WordPress + Hestia, Drupal 7 + Acquia Marina, a classic ASP CMS and a merged press agency's
contributors' view. Page helpers copied from set 51's module (which kept sets 48-50's); set 52 adds the mess renderers
(Word paragraphs, <br> runs, <font> soup, entities, zero-width characters and soft hyphens, PDF line wraps) and one
builder, mk52."""
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


# ================================================================== page 1: a meeting (NukeViet 4.5, a Hội Cựu TNXP theme) — Word paste, the lead typed as a bold first paragraph
A01 = A51("Hội Cựu Thanh niên xung phong tỉnh tổng kết công tác Hội năm 2028",
          "Ngày 9/1, Hội Cựu Thanh niên xung phong (TNXP) tỉnh Hà Tĩnh tổ chức hội nghị tổng kết công tác Hội và phong trào Cựu TNXP năm 2028, triển khai nhiệm vụ năm 2029. Dự hội nghị có đồng chí Trần Quốc Khánh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy, đại diện Trung ương Hội Cựu TNXP Việt Nam và 120 đại biểu là cán bộ, hội viên tiêu biểu.",
          [P("Năm 2028, các cấp Hội trong tỉnh tiếp tục củng cố tổ chức, phát triển thêm 215 hội viên, nâng tổng số hội viên lên 9.460 người, sinh hoạt tại 96 cơ sở Hội ở các xã, phường. Hội đã phối hợp tổ chức 14 đợt sinh hoạt truyền thống, đưa 620 lượt hội viên về thăm lại chiến trường xưa tại Ngã ba Đồng Lộc, đường 15A và bến phà Linh Cảm."),
           P("Phong trào “Cựu TNXP giúp nhau làm kinh tế, giảm nghèo” được duy trì ở tất cả cơ sở Hội. Trong năm, hội viên giúp nhau hơn 2.300 ngày công, cho vay không lãi 1,4 tỷ đồng; Hội phối hợp với Ngân hàng Chính sách xã hội quản lý 28 tổ tiết kiệm và vay vốn với dư nợ 64 tỷ đồng. Toàn tỉnh có 312 hộ hội viên đạt danh hiệu sản xuất, kinh doanh giỏi; số hộ hội viên nghèo giảm 41 hộ so với đầu năm."),
           I("/uploads/news/2029_01/hoi-nghi-tong-ket-cuu-tnxp-01.jpg", "Đồng chí Trần Quốc Khánh, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu tại hội nghị"),
           P("Công tác chăm lo cho hội viên có hoàn cảnh khó khăn, hội viên bị ảnh hưởng chất độc da cam được các cấp Hội quan tâm. Từ nguồn vận động xã hội hóa, Hội đã xây mới và sửa chữa 11 nhà “Nghĩa tình đồng đội”, trao 540 suất quà trị giá hơn 430 triệu đồng; đề nghị giải quyết chế độ cho 37 trường hợp còn tồn đọng."),
           P("Phát biểu tại hội nghị, đồng chí Trần Quốc Khánh ghi nhận những kết quả Hội đạt được; đề nghị các cấp Hội tiếp tục đổi mới nội dung, phương thức hoạt động phù hợp với mô hình chính quyền địa phương hai cấp, phát huy vai trò hội viên trong giáo dục truyền thống cho thế hệ trẻ, tham gia bảo vệ nền tảng tư tưởng của Đảng và xây dựng khu dân cư văn hóa."),
           I("/uploads/news/2029_01/hoi-nghi-tong-ket-cuu-tnxp-02.jpg", "Ban Thường vụ Hội Cựu TNXP tỉnh tặng Giấy khen cho các tập thể có thành tích xuất sắc năm 2028"),
           P("Dịp này, Ban Thường vụ Hội Cựu TNXP tỉnh tặng Giấy khen cho 12 tập thể, 25 cá nhân có thành tích xuất sắc trong công tác Hội và phong trào Cựu TNXP năm 2028.")])


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


def page01():
    pub = d("2029-01-10 15:20")
    site, base = "https://hoicuutnxp.hatinh.gov.vn", "/news/hoat-dong-hoi/"
    nvf = lambda x: f"{wd(x)} - {dmy(x)} {hm(x)}"
    sig = "Phan Thị Thu Hiền - Văn phòng Hội Cựu TNXP tỉnh"

    def detail(rng, rl, rd):
        out = [wpar(A01.lead, b=True), wempty()]
        for b in A01.blocks:
            if b[0] == "p":
                out += [wpar(b[1]), wempty()]
            else:
                out += [wimg(b[1]), wpar(b[2], i=True, align="center", indent=False, run=False)]
        out.append(wpar(sig, b=True, align="right", indent=False, run=False))
        body = "\n".join(out)
        return (nv4_detail(site, esc(A01.title), nvf(pub), body, "ctnxp45", "Đã xem: 287 | Phản hồi: 0")
                + nv4_tail(site, base, rl, rd, nvf, ["Cựu TNXP", "tổng kết", "Nghĩa tình đồng đội"], "Tổng số điểm của bài viết là: 23 trong 5 đánh giá",
                           thread([("Nguyễn Văn Thái", "10/01/2029 20:41", "Chúc Hội Cựu TNXP tỉnh năm mới tiếp tục có nhiều hoạt động ý nghĩa với đồng đội."),
                                   ("Lê Thị Hường", "11/01/2029 07:15", "Mong Hội quan tâm hơn nữa đến các trường hợp hồ sơ chế độ còn tồn đọng ở xã Cẩm Xuyên.")],
                                  head="Ý kiến bạn đọc", cls="nv-comment"), 318))

    return mk52(1, "youth_volunteer_veterans_nukeviet45_ctnxp_theme_word_paste_bold_first_paragraph_lead",
                "hatinh-hoicuutnxp-nukeviet45-vendor-theme-weekday-dash-stamp-no-hometext-msonormal-paste-o-p-empty-paragraphs-bold-first-paragraph-lead-centred-italic-word-captions-bold-right-name-dash-unit",
                "nv45_ctnxp", site, base + "hoi-cuu-thanh-nien-xung-phong-tinh-tong-ket-cong-tac-hoi-nam-2028-318.html",
                "Hội Cựu Thanh niên xung phong tỉnh Hà Tĩnh", "NukeViet v4.5", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động Hội"], cls="breadcrumbs list-none"), "Hoạt động Hội",
                {"author": "Phan Thị Thu Hiền", "unit": "Văn phòng Hội Cựu TNXP tỉnh"},
                "NukeViet 4.5 under a provincial vendor's theme for a Hội Cựu TNXP; a year-end MEETING. 'Thứ Tư - 10/01/2029 15:20' (span.h5) → T15:20. The hometext field is EMPTY (not printed): "
                "the whole text is a Word paste inside #news-bodyhtml — p.MsoNormal with span lang=VI, mso-spacerun '&nbsp; ' runs, <o:p></o:p>, and an EMPTY Word paragraph "
                "(<o:p>&nbsp;</o:p>) after every paragraph (no paragraphs: set 48). The first paragraph is typed BOLD ('Ngày 9/1, Hội …') → the lead (sets 30, 31, 44), body starts with it. "
                "Pictures are Word paragraphs holding an <img>; each caption is the centred ITALIC Word paragraph under it (no figcaption) → two captions (set 26: they describe the pictures). "
                "The last Word paragraph, right-aligned bold 'Phan Thị Thu Hiền - Văn phòng Hội Cựu TNXP tỉnh' → author + unit (set 29: a credit typed inside the text container is a byline), not body. "
                "Category: the crumb's last level.",
                "NukeViet 4.5 (a Hội Cựu TNXP theme), a meeting: 'Thứ Tư - dd/mm/yyyy HH:MM', no hometext, Word paste (MsoNormal, <o:p>, empty Word paragraphs between), bold first paragraph = lead, centred italic Word captions, bold right 'Name - unit' typed last",
                kb=150, fmt=nvf, head_author="Phan Thị Thu Hiền",
                traps={"meta": ["Đã xem: 287", "Phản hồi: 0", "Tổng số điểm của bài viết là: 23 trong 5 đánh giá"],
                       "credit_as_printed": [sig],
                       "comments": ["Nguyễn Văn Thái", "Mong Hội quan tâm hơn nữa đến các trường hợp hồ sơ chế độ còn tồn đọng ở xã Cẩm Xuyên."]})


# ================================================================== page 2: a Party admission (NukeViet 3.1, a commune Party committee's legacy theme) — <font> soup, every letter an entity, unclosed <p>
A02 = A51("Chi bộ thôn Khuôn Khiếng kết nạp 2 đảng viên mới",
          "Ngày 18/1, Chi bộ thôn Khuôn Khiếng, Đảng bộ xã Hùng Lợi tổ chức lễ kết nạp đảng viên mới cho 2 quần chúng ưu tú là đồng chí Ma Văn Tuyên và đồng chí Hoàng Thị Mỵ.",
          [I("/uploads/news/2029_01/ket-nap-dang-vien-khuon-khieng-01.jpg", "Lãnh đạo Đảng ủy xã Hùng Lợi tặng hoa chúc mừng 2 đảng viên mới"),
           P("Dự buổi lễ có đồng chí Triệu Văn Thành, Phó Bí thư Thường trực Đảng ủy xã; đại diện Ủy ban Kiểm tra Đảng ủy xã, Ban Công tác Mặt trận thôn cùng toàn thể đảng viên trong chi bộ."),
           P("Tại buổi lễ, chi bộ đã công bố quyết định kết nạp đảng viên của Ban Thường vụ Đảng ủy xã. Hai đảng viên mới đã đọc lời tuyên thệ dưới cờ Đảng, hứa suốt đời phấn đấu cho mục đích, lý tưởng của Đảng, nghiêm chỉnh chấp hành Điều lệ Đảng và các nghị quyết của tổ chức đảng."),
           P("Đồng chí Ma Văn Tuyên, 27 tuổi, là Bí thư Chi đoàn thôn, người đi đầu trong phong trào phát triển kinh tế đồi rừng; đồng chí Hoàng Thị Mỵ, 31 tuổi, là Chi hội trưởng Chi hội phụ nữ thôn, tích cực vận động chị em tham gia mô hình nuôi ong lấy mật."),
           I("/uploads/news/2029_01/ket-nap-dang-vien-khuon-khieng-02.jpg", "Các đảng viên mới đọc lời tuyên thệ dưới cờ Đảng"),
           P("Phát biểu tại buổi lễ, đồng chí Triệu Văn Thành đề nghị các đảng viên mới tiếp tục học tập, rèn luyện, gương mẫu trong công việc và trong sinh hoạt ở khu dân cư; chi bộ phân công đảng viên chính thức giúp đỡ đảng viên mới trong thời gian dự bị."),
           P("Năm 2028, Đảng bộ xã Hùng Lợi đã kết nạp 19 đảng viên mới, đạt 126% chỉ tiêu nghị quyết; 100% thôn có chi bộ sinh hoạt riêng.")])


def page02():
    pub = d("2029-01-19 09:12")
    site = "http://hungloi.tuyenquang.dcs.vn"
    path = "/index.php?language=vi&nv=news&op=Xay-dung-Dang/Chi-bo-thon-Khuon-Khieng-ket-nap-2-dang-vien-moi-214"
    n3f = lambda x: f"{wd(x, lower=True)}, {dmy(x)} {hm(x)}"
    sig_name, sig_unit = "Ma Thị Hường", "Văn phòng Đảng ủy xã Hùng Lợi"

    def detail(rng, rl, rd):
        blocks = A02.blocks
        s0, c0 = blocks[0][1], blocks[0][2]
        ff = '<font face="Times New Roman" size="3">'
        out = []
        for b in blocks[1:]:
            if b[0] == "p":
                out.append(f'<p align="justify">{ff}{esc(b[1])}</font>\n<p align="justify">{ff}&nbsp;</font>\n')
            else:
                out.append(f'<p align="center"><img src="{b[1]}" border="0" width="500" alt="" />\n'
                           f'<p align="center"><font face="Times New Roman" size="2"><i>{esc(b[2])}</i></font>\n')
        out.append(f'<p align="right"><b>{ff}{esc(sig_name)}<br />({esc(sig_unit)})</font></b>\n')
        body = ent("".join(out))
        rel_ = "".join(f'<li><a href="{site}/index.php?language=vi&amp;nv=news&amp;op=Xay-dung-Dang/{slug(t)[:50]}-{200 - k}">{esc(t)}</a> <em>({dmy(x)})</em></li>'
                       for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="news_detail"><h1>{esc(A02.title)}</h1><span class="time">{n3f(pub)}</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="#" title="Gửi bài viết qua email">Gửi bài viết</a></li>'
                f'<li><a class="print" href="{site}/index.php?language=vi&amp;nv=news&amp;op=print/Xay-dung-Dang/214" title="In ra">In bài viết</a></li>'
                f'<li><a class="savefile" href="#" title="Lưu bài viết này">Lưu bài viết</a></li></ul></div><div class="clear"></div>'
                f'<div id="hometext"><div id="imghome" class="fl"><a rel="shadowbox" href="{s0}"><img src="{s0}" alt="{esc(c0, True)}" width="160" /></a><p><em>{esc(c0)}</em></p></div>{esc(A02.lead)}</div>'
                f'<div class="clear"></div><div class="bodytext">{body}</div><div class="clear"></div>'
                f'<div class="dx31-hits">Số lần đọc: 164</div>'
                f'<div class="copyright">Bản quyền thuộc Đảng ủy xã Hùng Lợi. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</div></div>'
                f'<div class="other_news"><h4>Các tin khác</h4><ul class="related">{rel_}</ul></div>')

    return mk52(2, "commune_party_committee_nukeviet31_legacy_theme_font_soup_every_letter_an_entity",
                "tuyenquang-danguyxahungloi-nukeviet31-legacy-theme-index-php-op-url-weekday-lowercase-stamp-imghome-em-caption-plain-hometext-font-soup-ncr-entities-unclosed-p-nbsp-lines-name-br-paren-unit",
                "nv31_dx", site, path, "Đảng ủy xã Hùng Lợi", "NukeViet v3.1", A02, pub, detail,
                f'<div class="breadcrumbs"><a href="{site}/">Trang chủ</a> » <a href="{site}/index.php?language=vi&amp;nv=news">Tin tức</a> » <a href="{site}/index.php?language=vi&amp;nv=news&amp;op=Xay-dung-Dang">Xây dựng Đảng</a></div>',
                "Xây dựng Đảng", {"author": sig_name, "unit": sig_unit},
                "NukeViet 3.1 under the legacy theme a commune Party committee kept (#news_detail, span.time 'Thứ sáu, 19/01/2029 09:12' → T09:12); a PARTY ADMISSION. "
                "The hometext is plain text after #imghome → the lead (set 28); #imghome's <em> is the first caption. The text in div.bodytext was typed in an old editor that wrote "
                "EVERY non-ASCII letter as an entity ('&#7871;', '&agrave;', '&#273;' …: decoded, then NFC, set 48), each paragraph a <p align=justify><font face='Times New Roman'> never "
                "closed (one paragraph each, ending where the next begins: set 48), with a '&nbsp;' paragraph between (no paragraph). The body picture is an unclosed centred <p> with the "
                "<img>, its caption the next centred <font size=2><i> paragraph → second caption. Signature 'Ma Thị Hường' <br> '(Văn phòng Đảng ủy xã Hùng Lợi)', bold right "
                "→ author + unit (sets 32 and 39: a unit under the name after a <br>), not body. 'Số lần đọc' and the copyright line are chrome.",
                "NukeViet 3.1 (a commune's legacy theme), a Party admission: 'Thứ sáu, dd/mm/yyyy HH:MM', #imghome <em> caption, plain hometext, <font> soup with every letter as an entity, unclosed <p>, '&nbsp;' lines, 'Name' <br> '(unit)'",
                kb=120, fmt=lambda x: dmy(x), head_author=sig_name,
                xhtml_doctype=True,
                traps={"meta": ["Số lần đọc: 164", "Bản quyền thuộc Đảng ủy xã Hùng Lợi. Ghi rõ nguồn khi phát hành lại thông tin từ website này."],
                       "credit_as_printed": [f"({sig_unit})"]})


# ================================================================== page 3: a Tết visit (NukeViet 4.3, a Hội Nhà báo theme) — text in one <div> with <br><br>, decomposed Unicode, zero-width spaces
A03 = A51("Hội Nhà báo tỉnh thăm, tặng quà Tết hội viên cao tuổi, có hoàn cảnh khó khăn",
          "Ngày 5/2, đoàn công tác Hội Nhà báo tỉnh Gia Lai do đồng chí Nguyễn Thị Lan Phương, Chủ tịch Hội, làm trưởng đoàn đã đến thăm, tặng quà Tết Nguyên đán Kỷ Dậu 2029 cho 26 hội viên cao tuổi, hội viên có hoàn cảnh khó khăn ở phường Pleiku, phường Hội Phú và xã Biển Hồ.",
          [P("Đoàn đã đến thăm nhà báo lão thành Rơ Châm Kiui, 86 tuổi, nguyên phóng viên Đài Phát thanh tỉnh, người có hơn 30 năm gắn bó với các chương trình phát thanh tiếng Jrai. Dù tuổi cao, ông vẫn thường xuyên theo dõi báo chí và góp ý cho các chương trình tiếng dân tộc của Đài."),
           I("/uploads/news/2029_02/tham-tang-qua-tet-hoi-vien-01.jpg", "Đồng chí Nguyễn Thị Lan Phương, Chủ tịch Hội Nhà báo tỉnh thăm hỏi, tặng quà nhà báo lão thành Rơ Châm Kiui"),
           P("Tại các gia đình, đồng chí Chủ tịch Hội ân cần hỏi thăm sức khỏe, đời sống; ghi nhận những đóng góp của các thế hệ người làm báo đối với sự nghiệp báo chí cách mạng của tỉnh; mong các hội viên giữ gìn sức khỏe, tiếp tục đồng hành, truyền lửa nghề cho lớp nhà báo trẻ."),
           P("Dịp này, Hội Nhà báo tỉnh trao 26 suất quà, mỗi suất gồm 1,5 triệu đồng tiền mặt và nhu yếu phẩm, từ nguồn Quỹ Hỗ trợ hội viên và sự đóng góp của các cơ quan báo chí trên địa bàn. Hội cũng hỗ trợ 10 triệu đồng cho gia đình hội viên Trần Văn Khải đang điều trị bệnh dài ngày."),
           I("/uploads/news/2029_02/tham-tang-qua-tet-hoi-vien-02.jpg", "Đoàn công tác trao quà Tết cho gia đình hội viên Trần Văn Khải ở phường Hội Phú"),
           P("Năm 2028, Hội Nhà báo tỉnh có 412 hội viên sinh hoạt tại 21 chi hội; Quỹ Hỗ trợ hội viên đã thăm hỏi, trợ cấp cho 74 lượt hội viên ốm đau, gặp khó khăn với tổng số tiền hơn 180 triệu đồng.")])


def page03():
    pub, upd = d("2029-02-05 16:45"), d("2029-02-06 08:30")
    site, base = "https://hoinhabao.gialai.gov.vn", "/news/tin-hoat-dong/"
    nvf = lambda x: f"{wd(x)} - {dmy(x)} {hm(x)}"
    sig = "Tin, ảnh: Rah Lan Hiếu"

    def detail(rng, rl, rd):
        runs = []
        for b in A03.blocks:
            if b[0] == "p":
                runs.append(esc(nfd(zwin(b[1]))) + "<br />\n<br />\n")
            else:
                runs.append(f'<div style="text-align: center;"><img alt="" height="427" src="{b[1]}" width="640" /></div>\n'
                            f'<div style="text-align: center;"><em>{esc(nfd(b[2]))}</em></div>\n')
        runs.append(f'<div style="text-align: right;"><strong>{esc(nfd(sig))}</strong></div>')
        body = f'<div style="text-align: justify;">{"".join(runs)}</div>'
        return (nv4_detail(site, esc(nfd(A03.title)), nvf(pub), body, "hnb43", "Đã xem: 341 | Phản hồi: 2",
                           extra_meta=f' <span class="hnb43-upd">Cập nhật lúc {hm(upd)} {dmy(upd)}</span>',
                           hometext=f'<strong>{esc(nfd(A03.lead))}</strong>')
                + nv4_tail(site, base, rl, rd, nvf, ["Hội Nhà báo", "Tết Kỷ Dậu", "hội viên"], "Tổng số điểm của bài viết là: 40 trong 9 đánh giá",
                           thread([("Ksor Nhung", "05/02/2029 21:02", "Cảm ơn Hội đã luôn nhớ đến các cô chú nhà báo lão thành."),
                                   ("Phạm Quốc Tuấn", "06/02/2029 06:48", "Chúc các hội viên cao tuổi năm mới mạnh khỏe.")], head="Ý kiến bạn đọc", cls="nv-comment"), 506))

    return mk52(3, "journalists_association_nukeviet43_hnb_theme_div_br_runs_decomposed_unicode_zero_width",
                "gialai-hoinhabao-nukeviet43-vendor-theme-weekday-dash-stamp-cap-nhat-luc-time-first-next-morning-bold-hometext-text-in-one-div-br-br-runs-nfd-zero-width-spaces-centred-div-em-captions-tin-anh-name",
                "nv43_hnb", site, base + "hoi-nha-bao-tinh-tham-tang-qua-tet-hoi-vien-cao-tuoi-co-hoan-canh-kho-khan-506.html",
                "Hội Nhà báo tỉnh Gia Lai", "NukeViet v4.3", A03, pub, detail,
                crumbs_of(site, ["Tin tức", "Tin hoạt động"], cls="breadcrumbs list-none"), "Tin hoạt động",
                {"author": "Rah Lan Hiếu", "photographer": "Rah Lan Hiếu"},
                "NukeViet 4.3 under a Hội Nhà báo vendor theme; a TẾT VISIT. 'Thứ Hai - 05/02/2029 16:45' → T16:45; the theme prints 'Cập nhật lúc 08:30 06/02/2029' (time first) → updated "
                "2029-02-06T08:30. The editor typed with 'Unicode tổ hợp': the headline, the hometext, the text, the captions and the credit are in DECOMPOSED Unicode (NFD) — the record is NFC "
                "(set 48) — and the text, pasted from a chat app, carries ZERO-WIDTH SPACES (U+200B) after some spaces: invisible, removed (NEW set 52). The text is NOT in paragraphs: runs "
                "directly inside one <div style='text-align: justify'>, separated by <br /><br /> → one paragraph per run (set 46). Pictures are centred <div>s, each caption the centred "
                "<div><em> under it → two captions. 'Tin, ảnh: Rah Lan Hiếu' in a right-aligned <div> at the end → author AND photographer (set 31), not body. Bold hometext → lead.",
                "NukeViet 4.3 (a Hội Nhà báo theme), a Tết visit: 'Thứ Hai - dd/mm/yyyy HH:MM' + 'Cập nhật lúc HH:MM dd/mm/yyyy', text as <br><br> runs in one div, NFD, zero-width spaces, centred div captions, 'Tin, ảnh: Name'",
                kb=160, upd=upd, fmt=nvf, head_author="Rah Lan Hiếu", zw_strip=True,
                traps={"meta": ["Đã xem: 341", "Phản hồi: 2"], "credit_as_printed": [sig],
                       "comments": ["Ksor Nhung", "Cảm ơn Hội đã luôn nhớ đến các cô chú nhà báo lão thành."]})


# ================================================================== page 4: a leader's visit (the '.dcs.vn' 'Hoạt động lãnh đạo tỉnh' template) — span soup, picture tables, 'Name - Báo …'
A04 = A51("Đồng chí Vi Đức Thắng, Bí thư Tỉnh ủy thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng cửa khẩu Chi Ma",
          "Ngày 7/2, đồng chí Vi Đức Thắng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy cùng đoàn công tác của tỉnh đã đến thăm, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng cửa khẩu Chi Ma và Nhân dân xã Mẫu Sơn nhân dịp Tết Nguyên đán Kỷ Dậu 2029.",
          [P("Cùng đi có các đồng chí trong Ban Thường vụ Tỉnh ủy, lãnh đạo Bộ Chỉ huy Bộ đội Biên phòng tỉnh và các sở, ngành liên quan."),
           P("Báo cáo với đoàn, Thiếu tá Lăng Văn Cường, Chính trị viên Đồn Biên phòng cửa khẩu Chi Ma cho biết: năm 2028, đơn vị đã duy trì nghiêm chế độ trực sẵn sàng chiến đấu, phối hợp tuần tra song phương, bảo vệ an toàn 24 km đường biên, 31 cột mốc; làm thủ tục cho hơn 412.000 lượt người và 96.000 lượt phương tiện xuất, nhập cảnh. Đơn vị đã vận động 46 hộ dân ký cam kết tự quản đường biên, mốc quốc giới."),
           I("/DATA/IMAGES/2029/02/07/bi-thu-tinh-uy-tham-don-chi-ma-01.jpg", "Đồng chí Vi Đức Thắng, Bí thư Tỉnh ủy tặng quà, chúc Tết cán bộ, chiến sĩ Đồn Biên phòng cửa khẩu Chi Ma"),
           P("Thay mặt lãnh đạo tỉnh, đồng chí Bí thư Tỉnh ủy ghi nhận, biểu dương những kết quả cán bộ, chiến sĩ đồn đạt được trong năm qua; đề nghị đơn vị tiếp tục nắm chắc tình hình, giữ vững chủ quyền an ninh biên giới, nhất là trong dịp Tết; tạo điều kiện thuận lợi cho hoạt động xuất, nhập khẩu qua cửa khẩu; tích cực tham gia xây dựng cơ sở chính trị ở địa bàn biên giới."),
           P("Cùng ngày, đoàn công tác đã đến thăm, tặng quà gia đình chính sách và hộ nghèo tại thôn Khuổi Luông và thôn Pò Mã, xã Mẫu Sơn; trao 60 suất quà, mỗi suất trị giá 1 triệu đồng, cho các hộ có hoàn cảnh khó khăn."),
           I("/DATA/IMAGES/2029/02/07/bi-thu-tinh-uy-tham-don-chi-ma-02.jpg", "Đoàn công tác trao quà Tết cho các hộ có hoàn cảnh khó khăn ở xã Mẫu Sơn")])
LEADERS04 = [("Vi Đức Thắng", "Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy"), ("Lương Thị Hạnh", "Phó Bí thư Thường trực Tỉnh ủy"),
             ("Đinh Quốc Hưng", "Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh"), ("Hoàng Văn Pha", "Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh")]


def soup(t, size="14px", face="Arial,Helvetica,sans-serif"):
    return f'<span style="font-size:{size};"><span style="font-family:{face};">{t}</span></span>'


def page04():
    pub = d("2029-02-07 18:40")
    site = "https://langson.dcs.vn"
    path = "/hoat-dong-lanh-dao-tinh/dong-chi-vi-duc-thang-bi-thu-tinh-uy-tham-chuc-tet-can-bo-chien-si-don-bien-phong-cua-khau-chi-ma-c4127.html"
    dcf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"
    sig = "Minh Anh - Báo Lạng Sơn"

    def detail(rng, rl, rd):
        out = []
        for b in A04.blocks:
            if b[0] == "p":
                out.append(f'<p style="text-align:justify">{soup(esc(b[1]))}</p>\n<p>&nbsp;</p>')
            else:
                out.append(tbl_pic(b[1], b[2], 600, cap_style="text-align:center;font-size:13px", cls="dcs-pic"))
        out.append(f'<p style="text-align:right">{soup("<strong>" + esc(sig) + "</strong>")}</p>')
        strip = "".join(f'<li><img src="/DATA/IMAGES/lanhdao/{slug(n)}.jpg" alt="{esc(n, True)}" /><b>{esc(n)}</b><span>{esc(p)}</span></li>' for n, p in LEADERS04)
        same = related_same(site, "/hoat-dong-lanh-dao-tinh/", list(zip(rl[:6], rd)), dcf, "Tin cùng chuyên mục", "dcs-ld-same", 4100)
        return (f'<div class="dcs-ld-strip"><h3 class="dcs-ld-strip-title">Thường trực Tỉnh ủy</h3><ul>{strip}</ul></div>'
                f'<div class="dcs-detail"><h1 class="dcs-title">{esc(A04.title)}</h1>'
                f'<div class="dcs-meta"><span class="dcs-date"><i class="fa fa-clock-o"></i> {dcf(pub)}</span> <span class="dcs-view">Lượt xem: 1.204</span></div>'
                f'{tools("dcs-tools")}<div class="dcs-sapo"><strong>{esc(A04.lead)}</strong></div>'
                f'<div class="dcs-content" id="content-detail">{"".join(out)}</div>{sharebar("dcs-share")}</div>{same}')

    def side(rng, p):
        days = [p + timedelta(days=k, hours=h - p.hour, minutes=-p.minute) for k, h in ((1, 8), (2, 14), (3, 8), (4, 9), (5, 21))]
        jobs = ["Kiểm tra công tác trực Tết tại Bệnh viện Đa khoa tỉnh", "Thăm, chúc Tết các cơ quan báo chí", "Dự Chương trình “Xuân biên giới - Tết vì người nghèo”",
                "Thăm, chúc Tết các gia đình chính sách tại phường Lương Văn Tri", "Thăm, chúc Tết lực lượng trực Tết đêm Giao thừa"]
        rows = "".join(f'<tr><td class="ngay">{wd(x)}<br />{dmy(x)}</td><td class="gio">{x.strftime("%Hh%M")}</td><td>{esc(j)}</td></tr>' for x, j in zip(days, jobs))
        return (f'<div class="dcs-ld-lich"><h3>Lịch công tác của Thường trực Tỉnh ủy</h3><table>{rows}</table></div>'
                + side_heavy(dcf, "Tin mới", "s52n4", second="Đọc nhiều", n=6)(rng, p))

    return mk52(4, "provincial_party_dcs_hoat_dong_lanh_dao_tinh_template_name_dash_newspaper",
                "langson-tinhuy-dcs-hoat-dong-lanh-dao-tinh-template-leaders-strip-schedule-rail-weekday-comma-date-dash-time-bold-sapo-ckeditor-span-soup-nbsp-paragraphs-picture-tables-caption-row-below-name-dash-bao-lang-son",
                "dcs_hdld", site, path, "Tỉnh ủy Lạng Sơn", None, A04, pub, detail,
                crumbs_of(site, ["Hoạt động lãnh đạo tỉnh"], cls="dcs-breadcrumb"), "Hoạt động lãnh đạo tỉnh",
                {"author": "Minh Anh", "unit": "Báo Lạng Sơn"},
                "The '.dcs.vn' platform's 'Hoạt động lãnh đạo tỉnh' template (a strip of the Standing Committee's portraits with names and posts under the crumb, the leaders' schedule in the rail); "
                "a LEADER'S TẾT VISIT. 'Thứ Tư, 07/02/2029 - 18:40' → T18:40; the schedule's days (8–12/2, with hours) are future events, not stamps; the strip's names and posts are nobody's byline. "
                "The text is CKEditor span soup (two nested spans per paragraph) with a '<p>&nbsp;</p>' after every paragraph (no paragraphs); pictures are one-cell tables whose caption is typed "
                "in the row below → two captions. The signature typed last, bold right: 'Minh Anh - Báo Lạng Sơn' — the writer and the paper she reports for (the item "
                "was taken from the provincial paper) → author 'Minh Anh', author_unit 'Báo Lạng Sơn' (NEW set 52, QUESTIONABLE: an unlabelled press outlet after ' - ' is the "
                "writer's unit, as the radio stations after a name were in sets 9, 13, 17 and 18; only 'Theo …' / 'Nguồn: …' make it a source, sets 13, 28, 35). Bold sapo → lead. "
                "Category: the crumb's level (the template's section).",
                "'.dcs.vn' 'Hoạt động lãnh đạo tỉnh' template, a leader's Tết visit: 'Thứ Tư, dd/mm/yyyy - HH:MM', leaders' strip and schedule, span soup, '<p>&nbsp;</p>' lines, picture tables with the caption row below, 'Minh Anh - Báo Lạng Sơn' (the writer's paper is her unit)",
                kb=170, fmt=dcf, head_author="Minh Anh", side=side,
                traps={"meta": ["Lượt xem: 1.204"], "credit_as_printed": [sig],
                       "leaders_strip": ["Phó Bí thư Thường trực Tỉnh ủy", "Lương Thị Hạnh"], "schedule": ["Lịch công tác của Thường trực Tỉnh ủy", "Thăm, chúc Tết lực lượng trực Tết đêm Giao thừa"]})

# ================================================================== page 5: a Party-badge ceremony (the '.dcs.vn' 'Xây dựng Đảng' template) — a STRAY </div> closes the text block early, unclosed <li>
LIST05 = ["Huy hiệu 65 năm tuổi Đảng: 1 đồng chí;", "Huy hiệu 60 năm tuổi Đảng: 3 đồng chí;", "Huy hiệu 55 năm tuổi Đảng: 6 đồng chí;",
          "Huy hiệu 50 năm tuổi Đảng: 9 đồng chí;", "Huy hiệu 45 năm tuổi Đảng: 8 đồng chí;", "Huy hiệu 40 năm tuổi Đảng: 11 đồng chí."]
A05 = A51("Đảng bộ phường Phố Hiến trao Huy hiệu Đảng cho 38 đảng viên",
          "Sáng 2/2, nhân kỷ niệm 99 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2029), Đảng ủy phường Phố Hiến tổ chức lễ trao Huy hiệu Đảng cho 38 đảng viên.",
          [P("Đồng chí Nguyễn Thị Thanh Hương, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tổ chức Tỉnh ủy dự và trao Huy hiệu Đảng cho các đảng viên."),
           P("Đợt này, Đảng bộ phường có 38 đảng viên được trao Huy hiệu Đảng, gồm:"),
           ("ul", LIST05),
           P("Phát biểu tại buổi lễ, đồng chí Nguyễn Thị Thanh Hương chúc mừng các đảng viên được nhận Huy hiệu Đảng; khẳng định đây là phần thưởng cao quý, ghi nhận quá trình phấn đấu, cống hiến bền bỉ của mỗi đảng viên. Đồng chí mong các đảng viên lão thành tiếp tục giữ gìn phẩm chất người đảng viên, là tấm gương sáng để con cháu và thế hệ trẻ noi theo."),
           I("/DATA/IMAGES/2029/02/02/trao-huy-hieu-dang-pho-hien.jpg", "Đồng chí Nguyễn Thị Thanh Hương, Trưởng Ban Tổ chức Tỉnh ủy trao Huy hiệu 65 năm tuổi Đảng cho đồng chí Đỗ Văn Sáu"),
           P("Thay mặt các đảng viên được nhận Huy hiệu, đồng chí Đỗ Văn Sáu, 88 tuổi, bày tỏ niềm vinh dự, tự hào; hứa sẽ tiếp tục tham gia sinh hoạt chi bộ đều đặn, đóng góp ý kiến xây dựng Đảng bộ, chính quyền phường ngày càng vững mạnh.")])


def page05():
    pub, upd = d("2029-02-02 11:05"), d("2029-02-02 15:30")
    site = "https://hungyen.dcs.vn"
    path = "/xay-dung-dang/cong-tac-dang-vien/dang-bo-phuong-pho-hien-trao-huy-hieu-dang-cho-38-dang-vien-c3561.html"
    xdf = lambda x: f"{dmy(x)} {hm(x)}"
    sig = "Thu Trang (Đảng ủy phường Phố Hiến)"

    def detail(rng, rl, rd):
        bl = A05.blocks
        p = lambda t: f'<p style="text-align:justify">{esc(t)}</p>'
        nb = "<p>&nbsp;</p>"
        ul = "<ul>" + "".join(f"<li>{esc(x)}\n" for x in LIST05) + "</ul>"
        first = p(bl[0][1]) + nb + p(bl[1][1]) + ul
        rest = (p(bl[3][1]) + nb + f'<p style="text-align:center"><img src="{bl[4][1]}" alt="" width="620" /></p>'
                f'<p style="text-align:center"><em>{esc(bl[4][2])}</em></p>' + p(bl[5][1]) + nb
                + f'<p style="text-align:right"><strong>{esc(sig)}</strong></p>')
        same = related_same(site, "/xay-dung-dang/cong-tac-dang-vien/", list(zip(rl[:6], rd)), xdf, "Tin liên quan", "dcs-xd-rel", 3500)
        # the pasted block opens one <div> and closes TWO: the second </div> closes div.detail-content itself
        return (f'<div class="dcs-xd-figures"><span class="lbl">Số liệu:</span> Đảng bộ tỉnh có 1.342 tổ chức cơ sở đảng, 196.480 đảng viên <em>(cập nhật 31/12/2028)</em></div>'
                f'<div class="dcs-detail"><h1 class="dcs-title">{esc(A05.title)}</h1>'
                f'<div class="dcs-meta">Ngày đăng: {xdf(pub)} <span class="sep">|</span> Cập nhật: {xdf(upd)} <span class="sep">|</span> Lượt xem: 538</div>'
                f'<div class="dcs-sapo"><strong>{esc(A05.lead)}</strong></div>'
                f'<div class="detail-content" id="divContent"><div style="text-align:justify">{first}</div></div>\n{rest}</div>'
                f'{sharebar("dcs-share")}</div>{same}')

    return mk52(5, "provincial_party_dcs_xay_dung_dang_template_stray_div_closes_text_early",
                "hungyen-tinhuy-dcs-xay-dung-dang-template-figures-strip-cap-nhat-31-12-ngay-dang-cap-nhat-same-day-bold-sapo-stray-closing-div-text-continues-outside-unclosed-li-nbsp-paragraphs-name-paren-unit",
                "dcs_xdd", site, path, "Tỉnh ủy Hưng Yên", None, A05, pub, detail,
                crumbs_of(site, ["Xây dựng Đảng", "Công tác đảng viên"], cls="dcs-breadcrumb"), "Công tác đảng viên",
                {"author": "Thu Trang", "unit": "Đảng ủy phường Phố Hiến"},
                "The '.dcs.vn' platform's 'Xây dựng Đảng' section template (a Party-membership figures strip under the crumb); a PARTY-BADGE CEREMONY for the 3 February anniversary. "
                "'Ngày đăng: 02/02/2029 11:05 | Cập nhật: 02/02/2029 15:30' → published T11:05, updated T15:30. The strip's '(cập nhật 31/12/2028)' dates its figures (set 32: a widget's own "
                "'Cập nhật'). The text was pasted inside a wrapper <div> and the paste carries one </div> too many: it closes div.detail-content after the list, and the next paragraphs, the "
                "picture, its centred italic caption and the signature are printed OUTSIDE the text container, as siblings in the column — still the item's text, in page order (set 32: the "
                "text does not end where a container ends). The list's <li> are never closed (one paragraph each, set 48); '<p>&nbsp;</p>' lines are no paragraphs. Signature 'Thu Trang "
                "(Đảng ủy phường Phố Hiến)' → author + unit. The '99 năm' and '(3/2/1930 - 3/2/2029)' in the sapo are the anniversary's days, not stamps.",
                "'.dcs.vn' 'Xây dựng Đảng' template, a Party-badge ceremony: 'Ngày đăng: … | Cập nhật: …' the same day, figures strip with its own 'cập nhật', a STRAY </div> that closes the text block early (the rest printed outside it), unclosed <li>, 'Name (unit)'",
                kb=155, upd=upd, fmt=xdf, head_author="Thu Trang",
                traps={"meta": ["Lượt xem: 538"], "credit_as_printed": [sig],
                       "figures_strip": ["Đảng bộ tỉnh có 1.342 tổ chức cơ sở đảng, 196.480 đảng viên", "(cập nhật 31/12/2028)"]})


# ================================================================== page 6: a training course (Liferay DXP 2023.Q3 + Đông Dương's portlet) — Word paste, bold-italic lead, bold headings, a Word table
T06 = [["Thời gian", "Nội dung", "Báo cáo viên"],
       ["Sáng 15/1", "Quy trình kết nạp đảng viên, chuyển đảng chính thức", "Phòng Tổ chức đảng, đảng viên"],
       ["Chiều 15/1", "Quản lý hồ sơ đảng viên, chuyển sinh hoạt đảng", "Phòng Tổ chức đảng, đảng viên"],
       ["Sáng 16/1", "Thực hành phần mềm quản lý cơ sở dữ liệu đảng viên", "Trung tâm Công nghệ thông tin - Văn phòng Tỉnh ủy"]]
A06 = A51("Tập huấn nghiệp vụ công tác đảng viên cho cấp ủy cơ sở năm 2029",
          "Trong hai ngày 15 và 16/1, Ban Tổ chức Tỉnh ủy tổ chức hội nghị tập huấn nghiệp vụ công tác đảng viên và sử dụng phần mềm quản lý cơ sở dữ liệu đảng viên cho 210 đồng chí là cấp ủy viên, cán bộ làm công tác tổ chức của các đảng bộ xã, phường trực thuộc Tỉnh ủy.",
          [H("Cập nhật quy định mới về công tác đảng viên"),
           P("Tại hội nghị, các báo cáo viên của Ban Tổ chức Tỉnh ủy đã hướng dẫn những điểm mới trong quy trình kết nạp đảng viên, chuyển đảng chính thức, chuyển sinh hoạt đảng, xóa tên đảng viên và xét tặng Huy hiệu Đảng; giải đáp những vướng mắc của cơ sở sau khi sắp xếp, tổ chức lại các chi bộ thôn, buôn, tổ dân phố."),
           ("table", T06),
           H("Thực hành trên phần mềm quản lý đảng viên"),
           P("Trong buổi sáng 16/1, học viên được thực hành trực tiếp trên phần mềm quản lý cơ sở dữ liệu đảng viên phiên bản mới: cập nhật thông tin đảng viên, lập danh sách đảng viên đủ tuổi đảng để xét tặng Huy hiệu, kết xuất báo cáo thống kê định kỳ."),
           I("/documents/20126/0/tap-huan-nghiep-vu-cong-tac-dang-vien.jpg", "Học viên thực hành trên phần mềm quản lý cơ sở dữ liệu đảng viên"),
           P("Đồng chí Y Khuê Niê, Phó Trưởng Ban Tổ chức Tỉnh ủy đề nghị các đảng bộ xã, phường rà soát, hoàn thiện hồ sơ đảng viên, bảo đảm dữ liệu trên phần mềm khớp với hồ sơ gốc trước ngày 31/3/2029; kịp thời báo cáo những khó khăn, vướng mắc để Ban Tổ chức Tỉnh ủy hướng dẫn, tháo gỡ.")])


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


def page06():
    pub = d("2029-01-17 08:45")
    site = "https://btctu.daklak.gov.vn"
    path = "/web/guest/tin-tuc/-/asset_publisher/dd_news_view/content/tap-huan-nghiep-vu-cong-tac-dang-vien-cho-cap-uy-co-so-nam-2029"
    lrf = lambda x: f"{wd(x)}, ngày {dmy(x)} {hm(x)}"
    sig = "H'Linh Niê - Phòng Tổ chức đảng, đảng viên"

    def detail(rng, rl, rd):
        out = ['<div class="WordSection1">', wpar(A06.lead, b=True, i=True)]
        for b in A06.blocks:
            if b[0] == "h":
                out.append(wpar(b[1], b=True, indent=False, run=False))
            elif b[0] == "p":
                out.append(wpar(b[1]))
            elif b[0] == "table":
                out += [wtable(b[1]), wempty()]
            else:
                out += [wimg(b[1]), wpar(b[2], i=True, align="center", indent=False, run=False)]
        out += [wpar(sig, b=True, align="right", indent=False, run=False), "</div>"]
        same = others_block(site, "/web/guest/tin-tuc/-/asset_publisher/dd_news_view/content/", rl, rd, lrf, "Tin cùng chuyên mục", "dd-same", 770)
        return (f'<h2 class="portlet-title"><span class="portlet-title-text">Chi tiết tin</span></h2>'
                f'<div class="dd-news-view"><h1 class="dd-headline">{esc(A06.title)}</h1>'
                f'<div class="dd-meta"><span class="dd-date">{lrf(pub)}</span><div class="dd-tools"><a href="#" class="dd-font-dec">A-</a> <a href="#" class="dd-font-inc">A+</a> '
                f'<a href="#" class="dd-print">In bài</a> <a href="#" class="dd-mail">Gửi email</a> <button type="button" class="dd-speak">Đọc bài</button></div></div>'
                f'<div class="journal-content-article" data-analytics-asset-id="{rng.randint(300000, 399999)}" data-analytics-asset-title="{esc(A06.title, True)}" data-analytics-asset-type="web-content">{"".join(out)}</div>'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-view-count">Lượt xem: 268</span></div>{sharebar("dd-share")}</div>{same}')

    return mk52(6, "organisation_board_liferay2023q3_dongduong_news_view_word_paste_bold_italic_lead_word_table",
                "daklak-bantochuctu-liferay-dxp-2023q3-dongduong-dd-news-view-portlet-generic-portlet-title-weekday-ngay-stamp-word-paste-bold-italic-first-paragraph-lead-bold-paragraph-headings-msotablegrid-schedule-name-dash-unit",
                "lr23q3dd", site, path, "Ban Tổ chức Tỉnh ủy Đắk Lắk", "Liferay DXP", A06, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động nghiệp vụ"], cls="dd-breadcrumb"), "Hoạt động nghiệp vụ",
                {"author": "H'Linh Niê", "unit": "Phòng Tổ chức đảng, đảng viên"},
                "Liferay DXP 2023.Q3 with Đông Dương's news portlet (dd_news_view) under a generic portlet title 'Chi tiết tin' (no category, set 29); a TRAINING course. 'Thứ Tư, ngày 17/01/2029 08:45' "
                "→ T08:45. The portlet has no abstract slot: the web content is a Word paste (div.WordSection1, p.MsoNormal, <o:p>) whose FIRST paragraph is typed bold italic → the lead "
                "(bold first paragraph, sets 30, 31, 44). Sub-headings typed as bold Word paragraphs → body paragraphs. A Word table (MsoTableGrid) of the course schedule → one paragraph "
                "per row, cells joined by ' | ', the bold header row included (set 30). The centred italic Word paragraph under the picture → caption. Signature typed last, bold right "
                "'H'Linh Niê - Phòng Tổ chức đảng, đảng viên' → author + unit (the comma is the unit's own, set 27). Category: the crumb's last level.",
                "Liferay DXP 2023.Q3 + Đông Dương's portlet, a training: 'Thứ Tư, ngày dd/mm/yyyy HH:MM', Word paste with a bold-italic first paragraph (lead), bold paragraph headings, a Word table, centred italic caption, 'Name - unit' typed last",
                kb=175, fmt=lrf, head_author="H'Linh Niê",
                traps={"meta": ["Lượt xem: 268", "Chi tiết tin"], "credit_as_printed": [sig]})


# ================================================================== page 7: a handover (SharePoint Server 2013 + Sao Mai's news web part) — text in <div>s with no <p>, runs after a <br>
A07 = A51("Bàn giao nhà Đại đoàn kết cho 15 hộ nghèo xã Khánh Vĩnh",
          "Ngày 22/1, Ủy ban MTTQ Việt Nam tỉnh phối hợp với Ủy ban MTTQ Việt Nam xã Khánh Vĩnh tổ chức bàn giao 15 căn nhà Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở trên địa bàn xã.",
          [P("Mỗi căn nhà có diện tích từ 40 m² đến 50 m², tổng kinh phí xây dựng hơn 1,2 tỷ đồng, trong đó Quỹ “Vì người nghèo” tỉnh hỗ trợ 60 triệu đồng mỗi căn, phần còn lại do gia đình đối ứng và sự giúp đỡ ngày công của bà con trong thôn, lực lượng dân quân, đoàn viên thanh niên xã."),
           P("Phát biểu tại lễ bàn giao, đồng chí Cao Thị Bích Vân, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh mong các hộ gia đình sớm ổn định cuộc sống, tích cực lao động sản xuất để vươn lên thoát nghèo bền vững; đề nghị cấp ủy, chính quyền và Mặt trận xã tiếp tục quan tâm, hướng dẫn các hộ vay vốn, chuyển đổi cây trồng, vật nuôi phù hợp."),
           I("/SiteAssets/TinTuc/2029/01/ban-giao-nha-dai-doan-ket-khanh-vinh.jpg", "Lãnh đạo Ủy ban MTTQ Việt Nam tỉnh trao quyết định bàn giao nhà Đại đoàn kết cho các hộ nghèo xã Khánh Vĩnh"),
           P("Bà Mấu Thị Nhơn ở thôn Suối Cát xúc động chia sẻ: “Trước đây, cả nhà 5 người sống trong căn nhà tạm vách ván, mùa mưa bão lúc nào cũng lo. Nay có nhà mới kiên cố, gia đình yên tâm đón Tết, các cháu có chỗ học hành tử tế”."),
           P("Năm 2028, Ủy ban MTTQ Việt Nam các cấp trong tỉnh đã vận động xây mới và sửa chữa 862 căn nhà Đại đoàn kết, góp phần giữ vững kết quả xóa nhà tạm, nhà dột nát trên địa bàn tỉnh.")])


def page07():
    pub = d("2029-01-22 16:05")
    site = "https://mattran.khanhhoa.gov.vn"
    guid = "g_3a9d7c21_5e44_4f0b_8b2d_61c0e9f4a7b3"
    pre = f"ctl00_ctl42_{guid}_ctl00"
    spf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"

    def detail(rng, rl, rd):
        bl = A07.blocks
        rte = (f'<div><span class="ms-rteFontSize-2">{esc(bl[0][1])}</span></div><div>&#160;</div>'
               f'<div><span class="ms-rteFontSize-2">{esc(bl[1][1])}</span></div><div>&#160;</div>'
               f'<div style="text-align:center"><img class="ms-rtePosition-4" src="{bl[2][1]}" alt="" style="margin:5px;width:620px" /></div>'
               f'<div style="text-align:center"><em><span class="ms-rteFontSize-1">{esc(bl[2][2])}</span></em></div><div>&#160;</div>'
               f'<span class="ms-rteFontSize-2">{esc(bl[3][1])}</span><br/><br/>{esc(bl[4][1])}<br/>'
               f'<div style="text-align:right"><strong>Hồ Thị Mỹ Linh</strong></div>')
        li = "".join(f'<li><a href="{site}/Pages/tin-tuc-chi-tiet.aspx?ItemID={3120 - k * 5}&amp;CatID=7">{esc(t)}</a> <span class="time_update">(Ngày {dmy(x)})</span></li>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6270), 60000)
                + f'<div class="sm-news-detail" id="{pre}_pnlNewsDetail"><h1 class="sm-title"><span id="{pre}_lblTitle">{esc(A07.title)}</span></h1>'
                f'<div class="sm-date"><img src="/_layouts/15/images/saomai/icon_clock.png" alt="" /> <span id="{pre}_lblNgayDang">{spf(pub)}</span></div>'
                f'<p class="sm-sapo"><b><span id="{pre}_lblTomTat">{esc(A07.lead)}</span></b></p>'
                f'<div id="{pre}_divNoiDung" class="sm-content"><div class="ms-rtestate-field">{rte}</div></div>'
                f'<div class="sm-author" style="text-align:right"><b><span id="{pre}_lblTacGia"></span></b><br /><span id="{pre}_lblNguon" class="nguon">Nguồn: Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh</span></div>'
                f'{sharebar("sm-share")}</div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{li}</ul></div></div>')

    return mk52(7, "provincial_front_sharepoint2013_saomai_news_web_part_rte_divs_no_paragraphs",
                "khanhhoa-ubmttq-sharepoint2013-saomai-news-web-part-viewstate-lblngaydang-weekday-comma-date-dash-time-bold-sapo-rte-divs-no-p-nbsp-divs-runs-after-br-centred-em-caption-typed-signature-empty-lbltacgia-nguon-source",
                "sp2013sm", site, "/Pages/tin-tuc-chi-tiet.aspx?ItemID=3127&CatID=7", "Ủy ban MTTQ Việt Nam tỉnh Khánh Hòa", "Microsoft SharePoint", A07, pub, detail,
                crumbs_of(site, ["Tin tức", "An sinh xã hội"], cls="sm-breadcrumb"), "An sinh xã hội",
                {"author": "Hồ Thị Mỹ Linh"},
                "SharePoint Server 2013 (a provincial front's master page) with Sao Mai's news web part, a 60 KB ViewState; a HANDOVER of charity houses. 'Thứ Hai, 22/01/2029 - 16:05' → T16:05. "
                "The rich-text field has NO <p>: each paragraph is a <div> (with ms-rteFontSize spans), blank lines are '<div>&#160;</div>' (no paragraphs), and the last two paragraphs are "
                "TEXT DIRECTLY IN THE FIELD's <div>, separated by <br/><br/> (one paragraph each, set 46). Picture in a centred <div>, caption the centred <div><em> under it. The writer typed "
                "her name last, bold right, inside the field ('Hồ Thị Mỹ Linh') → author, not body; the web part's lblTacGia is EMPTY (changes nothing) and lblNguon 'Nguồn: Ban Dân chủ - "
                "Pháp luật, Ủy ban MTTQ Việt Nam tỉnh' is the SOURCE, not a unit (set 13) → author_unit null. Bold lblTomTat → lead.",
                "SharePoint Server 2013 + Sao Mai's web part, a handover: 'Thứ Hai, dd/mm/yyyy - HH:MM', rich text in <div>s with no <p>, '&#160;' divs, runs after <br/><br/>, centred <em> caption, a name typed last, empty lblTacGia, 'Nguồn:' source",
                kb=220, fmt=spf, form=True, head_author="Hồ Thị Mỹ Linh", no_ld=True,
                traps={"source": ["Nguồn: Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh", "Ban Dân chủ - Pháp luật, Ủy ban MTTQ Việt Nam tỉnh"]})

# ================================================================== page 8: a year-end meeting (DNN 9.2, a table-era skin, Live Articles) — text in a <td> of nested tables, <font> soup, <br><br> runs
A08 = A51("Đảng bộ Sở Nông nghiệp và Môi trường tổng kết công tác xây dựng Đảng năm 2028",
          "Ngày 17/1, Đảng bộ Sở Nông nghiệp và Môi trường tổ chức hội nghị tổng kết công tác xây dựng Đảng năm 2028, triển khai nhiệm vụ năm 2029. Đồng chí Lưu Văn Khởi, Ủy viên Ban Thường vụ Đảng ủy UBND tỉnh dự và chỉ đạo hội nghị.",
          [P("Năm 2028, Đảng ủy Sở đã lãnh đạo cơ quan hoàn thành 12/12 chỉ tiêu chuyên môn được giao; tham mưu UBND tỉnh ban hành 36 văn bản chỉ đạo, điều hành trong lĩnh vực nông nghiệp, tài nguyên và môi trường. Giá trị sản xuất nông, lâm nghiệp, thủy sản của tỉnh tăng 3,9%; tỷ lệ che phủ rừng đạt 46,2%."),
           P("Công tác xây dựng Đảng được chú trọng. Đảng ủy Sở đã tổ chức học tập, quán triệt các nghị quyết, chỉ thị của Đảng cho 100% đảng viên; kiện toàn 14 chi bộ trực thuộc sau sắp xếp các đơn vị sự nghiệp; kết nạp 9 đảng viên mới. Qua kiểm điểm, đánh giá, xếp loại, 2 chi bộ hoàn thành xuất sắc nhiệm vụ, 12 chi bộ hoàn thành tốt nhiệm vụ."),
           I("/Portals/0/LiveArticles/2029/01/hoi-nghi-tong-ket-dang-bo-so.jpg", "Đồng chí Lưu Văn Khởi, Ủy viên Ban Thường vụ Đảng ủy UBND tỉnh phát biểu chỉ đạo hội nghị"),
           P("Phát biểu chỉ đạo, đồng chí Lưu Văn Khởi đề nghị Đảng bộ Sở tiếp tục nâng cao chất lượng sinh hoạt chi bộ, gắn sinh hoạt chuyên đề với nhiệm vụ chuyên môn; tăng cường công tác kiểm tra, giám sát, nhất là trong lĩnh vực đất đai, khoáng sản; đẩy mạnh chuyển đổi số trong quản lý đảng viên và hồ sơ công việc."),
           P("Dịp này, Đảng ủy Sở khen thưởng 3 tập thể và 17 đảng viên hoàn thành xuất sắc nhiệm vụ năm 2028.")])


def page08():
    pub = d("2029-01-18 10:15")
    site = "https://snnmt.thainguyen.gov.vn"
    laf = lambda x: f"{wd(x)}, {dmy(x)} {twelve(x, pad=True)}"
    sig = "Nông Thị Thu Hà (Văn phòng Đảng ủy Sở)"

    def detail(rng, rl, rd):
        bl = A08.blocks
        ff = '<font face="Times New Roman" size="3">'
        cell = (f'{ff}{esc(bl[0][1])}<br><br>{esc(bl[1][1])}<br><br></font>'
                + tbl_pic(bl[2][1], bl[2][2], 520, cap_style="text-align:center")
                + f'<br>{ff}{esc(bl[3][1])}<br><br>{esc(bl[4][1])}</font>')
        inner = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td><table width="100%" border="0" cellspacing="0" cellpadding="5">'
                 f'<tr><td style="text-align:justify">{cell}</td></tr></table></td></tr></table>')
        li = "".join(f'<tr><td class="la-rel-item"><a href="{site}/tin-tuc/articletype/articleview/articleid/{2400 - k * 7}/{slug(t)[:50]}">{esc(t)}</a> <span class="la-rel-date">({laf(x)})</span></td></tr>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6280), 40000)
                + f'<div class="la-article" id="dnn_ctr1433_ViewLiveArticles_pnlArticle"><h1 class="la-title">{esc(A08.title)}</h1>'
                f'<div class="la-info"><span class="la-date">{laf(pub)}</span> | <span class="la-views">Lượt xem: 154</span> | <a class="la-print" href="#">In bài</a></div>'
                f'<p class="la-summary"><b>{esc(A08.lead)}</b></p><div class="la-content">{inner}'
                f'<p align="right"><b>{ff}{esc(sig)}</font></b></p><p align="right"><i>Ảnh: Đàm Văn Quý</i></p></div>'
                f'<div class="la-rating">Đánh giá: <span class="stars">★★★★☆</span> (6 lượt)</div></div>'
                f'<table class="la-related" width="100%"><tr><td class="la-rel-head"><b>Các tin đã đưa</b></td></tr>{li}</table>')

    return mk52(8, "agriculture_environment_department_dnn92_table_skin_live_articles_text_in_nested_td",
                "thainguyen-sonnmt-dnn92-dnn5-era-table-skin-mandeeps-live-articles-viewstate-weekday-comma-date-twelve-hour-sa-bold-summary-nested-tables-td-font-soup-br-br-runs-picture-table-caption-row-name-paren-unit-anh-line",
                "dnn92la", site, "/tin-tuc/articletype/articleview/articleid/2417/dang-bo-so-nong-nghiep-va-moi-truong-tong-ket-cong-tac-xay-dung-dang-nam-2028",
                "Sở Nông nghiệp và Môi trường tỉnh Thái Nguyên", "DotNetNuke", A08, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động Đảng, đoàn thể"], cls="la92-breadcrumb"), "Hoạt động Đảng, đoàn thể",
                {"author": "Nông Thị Thu Hà", "unit": "Văn phòng Đảng ủy Sở", "photographer": "Đàm Văn Quý"},
                "DNN 9.2 upgraded in place under the TABLE-ERA skin it kept from DotNetNuke 5 (skin, pane and container are nested tables), Mandeeps' Live Articles in the ContentPane, a 40 KB "
                "ViewState; a year-end MEETING. 'Thứ Năm, 18/01/2029 10:15 SA' → T10:15 (set 27). The text sits in a <td> two layout tables deep, in <font face='Times New Roman'> runs "
                "separated by <br><br> (one paragraph per run, set 46; the tables are layout, never 'cell | cell' rows: set 29); the picture is a one-cell table with the caption typed in the "
                "row below. Bold summary → lead. Right-aligned bold 'Nông Thị Thu Hà (Văn phòng Đảng ủy Sở)' → author + unit; the italic 'Ảnh: Đàm Văn Quý' on its own line after it → "
                "photographer (set 31). 'Các tin đã đưa' prints other items' stamps in the item's shape (set 33).",
                "DNN 9.2 (a DNN 5-era table skin) + Live Articles, a meeting: 'Thứ Năm, dd/mm/yyyy hh:mm SA', text in a nested <td> as <font> runs split by <br><br>, picture table with caption row, 'Name (unit)' + 'Ảnh: Name'",
                kb=200, fmt=laf, form=True, dnn=True, head_author="Nông Thị Thu Hà", no_ld=True,
                traps={"meta": ["Lượt xem: 154", "Đánh giá:"], "credit_as_printed": [sig, "Ảnh: Đàm Văn Quý"]})


# ================================================================== page 9 (TWIST): a movement's review (ASP.NET 3.5 WebForms, Hoàng Hà's CMS) — text pasted from a PDF, a <br> at every line
A09 = A51("Tổng kết Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2028",
          "Sáng 23/1, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị tổng kết Cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh” năm 2028 và phát động thi đua năm 2029.",
          [P("Năm 2028, Ủy ban MTTQ Việt Nam các cấp trong tỉnh đã chủ trì, phối hợp với các tổ chức thành viên triển khai đồng bộ các nội dung của Cuộc vận động, gắn với phong trào thi đua “Ninh Bình chung sức xây dựng nông thôn mới” và cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam”. Nhân dân đã hiến hơn 46.000 m² đất, đóng góp trên 38 tỷ đồng và hàng chục nghìn ngày công để làm đường giao thông, nhà văn hóa, kênh mương nội đồng."),
           P("Toàn tỉnh có 96,8% hộ gia đình được công nhận đạt danh hiệu “Gia đình văn hóa”, 91,4% khu dân cư đạt danh hiệu “Khu dân cư văn hóa”; thêm 14 xã đạt chuẩn nông thôn mới nâng cao, 6 xã đạt chuẩn nông thôn mới kiểu mẫu. Quỹ “Vì người nghèo” các cấp vận động được hơn 52 tỷ đồng, hỗ trợ xây mới, sửa chữa 318 nhà Đại đoàn kết."),
           I("/Upload/TinTuc/2029/01/tong-ket-cuoc-van-dong-2028.jpg", "Đồng chí Trương Thị Thu Huyền, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị"),
           P("Hội nghị đã nghe các tham luận về kinh nghiệm phát huy vai trò của Ban Công tác Mặt trận ở khu dân cư, mô hình “Tuyến đường hoa tự quản”, mô hình “Khu dân cư không rác thải nhựa” và cách làm hay trong vận động Nhân dân tham gia giữ gìn an ninh trật tự ở cơ sở."),
           P("Năm 2029, Ủy ban MTTQ Việt Nam tỉnh phấn đấu có thêm 10 xã đạt chuẩn nông thôn mới nâng cao, mỗi xã, phường xây dựng ít nhất một mô hình khu dân cư kiểu mẫu; đẩy mạnh ứng dụng công nghệ số trong tập hợp, vận động Nhân dân."),
           P("Dịp này, Ủy ban MTTQ Việt Nam tỉnh tặng Bằng khen cho 18 tập thể, 27 cá nhân có thành tích xuất sắc trong thực hiện Cuộc vận động năm 2028.")])


def page09():
    pub = d("2029-01-24 15:40:22")
    site = "https://mattran.ninhbinh.gov.vn"
    hhf = lambda x: f"{dmy(x)} {twelve(x, sec=True)}"
    pre = "ctl00_cphContent_ucChiTietTin"
    sig = "Đinh Hồng Nhung (Ban Phong trào)"

    def detail(rng, rl, rd):
        runs = []
        for b in A09.blocks:
            if b[0] == "p":
                runs.append(pdf_par(b[1]) + "<br />\n<br />\n")
            else:
                runs.append(tbl_pic(b[1], b[2], 540, cap_style="text-align:center") + "<br />\n")
        body = f'<div id="{pre}_divNoiDung" class="noidung" style="text-align:justify">{"".join(runs)}</div>'
        li = "".join(f'<tr><td class="hh-rel"><img src="/Images/bullet.gif" alt="" /> <a href="{site}/tin-tuc/chi-tiet.aspx?id={4120 - k * 3}&amp;cid=12">{esc(t)}</a> <span class="ngay">({dmy(x)})</span></td></tr>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6290), 36000)
                + f'<table class="hh-detail" width="100%" border="0" cellspacing="0" cellpadding="4">'
                f'<tr><td><h1 class="tieude"><span id="{pre}_lblTieuDe">{esc(A09.title)}</span></h1></td></tr>'
                f'<tr><td class="hh-date"><span id="{pre}_lblNgayDang">Ngày đăng: {hhf(pub)}</span> | <span id="{pre}_lblLuotXem">Lượt xem: 412</span></td></tr>'
                f'<tr><td class="hh-sapo"><b><span id="{pre}_lblTomTat">{esc(A09.lead)}</span></b></td></tr>'
                f'<tr><td class="hh-content">{body}<p style="text-align:right"><strong>{esc(sig)}</strong></p></td></tr>'
                f'<tr><td class="hh-tools"><a href="#" onclick="window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></td></tr></table>'
                f'<table class="hh-related" width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td class="hh-rel-head"><b>Các tin khác</b></td></tr>{li}</table>')

    return mk52(9, "provincial_front_aspnet35_webforms_hoangha_cms_pdf_pasted_text_line_breaks_twist",
                "ninhbinh-ubmttq-aspnet35-webforms-hoangha-cms-viewstate-table-layout-ngay-dang-twelve-hour-ch-seconds-bold-sapo-text-pasted-from-pdf-br-every-line-mid-sentence-br-br-between-paragraphs-twist",
                "wf35hh", site, "/tin-tuc/chi-tiet.aspx?id=4127&cid=12", "Ủy ban MTTQ Việt Nam tỉnh Ninh Bình", None, A09, pub, detail,
                crumbs_of(site, ["Tin tức", "Cuộc vận động"], cls="hh-path"), "Cuộc vận động",
                {"author": "Đinh Hồng Nhung", "unit": "Ban Phong trào"},
                "TWIST (the set's only one): ASP.NET 3.5 WebForms, Hoàng Hà's CMS (a 990-px table layout, a 36 KB ViewState); a MOVEMENT'S REVIEW. The editor copied the text from the PDF of the "
                "conference's report and pasted it into the editor in <br> mode: EVERY LINE of the PDF ends with a <br /> — in the middle of sentences (no line but a paragraph's last ends with "
                "a full stop; the next line continues the same sentence, often inside a name or a number's phrase) — and the paragraphs are separated by an EMPTY line (<br /><br />). The one "
                "defensible reading: each paragraph is ONE body paragraph, its lines joined by one space (set 37: a line break is white space; set 46: <br><br> runs are the paragraphs) — "
                "five paragraphs, not 17 line fragments; the <br>-paragraphs habit of old sites (one <br> between whole paragraphs) does not apply where a line stops mid-sentence. "
                "'Ngày đăng: 24/01/2029 3:40:22 CH' → T15:40:22 (set 27 CH, seconds kept, set 13). Bold lblTomTat → lead. The picture table with its caption row, inserted between two "
                "runs, gives the caption. 'Đinh Hồng Nhung (Ban Phong trào)' bold right → author + unit.",
                "TWIST ASP.NET 3.5 WebForms (Hoàng Hà's CMS), a movement's review: text pasted from a PDF — a <br> at every line, mid-sentence; paragraphs only at the empty lines — 'Ngày đăng: dd/mm/yyyy h:mm:ss CH', bold sapo, picture table, 'Name (unit)'",
                kb=185, fmt=lambda x: dmy(x), form=True, head_author="Đinh Hồng Nhung", no_ld=True,
                traps={"meta": ["Lượt xem: 412"], "credit_as_printed": [sig]})


# ================================================================== page 10: a Party admission at a school (Joomla 3.4, JCE) — italic lead, &nbsp; paragraphs, soft hyphens and zero-width spaces
A10 = A51("Chi bộ Trường THPT Kiến Thụy kết nạp 3 học sinh ưu tú vào Đảng",
          "Chiều 24/1, Chi bộ Trường THPT Kiến Thụy tổ chức lễ kết nạp đảng viên mới cho 3 học sinh lớp 12 có thành tích xuất sắc trong học tập, rèn luyện và hoạt động Đoàn.",
          [P("Dự buổi lễ có đồng chí Phạm Văn Tiến, Phó Bí thư Đảng ủy xã Kiến Thụy; đại diện Ban Xây dựng Đảng Đảng ủy xã, Ban Giám hiệu nhà trường, Ban Chấp hành Đoàn trường cùng gia đình các học sinh."),
           P("Ba học sinh được kết nạp là các em Vũ Minh Khôi, lớp 12A1, giải Nhì học sinh giỏi thành phố môn Vật lý; Nguyễn Thảo Vy, lớp 12A2, Bí thư Chi đoàn, giải Ba cuộc thi khoa học kỹ thuật cấp thành phố; và Đào Gia Bảo, lớp 12A5, Phó Bí thư Đoàn trường, nhiều năm liền đạt danh hiệu học sinh giỏi."),
           I("/images/tin-tuc/2029/ket-nap-dang-hoc-sinh-2029.jpg", "Đồng chí Phạm Văn Tiến, Phó Bí thư Đảng ủy xã trao quyết định kết nạp đảng viên cho 3 học sinh"),
           P("Phát biểu tại buổi lễ, đồng chí Phó Bí thư Đảng ủy xã chúc mừng các đảng viên mới; đề nghị các em tiếp tục phấn đấu, giữ vững thành tích học tập, gương mẫu trong tập thể lớp, chi đoàn, xứng đáng với niềm tin của chi bộ, nhà trường và gia đình."),
           P("Đây là năm thứ năm liên tiếp Chi bộ Trường THPT Kiến Thụy kết nạp đảng viên là học sinh; đến nay, chi bộ đã kết nạp 14 học sinh ưu tú vào Đảng.")])


def page10():
    pub = d("2029-01-25 20:12")
    site = "https://thptkienthuy.haiphong.edu.vn"
    jf = lambda x: f"{wd(x, lower=True)}, {x.day:02d} Tháng {x.month} {x.year} {hm(x)}"
    sig = "Lê Thanh Hương (Chi bộ Trường THPT Kiến Thụy)"

    def detail(rng, rl, rd):
        nb = "<p>&nbsp;</p>"
        out = [f'<p style="text-align: justify;"><em>{esc(shyin(A10.lead, 3))}</em></p>', nb]
        for b in A10.blocks:
            if b[0] == "p":
                out += [f'<p style="text-align: justify;">{esc(zwin(shyin(b[1], 3, 2), 7, 3))}</p>', nb]
            else:
                out += [f'<p style="text-align: center;"><img src="{b[1]}" alt="ket-nap-dang-hoc-sinh-2029" width="600" height="400" /></p>',
                        f'<p style="text-align: center;"><em>{esc(b[2])}</em></p>']
        out.append(f'<p style="text-align: right;"><strong>{esc(sig)}</strong></p>')
        utc = pub.astimezone(__import__("datetime").timezone.utc)
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A10.title)}</h2></div>'
                f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span><span class="caret"></span></a>'
                f'<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">In</a></li><li class="email-icon"><a href="#">Email</a></li></ul></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="{site}/index.php/tin-tuc/hoat-dong-dang-doan-the" itemprop="genre">Hoạt động Đảng - Đoàn thể</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> <time datetime="{utc.strftime("%Y-%m-%dT%H:%M:%S+00:00")}" itemprop="datePublished">Ngày đăng: {jf(pub)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> <meta itemprop="interactionCount" content="UserPageVisits:312" />Lượt xem: 312</dd></dl>'
                f'<div itemprop="articleBody">{"".join(out)}</div>'
                f'<ul class="pager pagenav"><li class="previous"><a href="#" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li><li class="next"><a href="#" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul></div>'
                + others_block(site, "/index.php/tin-tuc/hoat-dong-dang-doan-the/", rl, rd, jf, "Các bài viết khác", "sch34-more", 810, writers=False))

    return mk52(10, "high_school_joomla34_jce_italic_lead_soft_hyphens_zero_width",
                "haiphong-thptkienthuy-joomla34-school-template-h2-headline-viet-boi-account-ngay-dang-weekday-dd-thang-m-yyyy-utc-datetime-italic-first-paragraph-lead-jce-nbsp-paragraphs-soft-hyphens-zero-width-name-paren-unit",
                "j34school", site, "/index.php/tin-tuc/hoat-dong-dang-doan-the/412-chi-bo-truong-thpt-kien-thuy-ket-nap-3-hoc-sinh-uu-tu-vao-dang",
                "Trường THPT Kiến Thụy", "Joomla! - Open Source Content Management", A10, pub, detail,
                f'<ul class="breadcrumb"><li><a href="{site}/" class="pathway">Trang chủ</a><span class="divider">/</span></li><li><a href="{site}/index.php/tin-tuc" class="pathway">Tin tức</a><span class="divider">/</span></li><li class="active"><span>Hoạt động Đảng - Đoàn thể</span></li></ul>',
                "Hoạt động Đảng - Đoàn thể", {"author": "Lê Thanh Hương", "unit": "Chi bộ Trường THPT Kiến Thụy"},
                "Joomla 3.4 under a hosting vendor's school template (Bootstrap 2), com_content; a PARTY ADMISSION of pupils. 'Ngày đăng: Thứ năm, 25 Tháng 1 2029 20:12' in a <time> whose "
                "datetime is UTC (13:12+00:00 = 20:12+07:00, agreeing) → T20:12. 'Viết bởi Quản trị' is an account. The JCE editor's output: a '<p>&nbsp;</p>' after every paragraph (no "
                "paragraphs); the FIRST paragraph is typed in ITALICS and summarises the item (who, what, when) → the lead (NEW set 52: an italic first paragraph is a sapo as a bold one is). "
                "The text was copied from the school's newsletter layout and carries SOFT HYPHENS (U+00AD) inside some syllables and ZERO-WIDTH SPACES after some spaces: invisible, removed "
                "from every field (NEW set 52). Centred italic paragraph under the picture → caption (the img's alt is a file name, no caption of its own). 'Lê Thanh Hương (Chi bộ Trường THPT "
                "Kiến Thụy)' bold right → author + unit. Category: the crumb's last level (Danh mục agrees).",
                "Joomla 3.4 (a school template, JCE), a Party admission: 'Ngày đăng: Thứ năm, dd Tháng m yyyy HH:MM' over a UTC datetime, italic first paragraph = lead, '<p>&nbsp;</p>' lines, soft hyphens and zero-width spaces, centred italic caption, 'Name (unit)'",
                kb=125, fmt=jf, head_author="Lê Thanh Hương", zw_strip=True,
                traps={"meta": ["Lượt xem: 312"], "account": ["Quản trị"], "credit_as_printed": [sig]})


# ================================================================== page 11: a movement's review (WordPress + Hestia) — Classic Editor paste: span soup, bold headings, bold first paragraph
A11 = A51("Đảng ủy phường Hải Châu tổng kết phong trào thi đua “Dân vận khéo” năm 2028",
          "Chiều 29/1, Đảng ủy phường Hải Châu tổ chức hội nghị tổng kết phong trào thi đua “Dân vận khéo” năm 2028, biểu dương 24 mô hình “Dân vận khéo” tiêu biểu.",
          [H("Nhiều mô hình thiết thực ở khu dân cư"),
           P("Năm 2028, toàn phường có 86 mô hình “Dân vận khéo” được đăng ký và triển khai, trong đó 31 mô hình thuộc lĩnh vực kinh tế, 38 mô hình thuộc lĩnh vực văn hóa - xã hội, 17 mô hình thuộc lĩnh vực quốc phòng, an ninh và xây dựng hệ thống chính trị. Nhiều mô hình mang lại hiệu quả rõ nét như “Tổ dân phố không rác thải nhựa”, “Camera an ninh vì cộng đồng”, “Bữa cơm nghĩa tình cho người bệnh khó khăn”."),
           P("Thông qua phong trào, Nhân dân đã đóng góp hơn 2,6 tỷ đồng chỉnh trang 14 kiệt, hẻm, lắp đặt 120 camera giám sát an ninh trật tự; 100% tổ dân phố duy trì hoạt động tự quản về vệ sinh môi trường."),
           I("/wp-content/uploads/2029/01/tong-ket-dan-van-kheo-2028.jpg", "Các tập thể có mô hình “Dân vận khéo” tiêu biểu năm 2028 nhận Giấy khen của Đảng ủy phường"),
           H("Nhiệm vụ năm 2029"),
           P("Phát biểu tại hội nghị, đồng chí Trần Văn Lực, Bí thư Đảng ủy phường đề nghị các chi bộ, đoàn thể tiếp tục lựa chọn những việc cụ thể, thiết thực, gần dân để xây dựng mô hình; chú trọng nhân rộng các mô hình hiệu quả, gắn phong trào với thực hiện nhiệm vụ chính trị của phường."),
           P("Dịp này, Đảng ủy phường tặng Giấy khen cho 12 tập thể, 15 cá nhân có thành tích xuất sắc trong phong trào thi đua “Dân vận khéo” năm 2028.")])


def page11():
    pub = d("2029-01-30 16:20")
    site = "https://danguyhaichau.danang.gov.vn"
    wpf = lambda x: f"Tháng {['Một', 'Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười', 'Mười Một', 'Mười Hai'][x.month - 1]} {x.day}, {x.year}"
    sig_n, sig_u = "Lê Thị Ngọc Trâm", "Ban Xây dựng Đảng Đảng ủy phường Hải Châu"
    sp = lambda t: f"<span style=\"font-family: 'times new roman', times, serif; font-size: 14pt;\">{t}</span>"

    def detail(rng, rl, rd):
        nb = "<p>&nbsp;</p>"
        out = [f'<p style="text-align: justify;"><strong>{sp(esc(A11.lead))}</strong></p>', nb]
        for b in A11.blocks:
            if b[0] == "h":
                out.append(f'<p style="text-align: justify;"><strong>{sp(esc(b[1]))}</strong></p>')
            elif b[0] == "p":
                out += [f'<p style="text-align: justify;">{sp(esc(b[1]))}</p>', nb]
            else:
                out += [f'<p style="text-align: center;"><img class="aligncenter size-large wp-image-2874" src="{site}{b[1]}" alt="" width="1024" height="683" /></p>',
                        f'<p style="text-align: center;"><em>{sp(esc(b[2]))}</em></p>']
        out.append(f'<p style="text-align: right;"><strong>{sp(esc(sig_n))}</strong><br />{sp("<em>" + esc(sig_u) + "</em>")}</p>')
        recent = "".join(f'<li><a href="{site}/{x.year}/{x.month:02d}/{slug(t)[:50]}/">{esc(t)}</a> <span class="post-date">{wpf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<article id="post-2871" class="section section-text post-2871 post type-post status-publish format-standard has-post-thumbnail hentry category-cong-tac-dan-van">'
                f'<div class="row"><div class="single-post-wrap entry-content">{"".join(out)}</div></div>'
                f'<div class="section section-blog-info"><div class="row"><div class="col-md-6"><div class="entry-categories">Chuyên mục: <span class="label label-primary"><a href="{site}/category/cong-tac-dan-van/">Công tác dân vận</a></span></div>'
                f'<div class="entry-tags"><span class="entry-tag"><a href="{site}/tag/dan-van-kheo/" rel="tag">Dân vận khéo</a></span></div></div>'
                f'<div class="col-md-6"><div class="entry-social"><a class="btn btn-just-icon btn-round btn-facebook" href="#">Facebook</a> <a class="btn btn-just-icon btn-round btn-twitter" href="#">Twitter</a></div></div></div>'
                f'<div class="card card-profile card-plain"><div class="row"><div class="col-md-2"><div class="card-avatar"><img alt="" src="/wp-content/uploads/avatar-bbt.png" class="avatar avatar-100" /></div></div>'
                f'<div class="col-md-10"><h4 class="card-title">Ban Biên tập</h4><p class="description">Trang thông tin điện tử Đảng ủy phường Hải Châu.</p></div></div></div></div></article>'
                f'<div class="section related-posts"><h2 class="hestia-title text-center">Bài viết liên quan</h2><ul>{recent}</ul></div>')

    def header(rng):
        return (f'<h1 class="hestia-title title-in-content">{esc(A11.title)}</h1>'
                f'<h4 class="author">Đăng bởi <a href="{site}/author/bbt/" class="vcard author"><strong class="fn">Ban Biên tập</strong></a> vào '
                f'<time class="entry-date published" datetime="{pub.isoformat()}" content="{pub.date().isoformat()}">{wpf(pub)}</time></h4>')

    return mk52(11, "ward_party_committee_wordpress_hestia_classic_editor_span_soup_bold_paragraph_headings",
                "danang-danguyphuonghaichau-wordpress-hestia-header-band-dang-boi-account-month-first-date-with-datetime-classic-editor-span-soup-bold-first-paragraph-lead-bold-paragraph-headings-name-br-italic-unit",
                "hestia", site, "/2029/01/30/dang-uy-phuong-hai-chau-tong-ket-phong-trao-thi-dua-dan-van-kheo-nam-2028/", "Đảng ủy phường Hải Châu",
                "WordPress 6.7", A11, pub, detail, header, "Công tác dân vận",
                {"author": sig_n, "unit": sig_u},
                "WordPress + Hestia (ThemeIsle): the title and 'Đăng bởi Ban Biên tập vào Tháng Một 30, 2029' sit in the header band over the post; the date is printed without a time, month "
                "first (WordPress's vi 'F j, Y', set 31), and its <time datetime='2029-01-30T16:20:00+07:00'> gives the time → T16:20 (set 25 MAJORITY). 'Ban Biên tập' is an account (set 36), "
                "its profile card after the post a profile. A MOVEMENT'S REVIEW pasted from Word into the Classic Editor: every paragraph wrapped in <span style='font-family: times new roman; "
                "font-size: 14pt'>, a '<p>&nbsp;</p>' after most paragraphs; the first paragraph typed BOLD → lead; two sub-headings typed as bold paragraphs ('Nhiều mô hình thiết thực ở khu dân "
                "cư', 'Nhiệm vụ năm 2029') → body paragraphs; centred italic paragraph under the picture → caption. Signature 'Lê Thị Ngọc Trâm' <br> italic 'Ban Xây dựng Đảng Đảng ủy phường "
                "Hải Châu' → author + unit (set 32). No crumb: the category is the printed 'Chuyên mục:' label's value (label dropped).",
                "WordPress + Hestia, a movement's review: header band with 'Đăng bởi <account> vào Tháng Một 30, 2029' (datetime), Classic Editor span soup, bold first paragraph = lead, bold paragraph headings, centred italic caption, 'Name' <br> italic unit",
                kb=140, fmt=lambda x: wpf(x), head_author=sig_n,
                traps={"account": ["Ban Biên tập", "Trang thông tin điện tử Đảng ủy phường Hải Châu."], "credit_as_printed": [sig_u]})

# ================================================================== page 12: a training course for Party candidates (Drupal 7 + Acquia Marina) — Latin-1 named entities, unclosed <li>, no sapo
LIST12 = ["Chủ nghĩa Mác - Lê-nin, tư tưởng Hồ Chí Minh - nền tảng tư tưởng, kim chỉ nam cho hành động của Đảng;",
          "Khái quát lịch sử Đảng Cộng sản Việt Nam;", "Mục tiêu, con đường đi lên chủ nghĩa xã hội ở Việt Nam;",
          "Quan điểm của Đảng về phát triển kinh tế, văn hóa, xã hội, quốc phòng, an ninh và đối ngoại;",
          "Tổ chức và hoạt động của Đảng, hệ thống chính trị ở cơ sở;", "Phấn đấu trở thành đảng viên Đảng Cộng sản Việt Nam."]
A12 = A51("Khai giảng lớp bồi dưỡng nhận thức về Đảng cho 68 quần chúng ưu tú",
          None,
          [P("Sáng 1/2, Đảng ủy xã Lạc Dương phối hợp với Trường Chính trị tỉnh khai giảng lớp bồi dưỡng nhận thức về Đảng năm 2029 cho 68 quần chúng ưu tú là đoàn viên, hội viên các đoàn thể, người có uy tín trong đồng bào K’Ho, Chil ở các thôn."),
           P("Trong 5 ngày, học viên được nghiên cứu 6 chuyên đề:"),
           ("ul", LIST12),
           P("Phát biểu khai giảng, đồng chí Cil Ha Phương, Phó Bí thư Thường trực Đảng ủy xã đề nghị học viên nghiêm túc chấp hành nội quy lớp học, tích cực nghiên cứu, liên hệ với thực tiễn ở thôn, buôn; sau khóa học, mỗi học viên đăng ký một việc làm cụ thể để chi bộ theo dõi, bồi dưỡng, xem xét kết nạp vào Đảng."),
           I("/sites/default/files/2029-02/khai-giang-lop-nhan-thuc-ve-dang.jpg", "Quang cảnh lễ khai giảng lớp bồi dưỡng nhận thức về Đảng"),
           P("Năm 2028, Đảng bộ xã Lạc Dương đã kết nạp 34 đảng viên mới, trong đó 21 đảng viên là người đồng bào dân tộc thiểu số.")])


def page12():
    pub = d("2029-02-01 09:30")
    site = "https://danguy.lacduong.lamdong.gov.vn"
    dpf = lambda x: f"T{x.weekday() + 2 if x.weekday() < 6 else 'CN'}, {dmy(x)} - {hm(x)}".replace("TCN", "CN")
    sig = "Ka Hoa - Văn phòng Đảng ủy xã Lạc Dương"

    def detail(rng, rl, rd):
        out = []
        for b in A12.blocks:
            if b[0] == "p":
                out.append(f'<p style="text-align:justify">{esc(b[1])}</p>')
            elif b[0] == "ul":
                out.append("<ul>" + "".join(f"\n<li>{esc(x)}" for x in b[1]) + "\n</ul>")
            else:
                out.append(f'<p style="text-align:center"><img alt="" src="{b[1]}" style="width:640px;height:427px" /><br />\n<em>{esc(b[2])}</em></p>')
        out.append(f'<p style="text-align:right"><strong>{esc(sig)}</strong></p>')
        body = lat1ent("\n".join(out))
        recent = "".join(f'<li class="views-row"><a href="{site}/tin-tuc/{slug(t)[:50]}">{esc(t)}</a> <span class="date-display-single">{dpf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<h1 class="title gutter">{esc(A12.title)}</h1>'
                f'<div id="node-3127" class="node odd full-node node-type-article"><div class="inner">'
                f'<div class="meta"><span class="submitted">Đăng bởi <span class="username" property="foaf:name">bientap_lacduong</span> vào {dpf(pub)}</span></div>'
                f'<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>'
                f'<div class="field field-name-field-chuyen-muc field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Chuyên mục:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="{site}/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></div></div></div></div>'
                f'<div class="links"><ul class="links inline"><li class="statistics_counter first last"><span>Lượt đọc: 97</span></li></ul></div></div></div>'
                f'<div class="block block-views"><h2 class="block-title">Tin cùng chuyên mục</h2><div class="view-content"><ul>{recent}</ul></div></div>')

    return mk52(12, "commune_party_committee_drupal7_acquia_marina_latin1_named_entities_unclosed_li_no_sapo",
                "lamdong-danguyxalacduong-drupal7-acquia-marina-fusion-h1-title-gutter-submitted-dang-boi-account-vao-t5-dd-mm-yyyy-dash-hh-mm-ckeditor-latin1-named-entities-unclosed-li-list-img-br-em-caption-no-sapo-name-dash-unit",
                "d7marina", site, "/tin-tuc/khai-giang-lop-boi-duong-nhan-thuc-ve-dang-cho-68-quan-chung-uu-tu", "Đảng ủy xã Lạc Dương", "Drupal 7 (https://www.drupal.org)",
                A12, pub, detail, f'<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="{site}/">Trang chủ</a> » <a href="{site}/tin-tuc">Tin tức</a> » <a href="{site}/chuyen-muc/xay-dung-dang">Xây dựng Đảng</a></div>',
                "Xây dựng Đảng", {"author": "Ka Hoa", "unit": "Văn phòng Đảng ủy xã Lạc Dương"},
                "Drupal 7 + Acquia Marina (a Fusion sub-theme); a TRAINING course for Party candidates. 'Đăng bởi bientap_lacduong vào T5, 01/02/2029 - 09:30' → T09:30 (Drupal's 'D' "
                "abbreviation, set 37; the account is no author). NO sapo: the body field starts with the text → lead null. CKEditor wrote the Latin-1 letters and marks as NAMED entities "
                "('&agrave;', '&ecirc;', '&ocirc;', '&rsquo;' …) and the other Vietnamese letters raw (decoded, NFC: set 48). The course's six topics are a <ul> whose <li> are never closed "
                "→ one paragraph each, in order (set 48), the line introducing them a paragraph of its own. The picture and its caption share one centred <p>: the <img>, a <br />, the <em> "
                "caption → a caption (set 33's <em> after a <br>). 'Ka Hoa - Văn phòng Đảng ủy xã Lạc Dương' bold right → author + unit. 'Chuyên mục:' field and crumb agree.",
                "Drupal 7 + Acquia Marina, a training course: 'Đăng bởi <account> vào T5, dd/mm/yyyy - HH:MM', no sapo, Latin-1 named entities, an unclosed-<li> list, <img><br><em> caption in one <p>, 'Name - unit'",
                kb=130, fmt=dpf, head_author="Ka Hoa", ld_lead=None,
                traps={"meta": ["Lượt đọc: 97"], "account": ["bientap_lacduong"], "credit_as_printed": [sig]})


# ================================================================== page 13: a Tết charity visit (a classic ASP CMS) — three nested tables, <font> soup, <br><br> runs, every letter a numeric reference
A13 = A51("Hội Chữ thập đỏ tỉnh trao 300 phần quà Tết cho người nghèo xã Tân Hồng",
          "Ngày 8/2, Hội Chữ thập đỏ tỉnh Đồng Tháp phối hợp với Hội Chữ thập đỏ xã Tân Hồng tổ chức chương trình “Tết Nhân ái” Xuân Kỷ Dậu 2029, trao 300 phần quà cho hộ nghèo, hộ cận nghèo và người có hoàn cảnh khó khăn trên địa bàn xã.",
          [P("Mỗi phần quà gồm 500.000 đồng tiền mặt, 10 kg gạo và các nhu yếu phẩm, tổng trị giá hơn 240 triệu đồng, do các nhà hảo tâm, doanh nghiệp trong và ngoài tỉnh đóng góp thông qua Hội Chữ thập đỏ tỉnh."),
           P("Tại chương trình, Hội Chữ thập đỏ tỉnh còn tổ chức khám bệnh, cấp thuốc miễn phí cho 250 người cao tuổi; trao 20 suất học bổng, mỗi suất 1 triệu đồng, cho học sinh có hoàn cảnh khó khăn vượt khó học tốt."),
           I("/upload/tintuc/2029/tet-nhan-ai-tan-hong.jpg", "Lãnh đạo Hội Chữ thập đỏ tỉnh trao quà Tết cho người nghèo xã Tân Hồng"),
           P("Bà Nguyễn Thị Mười, 74 tuổi, ở ấp Gò Bói, xúc động cho biết: “Năm nào tôi cũng được Hội Chữ thập đỏ thăm hỏi, tặng quà. Có phần quà này, Tết năm nay hai bà cháu đỡ lo hơn nhiều”."),
           P("Trong đợt cao điểm “Tết Nhân ái” Xuân Kỷ Dậu 2029, các cấp Hội Chữ thập đỏ trong tỉnh đã vận động được hơn 9,6 tỷ đồng, trao hơn 21.000 phần quà cho các đối tượng có hoàn cảnh khó khăn.")])


def page13():
    pub = d("2029-02-09 07:45:12")
    site = "http://chuthapdo.dongthap.gov.vn"
    asf = lambda x: f"{dmy(x)} {twelve(x, sec=True)}"
    sig = "Tin, ảnh: Trần Minh Tâm (Hội Chữ thập đỏ xã Tân Hồng)"

    def detail(rng, rl, rd):
        bl = A13.blocks
        ff = '<font face="Arial" size="2">'
        pic = (f'<table width="480" border="0" align="center" cellpadding="2" cellspacing="0"><tr><td><img src="{bl[2][1]}" width="480" height="320" border="0"></td></tr>'
               f'<tr><td align="center"><font face="Arial" size="1"><i>{esc(bl[2][2])}</i></font></td></tr></table>')
        cell = (f'{ff}{esc(bl[0][1])}<br><br>{esc(bl[1][1])}<br><br></font>{pic}<br>'
                f'{ff}{esc(bl[3][1])}<br><br>{esc(bl[4][1])}<br><br></font><div align="right">{ff}<b>{esc(sig)}</b></font></div>')
        rel_ = "".join(f'<tr><td><img src="/images/arrow.gif" width="7" height="7"> <a href="{site}/tintuc/chitiet.asp?ID={2380 - k * 2}&amp;CatID=4">{ff}{esc(t)}</font></a> {ff}<font color="#888888">({dmy(x)})</font></font></td></tr>'
                       for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="title"><font face="Arial" size="3" color="#990000"><b>{esc(A13.title)}</b></font></td></tr>'
                f'<tr><td><font face="Arial" size="1" color="#666666">Ngày đăng: {asf(pub)} - Lượt xem: 96</font></td></tr>'
                f'<tr><td><table width="100%" border="0" cellpadding="5" cellspacing="0"><tr><td>{ff}<b>{esc(A13.lead)}</b></font></td></tr>'
                f'<tr><td align="justify">{cell}</td></tr></table></td></tr>'
                f'<tr><td align="right"><a href="javascript:window.print()">{ff}In trang</font></a> | <a href="javascript:history.back()">{ff}Trở về</font></a></td></tr>'
                f'<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#EEEEEE">{ff}<b>Các tin khác:</b></font></td></tr>{rel_}</table></td></tr></table>')

    def left(rng, p):
        return (f'<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#B40000"><font face="Arial" size="2" color="#FFFFFF"><b>DANH MỤC</b></font></td></tr>'
                + "".join(f'<tr><td><img src="/images/arrow.gif" width="7" height="7"> <a href="#"><font face="Arial" size="2">{esc(x)}</font></a></td></tr>'
                          for x in ["Giới thiệu", "Tin hoạt động", "Hoạt động nhân đạo", "Sơ cấp cứu", "Hiến máu tình nguyện", "Gương người tốt việc tốt", "Văn bản"])
                + f'<tr><td><font face="Arial" size="1">{esc(clock_of(p + timedelta(days=2)))}</font></td></tr></table>')

    return mk52(13, "red_cross_society_classic_asp_nested_tables_font_soup_numeric_references",
                "dongthap-hoichuthapdo-classic-asp-chitiet-asp-id-access-cms-three-nested-tables-font-title-ngay-dang-twelve-hour-sa-seconds-bold-sapo-td-br-br-runs-picture-table-caption-row-tin-anh-name-paren-unit-iso-8859-1-ncr",
                "asp_classic", site, "/tintuc/chitiet.asp?ID=2381&CatID=4", "Hội Chữ thập đỏ tỉnh Đồng Tháp", None, A13, pub, detail,
                f'<font face="Arial" size="2"><a href="{site}/">Trang chủ</a> &raquo; <a href="{site}/tintuc/danhmuc.asp?CatID=4">Hoạt động nhân đạo</a></font>',
                "Hoạt động nhân đạo", {"author": "Trần Minh Tâm", "unit": "Hội Chữ thập đỏ xã Tân Hồng", "photographer": "Trần Minh Tâm"},
                "A classic ASP CMS of the early 2000s (chitiet.asp?ID=, an Access database), served as ISO-8859-1 with EVERY non-ASCII character written as a decimal numeric reference (the "
                "record is the decoded NFC text, sets 1–14 and 48); a TẾT CHARITY VISIT. Three nested layout tables; the title is a bold <font> in a cell (no heading element); 'Ngày đăng: "
                "09/02/2029 7:45:12 SA' → T07:45:12 (set 27 SA, seconds kept). The bold first cell → lead. The text is <font face=Arial size=2> runs split by <br><br> in one cell (one "
                "paragraph per run); the picture is a one-cell table with its caption in the row below. 'Tin, ảnh: Trần Minh Tâm (Hội Chữ thập đỏ xã Tân Hồng)' right-aligned bold → author "
                "AND photographer, unit (set 31). The left column's 'DANH MỤC' list and the header day are chrome; category: the path's last level.",
                "classic ASP (an Access CMS, ISO-8859-1 + numeric references), a Tết charity visit: three nested tables, <font> title, 'Ngày đăng: dd/mm/yyyy h:mm:ss SA', <br><br> runs in a cell, caption row, 'Tin, ảnh: Name (unit)'",
                kb=100, fmt=lambda x: dmy(x), no_ld=True, encoding="ncr", ct="text/html; charset=iso-8859-1", left=left,
                shell_extra={"charset_meta": False, "layout": "asp_classic"},
                head_more='<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1" />',
                html4_doctype=True,
                traps={"meta": ["Lượt xem: 96"], "credit_as_printed": [sig]})


# ================================================================== page 14: a handover sent by a contributor (a press agency's 'Tin CTV' view) — the sapo pasted again as the first paragraph, Calibri spans
A14 = A51("Bàn giao 5 “Mái ấm Công đoàn” cho đoàn viên khó khăn ở xã Sơn Hà",
          "Chiều 9/2, Liên đoàn Lao động tỉnh phối hợp với Công đoàn xã Sơn Hà bàn giao 5 căn nhà “Mái ấm Công đoàn” cho đoàn viên, người lao động có hoàn cảnh khó khăn về nhà ở.",
          [P("Mỗi căn nhà được hỗ trợ 70 triệu đồng từ nguồn tài chính công đoàn và sự đóng góp của các doanh nghiệp trên địa bàn. Các căn nhà được xây dựng kiên cố, diện tích từ 45 m² đến 60 m², hoàn thành trước Tết Nguyên đán Kỷ Dậu 2029."),
           P("Anh Đinh Văn Hớn, công nhân Nhà máy chế biến gỗ Sơn Hà, một trong 5 đoàn viên được nhận nhà, chia sẻ: “Vợ chồng tôi đi làm thuê nhiều năm vẫn chưa dựng được căn nhà tử tế. Có mái ấm này, gia đình tôi yên tâm làm việc, lo cho các con ăn học”."),
           I("/uploads/2029/02/10/ban-giao-mai-am-cong-doan-son-ha.jpg", "Lãnh đạo Liên đoàn Lao động tỉnh trao biểu trưng bàn giao nhà “Mái ấm Công đoàn” cho đoàn viên xã Sơn Hà"),
           P("Năm 2028, Liên đoàn Lao động tỉnh đã hỗ trợ xây mới, sửa chữa 64 căn nhà “Mái ấm Công đoàn” với tổng kinh phí hơn 4 tỷ đồng.")])


def page14():
    pub = d("2029-02-10 06:30")
    site = "https://baoquangngai.vn"
    path = "/xa-hoi/tin-co-so/202902/ban-giao-5-mai-am-cong-doan-cho-doan-vien-kho-khan-o-xa-son-ha-4e81c0b/"
    psf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"
    sig = "Hồ Văn Lâm (Công đoàn xã Sơn Hà)"
    cal = lambda t: f'<span style="font-size:13.0pt;font-family:&quot;Calibri&quot;,sans-serif;mso-ascii-theme-font:minor-latin">{t}</span>'

    def detail(rng, rl, rd):
        out = [f'<p class="MsoNormal" style="text-align:justify">{cal(esc(A14.lead))}</p>']
        for b in A14.blocks:
            if b[0] == "p":
                out.append(f'<p class="MsoNormal" style="text-align:justify">{cal(spacerun(b[1]))}<o:p></o:p></p>')
            else:
                out += [f'<p style="text-align:center"><img src="{site}{b[1]}" alt="" width="760" /></p>',
                        f'<p class="MsoNormal" style="text-align:center"><i>{cal(esc(b[2]))}</i></p>']
        out.append(f'<p class="MsoNormal" style="text-align:right"><b>{cal(esc(sig))}</b></p>')
        rail_more = "".join(f'<li><a href="{site}/xa-hoi/tin-co-so/202902/{slug(t)[:50]}-{hexid(rng, 7)}/">{esc(t)}</a> <span class="ctv-r-date">{psf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<article class="ctv-article"><div class="ctv-kicker"><a href="{site}/xa-hoi/">Xã hội</a> <span class="ctv-badge">Tin CTV</span></div>'
                f'<h1 class="ctv-title">{esc(A14.title)}</h1>'
                f'<div class="ctv-meta"><span class="ctv-date">{psf(pub)}</span> <span class="ctv-sep">|</span> <span class="ctv-source">Cộng tác viên</span></div>'
                f'<div class="ctv-tools"><a href="#" class="ctv-listen">Nghe đọc bài</a> <a href="#" class="ctv-font">Cỡ chữ</a> <a href="#" class="ctv-print">In</a></div>'
                f'<div class="ctv-sapo"><strong>{esc(A14.lead)}</strong></div>'
                f'<div class="ctv-content">{"".join(out)}</div>'
                f'<div class="ctv-note"><em>Tin, bài do cộng tác viên gửi về Báo. Ban Biên tập chịu trách nhiệm biên tập theo quy định.</em></div>'
                f'{sharebar("ctv-share")}</article><div class="ctv-more"><h3>Tin cùng chuyên mục</h3><ul>{rail_more}</ul></div>')

    return mk52(14, "merged_press_agency_contributors_view_sapo_pasted_again_calibri_spans",
                "quangngai-baovaphatthanhtruyenhinh-press-cms-tin-ctv-view-weekday-dd-mm-yyyy-dash-hh-mm-cong-tac-vien-label-bold-sapo-repeated-as-first-word-paragraph-calibri-spans-name-paren-unit-editors-note",
                "press_ctv", site, path, "Báo và Phát thanh, Truyền hình Quảng Ngãi", None, A14, pub, detail,
                crumbs_of(site, ["Xã hội", "Tin cơ sở"], cls="ctv-breadcrumb"), "Tin cơ sở",
                {"author": "Hồ Văn Lâm", "unit": "Công đoàn xã Sơn Hà"},
                "A merged press agency's CMS, the CONTRIBUTORS' view ('Tin CTV' badge beside the kicker); a HANDOVER of trade-union houses sent in by a contributor. 'Thứ Bảy, 10/02/2029 - 06:30' "
                "→ T06:30; the meta row prints 'Cộng tác viên' where a name would be — a contributor type, not a writer. The editors put the sapo in the sapo field (bold) AND left the "
                "contributor's Word text as it came, whose first paragraph is the same sapo word for word → the sapo is the lead and is held ONCE (set 33). The Word text keeps MsoNormal "
                "paragraphs with Calibri spans and spacerun runs; the centred italic paragraph under the picture → caption. The contributor's own signature typed last, bold right, 'Hồ Văn "
                "Lâm (Công đoàn xã Sơn Hà)' → author + unit. The italic note 'Tin, bài do cộng tác viên gửi về Báo…' is an editors' note (set 24), not body. Category: the crumb's last level "
                "('Xã hội' is the kicker, a higher level).",
                "press CMS 'Tin CTV' view, a handover: 'Thứ Bảy, dd/mm/yyyy - HH:MM' + 'Cộng tác viên' label, bold sapo repeated as the Word text's first paragraph (once), Calibri spans, centred italic caption, 'Name (unit)', editors' note",
                kb=165, fmt=psf, head_author="Hồ Văn Lâm",
                traps={"meta": ["Cộng tác viên", "Tin CTV", "Nghe đọc bài"], "credit_as_printed": [sig],
                       "editors_note": ["Tin, bài do cộng tác viên gửi về Báo. Ban Biên tập chịu trách nhiệm biên tập theo quy định."]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12, page13, page14]
