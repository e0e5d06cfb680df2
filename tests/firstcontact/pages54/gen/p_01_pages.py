"""Set 54 pages 1-14: A REALISTIC RANDOM SAMPLE OF THE EVERYDAY ITEM, weighted as the real sites are (vn-sites.md) — what a
researcher meets most on a provincial Party committee's, a Party committee of the provincial agencies', a ward's or a
commune's Party committee's, a Front's or a mass organisation's site: conference reports, visits, Party-building news,
emulation reviews, a speech excerpt, a short notice, a photo story, a video item. Three NukeViet pages (5.0, 4.1 and 3.0
under new themes), a '.dcs.vn' template ('Thời sự - Chính trị'), Liferay DXP 2028.Q1 + Bắc Hà's portlet, SharePoint
Server 2019 + Phương Bắc's notice web part, DNN 9.7 + Trường An's news module, an ASP.NET 4.8 WebForms vendor
CMS (Bạch Đằng), WordPress + Twenty Twenty-Three (TWIST 3), Joomla 3.3 (TWIST 1), Drupal 7 + Marinelli, a merged
press agency's video detail (TWIST 2), and two stacks no set has used: a static site exported from Mobirise, and
AdonisJS 6 with Edge templates. Page helpers copied from set 52's module (which kept sets 48-51's); set 54 adds
its chrome helpers (weather strips, tickers, an attachment grid, JCE's wf_caption) and one builder, mk54."""
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


# ================================================================== page 1: a quarter's review conference (NukeViet 5.0, a vendor theme for the Đảng ủy các cơ quan Đảng tỉnh) — 'giờ … phút' stamps, 'Chỉnh sửa lúc', two writers in the author field, a source field
A01 = A51("Đảng ủy các cơ quan Đảng tỉnh sơ kết công tác xây dựng Đảng quý I năm 2029",
          "Sáng 9/4, Ban Thường vụ Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng quý I, triển khai nhiệm vụ quý II năm 2029. Đồng chí Phan Đình Hùng, Ủy viên Ban Thường vụ Tỉnh ủy, Bí thư Đảng ủy các cơ quan Đảng tỉnh chủ trì hội nghị.",
          [P("Trong quý I, các tổ chức cơ sở đảng trực thuộc đã tổ chức học tập, quán triệt các chỉ thị, nghị quyết của Trung ương, của Tỉnh ủy cho 2.846 đảng viên, đạt 98,2%; 41/43 chi bộ, đảng bộ cơ sở xây dựng chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh phù hợp với chức năng, nhiệm vụ của từng cơ quan."),
           P("Công tác kiểm tra, giám sát được thực hiện theo đúng chương trình; Ủy ban Kiểm tra Đảng ủy đã giám sát chuyên đề đối với 6 tổ chức đảng và 9 đảng viên, tập trung vào việc thực hiện quy chế làm việc, công tác cán bộ và việc kê khai tài sản, thu nhập. Trong quý, Đảng bộ kết nạp 12 đảng viên mới, công nhận đảng viên chính thức cho 17 đồng chí."),
           I("/uploads/news/2029_04/so-ket-quy-i-dang-uy-cac-co-quan-dang-02.jpg", "Các đại biểu dự hội nghị sơ kết công tác xây dựng Đảng quý I năm 2029"),
           P("Tại hội nghị, các đại biểu đã thảo luận, làm rõ những khó khăn trong việc nâng cao chất lượng sinh hoạt chi bộ sau khi sắp xếp, kiện toàn tổ chức bộ máy; đề xuất đổi mới cách đánh giá, xếp loại chất lượng đảng viên theo hướng lượng hóa bằng kết quả thực hiện nhiệm vụ chuyên môn."),
           P("Kết luận hội nghị, đồng chí Phan Đình Hùng đề nghị các cấp ủy trực thuộc làm tốt công tác chính trị, tư tưởng, nắm chắc tâm trạng của cán bộ, đảng viên; đẩy mạnh chuyển đổi số trong sinh hoạt chi bộ; chuẩn bị chu đáo các điều kiện để sơ kết giữa nhiệm kỳ theo hướng dẫn của Ban Tổ chức Tỉnh ủy."),
           I("/uploads/news/2029_04/so-ket-quy-i-dang-uy-cac-co-quan-dang-03.jpg", "Đồng chí Phan Đình Hùng, Bí thư Đảng ủy các cơ quan Đảng tỉnh kết luận hội nghị")])
CAP01 = "Quang cảnh hội nghị sơ kết công tác xây dựng Đảng quý I năm 2029"


def page01():
    pub, upd = d("2029-04-10 09:15"), d("2029-04-10 14:02")
    site, base = "https://dangbocoquandang.nghean.vn", "/news/xay-dung-dang/"
    stf = lambda x: f"Đăng lúc {gp(x)}, {wd(x)} ngày {dmy(x)}"
    lst_f = lambda x: f"{dmy(x)} {twelve(x, am='AM', pm='PM', pad=True, sec=True)}"  # NukeViet's listing format (d/m/Y h:i:s A)
    authors, source = "Hồ Minh Tâm - Nguyễn Thu Hiền", "Ban Tuyên giáo và Dân vận Đảng ủy các cơ quan Đảng tỉnh"

    def detail(rng, rl, rd):
        fig_ = lambda s, c, n: (f'<figure class="image image-style-align-center"><img src="{s}" alt="{esc(c, True)}" width="760" height="507" />'
                                f'<figcaption>{esc(c)}</figcaption></figure>')
        body = A01.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=fig_)
        lead_fig = (f'<figure class="article left"><div id="imgpreview"><img src="/uploads/news/2029_04/so-ket-quy-i-dang-uy-cac-co-quan-dang-01.jpg" alt="{esc(CAP01, True)}" class="img-thumbnail" width="300" /></div>'
                    f'<figcaption>{esc(CAP01)}</figcaption></figure>')
        meta = (f' <span class="cqd50-upd"><em class="fa fa-pencil">&nbsp;</em>Chỉnh sửa lúc {gp(upd)}, ngày {dmy(upd)}</span>'
                f' <span class="cqd50-hits"><em class="fa fa-eye">&nbsp;</em>Đã xem: 412</span>')
        info = (f'<p class="h5 text-right"><strong>Tác giả: </strong>{esc(authors)}</p>'
                f'<p class="h5 text-right"><strong>Nguồn tin: </strong>{esc(source)}</p>')
        cm = thread([("Nguyễn Văn Đức", "10/04/2029 20:41", "Đề nghị Đảng ủy sớm ban hành hướng dẫn lượng hóa tiêu chí đánh giá đảng viên để các chi bộ thống nhất thực hiện."),
                     ("Trần Thị Lan", "11/04/2029 07:02", "Chi bộ chúng tôi đã thí điểm sinh hoạt trên nền tảng số, rất thuận tiện cho đảng viên đi công tác.",
                      ("Ban Biên tập", "11/04/2029 08:30", "Cảm ơn đồng chí đã chia sẻ kinh nghiệm với các chi bộ."))],
                    head="Bình luận", cls="nv-comment")
        return (tick54(rng, pub, lst_f, "Tin mới cập nhật", "cqd50-ticker")
                + nv4_detail(site, esc(A01.title), stf(pub), body, "cqd50", info, extra_meta=meta, hometext=f"<strong>{esc(A01.lead)}</strong>", figure=lead_fig)
                + nv4_tail(site, base, rl, rd, lst_f, ["sơ kết quý I", "xây dựng Đảng", "sinh hoạt chi bộ"], "Tổng số điểm của bài viết là: 31 trong 7 đánh giá", cm, 1240))

    def left(rng, p):
        today = pub + timedelta(days=2, hours=5, minutes=23)
        return clock_of(today) + weather("TP. Vinh", 31, "Nắng nhẹ", today.replace(hour=6, minute=0))

    return mk54(1, "party_agencies_committee_nukeviet50_vendor_theme_gio_phut_stamps_chinh_sua_luc_two_writers_source_field",
                "nghean-danguycaccoquandang-nukeviet50-vendor-theme-weather-strip-ticker-listing-stamps-dang-luc-gio-phut-weekday-ngay-chinh-sua-luc-update-lead-figure-figcaption-bold-hometext-ckeditor5-figcaptions-tac-gia-two-writers-dash-nguon-tin-source",
                "nv50_cqd", site, base + "dang-uy-cac-co-quan-dang-tinh-so-ket-cong-tac-xay-dung-dang-quy-i-nam-2029-1241.html",
                "Đảng ủy các cơ quan Đảng tỉnh Nghệ An", "NukeViet v5.0", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], cls="breadcrumbs list-none"), "Xây dựng Đảng",
                {"author": "Hồ Minh Tâm, Nguyễn Thu Hiền", "captions": [CAP01] + A01.captions},
                "NukeViet 5.0 under a provincial vendor's theme for the Đảng ủy các cơ quan Đảng tỉnh; a QUARTER'S REVIEW CONFERENCE. The stamp is printed in words of hours and minutes: "
                "'Đăng lúc 09 giờ 15 phút, Thứ Ba ngày 10/04/2029' → T09:15 ('giờ' / 'phút' make a time, as set 31's 'g' and 'h' do; the weekday agrees); the theme's update line 'Chỉnh sửa "
                "lúc 14 giờ 02 phút, ngày 10/04/2029' → updated T14:02 the same day ('Chỉnh sửa' labels an update, set 34). The header bar's clock and weather strip ('Cập nhật 06:00 "
                "12/04/2029': the widget's own, set 32), the ticker and the 'Những tin mới hơn / cũ hơn' lists (NukeViet's listing format 'dd/mm/yyyy hh:mm:ss PM') are other moments. "
                "The lead picture's figcaption (figure.article before the hometext) is the FIRST caption, the two CKEditor 5 figcaptions in the text follow. Bold hometext → lead. "
                "NukeViet's author field 'Tác giả: Hồ Minh Tâm - Nguyễn Thu Hiền' → two writers (set 28's ' - ' between two names); 'Nguồn tin: Ban Tuyên giáo và Dân vận …' is the "
                "SOURCE field (set 13) → author_unit null. Comments and the editors' reply are chrome. Category: the crumb's last level.",
                "NukeViet 5.0 (a vendor theme for the Đảng ủy các cơ quan Đảng tỉnh), a quarter's review conference: 'Đăng lúc HH giờ MM phút, Thứ Ba ngày dd/mm/yyyy' + 'Chỉnh sửa lúc HH giờ MM phút, ngày …', weather strip, ticker, lead figcaption + CKEditor 5 figcaptions, 'Tác giả: A - B' + 'Nguồn tin:'",
                kb=190, upd=upd, fmt=lst_f, head_author="Hồ Minh Tâm", left=left,
                traps={"meta": ["Đã xem: 412", "Tổng số điểm của bài viết là: 31 trong 7 đánh giá"],
                       "source": [source],
                       "weather": ["Cập nhật 06:00 12/04/2029"],
                       "comments": ["Nguyễn Văn Đức", "Ban Biên tập", "Chi bộ chúng tôi đã thí điểm sinh hoạt trên nền tảng số, rất thuận tiện cho đảng viên đi công tác."]})


# ================================================================== page 2: a photo story (NukeViet 4.1, a city Women's Union theme) — time first with a pipe, lazy data-src figures, an 'Ảnh: A - B' line
A02 = A51("Sắc màu Ngày hội phụ nữ các dân tộc vùng cao A Lưới",
          "Ngày 7/4, Hội Liên hiệp Phụ nữ thành phố phối hợp với Hội Liên hiệp Phụ nữ các xã vùng cao A Lưới tổ chức Ngày hội phụ nữ các dân tộc năm 2029, thu hút hơn 600 hội viên người Tà Ôi, Pa Kô, Cơ Tu tham gia với nhiều hoạt động giàu bản sắc.",
          [I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-01.jpg", "Các đội thi trình diễn trang phục truyền thống của đồng bào Tà Ôi"),
           I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-02.jpg", "Phụ nữ Pa Kô biểu diễn điệu múa truyền thống tại lễ khai mạc ngày hội"),
           P("Ngày hội gồm các phần thi trình diễn trang phục truyền thống, dệt zèng, ẩm thực dân tộc và giới thiệu mô hình sinh kế của các chi hội phụ nữ; 14 gian hàng trưng bày sản phẩm OCOP, sản phẩm thổ cẩm của hội viên đã thu hút đông đảo người dân và du khách."),
           I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-03.jpg", "Nghệ nhân Hồ Thị Xuân hướng dẫn hội viên trẻ dệt zèng"),
           I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-04.jpg", "Gian hàng giới thiệu sản phẩm thổ cẩm của Chi hội phụ nữ thôn Pa Ring"),
           I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-05.jpg", "Phần thi ẩm thực với các món ăn truyền thống của đồng bào Cơ Tu"),
           I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-06.jpg", "Hội viên phụ nữ giao lưu văn nghệ cùng đoàn viên thanh niên"),
           P("Dịp này, Hội Liên hiệp Phụ nữ thành phố trao 30 suất quà cho hội viên có hoàn cảnh khó khăn và trao giải cho 9 tập thể có phần thi xuất sắc."),
           I("/uploads/news/2029_04/ngay-hoi-phu-nu-a-luoi-07.jpg", "Ban Tổ chức trao giải cho các tập thể đạt thành tích xuất sắc")])


