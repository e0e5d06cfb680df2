"""Set 56 pages 1-14: a realistic random sample of the everyday item on sites nobody has profiled — short and medium news
items (a conference, a Party cell meeting, disaster relief, a commemorative visit, a directive, a working visit, an
award, Party badges, a training course, a volunteer campaign, a Family Day talk, a farmers' course, a voters' meeting, a
reburial of martyrs) on heavy pages, every cited field in a shape earlier sets did not use. Three NukeViet pages (4.3 +
Lam Sơn's theme, 4.4 + Hải Vân's, 4.5 + Hồng Hà's), a '.dcs.vn' 'Dân vận' template, Liferay DXP 2029.Q1 LTS + Thăng
Long's portlet, Windows SharePoint Services 3.0 + Trúc Lâm's news web part, DNN 9.10 + Tân Việt's TV.News, Bình Minh's WebForms ward CMS (chi-tiet.aspx?TinID=;
TWIST 2: captions typed as plain Word paragraphs), ASP.NET Core 6 Razor Pages, CodeIgniter 4, WordPress + Newscrunch,
Joomla 3.2 + a YJSG template (TWIST 1: the page navigation above the headline with
the neighbours' days), Drupal 9.5 + Newsplus Lite, a press agency's Froala detail. Page helpers copied from set
55's module (which kept sets 48-54's); set 56 adds one builder, mk56, and fourteen page functions."""
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


# ================================================================== page 1: NukeViet 4.3 + Lam Sơn's theme (Tỉnh ủy) — a conference; 'Xuất bản lúc HH:MM ngày dd/mm/yyyy', 'Tin/ảnh: Name'
A01_LEADCAP = "Quang cảnh hội nghị sơ kết công tác 6 tháng đầu năm 2029 của Đảng ủy các cơ quan Đảng tỉnh"
A01 = A51("Đảng ủy các cơ quan Đảng tỉnh sơ kết công tác 6 tháng đầu năm 2029",
          "Chiều 6/7, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2029. Đồng chí Lê Thị Hồng Vân, Bí thư Đảng ủy các cơ quan Đảng tỉnh chủ trì hội nghị.",
          [P("6 tháng đầu năm, Đảng ủy các cơ quan Đảng tỉnh đã lãnh đạo 46 tổ chức cơ sở đảng trực thuộc hoàn thành 11/14 chỉ tiêu của cả năm; 100% chi bộ tổ chức sinh hoạt chuyên đề theo hướng dẫn; kết nạp 38 đảng viên mới, đạt 76% kế hoạch năm."),
           P("Công tác kiểm tra, giám sát được thực hiện đúng kế hoạch với 12 cuộc kiểm tra và 9 cuộc giám sát chuyên đề; qua đó kịp thời chấn chỉnh những hạn chế trong việc quản lý đảng viên đi công tác, học tập dài ngày và thực hiện quy chế dân chủ ở cơ quan."),
           I("/uploads/news/2029_07/so-ket-6-thang-dang-uy-cac-co-quan-dang-02.jpg", "Đồng chí Lê Thị Hồng Vân, Bí thư Đảng ủy các cơ quan Đảng tỉnh phát biểu kết luận hội nghị"),
           P("Hội nghị cũng chỉ ra một số hạn chế: một số chi bộ sinh hoạt còn nặng về thông báo, chưa chú trọng thảo luận; việc cập nhật dữ liệu trên phần mềm quản lý đảng viên ở một vài cơ sở chưa thường xuyên."),
           P("Kết luận hội nghị, đồng chí Lê Thị Hồng Vân yêu cầu các cấp ủy tập trung làm tốt công tác chính trị, tư tưởng; nâng cao chất lượng sinh hoạt chi bộ; chuẩn bị chu đáo các điều kiện để tổ chức đại hội chi bộ, đảng bộ cơ sở nhiệm kỳ 2030 - 2035 theo đúng hướng dẫn của cấp trên."),
           P("Dịp này, Đảng ủy các cơ quan Đảng tỉnh tặng Giấy khen cho 5 tập thể, 12 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ 6 tháng đầu năm.")])


def page01():
    pub = d("2029-07-06 16:22")
    site, base = "https://tinhuythanhhoa.vn", "/news/xay-dung-dang/"
    stf = lambda x: f"Xuất bản lúc {hm(x)} ngày {dmy(x)}"
    lst_fmt = lambda x: dmy(x)
    credit = "Tin/ảnh: Lê Minh Châu"

    def detail(rng, rl, rd):
        body = A01.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=ck_fig) + "\n" + rightp(credit)
        figure = (f'<figure class="article left pointer" onclick="modalShowByObj(\'#imgpreview\')"><div id="imgpreview" style="width:460px">'
                  f'<p class="text-center"><img alt="{esc(A01_LEADCAP, True)}" src="{site}/uploads/news/2029_07/so-ket-6-thang-dang-uy-cac-co-quan-dang-01.jpg" width="460" class="img-thumbnail" /></p>'
                  f'<figcaption>{esc(A01_LEADCAP)}</figcaption></div></figure>')
        info = '<p class="h5 text-right"><strong>Nguồn tin: </strong>Đảng ủy các cơ quan Đảng tỉnh</p>'
        stamp = f'<em class="fa fa-clock-o">&nbsp;</em>{esc(stf(pub))}'
        extra = '<span class="ls43-hits"><em class="fa fa-eye">&nbsp;</em>Đã xem: 402</span>'
        return (nv4_detail(site, esc(A01.title), stamp, body, "ls43", info, extra_meta=extra, hometext=f"<strong>{esc(A01.lead)}</strong>", figure=figure)
                + nv4_tail56(site, base, rl, rd, lst_fmt, ["sơ kết 6 tháng", "cơ quan Đảng", "xây dựng Đảng"], "Tổng số điểm của bài viết là: 46 trong 10 đánh giá",
                           "", 2841, pub))

    return mk56(1, "provincial_party_nukeviet43_lamson_theme_xuat_ban_luc_stamp_tin_slash_anh_credit",
                "thanhhoa-tinhuy-nukeviet43-lamson-theme-xuat-ban-luc-hh-mm-ngay-dd-mm-yyyy-lead-figure-figcaption-before-bold-hometext-ckeditor-figures-tin-slash-anh-credit-right-bold-nguon-tin-field",
                "nv43_ls", site, base + "dang-uy-cac-co-quan-dang-tinh-so-ket-cong-tac-6-thang-dau-nam-2029-2841.html",
                "Tỉnh ủy Thanh Hóa", "NukeViet v4.3", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], cls="breadcrumbs list-none"), "Xây dựng Đảng",
                {"author": "Lê Minh Châu", "photographer": "Lê Minh Châu", "captions": [A01_LEADCAP] + A01.captions},
                "NukeViet 4.3 under Lam Sơn's theme for a Tỉnh ủy; a CONFERENCE (a half-year review). The theme prints the stamp with a label of its own: 'Xuất bản lúc 16:22 ngày "
                "06/07/2029' → 2029-07-06T16:22 (time before the day, joined by 'ngày'). The lead picture's figure (figure.article > figcaption) comes BEFORE the bold hometext: its "
                "caption is the first caption, the hometext the lead. The credit typed last in #news-bodyhtml, bold right, 'Tin/ảnh: Lê Minh Châu' → author and photographer 'Lê Minh Châu' "
                "(a SLASH between the two roles means 'Tin, ảnh:', set 31 — it is not set 32's 'Name/unit'). 'Nguồn tin: Đảng ủy các cơ quan Đảng tỉnh' is a source (set 13): unit null. "
                "The speaker in the text is a subject. Tags, rating, 'Những tin mới hơn / cũ hơn' with days are chrome; category: the crumb's last level.",
                "NukeViet 4.3 (Lam Sơn's Tỉnh ủy theme), a conference: 'Xuất bản lúc HH:MM ngày dd/mm/yyyy', a lead figure + figcaption before the bold hometext, CKEditor figures, 'Tin/ảnh: Name' typed last, a 'Nguồn tin:' field",
                kb=150, fmt=lst_fmt,
                traps={"credit_as_printed": [credit], "source": ["Nguồn tin: Đảng ủy các cơ quan Đảng tỉnh"], "rating": ["Tổng số điểm của bài viết là: 46 trong 10 đánh giá"],
                       "hits": ["Đã xem: 402"]})


# ================================================================== page 2: NukeViet 4.4 + Hải Vân's theme (a ward Party committee) — a Party cell meeting; 'dd/mm/yy hh:mm PM', 'Người đưa tin:', 'Ảnh trên / Ảnh dưới'
A02_CAPS = ["Ảnh trên: Đồng chí Hoàng Văn Lợi, Bí thư Chi bộ ôn lại truyền thống Ngày Thương binh - Liệt sĩ tại buổi sinh hoạt",
            "Ảnh dưới: Đảng viên Chi bộ thăm, tặng quà gia đình thương binh Nguyễn Văn Tư"]
A02 = A51("Chi bộ Tổ dân phố 5 sinh hoạt chuyên đề “Tri ân các anh hùng liệt sĩ”",
          "Chiều 19/7, Chi bộ Tổ dân phố 5, Đảng bộ phường Kim Long tổ chức sinh hoạt chuyên đề “Tri ân các anh hùng liệt sĩ” nhân kỷ niệm 82 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2029).",
          [P("Dự buổi sinh hoạt có đồng chí Trương Công Bảo, Phó Bí thư Đảng ủy phường cùng 27/29 đảng viên của chi bộ; trong đó có 6 đảng viên là thương binh, thân nhân liệt sĩ."),
           P("Tại buổi sinh hoạt, đồng chí Hoàng Văn Lợi, Bí thư Chi bộ ôn lại truyền thống của Ngày Thương binh - Liệt sĩ và thông tin kết quả thực hiện chính sách ưu đãi người có công trên địa bàn. Hiện tổ dân phố có 14 gia đình chính sách, 5 thương binh, bệnh binh; 100% gia đình chính sách có mức sống bằng hoặc cao hơn mức sống trung bình của khu dân cư."),
           RAW("related"),
           P("Các đảng viên đã thảo luận, đề xuất nhiều cách làm thiết thực như phân công mỗi đảng viên theo dõi, thăm hỏi một gia đình chính sách; vận động Nhân dân tham gia chăm sóc, dọn vệ sinh Nghĩa trang liệt sĩ phường vào sáng Chủ nhật hằng tuần trong tháng 7."),
           I("/uploads/news/2029_07/chi-bo-tdp5-sinh-hoat-chuyen-de-01.jpg", A02_CAPS[0]),
           I("/uploads/news/2029_07/chi-bo-tdp5-sinh-hoat-chuyen-de-02.jpg", A02_CAPS[1]),
           RAW("caps"),
           P("Kết thúc buổi sinh hoạt, Chi bộ đã trao 14 suất quà, mỗi suất trị giá 500.000 đồng, từ nguồn đóng góp của đảng viên cho các gia đình chính sách trên địa bàn.")])