def page02():
    pub = d("2029-04-08 16:20")
    site, base = "https://phunu.hue.gov.vn", "/news/hoat-dong-cac-cap-hoi/"
    stf = lambda x: f"{hm(x)} | {wd(x, lower=True)}, {dmy(x)}"
    credit = "Ảnh: Lê Hà - Quỳnh Trang"

    def detail(rng, rl, rd):
        def lz(s, c, n):
            return (f'<figure class="image psa-item"><img class="lazyload" src="{GIF}" data-src="{s}" alt="" width="1000" height="667" />'
                    f'<noscript><img src="{s}" alt="" /></noscript><figcaption>{esc(c)}</figcaption></figure>')
        body = A02.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=lz)
        body += f'\n<p style="text-align:right"><em>{esc(credit)}</em></p>'
        info = '<p class="h5 text-right"><strong>Tác giả: </strong>Phương Mai</p>'
        cm = thread([("Hồ Thị Nga", "08/04/2029 21:10", "Ảnh đẹp quá, tự hào về phụ nữ vùng cao A Lưới!"),
                     ("Lê Văn Quý", "09/04/2029 06:55", "Mong Hội tiếp tục tổ chức ngày hội vào các năm sau.")], head="Ý kiến bạn đọc", cls="nv-comment")
        kicker = '<div class="lhpn41-kicker"><span>PHÓNG SỰ ẢNH</span></div>'
        return (kicker + nv4_detail(site, esc(A02.title), stf(pub), body, "lhpn41", info, extra_meta=' <span class="lhpn41-hits">Lượt xem: 529</span>',
                                    hometext=f"<strong>{esc(A02.lead)}</strong>")
                + nv4_tail(site, base, rl, rd, lambda x: dmy(x), ["Ngày hội phụ nữ", "A Lưới", "dân tộc thiểu số"], "Tổng số điểm của bài viết là: 45 trong 9 đánh giá", cm, 860))

    return mk54(2, "womens_union_nukeviet41_pink_theme_photo_story_lazy_data_src_figcaptions_photo_credit_line",
                "hue-hoilhpn-nukeviet41-vendor-theme-phong-su-anh-kicker-time-first-pipe-weekday-lowercase-stamp-bold-hometext-seven-lazy-data-src-figures-noscript-copies-figcaptions-anh-two-photographers-tac-gia-field",
                "nv41_lhpn", site, base + "sac-mau-ngay-hoi-phu-nu-cac-dan-toc-vung-cao-a-luoi-861.html",
                "Hội Liên hiệp Phụ nữ thành phố Huế", "NukeViet v4.1", A02, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động các cấp Hội"], cls="breadcrumbs list-none"), "Hoạt động các cấp Hội",
                {"author": "Phương Mai", "photographer": "Lê Hà, Quỳnh Trang"},
                "NukeViet 4.1 under a vendor's theme for a city Women's Union; a PHOTO STORY. The theme prints the time FIRST with a pipe, then the weekday with its second word in lower case: '16:20 | Chủ nhật, "
                "08/04/2029' → 2029-04-08T16:20. Bold hometext → lead; body = the lead and the two short paragraphs of text; the seven pictures are LAZY figures (a 1-px GIF in src, "
                "the address in data-src, a <noscript> copy with no caption) whose figcaptions are the seven captions, in page order (set 48: a lazy image's caption counts once). The "
                "kicker 'PHÓNG SỰ ẢNH' names the form (set 27), not the section: category = the crumb's last level. NukeViet's author field 'Tác giả: Phương Mai' → author; the italic "
                "right line 'Ảnh: Lê Hà - Quỳnh Trang' after the last picture, outside every caption → two photographers (sets 29, 31). Comments and the rating are chrome.",
                "NukeViet 4.1 (a city Women's Union theme), a photo story: 'HH:MM | Chủ nhật, dd/mm/yyyy', 'PHÓNG SỰ ẢNH' kicker, seven lazy data-src figures with figcaptions, 'Tác giả:' field + 'Ảnh: A - B' line",
                kb=175, fmt=stf, head_author="Phương Mai",
                traps={"meta": ["Lượt xem: 529", "PHÓNG SỰ ẢNH"], "credit_as_printed": [credit],
                       "comments": ["Hồ Thị Nga", "Mong Hội tiếp tục tổ chức ngày hội vào các năm sau."]})


# ================================================================== page 3: Party-building news (NukeViet 3.0, a commune Party committee's theme) — a digit weekday and a two-digit year, 'Name, unit' typed last
A03 = A51("Đảng ủy xã Mường Lầm quán triệt chuyên đề nâng cao chất lượng sinh hoạt chi bộ",
          "Ngày 7/4, Đảng ủy xã Mường Lầm tổ chức hội nghị học tập, quán triệt chuyên đề về nâng cao chất lượng sinh hoạt chi bộ năm 2029 cho 182 đồng chí là bí thư, phó bí thư chi bộ và đảng viên các chi bộ trực thuộc.",
          [P("Tại hội nghị, các đại biểu đã được nghe đồng chí Lò Văn Chiến, Phó Bí thư Thường trực Đảng ủy xã truyền đạt những nội dung cơ bản của chuyên đề; hướng dẫn cách chuẩn bị nội dung, trình tự sinh hoạt chi bộ thường kỳ và sinh hoạt chuyên đề, gắn với đặc điểm của các bản vùng cao."),
           I("/uploads/news/2029_04/quan-triet-chuyen-de-sinh-hoat-chi-bo-muong-lam.jpg", "Đồng chí Lò Văn Chiến, Phó Bí thư Thường trực Đảng ủy xã quán triệt chuyên đề tại hội nghị"),
           P("Năm 2028, Đảng bộ xã có 28/31 chi bộ duy trì sinh hoạt đều đặn hằng tháng; nhiều chi bộ đã lựa chọn nội dung sát thực tế như phát triển cây cà phê, bảo vệ rừng đầu nguồn, giữ gìn an ninh trật tự ở địa bàn biên giới. Tuy vậy, một số chi bộ ở các bản xa trung tâm còn sinh hoạt hình thức, tỷ lệ đảng viên dự sinh hoạt chưa cao."),
           P("Đảng ủy xã yêu cầu các chi bộ xây dựng kế hoạch cụ thể, mỗi quý tổ chức ít nhất một buổi sinh hoạt chuyên đề; phân công đảng ủy viên phụ trách dự sinh hoạt tại các chi bộ khó khăn, kịp thời hướng dẫn, uốn nắn.")])


def page03():
    pub = d("2029-04-09 08:05")
    site = "http://muonglam.sonla.dcs.vn"
    path = "/index.php?language=vi&nv=news&op=Xay-dung-Dang/Dang-uy-xa-Muong-Lam-quan-triet-chuyen-de-nang-cao-chat-luong-sinh-hoat-chi-bo-388"
    stf = lambda x: f"{'Chủ nhật' if x.weekday() == 6 else f'Thứ {x.weekday() + 2}'}, {x.strftime('%d/%m/%y')} {hm(x)}"
    sig = "Lò Thị Hương, Văn phòng Đảng ủy xã Mường Lầm"

    def detail(rng, rl, rd):
        out = []
        for b in A03.blocks:
            if b[0] == "p":
                out.append(f'<p style="text-align: justify;">{esc(b[1])}</p>')
            else:
                out.append(f'<p style="text-align: center;"><img alt="" src="{b[1]}" style="width: 500px; height: 333px;" /></p>'
                           f'<p style="text-align: center;"><em>{esc(b[2])}</em></p>')
        out.append(f'<p style="text-align: right;"><strong>{esc(sig)}</strong></p>')
        rel_ = "".join(f'<li><a href="{site}/index.php?language=vi&amp;nv=news&amp;op=Xay-dung-Dang/{slug(t)[:50]}-{380 - k}">{esc(t)}</a> <span class="date">({x.strftime("%d/%m/%y")})</span></li>'
                       for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="news_detail"><h1>{esc(A03.title)}</h1><span class="time">{stf(pub)}</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="#" title="Gửi bài viết qua email">Gửi bài viết</a></li>'
                f'<li><a class="print" href="{site}/index.php?language=vi&amp;nv=news&amp;op=print/Xay-dung-Dang/388" title="In ra">In bài viết</a></li>'
                f'<li><a class="savefile" href="#" title="Lưu bài viết này">Lưu bài viết</a></li></ul></div><div class="clear"></div>'
                f'<div id="hometext"><strong>{esc(A03.lead)}</strong></div><div class="clear"></div>'
                f'<div class="bodytext">{"".join(out)}</div><div class="clear"></div><div class="xa30-hits">Số lần đọc: 71</div></div>'
                f'<div class="other_news"><h4>Các tin khác</h4><ul class="related">{rel_}</ul></div>')

    return mk54(3, "commune_party_committee_nukeviet30_theme_digit_weekday_two_digit_year_name_comma_unit",
                "sonla-danguyxamuonglam-nukeviet30-commune-theme-index-php-op-url-span-time-digit-weekday-two-digit-year-bold-hometext-centred-italic-caption-paragraph-name-comma-unit-typed-last-related-two-digit-years",
                "nv30_xa", site, path, "Đảng ủy xã Mường Lầm", "NukeViet v3.0", A03, pub, detail,
                f'<div class="breadcrumbs"><a href="{site}/">Trang chủ</a> » <a href="{site}/index.php?language=vi&amp;nv=news">Tin tức</a> » <a href="{site}/index.php?language=vi&amp;nv=news&amp;op=Xay-dung-Dang">Xây dựng Đảng</a></div>',
                "Xây dựng Đảng", {"author": "Lò Thị Hương", "unit": "Văn phòng Đảng ủy xã Mường Lầm"},
                "NukeViet 3.0 under a commune Party committee's theme (#news_detail, XHTML 1.0); PARTY-BUILDING news (a study conference). The site's date format is 'd/m/y' with a "
                "DIGIT weekday: span.time 'Thứ 2, 09/04/29 08:05' → 2029-04-09T08:05 (set 32's digit weekday, set 36's two-digit year, 20yy; the weekday agrees: 9 April 2029 is a "
                "Monday); the 'Các tin khác' list prints other items' days in the same two-digit shape. Bold hometext → lead. The caption is the centred italic paragraph under the "
                "picture. The signature typed last, bold right, 'Lò Thị Hương, Văn phòng Đảng ủy xã Mường Lầm' → author + unit (a comma between writer and unit, set 12's rule). "
                "'Số lần đọc' is chrome; category: the crumb's last level.",
                "NukeViet 3.0 (a commune's theme), Party-building: 'Thứ 2, dd/mm/yy HH:MM' (digit weekday, two-digit year), bold hometext, centred italic caption, 'Name, unit' typed last",
                kb=155, fmt=lambda x: x.strftime("%d/%m/%y"), head_author="Lò Thị Hương", no_ld=True, post=retop(XHTML10),
                traps={"meta": ["Số lần đọc: 71"], "credit_as_printed": [sig]})


# ================================================================== page 4: a working visit (the '.dcs.vn' 'Thời sự - Chính trị' template) — a ticker, a related box inside the text, three writers and one unit after a <br>
A04 = A51("Đồng chí Phó Bí thư Thường trực Tỉnh ủy làm việc với Đảng ủy xã Hậu Lộc",
          "Chiều 10/4, đồng chí Lê Thị Thanh Bình, Phó Bí thư Thường trực Tỉnh ủy cùng đoàn công tác của Tỉnh ủy đã làm việc với Ban Thường vụ Đảng ủy xã Hậu Lộc về tình hình thực hiện nhiệm vụ chính trị quý I và việc triển khai các nghị quyết chuyên đề của Đảng bộ xã.",
          [P("Báo cáo với đoàn công tác, đồng chí Mai Văn Tùng, Bí thư Đảng ủy xã cho biết: quý I năm 2029, tổng giá trị sản xuất trên địa bàn ước đạt 1.120 tỷ đồng, tăng 9,6% so với cùng kỳ; thu ngân sách đạt 41% dự toán; xã đã hoàn thành giải phóng mặt bằng tuyến đê biển và khởi công 3 công trình giao thông nông thôn từ nguồn xã hội hóa."),
           P("Công tác xây dựng Đảng được chú trọng; Đảng bộ xã hiện có 46 chi bộ với 2.104 đảng viên. Trong quý, Đảng ủy xã đã kết nạp 9 đảng viên mới, ban hành nghị quyết chuyên đề về phát triển nuôi trồng thủy sản vùng ven biển giai đoạn 2029 - 2030."),
           RAW("__REL__"),
           I("/DATA/IMAGES/2029/04/11/pbttt-lam-viec-hau-loc-01.jpg", "Đồng chí Lê Thị Thanh Bình, Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc"),
           P("Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận những kết quả mà Đảng bộ, chính quyền và Nhân dân xã Hậu Lộc đạt được; đề nghị xã tập trung tháo gỡ khó khăn trong thu hút đầu tư vào vùng nuôi trồng thủy sản tập trung, chú trọng công tác dân vận trong giải phóng mặt bằng, quan tâm phát triển đảng viên trong đoàn viên thanh niên và ngư dân."),
           I("/DATA/IMAGES/2029/04/11/pbttt-lam-viec-hau-loc-02.jpg", "Đoàn công tác của Tỉnh ủy kiểm tra tiến độ thi công tuyến đê biển qua xã Hậu Lộc")])


def page04():
    pub = d("2029-04-11 07:40")
    site = "https://thanhhoa.dcs.vn"
    path = "/thoi-su-chinh-tri/dong-chi-pho-bi-thu-thuong-truc-tinh-uy-lam-viec-voi-dang-uy-xa-hau-loc-c5318.html"
    dcf = lambda x: f"{wd(x, lower=True)}, {x.day}/{x.month}/{x.year} | {hm(x)}"
    names, unit = "Thu Hằng - Ngọc Tú - Bảo Châu", "Ban Tuyên giáo và Dân vận Tỉnh ủy"

    def detail(rng, rl, rd):
        relbox = ('<div class="dcs-inline-rel"><div class="dcs-inline-rel-title">Tin liên quan</div><ul>'
                  + "".join(f'<li><a href="{site}/thoi-su-chinh-tri/{slug(t)[:60]}-c{5290 + k}.html">{esc(t)}</a> <span class="date">({dcf(x)})</span></li>'
                            for k, (t, x) in enumerate(zip(rl[4:6], rd[4:6]))) + "</ul></div>")
        out = []
        for b in A04.blocks:
            if b[0] == "p":
                out.append(f'<p style="text-align:justify">{esc(b[1])}</p>')
            elif b[0] == "raw":
                out.append(relbox)
            else:
                out.append(tbl_pic(b[1], b[2], 640, cap_style="text-align:center;font-size:13px", cls="tplCaption"))
        out.append(f'<p style="text-align:right"><strong>{esc(names)}</strong><br /><strong>({esc(unit)})</strong></p>')
        same = related_same(site, "/thoi-su-chinh-tri/", list(zip(rl[:4], rd)), dcf, "Tin cùng chuyên mục", "dcs-same", 5200)
        return (tick54(rng, pub, dcf, "Tin mới", "dcs-ticker")
                + f'<div class="dcs-detail"><h1 class="dcs-title">{esc(A04.title)}</h1>'
                f'<div class="dcs-meta"><span class="dcs-date"><i class="fa fa-clock-o"></i> {dcf(pub)}</span> <span class="dcs-view">Lượt xem: 1.086</span></div>'
                f'{tools("dcs-tools")}<div class="dcs-sapo"><strong>{esc(A04.lead)}</strong></div>'
                f'<div class="dcs-content" id="content-detail">{"".join(out)}</div>{sharebar("dcs-share")}</div>{same}')

    return mk54(4, "provincial_party_dcs_thoi_su_chinh_tri_template_ticker_inline_related_three_writers_unit_after_br",
                "thanhhoa-tinhuy-dcs-thoi-su-chinh-tri-template-ticker-other-days-weekday-lowercase-unpadded-date-pipe-time-bold-sapo-inline-tin-lien-quan-box-picture-tables-caption-row-three-writers-dash-br-paren-unit",
                "dcs_tscc", site, path, "Đảng bộ tỉnh Thanh Hóa", None, A04, pub, detail,
                crumbs_of(site, ["Thời sự - Chính trị"], cls="dcs-breadcrumb"), "Thời sự - Chính trị",
                {"author": "Thu Hằng, Ngọc Tú, Bảo Châu", "unit": unit},
                "The '.dcs.vn' platform's 'Thời sự - Chính trị' section template; a WORKING VISIT of the Standing Deputy Secretary to a commune. The stamp 'Thứ tư, 11/4/2029 | 07:40' "
                "(the weekday's second word in lower case, unpadded day and month, the time after a pipe) → 2029-04-11T07:40. A ticker of newest items under the menu and 'Tin cùng chuyên mục' print OTHER "
                "items' stamps in the same shape (set 33). Bold sapo → lead. The editors' 'Tin liên quan' box INSIDE the text, between two paragraphs (two other items with their days), is "
                "a box (set 24): not body, and the text goes on after it. Captions: the rows under the pictures in one-cell tables. Signature 'Thu Hằng - Ngọc Tú - Bảo Châu' <br> "
                "'(Ban Tuyên giáo và Dân vận Tỉnh ủy)' → three writers (set 35) and their one unit (set 39). Category: the crumb's section level.",
                "'.dcs.vn' 'Thời sự - Chính trị' template, a working visit: 'Thứ tư, d/m/yyyy | HH:MM', ticker with other days, 'Tin liên quan' box inside the text, caption rows, 'A - B - C' <br> '(unit)'",
                kb=214, fmt=dcf, head_author="Thu Hằng",
                traps={"meta": ["Lượt xem: 1.086"], "credit_as_printed": [names, f"({unit})"],
                       "inline_related": (lambda rl: rl[4:6])})


# ================================================================== page 5: a speech excerpt (Liferay DXP 2028.Q1 + Bắc Hà's portlet) — a word month with a pipe, bold sub-headings added to the speech, '(lược ghi)'
A05 = A51("Phát biểu của Chủ tịch UBND tỉnh tại Hội nghị sơ kết công tác quý I năm 2029",
          "Phát biểu chỉ đạo tại Hội nghị UBND tỉnh sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2029 ngày 11/4, đồng chí Hà Quang Việt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh yêu cầu các sở, ngành, địa phương tập trung tháo gỡ khó khăn, đẩy nhanh giải ngân vốn đầu tư công và cải thiện thực chất môi trường kinh doanh.",
          [I("/documents/20143/0/chu-tich-ubnd-tinh-phat-bieu-hoi-nghi-quy-i-2029.jpg", "Đồng chí Hà Quang Việt, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh phát biểu chỉ đạo hội nghị"),
           P("Kính thưa các đồng chí đại biểu!"),
           P("Quý I năm 2029, trong bối cảnh còn nhiều khó khăn, các ngành, các địa phương đã nỗ lực triển khai đồng bộ các nhiệm vụ, giải pháp; tăng trưởng kinh tế ước đạt 7,8%, thu ngân sách nhà nước đạt 29% dự toán, cao hơn cùng kỳ; an sinh xã hội được bảo đảm, quốc phòng, an ninh được giữ vững. Thay mặt UBND tỉnh, tôi biểu dương sự cố gắng của các sở, ngành và chính quyền các xã, phường."),
           H("Không để vốn đầu tư công nằm chờ thủ tục"),
           P("Tuy nhiên, tỷ lệ giải ngân vốn đầu tư công mới đạt 14,6% kế hoạch; còn 19 dự án chưa giải ngân. Tôi đề nghị chủ đầu tư các dự án chậm tiến độ báo cáo rõ nguyên nhân, trách nhiệm của tập thể, cá nhân trước ngày 20/4; Sở Tài chính tham mưu điều chuyển vốn từ các dự án không có khả năng giải ngân sang các dự án có nhu cầu."),
           H("Cải thiện thực chất môi trường kinh doanh"),
           P("Các sở, ngành phải công khai thời gian giải quyết từng thủ tục, tuyệt đối không để hồ sơ của doanh nghiệp quá hạn mà không có văn bản giải thích. Chủ tịch UBND các xã, phường chịu trách nhiệm trước Chủ tịch UBND tỉnh về tiến độ giải phóng mặt bằng các dự án trên địa bàn."),
           P("Xin chúc các đồng chí sức khỏe, hoàn thành tốt nhiệm vụ được giao. Xin trân trọng cảm ơn!")])