def page02():
    pub = d("2029-07-20 15:45")
    site, base = "https://kimlong.hue.gov.vn", "/news/xay-dung-dang/"
    stf = lambda x: x.strftime("%d/%m/%y %I:%M %p")
    writer = "Hồ Thị Lệ (Văn phòng Đảng ủy phường Kim Long)"

    def detail(rng, rl, rd):
        rel_in = ('<div class="hv44-inline-related" style="border-left:3px solid #b22;padding-left:10px"><p><strong>Tin liên quan:</strong></p><ul>'
                  f'<li><a href="{site}/news/tin-hoat-dong/phuong-kim-long-ra-quan-don-ve-sinh-nghia-trang-liet-si-498.html">Phường Kim Long ra quân dọn vệ sinh Nghĩa trang liệt sĩ</a> <em>(15/07/29 09:10 AM)</em></li>'
                  f'<li><a href="{site}/news/xay-dung-dang/dang-uy-phuong-kim-long-huong-dan-sinh-hoat-chuyen-de-quy-iii-487.html">Đảng ủy phường hướng dẫn sinh hoạt chuyên đề quý III</a> <em>(08/07/29 02:30 PM)</em></li></ul></div>')
        caps = "\n".join(f'<p style="text-align:center"><em>{esc(c)}</em></p>' for c in A02_CAPS)
        img = lambda s, c, n: f'<p style="text-align:center"><img alt="" src="{s}" style="width:680px" /></p>'
        body = A02.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=img,
                          raw=lambda k: rel_in if k == "related" else caps)
        stamp = f'<em class="fa fa-clock-o">&nbsp;</em>{stf(pub)}'
        extra = ' <span class="hv44-poster"><em class="fa fa-user">&nbsp;</em>Đăng bởi: vanphong.kimlong</span>'
        info = f'<p class="h5 text-right"><strong>Người đưa tin: </strong>{esc(writer)}</p>'
        return (nv4_detail(site, esc(A02.title), stamp, body, "hv44", info, extra_meta=extra, hometext=f"<strong>{esc(A02.lead)}</strong>")
                + nv4_tail56(site, base, rl, rd, stf, ["sinh hoạt chi bộ", "27/7", "Kim Long"], "Tổng số điểm của bài viết là: 18 trong 4 đánh giá", "", 512, pub))

    return mk56(2, "ward_party_committee_nukeviet44_haivan_theme_two_digit_year_pm_nguoi_dua_tin_anh_tren_anh_duoi",
                "hue-danguyphuongkimlong-nukeviet44-haivan-theme-dd-mm-yy-hh-mm-pm-dang-boi-account-bold-hometext-inline-tin-lien-quan-two-pictures-then-anh-tren-anh-duoi-captions-nguoi-dua-tin-name-unit-field",
                "nv44_hv", site, base + "chi-bo-to-dan-pho-5-sinh-hoat-chuyen-de-tri-an-cac-anh-hung-liet-si-512.html",
                "Đảng ủy phường Kim Long", "NukeViet v4.4", A02, pub, detail,
                crumbs_of(site, ["Tin tức", "Xây dựng Đảng", "Sinh hoạt chi bộ"], cls="breadcrumbs list-none"), "Sinh hoạt chi bộ",
                {"author": "Hồ Thị Lệ", "unit": "Văn phòng Đảng ủy phường Kim Long"},
                "NukeViet 4.4 under Hải Vân's theme for ward Party committees; a PARTY CELL MEETING before 27 July. The site's date format is PHP 'd/m/y h:i A': '20/07/29 03:45 PM' → "
                "2029-07-20T15:45 (a two-digit year, set 36, with an English meridiem, set 29); the inline related box and the 'Những tin mới hơn / cũ hơn' lists print other items in the "
                "same shape. 'Đăng bởi: vanphong.kimlong' is an account. The theme's author field is labelled 'Người đưa tin:' (the one who brought the news: the reporter) → author "
                "'Hồ Thị Lệ', unit 'Văn phòng Đảng ủy phường Kim Long' (Name (unit)). Two pictures stacked, then TWO centred italic paragraphs 'Ảnh trên: …' and 'Ảnh dưới: …' — the "
                "print habit of captioning a pair of pictures under the second → two captions in page order (set 27: 'Ảnh:' + a description is a caption). The editor-typed 'Tin liên "
                "quan:' box inside the text is a box (set 24). The Deputy Secretary and the cell's secretary are subjects; category: the crumb's last level.",
                "NukeViet 4.4 (Hải Vân's ward theme), a Party cell meeting: 'dd/mm/yy hh:mm PM', 'Đăng bởi:' account, an inline 'Tin liên quan:' box, two pictures then 'Ảnh trên:' / 'Ảnh dưới:' captions, 'Người đưa tin: Name (unit)'",
                kb=135, fmt=stf,
                traps={"account": ["vanphong.kimlong"], "inline_related": ["Phường Kim Long ra quân dọn vệ sinh Nghĩa trang liệt sĩ", "(15/07/29 09:10 AM)"],
                       "credit_as_printed": ["Người đưa tin:"]})


# ================================================================== page 3: NukeViet 4.5 + Hồng Hà's theme (a provincial Red Cross) — disaster relief; '(UTC+7)', 'Tin, ảnh, video: Name', a donation box
A03 = A51("Hỗ trợ khẩn cấp 320 hộ dân bị thiệt hại do lũ quét tại xã Bản Hồ",
          "Ngày 15/7, Hội Chữ thập đỏ tỉnh phối hợp với Ủy ban MTTQ Việt Nam xã Bản Hồ trao 320 suất quà hỗ trợ khẩn cấp cho các hộ dân bị thiệt hại do trận lũ quét đêm 12/7, tổng trị giá hơn 480 triệu đồng.",
          [P("Mưa lớn kéo dài từ chiều 11 đến sáng 13/7 đã gây lũ quét, sạt lở đất tại các thôn Tả Trung Hồ, Bản Dền và Nậm Toóng của xã Bản Hồ, làm 9 ngôi nhà bị cuốn trôi hoàn toàn, 46 nhà hư hỏng, hơn 60 ha lúa và hoa màu bị vùi lấp; nhiều tuyến đường liên thôn bị chia cắt."),
           I("/uploads/news/2029_07/ho-tro-khan-cap-ban-ho-01.jpg", "Cán bộ Hội Chữ thập đỏ tỉnh trao quà cho người dân thôn Bản Dền"),
           P("Mỗi suất quà gồm 1 triệu đồng tiền mặt, 20 kg gạo, chăn, màn, nước uống và thuốc thiết yếu. Riêng 9 hộ có nhà bị cuốn trôi được hỗ trợ thêm mỗi hộ 5 triệu đồng và một bộ dụng cụ gia đình để ổn định cuộc sống trong thời gian chờ làm nhà mới."),
           P("Phó Chủ tịch Hội Chữ thập đỏ tỉnh Vàng Thị Dung cho biết, ngay sau khi nhận tin báo, Hội đã huy động 40 tình nguyện viên của đội ứng phó thảm họa cùng lực lượng quân đội, công an giúp người dân di dời tài sản, dọn bùn đất và dựng lán tạm cho các hộ mất nhà."),
           I("/uploads/news/2029_07/ho-tro-khan-cap-ban-ho-02.jpg", "Tình nguyện viên Chữ thập đỏ giúp người dân dọn bùn đất sau lũ"),
           P("Hội Chữ thập đỏ tỉnh tiếp tục kêu gọi các tổ chức, cá nhân, nhà hảo tâm chung tay ủng hộ người dân vùng lũ sớm khắc phục hậu quả, ổn định cuộc sống."),
           RAW("box"), RAW("video")])


def page03():
    pub = d("2029-07-15 20:05")
    site, base = "https://chuthapdo.laocai.gov.vn", "/news/cuu-tro-khan-cap/"
    stf = lambda x: f"{wd(x, lower=True)}, {dmy(x)} | {hm(x)} (UTC+7)"
    credit = "Tin, ảnh, video: Giàng Thị Mỷ"

    def detail(rng, rl, rd):
        box = ('<div class="hh45-donate" style="border:1px solid #d00;background:#fff5f5;padding:10px"><p style="text-align:center"><strong>THÔNG TIN TIẾP NHẬN ỦNG HỘ</strong></p>'
               '<p>Đơn vị tiếp nhận: Hội Chữ thập đỏ tỉnh Lào Cai</p><p>Số tài khoản: 8800 2029 0715 tại Ngân hàng TMCP Công Thương, chi nhánh Lào Cai</p>'
               '<p>Nội dung: Ủng hộ đồng bào xã Bản Hồ bị thiệt hại do lũ quét</p><p>Điện thoại: 0214.3 820 417</p></div>')
        video = ('<div class="hh45-video"><div class="hh45-video-title">Video: Lũ quét tàn phá thôn Bản Dền</div><video controls preload="none" poster="/uploads/news/2029_07/ban-den-video.jpg" width="100%">'
                 '<source src="/uploads/video/2029_07/lu-quet-ban-den.mp4" type="video/mp4" /></video><span class="hh45-video-dur">02:47</span></div>')
        figt = lambda s, c, n: f'<figure class="article center"><img alt="{esc(c, True)}" src="{s}" class="img-responsive" /><figcaption>{esc(c)}</figcaption></figure>'
        body = A03.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=figt, raw=lambda k: box if k == "box" else video) + "\n" + rightp(credit)
        stamp = f'<em class="fa fa-calendar">&nbsp;</em>{esc(stf(pub))}'
        extra = ' <span class="hh45-hits"><em class="fa fa-eye">&nbsp;</em>Lượt xem: 1.127</span>'
        cm = thread([("Sần Thị Chiêm", "15/07/2029 21:12", "Thương bà con Bản Hồ quá, mong mọi người sớm ổn định cuộc sống."),
                     ("Nguyễn Hữu Phúc", "16/07/2029 06:40", "Công ty chúng tôi xin ủng hộ 50 thùng mì và 200 lít nước sạch, nhờ Hội hướng dẫn cách chuyển hàng.",
                      ("Hội Chữ thập đỏ tỉnh Lào Cai", "16/07/2029 07:55", "Cảm ơn anh, Hội sẽ liên hệ theo số điện thoại anh để lại."))],
                    head="Ý kiến bạn đọc", cls="hh45-cmt")
        return (nv4_detail(site, esc(A03.title), stamp, body, "hh45", "", extra_meta=extra, hometext=f"<strong>{esc(A03.lead)}</strong>")
                + nv4_tail56(site, base, rl, rd, stf, ["lũ quét", "Bản Hồ", "cứu trợ khẩn cấp"], "Tổng số điểm của bài viết là: 39 trong 8 đánh giá", cm, 1406, pub))

    return mk56(3, "red_cross_nukeviet45_hongha_theme_utc7_stamp_tin_anh_video_credit_donation_box",
                "laocai-hoichuthapdotinh-nukeviet45-hongha-theme-lowercase-weekday-dd-mm-yyyy-pipe-hh-mm-utc7-bold-hometext-figure-center-figcaptions-donation-fact-box-video-player-title-tin-anh-video-credit-comments",
                "nv45_hh", site, base + "ho-tro-khan-cap-320-ho-dan-bi-thiet-hai-do-lu-quet-tai-xa-ban-ho-1406.html",
                "Hội Chữ thập đỏ tỉnh Lào Cai", "NukeViet v4.5", A03, pub, detail,
                crumbs_of(site, ["Hoạt động", "Cứu trợ khẩn cấp"], cls="breadcrumbs list-none"), "Cứu trợ khẩn cấp",
                {"author": "Giàng Thị Mỷ", "photographer": "Giàng Thị Mỷ"},
                "NukeViet 4.5 under Hồng Hà's theme for a provincial Red Cross; DISASTER RELIEF after a flash flood. Stamp 'Chủ nhật, 15/07/2029 | 20:05 (UTC+7)' → 2029-07-15T20:05 "
                "(NukeViet's weekday with a lowercase second word; '(UTC+7)' is the zone, +07:00, as set 28's '(GMT+7)'). The text carries a bordered 'THÔNG TIN TIẾP NHẬN ỦNG HỘ' box (account, phone) and "
                "a video player with its own title bar and duration: a fact box and player chrome (sets 24, 26, 34) — not body. The credit typed last, bold right, 'Tin, ảnh, video: "
                "Giàng Thị Mỷ' → author and photographer 'Giàng Thị Mỷ' (set 31's 'Tin, ảnh:' with a third role; the video credit adds nobody). The Red Cross official quoted, the "
                "commenters and the association's reply account are not writers.",
                "NukeViet 4.5 (Hồng Hà's Red Cross theme), disaster relief: 'Chủ nhật, dd/mm/yyyy | HH:MM (UTC+7)', bold hometext, figcaptions, a donation fact box and a video player inside the text, 'Tin, ảnh, video: Name', comments",
                kb=180, fmt=stf, head_author="Giàng Thị Mỷ",
                traps={"box": ["THÔNG TIN TIẾP NHẬN ỦNG HỘ", "Số tài khoản: 8800 2029 0715 tại Ngân hàng TMCP Công Thương, chi nhánh Lào Cai"],
                       "player": ["Video: Lũ quét tàn phá thôn Bản Dền", "02:47"], "comments": ["Sần Thị Chiêm", "Nguyễn Hữu Phúc"],
                       "credit_as_printed": [credit]})


# ================================================================== page 4: '.dcs.vn' 'Dân vận' template (a Tỉnh ủy) — a commemorative visit; 'HH:MM - Thứ …, dd/mm/yyyy' + 'Cập nhật:', 'Tin bài: A; Ảnh: B'
A04 = A51("Ban Tuyên giáo và Dân vận Tỉnh ủy thăm, tặng quà người có công tại xã Hạ Hòa",
          "Nhân kỷ niệm 82 năm Ngày Thương binh - Liệt sĩ (27/7/1947 - 27/7/2029), ngày 24/7, đoàn công tác Ban Tuyên giáo và Dân vận Tỉnh ủy do đồng chí Nguyễn Thị Minh Huệ, Phó Trưởng ban Thường trực làm trưởng đoàn đã đến thăm, tặng quà các gia đình chính sách, người có công với cách mạng tại xã Hạ Hòa.",
          [P("Đoàn đã đến thăm, tặng quà thương binh hạng 1/4 Nguyễn Văn Thụ, 81 tuổi, ở khu 6; gia đình liệt sĩ Đào Văn Khoa và bà Lê Thị Nụ, vợ liệt sĩ, ở khu 9. Tại mỗi gia đình, đồng chí Nguyễn Thị Minh Huệ ân cần hỏi thăm sức khỏe, đời sống; bày tỏ lòng biết ơn sâu sắc trước những hy sinh, mất mát của các gia đình cho sự nghiệp giải phóng dân tộc, bảo vệ Tổ quốc."),
           I("/Uploads/images/2029/07/tham-tang-qua-nguoi-co-cong-ha-hoa-01.jpg", "Đồng chí Nguyễn Thị Minh Huệ thăm hỏi, tặng quà thương binh Nguyễn Văn Thụ ở khu 6"),
           P("Xúc động trước sự quan tâm của đoàn, ông Nguyễn Văn Thụ chia sẻ: “Năm nào đến dịp 27/7, tôi cũng được Đảng, Nhà nước và chính quyền địa phương thăm hỏi. Tôi chỉ mong con cháu mình học hành tử tế, sống có ích để xứng đáng với những đồng đội đã nằm lại”."),
           P("Cũng trong chương trình, đoàn đã dâng hương, dâng hoa tưởng niệm các anh hùng liệt sĩ tại Nghĩa trang liệt sĩ xã Hạ Hòa, nơi an táng 412 liệt sĩ, trong đó có 57 mộ liệt sĩ chưa xác định được thông tin."),
           I("/Uploads/images/2029/07/tham-tang-qua-nguoi-co-cong-ha-hoa-02.jpg", "Đoàn công tác dâng hương tại Nghĩa trang liệt sĩ xã Hạ Hòa"),
           P("Hiện xã Hạ Hòa có hơn 1.300 người có công với cách mạng và thân nhân đang hưởng trợ cấp thường xuyên. Những năm qua, cấp ủy, chính quyền xã luôn quan tâm thực hiện đầy đủ, kịp thời các chế độ, chính sách; vận động xây mới, sửa chữa 28 nhà tình nghĩa, giúp 100% gia đình người có công có mức sống bằng hoặc cao hơn mức sống trung bình của dân cư nơi cư trú.")])