MONTHS_VI = ["Giêng", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def page05():
    pub = d("2029-04-12 08:30")
    site = "https://phutho.gov.vn"
    path = "/web/portal/chi-dao-dieu-hanh/-/bh_news_detail/phat-bieu-cua-chu-tich-ubnd-tinh-tai-hoi-nghi-so-ket-cong-tac-quy-i-nam-2029"
    lrf = lambda x: f"{wd(x)}, {x.day:02d} Tháng {MONTHS_VI[x.month - 1]} {x.year} | {hm(x)}"
    sig, src = "Trà Giang (lược ghi)", "Theo Báo Phú Thọ"

    def detail(rng, rl, rd):
        fig_ = lambda s, c, n: f'<figure class="bh-figure"><img src="{s}" alt="{esc(c, True)}" width="800" /><figcaption class="bh-caption">{esc(c)}</figcaption></figure>'
        body = A05.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>', img=fig_)
        body += f'<p style="text-align:right"><strong>{esc(sig)}</strong></p><p style="text-align:right"><em>{esc(src)}</em></p>'
        same = others_block(site, "/web/portal/chi-dao-dieu-hanh/-/bh_news_detail/", rl, rd, lrf, "Tin cùng chuyên mục", "bh-same", 905)
        return (f'<h2 class="portlet-title"><span class="portlet-title-text">Tin tức - Sự kiện</span></h2>'
                f'<div class="bh-news-detail"><h1 class="bh-title">{esc(A05.title)}</h1>'
                f'<div class="bh-meta"><span class="bh-date"><i class="icon-calendar"></i> {lrf(pub)}</span> <span class="bh-views">Lượt xem: 736</span>'
                f'<div class="bh-tools"><a href="#" class="bh-font-dec">A-</a> <a href="#" class="bh-font-inc">A+</a> <a href="#" class="bh-print">In bài viết</a> <button type="button" class="bh-listen">Nghe đọc bài</button></div></div>'
                f'<div class="bh-sapo"><strong>{esc(A05.lead)}</strong></div>'
                f'<div class="journal-content-article" data-analytics-asset-id="{rng.randint(500000, 599999)}" data-analytics-asset-type="web-content">{body}</div>'
                f'{sharebar("bh-share")}</div>{same}')

    return mk54(5, "provincial_portal_liferay2028q1_bacha_news_detail_speech_excerpt_word_month_luoc_ghi",
                "phutho-ubndtinh-liferay-dxp-2028q1-bacha-bh-news-detail-portlet-generic-portlet-title-weekday-dd-thang-word-month-yyyy-pipe-time-bold-sapo-speech-salutations-bold-sub-headings-figcaption-luoc-ghi",
                "lr28q1bh", site, path, "Cổng Thông tin điện tử tỉnh Phú Thọ", "Liferay DXP", A05, pub, detail,
                crumbs_of(site, ["Tin tức - Sự kiện", "Chỉ đạo, điều hành"], cls="bh-breadcrumb"), "Chỉ đạo, điều hành",
                {"author": "Trà Giang"},
                "Liferay DXP 2028.Q1 with Bắc Hà's news detail portlet (bh_news_detail) under a GENERIC portlet title 'Tin tức - Sự kiện' (no category, set 29); a SPEECH EXCERPT. The "
                "portlet prints the month in WORDS from its own language file: 'Thứ Năm, 12 Tháng Tư 2029 | 08:30' → 2029-04-12T08:30 (day, word month, year; 'Tháng Tư' is April, "
                "sets 26, 34). The day of the conference (11/4) in the sapo is the speech's, not a stamp (set 51). Bold sapo → lead (a summary the editors wrote; no 'LTS:'). The speech "
                "as printed is body: the salutation 'Kính thưa các đồng chí đại biểu!', the bold sub-headings the editors set in it and the closing thanks (set 28). The speaker named in "
                "the headline, the sapo and the caption is no author (set 28); 'Trà Giang (lược ghi)' typed last → author 'Trà Giang' ('(lược ghi)' dropped, set 38), and the italic "
                "'Theo Báo Phú Thọ' under it names where the excerpt was taken from: a source, not her unit (sets 13, 35) → author_unit null. The figcaption → caption. Category: the "
                "crumb's last level.",
                "Liferay DXP 2028.Q1 + Bắc Hà's portlet, a speech excerpt: 'Thứ Năm, dd Tháng Tư yyyy | HH:MM' (word month), generic portlet title, salutations and bold sub-headings as body, figcaption, 'Name (lược ghi)' + 'Theo Báo …'",
                kb=248, fmt=lrf, head_author="Trà Giang",
                traps={"meta": ["Lượt xem: 736", "Tin tức - Sự kiện", "Nghe đọc bài"], "credit_as_printed": [sig], "source": [src]})


# ================================================================== page 6: a short notice (SharePoint Server 2019 + Phương Bắc's notice web part) — no sapo, a list, the attachment grid's 'Sửa lần cuối' is the FILES'
A06 = A51("Thông báo chiêu sinh lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 1 năm 2029",
          None,
          [P("Thực hiện Kế hoạch số 52-KH/ĐU ngày 15/01/2029 của Ban Thường vụ Đảng ủy UBND tỉnh về công tác bồi dưỡng lý luận chính trị năm 2029, Ban Thường vụ Đảng ủy thông báo chiêu sinh lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới đợt 1 năm 2029 như sau:"),
           ("ul", ["Đối tượng: đảng viên dự bị và đảng viên mới được công nhận chính thức chưa qua lớp bồi dưỡng của các chi bộ, đảng bộ cơ sở trực thuộc;",
                   "Thời gian học: 05 ngày, từ ngày 07/5/2029 đến ngày 11/5/2029;",
                   "Địa điểm: Hội trường tầng 3, trụ sở Đảng ủy UBND tỉnh;",
                   "Hồ sơ: danh sách trích ngang học viên theo mẫu đính kèm, gửi về Ban Tổ chức Đảng ủy trước ngày 25/4/2029."]),
           P("Đề nghị các chi bộ, đảng bộ cơ sở rà soát, cử đảng viên tham gia lớp học đầy đủ, đúng thành phần. Mọi chi tiết xin liên hệ đồng chí Nguyễn Thị Hoa, Ban Tổ chức Đảng ủy, điện thoại 0222.3825.417.")])


def page06():
    pub = d("2029-04-10 16:05")
    f1, f2 = d("2029-04-11 07:48"), d("2029-04-10 15:52")
    site = "https://danguyubnd.bacninh.gov.vn"
    guid = "g_7c41e0d2_19ab_4d6e_a3f5_2b8e90c1d467"
    pre = f"ctl00_ctl40_{guid}_ctl00"
    spf = lambda x: f"{dmy(x)} {hm(x)}"
    src = "Nguồn: Văn phòng Đảng ủy UBND tỉnh"

    def detail(rng, rl, rd):
        body = A06.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>',
                          ul=lambda items: '<ul style="text-align:justify">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>")
        grid = attach_grid([("TB-125-TB-DU-chieu-sinh-dang-vien-moi-dot-1.pdf", "icpdf.png", "412 KB", spf(f1), "vpdu_hoa.nt", 37),
                            ("Mau-danh-sach-trich-ngang-hoc-vien.xlsx", "icxlsx.png", "28 KB", spf(f2), "vpdu_hoa.nt", 21)])
        li = "".join(f'<li><a href="{site}/Pages/thong-bao-chi-tiet.aspx?ItemID={860 - k * 4}">{esc(t)}</a> <span class="time_update">({dmy(x)})</span></li>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6460), 58000)
                + f'<div class="pb-notice" id="{pre}_pnlThongBao"><div class="pb-label">THÔNG BÁO</div><h1 class="pb-title"><span id="{pre}_lblTieuDe">{esc(A06.title)}</span></h1>'
                f'<div class="pb-date"><span id="{pre}_lblNgayDang">Ngày đăng: {spf(pub)}</span> | <span id="{pre}_lblLuotXem">Lượt xem: 289</span></div>'
                f'<div id="{pre}_divNoiDung" class="pb-content"><div class="ms-rtestate-field">{body}</div></div>'
                f'{grid}'
                f'<div class="pb-source" style="text-align:right"><span id="{pre}_lblNguon" class="nguon">{esc(src)}</span></div>{sharebar("pb-share")}</div>'
                f'<div class="other_News"><div class="top_F">Các thông báo khác</div><div class="inner_F_otherNew"><ul>{li}</ul></div></div>')

    return mk54(6, "provincial_people_committee_party_committee_sharepoint2019_phuongbac_notice_web_part_attachment_grid_modified_column",
                "bacninh-danguyubndtinh-sharepoint2019-phuongbac-notice-web-part-viewstate-thong-bao-label-ngay-dang-dd-mm-yyyy-hh-mm-no-sapo-list-contact-line-attachment-grid-sua-lan-cuoi-nguoi-sua-files-own-moments-nguon-source",
                "sp2019pb", site, "/Pages/thong-bao-chi-tiet.aspx?ItemID=864", "Đảng ủy UBND tỉnh Bắc Ninh", "Microsoft SharePoint", A06, pub, detail,
                crumbs_of(site, ["Thông báo"], cls="pb-breadcrumb"), "Thông báo",
                {"lead": None},
                "SharePoint Server 2019 (a custom master) with Phương Bắc's notice web part, a 58 KB ViewState; a SHORT NOTICE of a course for new Party members. The item prints ONE "
                "stamp, 'Ngày đăng: 10/04/2029 16:05' → T16:05, and no update stamp. Under the text the web part prints the notice's ATTACHMENT GRID (a document library view): 'Tên tệp | "
                "Dung lượng | Sửa lần cuối | Người sửa | Lượt tải', one row per FILE — the signed PDF 'Sửa lần cuối 11/04/2029 07:48' (replaced by a signed scan the next morning) and "
                "the form '10/04/2029 15:52' (before the posting). Those columns describe the FILES, even under an update label: neither moment is the item's update (the item's own "
                "'Sửa lần cuối' is printed by its own info block, as Joomla's on page 10), 'vpdu_hoa.nt' is an account that edited a file, not an author, and the grid is a download "
                "block, not body (sets 24 and 53: attachments lists are boxes whatever their columns, their days never stamps) → updated_at null. The notice has no sapo (lead null); "
                "its list items are one paragraph each; the contact line is body (set 25). 'Nguồn: Văn phòng Đảng ủy UBND tỉnh' is a source (set 13): no author, no unit. The "
                "'THÔNG BÁO' label is the kind of item; category: the crumb's level 'Thông báo'.",
                "SharePoint Server 2019 + Phương Bắc's notice web part, a short notice: 'Ngày đăng: dd/mm/yyyy HH:MM', no sapo, a list, a contact line, the attachment grid's 'Sửa lần cuối' / 'Người sửa' columns (the files', not the item's: updated null), 'Nguồn:' source",
                kb=285, fmt=spf, form=True, no_ld=True,
                traps={"attachment_grid": ["Sửa lần cuối", "11/04/2029 07:48", "10/04/2029 15:52", "vpdu_hoa.nt", "TB-125-TB-DU-chieu-sinh-dang-vien-moi-dot-1.pdf"],
                       "meta": ["Lượt xem: 289"], "source": [src]})


# ================================================================== page 7: an emulation review (DNN 9.7 + Trường An's news module) — the detail's stamps in en-US M/d/yyyy, every list on the page dd/MM
T07 = [["Đơn vị", "Danh hiệu đăng ký", "Mô hình, sáng kiến"],
       ["Sở Tài chính (Cụm trưởng)", "Cờ thi đua của UBND tỉnh", "“Một cửa không giấy”"],
       ["Sở Khoa học và Công nghệ", "Tập thể lao động xuất sắc", "“Thứ Sáu số”"],
       ["Sở Xây dựng", "Tập thể lao động xuất sắc", "“Ngày thứ Bảy tình nguyện”"]]
A07 = A51("Cụm thi đua số 3 sơ kết phong trào thi đua quý I năm 2029",
          "Chiều 9/4, Cụm thi đua số 3 gồm 8 sở, ban, ngành khối kinh tế - tổng hợp của tỉnh tổ chức hội nghị sơ kết phong trào thi đua quý I, triển khai nhiệm vụ quý II năm 2029 dưới sự chủ trì của Sở Tài chính, đơn vị Cụm trưởng năm 2029.",
          [P("Trong quý I, các đơn vị trong Cụm đã phát động thi đua thực hiện thắng lợi nhiệm vụ năm 2029 gắn với các phong trào “Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở”, “Chuyển đổi số trong cơ quan nhà nước”; 100% đơn vị ký giao ước thi đua và đăng ký danh hiệu thi đua với Hội đồng Thi đua - Khen thưởng tỉnh."),
           ("table", T07),
           P("Nhiều mô hình, cách làm hay được nhân rộng trong Cụm. Quý I, các đơn vị đã đề nghị khen thưởng đột xuất cho 6 tập thể, 23 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị."),
           I("/Portals/0/TANews/2029/04/cum-thi-dua-so-3-so-ket-quy-i-01.jpg", "Các đơn vị trong Cụm thi đua số 3 ký kết giao ước thi đua năm 2029"),
           P("Hội nghị thống nhất chương trình công tác quý II, trong đó tổ chức kiểm tra chéo việc thực hiện phong trào thi đua giữa các đơn vị trong Cụm vào tháng 6; phối hợp tổ chức hội thi “Công chức trẻ với chuyển đổi số” nhân kỷ niệm Ngày truyền thống ngành Tổ chức nhà nước."),
           I("/Portals/0/TANews/2029/04/cum-thi-dua-so-3-so-ket-quy-i-02.jpg", "Đại diện Ban Thi đua - Khen thưởng, Sở Nội vụ phát biểu tại hội nghị")])


def us(x):
    """.NET's en-US general date-time ('G'): M/d/yyyy h:mm:ss tt."""
    h = x.hour % 12 or 12
    return f"{x.month}/{x.day}/{x.year} {h}:{x.minute:02d}:{x.second:02d} {'AM' if x.hour < 12 else 'PM'}"


def page07():
    pub, upd = d("2029-04-09 14:35:18"), d("2029-04-13 09:02:40")
    today = d("2029-04-14 08:10")
    site = "https://sonoivu.tayninh.gov.vn"
    pre = "dnn_ctr1420_TANewsView"
    vnf = lambda x: f"{dmy(x)} {hm(x)}"  # every list on the site: an explicit dd/MM/yyyy HH:mm
    writer = "Trần Thị Mai Anh (Ban Thi đua - Khen thưởng)"

    def detail(rng, rl, rd):
        tbl = lambda rows: ('<table class="ta-table" border="1" cellpadding="5" cellspacing="0" style="width:100%;border-collapse:collapse"><tbody>'
                            + "".join("<tr>" + "".join(f"<td>{'<strong>' if k == 0 else ''}{esc(c)}{'</strong>' if k == 0 else ''}</td>" for c in r) + "</tr>" for k, r in enumerate(rows))
                            + "</tbody></table>")
        body = A07.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', table=tbl,
                          img=lambda s, c, n: tcap(s, c, n, cls="ta-img", desc="ta-img-desc", width=620))
        li = "".join(f'<li><a href="{site}/tin-tuc/tin-thi-dua/articleid/{2310 - k * 6}">{esc(t)}</a> <span class="ta-list-date">({dmy(x)})</span></li>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (tick54(rng, pub, vnf, "Tin mới", "ta97-ticker")
                + bigvs(R(6470), 40000)
                + f'<div class="ta-news-view"><h1 class="ta-title"><span id="{pre}_lblTitle">{esc(A07.title)}</span></h1>'
                f'<div class="ta-meta"><span id="{pre}_lblNgayDang" class="ta-date">Ngày đăng: {us(pub)}</span> <span class="ta-sep">|</span> '
                f'<span id="{pre}_lblNgayCapNhat" class="ta-upd">Cập nhật: {us(upd)}</span> <span class="ta-sep">|</span> <span id="{pre}_lblLuotXem">Lượt xem: 318</span></div>'
                f'<div class="ta-author">Người viết: <span id="{pre}_lblTacGia">{esc(writer)}</span></div>'
                f'<div class="ta-summary"><strong><span id="{pre}_lblTomTat">{esc(A07.lead)}</span></strong></div>'
                f'<div id="{pre}_divNoiDung" class="ta-content">{body}</div>'
                f'<div class="ta-tools"><a href="javascript:__doPostBack(\'dnn$ctr1420$TANewsView$lnkPrint\',\'\')">In bài</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div></div>'
                f'<div class="ta-other"><h3 class="ta-other-title">Tin cùng chuyên mục</h3><ul>{li}</ul></div>')

    return mk54(7, "home_affairs_department_dnn97_truongan_news_module_en_us_detail_stamps_dd_mm_lists",
                "tayninh-sonoivu-dnn97-vendor-skin-truongan-ta-news-view-viewstate-html-lang-en-us-ngay-dang-m-d-yyyy-h-mm-ss-pm-cap-nhat-m-d-yyyy-am-lists-ticker-sidebar-dd-mm-yyyy-nguoi-viet-name-paren-unit-bold-summary-table-caption-rows",
                "dnn97ta", site, "/tin-tuc/tin-thi-dua/articleid/2316/cum-thi-dua-so-3-so-ket-phong-trao-thi-dua-quy-i-nam-2029", "Sở Nội vụ tỉnh Tây Ninh", "DotNetNuke", A07, pub, detail,
                crumbs_of(site, ["Thi đua - Khen thưởng", "Tin thi đua"], cls="ta97-breadcrumb"), "Tin thi đua",
                {"author": "Trần Thị Mai Anh", "unit": "Ban Thi đua - Khen thưởng"},
                "DNN 9.7 under a vendor's Bootstrap 3 skin with Trường An's news module (TA.News), a 40 KB ViewState; an EMULATION REVIEW of a cluster of departments. ONE PAGE, "
                "TWO DATE CULTURES: the module prints the item's stamps with the portal's culture, left at English (United States) — 'Ngày đăng: 4/9/2029 2:35:18 PM' and 'Cập nhật: "
                "4/13/2029 9:02:40 AM' (.NET's general 'G' pattern, M/d/yyyy) — while EVERY list on the page (the ticker, 'Tin cùng chuyên mục', the sidebar's newest and most-read boxes) "
                "is printed by the vendor's templates in an explicit dd/MM/yyyy. Read in its own culture: published 2029-04-09T14:35:18 (9 April), updated 2029-04-13T09:02:40. The page's "
                "evidence all agrees (set 36): the update stamp printed by the same module in the same shape has a 'day' of 13 (only month-first reads it); the header clock 'Thứ Bảy, "
                "ngày 14/04/2029' makes 4 September a day in the future; the text says 'Chiều 9/4'; <html lang='en-US'> is the portal's culture. The dd/MM lists are other templates' "
                "output and say nothing about this field (a site-wide 'day first' learnt from the lists would give 4 September and an impossible 13th month). Restated, sets 1 and 36 (set 1: an en-US stamp among dd/MM lists; set 36: the rule). 12-hour PM/AM and printed "
                "seconds kept (sets 13, 29). 'Người viết: Trần Thị Mai Anh (Ban Thi đua - Khen thưởng)' → author + unit. Bold summary → lead; the registration table → one paragraph per "
                "row, cells joined by ' | ' (set 30); captions in the rows under the pictures.",
                "DNN 9.7 + Trường An's TA.News, an emulation review: the detail's 'Ngày đăng: M/d/yyyy h:mm:ss PM' and 'Cập nhật: M/d/yyyy h:mm:ss AM' (the portal's en-US culture) among lists printed dd/MM/yyyy, 'Người viết: Name (unit)', table, caption rows",
                kb=262, upd=upd, fmt=vnf, form=True, dnn=True, head_author="Trần Thị Mai Anh", no_ld=True, today=today,
                left=f"Hôm nay: {wd(today)}, ngày {dmy(today)}",
                post=retop('<!DOCTYPE html>\n<html lang="en-US" xmlns="http://www.w3.org/1999/xhtml">'),
                traps={"meta": ["Lượt xem: 318"], "credit_as_printed": [writer],
                       "stamps_as_printed": ["Ngày đăng: 4/9/2029 2:35:18 PM", "Cập nhật: 4/13/2029 9:02:40 AM"]})


# ================================================================== page 8: a visit (ASP.NET 4.8 WebForms, Bạch Đằng's CMS) — the stamp after the text in 12-hour 'chiều', a section kicker, 'Tin, ảnh: Name - unit'
A08 = A51("Đảng ủy phường Hồng Gai thăm, tặng quà cựu chiến binh, cựu thanh niên xung phong nhân kỷ niệm 54 năm Ngày Giải phóng miền Nam",
          "Nhân dịp kỷ niệm 54 năm Ngày Giải phóng miền Nam, thống nhất đất nước (30/4/1975 - 30/4/2029), ngày 10/4, đoàn công tác của Đảng ủy, UBND, Ủy ban MTTQ Việt Nam phường Hồng Gai do đồng chí Vũ Thị Thu Hằng, Bí thư Đảng ủy phường làm trưởng đoàn đã đến thăm, tặng quà 25 cựu chiến binh, cựu thanh niên xung phong tham gia chiến dịch Hồ Chí Minh trên địa bàn.",
          [P("Đoàn đã đến thăm gia đình ông Phạm Văn Lự, 78 tuổi, ở khu phố 4, nguyên chiến sĩ Sư đoàn 304 trực tiếp tham gia chiến dịch Hồ Chí Minh. Ông xúc động kể lại những ngày cùng đồng đội hành quân thần tốc và bày tỏ niềm vui khi thấy quê hương Hồng Gai ngày càng đổi mới."),
           I("/Upload/TinTuc/2029/04/tham-tang-qua-ccb-hong-gai-01.jpg", "Đồng chí Vũ Thị Thu Hằng, Bí thư Đảng ủy phường thăm hỏi, tặng quà cựu chiến binh Phạm Văn Lự"),
           P("Tại các gia đình, đồng chí Bí thư Đảng ủy phường ân cần hỏi thăm sức khỏe, đời sống; bày tỏ lòng biết ơn đối với những đóng góp, hy sinh của các thế hệ cựu chiến binh, cựu thanh niên xung phong; mong các bác tiếp tục phát huy truyền thống, giáo dục con cháu và tham gia xây dựng khu phố văn minh."),
           P("Mỗi suất quà trị giá 1,5 triệu đồng, trích từ nguồn kinh phí của phường và sự ủng hộ của các doanh nghiệp trên địa bàn. Dịp này, Đảng ủy phường cũng tổ chức gặp mặt 60 cựu chiến binh tiêu biểu vào chiều 27/4."),
           I("/Upload/TinTuc/2029/04/tham-tang-qua-ccb-hong-gai-02.jpg", "Đoàn công tác tặng quà cựu thanh niên xung phong Nguyễn Thị Mận ở khu phố 7")])