def page04():
    pub, upd = d("2029-07-24 17:10"), d("2029-07-25 08:02")
    site, base = "https://phutho.dcs.vn", "/dan-van/hoat-dong-dan-van/"
    stf = lambda x: f"{hm(x)} - {wd(x)}, {dmy(x)}"
    credit = "Tin bài: Thanh Xuân; Ảnh: Văn Thành"

    def detail(rng, rl, rd):
        body = A04.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=pem) + "\n" + rightp(credit)
        return (tick54(rng, pub, stf, "Tin mới", "dcs-ticker")
                + f'<div class="article-detail"><h1 class="title-detail">{esc(A04.title)}</h1>'
                f'<div class="date-detail"><i class="icon-clock"></i> {esc(stf(pub))} <span class="update-detail">Cập nhật: {dmy(upd)} {hm(upd)}</span></div>'
                f'<div class="sapo-detail"><strong>{esc(A04.lead)}</strong></div><div class="content-detail">{body}</div>'
                + tools("dcs-tools") + sharebar("dcs-share") + '</div>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "dcs-other", "Các tin đã đưa", start=7300))

    return mk56(4, "provincial_party_dcs_dan_van_template_time_first_dash_weekday_update_tin_bai_semicolon_anh",
                "phutho-tinhuy-dcs-dan-van-template-ticker-hh-mm-dash-weekday-dd-mm-yyyy-cap-nhat-bold-sapo-centred-italic-captions-quoted-veteran-tin-bai-semicolon-anh-right-bold",
                "dcs_dv", site, base + "ban-tuyen-giao-va-dan-van-tinh-uy-tham-tang-qua-nguoi-co-cong-tai-xa-ha-hoa-7307.html",
                "Tỉnh ủy Phú Thọ", None, A04, pub, detail,
                crumbs_of(site, ["Dân vận", "Hoạt động dân vận"], cls="breadcrumb"), "Hoạt động dân vận",
                {"author": "Thanh Xuân", "photographer": "Văn Thành"},
                "The '.dcs.vn' platform's 'Dân vận' section template; a VISIT before 27 July (commemoration). Stamp with the time FIRST and a dash: '17:10 - Thứ Ba, 24/07/2029' → "
                "2029-07-24T17:10; 'Cập nhật: 25/07/2029 08:02' → updated. The ticker and 'Các tin đã đưa' print other items in the item's shape (sets 33, 44). The credit typed last, "
                "bold right, 'Tin bài: Thanh Xuân; Ảnh: Văn Thành' → author 'Thanh Xuân' ('Tin bài:' credits the text, like 'Bài:'), photographer 'Văn Thành' (a semicolon between "
                "credits, set 37). The veteran quoted, the officials and the families visited are subjects.",
                "'.dcs.vn' 'Dân vận' template, a commemorative visit: ticker, 'HH:MM - Thứ Ba, dd/mm/yyyy' + 'Cập nhật:', bold sapo, centred italic captions, a quoted veteran, 'Tin bài: A; Ảnh: B'",
                kb=125, upd=upd, fmt=stf, head_author="Thanh Xuân",
                traps={"credit_as_printed": [credit], "update_label": ["Cập nhật: 25/07/2029 08:02"]})


# ================================================================== page 5: Liferay DXP 2029.Q1 LTS + Thăng Long's portlet (a Tỉnh ủy) — a DIRECTIVE; the JDK's vi FULL date with a time, a task list, an attachment box
A05 = A51("Ban Thường vụ Tỉnh ủy ban hành Chỉ thị về tăng cường lãnh đạo công tác phòng, chống thiên tai, tìm kiếm cứu nạn năm 2029",
          "Nhằm chủ động ứng phó với mưa lũ, bão và các loại hình thiên tai trong mùa mưa bão năm 2029, Ban Thường vụ Tỉnh ủy vừa ban hành Chỉ thị số 27-CT/TU yêu cầu các cấp ủy, tổ chức đảng tập trung lãnh đạo, chỉ đạo một số nhiệm vụ trọng tâm.",
          [P("Chỉ thị nêu rõ, những năm gần đây thiên tai diễn biến ngày càng phức tạp, cực đoan; riêng năm 2028, mưa lớn và lũ trên các sông Hoàng Long, sông Đáy đã làm 3 người chết, hơn 2.100 ngôi nhà bị ngập, thiệt hại ước tính trên 340 tỷ đồng. Một số địa phương còn tư tưởng chủ quan, phương án sơ tán dân chưa sát thực tế."),
           P("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền, Mặt trận Tổ quốc và các đoàn thể tập trung thực hiện tốt các nhiệm vụ sau:"),
           ("ul", ["Quán triệt phương châm “bốn tại chỗ”, rà soát, cập nhật phương án ứng phó với từng cấp độ rủi ro thiên tai, hoàn thành trước ngày 31/7/2029.",
                   "Kiểm tra, gia cố hệ thống đê điều, hồ đập, công trình thủy lợi; xử lý dứt điểm các điểm xung yếu trước mùa mưa lũ.",
                   "Kiện toàn Ban Chỉ huy phòng thủ dân sự cấp xã; tổ chức diễn tập sơ tán dân ở những khu vực có nguy cơ ngập sâu, sạt lở.",
                   "Đẩy mạnh tuyên truyền kỹ năng phòng, tránh thiên tai đến từng hộ dân, nhất là người cao tuổi, trẻ em và người khuyết tật."]),
           P("Chỉ thị giao Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh bố trí kinh phí, vật tư, phương tiện dự phòng; Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì hướng dẫn công tác tuyên truyền; Ủy ban Kiểm tra Tỉnh ủy đưa việc thực hiện Chỉ thị vào chương trình kiểm tra, giám sát năm 2029."),
           P("Chỉ thị có hiệu lực kể từ ngày ký và được phổ biến đến chi bộ.")])


def page05():
    pub = d("2029-07-12 18:55")
    site, base = "https://tinhuyninhbinh.vn", "/web/guest/chi-dao-dieu-hanh/-/tl-news/"
    stf = lambda x: f"{wd(x)}, {x.day} tháng {x.month}, {x.year} - {hm(x)}"

    def detail(rng, rl, rd):
        ul = lambda items: '<ul class="tl-tasks">' + "".join(f"<li>{esc(x)}</li>" for x in items) + "</ul>"
        body = A05.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', ul=ul) + "\n" + rightp("Hoàng Anh")
        att = ('<div class="tl-attach"><span class="tl-attach-label">Tệp đính kèm:</span> <a href="/documents/20126/0/27-CT-TU.pdf">27-CT-TU.pdf</a> '
               '<span class="tl-attach-size">(312 KB)</span> <a class="btn btn-sm" href="/documents/20126/0/27-CT-TU.pdf?download=true">Tải về</a></div>')
        meta = (f'<div class="tl-meta"><span class="tl-date"><i class="icon-calendar"></i> {esc(stf(pub))}</span>'
                f' <span class="tl-views"><i class="icon-eye-open"></i> Lượt xem: 845</span></div>')
        return (f'<div class="tl-news-detail"><h1 class="tl-title">{esc(A05.title)}</h1>{meta}'
                f'<div class="tl-sapo"><strong>{esc(A05.lead)}</strong></div><div class="tl-content journal-content-article">{body}</div>{att}'
                + sharebar("tl-share") + '</div>'
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Tin cùng chuyên mục", "tl-same", 9120))

    return mk56(5, "provincial_party_liferay2029q1_thanglong_news_detail_directive_jdk_full_date_task_list_attachment",
                "ninhbinh-tinhuy-liferay-dxp-2029q1-lts-thanglong-tl-news-detail-directive-jdk-vi-full-date-weekday-d-thang-m-comma-y-dash-hh-mm-bold-sapo-task-list-li-signature-attachment-box",
                "lr29q1tl", site, base + "ban-thuong-vu-tinh-uy-ban-hanh-chi-thi-ve-tang-cuong-lanh-dao-cong-tac-phong-chong-thien-tai",
                "Tỉnh ủy Ninh Bình", "Liferay DXP 2029.Q1 LTS", A05, pub, detail,
                crumbs_of(site, ["Tin tức", "Chỉ đạo - Điều hành"], cls="breadcrumb"), "Chỉ đạo - Điều hành",
                {"author": "Hoàng Anh"},
                "Liferay DXP 2029.Q1 LTS + Thăng Long's news detail portlet; a DIRECTIVE. The portlet formats its stamp with the JDK's vi FULL date pattern ('EEEE, d MMMM, y' — the "
                "month in words 'tháng 7' and a comma before the year) and a time: 'Thứ Năm, 12 tháng 7, 2029 - 18:55' → 2029-07-12T18:55 (12 July 2029 is a Thursday; set 34 read "
                "the comma form without a weekday); 'Tin cùng chuyên mục' prints other items in the same shape. The bold sapo → lead; the directive's tasks are a <ul> in the text → "
                "body, one paragraph per <li> (set 14). The days inside the text ('31/7/2029') are the directive's, no stamp. The writer signs the text, bold right 'Hoàng Anh' → "
                "author. The 'Tệp đính kèm' box after the text is a documents box (sets 24, 53): not body. Category: the crumb's last level.",
                "Liferay DXP 2029.Q1 LTS + Thăng Long's portlet, a directive: the JDK's vi full date 'Thứ Năm, 12 tháng 7, 2029 - 18:55', bold sapo, a task list, a bold right signature, an attachment box",
                kb=240, fmt=stf, head_author="Hoàng Anh",
                traps={"attachment": ["27-CT-TU.pdf", "(312 KB)"], "views": ["Lượt xem: 845"]})


# ================================================================== page 6: Windows SharePoint Services 3.0 + Trúc Lâm's news web part (a Tỉnh ủy's board) — a working visit; a date-only 'Ngày đăng', 'A - B (unit)' + a source span
A06 = A51("Đoàn công tác Ban Tổ chức Tỉnh ủy làm việc với Đảng ủy đặc khu Cô Tô",
          "Chiều 12/7, đoàn công tác Ban Tổ chức Tỉnh ủy do đồng chí Trần Thị Lan Phương, Phó Trưởng ban làm trưởng đoàn đã làm việc với Ban Thường vụ Đảng ủy đặc khu Cô Tô về công tác xây dựng tổ chức cơ sở đảng và phát triển đảng viên ở khu vực biển, đảo.",
          [P("Báo cáo với đoàn, đồng chí Bùi Văn Tâm, Phó Bí thư Thường trực Đảng ủy đặc khu cho biết, Đảng bộ đặc khu hiện có 23 tổ chức cơ sở đảng với 1.046 đảng viên; 6 tháng đầu năm kết nạp 17 đảng viên mới, trong đó có 5 đảng viên là ngư dân, chủ tàu đánh bắt xa bờ."),
           P("Việc thành lập chi bộ trên các tổ đoàn kết khai thác hải sản bước đầu phát huy hiệu quả, vừa giúp ngư dân hỗ trợ nhau khi đánh bắt, vừa góp phần bảo vệ chủ quyền biển, đảo. Tuy nhiên, việc sinh hoạt của một số chi bộ có nhiều đảng viên thường xuyên đi biển dài ngày còn khó khăn; nguồn phát triển đảng viên trong thanh niên ở các thôn đảo còn hạn chế."),
           I("/TinTuc/Lists/Photos/2029/07/ban-to-chuc-lam-viec-co-to-01.jpg", "Đồng chí Trần Thị Lan Phương, Phó Trưởng ban Tổ chức Tỉnh ủy phát biểu tại buổi làm việc"),
           P("Phát biểu kết luận, đồng chí Trần Thị Lan Phương ghi nhận những cách làm sáng tạo của Đảng bộ đặc khu; đề nghị tiếp tục nhân rộng mô hình chi bộ gắn với tổ đoàn kết trên biển, ứng dụng nền tảng số để đảng viên đi biển tham gia sinh hoạt trực tuyến, đồng thời quan tâm tạo nguồn phát triển đảng viên trong lực lượng dân quân biển và thanh niên."),
           P("Cũng trong chuyến công tác, đoàn đã đến thăm, tặng quà Chi bộ Tổ đoàn kết khai thác hải sản số 3 và Đồn Biên phòng Cô Tô.")])


def page06():
    pub = d("2029-07-13 09:40")
    site = "https://bantochuc.quangninh.gov.vn"
    g = "ctl00_m_g_6f2b1c44_8d3e_4a71_9c05_2b7e91d3a6f0"
    stf = lambda x: dmy(x)

    def detail(rng, rl, rd):
        imgt = lambda s, c, n: (f'<table align="center" border="0" cellpadding="1" cellspacing="1" width="500"><tbody><tr><td><img alt="" src="{s}" style="width:500px;height:333px" /></td></tr>'
                                f'<tr><td style="text-align:center"><font size="1"><i>{esc(c)}</i></font></td></tr></tbody></table>')
        body = A06.render(p=lambda t: f'<div style="text-align:justify">{esc(t)}</div><div>&nbsp;</div>', img=imgt)
        other = "".join(f'<tr><td class="ms-vb2"><img src="/_layouts/images/square.gif" alt="" /> <a href="{site}/TinTuc/Lists/TinTuc/DispTin.aspx?ID={640 - k * 3}">{esc(t)}</a>'
                        f' <span class="tl-other-date">({dmy(x)})</span></td></tr>' for k, (t, x) in enumerate(zip(rl[:6], rd[:6])))
        return (f'<table class="ms-bodyareaframe" width="100%" cellpadding="0" cellspacing="0"><tr><td class="ms-bodyareacell">'
                f'<div id="{g}" class="tl-tintuc"><table class="tl-ct" width="100%" cellpadding="4" cellspacing="0">'
                f'<tr><td class="tl-ct-title"><span id="{g}_lblTieuDe" class="tieude">{esc(A06.title)}</span></td></tr>'
                f'<tr><td class="tl-ct-date"><span class="nhan">Ngày đăng:</span> <span id="{g}_lblNgayDang">{stf(pub)}</span> &nbsp;|&nbsp; <span class="nhan">Lượt xem:</span> 517</td></tr>'
                f'<tr><td class="tl-ct-sapo"><b><span id="{g}_lblTomTat">{esc(A06.lead)}</span></b></td></tr>'
                f'<tr><td class="tl-ct-body"><div class="ms-rtestate-field">{body}</div></td></tr>'
                f'<tr><td align="right" class="tl-ct-author"><b><span id="{g}_lblTacGia">Đặng Thu Hà - Vũ Quang (Phòng Tổ chức cơ sở đảng)</span></b><br />'
                f'<i><span id="{g}_lblNguon">Ban Tổ chức Tỉnh ủy</span></i></td></tr></table>'
                f'<table class="tl-other" width="100%"><tr><td class="ms-WPHeader"><h3 class="ms-standardheader">Các tin khác</h3></td></tr>{other}</table></div></td></tr></table>')

    crumbs = ('<div class="ms-titlearea"><span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap"><span><a class="ms-sitemapdirectional" href="/">Trang chủ</a></span>'
              '<span> &gt; </span><span><a class="ms-sitemapdirectional" href="/TinTuc">Tin tức</a></span><span> &gt; </span>'
              '<span class="ms-sitemapdirectional">Công tác tổ chức xây dựng Đảng</span></span></div>')
    return mk56(6, "provincial_party_board_wss30_trulam_news_web_part_date_only_ngay_dang_two_writers_unit_source_span",
                "quangninh-bantochuctinhuy-wss30-trulam-news-web-part-ms-sitemapdirectional-crumb-table-detail-lbltieude-ngay-dang-dd-mm-yyyy-date-only-bold-tomtat-div-paragraphs-font-captions-lbltacgia-a-dash-b-unit-italic-lblnguon-cac-tin-khac",
                "wss30tl", site, "/TinTuc/Lists/TinTuc/DispTin.aspx?ID=643",
                "Ban Tổ chức Tỉnh ủy Quảng Ninh", "Microsoft SharePoint", A06, pub, detail,
                crumbs, "Công tác tổ chức xây dựng Đảng",
                {"author": "Đặng Thu Hà, Vũ Quang", "unit": "Phòng Tổ chức cơ sở đảng"},
                "Windows SharePoint Services 3.0 (a legacy board site on the free edition; default.master's table frame) + Trúc Lâm's news web part; a WORKING VISIT to a special zone. "
                "The web part prints the day only: 'Ngày đăng: 13/07/2029' → published '2029-07-13' (date only; the time 09:40 exists only in the head's JSON-LD and is not added, "
                "set 25 MAJORITY). The headline is a span (lblTieuDe) with no heading element (set 32); the bold lblTomTat → lead; the text is editor <div>s with '&nbsp;' spacer "
                "<div>s (no paragraphs, set 52), the caption a <font><i> row under the picture. The credit cell: bold lblTacGia 'Đặng Thu Hà - Vũ Quang (Phòng Tổ chức cơ sở đảng)' → "
                "author 'Đặng Thu Hà, Vũ Quang', unit 'Phòng Tổ chức cơ sở đảng' (set 28); the italic lblNguon under it, 'Ban Tổ chức Tỉnh ủy', is the source element (set 13). "
                "The title-area trail (ms-sitemapdirectional: 'Trang chủ > Tin tức > Công tác tổ chức xây dựng Đảng') → category its last level. 'Các tin khác' with '(dd/mm/yyyy)' is chrome.",
                "Windows SharePoint Services 3.0 + Trúc Lâm's web part: an ms-sitemapdirectional trail, a span headline, a date-only 'Ngày đăng:', bold lblTomTat, <div> paragraphs, a <font><i> caption row, lblTacGia 'A - B (unit)' + italic lblNguon, 'Các tin khác'",
                kb=210, form=True, fmt=stf, published="2029-07-13", head_author="Đặng Thu Hà",
                traps={"credit_as_printed": ["Đặng Thu Hà - Vũ Quang (Phòng Tổ chức cơ sở đảng)"], "views": ["Lượt xem:"]})


# ================================================================== page 7: DNN 9.10 + Tân Việt's TV.News (a department) — an award; 'MMM d, yyyy h:mm tt' (en-US), 'Nội dung & ảnh: Name', 'Người đăng: host'
A07 = A51("Trao Bằng khen của Chủ tịch UBND tỉnh cho 36 tập thể, cá nhân tiêu biểu trong công tác đền ơn đáp nghĩa",
          "Nhân kỷ niệm 82 năm Ngày Thương binh - Liệt sĩ, sáng 24/7, UBND tỉnh tổ chức hội nghị biểu dương, trao Bằng khen cho 24 tập thể, 12 cá nhân có thành tích xuất sắc trong công tác đền ơn đáp nghĩa giai đoạn 2024 - 2029.",
          [P("Theo báo cáo của Sở Nội vụ, giai đoạn 2024 - 2029, toàn tỉnh vận động Quỹ Đền ơn đáp nghĩa được hơn 126 tỷ đồng; xây mới, sửa chữa 1.840 căn nhà cho người có công và thân nhân liệt sĩ; 100% Mẹ Việt Nam Anh hùng còn sống được các cơ quan, đơn vị nhận phụng dưỡng đến cuối đời."),
           P("Công tác xác nhận, giải quyết chế độ cho người có công được thực hiện công khai, đúng quy định; từ năm 2026, toàn bộ hồ sơ được tiếp nhận và trả kết quả trực tuyến, thời gian giải quyết rút ngắn bình quân 5 ngày so với quy định."),
           I("/Portals/0/TVNews/2029/07/khen-thuong-den-on-dap-nghia-01.jpg", "Phó Chủ tịch UBND tỉnh Lê Thị Thanh Thảo trao Bằng khen cho các tập thể có thành tích xuất sắc"),
           P("Phát biểu tại hội nghị, Phó Chủ tịch UBND tỉnh Lê Thị Thanh Thảo đề nghị các sở, ngành, địa phương tiếp tục rà soát, không để sót đối tượng người có công; đẩy mạnh xã hội hóa nguồn lực chăm sóc người có công, gắn với phong trào thi đua “Cả nước chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”."),
           P("Đại diện các cá nhân được khen thưởng, ông Chau Sóc Kha, Trưởng ấp Phước Lợi, xã Tri Tôn chia sẻ: “Phần thưởng hôm nay là động lực để bà con trong ấp tiếp tục chung tay chăm lo cho các gia đình chính sách, nhất là những gia đình neo đơn”."),
           I("/Portals/0/TVNews/2029/07/khen-thuong-den-on-dap-nghia-02.jpg", "Ông Chau Sóc Kha (thứ hai từ phải sang) cùng các cá nhân nhận Bằng khen")])


def page07():
    pub = d("2029-07-24 09:05")
    site, base = "https://sonoivu.angiang.gov.vn", "/tin-tuc/nguoi-co-cong/"
    stf = lambda x: x.strftime("%b ") + f"{x.day}, {x.year} {x.hour % 12 or 12}:{x.minute:02d} " + ("AM" if x.hour < 12 else "PM")
    credit = "Nội dung & ảnh: Kim Ngân"

    def detail(rng, rl, rd):
        body = A07.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=fig)
        others = "".join(f'<li class="tvn-other-item"><a href="{site}{base}{slug(t)[:60]}.aspx">{esc(t)}</a> <span class="tvn-other-date">{esc(stf(x))}</span></li>' for t, x in zip(rl[:6], rd[:6]))
        return (f'<div class="tvn-detail"><h1 class="tvn-title"><span id="dnn_ctr1875_ViewTVNews_lblTitle">{esc(A07.title)}</span></h1>'
                f'<div class="tvn-info"><span class="tvn-date"><i class="fa fa-calendar"></i> {esc(stf(pub))}</span>'
                f' <span class="tvn-author"><i class="fa fa-pencil"></i> {esc(credit)}</span>'
                f' <span class="tvn-poster"><i class="fa fa-user"></i> Người đăng: host</span> <span class="tvn-views"><i class="fa fa-eye"></i> 633</span></div>'
                f'<div class="tvn-summary"><strong>{esc(A07.lead)}</strong></div><div class="tvn-content" id="dnn_ctr1875_ViewTVNews_divContent">{body}</div>'
                f'<div class="tvn-tools"><a href="javascript:__doPostBack(\'dnn$ctr1875$ViewTVNews$lnkPrint\',\'\')">In bài</a> <a href="#">Gửi email</a>'
                f' <span class="tvn-rating">Đánh giá: <span class="star on"></span><span class="star on"></span><span class="star on"></span><span class="star on"></span><span class="star"></span> (12 lượt)</span></div></div>'
                f'<div class="tvn-others"><h3>Bài viết khác</h3><ul>{others}</ul></div>')

    return mk56(7, "home_affairs_department_dnn910_tanviet_tvnews_en_us_month_abbreviation_noi_dung_and_anh_credit_host_poster",
                "angiang-sonoivu-dnn910-tanviet-tvnews-module-mmm-d-yyyy-h-mm-tt-en-us-stamp-noi-dung-ampersand-anh-in-info-row-nguoi-dang-host-bold-summary-figcaptions-khmer-awardee-quoted",
                "dnn910tv", site, base + "trao-bang-khen-cua-chu-tich-ubnd-tinh-cho-36-tap-the-ca-nhan-tieu-bieu.aspx",
                "Sở Nội vụ tỉnh An Giang", "DotNetNuke", A07, pub, detail,
                crumbs_of(site, ["Tin tức", "Người có công"], cls="tv910-breadcrumb"), "Người có công",
                {"author": "Kim Ngân", "photographer": "Kim Ngân"},
                "DNN 9.10 + Tân Việt's news module (TV.News); an AWARD ceremony before 27 July. The module prints its dates with the portal's culture left at en-US and an abbreviated "
                "English month: 'Jul 24, 2029 9:05 AM' → 2029-07-24T09:05 (English month names, set 41; 12-hour AM, set 29; the month is a word, so no day-month doubt); 'Bài viết khác' "
                "prints other items in the same shape. The info row credits 'Nội dung & ảnh: Kim Ngân' → author and photographer 'Kim Ngân' ('&' for 'và' between two roles, set 54); "
                "'Người đăng: host' is DNN's host account (set 34). The Vice-Chairwoman and the Khmer awardee quoted are subjects. The bold summary → lead; category: the crumb's last level.",
                "DNN 9.10 + Tân Việt's TV.News, an award: 'Jul 24, 2029 9:05 AM' (en-US), 'Nội dung & ảnh: Name' in the info row, 'Người đăng: host', bold summary, figcaptions, a quoted Khmer awardee, ViewState",
                kb=260, form=True, dnn=True, fmt=stf, head_author="Kim Ngân",
                traps={"poster": ["Người đăng: host"], "credit_as_printed": [credit], "rating": ["(12 lượt)"]})


# ================================================================== page 8 (TWIST 2): Bình Minh's WebForms CMS for wards (chi-tiet.aspx?TinID=) — an award; captions typed as plain Word paragraphs ending '(Ảnh: Name)'
A08 = A51("Đảng bộ phường Lê Chân trao Huy hiệu Đảng cho 24 đảng viên đợt 19/8",
          "Sáng 18/8, Đảng bộ phường Lê Chân tổ chức Lễ trao tặng Huy hiệu Đảng đợt 19/8 cho 24 đảng viên, trong đó có 1 đảng viên được trao Huy hiệu 75 năm tuổi Đảng và 3 đảng viên được trao Huy hiệu 65 năm tuổi Đảng.",
          [P("Tới dự và trao Huy hiệu có đồng chí Vũ Thị Thu Hường, Bí thư Đảng ủy phường; đồng chí Nguyễn Đức Minh, Phó Bí thư Thường trực Đảng ủy phường cùng đại diện các chi bộ có đảng viên được trao Huy hiệu."),
           P("Đợt này, 24 đảng viên được trao Huy hiệu gồm: 1 đồng chí nhận Huy hiệu 75 năm tuổi Đảng, 3 đồng chí nhận Huy hiệu 65 năm, 6 đồng chí nhận Huy hiệu 55 năm, 8 đồng chí nhận Huy hiệu 45 năm và 6 đồng chí nhận Huy hiệu 30 năm tuổi Đảng. Đảng viên cao tuổi nhất là đồng chí Phạm Văn Tịnh, 97 tuổi, sinh hoạt tại Chi bộ khu dân cư số 12, vào Đảng năm 1954."),
           I("/Upload/Images/2029/8/trao-huy-hieu-dang-le-chan-01.jpg", "Đồng chí Vũ Thị Thu Hường, Bí thư Đảng ủy phường trao Huy hiệu 75 năm tuổi Đảng cho đồng chí Phạm Văn Tịnh (Ảnh: Minh Tâm)"),
           P("Phát biểu tại buổi lễ, đồng chí Vũ Thị Thu Hường chúc mừng các đảng viên được nhận Huy hiệu; ghi nhận những đóng góp của các đồng chí trong suốt những năm tháng tham gia cách mạng, xây dựng quê hương; mong các đồng chí tiếp tục giữ gìn phẩm chất, tư cách người đảng viên, là tấm gương sáng để các thế hệ đảng viên trẻ học tập, noi theo."),
           I("/Upload/Images/2029/8/trao-huy-hieu-dang-le-chan-02.jpg", "Lãnh đạo Đảng ủy phường chụp ảnh lưu niệm cùng các đảng viên được trao Huy hiệu 65 năm và 55 năm tuổi Đảng (Ảnh: Minh Tâm)"),
           P("Thay mặt các đảng viên được trao Huy hiệu, đồng chí Phạm Văn Tịnh bày tỏ niềm vinh dự, tự hào và hứa sẽ tiếp tục giữ vững niềm tin vào Đảng, tích cực tham gia các phong trào ở khu dân cư, động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước.")])


def page08():
    pub = d("2029-08-18 10:35")
    site = "https://lechan.haiphong.gov.vn"
    stf = lambda x: f"Ngày {x.day}.{x.month}.{x.year} | {x.hour}g{x.minute:02d}"
    signer = "Ngọc Diệp (Văn phòng Đảng ủy phường Lê Chân)"

    def detail(rng, rl, rd):
        img = lambda s, c, n: wimg(s, 600) + "\n" + wpar(c)
        body = A08.render(p=lambda t: wpar(t), img=img) + "\n" + wpar(signer, b=True, align="right", indent=False, run=False)
        u = "ctl00_ContentPlaceHolder1_ucXemTin"
        others = "".join(f'<li><a href="{site}/tin-tuc/chi-tiet.aspx?TinID={3180 - k * 7}&amp;ChuyenMucID=12">{esc(t)}</a> <span class="bm-ngaynho">({x.day}.{x.month}.{x.year})</span></li>'
                         for k, (t, x) in enumerate(zip(rl[:6], rd[:6])))
        return (f'<div class="bm-path"><a href="{site}/">Trang chủ</a> » <a href="{site}/tin-tuc/danh-sach.aspx?ChuyenMucID=3">Tin tức</a> » '
                f'<a href="{site}/tin-tuc/danh-sach.aspx?ChuyenMucID=12">Xây dựng Đảng</a></div>'
                f'<div id="{u}_pnlXemTin" class="bm-xemtin"><h1 class="bm-tieude"><span id="{u}_lblTieuDe">{esc(A08.title)}</span></h1>'
                f'<div class="bm-ngay"><span id="{u}_lblNgayDang">{esc(stf(pub))}</span> <span class="bm-luotxem">Lượt xem: 287</span></div>'
                f'<div class="bm-tomtat"><b><span id="{u}_lblTomTat">{esc(A08.lead)}</span></b></div>'
                f'<div id="{u}_divNoiDung" class="bm-noidung">{body}</div>'
                f'<div class="bm-congcu"><a href="#" onclick="window.print()">In bài</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div></div>'
                f'<div class="bm-tinkhac"><div class="bm-tinkhac-title">Tin khác</div><ul>{others}</ul></div>')

    return mk56(8, "ward_party_committee_webforms_binhminh_portal_captions_as_plain_word_paragraphs_twist",
                "haiphong-danguyphuonglechan-aspnet-webforms-binhminh-bm-portal-chi-tiet-aspx-tinid-ngay-d-m-yyyy-dotted-pipe-hh-g-mm-bold-lbltomtat-word-pasted-text-captions-plain-msonormal-paragraphs-anh-name-in-parentheses-signature-name-unit-twist",
                "wfbm", site, "/tin-tuc/chi-tiet.aspx?TinID=3187&ChuyenMucID=12",
                "Đảng ủy phường Lê Chân", None, A08, pub, detail,
                "", "Xây dựng Đảng",
                {"author": "Ngọc Diệp", "unit": "Văn phòng Đảng ủy phường Lê Chân"},
                "Bình Minh's ASP.NET WebForms CMS for wards (BM.Portal: /tin-tuc/chi-tiet.aspx?TinID=, a MasterPage with ContentPlaceHolder1 and the ucXemTin user control); an AWARD ceremony (Party badges). Stamp "
                "'Ngày 18.8.2029 | 10g35' → 2029-08-18T10:35 (dotted unpadded day and month, set 32; 'g' between hour and minute, set 31). The bold lblTomTat → lead. TWIST: the text "
                "is pasted from Word, and each picture's CAPTION is typed as an ordinary MsoNormal paragraph under it — same font, justified, first-line indent, no italics, no "
                "centring — told apart only by what it says: it describes the picture and ends with the photo credit in parentheses ('… cho đồng chí Phạm Văn Tịnh (Ảnh: Minh Tâm)'). "
                "Both are captions, kept whole with the credit (set 25 MAJORITY: a credit inside a caption stays there and sets no photographer → photographer null); they are not "
                "body. The signature typed last, bold right, 'Ngọc Diệp (Văn phòng Đảng ủy phường Lê Chân)' → author + unit. The awardee and the Secretary are subjects; "
                "category: the crumb's last level ('Xây dựng Đảng').",
                "Bình Minh's WebForms ward CMS (chi-tiet.aspx?TinID=): 'Ngày d.m.yyyy | HHgMM', bold lblTomTat, Word-pasted text whose captions are plain MsoNormal paragraphs ending '(Ảnh: Name)', 'Name (unit)' typed last — TWIST",
                kb=195, form=True, fmt=stf, head_author="Ngọc Diệp",
                traps={"photo_credit_in_caption": ["(Ảnh: Minh Tâm)"], "toolbar": ["Quay lại", "Gửi email"], "views": ["Lượt xem: 287"]})


# ================================================================== page 9: ASP.NET Core 6 Razor Pages (a vendor's ward portal, Summernote) — a training course; ICU's 'dddd, dd MMMM yyyy HH:mm', poster and approver, a body signing
A09 = A51("Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2029",
          "Sáng 3/8, Đảng ủy phường Bình Thạnh phối hợp với Trường Chính trị Thành phố khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới năm 2029.",
          [P("Lớp học có 112 học viên là đảng viên mới của 64 chi bộ trực thuộc Đảng bộ phường, được tổ chức trong 10 ngày theo hình thức học tập trung, kết hợp tự nghiên cứu tài liệu trên nền tảng học tập trực tuyến của Thành ủy."),
           P("Trong thời gian học, các học viên được nghiên cứu 5 chuyên đề: những vấn đề cơ bản của chủ nghĩa Mác - Lênin, tư tưởng Hồ Chí Minh; Đảng Cộng sản Việt Nam - lịch sử hình thành và phát triển; Điều lệ Đảng và nhiệm vụ của đảng viên; xây dựng Đảng về đạo đức; tình hình, nhiệm vụ phát triển kinh tế - xã hội của Thành phố và của phường."),
           I("/uploads/2029/08/khai-giang-lop-dang-vien-moi-01.jpg", "Đồng chí Đỗ Thanh Tùng, Phó Bí thư Đảng ủy phường phát biểu khai giảng lớp học"),
           P("Phát biểu khai giảng, đồng chí Đỗ Thanh Tùng, Phó Bí thư Đảng ủy phường đề nghị các học viên nghiêm túc chấp hành nội quy lớp học, tích cực thảo luận, liên hệ thực tiễn công tác ở cơ quan, khu phố; sau khóa học, mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong năm."),
           P("Kết thúc khóa học, các học viên sẽ làm bài thu hoạch; những học viên đạt yêu cầu được cấp giấy chứng nhận hoàn thành chương trình bồi dưỡng lý luận chính trị dành cho đảng viên mới.")])


def page09():
    pub = d("2029-08-03 11:20")
    site, base = "https://binhthanh.hochiminhcity.gov.vn", "/tin-tuc/giao-duc-chinh-tri/"
    stf = lambda x: f"{wd(x)}, {x.day:02d} tháng {x.month} {x.year} {hm(x)}"
    signer = "Ban Xây dựng Đảng Đảng ủy phường Bình Thạnh"

    def detail(rng, rl, rd):
        img = lambda s, c, n: (f'<p style="text-align: center; "><img style="width: 100%;" data-filename="z6{rng.randint(10**9, 10**10 - 1)}_{hexid(rng, 12)}.jpg" src="{s}"></p>'
                               f'<p style="text-align: center; "><i>{esc(c)}</i></p>')
        body = A09.render(p=lambda t: f'<p style="text-align: justify; ">{esc(t)}</p>', img=img) + "\n" + f'<p style="text-align: right; "><b>{esc(signer)}</b></p>'
        meta = (f'<div class="rp6-meta"><span class="rp6-date"><i class="bi bi-clock"></i> {esc(stf(pub))}</span>'
                f'<span class="rp6-poster"><i class="bi bi-person"></i> Người đăng: Lâm Quốc Huy</span>'
                f'<span class="rp6-approver"><i class="bi bi-patch-check"></i> Người duyệt: Trần Ngọc Phượng</span><span class="rp6-views"><i class="bi bi-eye"></i> 96</span></div>')
        cm = thread([("Trương Minh Nhựt", "03/08/2029 13:05", "Chúc các đồng chí đảng viên mới học tập tốt, vận dụng kiến thức vào công việc ở khu phố.")], head="Bình luận", cls="rp6-cmt")
        return (f'<article class="rp6-article"><h1 class="rp6-title">{esc(A09.title)}</h1>{meta}'
                f'<div class="rp6-sapo fw-bold">{esc(A09.lead)}</div><div class="rp6-content note-editable-output">{body}</div>'
                + sharebar("rp6-share") + '</article>' + cm
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Tin cùng chuyên mục", "rp6-same", 4410))

    return mk56(9, "ward_party_committee_aspnetcore6_razor_pages_icu_month_word_no_nam_poster_approver_body_signing",
                "hcm-danguyphuongbinhthanh-aspnetcore6-razor-pages-vendor-portal-icu-vi-dddd-dd-month-word-yyyy-hh-mm-nguoi-dang-nguoi-duyet-bold-sapo-summernote-images-data-filename-italic-centred-captions-ban-xay-dung-dang-signing-comments",
                "aspcore6rp", site, base + "khai-giang-lop-boi-duong-ly-luan-chinh-tri-danh-cho-dang-vien-moi-nam-2029-4417",
                "Đảng ủy phường Bình Thạnh", None, A09, pub, detail,
                crumbs_of(site, ["Tin tức", "Giáo dục chính trị"], cls="breadcrumb"), "Giáo dục chính trị",
                {"unit": signer},
                "ASP.NET Core 6 Razor Pages, a local vendor's ward portal; a TRAINING COURSE. The stamp is .NET's 'dddd, dd MMMM yyyy HH:mm' formatted under ICU's vi data (the month "
                "in words 'tháng 8', no 'năm'): 'Thứ Sáu, 03 tháng 8 2029 11:20' → 2029-08-03T11:20 (3 August 2029 is a Friday). Meta row: 'Người đăng: Lâm Quốc Huy' is a poster "
                "(set 34) and 'Người duyệt: Trần Ngọc Phượng' an approver (set 27) — neither is a writer. The text (Summernote: <i> captions, images with a data-filename that is never "
                "printed) is signed by a BODY, bold right 'Ban Xây dựng Đảng Đảng ủy phường Bình Thạnh' → author null, author_unit the body as printed (set 26: a signature naming a "
                "body). The speaker and the commenter are no writers; category: the crumb's last level.",
                "ASP.NET Core 6 Razor Pages (a vendor's ward portal), a training course: ICU's 'Thứ Sáu, 03 tháng 8 2029 11:20', 'Người đăng:' + 'Người duyệt:' in the meta row, bold sapo, Summernote pictures + <i> captions, a body signing the text, comments",
                kb=125, fmt=stf, head_author=None, side_avoid=["Khai giảng lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới"],
                traps={"poster": ["Người đăng: Lâm Quốc Huy"], "approver": ["Người duyệt: Trần Ngọc Phượng"], "comments": ["Trương Minh Nhựt"]})


# ================================================================== page 10: a vendor's CodeIgniter 4 CMS (a commune Youth Union, Quill) — a volunteer campaign; 'dd-mm-yyyy HH:MM:SS', 'Tin - ảnh: Name'
A10 = A51("Tuổi trẻ xã Nghĩa Đàn ra quân Chiến dịch Thanh niên tình nguyện hè năm 2029",
          "Sáng 30/6, Ban Thường vụ Đoàn xã Nghĩa Đàn tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2029 với chủ đề “Tuổi trẻ Nghĩa Đàn xung kích, tình nguyện vì cộng đồng”.",
          [P("Tham gia lễ ra quân có hơn 350 đoàn viên, thanh niên, học sinh, sinh viên tình nguyện hè đến từ 18 chi đoàn trực thuộc. Trong khuôn khổ chiến dịch, Đoàn xã đăng ký thực hiện 12 công trình, phần việc thanh niên với tổng giá trị khoảng 420 triệu đồng."),
           P("Nổi bật là công trình thắp sáng 2,5 km đường giao thông nông thôn tại xóm Đồng Tâm, sửa chữa Nhà văn hóa xóm Tân Minh; mở 4 lớp dạy bơi miễn phí cho trẻ em; thành lập 6 tổ thanh niên hỗ trợ người dân cài đặt, sử dụng dịch vụ công trực tuyến và ứng dụng định danh điện tử."),
           I("/writable/uploads/2029/06/ra-quan-tinh-nguyen-he-01.jpg", "Đoàn viên, thanh niên trồng cây, làm đường hoa tại xóm Đồng Tâm"),
           P("Chia sẻ tại lễ ra quân, em Phan Thị Khánh Linh, sinh viên Trường Đại học Vinh cho biết: “Đây là năm thứ ba em tham gia chiến dịch ở quê nhà. Em mong được đóng góp nhiều hơn cho các em nhỏ trong lớp học kỹ năng mùa hè”."),
           I("/writable/uploads/2029/06/ra-quan-tinh-nguyen-he-02.jpg", "Bí thư Đoàn xã Hoàng Văn Quyết trao cờ cho các đội hình thanh niên tình nguyện"),
           P("Ngay sau lễ ra quân, các đội hình đã dọn vệ sinh môi trường, trồng 500 cây xanh và làm 1,2 km đường hoa tại các tuyến đường trung tâm xã.")])


def page10():
    pub = d("2029-06-30 19:47:21")
    site, base = "https://doanxanghiadan.nghean.gov.vn", "/tin-tuc/"
    stf = lambda x: x.strftime("%d-%m-%Y %H:%M:%S")
    lst_fmt = lambda x: x.strftime("%d-%m-%Y %H:%M:") + f"{(x.minute * 7 + x.day * 13 + x.hour) % 60:02d}"  # other items' own seconds
    credit = "Tin - ảnh: Đoàn Minh Quân"

    def detail(rng, rl, rd):
        img = lambda s, c, n: f'<p class="ql-align-center"><img src="{s}"></p><p class="ql-align-center"><em>{esc(c)}</em></p>'
        body = A10.render(p=lambda t: f'<p class="ql-align-justify">{esc(t)}</p>', img=img) + "\n" + f'<p class="ql-align-right"><strong>{esc(credit)}</strong></p>'
        nav_ = (f'<div class="ci4-postnav"><a class="prev" href="{site}{base}{slug(rl[0])[:60]}-211"><span>Bài trước</span> {esc(rl[0])}</a>'
                f'<a class="next" href="{site}{base}{slug(rl[1])[:60]}-213"><span>Bài tiếp</span> {esc(rl[1])}</a></div>')
        return (f'<div class="ci4-article"><h1 class="ci4-title">{esc(A10.title)}</h1><div class="ci4-meta"><span class="ci4-date"><i class="fa fa-clock-o"></i> {stf(pub)}</span>'
                f' <span class="ci4-views"><i class="fa fa-eye"></i> 248 lượt xem</span></div><div class="ci4-sapo"><b>{esc(A10.lead)}</b></div>'
                f'<div class="ci4-content ql-editor">{body}</div>' + sharebar("ci4-share") + '</div>' + nav_
                + lst(site, base, list(zip(rl[2:8], rd[2:8])), lst_fmt, "ci4-same", "Tin cùng chuyên mục", start=190))

    return mk56(10, "commune_youth_union_codeigniter4_vendor_cms_quill_dd_mm_yyyy_dashes_seconds_tin_dash_anh_credit",
                "nghean-doanxanghiadan-codeigniter4-vendor-cms-dd-mm-yyyy-hh-mm-ss-bold-sapo-quill-ql-align-captions-quoted-student-tin-dash-anh-credit-prev-next-links",
                "ci4", site, base + "tuoi-tre-xa-nghia-dan-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2029-212",
                "Đoàn TNCS Hồ Chí Minh xã Nghĩa Đàn", None, A10, pub, detail,
                crumbs_of(site, ["Tin tức", "Phong trào tình nguyện"], cls="breadcrumb"), "Phong trào tình nguyện",
                {"author": "Đoàn Minh Quân", "photographer": "Đoàn Minh Quân"},
                "A local vendor's CMS on CodeIgniter 4, a commune Youth Union; a VOLUNTEER CAMPAIGN's launch. The stamp is PHP's 'd-m-Y H:i:s': '30-06-2029 19:47:21' → "
                "2029-06-30T19:47:21 (dashes, printed seconds kept, set 13). The body comes from the Quill editor (p.ql-align-justify; a picture in p.ql-align-center and its caption in "
                "the next centred <em>, set 26). The credit typed last, bold right, 'Tin - ảnh: Đoàn Minh Quân' → author and photographer 'Đoàn Minh Quân' (a DASH between the two "
                "roles means 'Tin, ảnh:', not 'Name - unit'). The student quoted and the Youth Union secretary are subjects; 'Bài trước' / 'Bài tiếp' links are navigation.",
                "A vendor's CodeIgniter 4 CMS (a commune Youth Union), a volunteer campaign: 'dd-mm-yyyy HH:MM:SS', bold sapo, Quill's ql-align captions, a quoted student, 'Tin - ảnh: Name', prev/next links",
                kb=105, fmt=lst_fmt, head_author="Đoàn Minh Quân",
                traps={"credit_as_printed": [credit], "post_nav": ["Bài trước", "Bài tiếp"], "views": ["248 lượt xem"]})


# ================================================================== page 11: WordPress + Newscrunch (a commune Women's Union) — Family Day talk; 'g:i a l, d/m/Y' ('9:10 chiều' at night), author field, 'Ảnh & clip: Name', no sapo
A11 = A51("Tọa đàm “Gia đình hạnh phúc - Lan tỏa yêu thương” nhân Ngày Gia đình Việt Nam",
          None,
          [P("Tối 28/6, Hội Liên hiệp Phụ nữ xã Long Hựu phối hợp với Phòng Văn hóa - Xã hội xã tổ chức tọa đàm “Gia đình hạnh phúc - Lan tỏa yêu thương” nhân kỷ niệm Ngày Gia đình Việt Nam 28/6, thu hút gần 200 hội viên phụ nữ và người dân tham dự."),
           P("Tại tọa đàm, các đại biểu đã nghe chia sẻ kinh nghiệm giữ gìn hạnh phúc gia đình, nuôi dạy con trong thời đại số; trao đổi về phòng, chống bạo lực gia đình và xâm hại trẻ em. Nhiều câu chuyện chân thực của các cặp vợ chồng đã chung sống hơn 50 năm khiến người nghe xúc động."),
           I("/wp-content/uploads/2029/06/toa-dam-gia-dinh-hanh-phuc-01-1024x683.jpg", "Các cặp vợ chồng tiêu biểu chia sẻ kinh nghiệm xây dựng gia đình hạnh phúc"),
           P("Bà Trần Thị Kim Loan, 74 tuổi, ở ấp Long Thạnh tâm sự: “Vợ chồng tôi đã cùng nhau đi qua 52 năm. Bí quyết chẳng có gì cao siêu, chỉ là biết nhường nhịn, lắng nghe và luôn dành cho nhau những lời tử tế”."),
           P("Dịp này, Hội LHPN xã biểu dương 15 gia đình tiêu biểu trong phong trào xây dựng gia đình “5 có, 3 sạch”; mỗi gia đình được tặng giấy khen và phần quà trị giá 500.000 đồng."),
           I("/wp-content/uploads/2029/06/toa-dam-gia-dinh-hanh-phuc-02-1024x683.jpg", "Lãnh đạo xã trao giấy khen cho các gia đình tiêu biểu")])


def page11():
    pub = d("2029-06-28 21:10")
    site = "https://phunulonghuu.tayninh.gov.vn"
    stf = lambda x: f"{twelve(x, am='sáng', pm='chiều')} {wd(x)}, {dmy(x)}"
    lst_fmt = lambda x: dmy(x)

    def detail(rng, rl, rd):
        figw = lambda s, c, n: (f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="{site}{s}" alt="" class="wp-image-{3400 + n}" />'
                                f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>", img=figw) + "\n" + '<p class="has-text-align-right"><strong>Ảnh &amp; clip: Minh Luân</strong></p>'
        body += ('\n<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube"><div class="wp-block-embed__wrapper">'
                 '<iframe title="Tọa đàm Gia đình hạnh phúc - Lan tỏa yêu thương | Hội LHPN xã Long Hựu" width="720" height="405" src="https://video.example/embed/hlp2906" frameborder="0" allowfullscreen></iframe></div></figure>')
        meta = (f'<div class="spnc-entry-meta"><span class="spnc-author"><a href="{site}/author/thusuong/" rel="author">Thu Sương</a></span>'
                f' <span class="spnc-date"><time class="entry-date published" datetime="{pub.isoformat()}">{esc(stf(pub))}</time></span>'
                f' <span class="spnc-comments"><a href="#comments">2 bình luận</a></span></div>')
        postnav = (f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                   f'<div class="nav-previous"><a href="{site}/{slug(rl[0])[:50]}/" rel="prev"><span class="meta-nav">Bài trước</span> {esc(rl[0])}</a></div>'
                   f'<div class="nav-next"><a href="{site}/{slug(rl[1])[:50]}/" rel="next"><span class="meta-nav">Bài sau</span> {esc(rl[1])}</a></div></div></nav>')
        relp = "".join(f'<article class="spnc-related-post"><h4 class="spnc-entry-title"><a href="{site}/{slug(t)[:50]}/">{esc(t)}</a></h4>'
                       f'<span class="spnc-date">{lst_fmt(x)}</span></article>' for t, x in zip(rl[2:6], rd[2:6]))
        cm = thread([("Nguyễn Thị Mộng Tuyền", "29/06/2029 lúc 6:40 sáng", "Buổi tọa đàm thật ý nghĩa, mong Hội tổ chức thêm ở các ấp."),
                     ("Lê Văn Hiếu", "29/06/2029 lúc 8:15 sáng", "Câu chuyện của cô Loan làm tôi nhớ ba mẹ mình.")], head="Bình luận", cls="comment")
        return (f'<nav class="spnc-breadcrumb" aria-label="Breadcrumbs"><a href="{site}/">Trang chủ</a> » <a href="{site}/chuyen-muc/hoat-dong-hoi/">Hoạt động Hội</a> » <span>{esc(A11.title)}</span></nav>'
                f'<article class="post type-post status-publish format-standard has-post-thumbnail"><div class="spnc-post-content"><div class="spnc-entry-header">'
                f'<div class="spnc-category"><a href="{site}/chuyen-muc/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></div>'
                f'<h1 class="spnc-entry-title">{esc(A11.title)}</h1>{meta}</div><div class="spnc-entry-content entry-content">{body}</div>'
                f'<div class="spnc-tags">Thẻ: <a href="{site}/tag/ngay-gia-dinh-viet-nam/" rel="tag">Ngày Gia đình Việt Nam</a> <a href="{site}/tag/5-co-3-sach/" rel="tag">5 có 3 sạch</a></div></div></article>'
                + postnav + f'<div class="spnc-related"><h3>Bài viết liên quan</h3>{relp}</div>' + cm)

    return mk56(11, "commune_womens_union_wordpress_newscrunch_twelve_hour_chieu_at_night_author_field_anh_and_clip_credit_no_sapo",
                "tayninh-hoilhpnxalonghuu-wordpress-newscrunch-single-post-breadcrumb-category-badge-author-link-g-i-a-l-d-m-y-9-10-chieu-thu-nam-wp-element-captions-anh-ampersand-clip-credit-youtube-embed-post-navigation-comments",
                "newscrunch", site, "/toa-dam-gia-dinh-hanh-phuc-lan-toa-yeu-thuong/",
                "Hội LHPN xã Long Hựu", "WordPress 6.9", A11, pub, detail,
                "", "Hoạt động Hội",
                {"author": "Thu Sương", "photographer": "Minh Luân"},
                "WordPress + Newscrunch (Spice Themes), a commune Women's Union; a FAMILY DAY talk. The meta row prints a custom 'g:i a l, d/m/Y': '9:10 chiều Thứ Năm, 28/06/2029' → "
                "2029-06-28T21:10 — WordPress's vi meridiem has only 'sáng' / 'chiều', so nine in the evening prints 'chiều': p.m. (set 34), which the stamp's own <time datetime> "
                "confirms. The theme's author link prints a person's display name 'Thu Sương' → author (set 27: a platform author field naming a person). The text has NO sapo "
                "(Newscrunch prints no excerpt; the first paragraph is ordinary) → lead null. 'Ảnh & clip: Minh Luân' typed last, bold right → photographer 'Minh Luân' ('&' for "
                "'và', set 54; the clip adds nothing). The YouTube embed's title, tags, 'Bài trước' / 'Bài sau', related posts and comments are chrome; the quoted woman is a subject. "
                "Category: the category badge and the crumb agree ('Hoạt động Hội').",
                "WordPress + Newscrunch (a commune Women's Union), Family Day: '9:10 chiều Thứ Năm, dd/mm/yyyy' for 21:10, the theme's author link (a person), no sapo, wp-element-caption figures, 'Ảnh & clip: Name', an embed, post navigation, comments",
                kb=230, fmt=lst_fmt, head_author="Thu Sương",
                traps={"embed_title": ["Tọa đàm Gia đình hạnh phúc - Lan tỏa yêu thương | Hội LHPN xã Long Hựu"], "post_nav": ["Bài trước", "Bài sau"],
                       "tags": ["5 có 3 sạch"], "comments": ["Nguyễn Thị Mộng Tuyền", "Lê Văn Hiếu"], "credit_as_printed": ["Ảnh & clip: Minh Luân"]})


# ================================================================== page 12 (TWIST 1): Joomla 3.2 + a vendor template on YJSG (a provincial Farmers' Union) — a training course; the page navigation ABOVE the headline, with the neighbours' titles and days; the item's own day only in the info block below
A12 = A51("Tập huấn quy trình canh tác lúa chất lượng cao, phát thải thấp cho hội viên nông dân",
          "Ngày 8 và 9/8, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn quy trình canh tác lúa chất lượng cao, phát thải thấp cho 120 hội viên nông dân của các xã Tháp Mười, Mỹ Quí, Phương Thịnh và Trường Xuân.",
          [P("Tại lớp tập huấn, học viên được các kỹ sư nông nghiệp hướng dẫn kỹ thuật làm đất, sử dụng giống xác nhận, gieo sạ bằng máy với lượng giống 60 - 80 kg/ha, bón phân cân đối theo bảng so màu lá, tưới ngập khô xen kẽ và thu gom rơm rạ ra khỏi đồng ruộng để giảm phát thải khí nhà kính."),
           I("/images/2029/08/tap-huan-lua-phat-thai-thap-01.jpg", "Kỹ sư Trung tâm Khuyến nông tỉnh hướng dẫn hội viên sử dụng bảng so màu lá"),
           P("Theo đại diện Trung tâm Khuyến nông tỉnh, áp dụng đúng quy trình giúp giảm 30 - 50% lượng giống, giảm 20% lượng phân đạm, tiết kiệm 25% nước tưới; lợi nhuận tăng thêm 4 - 6 triệu đồng/ha so với canh tác truyền thống."),
           P("Ông Lê Văn Bé Tư, hội viên nông dân xã Mỹ Quí cho biết: “Vụ hè thu năm nay tôi làm thử 2 ha theo quy trình mới, thấy lúa khỏe, ít sâu bệnh, chi phí giảm rõ. Vụ tới tôi sẽ vận động cả tổ hợp tác cùng làm”."),
           P("Sau tập huấn, Hội Nông dân tỉnh sẽ hỗ trợ hội viên liên kết với doanh nghiệp bao tiêu sản phẩm, hướng tới xây dựng 5.000 ha vùng lúa chất lượng cao, phát thải thấp trong năm 2029.")])
A12_PREV = ("Hội Nông dân tỉnh ký kết chương trình phối hợp tiêu thụ nông sản với 5 doanh nghiệp", "2029-08-07 09:15")
A12_NEXT = ("Ra mắt Tổ hợp tác nuôi cá tra theo chuỗi liên kết ở xã Thường Phước", "2029-08-10 07:40")


def page12():
    pub = d("2029-08-09 14:20")
    site = "https://hoinongdan.dongthap.gov.vn"
    stf = lambda x: f"{wd(x, lower=True)}, {x.day:02d} Tháng {x.month} {x.year} {hm(x)}"
    credit = "Theo Thanh Tùng (Báo Đồng Tháp)"
    prev_d, next_d = d(A12_PREV[1]), d(A12_NEXT[1])

    def detail(rng, rl, rd):
        body = A12.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=pem)
        body = f'<p style="text-align: justify;"><strong>{esc(A12.lead)}</strong></p>\n' + body + "\n" + f'<p style="text-align: right;"><em>{esc(credit)}</em></p>'
        info = (f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="category-name">Được đăng trong <a href="/index.php/tin-tuc/tap-huan-chuyen-giao">Tập huấn - Chuyển giao</a></dd>'
                f'<dd class="published"><span class="icon-calendar"></span> Ngày đăng: {esc(stf(pub))}</dd>'
                f'<dd class="createdby">Viết bởi <span>Hội Nông dân Đồng Tháp</span></dd><dd class="hits"><span class="icon-eye-open"></span> Lượt xem: 312</dd></dl>')
        pagenav = (f'<ul class="pager pagenav yj-pagenav">'
                   f'<li class="previous"><a href="/index.php/tin-tuc/tap-huan-chuyen-giao/1871-{slug(A12_PREV[0])[:50]}" rel="prev"><span class="pn-label">&laquo; Bài trước</span> '
                   f'<span class="pn-title">{esc(A12_PREV[0])}</span> <span class="pn-date">({esc(stf(prev_d))})</span></a></li>'
                   f'<li class="next"><a href="/index.php/tin-tuc/tap-huan-chuyen-giao/1877-{slug(A12_NEXT[0])[:50]}" rel="next"><span class="pn-label">Bài tiếp &raquo;</span> '
                   f'<span class="pn-title">{esc(A12_NEXT[0])}</span> <span class="pn-date">({esc(stf(next_d))})</span></a></li></ul>')
        crumb = ('<ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li><a href="/" class="pathway">Trang chủ</a><span class="divider">»</span></li>'
                 '<li><a href="/index.php/tin-tuc" class="pathway">Tin tức</a><span class="divider">»</span></li><li><a href="/index.php/tin-tuc/tap-huan-chuyen-giao" class="pathway">Tập huấn - Chuyển giao</a></li></ul>')
        newer = "".join(f'<li><a href="/index.php/tin-tuc/{slug(t)[:40]}">{esc(t)}</a></li>' for t in rl[:5])
        return (crumb + f'<div class="item-page" itemscope itemtype="https://schema.org/Article">{pagenav}<div class="page-header"><h2 itemprop="headline">{esc(A12.title)}</h2></div>'
                f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" href="#"><span class="icon-cog"></span></a><ul class="dropdown-menu"><li class="print-icon"><a href="#">In</a></li><li class="email-icon"><a href="#">E-mail</a></li></ul></div>'
                f'<div itemprop="articleBody">{body}</div>{info}</div>'
                f'<div class="moduletable yj-newsitems"><h3>Tin mới hơn</h3><ul class="newsflash">{newer}</ul></div>')

    return mk56(12, "farmers_association_joomla32_yjsg_pagenav_above_headline_neighbours_days_own_day_in_info_block_below_twist",
                "dongthap-hoinongdantinh-joomla32-yjsg-vendor-template-pagenav-above-h2-bai-truoc-bai-tiep-titles-lc2-days-h2-headline-bold-first-paragraph-lead-centred-italic-caption-theo-name-bao-info-block-below-ngay-dang-viet-boi-office-account-twist",
                "j32yjsg", site, "/index.php/tin-tuc/tap-huan-chuyen-giao/1874-tap-huan-quy-trinh-canh-tac-lua-chat-luong-cao-phat-thai-thap",
                "Hội Nông dân tỉnh Đồng Tháp", "Joomla! - Open Source Content Management", A12, pub, detail,
                "", "Tập huấn - Chuyển giao",
                {"author": "Thanh Tùng"},
                "Joomla 3.2 + a vendor template on the YJSG framework, a provincial Farmers' Union; a TRAINING COURSE reprinted from the provincial paper. TWIST: the article's page "
                "navigation is set to print ABOVE the text (Joomla's 'Position of Navigation: Above'), and the template's override shows the neighbours' titles and days in the very "
                "shape of the item's stamp — '« Bài trước Hội Nông dân tỉnh ký kết … (Thứ ba, 07 Tháng 8 2029 09:15)' and 'Bài tiếp » Ra mắt Tổ hợp tác … (Thứ sáu, 10 Tháng 8 2029 "
                "07:40)' — so the first, and nearest, full stamp to the headline is the PREVIOUS item's, and the second the next item's. The item's own day is printed only in the "
                "article info block BELOW the text: 'Ngày đăng: Thứ năm, 09 Tháng 8 2029 14:20' → 2029-08-09T14:20 (sets 29, 44: a stamp after the text is the item's; set 33: other "
                "items' stamps in the item's shape are theirs). In the same block 'Được đăng trong Tập huấn - Chuyển giao' is the category (the crumb agrees) and 'Viết bởi Hội Nông "
                "dân Đồng Tháp' Joomla's created-by user — an account named after the office (set 30), not a unit. The headline is the page header's h2; the bold first paragraph → "
                "lead. The text ends with italic right 'Theo Thanh Tùng (Báo Đồng Tháp)' → author 'Thanh Tùng', unit null (set 35). The quoted farmer is a subject.",
                "Joomla 3.2 + a YJSG vendor template, a training course: the page navigation ABOVE the h2 with the neighbours' titles and days in the item's stamp shape, bold first paragraph, centred italic caption, 'Theo Name (Báo …)', the item's day only in the info block below ('Ngày đăng', 'Được đăng trong', 'Viết bởi <office>') — TWIST",
                kb=165, fmt=lambda x: dmy(x), head_author="Thanh Tùng", today=pub + timedelta(days=1, hours=19, minutes=12),
                traps={"related": lambda rl: rl[:5], "neighbours": [A12_PREV[0], A12_NEXT[0], "(Thứ ba, 07 Tháng 8 2029 09:15)", "(Thứ sáu, 10 Tháng 8 2029 07:40)"],
                       "account": ["Viết bởi Hội Nông dân Đồng Tháp"], "credit_as_printed": [credit], "hits": ["Lượt xem: 312"]})


# ================================================================== page 13: Drupal 9.5 + Newsplus Lite (a provincial People's Council office) — a voters' meeting; 'd Th{m}, Y - H:i', two crumbs (the nearer is deeper), 'A – B'
A13 = A51("Đại biểu HĐND tỉnh tiếp xúc cử tri xã Ia Grai trước kỳ họp thường lệ giữa năm 2029",
          "Sáng 3/7, Tổ đại biểu HĐND tỉnh ứng cử tại đơn vị bầu cử số 7 đã tiếp xúc cử tri xã Ia Grai trước kỳ họp thường lệ giữa năm 2029 của HĐND tỉnh.",
          [P("Tại buổi tiếp xúc, đại biểu Ksor H’Yăm, Phó Trưởng ban Dân tộc HĐND tỉnh thông tin đến cử tri dự kiến nội dung, chương trình kỳ họp và kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm của tỉnh."),
           P("Cử tri xã Ia Grai đã nêu 14 ý kiến, kiến nghị. Cử tri Siu Thơm ở làng Dơ Keo đề nghị tỉnh sớm đầu tư nâng cấp tuyến đường liên xã Ia Grai - Ia Tô đã xuống cấp nghiêm trọng, gây khó khăn cho việc vận chuyển nông sản vào mùa mưa. Cử tri Nguyễn Văn Đức ở thôn 3 kiến nghị có chính sách hỗ trợ nông dân chuyển đổi diện tích cà phê già cỗi sang trồng sầu riêng, mắc ca theo hướng bền vững."),
           I("/sites/default/files/2029-07/tiep-xuc-cu-tri-ia-grai-01.jpg", "Cử tri xã Ia Grai phát biểu ý kiến tại buổi tiếp xúc"),
           P("Thay mặt Tổ đại biểu, đại biểu Trần Quang Vinh, Phó Giám đốc Sở Xây dựng đã giải trình các ý kiến thuộc thẩm quyền; đối với những kiến nghị vượt thẩm quyền, Tổ đại biểu sẽ tổng hợp, gửi đến các cơ quan chức năng xem xét, trả lời cử tri theo quy định.")])


def page13():
    pub = d("2029-07-03 11:58")
    site = "https://hdnd.gialai.gov.vn"
    stf = lambda x: f"{x.day:02d} Th{x.month}, {x.year} - {hm(x)}"
    credit = "Minh Khang – Rơ Châm H’Linh"

    def detail(rng, rl, rd):
        figd = lambda s, c, n: (f'<figure role="group" class="caption caption-img"><img loading="lazy" src="{s}" width="800" height="533" alt="" />'
                                f'<figcaption>{esc(c)}</figcaption></figure>')
        body = A13.render(p=lambda t: f"<p>{esc(t)}</p>", img=figd) + "\n" + rightp(credit)
        terms = ('<div class="field field--name-field-chuyen-muc field--type-entity-reference"><ol class="term-trail">'
                 '<li><a href="/tin-tuc/hoat-dong-hdnd">Hoạt động HĐND</a></li><li>›</li><li><a href="/tin-tuc/hoat-dong-hdnd/tiep-xuc-cu-tri">Tiếp xúc cử tri</a></li></ol></div>')
        meta = (f'<div class="node__meta"><div class="post-info"><span><i class="fa fa-calendar"></i> {esc(stf(pub))}</span>'
                f'<span><i class="fa fa-user"></i> <span class="field field--name-uid">vp_hdnd</span></span><span><i class="fa fa-comment"></i> 0</span></div></div>')
        rel = "".join(f'<div class="views-row"><span class="views-field-title"><a href="/tin-tuc/{slug(t)[:50]}">{esc(t)}</a></span> '
                      f'<span class="views-field-created">{esc(stf(x))}</span></div>' for t, x in zip(rl[:6], rd[:6]))
        return (f'<article role="article" class="node node--type-article node--view-mode-full">{terms}'
                f'<h1 class="title page-title"><span class="field field--name-title">{esc(A13.title)}</span></h1>{meta}'
                f'<div class="field field--name-field-sapo"><p><em>{esc(A13.lead)}</em></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{body}</div>'
                f'<ul class="links inline"><li class="comment-forbidden">Vui lòng <a href="/user/login">đăng nhập</a> để gửi bình luận</li></ul></article>'
                f'<div class="views-element-container block-views-blockrelated"><h2>Tin liên quan</h2>{rel}</div>')

    crumbs = ('<div id="block-newsplus-lite-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation">'
              '<ol><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ol></nav></div>')
    return mk56(13, "peoples_council_office_drupal95_newsplus_lite_th_month_abbreviation_two_crumbs_nearest_deeper_two_writers_en_dash",
                "gialai-vanphongdoandbqhvahdndtinh-drupal95-newsplus-lite-system-breadcrumb-header-term-trail-above-h1-d-thm-y-h-i-account-uid-italic-sapo-field-figure-role-group-voters-quoted-a-en-dash-b-jrai-name",
                "d95npl", site, "/tin-tuc/hoat-dong-hdnd/tiep-xuc-cu-tri/dai-bieu-hdnd-tinh-tiep-xuc-cu-tri-xa-ia-grai",
                "Văn phòng Đoàn ĐBQH và HĐND tỉnh Gia Lai", "Drupal 9 (https://www.drupal.org)", A13, pub, detail,
                crumbs, "Tiếp xúc cử tri",
                {"author": "Minh Khang, Rơ Châm H’Linh"},
                "Drupal 9.5 + Newsplus Lite, the provincial People's Council office; a VOTERS' MEETING. The post-info prints Drupal's 'd M, Y - H:i' with the vi short month: '03 Th7, "
                "2029 - 11:58' → 2029-07-03T11:58 ('Th7' is July, as WordPress's 'Th1' of set 31); the related view prints other items in the same shape. 'vp_hdnd' (the node's uid) is "
                "an account. TWO trails: the system breadcrumb block in the page-intro region ('Trang chủ › Tin tức') and, nearer the item, the node's own section trail above the h1 "
                "('Hoạt động HĐND › Tiếp xúc cử tri') → category 'Tiếp xúc cử tri' (the deepest level printed, and the one nearest the article). The italic sapo field → lead. The credit "
                "typed last, bold right, 'Minh Khang – Rơ Châm H’Linh' → two writers (an EN DASH between two personal names, sets 28 and 31; the Jrai 'H’' particle kept, set 55), unit null. "
                "The deputies and the voters quoted are subjects.",
                "Drupal 9.5 + Newsplus Lite, a voters' meeting: '03 Th7, 2029 - 11:58', an account uid, a header breadcrumb AND a deeper section trail above the h1, italic sapo field, figure role=group, 'A – B' (Jrai name)",
                kb=145, fmt=stf, head_author="Minh Khang",
                traps={"account": ["vp_hdnd"], "comment_link": ["Vui lòng đăng nhập để gửi bình luận"], "credit_as_printed": [credit]})


# ================================================================== page 14: a merged press agency's CMS, the standard detail with a Froala body — a commemoration; two writers as avatar links, 'Đăng | Cập nhật', 'Ảnh: Name' after the text
A14 = A51("Truy điệu, an táng 21 hài cốt liệt sĩ quân tình nguyện hy sinh tại Campuchia",
          "Sáng 26/7, tại Nghĩa trang liệt sĩ tỉnh, Bộ Chỉ huy Quân sự tỉnh phối hợp với các cơ quan liên quan tổ chức lễ truy điệu, an táng 21 hài cốt liệt sĩ quân tình nguyện và chuyên gia Việt Nam hy sinh tại Campuchia qua các thời kỳ chiến tranh, được quy tập trong mùa khô 2028 - 2029.",
          [P("Dự buổi lễ có các đồng chí lãnh đạo Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh; đại diện Bộ Tư lệnh Quân khu 7; Đoàn đại biểu tỉnh Svay Rieng (Vương quốc Campuchia) cùng đông đảo cán bộ, chiến sĩ lực lượng vũ trang, đoàn viên thanh niên và thân nhân các liệt sĩ."),
           I("/uploads/2029/07/26/truy-dieu-liet-si-01.jpg", "Các đại biểu dâng hương tưởng niệm các anh hùng liệt sĩ"),
           P("Trong mùa khô 2028 - 2029, Đội K70 của Bộ Chỉ huy Quân sự tỉnh đã phối hợp với các lực lượng chức năng của Campuchia tìm kiếm, cất bốc được 21 hài cốt liệt sĩ tại các tỉnh Svay Rieng và Prey Veng, trong đó có 3 hài cốt đã xác định được danh tính."),
           RAW("docthem"),
           P("Đọc điếu văn tại buổi lễ, đại diện Bộ Chỉ huy Quân sự tỉnh bày tỏ lòng biết ơn sâu sắc đối với các anh hùng liệt sĩ đã chiến đấu, hy sinh vì nghĩa vụ quốc tế cao cả, góp phần giúp nhân dân Campuchia thoát khỏi họa diệt chủng."),
           I("/uploads/2029/07/26/truy-dieu-liet-si-02.jpg", "Cán bộ, chiến sĩ đưa hài cốt liệt sĩ vào khu mộ"),
           P("Bà Nguyễn Thị Út, 79 tuổi, ở xã Hòa Hội, em gái liệt sĩ Nguyễn Văn Ba xúc động: “Gia đình tôi đã chờ anh suốt hơn 45 năm. Hôm nay anh đã được về với quê hương, với đồng đội, tôi không còn gì mong mỏi hơn”."),
           P("Sau lễ truy điệu, 21 hài cốt liệt sĩ đã được an táng trang trọng tại Nghĩa trang liệt sĩ tỉnh.")])


def page14():
    pub, upd = d("2029-07-26 10:40"), d("2029-07-26 14:05")
    site, base = "https://baotayninh.vn", "/quoc-phong-an-ninh/"
    stf = lambda x: f"{hm(x)} | {dmy(x)}"

    def detail(rng, rl, rd):
        docthem = (f'<div class="pf-readmore"><span class="pf-readmore-label">Đọc thêm</span><a class="pf-readmore-title" href="{site}/xa-hoi/tiep-nhan-21-hai-cot-liet-si-tai-cua-khau-moc-bai-a214407.html">'
                   f'Tiếp nhận 21 hài cốt liệt sĩ tại Cửa khẩu Mộc Bài</a><p class="pf-readmore-sapo">Chiều 23/7, tại Cửa khẩu quốc tế Mộc Bài, Bộ Chỉ huy Quân sự tỉnh đã tiếp nhận 21 hài cốt liệt sĩ do Đội K70 quy tập tại Campuchia.</p></div>')
        frimg = lambda s, c, n: (f'<p><span class="fr-img-caption fr-fic fr-dib" style="width: 100%;"><span class="fr-img-wrap"><img src="{site}{s}" class="fr-fic fr-dii" alt="">'
                                 f'<span class="fr-inner">{esc(c)}</span></span></span></p>')
        body = A14.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=frimg, raw=lambda k: docthem) + "\n" + '<p style="text-align: right;"><strong>Ảnh: Tấn Phát</strong></p>'
        authors = ('<div class="pf-authors"><a class="pf-author" href="/tac-gia/hoang-yen"><img src="/uploads/authors/hoang-yen.jpg" alt="" /><span class="pf-author-name">Hoàng Yến</span></a>'
                   '<a class="pf-author" href="/tac-gia/tan-phat"><img src="/uploads/authors/tan-phat.jpg" alt="" /><span class="pf-author-name">Tấn Phát</span></a></div>')
        stamps = (f'<div class="pf-stamps"><span class="pf-pub">Đăng: {stf(pub)}</span> <span class="pf-upd">Cập nhật: {stf(upd)}</span></div>')
        cm = thread([("Lâm Văn Sơn", "26/07/2029 12:41", "Đời đời biết ơn các anh hùng liệt sĩ!"),
                     ("Trần Thị Ngọc Hân", "26/07/2029 15:20", "Xúc động quá, cảm ơn các chiến sĩ Đội K70.")], head="Bình luận", cls="pf-cmt")
        return (tick54(rng, pub, stf, "Tin nóng", "pf-ticker")
                + f'<article class="pf-article"><div class="pf-cat"><a href="{site}{base}">Quốc phòng - An ninh</a></div><h1 class="pf-title">{esc(A14.title)}</h1>{stamps}{authors}'
                f'<h2 class="pf-sapo">{esc(A14.lead)}</h2><div class="pf-content fr-view">{body}</div>'
                + tags(site, ["Đội K70", "liệt sĩ quân tình nguyện", "27/7"], "Từ khóa:", "pf-tags") + sharebar("pf-share") + '</article>' + cm
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Cùng chuyên mục", "pf-same", 214380))

    crumbs = f'<ul class="pf-breadcrumb"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/chinh-tri/">Chính trị</a></li><li><a href="{site}{base}">Quốc phòng - An ninh</a></li></ul>'
    return mk56(14, "merged_press_agency_froala_detail_two_writers_as_avatar_links_dang_cap_nhat_pipe_anh_after_text",
                "tayninh-baovaptth-press-cms-standard-detail-ticker-category-label-h1-dang-hh-mm-pipe-dd-mm-yyyy-cap-nhat-two-author-avatar-links-h2-sapo-froala-fr-img-caption-doc-them-box-anh-name-after-text-tags-comments",
                "press_fr", site, base + "truy-dieu-an-tang-21-hai-cot-liet-si-quan-tinh-nguyen-hy-sinh-tai-campuchia-a214412.html",
                "Báo và Phát thanh, Truyền hình Tây Ninh", None, A14, pub, detail,
                crumbs, "Quốc phòng - An ninh",
                {"author": "Hoàng Yến, Tấn Phát", "photographer": "Tấn Phát"},
                "A merged provincial press agency's CMS, the standard detail with a Froala body; a COMMEMORATION (martyrs' remains reburied before 27 July). Stamps under the h1: 'Đăng: "
                "10:40 | 26/07/2029' → published T10:40, 'Cập nhật: 14:05 | 26/07/2029' → updated (time first, a pipe). The byline is TWO author links with avatars and no separator "
                "between them (markup only) → author 'Hoàng Yến, Tấn Phát' (several writers in page order, set 36's multi-value author field). 'Ảnh: Tấn Phát' typed last in its own "
                "paragraph → photographer (set 31). Froala's captions (span.fr-img-caption > span.fr-inner) are captions; the 'Đọc thêm' box with another item's headline and sapo "
                "inside the text is a box (set 24). The h2 sapo → lead. The ticker, tags, comments and 'Cùng chuyên mục' are chrome; the quoted relative is a subject.",
                "A merged press agency's CMS (Froala body), a commemoration: ticker, 'Đăng: HH:MM | dd/mm/yyyy' + 'Cập nhật:', two author avatar links, h2 sapo, fr-img-caption captions, an in-text 'Đọc thêm' box, 'Ảnh: Name' after the text, tags, comments",
                kb=275, upd=upd, fmt=stf, head_author="Hoàng Yến",
                traps={"readmore": ["Tiếp nhận 21 hài cốt liệt sĩ tại Cửa khẩu Mộc Bài", "Chiều 23/7, tại Cửa khẩu quốc tế Mộc Bài"], "comments": ["Lâm Văn Sơn", "Trần Thị Ngọc Hân"],
                       "tags": ["Từ khóa:"]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12, page13, page14]