def page08():
    pub = d("2029-04-10 16:40")
    site = "https://danguyhonggai.quangninh.gov.vn"
    pre = "ctl00_cphNoiDung_ucChiTiet"
    chf = lambda x: f"{twelve(x, am='sáng', pm='chiều')}, {wd(x)} {dmy(x)}"
    sig = "Tin, ảnh: Minh Khoa - Văn phòng Đảng ủy phường"

    def detail(rng, rl, rd):
        body = A08.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>',
                          img=lambda s, c, n: (f'<p style="text-align:center"><img src="{s}" alt="" style="width:620px" /></p>'
                                               f'<p style="text-align:center"><em>{esc(c)}</em></p>'))
        li = "".join(f'<div class="bd-item"><a href="{site}/tin-tuc/{slug(t)[:60]}-{1520 - k * 3}.aspx">{esc(t)}</a><span class="bd-item-date">{chf(x)}</span></div>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6480), 30000)
                + f'<div class="bd-detail"><div class="bd-kicker"><a href="{site}/chuyen-muc/hoat-dong-co-so.aspx" id="{pre}_hlChuyenMuc">Hoạt động cơ sở</a></div>'
                f'<h1 class="bd-title"><span id="{pre}_lblTieuDe">{esc(A08.title)}</span></h1>'
                f'<div class="bd-sapo"><strong><span id="{pre}_lblTomTat">{esc(A08.lead)}</span></strong></div>'
                f'<div class="bd-content" id="{pre}_divNoiDung">{body}<p style="text-align:right"><strong>{esc(sig)}</strong></p></div>'
                f'<div class="bd-info"><span id="{pre}_lblNgayDang">Đăng lúc {chf(pub)}</span> | <span id="{pre}_lblLuotXem">Lượt xem: 214</span></div>'
                f'{sharebar("bd-share")}</div><div class="bd-other"><h3>Tin đã đưa</h3>{li}</div>')

    def left(rng, p):
        today = pub + timedelta(days=2, hours=5, minutes=23)
        return f'<span class="bd-clock">{wd(today)}, {dmy(today)}</span>' + weather("Hạ Long", 29, "Có mây, gió nhẹ", today.replace(hour=5, minute=30), hum=81, cls="bd-weather")

    return mk54(8, "ward_party_committee_aspnet48_webforms_bachdang_cms_stamp_after_text_twelve_hour_chieu_kicker_tin_anh_name_dash_unit",
                "quangninh-danguyphuonghonggai-aspnet48-webforms-bachdang-cms-viewstate-weather-strip-section-kicker-no-crumb-bold-sapo-anniversary-days-centred-italic-captions-tin-anh-name-dash-unit-dang-luc-h-mm-chieu-weekday-date-after-text",
                "wf48bd", site, "/tin-tuc/dang-uy-phuong-hong-gai-tham-tang-qua-cuu-chien-binh-cuu-thanh-nien-xung-phong-1523.aspx", "Đảng ủy phường Hồng Gai", None, A08, pub, detail,
                "", "Hoạt động cơ sở", {"author": "Minh Khoa", "unit": "Văn phòng Đảng ủy phường", "photographer": "Minh Khoa"},
                "ASP.NET 4.8 WebForms, Bạch Đằng's CMS for ward Party committees (Site.Master, cphNoiDung, a 30 KB ViewState); a VISIT before the 30 April anniversary. No crumb: the "
                "section link printed over the headline, 'Hoạt động cơ sở', is the category (set 49's kicker). Bold lblTomTat → lead; its '(30/4/1975 - 30/4/2029)' and '54 năm' are the "
                "anniversary's days, and 'chiều 27/4' in the text is an event to come (set 25). The stamp is printed AFTER the text in the info row, a 12-hour time with a day period "
                "before the weekday and date: 'Đăng lúc 4:40 chiều, Thứ Ba 10/04/2029' → 2029-04-10T16:40 ('chiều' p.m., set 34); the 'Tin đã đưa' list prints other items in the same "
                "shape, the header a clock and a weather strip with its own 'Cập nhật'. Captions: the centred italic paragraphs under the pictures. 'Tin, ảnh: Minh Khoa - Văn phòng Đảng "
                "ủy phường' → author AND photographer, unit (set 31).",
                "ASP.NET 4.8 WebForms (Bạch Đằng's CMS), a visit: section kicker, no crumb, bold sapo, centred italic captions, 'Tin, ảnh: Name - unit', 'Đăng lúc h:mm chiều, Thứ Ba dd/mm/yyyy' after the text, weather strip",
                kb=185, fmt=chf, form=True, head_author="Minh Khoa", no_ld=True, left=left,
                traps={"meta": ["Lượt xem: 214"], "credit_as_printed": [sig], "weather": ["Có mây, gió nhẹ"]})


# ================================================================== page 9: a youth volunteer day (WordPress + Twenty Twenty-Three) — TWIST 3: '&' between credits and writers, '&' inside the unit
A09 = A51("Tuổi trẻ phường Ninh Kiều ra quân “Ngày Chủ nhật xanh” lần thứ hai năm 2029",
          "Sáng 8/4, Đoàn phường Ninh Kiều phối hợp với Hội Liên hiệp Thanh niên Việt Nam phường tổ chức ra quân “Ngày Chủ nhật xanh” lần thứ hai năm 2029 với sự tham gia của hơn 250 đoàn viên, thanh niên.",
          [P("Các đoàn viên, thanh niên đã chia thành 12 đội hình, thu gom rác thải dọc bờ kè rạch Khai Luông và các tuyến hẻm ở khu vực 3, khu vực 5; trồng mới 300 cây xanh, sơn sửa 2 tuyến hàng rào và vẽ tranh cổ động bảo vệ môi trường trên 120 m tường rào."),
           I("/wp-content/uploads/2029/04/ngay-chu-nhat-xanh-ninh-kieu-01.jpg", "Đoàn viên, thanh niên thu gom rác thải dọc bờ kè rạch Khai Luông"),
           P("Dịp này, Đoàn phường ra mắt công trình thanh niên “Tuyến hẻm xanh - sạch - đẹp - an toàn” tại hẻm 51, khu vực 3, với hệ thống đèn chiếu sáng năng lượng mặt trời và các thùng rác phân loại tại nguồn do đoàn viên vận động xã hội hóa."),
           I("/wp-content/uploads/2029/04/ngay-chu-nhat-xanh-ninh-kieu-02.jpg", "Đại diện Ban Thường vụ Đoàn phường ra mắt công trình thanh niên tại hẻm 51"),
           P("Anh Trần Quốc Bảo, Bí thư Đoàn phường cho biết: “Ngày Chủ nhật xanh” được tổ chức định kỳ vào Chủ nhật thứ hai của mỗi tháng, hướng tới mục tiêu mỗi chi đoàn khu vực nhận chăm sóc ít nhất một tuyến hẻm, một công trình công cộng.")])


def page09():
    pub, upd = d("2029-04-08 11:25"), d("2029-04-09 20:10")
    site = "https://doanphuongninhkieu.cantho.vn"
    wpf = lambda x: f"{x.day} Th{x.month}, {x.year}"  # WordPress vi, date_format 'j M, Y'
    sig = "Bài & ảnh: Ngọc Diệp & Hoàng Long (Phòng VH&XH phường Ninh Kiều)"

    def detail(rng, rl, rd):
        def wpimg(s, c, n):
            return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{GIF}" data-lazy-src="{site}{s}" alt="" class="wp-image-{2410 + n}" />'
                    f'<noscript><img decoding="async" width="1024" height="683" src="{site}{s}" alt="" class="wp-image-{2410 + n}" /></noscript><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
        body = A09.render(p=lambda t: f"<p>{esc(t)}</p>", img=wpimg)
        body += f'<p class="has-text-align-right"><strong>{esc(sig)}</strong></p>'
        cms = "".join(f'<li class="wp-block-comment-template-item"><div class="wp-block-comment-author-name">{esc(n)}</div>'
                      f'<div class="wp-block-comment-date"><time datetime="{iso(x)}">{x.day} Tháng {MONTHS_VI[x.month - 1]}, {x.year} lúc {twelve(x, am="sáng", pm="chiều")}</time></div>'
                      f'<div class="wp-block-comment-content"><p>{esc(c)}</p></div></li>'
                      for n, x, c in [("Lê Minh Thư", d("2029-04-08 21:14"), "Hẻm 51 giờ sáng đèn, sạch đẹp hẳn, cảm ơn các bạn đoàn viên!"),
                                      ("Phạm Gia Huy", d("2029-04-09 07:30"), "Chi đoàn khu vực 5 xin nhận chăm sóc thêm tuyến hẻm 12 ạ.")])
        rel_ = "".join(f'<li class="wp-block-post"><h3 class="wp-block-post-title"><a href="{site}/{slug(t)[:60]}/">{esc(t)}</a></h3>'
                       f'<div class="wp-block-post-date"><time datetime="{iso(x)}">{wpf(x)}</time></div></li>' for t, x in zip(rl[:6], rd))
        return (f'<div class="wp-block-group tt23-post-head"><div class="taxonomy-category wp-block-post-terms"><a href="{site}/chuyen-muc/tinh-nguyen/" rel="tag">Tình nguyện</a></div>'
                f'<h1 class="wp-block-post-title">{esc(A09.title)}</h1>'
                f'<div class="wp-block-group is-layout-flex tt23-meta"><div class="wp-block-post-date"><time datetime="{iso(pub)}">{wpf(pub)}</time></div>'
                f'<div class="wp-block-post-date tt23-modified">Cập nhật: <time datetime="{iso(upd)}">{wpf(upd)}</time></div>'
                f'<div class="wp-block-post-author-name">bởi <a href="{site}/author/doanphuongninhkieu/">doanphuongninhkieu</a></div></div>'
                f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(A09.lead)}</p></div></div>'
                f'<div class="entry-content wp-block-post-content is-layout-constrained">{body}</div>'
                f'<div class="taxonomy-post_tag wp-block-post-terms">Thẻ: <a href="{site}/the/ngay-chu-nhat-xanh/" rel="tag">Ngày Chủ nhật xanh</a>, <a href="{site}/the/moi-truong/" rel="tag">môi trường</a></div>'
                f'<div class="wp-block-comments"><h2 class="wp-block-comments-title">2 bình luận</h2><ol class="wp-block-comment-template">{cms}</ol></div>'
                f'<div class="wp-block-query tt23-more"><h2>Bài viết khác</h2><ul class="wp-block-post-template">{rel_}</ul></div>')

    return mk54(9, "ward_youth_union_wordpress_twentytwentythree_ampersand_credit_two_writers_unit_with_ampersand_twist",
                "cantho-doanphuongninhkieu-wordpress-twenty-twenty-three-block-theme-category-terms-above-title-j-m-y-th4-date-with-datetime-cap-nhat-modified-date-post-excerpt-lead-lazy-figures-bai-anh-ampersand-two-writers-ampersand-unit-twist",
                "tt23", site, "/tuoi-tre-phuong-ninh-kieu-ra-quan-ngay-chu-nhat-xanh-lan-thu-hai-nam-2029/", "Đoàn Thanh niên phường Ninh Kiều", "WordPress 6.8", A09, pub, detail,
                "", "Tình nguyện", {"author": "Ngọc Diệp, Hoàng Long", "photographer": "Ngọc Diệp, Hoàng Long", "unit": "Phòng VH&XH phường Ninh Kiều"},
                "TWIST 3. WordPress + Twenty Twenty-Three (a block theme); a YOUTH VOLUNTEER DAY. The credit typed last, bold right: 'Bài & ảnh: Ngọc Diệp & Hoàng Long (Phòng VH&XH "
                "phường Ninh Kiều)'. The same character does three different jobs: in 'Bài & ảnh:' it joins the two credits (= 'Bài và ảnh:', set 31: the people named wrote the text AND "
                "took the pictures); between 'Ngọc Diệp' and 'Hoàng Long' it joins two writers (= set 28's 'A và B') → author 'Ngọc Diệp, Hoàng Long', photographer 'Ngọc Diệp, Hoàng "
                "Long'; inside 'VH&XH' (Văn hóa - Xã hội) it is part of the office's name (set 27) → author_unit 'Phòng VH&XH phường Ninh Kiều', kept whole, shared by both. A naive "
                "reading keeps 'Ngọc Diệp & Hoàng Long' as one name, loses the photographers, or cuts the unit at its '&'. Stamps: the post-date block '8 Th4, 2029' (vi 'j M, Y': day, "
                "then 'Th4' = April) with its <time datetime> 11:25+07:00 → T11:25 (set 25 MAJORITY); the modified-date block 'Cập nhật: 9 Th4, 2029' with its datetime → updated "
                "T20:10. The post-excerpt block under the h1 → lead (set 42). Category: the category terms block above the title ('Tình nguyện'); 'Thẻ:' are tags; 'bởi "
                "doanphuongninhkieu' is the posting account. Captions: the image blocks' figcaptions (lazy data-lazy-src, the <noscript> copies carry none). Comments are chrome.",
                "TWIST WordPress + Twenty Twenty-Three, a youth volunteer day: 'Bài & ảnh: A & B (Phòng VH&XH …)' — '&' joins credits and writers, not the unit's letters; 'j M, Y' '8 Th4, 2029' + datetime, 'Cập nhật:' modified block, excerpt lead, category terms above the title",
                kb=165, upd=upd, fmt=wpf, head_author="Ngọc Diệp",
                traps={"credit_as_printed": [sig, "Ngọc Diệp & Hoàng Long"], "account": ["doanphuongninhkieu"],
                       "comments": ["Lê Minh Thư", "Chi đoàn khu vực 5 xin nhận chăm sóc thêm tuyến hẻm 12 ạ."],
                       "tags": ["Ngày Chủ nhật xanh, môi trường"]})


# ================================================================== page 10: an emulation review (Joomla 3.3, a vendor template) — TWIST 1: awardees typed last in a signature's shape, no credit; the info block's 'Sửa lần cuối' IS the item's
A10 = A51("Sơ kết phong trào thi đua “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động” quý I",
          "Ngày 9/4, Liên đoàn Lao động tỉnh phối hợp với Sở Nội vụ tổ chức hội nghị sơ kết phong trào thi đua “Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động” quý I năm 2029 tại các doanh nghiệp trên địa bàn tỉnh.",
          [P("Trong quý I, các cấp công đoàn đã phối hợp với người sử dụng lao động tổ chức 312 lớp huấn luyện an toàn, vệ sinh lao động cho hơn 41.000 lượt người lao động; 1.420 mạng lưới an toàn, vệ sinh viên được kiện toàn tại các doanh nghiệp. Số vụ tai nạn lao động giảm 18% so với cùng kỳ năm 2028."),
           P("Nhiều doanh nghiệp có cách làm sáng tạo như tổ chức “Giờ an toàn” đầu ca, thưởng nóng cho người lao động phát hiện nguy cơ mất an toàn, trồng cây xanh trong khuôn viên nhà xưởng. Phong trào đã thu hút 1.860 sáng kiến, cải tiến kỹ thuật, làm lợi cho doanh nghiệp hơn 96 tỷ đồng."),
           I("/images/tin-tuc/2029/04/so-ket-xanh-sach-dep-quy-i.jpg", "Lãnh đạo Liên đoàn Lao động tỉnh trao giấy khen cho các tập thể có thành tích xuất sắc trong phong trào"),
           P("Dịp này, Liên đoàn Lao động tỉnh tặng Bằng khen cho 15 tập thể, 28 cá nhân có thành tích xuất sắc trong phong trào; phát động Tháng hành động về an toàn, vệ sinh lao động năm 2029 với chủ đề “Tăng cường chuyển đổi số trong công tác an toàn, vệ sinh lao động”."),
           P("Hội nghị thống nhất đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 3 cá nhân tiêu biểu của phong trào, gồm:"),
           P("Đồng chí Phạm Thị Hồng - Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Tân Phong;"),
           P("Đồng chí Nguyễn Văn Khải - Phó Chủ tịch Công đoàn Khu công nghiệp Nhơn Trạch;"),
           P("Đồng chí Lê Văn Tâm - Tổ trưởng an toàn, vệ sinh viên, Công ty cổ phần Nhựa Long Thành.")])
JD = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def page10():
    pub, upd = d("2029-04-10 07:50"), d("2029-04-11 10:25")
    site = "https://congdoandongnai.org.vn"
    jf = lambda x: f"{JD[x.weekday()]}, {x.strftime('%d-%m-%Y')} {hm(x)}"

    def detail(rng, rl, rd):
        out = [f'<p style="text-align: justify;"><strong>{esc(A10.lead)}</strong></p>']
        for b in A10.blocks:
            out.append(f'<p style="text-align: justify;">{esc(b[1])}</p>' if b[0] == "p" else wf_caption(b[1], b[2]))
        info = (f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby">Viết bởi <span>ldld_dongnai</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="{site}/index.php/thi-dua-khen-thuong">Thi đua - Khen thưởng</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> Ngày đăng: {jf(pub)}</dd>'
                f'<dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 348</dd></dl>')
        info2 = (f'<dl class="article-info muted"><dd class="modified"><span class="icon-calendar"></span> Sửa lần cuối: {jf(upd)}</dd></dl>')
        nav = (f'<ul class="pager pagenav"><li class="previous"><a href="{site}/index.php/thi-dua-khen-thuong/{slug(rl[0])[:50]}" rel="prev">&lt; Trước</a></li>'
               f'<li class="next"><a href="{site}/index.php/thi-dua-khen-thuong/{slug(rl[1])[:50]}" rel="next">Tiếp &gt;</a></li></ul>')
        more = "".join(f'<li><a href="{site}/index.php/thi-dua-khen-thuong/{slug(t)[:50]}">{esc(t)}</a> <span class="small">({jf(x)})</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">{esc(A10.title)}</h2></div>'
                f'{info}<div class="btn-group pull-right"><a class="btn" href="#">In</a> <a class="btn" href="#">E-mail</a></div>'
                f'<div itemprop="articleBody">{"".join(out)}</div>{info2}{nav}</div>'
                f'<div class="moduletable ld33-more"><h3>Tin cùng chuyên mục</h3><ul class="category-module">{more}</ul></div>')

    return mk54(10, "labour_federation_joomla33_vendor_template_sua_lan_cuoi_jce_wf_caption_awardees_closing_the_text_no_credit_twist",
                "dongnai-ldldtinh-joomla33-vendor-template-h2-headline-viet-boi-account-danh-muc-label-ngay-dang-t3-dd-mm-yyyy-dashes-sua-lan-cuoi-below-text-bold-first-paragraph-lead-jce-wf-caption-list-of-awardees-name-dash-post-closing-the-text-no-signature-twist",
                "j33ld", site, "/index.php/thi-dua-khen-thuong/so-ket-phong-trao-thi-dua-xanh-sach-dep-quy-i", "Liên đoàn Lao động tỉnh Đồng Nai", "Joomla! - Open Source Content Management", A10, pub, detail,
                '<ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li><a href="/" class="pathway">Trang chủ</a></li></ul>',
                "Thi đua - Khen thưởng", {},
                "TWIST 1. Joomla 3.3 under a vendor's Bootstrap 2 template for the provincial labour federation; an EMULATION REVIEW. The text ENDS with the people it commends: after "
                "'… đề nghị Tổng Liên đoàn Lao động Việt Nam tặng Bằng khen cho 3 cá nhân tiêu biểu của phong trào, gồm:' the editor typed three paragraphs in the very shape of a "
                "signature — 'Đồng chí Phạm Thị Hồng - Chủ tịch Công đoàn cơ sở Công ty TNHH Giày Tân Phong;', 'Đồng chí Nguyễn Văn Khải - Phó Chủ tịch …;', and LAST 'Đồng chí Lê Văn "
                "Tâm - Tổ trưởng an toàn, vệ sinh viên, Công ty cổ phần Nhựa Long Thành.' — and nothing after them: the item carries NO credit at all (the info block names only the "
                "posting account 'ldld_dongnai', set 46). The three lines are the text's own list, introduced by its sentence ('gồm:') and punctuated as one (';' … '.'): body, one "
                "paragraph each, and none of them is a byline (set 47: a line is the item's signature only if it names who wrote the item; set 42: 'Đồng chí' is a form of address) → "
                "author null, author_unit null. Read naively (the last short 'Name - unit' paragraph of the text is the credit) the record would be signed by the last awardee. "
                "com_content's info block above the text: 'Danh mục: Thi đua - Khen thưởng' → category (label dropped; the crumb prints only 'Trang chủ'), 'Ngày đăng: T3, 10-04-2029 "
                "07:50' (a short weekday and day-month-year with dashes) → T07:50; below the text: 'Sửa lần cuối: T4, 11-04-2029 10:25' → updated 2029-04-11T10:25 — the ITEM's own "
                "modification, printed by the item's info block (contrast page 6, where 'Sửa lần cuối' heads a column of FILES). The intro typed bold as the first paragraph → lead (sets "
                "30, 31). The picture is wrapped by JCE's caption plugin (span.wf_caption > img + span) → its span is the caption. 'Tin cùng chuyên mục' prints other items' stamps in "
                "the item's shape.",
                "TWIST Joomla 3.3 (a vendor template), an emulation review: the text ends with three awardees typed 'Đồng chí Name - post, unit;' (the text's list, not a credit: author null), 'Ngày đăng: T3, dd-mm-yyyy HH:MM' above, 'Sửa lần cuối: T4, …' below (the item's), 'Viết bởi' account, 'Danh mục:' label, bold first paragraph lead, JCE wf_caption",
                kb=170, upd=upd, fmt=jf, head_title=f"{A10.title} - Liên đoàn Lao động tỉnh Đồng Nai",
                traps={"meta": ["Lượt xem: 348", "ldld_dongnai"]})


# ================================================================== page 11: a training course (Drupal 7 + Marinelli) — the stamp after the text with a word month, a writer card as the only credit
A11 = A51("Hội Nông dân tỉnh tập huấn kỹ năng vận động nông dân tham gia hợp tác xã kiểu mới",
          "Trong hai ngày 5 và 6/4, Hội Nông dân tỉnh tổ chức lớp tập huấn kỹ năng vận động, hướng dẫn nông dân tham gia tổ hợp tác, hợp tác xã kiểu mới cho 95 cán bộ Hội chủ chốt các xã, phường.",
          [P("Tại lớp tập huấn, học viên được báo cáo viên của Liên minh Hợp tác xã tỉnh và Trung tâm Hỗ trợ nông dân truyền đạt các chuyên đề: những điểm mới của Luật Hợp tác xã; quy trình thành lập tổ hợp tác, hợp tác xã; kỹ năng xây dựng phương án sản xuất, kinh doanh và liên kết tiêu thụ sản phẩm theo chuỗi giá trị."),
           I("/sites/default/files/2029-04/tap-huan-hop-tac-xa-kieu-moi-01.jpg", "Báo cáo viên Liên minh Hợp tác xã tỉnh trao đổi với học viên lớp tập huấn"),
           P("Học viên cũng được đi thực tế tại Hợp tác xã bưởi Năm Roi Mỹ Hòa, nơi có 46 thành viên với 82 ha bưởi đạt chứng nhận VietGAP, liên kết tiêu thụ ổn định với 3 doanh nghiệp xuất khẩu."),
           I("/sites/default/files/2029-04/tap-huan-hop-tac-xa-kieu-moi-02.jpg", "Học viên tham quan mô hình của Hợp tác xã bưởi Năm Roi Mỹ Hòa"),
           P("Năm 2029, Hội Nông dân tỉnh phấn đấu vận động thành lập mới ít nhất 20 tổ hợp tác và 8 hợp tác xã nông nghiệp do hội viên nông dân làm nòng cốt.")])


def page11():
    pub = d("2029-04-09 15:05")
    site = "https://hoinongdan.vinhlong.gov.vn"
    drf = lambda x: f"{x.day} Tháng {MONTHS_VI[x.month - 1]} {x.year} - {hm(x)}"
    card_name, card_post = "Võ Thị Kim Ngân", "Chuyên viên Ban Tuyên giáo Hội Nông dân tỉnh"

    def detail(rng, rl, rd):
        fig_ = lambda s, c, n: f'<figure class="image"><img alt="{esc(c, True)}" height="480" src="{s}" width="720" /><figcaption>{esc(c)}</figcaption></figure>'
        body = A11.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=fig_)
        card = (f'<div class="block block-views" id="block-views-tac-gia-block"><h2 class="block-title">Tác giả bài viết</h2><div class="view-content"><div class="author-card">'
                f'<img src="/sites/default/files/styles/thumbnail/public/tac-gia/vo-thi-kim-ngan.jpg" alt="" class="author-photo" />'
                f'<div class="views-field views-field-title"><span class="field-content"><a href="/tac-gia/vo-thi-kim-ngan">{esc(card_name)}</a></span></div>'
                f'<div class="views-field views-field-field-chuc-vu"><div class="field-content">{esc(card_post)}</div></div>'
                f'<div class="views-field views-field-nothing"><span class="field-content"><a href="/tac-gia/vo-thi-kim-ngan">Xem các bài viết khác</a></span></div></div></div></div>')
        more = "".join(f'<li><a href="{site}/node/{4480 - k * 7}">{esc(t)}</a> <span class="date-display-single">{drf(x)}</span></li>' for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (f'<h1 class="title" id="page-title">{esc(A11.title)}</h1>'
                f'<div id="node-4487" class="node node-article node-promoted clearfix" about="/node/4487" typeof="sioc:Item foaf:Document">'
                f'<div class="content"><div class="field field-name-field-sapo field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even"><strong>{esc(A11.lead)}</strong></div></div></div>'
                f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div></div>'
                f'<div class="meta mar7-meta-bottom"><span class="submitted">Gửi bởi <span class="username">hoinongdan_vl</span> · Đăng ngày <span property="dc:date dc:created" content="{iso(pub)}" datatype="xsd:dateTime">{drf(pub)}</span></span></div>'
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">Từ khóa:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tu-khoa/hop-tac-xa">hợp tác xã</a></div><div class="field-item odd"><a href="/tu-khoa/tap-huan">tập huấn</a></div></div></div>'
                f'<ul class="links inline"><li class="print_html first"><a href="/print/4487">In trang</a></li><li class="statistics_counter last"><span>315 lượt đọc</span></li></ul></div>'
                f'{card}<div class="block mar7-more"><h2 class="block-title">Bài viết cùng chuyên mục</h2><ul>{more}</ul></div>')

    return mk54(11, "farmers_association_drupal7_marinelli_stamp_after_text_word_month_writer_card_only_credit",
                "vinhlong-hoinongdantinh-drupal7-marinelli-page-title-h1-sapo-field-figure-figcaptions-submitted-after-text-gui-boi-account-dang-ngay-d-thang-tu-yyyy-dash-hh-mm-views-writer-card-name-post-line-only-credit",
                "d7marinelli", site, "/tin-tuc/hoat-dong-hoi/hoi-nong-dan-tinh-tap-huan-ky-nang-van-dong-nong-dan-tham-gia-hop-tac-xa-kieu-moi", "Hội Nông dân tỉnh Vĩnh Long", "Drupal 7 (http://drupal.org)", A11, pub, detail,
                f'<h2 class="element-invisible">Bạn đang ở đây</h2><div class="breadcrumb"><a href="{site}/">Trang chủ</a> › <a href="{site}/tin-tuc">Tin tức</a> › <a href="{site}/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></div>',
                "Hoạt động Hội", {"author": card_name},
                "Drupal 7 under the Marinelli theme; a TRAINING COURSE. The node prints its stamp only AFTER the text, in the submitted line at the bottom: 'Gửi bởi hoinongdan_vl · Đăng "
                "ngày 9 Tháng Tư 2029 - 15:05' → 2029-04-09T15:05 (a custom 'j F Y - H:i' under the vi translation: day, word month, year; 'hoinongdan_vl' is the posting account, set "
                "46). The sapo field (bold) → lead; the two CKEditor figures' figcaptions → captions. The text carries no signature; the only credit is the Views block 'Tác giả bài viết' "
                "after the node — a WRITER CARD (photo, name, post, 'Xem các bài viết khác'): it names the writer, so author 'Võ Thị Kim Ngân' (set 45: an author card naming a person is "
                "the writer when the page prints no other credit), and its post line 'Chuyên viên Ban Tuyên giáo Hội Nông dân tỉnh' is a profile's, not the unit (set 34) → author_unit "
                "null. The 'Bài viết cùng chuyên mục' block prints other items' stamps in the item's shape; '315 lượt đọc' is a counter. Category: the crumb's last level.",
                "Drupal 7 + Marinelli, a training course: sapo field, figcaptions, the stamp only after the text 'Đăng ngày d Tháng Tư yyyy - HH:MM' with the poster account, a writer card (name + post) as the only credit",
                kb=160, fmt=drf, head_author=card_name, no_ld=True,
                traps={"meta": ["315 lượt đọc", "hoinongdan_vl"], "card_post": [card_post]})


# ================================================================== page 12: a video item (a merged press agency's video detail) — TWIST 2: 'Nhóm PV (names)'; the date and a duration in the crumb row
A12 = A51("Tỉnh ủy gặp mặt cán bộ lão thành cách mạng nhân kỷ niệm 54 năm Ngày Giải phóng miền Nam",
          "Sáng 11/4, Thường trực Tỉnh ủy Cà Mau tổ chức gặp mặt 120 cán bộ lão thành cách mạng, cán bộ tiền khởi nghĩa, Mẹ Việt Nam Anh hùng và người có công tiêu biểu nhân kỷ niệm 54 năm Ngày Giải phóng miền Nam, thống nhất đất nước.",
          [P("Tại buổi gặp mặt, đồng chí Thạch Hoàng Nam, Bí thư Tỉnh ủy thông tin với các đại biểu về kết quả thực hiện nhiệm vụ chính trị quý I năm 2029 của tỉnh; bày tỏ lòng tri ân sâu sắc đối với những đóng góp to lớn của các thế hệ cách mạng đi trước."),
           RAW("__XEMTHEM__"),
           P("Các đại biểu phấn khởi trước những đổi thay của quê hương; đề nghị các cấp ủy quan tâm hơn nữa đến công tác giáo dục truyền thống cho thế hệ trẻ, chăm lo đời sống gia đình chính sách, người có công ở vùng sâu, vùng xa.")])
CAP12 = "Quang cảnh buổi gặp mặt cán bộ lão thành cách mạng tại Hội trường Tỉnh ủy"


def page12():
    pub = d("2029-04-11 20:15")
    site = "https://baocamau.vn"
    pvf = lambda x: f"{hm(x)} - {dmy(x)}"  # the agency's stamp shape on articles (the inline box, the rail)
    DUR = ["02:15", "05:08", "27:30", "03:56", "14:50", "01:48"]
    vdf = lambda x, dur: (f'<time datetime="{iso(x)}">{dmy(x)}</time> <span class="pv-dur" title="Thời lượng"><i class="icon-play-circle"></i> {dur}</span>')
    credit = "Nhóm PV (Thu Hằng, Trọng Nhân) | Quay phim: Hữu Nghĩa, Minh Luân | Dựng: Thanh Trúc"

    def detail(rng, rl, rd):
        xt, xs = other34(rng, 1)[0]
        xd = pub - timedelta(days=3, hours=2)
        xem = (f'<div class="pv-inline"><div class="pv-inline-label">Xem thêm</div><a class="pv-inline-title" href="{site}/chinh-tri/{slug(xt)[:60]}-a{88120 + 3}.html">{esc(xt)}</a>'
               f'<div class="pv-inline-date">{pvf(xd)}</div><p class="pv-inline-sapo">{esc(xs)}</p></div>')
        out = []
        for b in A12.blocks:
            out.append(f'<p style="text-align:justify">{esc(b[1])}</p>' if b[0] == "p" else xem)
        video = (f'<figure class="pv-video"><div class="pv-player" data-duration="03:42"><div class="pv-player-bar"><span class="pv-player-title">{esc(A12.title)}</span>'
                 f'<span class="pv-player-dur">Thời lượng: 03:42</span></div><video controls preload="none" poster="/uploads/video/2029/04/11/gap-mat-lao-thanh.jpg">'
                 f'<source src="https://media.baocamau.example/video/2029/04/11/gap-mat-lao-thanh-720p.mp4" type="video/mp4" /></video></div>'
                 f'<figcaption>{esc(CAP12)}</figcaption></figure>')
        crumb_row = (f'<div class="pv-crumb-row"><ol class="pv-crumb"><li><a href="{site}/chinh-tri/">Chính trị</a></li><li><a href="{site}/chinh-tri/xay-dung-dang/">Xây dựng Đảng</a></li></ol>'
                     f'<span class="pv-badge">VIDEO</span> <span class="pv-crumb-date">{vdf(pub, "03:42")}</span></div>')
        cm = comments_box([("Trần Văn Út", "11/04/2029 21:40", "Xúc động khi xem các bác lão thành kể chuyện xưa."),
                           ("Lâm Thị Diễm", "12/04/2029 06:15", "Mong báo có thêm phóng sự về các Mẹ Việt Nam Anh hùng ở U Minh.")], head="Bình luận", cls="pv-cmt")
        more = "".join(f'<li><a href="{site}/video/{slug(t)[:60]}-v{5510 - k}.html">{esc(t)}</a> <span class="pv-more-date">{vdf(x, dur)}</span></li>'
                       for k, (t, x, dur) in enumerate(zip(rl[:6], rd, DUR)))
        return (crumb_row + f'<h1 class="pv-title">{esc(A12.title)}</h1>{video}'
                f'<div class="pv-sapo"><strong>{esc(A12.lead)}</strong></div><div class="pv-content">{"".join(out)}</div>'
                f'<div class="pv-credit" style="text-align:right"><strong>{esc(credit)}</strong></div>{sharebar("pv-share")}{cm}'
                f'<div class="pv-more"><h3>Video khác</h3><ul>{more}</ul></div>')

    return mk54(12, "merged_press_agency_video_detail_nhom_pv_with_names_in_parentheses_duration_beside_date_in_crumb_row_twist",
                "camau-baovaptth-press-cms-video-detail-crumb-row-video-badge-date-with-datetime-then-play-icon-duration-player-bar-duration-video-figcaption-bold-sapo-inline-xem-them-box-nhom-pv-paren-two-names-quay-phim-dung-credits-twist",
                "press_vcr", site, "/video/tinh-uy-gap-mat-can-bo-lao-thanh-cach-mang-nhan-ky-niem-54-nam-ngay-giai-phong-mien-nam-v5518.html", "Báo và Phát thanh, Truyền hình Cà Mau", None, A12, pub, detail,
                "", "Xây dựng Đảng", {"author": "Thu Hằng, Trọng Nhân", "captions": [CAP12]},
                "TWIST 2. A merged press agency's CMS, the VIDEO detail; a commemorative meeting held on the morning of 11/4. The credit line under the text: 'Nhóm PV (Thu Hằng, Trọng "
                "Nhân) | Quay phim: Hữu Nghĩa, Minh Luân | Dựng: Thanh Trúc'. The parenthesis after the collective credit holds PEOPLE, not an organisation: 'Nhóm PV' (the reporters' "
                "team) is the label of the group and the two names in it are its members → author 'Thu Hằng, Trọng Nhân' (set 42: 'Nhóm phóng viên: A - B - C' names its writers; set "
                "44: a person's name in a byline's parentheses is no unit; set 26's collective credit is kept as printed only when it names nobody) → author_unit null. Read naively "
                "('Name (unit)') the record gets the author 'Nhóm PV' and the unit 'Thu Hằng, Trọng Nhân'. Camera operators and the footage's editor are no photographers and no "
                "writers (sets 26, 30) → photographer null. Same page, restated (sets 23 and 34): the crumb row prints, after the levels and the 'VIDEO' badge, the date and — behind a "
                "play icon only — the clip's DURATION: '11/04/2029 ▶ 03:42'. 03:42 is no time of day (span.pv-dur titled 'Thời lượng', the player's 'Thời lượng: 03:42' and "
                "data-duration, the 'Video khác' list's '27:30'; the meeting the clip shows was held that morning); the date's <time datetime='2029-04-11T20:15:00+07:00'> on that very "
                "stamp agrees with the printed day → published 2029-04-11T20:15 (set 25 MAJORITY). The category is the crumb's last level, the badge names the form (set 27). The "
                "editor's figcaption under the player is the caption (set 26). Bold sapo → lead; the 'Xem thêm' box between the two paragraphs (another item's headline, stamp and "
                "sapo) is a box (set 24).",
                "TWIST press CMS video detail: 'Nhóm PV (Thu Hằng, Trọng Nhân) | Quay phim: … | Dựng: …' — the parenthesis names the team's writers, not a unit; the crumb row's 'dd/mm/yyyy ▶ 03:42' (a duration beside the date, with the date's datetime), video figcaption, inline 'Xem thêm' box",
                kb=226, fmt=pvf, head_author="Thu Hằng",
                traps={"player": ["Thời lượng: 03:42", "VIDEO"], "credit_as_printed": [credit, "Nhóm PV (Thu Hằng, Trọng Nhân)", "Hữu Nghĩa, Minh Luân", "Thanh Trúc"],
                       "duration": ["27:30"],
                       "comments": ["Trần Văn Út", "Mong báo có thêm phóng sự về các Mẹ Việt Nam Anh hùng ở U Minh."]})


# ================================================================== page 13: a visit (a static site exported from Mobirise) — the day typed in words in the header block's subtitle, a bold first paragraph, mbr-figure-captions, '(CTV)'
A13 = A51("Hội Cựu chiến binh phường Đông Hà thăm, tặng quà hội viên có hoàn cảnh khó khăn",
          "Hướng tới kỷ niệm 54 năm Ngày Giải phóng miền Nam, thống nhất đất nước, ngày 11/4, Ban Chấp hành Hội Cựu chiến binh phường Đông Hà đã đến thăm, tặng quà 18 hội viên có hoàn cảnh khó khăn, hội viên ốm đau dài ngày trên địa bàn.",
          [P("Đoàn đã đến thăm hội viên Lê Văn Sáu, 81 tuổi, ở khu phố 2, bị ảnh hưởng chất độc da cam, hiện sống cùng người con gái bị bệnh tật. Tại đây, đồng chí Hoàng Văn Lợi, Chủ tịch Hội Cựu chiến binh phường ân cần hỏi thăm sức khỏe, động viên gia đình vượt qua khó khăn."),
           I("assets/images/tham-hoi-vien-le-van-sau-1400x933.jpg", "Lãnh đạo Hội Cựu chiến binh phường thăm hỏi, tặng quà hội viên Lê Văn Sáu"),
           P("Mỗi suất quà gồm 1 triệu đồng tiền mặt và một số nhu yếu phẩm, từ nguồn Quỹ “Đồng đội giúp nhau” của Hội và sự ủng hộ của các hội viên là chủ doanh nghiệp. Năm 2028, Quỹ đã hỗ trợ 42 lượt hội viên ốm đau, khó khăn với tổng số tiền 96 triệu đồng."),
           I("assets/images/tang-qua-khu-pho-5-1400x933.jpg", "Hội viên cựu chiến binh khu phố 5 nhận quà của Hội")])


def page13():
    pub = d("2029-04-12 10:00")
    site = "https://ccbdongha.quangtri.vn"
    sig = "Minh Tâm (CTV)"

    def detail(rng, rl, rd):
        sec = lambda kind, cid, inner: f'<section class="{kind} cid-{cid}" id="{kind}-{cid[-2:]}"><div class="container">{inner}</div></section>'
        out = [sec("header1", "tN6xq3head",
                   '<div class="row justify-content-md-center"><div class="mbr-white col-md-10"><p class="mbr-section-kicker mbr-fonts-style display-7">HOẠT ĐỘNG HỘI</p>'
                   f'<h1 class="mbr-section-title align-center mbr-bold pb-3 mbr-fonts-style display-2">{esc(A13.title)}</h1>'
                   '<h3 class="mbr-section-subtitle align-center mbr-light pb-3 mbr-fonts-style display-5">Ngày 12 tháng 4 năm 2029</h3></div></div>'),
               sec("content4", "tN6xq4lead", f'<div class="mbr-text col-12 col-md-10 mbr-fonts-style display-7"><p><strong>{esc(A13.lead)}</strong></p></div>')]
        k = 5
        for b in A13.blocks:
            k += 1
            if b[0] == "p":
                out.append(sec("content4", f"tN6xq{k}text", f'<div class="mbr-text col-12 col-md-10 mbr-fonts-style display-7"><p>{esc(b[1])}</p></div>'))
            else:
                out.append(sec("image1", f"tN6xq{k}pic", f'<figure class="mbr-figure"><div class="image-block" style="width: 66%;"><img src="{b[1]}" width="1400" alt="Mobirise" title="">'
                                                          f'<p class="mbr-figure-caption mbr-fonts-style display-7">{esc(b[2])}</p></div></figure>'))
        out.append(sec("content4", "tN6xq9sign", f'<div class="mbr-text col-12 col-md-10 mbr-fonts-style display-7"><p style="text-align: right;"><strong>{esc(sig)}</strong></p></div>'))
        lis = "".join(f'<li><a href="tin-{slug(t)[:40]}.html">{esc(t)}</a> <em>(ngày {x.day} tháng {x.month} năm {x.year})</em></li>' for t, x in zip(rl[:6], rd))
        out.append(sec("content5", "tN6xqBolds", f'<h4 class="mbr-section-subtitle mbr-fonts-style display-5">Các tin đã đưa</h4><ul class="mbr-text mbr-fonts-style display-7">{lis}</ul>'))
        return "".join(out)

    def side(rng, p):
        ts, ds = heads14(rng, 6), past(p, rng, 6, 1, 20)
        cards = "".join(f'<div class="card p-3 col-12 col-md-6 col-lg-4"><div class="card-wrapper"><div class="card-img"><img src="assets/images/tin-{k + 1}-800x533.jpg" alt="Mobirise" title=""></div>'
                        f'<div class="card-box"><h4 class="card-title pb-3 mbr-fonts-style display-7">{esc(t)}</h4><p class="mbr-text mbr-fonts-style display-7">Ngày {x.day} tháng {x.month} năm {x.year}</p></div>'
                        f'<div class="mbr-section-btn text-center"><a href="tin-{slug(t)[:40]}.html" class="btn btn-primary display-4">Xem tiếp</a></div></div></div>' for k, (t, x) in enumerate(zip(ts, ds)))
        return f'<h2 class="mbr-section-title pb-3 align-center mbr-fonts-style display-5">TIN KHÁC</h2><div class="media-container-row">{cards}</div>'

    def post(h):
        h = h.replace("<head>", '<head><meta name="generator" content="Mobirise v5.9.13, mobirise.com">', 1)
        return h.replace("</body>", '<section style="background-color: #fff; font-family: Arial; text-align: center; padding: 8px 0;"><a href="https://mobirise.com/" style="color:#aaa;font-size:12px">Made with Mobirise</a></section></body>', 1)

    today = pub + timedelta(days=2, hours=5, minutes=23)
    return mk54(13, "veterans_association_mobirise_static_site_date_in_words_in_header_subtitle_figure_captions_ctv_suffix",
                "quangtri-hoiccbphuongdongha-static-site-exported-from-mobirise-stacked-blocks-header-kicker-h1-subtitle-date-in-words-ngay-thang-nam-no-time-bold-lead-block-mbr-figure-captions-name-ctv-tin-khac-cards-dates-in-words",
                "mobirise", site, "/tin-ccb-phuong-dong-ha-tham-tang-qua-hoi-vien-kho-khan.html", "Hội Cựu chiến binh phường Đông Hà", None, A13, pub, detail,
                f'<p class="mbr-fonts-style display-7"><a href="index.html">Trang chủ</a> / <a href="hoat-dong-hoi.html">Hoạt động Hội</a></p>', "Hoạt động Hội", {"author": "Minh Tâm"},
                "A STACK NO SET HAS USED: a static site exported from Mobirise (an offline Bootstrap site builder: stacked 'cid-…' sections — menu1, header1, content4, image1, features3, "
                "footer3 — a generator meta and the builder's 'Made with Mobirise' line; no CMS, no og, no JSON-LD); a VISIT by a ward's veterans' association. The editor typed the day "
                "in words in the header block's SUBTITLE under the h1, with no time: 'Ngày 12 tháng 4 năm 2029' → published '2029-04-12' (date only; nothing on the page completes it, and "
                "the 'TIN KHÁC' cards print their own days in the same words). No update stamp → updated null. The first text block typed bold → lead (sets 30, 31). Captions: the "
                "p.mbr-figure-caption under each picture (the images' alt is the builder's 'Mobirise'). 'Minh Tâm (CTV)' typed last → author 'Minh Tâm' ('(CTV)' dropped as a status). "
                "Category: the crumb's last level 'Hoạt động Hội' (the header block's kicker 'HOẠT ĐỘNG HỘI' repeats it in capitals).",
                "NEW STACK: a static site exported from Mobirise (stacked blocks), a visit: 'Ngày 12 tháng 4 năm 2029' typed in the header block's subtitle (date only), bold first block lead, mbr-figure-captions, 'Name (CTV)', 'TIN KHÁC' cards with days in words",
                kb=158, fmt=lambda x: f"Ngày {x.day} tháng {x.month} năm {x.year}", bare_head=True, side=side, published="2029-04-12",
                left=f'<span class="ngayhomnay">{wd(today)}, ngày {dmy(today)}</span>', post=post,
                traps={"credit_as_printed": [sig], "builder": ["Made with Mobirise"], "kicker": ["HOẠT ĐỘNG HỘI"]})


# ================================================================== page 14: a supervision conference (AdonisJS 6 with Edge templates) — '10:45 SA · weekday, date', a relative age, an inline card, 'Name - unit' + 'Ảnh: Name', a writer card with a pen name
A14 = A51("Ủy ban MTTQ phường Long Xuyên giám sát việc thực hiện dân chủ ở cơ sở tại các khu phố",
          "Ngày 11/4, Ủy ban MTTQ Việt Nam phường Long Xuyên tổ chức hội nghị thông qua kết quả giám sát việc thực hiện Luật Thực hiện dân chủ ở cơ sở tại 6 khu phố trên địa bàn phường.",
          [P("Qua giám sát, đoàn đánh giá các khu phố đã niêm yết công khai các nội dung phải công khai theo quy định; 100% khu phố tổ chức hội nghị khu phố định kỳ, Nhân dân được bàn và quyết định trực tiếp các công trình chỉnh trang hẻm, lắp đặt đèn chiếu sáng, camera an ninh."),
           P("Bên cạnh đó, đoàn giám sát cũng chỉ ra một số hạn chế: việc ghi biên bản hội nghị ở một số khu phố còn sơ sài; việc công khai thu, chi các khoản đóng góp tự nguyện chưa kịp thời; Ban Thanh tra nhân dân ở 2 khu phố hoạt động chưa thường xuyên."),
           I("/uploads/2029/04/giam-sat-dan-chu-co-so-long-xuyen-01.jpg", "Quang cảnh hội nghị thông qua kết quả giám sát"),
           RAW("__CARD__"),
           P("Phát biểu tại hội nghị, bà Nguyễn Thị Kim Thoa, Chủ tịch Ủy ban MTTQ Việt Nam phường đề nghị Ban Công tác Mặt trận các khu phố phối hợp với trưởng khu phố khắc phục ngay những hạn chế đã được chỉ ra; định kỳ 6 tháng báo cáo kết quả về Ủy ban MTTQ phường."),
           I("/uploads/2029/04/giam-sat-dan-chu-co-so-long-xuyen-02.jpg", "Bà Nguyễn Thị Kim Thoa, Chủ tịch Ủy ban MTTQ Việt Nam phường phát biểu tại hội nghị")])


def page14():
    pub = d("2029-04-12 10:45")
    today = pub + timedelta(days=2, hours=5, minutes=23)
    site = "https://mattranlongxuyen.angiang.vn"
    adf = lambda x: f"{twelve(x, pad=True)} · {wd(x)}, {dmy(x)}"
    sig, photo = "Hải Yến - Ủy ban MTTQ Việt Nam phường Long Xuyên", "Ảnh: Quang Minh"

    def detail(rng, rl, rd):
        ct, cs = other34(rng, 1)[0]
        cd = pub - timedelta(days=6, hours=3)
        card = (f'<aside class="ad-inline-card"><span class="ad-inline-label">Đọc thêm</span><a href="{site}/tin-tuc/{slug(ct)[:60]}">{esc(ct)}</a>'
                f'<div class="ad-inline-meta">{adf(cd)} · Thanh Tâm</div><p>{esc(cs)}</p></aside>')
        out = []
        for b in A14.blocks:
            if b[0] == "p":
                out.append(f"<p>{esc(b[1])}</p>")
            elif b[0] == "raw":
                out.append(card)
            else:
                out.append(f'<figure class="ad-figure"><img src="{b[1]}" alt="{esc(b[2], True)}" loading="lazy" width="960" height="640"><figcaption>{esc(b[2])}</figcaption></figure>')
        out += [f'<p class="ad-sign"><strong>{esc(sig)}</strong></p>', f'<p class="ad-photo"><em>{esc(photo)}</em></p>']
        wcard = ('<section class="ad-writer"><img class="ad-writer-avatar" src="/img/tac-gia/hai-yen.jpg" alt=""><div class="ad-writer-body"><div class="ad-writer-name">Hải Yến</div>'
                 '<div class="ad-writer-bio">Bút danh của Nguyễn Thị Hải Yến, cán bộ Văn phòng Ủy ban MTTQ Việt Nam phường</div><div class="ad-writer-count">Bài viết: 214</div></div></section>')
        cms = "".join(f'<li class="ad-cmt"><b>{esc(n)}</b> <span class="ad-cmt-time">{esc(s)}</span><p>{esc(c)}</p></li>'
                      for n, s, c in [("Võ Văn Hậu", "12/04/2029 · 19:22", "Khu phố 4 đã bổ sung biên bản họp đầy đủ, đề nghị Mặt trận kiểm tra lại."),
                                      ("Lý Thị Ngọc", "13/04/2029 · 08:05", "Cảm ơn Mặt trận phường đã lắng nghe ý kiến bà con.")])
        more = "".join(f'<li><a href="{site}/tin-tuc/{slug(t)[:60]}">{esc(t)}</a><span>{adf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<article class="ad-article"><a class="ad-chip" href="{site}/chuyen-muc/giam-sat-phan-bien">Giám sát - Phản biện</a>'
                f'<h1 class="ad-title">{esc(A14.title)}</h1>'
                f'<div class="ad-meta"><time datetime="{iso(pub)}">{adf(pub)}</time> <span class="ad-ago">· 2 ngày trước</span> <span class="ad-views">· 403 lượt xem</span></div>'
                f'<p class="ad-sapo"><strong>{esc(A14.lead)}</strong></p><div class="ad-body">{"".join(out)}</div>'
                f'{wcard}{sharebar("ad-share")}<section class="ad-comments"><h3>Ý kiến (2)</h3><ul>{cms}</ul>'
                f'<form class="ad-cmt-form" method="post" action="/binh-luan"><input type="hidden" name="_csrf" value="{alnum_(5614, 40)}">'
                f'<textarea name="noi_dung" placeholder="Ý kiến của bạn"></textarea><input name="ho_ten" placeholder="Họ và tên"><button type="submit">Gửi ý kiến</button></form></section></article>'
                f'<section class="ad-more"><h3>Tin cùng chuyên mục</h3><ul>{more}</ul></section>')

    def left(rng, p):
        return f'<span class="ad-clock">{wd(today)}, {dmy(today)}</span>' + weather("Long Xuyên", 33, "Nắng nóng", today.replace(hour=6, minute=15), hum=68, cls="ad-weather")

    return mk54(14, "ward_fatherland_front_adonisjs6_edge_portal_twelve_hour_sa_relative_age_inline_card_name_dash_unit_photo_line_writer_card_pen_name",
                "angiang-ubmttqphuonglongxuyen-adonisjs6-edge-templates-vite-assets-chip-crumb-hh-mm-sa-dot-weekday-date-time-datetime-relative-age-bold-sapo-inline-doc-them-card-native-lazy-figcaptions-name-dash-unit-anh-line-writer-card-pen-name-bio",
                "adonis_edge", site, "/tin-tuc/uy-ban-mttq-phuong-long-xuyen-giam-sat-viec-thuc-hien-dan-chu-o-co-so-tai-cac-khu-pho", "Ủy ban MTTQ Việt Nam phường Long Xuyên", None, A14, pub, detail,
                f'<nav class="ad-crumb"><a href="{site}/">Trang chủ</a> / <a href="{site}/tin-tuc">Tin tức</a> / <a href="{site}/chuyen-muc/giam-sat-phan-bien">Giám sát - Phản biện</a></nav>',
                "Giám sát - Phản biện", {"author": "Hải Yến", "unit": "Ủy ban MTTQ Việt Nam phường Long Xuyên", "photographer": "Quang Minh"},
                "A STACK NO SET HAS USED: AdonisJS 6 with Edge templates (a local start-up's ward portal product on Node.js: Vite-built /assets/ files, Shield's csrf-token meta and the comment form's hidden _csrf field, Bootstrap 5); a SUPERVISION CONFERENCE of a "
                "ward's Fatherland Front. The meta row: '10:45 SA · Thứ Năm, 12/04/2029' (a 12-hour time with 'SA' BEFORE the weekday and date, set 27) → 2029-04-12T10:45, its <time "
                "datetime> agreeing; '· 2 ngày trước' is a relative age (set 27), not a stamp. Bold sapo → lead. The 'Đọc thêm' card between two paragraphs (another item's headline, stamp "
                "in the item's shape and writer 'Thanh Tâm') is a box (sets 24, 31). Captions: the figcaptions (native loading='lazy'). The signature typed last 'Hải Yến - Ủy ban MTTQ "
                "Việt Nam phường Long Xuyên' → author + unit, and the italic 'Ảnh: Quang Minh' line → photographer (set 31). The WRITER CARD after the text ('Hải Yến', 'Bút danh của "
                "Nguyễn Thị Hải Yến, cán bộ Văn phòng …', 'Bài viết: 214') is a profile: it confirms the pen name is the writer's (author as signed, set 44) and gives no unit of its own "
                "(sets 34, 43). Chip and crumb agree on the category. The header clock and the weather strip ('Cập nhật 06:15 14/04/2029') are the fetch's.",
                "NEW STACK: AdonisJS 6 (Edge templates), a supervision conference: 'HH:MM SA · Thứ Năm, dd/mm/yyyy' + relative age, inline 'Đọc thêm' card, figcaptions, 'Name - unit' + 'Ảnh: Name', a writer card with a pen name's bio, weather strip",
                kb=180, fmt=adf, head_author="Hải Yến", left=left, today=today,
                post=lambda h: h.replace("</head>", f'<meta name="csrf-token" content="{alnum_(5614, 40)}"><link rel="stylesheet" href="/assets/app-3f2a9c1e.css"><script type="module" src="/assets/app-8b41d07a.js"></script></head>', 1),
                traps={"meta": ["2 ngày trước", "403 lượt xem", "Bài viết: 214"], "credit_as_printed": [sig, photo],
                       "writer_card": ["Bút danh của Nguyễn Thị Hải Yến, cán bộ Văn phòng Ủy ban MTTQ Việt Nam phường"],
                       "inline_card": ["Thanh Tâm"],
                       "comments": ["Võ Văn Hậu", "Cảm ơn Mặt trận phường đã lắng nghe ý kiến bà con."]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12, page13, page14]
