"""Set 51 pages 1-14: LONG-FORM AND MULTI-PART ITEMS, AS RESEARCHERS CITE THEM, weighted as the real sites are
(vn-sites.md): four NukeViet pages (4.5, 4.3, 4.4, 4.2 under new themes), two '.dcs.vn' templates ('Bảo vệ nền tảng tư
tưởng của Đảng', 'Văn kiện - Tư liệu'), Liferay DXP 2024.Q2 + Sông Hàn's portlet, SharePoint Server 2019 + Tinh Vân's web
part, an ASP.NET WebForms 4.6.1 vendor CMS (Trường Sơn), DNN 9.8 + a vendor's Q&A module, WordPress + Newspack, Joomla
5.1 + Gantry 5 (Hydrogen), Drupal 11 + Solo, and a merged press agency's series view (the set's ONE twist). Page helpers
copied from set 50's module (which kept set 49's); set 51 adds the A51 blocks (bold questions, a table printed with
rowspan, pull quotes) and one builder, mk51."""
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


# ================================================================== page 1: an interview (NukeViet 4.5, a Ban Tuyên giáo và Dân vận theme)
A01 = A51("Bí thư Đảng ủy xã Pa Tần: “Chi bộ bản mạnh thì dân tin, việc khó mấy cũng thành”",
          "Năm 2028, năm đầu tiên thực hiện trọn vẹn nhiệm vụ theo mô hình chính quyền địa phương hai cấp, xã Pa Tần hoàn thành 9/9 chỉ tiêu chủ yếu, tỷ lệ hộ nghèo giảm 6,2%. Phóng viên đã có cuộc trao đổi với đồng chí Giàng A Dính, Bí thư Đảng ủy xã Pa Tần, về cách xã vùng cao này đưa nghị quyết của Đảng về đến từng bản.",
          [I("/uploads/news/2028_12/bi-thu-dang-uy-xa-pa-tan-giang-a-dinh.jpg", "Đồng chí Giàng A Dính, Bí thư Đảng ủy xã Pa Tần"),
           Q("Thưa đồng chí, năm 2028 là năm đầu tiên xã Pa Tần thực hiện trọn vẹn nhiệm vụ theo mô hình chính quyền hai cấp. Đồng chí đánh giá thế nào về những kết quả đạt được?"),
           P("Đảng bộ xã hiện có 31 chi bộ với hơn 640 đảng viên, phần lớn là người Mông, người Dao. Ngay từ đầu năm, Ban Chấp hành Đảng bộ xã xác định phải đưa nghị quyết về đến từng chi bộ bản, mỗi nghị quyết chỉ chọn một, hai việc làm ngay, làm dứt điểm. Nhờ vậy, đến cuối năm, xã hoàn thành 9/9 chỉ tiêu chủ yếu; thu nhập bình quân đầu người đạt 38 triệu đồng, tăng gần 5 triệu đồng so với năm trước; tỷ lệ hộ nghèo giảm từ 31,4% xuống còn 25,2%."),
           P("Điều tôi tâm đắc nhất là người dân đã chủ động hơn. Trước đây, làm đường bê tông nội bản thì bà con chờ Nhà nước đầu tư toàn bộ; năm nay, bà con 12 bản tự nguyện hiến hơn 9.000 m² đất, góp hơn 3.500 ngày công để làm 14 km đường."),
           Q("Đồng chí có thể chia sẻ cụ thể hơn cách Đảng ủy xã đưa nghị quyết về đến từng bản?"),
           P("Chúng tôi không ra nghị quyết dài. Mỗi kỳ sinh hoạt, chi bộ bản chỉ bàn một việc cụ thể: tháng này làm chuồng trại xa nhà, tháng sau vận động con em ra lớp, tháng sau nữa trồng thêm thảo quả dưới tán rừng. Đảng viên nào nhận việc thì báo cáo kết quả ở kỳ sinh hoạt sau. Cán bộ xã được phân công phụ trách bản phải dự sinh hoạt ít nhất hai lần mỗi quý và ghi lại những việc dân còn vướng."),
           P("Với các bản xa như Nậm Cuổi, Sì Thâu Chải, đi lại mất nửa ngày, Đảng ủy xã cho phép chi bộ sinh hoạt kết hợp với họp bản vào buổi tối để bà con cùng nghe, cùng bàn. Cách làm này giúp nghị quyết không nằm trên giấy mà thành việc của cả bản."),
           Q("Sau sắp xếp, khối lượng công việc ở cấp xã tăng lên đáng kể. Đội ngũ cán bộ của xã đã đáp ứng yêu cầu chưa, thưa đồng chí?"),
           P("Phải nói thẳng là còn nhiều khó khăn. Xã hiện có 46 cán bộ, công chức, trong khi địa bàn rộng gần 190 km², nhiều thủ tục mới được phân cấp về xã. Một số đồng chí còn lúng túng khi giải quyết hồ sơ đất đai, hồ sơ trên môi trường điện tử."),
           P("Đảng ủy xã chủ trương “vừa làm vừa học”: mỗi tuần tổ chức một buổi sinh hoạt chuyên môn ngắn, người làm tốt hướng dẫn người làm chưa tốt; những hồ sơ khó thì lãnh đạo xã trực tiếp ngồi cùng bộ phận một cửa. Năm 2028, tỷ lệ hồ sơ giải quyết đúng hạn của xã đạt 98,6%."),
           Q("Năm 2029, Đảng bộ xã Pa Tần đặt ra những mục tiêu gì?"),
           P("Chúng tôi tập trung vào ba việc: nâng chất lượng sinh hoạt chi bộ bản, phấn đấu không còn chi bộ xếp loại không hoàn thành nhiệm vụ; phát triển vùng thảo quả, chè shan tuyết gắn với hợp tác xã để bà con có thu nhập ổn định; giảm tỷ lệ hộ nghèo thêm ít nhất 5%. Tôi tin rằng chi bộ bản mạnh thì dân tin, mà dân đã tin thì việc khó mấy cũng thành."),
           Q("Xin cảm ơn đồng chí!")])


def page01():
    pub = d("2028-12-14 08:05")
    site, base = "https://tuyengiaodanvan.laichau.gov.vn", "/news/phong-van-doi-thoai/"
    nvf = lambda x: f"{wd(x)} - {dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A01.render(img=lambda s, c, n: (f'<figure class="article left"><img alt="{esc(c, True)}" src="{s}" width="300" class="img-thumbnail" />'
                                                f'<figcaption>{esc(c)}</figcaption></figure>'), sep="\n")
        newer = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{1600 + k}.html">{esc(t)}</a> <em>({dmy(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[:3], rd[:3])))
        older = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{1560 + k}.html">{esc(t)}</a> <em>({dmy(x)})</em></li>' for k, (t, x) in enumerate(zip(rl[3:6], rd[3:6])))
        return (f'<div class="news_column panel panel-default btgdv45-detail"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A01.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5">{nvf(pub)}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="#"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="{site}/news/print/phong-van-doi-thoai/bi-thu-dang-uy-xa-pa-tan-1587.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="#"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A01.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}\n<p style="text-align:right"><strong>Thực hiện: Hoàng Thu Trang</strong></p></div>'
                f'<div class="btgdv45-info"><span>Đã xem: 412</span> | <span>Phản hồi: 3</span></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="{site}/news/tag/chinh-quyen-hai-cap">chính quyền hai cấp</a>, <a href="{site}/news/tag/pa-tan">Pa Tần</a>, <a href="{site}/news/tag/chi-bo-ban">chi bộ bản</a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><p>Tổng số điểm của bài viết là: 48 trong 11 đánh giá</p><p>Click để đánh giá bài viết</p></div></div>'
                + thread([("Lò Văn Sướng", "14/12/2028 10:22", "Cách làm “mỗi kỳ sinh hoạt bàn một việc” rất hay, các xã khác nên học tập.",
                           ("Ban Biên tập", "14/12/2028 11:05", "Cảm ơn bạn đã quan tâm theo dõi chuyên mục.")),
                          ("Tẩn Thị Mẩy", "14/12/2028 19:47", "Đường nội bản ở Sì Thâu Chải năm nay đi lại thuận lợi hơn nhiều."),
                          ("Vàng A Chu", "15/12/2028 06:30", "Mong xã có thêm lớp hướng dẫn làm dịch vụ công trên điện thoại cho bà con.")],
                         head="Ý kiến bạn đọc", cls="nv-comment")
                + f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul>'
                f'<p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>')

    return mk51(1, "propaganda_mass_mobilisation_board_nukeviet45_interview_theme_thuc_hien_in_bodyhtml",
                "laichau-btgdvtu-nukeviet45-vendor-theme-phong-van-doi-thoai-weekday-dash-stamp-bold-hometext-portrait-caption-bold-questions-plain-answers-thuc-hien-signature",
                "nv45_btgdv", site, base + "bi-thu-dang-uy-xa-pa-tan-chi-bo-ban-manh-thi-dan-tin-viec-kho-cung-thanh-1587.html",
                "Ban Tuyên giáo và Dân vận Tỉnh ủy Lai Châu", "NukeViet v4.5", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Phỏng vấn - Đối thoại"], cls="breadcrumbs list-none"), "Phỏng vấn - Đối thoại",
                {"author": "Hoàng Thu Trang"},
                "NukeViet 4.5 under a provincial vendor's theme for a Ban Tuyên giáo và Dân vận; an INTERVIEW. 'Thứ Năm - 14/12/2028 08:05' (span.h5) → T08:05. "
                "The bold hometext is the lead and names the interviewee (a source, not the author, set 30). The portrait's caption 'Đồng chí Giàng A Dính, Bí thư Đảng ủy xã Pa Tần' "
                "is in byline shape but is a caption (set 28). Questions are bold paragraphs without a label, answers plain (set 31); the closing 'Xin cảm ơn đồng chí!' is body (set 30). "
                "The writer signs INSIDE #news-bodyhtml as a right-aligned bold 'Thực hiện: Hoàng Thu Trang' → author (sets 27, 29), not body. Category: the crumb's last level.",
                "NukeViet 4.5 (a Ban Tuyên giáo và Dân vận theme), an interview: 'Thứ Năm - dd/mm/yyyy HH:MM', bold hometext naming the interviewee, a portrait caption in byline shape, bold questions / plain answers, 'Thực hiện: Name' inside the text container",
                kb=150, fmt=nvf, head_author="Hoàng Thu Trang",
                traps={"meta": ["Đã xem: 412", "Phản hồi: 3", "Tổng số điểm của bài viết là: 48 trong 11 đánh giá"],
                       "credit_as_printed": ["Thực hiện: Hoàng Thu Trang"],
                       "comments": ["Lò Văn Sướng", "Cách làm “mỗi kỳ sinh hoạt bàn một việc” rất hay, các xã khác nên học tập.", "Cảm ơn bạn đã quan tâm theo dõi chuyên mục."]})


# ================================================================== page 2: a photo report (NukeViet 4.3, a Women's Union theme)
A02 = A51("Sắc màu Ngày hội văn hóa phụ nữ các dân tộc xã Trà Lĩnh",
          "Ngày 19/11, Hội LHPN xã Trà Lĩnh tổ chức Ngày hội văn hóa phụ nữ các dân tộc năm 2028, thu hút hơn 500 hội viên đến từ 18 chi hội tham gia. Ngày hội là dịp để chị em giao lưu, giới thiệu trang phục, món ăn và làn điệu dân ca truyền thống của người Tày, Nùng, Mông, Dao.",
          [I("/uploads/news/2028_11/ngay-hoi-tra-linh-01.jpg", "Đội văn nghệ Chi hội phụ nữ xóm Bản Khuông mở màn ngày hội bằng điệu hát then, đàn tính"),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-02.jpg", "Hội viên người Mông xóm Lũng Tao trình diễn trang phục truyền thống"),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-03.jpg", "Chị em Chi hội phụ nữ xóm Nà Đoỏng chuẩn bị mâm cỗ dự thi với bánh gio, xôi ngũ sắc, thịt lợn treo gác bếp"),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-04.jpg", "Ban giám khảo chấm phần thi mâm cỗ truyền thống"),
           P("Ngày hội gồm các phần thi trình diễn trang phục, mâm cỗ truyền thống, văn nghệ dân gian và các trò chơi đẩy gậy, kéo co, ném còn. Mỗi chi hội đăng ký ít nhất hai nội dung, trong đó nhiều tiết mục do chính các bà, các mẹ ngoài 60 tuổi truyền dạy cho con cháu."),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-05.jpg", "Phần thi đẩy gậy giữa các đội hội viên thu hút đông đảo người dân cổ vũ"),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-06.jpg", "Gian trưng bày sản phẩm thổ cẩm, miến dong và chè đắng của Tổ hợp tác phụ nữ xã Trà Lĩnh"),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-07.jpg", "Hai nghệ nhân người Nùng hát sli giao duyên tại ngày hội"),
           I("/uploads/news/2028_11/ngay-hoi-tra-linh-08.jpg", "Ban Tổ chức trao giải Nhất toàn đoàn cho Chi hội phụ nữ xóm Nà Đoỏng"),
           P("Kết thúc ngày hội, Ban Tổ chức trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 6 giải Khuyến khích cho các chi hội. Hội LHPN xã cho biết sẽ duy trì ngày hội hằng năm, gắn với việc xây dựng câu lạc bộ hát then, hát sli và phát triển sản phẩm du lịch cộng đồng tại các xóm.")])


def page02():
    pub, upd = d("2028-11-20 17:30"), d("2028-11-21 08:10")
    site, base = "https://phunu.caobang.gov.vn", "/news/tin-anh/"
    nvf = lambda x: f"{wd(x)} - {dmy(x)} {hm(x)}"

    def photo(s, c, n):
        return (f'<figure class="image" style="display:table;margin:0 auto 12px"><a class="open-popup" href="{s}" data-caption="{esc(c, True)}">'
                f'<img alt="{esc(c, True)}" height="533" src="{s}" width="800" /></a><figcaption>{esc(c)}</figcaption></figure>')

    def detail(rng, rl, rd):
        body = A02.render(img=photo, p=jp)
        return (f'<div class="news_column lhpn43-detail"><div class="lhpn43-kicker"><a href="{site}{base}">TIN ẢNH</a></div>'
                f'<h1 class="title">{esc(A02.title)}</h1>'
                f'<div class="lhpn43-meta"><span class="h5">{nvf(pub)}</span> <span class="lhpn43-edit">Cập nhật: {dmy(upd)} {hm(upd)}</span> <span class="lhpn43-view">Đã xem: 736</span></div>'
                f'{tools("lhpn43-tools")}'
                f'<div class="hometext"><p><strong>{esc(A02.lead)}</strong></p></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<p class="h5 text-right"><strong>Bài: Nông Thị Hạnh - Ảnh: Hoàng Văn Phúc (Hội LHPN xã Trà Lĩnh)</strong></p>'
                f'{sharebar("lhpn43-share")}</div>'
                + others_block(site, base, rl, rd, nvf, "Tin ảnh khác", "lhpn43-others", 390)
                + thread([("Nông Thị Thoa", "20/11/2028 20:14", "Ngày hội vui quá, năm sau xóm Lũng Tao sẽ đăng ký thêm phần thi hát then."),
                          ("Hoàng Văn Sơn", "21/11/2028 07:02", "Ảnh đẹp, mong Hội đăng thêm video các tiết mục văn nghệ.")], head="Bình luận", cls="lhpn43-cmt"))

    return mk51(2, "womens_union_nukeviet43_photo_report_theme_photographer_with_own_unit",
                "caobang-hoilhpn-nukeviet43-vendor-theme-tin-anh-photo-report-eight-figcaptions-short-text-weekday-dash-stamp-cap-nhat-next-day-bai-dash-anh-name-paren-unit",
                "nv43_lhpn", site, base + "sac-mau-ngay-hoi-van-hoa-phu-nu-cac-dan-toc-xa-tra-linh-412.html",
                "Hội Liên hiệp Phụ nữ tỉnh Cao Bằng", "NukeViet v4.3", A02, pub, detail,
                crumbs_of(site, ["Tin tức", "Tin ảnh"], cls="breadcrumbs list-none"), "Tin ảnh",
                {"author": "Nông Thị Hạnh", "photographer": "Hoàng Văn Phúc"},
                "NukeViet 4.3 under a Women's Union vendor theme; a PHOTO REPORT: eight figures, each with its figcaption (eight captions in page order; the lightbox's data-caption "
                "copies are attributes, set 24), two short paragraphs of text. 'Thứ Hai - 20/11/2028 17:30' → T17:30; the theme prints the edit time 'Cập nhật: 21/11/2028 08:10' beside it → updated. "
                "Credit 'Bài: Nông Thị Hạnh - Ảnh: Hoàng Văn Phúc (Hội LHPN xã Trà Lĩnh)' → author Nông Thị Hạnh, photographer Hoàng Văn Phúc; the parenthesis after the PHOTOGRAPHER "
                "is the photographer's unit, not the writer's (set 42) → author_unit null. The 'TIN ẢNH' kicker is a form label; category from the crumb.",
                "NukeViet 4.3 (a Women's Union theme), a photo report: eight figcaptions, short text, 'Thứ Hai - dd/mm/yyyy HH:MM' + 'Cập nhật:' the next morning, 'Bài: A - Ảnh: B (unit)'",
                kb=175, upd=upd, fmt=nvf, head_author="Nông Thị Hạnh",
                traps={"meta": ["Đã xem: 736"], "credit_as_printed": ["Bài: Nông Thị Hạnh - Ảnh: Hoàng Văn Phúc (Hội LHPN xã Trà Lĩnh)"],
                       "comments": ["Nông Thị Thoa", "Ảnh đẹp, mong Hội đăng thêm video các tiết mục văn nghệ."]})


# ================================================================== page 3: an ordinary item (NukeViet 4.4, a Veterans' Association theme)
A03 = A51("Hội Cựu chiến binh tỉnh tổng kết phong trào thi đua “Cựu chiến binh gương mẫu” năm 2028",
          "Ngày 4/12, Hội Cựu chiến binh tỉnh Quảng Trị tổ chức hội nghị tổng kết phong trào thi đua “Cựu chiến binh gương mẫu” năm 2028 và triển khai nhiệm vụ năm 2029.",
          [P("Năm 2028, các cấp Hội trong tỉnh đã phát triển thêm 1.126 hội viên, nâng tổng số hội viên lên hơn 41.000 người, sinh hoạt tại 124 cơ sở Hội ở các xã, phường, đặc khu và cơ quan. Công tác tuyên truyền, giáo dục truyền thống được duy trì thường xuyên; hội viên tích cực tham gia bảo vệ nền tảng tư tưởng của Đảng, phản bác các quan điểm sai trái trên không gian mạng."),
           P("Phong trào giúp nhau phát triển kinh tế tiếp tục lan tỏa. Các cấp Hội đã giúp 312 hội viên thoát nghèo, hỗ trợ xây mới và sửa chữa 46 nhà “Nghĩa tình đồng đội”; toàn tỉnh hiện có 2.140 mô hình kinh tế của hội viên cho thu nhập từ 100 triệu đồng trở lên mỗi năm."),
           I("/uploads/news/2028_12/tong-ket-phong-trao-ccb-guong-mau-2028.jpg", "Lãnh đạo Hội Cựu chiến binh tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc"),
           P("Phát biểu tại hội nghị, đồng chí Chủ tịch Hội Cựu chiến binh tỉnh đề nghị các cấp Hội tiếp tục đổi mới nội dung sinh hoạt, nâng cao chất lượng hoạt động ở cơ sở sau sắp xếp; chú trọng phát triển hội viên là quân nhân mới xuất ngũ và đẩy mạnh chuyển đổi số trong quản lý hội viên."),
           P("Dịp này, Hội Cựu chiến binh tỉnh tặng Bằng khen cho 18 tập thể và 32 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2028.")])


def page03():
    pub, upd = d("2028-12-04 16:10"), d("2028-12-05 08:30")
    site, base = "https://hoiccb.quangtri.gov.vn", "/news/hoat-dong-hoi/"
    nvf = lambda x: f"{wd(x)} - {dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A03.render(img=lambda s, c, n: (f'<figure class="article center"><img alt="{esc(c, True)}" src="{s}" width="720" class="img-thumbnail" />'
                                                f'<figcaption>{esc(c)}</figcaption></figure>'), p=jp)
        sched = "".join(f'<li><span class="ccb44-when">{dmy(pub + timedelta(days=k + 2))}</span> {esc(j)}</li>'
                        for k, j in enumerate(["Thường trực Hội làm việc với Hội CCB đặc khu Cồn Cỏ", "Hội nghị giao ban khối thi đua",
                                               "Gặp mặt cựu chiến binh là doanh nhân tiêu biểu"]))
        return (f'<div class="news_column panel panel-default ccb44-detail"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A03.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-14"><span class="h5">{nvf(pub)}</span>'
                f' <span class="h5 ccb44-upd">| Cập nhật: {nvf(upd)}</span></div>'
                f'<div class="col-md-10"><ul class="list-inline text-right"><li><a class="dimgray" title="In ra" href="#">In</a></li><li><a class="dimgray" title="Lưu bài viết này" href="#">Lưu</a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A03.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Nguyễn Hữu Lộc - Văn phòng Hội Cựu chiến binh tỉnh</p></div>'
                f'<div class="ccb44-views">Đã xem: 287 | Phản hồi: 0</div></div></div>'
                + others_block(site, base, rl, rd, nvf, "Tin cùng chuyên mục", "ccb44-others", 930)
                + f'<div class="ccb44-sched"><h3>Lịch công tác của Thường trực Hội</h3><ul>{sched}</ul></div>')

    return mk51(3, "veterans_association_nukeviet44_olive_theme_cap_nhat_beside_stamp_author_field_name_dash_unit",
                "quangtri-hoiccb-nukeviet44-vendor-olive-theme-weekday-dash-stamp-pipe-cap-nhat-next-morning-hometext-figure-center-tac-gia-field-name-dash-unit-schedule-box",
                "nv44_ccb", site, base + "hoi-ccb-tinh-tong-ket-phong-trao-thi-dua-cuu-chien-binh-guong-mau-nam-2028-938.html",
                "Hội Cựu chiến binh tỉnh Quảng Trị", "NukeViet v4.4", A03, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động Hội"], cls="breadcrumbs list-none"), "Hoạt động Hội",
                {"author": "Nguyễn Hữu Lộc", "unit": "Văn phòng Hội Cựu chiến binh tỉnh"},
                "NukeViet 4.4 under a Veterans' Association vendor theme; an ordinary review conference. 'Thứ Hai - 04/12/2028 16:10' → T16:10; beside it the theme prints "
                "'| Cập nhật: Thứ Ba - 05/12/2028 08:30' → updated (later, the next morning). NukeViet's author field 'Tác giả: Nguyễn Hữu Lộc - Văn phòng Hội Cựu chiến binh tỉnh' "
                "→ author + unit (Name - unit). The 'Lịch công tác' box under the item prints later days (not stamps).",
                "NukeViet 4.4 (a Veterans' Association theme), an ordinary conference: 'Thứ Hai - dd/mm/yyyy HH:MM | Cập nhật: Thứ Ba - dd/mm/yyyy HH:MM', 'Tác giả: Name - unit'",
                kb=140, upd=upd, fmt=nvf, head_author="Nguyễn Hữu Lộc",
                traps={"meta": ["Đã xem: 287"], "schedule": ["Thường trực Hội làm việc với Hội CCB đặc khu Cồn Cỏ"],
                       "credit_as_printed": ["Nguyễn Hữu Lộc - Văn phòng Hội Cựu chiến binh tỉnh"]})


# ================================================================== page 4: an ordinary item (NukeViet 4.2, a Young Entrepreneurs' Association theme)
A04 = A51("Hội Doanh nhân trẻ tỉnh kết nạp 27 hội viên mới",
          "Tối 28/11, Hội Doanh nhân trẻ tỉnh Bắc Ninh tổ chức chương trình gặp mặt hội viên cuối năm và kết nạp 27 hội viên mới là chủ doanh nghiệp, hợp tác xã hoạt động trong các lĩnh vực công nghiệp hỗ trợ, thương mại điện tử và nông nghiệp công nghệ cao.",
          [P("Các hội viên mới đều dưới 45 tuổi, doanh nghiệp có thời gian hoạt động từ ba năm trở lên, thực hiện đầy đủ nghĩa vụ thuế và bảo hiểm xã hội cho người lao động. Với 27 hội viên được kết nạp, Hội hiện có 412 hội viên, trong đó gần 40% là doanh nhân nữ."),
           I("/uploads/news/2028_11/hoi-doanh-nhan-tre-ket-nap-hoi-vien-moi.jpg", "Ban Thường vụ Hội Doanh nhân trẻ tỉnh trao quyết định kết nạp cho các hội viên mới"),
           P("Tại buổi gặp mặt, các hội viên đã chia sẻ kinh nghiệm tham gia chuỗi cung ứng cho doanh nghiệp có vốn đầu tư nước ngoài, ứng dụng trí tuệ nhân tạo trong bán hàng và tiếp cận các gói tín dụng xanh. Nhiều hội viên bày tỏ mong muốn Hội tổ chức thêm các chuyến khảo sát thị trường và lớp đào tạo về quản trị tài chính."),
           P("Năm 2029, Hội đặt mục tiêu kết nạp thêm ít nhất 50 hội viên, thành lập câu lạc bộ doanh nhân trẻ khởi nghiệp đổi mới sáng tạo và tiếp tục kết nối hội viên với các trường đại học, cao đẳng trong tỉnh để tuyển dụng lao động có tay nghề.")])


def page04():
    pub = d("2028-11-28 20:45")
    site, base = "https://hoidoanhnhantre.bacninh.org.vn", "/news/tin-hoat-dong/"
    nv12 = lambda x: f"{dmy(x)} {twelve(x, am='AM', pm='PM', pad=True, sec=True)}"

    def detail(rng, rl, rd):
        body = A04.render(img=lambda s, c, n: (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{s}" style="width:100%" /></p>'
                                                f'<p style="text-align:center"><em>{esc(c)}</em></p>'), p=jp)
        return (f'<div class="news_column dnt42-detail"><div class="panel-body">'
                f'<h1 class="title">{esc(A04.title)}</h1>'
                f'<div class="dnt42-meta"><span class="h5"><em class="fa fa-clock-o"></em> {nv12(pub)}</span> <span class="dnt42-view"><em class="fa fa-eye"></em> Đã xem: 158</span></div>'
                f'<div class="hometext"><strong>{esc(A04.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}\n<p style="text-align:right"><strong>Tin và ảnh: Quách Thị Ngân</strong></p></div></div></div>'
                + others_block(site, base, rl, rd, nv12, "Các tin khác", "dnt42-others", 250))

    return mk51(4, "young_entrepreneurs_association_nukeviet42_hosting_vendor_theme_listing_format_stamp_on_detail",
                "bacninh-hoidoanhnhantre-nukeviet42-hosting-vendor-theme-detail-prints-listing-format-dd-mm-yyyy-hh-mm-ss-pm-hometext-centred-italic-caption-tin-va-anh-in-bodyhtml",
                "nv42_dnt", site, base + "hoi-doanh-nhan-tre-tinh-ket-nap-27-hoi-vien-moi-257.html",
                "Hội Doanh nhân trẻ tỉnh Bắc Ninh", "NukeViet v4.2", A04, pub, detail,
                crumbs_of(site, ["Tin tức", "Tin hoạt động"], cls="breadcrumbs list-none"), "Tin hoạt động",
                {"author": "Quách Thị Ngân", "photographer": "Quách Thị Ngân"},
                "NukeViet 4.2 under a hosting vendor's theme that prints NukeViet's LISTING format on the detail: '28/11/2028 08:45:00 PM' (d/m/Y h:i:s A) → T20:45:00 (PM, printed seconds kept, set 29). "
                "The credit 'Tin và ảnh: Quách Thị Ngân' typed as the last paragraph inside #news-bodyhtml → author and photographer (sets 29, 31), not body. The picture's caption is the centred italic paragraph under it.",
                "NukeViet 4.2 (a hosting vendor's theme), an ordinary item: the listing stamp 'dd/mm/yyyy hh:mm:ss PM' on the detail, centred italic caption, 'Tin và ảnh: Name' inside the text container",
                kb=130, published=iso(pub), fmt=nv12, head_author="Quách Thị Ngân",
                traps={"meta": ["Đã xem: 158"], "credit_as_printed": ["Tin và ảnh: Quách Thị Ngân"]})


# ================================================================== page 5: an item with an embedded document box (Liferay DXP 2024.Q2 + Sông Hàn's news portlet)
DOCBOX05 = [("318-QĐ/TU", "Quy định của Ban Thường vụ Tỉnh ủy về công tác bảo vệ chính trị nội bộ", "14/11/2028"),
            ("47-HD/ĐU", "Hướng dẫn của Đảng ủy các cơ quan Đảng tỉnh về thẩm định, xác minh tiêu chuẩn chính trị", "28/11/2028"),
            ("205-KH/ĐU", "Kế hoạch triển khai thực hiện Quy định số 318-QĐ/TU trong Đảng bộ các cơ quan Đảng tỉnh", "01/12/2028")]


def docbox05():
    rows = "".join(f'<tr><td class="so-hieu"><a href="/documents/20143/0/{slug(s)}.pdf">{esc(s)}</a></td><td class="trich-yeu">{esc(t)}</td>'
                   f'<td class="ngay-bh">Ngày ban hành: {esc(x)}</td><td><a class="tai-ve" href="/documents/20143/0/{slug(s)}.pdf">Tải về</a></td></tr>' for s, t, x in DOCBOX05)
    return (f'<div class="sh-vanban-lienquan"><h4 class="sh-vb-title">Văn bản liên quan</h4><table class="table table-sm sh-vb-table">'
            f'<thead><tr><th>Số hiệu</th><th>Trích yếu</th><th>Ngày ban hành</th><th></th></tr></thead><tbody>{rows}</tbody></table></div>')


A05 = A51("Quán triệt, triển khai quy định về công tác bảo vệ chính trị nội bộ trong các cơ quan Đảng",
          "Sáng 6/12, Đảng ủy các cơ quan Đảng tỉnh Đồng Nai tổ chức hội nghị trực tuyến quán triệt, triển khai Quy định số 318-QĐ/TU của Ban Thường vụ Tỉnh ủy về công tác bảo vệ chính trị nội bộ đến 86 tổ chức cơ sở đảng trực thuộc.",
          [P("Hội nghị được tổ chức tại điểm cầu chính ở trụ sở Đảng ủy và 14 điểm cầu tại các đảng bộ cơ sở, với hơn 1.300 cán bộ, đảng viên tham dự."),
           P("Tại hội nghị, đại diện Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh đã quán triệt những nội dung cơ bản, điểm mới của Quy định, trong đó có việc rà soát, thẩm định tiêu chuẩn chính trị đối với cán bộ trước khi bổ nhiệm, giới thiệu ứng cử; quản lý thông tin về lịch sử chính trị và chính trị hiện nay của cán bộ, đảng viên; trách nhiệm của người đứng đầu cấp ủy trong công tác bảo vệ chính trị nội bộ."),
           RAW(docbox05()),
           P("Quy định cũng bổ sung yêu cầu bảo vệ bí mật nhà nước trên môi trường mạng, quản lý việc sử dụng mạng xã hội của cán bộ, đảng viên và việc tiếp nhận, xử lý thông tin phản ánh về tiêu chuẩn chính trị qua các kênh điện tử."),
           I("/documents/20143/0/hoi-nghi-quan-triet-quy-dinh-bvctnb.jpg", "Các đại biểu dự hội nghị tại điểm cầu Đảng ủy các cơ quan Đảng tỉnh"),
           P("Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Đảng ủy các cơ quan Đảng tỉnh yêu cầu các cấp ủy trực thuộc xây dựng kế hoạch triển khai trước ngày 20/12/2028; rà soát, cập nhật hồ sơ đảng viên, hoàn thành việc thẩm định tiêu chuẩn chính trị đối với cán bộ thuộc diện quy hoạch nhiệm kỳ tới trong quý I/2029."),
           P("Theo kế hoạch, Đảng ủy các cơ quan Đảng tỉnh sẽ tổ chức kiểm tra việc thực hiện Quy định tại 12 tổ chức cơ sở đảng trong năm 2029 và sơ kết một năm thực hiện vào tháng 12/2029.")])


def page05():
    pub, upd = d("2028-12-06 10:30"), d("2028-12-07 09:15")
    site, base = "https://dangbocacoquandang.dongnai.gov.vn", "/web/dbccqd/tin-hoat-dong/-/sh_news/"
    shf = lambda x: f"{dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A05.render(img=lambda s, c, n: (f'<div class="sh-image"><img class="img-fluid" alt="{esc(c, True)}" src="{s}" /><p class="sh-image-caption">{esc(c)}</p></div>'), p=jp)
        li = "".join(f'<li class="sh-rel-item"><a href="{site}{base}{slug(t)[:50]}-{40100 + k * 17}">{esc(t)}</a> <span class="sh-rel-date">({dmy(x)})</span></li>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="sh-news-detail"><div class="sh-portlet-title"><span class="portlet-title-text">Chi tiết tin</span></div>'
                f'<h1 class="sh-title">{esc(A05.title)}</h1>'
                f'<div class="sh-meta"><span class="sh-date"><i class="icon-calendar"></i> Ngày đăng: {shf(pub)}</span> <span class="sh-upd"><i class="icon-refresh"></i> Cập nhật: {shf(upd)}</span>'
                f' <span class="sh-view"><i class="icon-eye-open"></i> Lượt xem: 188</span></div>{tools("sh-tools")}'
                f'<div class="sh-sapo"><p><strong>{esc(A05.lead)}</strong></p></div>'
                f'<div class="sh-content journal-content-article">{body}</div>'
                f'<p class="sh-author" style="text-align:right"><strong>Phạm Minh Quân - Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh</strong></p>'
                f'{sharebar("sh-share")}<div class="sh-related"><h3>Tin cùng chuyên mục</h3><ul>{li}</ul></div></div>')

    return mk51(5, "agencies_party_committee_liferay2024q2_songhan_news_portlet_document_box",
                "dongnai-dangbocacoquandang-liferay-dxp-2024q2-songhan-sh-news-detail-portlet-ngay-dang-cap-nhat-next-day-bold-sapo-van-ban-lien-quan-box-with-issue-days-inside-text-name-dash-unit",
                "lr24q2sh", site, base + "quan-triet-trien-khai-quy-dinh-ve-cong-tac-bao-ve-chinh-tri-noi-bo-40213",
                "Đảng ủy các cơ quan Đảng tỉnh Đồng Nai", "Liferay DXP", A05, pub, detail,
                crumbs_of(site, ["Tin tức", "Tin hoạt động"], cls="breadcrumb"), "Tin hoạt động",
                {"author": "Phạm Minh Quân", "unit": "Ban Tổ chức Đảng ủy các cơ quan Đảng tỉnh"},
                "Liferay DXP 2024.Q2 with Sông Hàn's news portlet. 'Ngày đăng: 06/12/2028 10:30' → T10:30; 'Cập nhật: 07/12/2028 09:15' → updated. A 'Văn bản liên quan' box "
                "(number, abstract, 'Ngày ban hành: 14/11/2028' …, 'Tải về') sits INSIDE the text between two paragraphs: a document box, not body, its issue days are documents' days, "
                "not stamps (sets 24, 30, 38, 49). The portlet title 'Chi tiết tin' is generic (category from the crumb). Signature 'Name - unit'.",
                "Liferay DXP 2024.Q2 + Sông Hàn's portlet, an item with a document box: 'Ngày đăng:' + next-day 'Cập nhật:', a 'Văn bản liên quan' table with issue days inside the text, 'Name - unit'",
                kb=185, upd=upd, fmt=shf, head_author="Phạm Minh Quân",
                traps={"document_box": ["Văn bản liên quan", "Ngày ban hành: 14/11/2028", "Hướng dẫn của Đảng ủy các cơ quan Đảng tỉnh về thẩm định, xác minh tiêu chuẩn chính trị"],
                       "meta": ["Lượt xem: 188"], "portlet_title": ["Chi tiết tin"]})


# ================================================================== page 6: an ordinary item (SharePoint Server 2019 + Tinh Vân's news web part)
A06 = A51("Đảng ủy phường Hạ Long trao Huy hiệu Đảng đợt 22/12 cho 46 đảng viên",
          "Chiều 21/12, Đảng ủy phường Hạ Long tổ chức lễ trao Huy hiệu Đảng đợt 22/12 cho 46 đảng viên, trong đó có 2 đảng viên được trao Huy hiệu 75 năm tuổi Đảng và 5 đảng viên được trao Huy hiệu 65 năm tuổi Đảng.",
          [P("Các đảng viên được trao Huy hiệu đợt này phần lớn là cựu chiến binh, cán bộ hưu trí đang sinh hoạt tại các chi bộ khu phố. Nhiều đồng chí dù tuổi cao vẫn gương mẫu tham gia công tác mặt trận, hội cựu chiến binh, hội người cao tuổi ở khu dân cư."),
           I("/SiteAssets/tintuc/2028/12/trao-huy-hieu-dang-dot-22-12-ha-long.jpg", "Lãnh đạo Đảng ủy phường trao Huy hiệu 75 năm tuổi Đảng cho các đảng viên lão thành"),
           P("Thay mặt các đảng viên được trao Huy hiệu, đồng chí Lê Văn Tuất, 94 tuổi, Chi bộ khu phố 5, bày tỏ niềm tự hào và hứa sẽ tiếp tục giữ gìn phẩm chất người đảng viên, động viên con cháu chấp hành tốt chủ trương của Đảng, chính sách, pháp luật của Nhà nước."),
           P("Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy phường chúc mừng các đảng viên, đề nghị các chi bộ quan tâm thăm hỏi, chăm lo đời sống đảng viên cao tuổi, phát huy vai trò của các đồng chí trong xây dựng khu dân cư văn minh, đô thị."),
           P("Năm 2028, Đảng ủy phường Hạ Long đã trao Huy hiệu Đảng cho 138 đảng viên theo bốn đợt 3/2, 19/5, 2/9 và 22/12.")])


def page06():
    pub = d("2028-12-21 15:45")
    site = "https://halong.quangninh.gov.vn"
    guid = "g_5f3c2a9e_81d4_4b2f_9c61_0e7a3b5d24c8"
    pre = f"ctl00_ctl48_{guid}_ctl00"
    spf = lambda x: f"{wd(x)}, {dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A06.render(img=lambda s, c, n: tcap(s, c, n, cls="tv-image", desc="image_desc", width=620), p=jp)
        li = "".join(f'<li><a href="{site}/Pages/chi-tiet-tin.aspx?ItemID={2190 - k * 3}&amp;l=TinHoatDong">{esc(t)}</a> <span class="time_update">(Ngày {dmy(x)})</span></li>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6060), 64000)
                + f'<div class="tv-news-detail" id="{pre}_pnlDetail"><div class="tv-path"><span id="{pre}_lblBreadCrum">Tin tức » Xây dựng Đảng</span></div>'
                f'<h1 class="tv-title"><span id="{pre}_lblTitle">{esc(A06.title)}</span></h1>'
                f'<div class="tv-meta"><img src="/_layouts/15/images/tv/icon_date.png" alt="" /> <span id="{pre}_lblCreatedDate">{spf(pub)}</span>'
                f' | <span id="{pre}_lblView">Lượt xem: 96</span></div>'
                f'<div class="tv-sapo"><b><span id="{pre}_lblSapo">{esc(A06.lead)}</span></b></div>'
                f'<div class="tv-body" id="{pre}_divContent">{body}</div>'
                f'<div class="tv-author" style="text-align:right;font-weight:bold"><span id="{pre}_lblAuthor">Đinh Công Sơn (Văn phòng Đảng ủy phường Hạ Long)</span><br />'
                f'<span id="{pre}_pnNguontin"></span></div>{sharebar("tv-share")}</div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{li}</ul></div></div>')

    return mk51(6, "ward_party_committee_sharepoint2019_tinhvan_news_web_part_date_in_headline",
                "quangninh-danguyphuonghalong-sharepoint2019-tinhvan-news-web-part-viewstate-lblcreateddate-weekday-comma-date-time-dated-headline-table-caption-name-paren-unit-empty-source",
                "sp2019tv", site, "/Pages/chi-tiet-tin.aspx?ItemID=2214&l=TinHoatDong",
                "Đảng ủy phường Hạ Long", "Microsoft SharePoint", A06, pub, detail,
                crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], cls="tv-breadcrumb"), "Xây dựng Đảng",
                {"author": "Đinh Công Sơn", "unit": "Văn phòng Đảng ủy phường Hạ Long"},
                "SharePoint Server 2019 (a ward's master page) with Tinh Vân's news web part, a 64 KB ViewState. 'Thứ Năm, 21/12/2028 15:45' → T15:45. The headline names a day "
                "('đợt 22/12', the Huy hiệu Đảng round of 22 December: the day after the posting) — a date in the headline is not a stamp (set 37). Caption table (td.image_desc). "
                "Author cell 'Đinh Công Sơn (Văn phòng Đảng ủy phường Hạ Long)' → author + unit; the source element _pnNguontin is EMPTY and changes nothing (set 13).",
                "SharePoint Server 2019 + Tinh Vân's web part, an ordinary item: 'Thứ Năm, dd/mm/yyyy HH:MM', a day in the headline, caption table, 'Name (unit)' with an empty source element",
                kb=230, fmt=spf, form=True, head_author="Đinh Công Sơn", no_ld=True,
                traps={"meta": ["Lượt xem: 96"], "credit_as_printed": ["Đinh Công Sơn (Văn phòng Đảng ủy phường Hạ Long)"]})


# ================================================================== page 7: a commentary by a lecturer (the '.dcs.vn' 'Bảo vệ nền tảng tư tưởng của Đảng' template)
A07 = A51("Nhận diện và đấu tranh với luận điệu xuyên tạc việc tinh gọn bộ máy của hệ thống chính trị",
          "Lợi dụng quá trình sắp xếp, tinh gọn tổ chức bộ máy và vận hành chính quyền địa phương hai cấp, các thế lực thù địch, phần tử cơ hội chính trị đã tung ra nhiều luận điệu xuyên tạc nhằm gây hoang mang trong cán bộ, đảng viên và Nhân dân. Nhận diện đúng và kiên quyết đấu tranh với những luận điệu này là yêu cầu cấp thiết trong bảo vệ nền tảng tư tưởng của Đảng hiện nay.",
          [H("Những luận điệu cần nhận diện"),
           P("Thứ nhất, chúng cho rằng việc sắp xếp bộ máy chỉ là “phong trào”, làm theo nhiệm kỳ, sau một thời gian sẽ “đâu lại vào đấy”. Thứ hai, chúng thổi phồng những khó khăn ban đầu ở cấp xã sau sắp xếp, như khối lượng hồ sơ tăng, một số nơi thiếu cán bộ chuyên môn, để quy kết rằng chính quyền “xa dân hơn”. Thứ ba, chúng xuyên tạc chính sách đối với cán bộ nghỉ hưu trước tuổi, nghỉ thôi việc, cho rằng đây là cách “thanh lọc” những người không cùng quan điểm."),
           P("Những luận điệu trên thường được cài cắm trong các video cắt ghép, các bài viết mang danh “tâm sự của cán bộ xã”, hoặc núp dưới hình thức góp ý, phản biện. Điểm chung của chúng là lấy hiện tượng cá biệt để khái quát thành bản chất, phủ nhận kết quả chung và gieo rắc tâm lý hoài nghi."),
           H("Thực tiễn là căn cứ để phản bác"),
           P("Trước hết, tinh gọn bộ máy là chủ trương nhất quán, được Đảng ta xác định từ nhiều nhiệm kỳ và được cụ thể hóa bằng hệ thống văn bản của Đảng, Hiến pháp và pháp luật của Nhà nước. Việc tổ chức chính quyền địa phương hai cấp từ ngày 1/7/2025 là bước đi có lộ trình, có tổng kết, đánh giá, không phải quyết định nhất thời."),
           P("Thực tiễn ở Nghệ An cho thấy, sau hơn ba năm vận hành, thời gian giải quyết nhiều thủ tục hành chính ở cấp xã được rút ngắn; tỷ lệ hồ sơ trực tuyến toàn trình tăng rõ rệt; đội ngũ cán bộ cấp xã được bố trí theo vị trí việc làm, phần lớn đáp ứng yêu cầu nhiệm vụ. Những khó khăn ban đầu về trụ sở, hạ tầng số, nhân lực chuyên môn đã và đang được các cấp ủy, chính quyền tập trung tháo gỡ."),
           P("Đối với chính sách cho cán bộ nghỉ việc do sắp xếp, các chế độ được thực hiện công khai, đúng quy định; việc đánh giá, lựa chọn cán bộ ở lại dựa trên tiêu chuẩn, năng lực và kết quả thực hiện nhiệm vụ. Luận điệu “thanh lọc” vì thế không có cơ sở, chỉ nhằm chia rẽ nội bộ."),
           H("Nâng cao hiệu quả đấu tranh"),
           P("Để đấu tranh có hiệu quả, trước hết mỗi cán bộ, đảng viên phải nắm vững chủ trương, chính sách, kết quả thực hiện ở chính địa phương, cơ quan mình; không chia sẻ, bình luận những thông tin chưa được kiểm chứng. Các cơ quan chức năng cần cung cấp thông tin chính thống kịp thời, nhất là những vấn đề người dân quan tâm như thủ tục hành chính, chính sách cán bộ, đầu tư hạ tầng ở cơ sở."),
           P("Cùng với đó, cần phát huy vai trò của lực lượng cốt cán, báo cáo viên, tuyên truyền viên ở cơ sở; đa dạng hóa hình thức tuyên truyền trên nền tảng số bằng những câu chuyện cụ thể, con số cụ thể. Khi người dân thấy rõ bộ máy gần dân hơn, phục vụ tốt hơn, mọi luận điệu xuyên tạc sẽ tự bị vô hiệu hóa."),
           P("Bảo vệ nền tảng tư tưởng của Đảng trong quá trình tinh gọn bộ máy vì thế không chỉ là nhiệm vụ của các cơ quan chuyên trách, mà là trách nhiệm của mỗi tổ chức đảng, mỗi cán bộ, đảng viên, bằng chính kết quả công việc hằng ngày.")])


def page07():
    pub = d("2028-11-27 07:30")
    site, base = "https://nghean.dcs.vn", "/bao-ve-nen-tang-tu-tuong-cua-dang/"
    dcf = lambda x: f"Ngày đăng: {dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A07.render(p=jp, h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>')
        return (f'<div class="dcs-bv-detail"><div class="dcs-bv-kicker"><a href="{site}{base}">Bảo vệ nền tảng tư tưởng của Đảng</a></div>'
                f'<h1 class="title-detail">{esc(A07.title)}</h1>'
                f'<div class="dcs-bv-badge"><i class="fa fa-trophy"></i> Bài dự Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2028</div>'
                f'<div class="meta"><span class="date">{dcf(pub)}</span> <span class="views">Lượt xem: 1.204</span></div>{tools("dcs-bv-tools")}'
                f'<div class="sapo"><strong>{esc(A07.lead)}</strong></div>'
                f'<div class="content-detail">{body}</div>'
                f'<div class="author-detail" style="text-align:right"><p><strong>TS. Nguyễn Thị Thu Hằng</strong>, Trường Chính trị tỉnh Nghệ An</p></div>'
                f'{sharebar("dcs-bv-share")}</div>'
                + others_block(site, base, rl, rd, dcf, "Tin cùng chuyên mục", "dcs-bv-others", 4400))

    return mk51(7, "provincial_party_dcs_bao_ve_nen_tang_tu_tuong_template_lecturer_signature",
                "nghean-tinhuy-dcs-bao-ve-nen-tang-tu-tuong-cua-dang-template-section-kicker-contest-badge-ngay-dang-stamp-bold-sapo-bold-subheadings-degree-name-comma-political-school",
                "dcs_bvnt", site, base + "nhan-dien-va-dau-tranh-voi-luan-dieu-xuyen-tac-viec-tinh-gon-bo-may-c12n4417.html",
                "Tỉnh ủy Nghệ An", None, A07, pub, detail,
                crumbs_of(site, ["Bảo vệ nền tảng tư tưởng của Đảng"], cls="breadcrumb"), "Bảo vệ nền tảng tư tưởng của Đảng",
                {"author": "TS. Nguyễn Thị Thu Hằng", "unit": "Trường Chính trị tỉnh Nghệ An"},
                "The '.dcs.vn' platform's 'Bảo vệ nền tảng tư tưởng của Đảng' template; a COMMENTARY by a lecturer. 'Ngày đăng: 27/11/2028 07:30' → T07:30. A contest badge under the "
                "headline ('Bài dự Cuộc thi viết chính luận …') is an editors' note about the item (set 45), neither title, lead, body nor category. Three bold sub-headings are body. "
                "Signature 'TS. Nguyễn Thị Thu Hằng, Trường Chính trị tỉnh Nghệ An' → author with her degree kept (set 26), unit after the comma.",
                "'.dcs.vn' 'Bảo vệ nền tảng tư tưởng của Đảng' template, a commentary: 'Ngày đăng: dd/mm/yyyy HH:MM', a contest badge, bold sub-headings, 'TS. Name, Trường Chính trị tỉnh …'",
                kb=160, fmt=dcf, head_author="TS. Nguyễn Thị Thu Hằng",
                traps={"badge": ["Bài dự Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2028"], "meta": ["Lượt xem: 1.204"]})


# ================================================================== page 8: a leader's speech printed in full (the '.dcs.vn' 'Văn kiện - Tư liệu' template)
A08 = A51("Phát biểu của đồng chí Vương Đình Khải, Bí thư Tỉnh ủy, bế mạc Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh",
          "Chiều 27/12, sau hai ngày làm việc khẩn trương, nghiêm túc, Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh Phú Thọ đã hoàn thành toàn bộ nội dung chương trình đề ra. Cổng Thông tin điện tử Đảng bộ tỉnh trân trọng giới thiệu toàn văn bài phát biểu bế mạc Hội nghị của đồng chí Vương Đình Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.",
          [I("/Uploads/images/2028/12/27/bi-thu-tinh-uy-phat-bieu-be-mac-hoi-nghi.jpg", "Đồng chí Vương Đình Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu bế mạc Hội nghị"),
           P("Kính thưa các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh!"),
           P("Kính thưa các đồng chí đại biểu dự Hội nghị!"),
           P("Sau hai ngày làm việc với tinh thần trách nhiệm cao, dân chủ, thẳng thắn, Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh đã hoàn thành toàn bộ nội dung chương trình đề ra. Thay mặt Ban Thường vụ Tỉnh ủy, tôi trân trọng cảm ơn các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh, các đồng chí đại biểu đã dành nhiều tâm huyết, trí tuệ, đóng góp nhiều ý kiến sâu sắc, xác đáng vào các báo cáo, đề án trình Hội nghị."),
           P("Hội nghị đã thống nhất đánh giá: năm 2028, trong bối cảnh còn nhiều khó khăn, thách thức, với sự đoàn kết, nỗ lực của cả hệ thống chính trị, cộng đồng doanh nghiệp và Nhân dân, tỉnh ta đã đạt được nhiều kết quả quan trọng. Tốc độ tăng trưởng kinh tế ước đạt 8,4%, thuộc nhóm khá của cả nước; thu ngân sách vượt dự toán; các công trình trọng điểm được đẩy nhanh tiến độ; an sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững."),
           P("Tuy nhiên, chúng ta cũng thẳng thắn nhìn nhận những hạn chế: giải ngân vốn đầu tư công ở một số dự án còn chậm; chất lượng nguồn nhân lực chưa đáp ứng yêu cầu; công tác phối hợp giữa một số sở, ngành với các xã, phường sau sắp xếp có lúc, có nơi chưa nhịp nhàng; việc xử lý một số kiến nghị của người dân và doanh nghiệp còn kéo dài."),
           H("Thưa các đồng chí!"),
           P("Năm 2029 có ý nghĩa đặc biệt quan trọng, là năm tăng tốc, bứt phá để hoàn thành các mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh. Tôi đề nghị các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội tập trung làm tốt một số nhiệm vụ trọng tâm sau:"),
           P("Một là, ngay từ những ngày đầu năm, khẩn trương cụ thể hóa nghị quyết của Ban Chấp hành Đảng bộ tỉnh thành chương trình, kế hoạch hành động, với lộ trình, phân công rõ người, rõ việc, rõ thời gian, rõ trách nhiệm và rõ kết quả."),
           P("Hai là, tập trung tháo gỡ khó khăn, vướng mắc về đất đai, giải phóng mặt bằng, đẩy nhanh giải ngân vốn đầu tư công ngay từ quý I; cải thiện mạnh mẽ môi trường đầu tư kinh doanh, lấy sự hài lòng của người dân và doanh nghiệp làm thước đo hiệu quả phục vụ."),
           P("Ba là, tiếp tục hoàn thiện tổ chức bộ máy, nâng cao năng lực đội ngũ cán bộ cấp xã; đẩy mạnh chuyển đổi số trong hoạt động của các cơ quan đảng, chính quyền; kiên quyết khắc phục tình trạng né tránh, đùn đẩy, sợ trách nhiệm trong một bộ phận cán bộ."),
           P("Bốn là, chăm lo đời sống vật chất, tinh thần của Nhân dân, nhất là các gia đình chính sách, hộ nghèo, người lao động có hoàn cảnh khó khăn; chuẩn bị tốt các điều kiện để Nhân dân đón Tết Nguyên đán Kỷ Dậu vui tươi, an toàn, tiết kiệm."),
           P("Năm là, tăng cường công tác kiểm tra, giám sát, phòng, chống tham nhũng, tiêu cực; giữ vững ổn định chính trị, bảo đảm trật tự, an toàn xã hội, tạo môi trường thuận lợi cho phát triển."),
           H("Thưa các đồng chí!"),
           P("Những kết quả đạt được trong năm qua là tiền đề rất quan trọng để chúng ta tự tin bước vào năm mới. Tôi tin tưởng rằng, với tinh thần đoàn kết, đổi mới, hành động quyết liệt, Đảng bộ, chính quyền và Nhân dân các dân tộc trong tỉnh sẽ hoàn thành thắng lợi các mục tiêu, nhiệm vụ năm 2029."),
           P("Với tinh thần đó, tôi xin tuyên bố bế mạc Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh. Chúc các đồng chí mạnh khỏe, hạnh phúc, đón năm mới 2029 thắng lợi mới."),
           P("Xin trân trọng cảm ơn!")])


def page08():
    pub = d("2028-12-27 19:40")
    site, base = "https://phutho.dcs.vn", "/van-kien-tu-lieu/bai-phat-bieu-cua-lanh-dao/"
    dcf = lambda x: f"Ngày đăng: {dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A08.render(p=jp, h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>',
                          img=lambda s, c, n: f'<figure class="image vk-portrait"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>')
        info = ('<table class="vk-info"><tbody><tr><td class="vk-label">Loại tư liệu:</td><td>Bài phát biểu</td></tr>'
                '<tr><td class="vk-label">Người phát biểu:</td><td>Đồng chí Vương Đình Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy</td></tr>'
                '<tr><td class="vk-label">Ngày phát biểu:</td><td>27/12/2028</td></tr>'
                '<tr><td class="vk-label">Sự kiện:</td><td>Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh (26 - 27/12/2028)</td></tr></tbody></table>')
        return (f'<div class="dcs-vk-detail"><div class="dcs-vk-kicker"><a href="{site}/van-kien-tu-lieu/">Văn kiện - Tư liệu</a></div>'
                f'<h1 class="title-detail">{esc(A08.title)}</h1>{info}'
                f'<div class="meta"><span class="date">{dcf(pub)}</span> <span class="views">Lượt xem: 2.316</span></div>{tools("dcs-vk-tools")}'
                f'<div class="sapo"><strong>{esc(A08.lead)}</strong></div>'
                f'<div class="content-detail">{body}</div>'
                f'{sharebar("dcs-vk-share")}<div class="dcs-vk-dl"><a href="{site}/Uploads/files/2028/12/phat-bieu-be-mac-hoi-nghi-lan-thu-11.pdf">Tải toàn văn (PDF, 312 KB)</a></div></div>'
                + others_block(site, base, rl, rd, dcf, "Tư liệu cùng chuyên mục", "dcs-vk-others", 6000, writers=False))

    return mk51(8, "provincial_party_dcs_van_kien_tu_lieu_template_speech_info_panel",
                "phutho-tinhuy-dcs-van-kien-tu-lieu-template-speech-full-text-info-panel-nguoi-phat-bieu-ngay-phat-bieu-su-kien-days-above-ngay-dang-stamp-editors-sapo-salutations-no-byline",
                "dcs_vktl", site, base + "phat-bieu-be-mac-hoi-nghi-lan-thu-muoi-mot-ban-chap-hanh-dang-bo-tinh-c15n6021.html",
                "Tỉnh ủy Phú Thọ", None, A08, pub, detail,
                crumbs_of(site, ["Văn kiện - Tư liệu", "Bài phát biểu của lãnh đạo"], cls="breadcrumb"), "Bài phát biểu của lãnh đạo",
                {},
                "The '.dcs.vn' platform's 'Văn kiện - Tư liệu' template; a leader's SPEECH printed in full. Under the headline the template prints a document panel — 'Loại tư liệu:', "
                "'Người phát biểu:' (the speaker: not the author, set 28), 'Ngày phát biểu: 27/12/2028' (the day of the speech: no stamp, like set 26's broadcast time) and 'Sự kiện: … (26 - 27/12/2028)' "
                "(an event's days) — BEFORE the item's own 'Ngày đăng: 27/12/2028 19:40' → T19:40. The sapo is the editors' introduction (the lead). The salutations, the two 'Thưa các đồng chí!' "
                "lines and 'Xin trân trọng cảm ơn!' are the speech's words (body, set 28). No byline: author and unit null. The PDF link is a download block.",
                "'.dcs.vn' 'Văn kiện - Tư liệu' template, a speech in full: a panel with 'Người phát biểu:' and 'Ngày phát biểu:' above 'Ngày đăng: dd/mm/yyyy HH:MM', editors' sapo, salutations, no byline",
                kb=170, fmt=dcf,
                traps={"speech_panel": ["Người phát biểu:", "Ngày phát biểu:", "Loại tư liệu:", "Hội nghị lần thứ mười một Ban Chấp hành Đảng bộ tỉnh (26 - 27/12/2028)"],
                       "meta": ["Lượt xem: 2.316"], "download": ["Tải toàn văn (PDF, 312 KB)"]})


# ================================================================== page 9: a resolution's news with a table of targets (ASP.NET WebForms 4.6.1, Trường Sơn's CMS)
T09 = [[("Nhóm", 1), ("Chỉ tiêu", 1), ("Đơn vị tính", 1), ("Kế hoạch năm 2029", 1)],
       [("Kinh tế", 4), ("Tốc độ tăng trưởng tổng sản phẩm (GRDP)", 1), ("%", 1), ("8,5 trở lên", 1)],
       [("GRDP bình quân đầu người", 1), ("triệu đồng", 1), ("98", 1)],
       [("Tổng thu ngân sách nhà nước trên địa bàn", 1), ("tỷ đồng", 1), ("16.800", 1)],
       [("Tổng vốn đầu tư toàn xã hội", 1), ("nghìn tỷ đồng", 1), ("74", 1)],
       [("Xã hội", 3), ("Giảm tỷ lệ hộ nghèo (chuẩn đa chiều)", 1), ("%", 1), ("0,6", 1)],
       [("Tỷ lệ lao động qua đào tạo có văn bằng, chứng chỉ", 1), ("%", 1), ("35,5", 1)],
       [("Tỷ lệ dân số tham gia bảo hiểm y tế", 1), ("%", 1), ("95,2", 1)],
       [("Xây dựng Đảng", 2), ("Kết nạp đảng viên mới", 1), ("đảng viên", 1), ("4.200 trở lên", 1)],
       [("Tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", 1), ("%", 1), ("90 trở lên", 1)]]

A09 = A51("Tỉnh ủy ban hành Nghị quyết về phương hướng, nhiệm vụ năm 2029",
          "Ngày 19/12/2028, Ban Chấp hành Đảng bộ tỉnh Vĩnh Long ban hành Nghị quyết số 21-NQ/TU về phương hướng, nhiệm vụ năm 2029, xác định chủ đề của năm là “Tăng tốc, bứt phá, hoàn thành toàn diện các mục tiêu của Nghị quyết Đại hội Đảng bộ tỉnh”.",
          [P("Nghị quyết đánh giá, năm 2028, tốc độ tăng trưởng kinh tế của tỉnh ước đạt 8,1%; tổng thu ngân sách nhà nước trên địa bàn đạt 15.920 tỷ đồng, vượt 6,1% dự toán; 16/18 chỉ tiêu chủ yếu đạt và vượt kế hoạch. Công tác xây dựng Đảng, xây dựng hệ thống chính trị có nhiều chuyển biến; bộ máy chính quyền địa phương hai cấp vận hành ổn định, thông suốt."),
           P("Năm 2029, Nghị quyết đề ra 18 chỉ tiêu chủ yếu trên các lĩnh vực kinh tế, xã hội, môi trường và xây dựng Đảng, trong đó có một số chỉ tiêu cụ thể như sau:"),
           ("rt", T09),
           P("Để hoàn thành các mục tiêu, Nghị quyết xác định 7 nhóm nhiệm vụ, giải pháp trọng tâm, trong đó nhấn mạnh:"),
           ("ul", ["Tập trung tháo gỡ khó khăn cho các dự án giao thông kết nối vùng, hạ tầng khu công nghiệp và các công trình thích ứng biến đổi khí hậu;",
                   "Phát triển nông nghiệp sinh thái, nâng cao giá trị các sản phẩm chủ lực gắn với xây dựng vùng nguyên liệu đạt chuẩn;",
                   "Nâng cao chất lượng hoạt động của chính quyền cấp xã, đẩy mạnh chuyển đổi số và cải cách thủ tục hành chính;",
                   "Tăng cường công tác xây dựng Đảng, nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức cơ sở đảng."]),
           I("/Upload/TinTuc/2028/12/hoi-nghi-bch-dang-bo-tinh-vinh-long-thang-12.jpg", "Quang cảnh Hội nghị Ban Chấp hành Đảng bộ tỉnh thảo luận, thông qua Nghị quyết về nhiệm vụ năm 2029"),
           P("Ban Thường vụ Tỉnh ủy giao các đảng đoàn, ban cán sự đảng, các đảng bộ trực thuộc xây dựng chương trình hành động thực hiện Nghị quyết, hoàn thành trước ngày 15/01/2029; Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn tuyên truyền Nghị quyết đến cán bộ, đảng viên và Nhân dân.")])


def page09():
    pub, upd = d("2028-12-21 16:30"), d("2028-12-22 10:20")
    site = "https://tinhuy.vinhlong.gov.vn"
    pre = "ctl00_cphMain_ucNewsDetail"
    tsf = lambda x: f"{dmy(x)} {twelve(x)}"

    def detail(rng, rl, rd):
        body = A09.render(p=jp, img=lambda s, c, n: tcap(s, c, n, cls="ts-img", desc="ts-img-desc", width=640),
                          ul=lambda items: '<ul style="text-align:justify">' + "".join(f"<li>{esc(t)}</li>" for t in items) + "</ul>")
        li = "".join(f'<li><a href="{site}/tin-tuc/chi-tiet/{slug(t)[:60]}-a{5500 - k * 4}.aspx">{esc(t)}</a> <span class="ts-d">[{dmy(x)}]</span></li>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6090), 48000)
                + f'<div class="ts-detail"><div class="ts-kicker"><span id="{pre}_lblKicker">Nghị quyết số 21-NQ/TU ngày 19/12/2028</span></div>'
                f'<h1 class="ts-title"><span id="{pre}_lblTitle">{esc(A09.title)}</span></h1>'
                f'<div class="ts-meta"><span id="{pre}_lblNgayDang">Ngày đăng: {tsf(pub)}</span> | <span id="{pre}_lblCapNhat">Cập nhật: {tsf(upd)}</span>'
                f' | <span id="{pre}_lblLuotXem">Lượt xem: 431</span></div>'
                f'<div class="ts-tools"><a id="{pre}_lnkPrint" href="javascript:__doPostBack(&#39;ctl00$cphMain$ucNewsDetail$lnkPrint&#39;,&#39;&#39;)">In bài</a> <a href="#">Gửi email</a></div>'
                f'<div class="ts-sapo"><span id="{pre}_lblTomTat"><b>{esc(A09.lead)}</b></span></div>'
                f'<div id="{pre}_divNoiDung" class="ts-content">{body}</div>'
                f'<div class="ts-author" style="text-align:right"><b><span id="{pre}_lblTacGia">Minh Châu (Ban Tuyên giáo và Dân vận Tỉnh ủy)</span></b></div>'
                f'<div class="ts-attach"><b>Tập tin đính kèm:</b> <a href="/Upload/VanBan/2028/12/21-NQ-TU.pdf">21-NQ-TU.pdf</a> (1,2 MB)</div></div>'
                f'<div class="ts-other"><div class="ts-other-title">Các tin đã đưa</div><ul>{li}</ul></div>')

    return mk51(9, "provincial_party_aspnet_webforms461_truongson_cms_resolution_targets_table_rowspan",
                "vinhlong-tinhuy-aspnet-webforms461-truongson-cms-viewstate-resolution-kicker-with-issue-day-ngay-dang-cap-nhat-twelve-hour-sa-ch-targets-table-rowspan-groups-list-name-paren-unit-attachment",
                "wf461ts", site, "/tin-tuc/chi-tiet/tinh-uy-ban-hanh-nghi-quyet-ve-phuong-huong-nhiem-vu-nam-2029-a5519.aspx",
                "Tỉnh ủy Vĩnh Long", None, A09, pub, detail,
                crumbs_of(site, ["Tin tức", "Văn bản - Nghị quyết"], cls="ts-breadcrumb"), "Văn bản - Nghị quyết",
                {"author": "Minh Châu", "unit": "Ban Tuyên giáo và Dân vận Tỉnh ủy"},
                "ASP.NET WebForms 4.6.1, Trường Sơn's CMS (48 KB ViewState). A RESOLUTION's news: the kicker 'Nghị quyết số 21-NQ/TU ngày 19/12/2028' names the document's day (not a stamp, "
                "sets 44, 49); the meta row 'Ngày đăng: 21/12/2028 4:30 CH | Cập nhật: 22/12/2028 10:20 SA' → published T16:30 (CH = p.m., set 27), updated T10:20. The table of targets is "
                "pasted from Word with ROWSPAN group cells ('Kinh tế' spans four rows, 'Xã hội' three, 'Xây dựng Đảng' two): one body paragraph per row, the cells AS PRINTED joined by ' | ' "
                "(set 30's rule) — a row under a spanned cell prints three cells, so the group name is NOT repeated in it. The header row of <th> cells is a row. List items are paragraphs. "
                "'Minh Châu (Ban Tuyên giáo và Dân vận Tỉnh ủy)' → author + unit. The attachment line is a download block.",
                "ASP.NET WebForms 4.6.1 (Trường Sơn's CMS), a resolution's news: kicker with the issue day, 'Ngày đăng: … 4:30 CH | Cập nhật: … 10:20 SA', a targets table with rowspan groups, 'Name (unit)'",
                kb=210, upd=upd, fmt=tsf, form=True, head_author="Minh Châu", no_ld=True,
                traps={"kicker": ["Nghị quyết số 21-NQ/TU ngày 19/12/2028"], "meta": ["Lượt xem: 431"], "download": ["21-NQ-TU.pdf"]})


# ================================================================== page 10: a Q&A column (DNN 9.8 + a vendor's 'Hỏi đáp' module)
A10 = A51("Người lao động nghỉ việc có được hưởng bảo hiểm xã hội một lần?",
          "",
          [P("Hỏi: Tôi làm công nhân may tại một công ty ở phường Bình Đức, đã đóng bảo hiểm xã hội bắt buộc được 8 năm, bắt đầu từ năm 2020. Nay vì hoàn cảnh gia đình, tôi muốn nghỉ việc và nhận bảo hiểm xã hội một lần. Xin hỏi tôi có được giải quyết không và cần làm những thủ tục gì?"),
           P("Trả lời: Theo quy định của Luật Bảo hiểm xã hội năm 2024 (có hiệu lực từ ngày 01/7/2025), người lao động bắt đầu đóng bảo hiểm xã hội trước ngày 01/7/2025, sau 12 tháng không thuộc đối tượng tham gia bảo hiểm xã hội bắt buộc, cũng không tham gia bảo hiểm xã hội tự nguyện và có thời gian đóng chưa đủ 20 năm thì được hưởng bảo hiểm xã hội một lần nếu có yêu cầu."),
           P("Như vậy, chị bắt đầu đóng bảo hiểm xã hội từ năm 2020 và đã đóng 8 năm. Sau khi nghỉ việc đủ 12 tháng mà không tiếp tục tham gia bảo hiểm xã hội bắt buộc hoặc tự nguyện, chị có thể làm hồ sơ đề nghị hưởng bảo hiểm xã hội một lần."),
           P("Tuy nhiên, chị cần cân nhắc kỹ, vì khi đã nhận bảo hiểm xã hội một lần, thời gian đóng trước đó sẽ không còn được tính để hưởng lương hưu và các chế độ dài hạn sau này. Chị có thể bảo lưu thời gian đóng để tiếp tục tham gia khi có việc làm mới hoặc tham gia bảo hiểm xã hội tự nguyện."),
           P("Hồ sơ gồm sổ bảo hiểm xã hội và đơn đề nghị hưởng bảo hiểm xã hội một lần theo mẫu; chị nộp tại cơ quan bảo hiểm xã hội nơi cư trú hoặc nộp trực tuyến qua Cổng Dịch vụ công quốc gia. Thời hạn giải quyết là 10 ngày kể từ ngày nhận đủ hồ sơ theo quy định.")])


def page10():
    pub = d("2029-01-08 14:00")
    site = "https://congdoan.angiang.gov.vn"
    pre = "dnn_ctr1624_ViewHoiDap"
    hdf = lambda x: f"{dmy(x)} {hm(x)}"
    asked = d("2028-12-28 09:12")

    def detail(rng, rl, rd):
        q, *ans = A10.pars
        qa = [("Lê Thị Kim Thoa (xã Châu Phú)", "Công ty nợ lương hai tháng thì người lao động có được đơn phương chấm dứt hợp đồng không?", "20/12/2028"),
              ("Trần Văn Phước (phường Long Xuyên)", "Đoàn viên công đoàn bị tai nạn trên đường đi làm được hỗ trợ những gì?", "15/12/2028"),
              ("Nguyễn Thị Bé Hai (phường Châu Đốc)", "Lao động nữ sinh con thứ hai được nghỉ thai sản bao lâu?", "09/12/2028")]
        other = "".join(f'<li><a href="{site}/hoi-dap-phap-luat/tabid/164/QuestionId/{1380 - k}/default.aspx">{esc(t)}</a>'
                        f'<div class="hd-o-meta">Người hỏi: {esc(n)} - Ngày hỏi: {x}</div></li>' for k, (n, t, x) in enumerate(qa))
        rel = "".join(f'<li><a href="{site}/tin-tuc/tabid/120/ArticleId/{3300 + k}/{slug(t)[:40]}.aspx">{esc(t)}</a> <span class="hd-d">({dmy(x)})</span></li>'
                      for k, (t, x) in enumerate(zip(rl[:6], rd)))
        return (bigvs(R(6100), 42000)
                + f'<div class="hd-detail"><div class="hd-col-title">HỎI ĐÁP PHÁP LUẬT</div>'
                f'<h1 class="hd-title"><span id="{pre}_lblTieuDe">{esc(A10.title)}</span></h1>'
                f'<div class="hd-ask"><span id="{pre}_lblNguoiHoi" class="hd-asker"><i class="fa fa-user"></i> Người hỏi: Nguyễn Thị Mỹ Linh (phường Bình Đức)</span>'
                f' <span id="{pre}_lblNgayHoi" class="hd-askdate"><i class="fa fa-calendar"></i> Ngày hỏi: {dmy(asked)}</span></div>'
                f'<div class="hd-meta"><span id="{pre}_lblNgayDang">Ngày đăng: {hdf(pub)}</span> <span id="{pre}_lblLuotXem">Lượt xem: 57</span></div>'
                f'<div class="hd-question"><p><strong>Hỏi:</strong>{esc(q[4:])}</p></div>'
                f'<div class="hd-answer">' + "".join((f'<p><strong>Trả lời:</strong>{esc(a[8:])}</p>' if a.startswith("Trả lời:") else f'<p style="text-align:justify">{esc(a)}</p>') for a in ans)
                + f'<p style="text-align:right"><strong>LS. Trần Minh Đức - Đoàn Luật sư tỉnh An Giang</strong></p></div>'
                f'<div class="hd-note"><em>Bạn đọc có thắc mắc về pháp luật lao động, công đoàn xin gửi câu hỏi qua mục “Gửi câu hỏi” hoặc đường dây nóng 0296.3852.114.</em></div>'
                f'<div class="hd-other"><h3>Các câu hỏi khác</h3><ul>{other}</ul></div>'
                f'<div class="hd-form"><h3>Gửi câu hỏi</h3><input id="{pre}_txtHoTen" placeholder="Họ và tên" /><input id="{pre}_txtDiaChi" placeholder="Địa chỉ" />'
                f'<textarea id="{pre}_txtNoiDung" placeholder="Nội dung câu hỏi"></textarea><a id="{pre}_btnGui" class="dnnPrimaryAction" href="javascript:__doPostBack(&#39;dnn$ctr1624$ViewHoiDap$btnGui&#39;,&#39;&#39;)">Gửi câu hỏi</a></div>'
                f'<div class="hd-rel"><h3>Tin tức - Sự kiện</h3><ul>{rel}</ul></div></div>')

    return mk51(10, "labour_federation_dnn98_vendor_hoidap_module_lawyer_signs_the_answer",
                "angiang-liendoanlaodong-dnn98-vendor-hoi-dap-module-column-label-asker-row-ngay-hoi-before-ngay-dang-hoi-tra-loi-labels-no-sapo-ls-name-dash-bar-association",
                "dnn98hd", site, "/hoi-dap-phap-luat/tabid/164/QuestionId/1382/nguoi-lao-dong-nghi-viec-co-duoc-huong-bao-hiem-xa-hoi-mot-lan.aspx",
                "Liên đoàn Lao động tỉnh An Giang", None, A10, pub, detail,
                crumbs_of(site, ["Hỏi đáp pháp luật", "Bảo hiểm xã hội"], cls="dnnBreadcrumb"), "Bảo hiểm xã hội",
                {"author": "LS. Trần Minh Đức", "unit": "Đoàn Luật sư tỉnh An Giang", "lead": None},
                "DNN 9.8 with a vendor's 'Hỏi đáp' (Q&A) module; a Q&A COLUMN. The asker row 'Người hỏi: Nguyễn Thị Mỹ Linh (phường Bình Đức)' and 'Ngày hỏi: 28/12/2028' come FIRST "
                "under the headline — the asker is not the author and the sending day is not the stamp (sets 27, 45, 48); the item's stamp is 'Ngày đăng: 08/01/2029 14:00' → T14:00. No sapo "
                "(lead null); the body is the question and the answer with their 'Hỏi:' / 'Trả lời:' labels kept (set 45). The answer is signed by a PERSON, 'LS. Trần Minh Đức - Đoàn Luật sư "
                "tỉnh An Giang' → author with 'LS.' kept (set 28), unit after ' - ' (set 48's office signature is for an office with no person). The column label 'HỎI ĐÁP PHÁP LUẬT' is a "
                "form label; category is the crumb's last level 'Bảo hiểm xã hội'. The invitation to send questions is a box; other questions' askers and days are theirs.",
                "DNN 9.8 + a vendor's Q&A module, a Q&A column: asker row and 'Ngày hỏi:' before 'Ngày đăng: dd/mm/yyyy HH:MM', no sapo, 'Hỏi:' / 'Trả lời:' kept, 'LS. Name - Đoàn Luật sư tỉnh'",
                kb=195, fmt=hdf, form=True, dnn=True, head_author="LS. Trần Minh Đức", ld_lead=None,
                traps={"asker": ["Người hỏi: Nguyễn Thị Mỹ Linh (phường Bình Đức)", "Ngày hỏi: 28/12/2028"], "meta": ["Lượt xem: 57"],
                       "box": ["Bạn đọc có thắc mắc về pháp luật lao động, công đoàn xin gửi câu hỏi qua mục “Gửi câu hỏi” hoặc đường dây nóng 0296.3852.114."],
                       "other_questions": ["Lê Thị Kim Thoa (xã Châu Phú)"], "column_label": ["HỎI ĐÁP PHÁP LUẬT"]})


# ================================================================== page 11: a long read with sub-headings and a pull quote (WordPress + Newspack)
PQ11 = "Người dân không cần biết bộ máy được sắp xếp thế nào, họ chỉ cần biết đến phường là việc được giải quyết."
A11 = A51("Chính quyền hai cấp sau hơn ba năm: Gần dân hơn, phục vụ tốt hơn",
          "Sau hơn ba năm vận hành mô hình chính quyền địa phương hai cấp, nhiều xã, phường của thành phố Cần Thơ đã rút ngắn thời gian giải quyết thủ tục, đưa cán bộ xuống tận khu vực, ấp. Nhưng phía sau những con số tích cực vẫn còn không ít nỗi lo về nhân lực, hạ tầng số và cơ chế tài chính ở cơ sở.",
          [P("Bảy giờ sáng, Trung tâm Phục vụ hành chính công phường Tân An đã có hơn chục người ngồi chờ. Chị Lê Thị Hồng Nhung, nhà ở khu vực 3, đến làm thủ tục đăng ký biến động đất đai cho căn nhà mới mua. “Năm trước tôi làm thủ tục tương tự mất gần một tháng, phải lên quận mấy lần. Lần này nộp hồ sơ ở phường, hẹn mười ngày là có kết quả”, chị nói."),
           P("Câu chuyện của chị Nhung không phải cá biệt. Theo số liệu của Văn phòng UBND thành phố, năm 2028, thời gian giải quyết bình quân một hồ sơ thủ tục hành chính ở cấp xã giảm khoảng 30% so với năm 2025; tỷ lệ hồ sơ nộp trực tuyến đạt gần 68%."),
           H("Thủ tục nhanh hơn, cán bộ gần dân hơn"),
           P("Khi bỏ cấp huyện, nhiều thẩm quyền được chuyển thẳng về xã, phường. Ban đầu, không ít cán bộ lo lắng vì khối lượng công việc tăng gấp đôi, gấp ba. Nhưng chính sự dồn việc ấy buộc bộ máy phải thay đổi cách làm: phân loại hồ sơ ngay từ khâu tiếp nhận, xử lý song song thay vì tuần tự, và công khai tiến độ trên ứng dụng của thành phố."),
           I("/wp-content/uploads/2028/12/trung-tam-phuc-vu-hanh-chinh-cong-phuong-tan-an.jpg", "Người dân làm thủ tục tại Trung tâm Phục vụ hành chính công phường Tân An"),
           P("Ở phường Tân An, mỗi khu vực có một cán bộ phụ trách, tuần nào cũng dự họp tổ dân phố. “Người dân không cần biết bộ máy được sắp xếp thế nào, họ chỉ cần biết đến phường là việc được giải quyết. Cán bộ phải mang việc về, chứ không để dân phải đi hỏi”, ông Trần Văn Bé Năm, Chủ tịch UBND phường Tân An, chia sẻ."),
           ("pq", PQ11, "Chủ tịch UBND phường Tân An Trần Văn Bé Năm"),
           P("Ở các xã ven đô như Thới Lai, Phong Điền, mô hình “cán bộ bám ấp” được duy trì từ năm 2026. Mỗi chiều thứ Năm, cán bộ xã về nhà văn hóa ấp để hướng dẫn bà con làm thủ tục trên điện thoại, tiếp nhận kiến nghị và giải đáp chính sách."),
           H("Những “điểm nghẽn” chưa được tháo gỡ"),
           P("Dù vậy, khảo sát của Ban Tuyên giáo và Dân vận Thành ủy tại 20 xã, phường cuối năm 2028 cho thấy gần một nửa đơn vị vẫn thiếu công chức chuyên môn về đất đai, xây dựng và tài chính. Nhiều nơi phải điều động cán bộ từ bộ phận khác sang hỗ trợ, dẫn tới tình trạng một người kiêm nhiều việc."),
           P("Hạ tầng số cũng chưa đồng bộ. Một số phần mềm chuyên ngành chưa liên thông với hệ thống một cửa, cán bộ phải nhập dữ liệu hai lần. Ở các ấp vùng sâu, người cao tuổi vẫn quen nộp hồ sơ giấy và cần được hướng dẫn trực tiếp."),
           P("Về tài chính, các xã, phường được giao nhiều nhiệm vụ chi hơn nhưng nguồn thu tại chỗ còn hạn chế. Nhiều đề xuất cải tạo trụ sở, mua sắm trang thiết bị phải chờ phân bổ từ ngân sách thành phố."),
           I("/wp-content/uploads/2028/12/can-bo-xa-huong-dan-dich-vu-cong-tai-ap.jpg", "Cán bộ xã Thới Lai hướng dẫn người dân cài đặt ứng dụng dịch vụ công tại nhà văn hóa ấp"),
           H("Đầu tư cho con người và hạ tầng số"),
           P("Để tháo gỡ, thành phố đã ban hành kế hoạch đào tạo lại đội ngũ công chức cấp xã giai đoạn 2029 - 2030, ưu tiên các lĩnh vực đất đai, quy hoạch, tài chính; đồng thời thí điểm cơ chế chia sẻ chuyên gia giữa các phường nội thành và các xã ngoại thành."),
           P("Sở Khoa học và Công nghệ thành phố cho biết đến quý II/2029 sẽ hoàn thành việc liên thông dữ liệu giữa các phần mềm chuyên ngành với hệ thống thông tin giải quyết thủ tục hành chính, giảm nhập liệu thủ công cho cán bộ cơ sở."),
           P("Hơn ba năm là quãng thời gian chưa dài đối với một cuộc cải cách lớn. Nhưng từ những trung tâm hành chính công đông người mỗi sáng, từ những buổi chiều cán bộ về ấp, có thể thấy chính quyền cơ sở đang từng bước gần dân hơn, phục vụ tốt hơn.")])


def page11():
    pub, upd = d("2028-12-18 06:00"), d("2028-12-19 09:20")
    site = "https://tuyengiaodanvan.cantho.gov.vn"
    path = "/2028/12/18/chinh-quyen-hai-cap-sau-hon-ba-nam-gan-dan-hon-phuc-vu-tot-hon/"
    months = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
    wpf = lambda x: f"Tháng {months[x.month - 1]} {x.day}, {x.year}"

    def detail(rng, rl, rd):
        body = A11.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f'<h2 class="wp-block-heading">{esc(t)}</h2>',
                          img=lambda s, c, n: (f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1200" height="800" src="{site}{s}" alt="" class="wp-image-{5810 + n}" />'
                                               f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>'),
                          pq=lambda t, c: f'<figure class="wp-block-pullquote"><blockquote><p>{esc(t)}</p><cite>{esc(c)}</cite></blockquote></figure>', sep="\n\n")
        rel = "".join(f'<article class="entry-related"><h3 class="entry-title"><a href="{site}/2028/{x.month:02d}/{x.day:02d}/{slug(t)[:50]}/">{esc(t)}</a></h3>'
                      f'<time class="entry-date published" datetime="{x.isoformat()}">{wpf(x)}</time></article>' for t, x in zip(rl[:6], rd))
        return (f'<article id="post-5812" class="post-5812 post type-post status-publish format-standard has-post-thumbnail hentry category-chinh-quyen-co-so">'
                f'<header class="entry-header"><span class="cat-links"><span class="screen-reader-text">Đăng trong</span><a href="{site}/category/chinh-quyen-co-so/" rel="category tag">Chính quyền cơ sở</a></span>'
                f'<h1 class="entry-title">{esc(A11.title)}</h1>'
                f'<div class="newspack-post-subtitle">{esc(A11.lead)}</div>'
                f'<div class="entry-subhead"><div class="entry-meta"><span class="author-avatar"><img alt="" src="{site}/wp-content/uploads/2027/03/tam-96x96.jpg" class="avatar avatar-80 photo" height="80" width="80" /></span>'
                f'<span class="byline"><span>Bởi</span> <span class="author vcard"><a class="url fn n" href="{site}/author/tranthanhtam/">Trần Thanh Tâm</a></span></span> '
                f'<span class="posted-on"><a href="{site}{path}" rel="bookmark"><time class="entry-date published" datetime="{pub.isoformat()}">{wpf(pub)}</time></a>'
                f'<span class="updated-label"> Cập nhật </span><time class="updated" datetime="{upd.isoformat()}">{wpf(upd)}</time></span> '
                f'<span class="reading-time">Thời gian đọc: 9 phút</span></div>'
                f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Chia sẻ:</h3><ul><li><a class="share-facebook" href="#">Facebook</a></li><li><a class="share-zalo" href="#">Zalo</a></li><li><a class="share-print" href="#">In</a></li></ul></div></div></header>'
                f'<figure class="post-thumbnail"><img width="1200" height="800" src="{site}/wp-content/uploads/2028/12/chinh-quyen-hai-cap-can-tho-cover.jpg" class="attachment-newspack-featured-image wp-post-image" alt="" />'
                f'<figcaption><span class="image-caption">Bộ phận một cửa của phường Tân An vào giờ cao điểm buổi sáng</span></figcaption></figure>'
                f'<div class="entry-content">{body}\n\n<p class="has-text-align-right"><strong>Ảnh: Trần Thanh Tâm, Lê Hữu Phước</strong></p></div>'
                f'<footer class="entry-footer"><span class="tags-links">Thẻ: <a href="{site}/tag/chinh-quyen-hai-cap/" rel="tag">chính quyền hai cấp</a>, <a href="{site}/tag/cai-cach-hanh-chinh/" rel="tag">cải cách hành chính</a></span></footer>'
                f'<div class="author-bio"><div class="author-bio-text"><div class="author-bio-header"><h2 class="accent-header">Trần Thanh Tâm</h2>'
                f'<p>Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ; phụ trách chuyên mục Chính quyền cơ sở.</p></div>'
                f'<a class="author-link" href="{site}/author/tranthanhtam/">Xem thêm bài viết của Trần Thanh Tâm</a></div></div></article>'
                f'<div class="related-posts"><h2 class="accent-header">Bài viết liên quan</h2>{rel}</div>'
                + thread([("Huỳnh Văn Lợi", "18/12/2028 lúc 8:14 sáng", "Bài viết phản ánh đúng thực tế ở phường tôi, thủ tục nhanh hơn trước rõ rệt."),
                          ("Phạm Ngọc Diễm", "18/12/2028 lúc 9:47 tối", "Mong thành phố sớm liên thông phần mềm để cán bộ đỡ phải nhập dữ liệu hai lần.")],
                         head="Bình luận", cls="comments-area"))

    return mk51(11, "propaganda_mass_mobilisation_board_wordpress_newspack_long_read_pull_quote",
                "cantho-btgdvthanhuy-wordpress-newspack-long-read-category-link-subtitle-lead-byline-boi-author-f-j-y-dates-with-datetime-updated-label-h2-subheadings-pullquote-with-cite-photo-credit-two-names-author-bio",
                "newspack", site, path, "Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ", "WordPress 6.9", A11, pub, detail,
                "", "Chính quyền cơ sở",
                {"author": "Trần Thanh Tâm", "photographer": "Trần Thanh Tâm, Lê Hữu Phước",
                 "captions": ["Bộ phận một cửa của phường Tân An vào giờ cao điểm buổi sáng"] + A11.captions},
                "WordPress + Newspack; a LONG READ. The category link above the h1 is the printed section label ('Chính quyền cơ sở'; no crumb). Newspack's subtitle under the h1 is the lead. "
                "Byline 'Bởi Trần Thanh Tâm' (a person's WP author) → author. Dates in WordPress's vi 'F j, Y': 'Tháng Mười Hai 18, 2028' (month first, set 31) with its <time datetime='2028-12-18T06:00:00+07:00'> "
                "→ T06:00 (set 25 MAJORITY); the labelled ' Cập nhật Tháng Mười Hai 19, 2028' with its datetime → updated T09:20 (set 39; visible, no CSS hides it). Three h2 sub-headings are body; "
                "the wp-block-pullquote repeats a sentence of the text and its cite is the box's (not body, set 24). Captions: the featured image's, then the two in the text. 'Ảnh: Trần Thanh Tâm, Lê Hữu Phước' "
                "after the text → photographers. The author bio ('Chuyên viên Phòng Tuyên truyền, Ban …') is a profile: no unit (set 34). 'Thời gian đọc: 9 phút' is a reading time.",
                "WordPress + Newspack, a long read: category link, subtitle lead, 'Bởi Name', 'Tháng Mười Hai d, yyyy' + labelled update with datetimes, h2 sub-headings, a pull quote with cite, 'Ảnh: A, B', an author bio",
                kb=165, upd=upd, fmt=wpf, head_author="Trần Thanh Tâm",
                traps={"pull_quote_cite": ["Chủ tịch UBND phường Tân An Trần Văn Bé Năm"], "reading_time": ["Thời gian đọc: 9 phút"],
                       "author_bio": ["Chuyên viên Phòng Tuyên truyền, Ban Tuyên giáo và Dân vận Thành ủy Cần Thơ; phụ trách chuyên mục Chính quyền cơ sở."],
                       "comments": ["Huỳnh Văn Lợi", "18/12/2028 lúc 9:47 tối"], "tags": ["cải cách hành chính"]})


# ================================================================== page 12: a profile, 'Gương sáng' (Joomla 5.1 + Gantry 5, the Hydrogen theme)
A12 = A51("Người thầy giáo già mở lớp xóa mù chữ ở thôn Nà Khau",
          "Đã ngoài 70 tuổi, ông Ma Văn Thào, hội viên Chi hội Người cao tuổi thôn Nà Khau, xã Lâm Bình, vẫn đều đặn mở lớp xóa mù chữ miễn phí mỗi tối cho phụ nữ người Dao, người Mông trong thôn. Sau 6 năm, đã có 73 học viên biết đọc, biết viết, biết làm các phép tính thông thường.",
          [P("Ông Thào có 34 năm đứng lớp ở các điểm trường vùng cao của xã. Nghỉ hưu năm 2016, ông về sống cùng con cháu ở thôn Nà Khau. Một lần đi họp thôn, thấy nhiều chị em phải điểm chỉ vào biên bản vì không biết ký tên, ông trăn trở mãi. “Mình làm thầy cả đời, giờ còn sức thì dạy được người nào hay người ấy”, ông kể."),
           P("Năm 2022, được Chi hội Người cao tuổi và Ban công tác Mặt trận thôn ủng hộ, ông mở lớp đầu tiên ngay tại nhà văn hóa thôn với 11 học viên. Bảng đen, phấn, vở viết ông tự mua bằng tiền lương hưu; đèn điện do thôn hỗ trợ. Lớp học bắt đầu lúc 19 giờ, khi chị em đã xong việc nương rẫy, cơm nước."),
           I("/images/2028/12/guong-sang-ong-ma-van-thao-lop-hoc.jpg", "Ông Ma Văn Thào hướng dẫn học viên tập viết tại nhà văn hóa thôn Nà Khau"),
           P("Dạy người lớn tuổi khó hơn dạy trẻ nhỏ nhiều lần. Nhiều chị em cầm bút còn run tay, học trước quên sau, có tuần phải nghỉ vì mùa vụ. Ông kiên trì dạy từng chữ cái, lấy những thứ quen thuộc như con trâu, cây ngô, quả bí để ghép vần; học viên nào nghỉ buổi nào, ông đến tận nhà dạy bù."),
           P("Chị Triệu Thị Mai, 41 tuổi, người Dao, là một trong những học viên đầu tiên. Giờ chị đã tự đọc được hướng dẫn sử dụng phân bón, tự ghi sổ thu chi của gia đình và làm tổ trưởng tổ vay vốn của thôn. “Trước đây đi đâu cũng phải nhờ người đọc giúp, giờ tôi đọc được cả tin nhắn của con ở xa gửi về”, chị Mai nói."),
           I("/images/2028/12/guong-sang-ong-ma-van-thao-chan-dung.jpg", "Ông Ma Văn Thào bên tủ sách nhỏ do ông gom góp cho học viên mượn đọc"),
           P("Không chỉ dạy chữ, ông Thào còn lồng ghép tuyên truyền chính sách, pháp luật, cách phòng tránh tảo hôn, giữ gìn vệ sinh môi trường. Tủ sách nhỏ ở góc nhà văn hóa với hơn 200 cuốn sách, báo cũng do ông vận động con cháu, học trò cũ gửi tặng."),
           P("Với những đóng góp bền bỉ, năm 2028, ông Ma Văn Thào được Hội Người cao tuổi tỉnh tặng Bằng khen là gương điển hình trong phong trào “Tuổi cao - Gương sáng”. Ông bảo, còn sức ông còn dạy, vì “mỗi người biết chữ là một nhà bớt khổ”.")])


def page12():
    pub, upd = d("2028-12-08 09:00"), d("2028-12-09 14:25")
    site = "https://hoinguoicaotuoi.tuyenquang.org.vn"
    jf = lambda x: f"{x.day:02d} Tháng {x.month} {x.year}"

    def detail(rng, rl, rd):
        card = ('<table class="table table-bordered nhan-vat-card" style="width:100%"><tbody><tr><th colspan="2">Nhân vật</th></tr>'
                '<tr><td>Họ và tên:</td><td>Ma Văn Thào</td></tr><tr><td>Năm sinh:</td><td>1956</td></tr><tr><td>Dân tộc:</td><td>Tày</td></tr>'
                '<tr><td>Nghề nghiệp:</td><td>Giáo viên tiểu học nghỉ hưu</td></tr><tr><td>Danh hiệu:</td><td>Bằng khen của Hội Người cao tuổi tỉnh năm 2028</td></tr></tbody></table>')
        body = A12.render(p=jp, img=lambda s, c, n: (f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" width="800" height="533" loading="lazy" />'
                                                     f'<figcaption>{esc(c)}</figcaption></figure>'))
        prev, nxt = rl[0], rl[1]
        li = "".join(f'<li><a href="{site}/guong-sang/{slug(t)[:60]}.html">{esc(t)}</a> <small>{jf(x)}</small></li>' for t, x in zip(rl[2:6], rd[2:6]))
        return (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h1 itemprop="headline">{esc(A12.title)}</h1></div>'
                f'<dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>Viết bởi: <span itemprop="name">Quản trị viên</span></dd>'
                f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>Danh mục: <a href="{site}/guong-sang.html" itemprop="genre">Gương sáng</a></dd>'
                f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{pub.isoformat()}" itemprop="datePublished">Ngày đăng: {jf(pub)}</time></dd>'
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{upd.isoformat()}" itemprop="dateModified">Cập nhật: {jf(upd)}</time></dd>'
                f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:532" />Lượt xem: 532</dd></dl>'
                f'<div itemprop="articleBody" class="com-content-article__body">{card}'
                f'<p style="text-align:justify"><strong>{esc(A12.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Hoàng Thị Lan (Hội Người cao tuổi xã Lâm Bình)</strong></p></div>'
                f'<nav class="pagenavigation" aria-label="Điều hướng trang"><span class="pagination ms-0"><a class="btn btn-sm btn-secondary previous" href="{site}/guong-sang/{slug(prev)[:60]}.html" rel="prev">« Trước: {esc(prev)}</a>'
                f' <a class="btn btn-sm btn-secondary next" href="{site}/guong-sang/{slug(nxt)[:60]}.html" rel="next">Tiếp: {esc(nxt)} »</a></span></nav></div>'
                f'<div class="moduletable related"><h3>Bài cùng chuyên mục</h3><ul>{li}</ul></div>')

    return mk51(12, "elderly_association_joomla51_gantry5_hydrogen_profile_subject_card",
                "tuyenquang-hoinguoicaotuoi-joomla51-gantry5-hydrogen-outline-com-content-profile-guong-sang-article-info-account-danh-muc-date-only-with-datetime-cap-nhat-subject-card-bold-first-paragraph-name-paren-unit",
                "j51hydrogen", site, "/guong-sang/nguoi-thay-giao-gia-mo-lop-xoa-mu-chu-o-thon-na-khau.html",
                "Hội Người cao tuổi tỉnh Tuyên Quang", "Joomla! - Open Source Content Management", A12, pub, detail,
                crumbs_of(site, ["Gương sáng"], cls="mod-breadcrumbs breadcrumb"), "Gương sáng",
                {"author": "Hoàng Thị Lan", "unit": "Hội Người cao tuổi xã Lâm Bình"},
                "Joomla 5.1 + Gantry 5 (a vendor outline of the Hydrogen theme); a PROFILE in the 'Gương sáng' category. Article info: 'Viết bởi: Quản trị viên' (an account, also the microdata "
                "author: set 31), 'Danh mục: Gương sáng' (category, label dropped), 'Ngày đăng: 08 Tháng 12 2028' date-only with its own <time datetime='2028-12-08T09:00:00+07:00'> → T09:00 (set 25 MAJORITY), "
                "'Cập nhật: 09 Tháng 12 2028' with datetime T14:25 → updated (set 39). The subject card table ('Nhân vật', 'Năm sinh: 1956' …) at the top of the text is a profile/fact box, "
                "not body (sets 24, 25). The bold first paragraph is the lead. Signature 'Hoàng Thị Lan (Hội Người cao tuổi xã Lâm Bình)' → author + unit (a commune's organisation, set 49).",
                "Joomla 5.1 + Gantry 5 (Hydrogen), a profile: 'Viết bởi' account, 'Danh mục:', date-only 'Ngày đăng:' / 'Cập nhật:' with datetimes, a subject card, bold first paragraph, 'Name (unit)'",
                kb=145, upd=upd, fmt=jf, head_author="Hoàng Thị Lan",
                traps={"account": ["Quản trị viên"], "subject_card": ["Năm sinh:", "Giáo viên tiểu học nghỉ hưu"], "meta": ["Lượt xem: 532"],
                       "pagenav": ["« Trước:"]})


# ================================================================== page 13: a 'Ký sự' with a place-and-date dateline (Drupal 11 + Solo)
A13 = A51("Mùa đông trên đỉnh Tà Xùa",
          "Cuối tháng 12, khi sương muối phủ trắng những sườn đồi, Tà Xùa đón những đoàn khách đầu tiên lên “săn mây”. Phía sau vẻ đẹp ấy là câu chuyện về những người Mông đã đổi thay cách làm ăn, giữ rừng, giữ bản trên độ cao hơn 2.000 mét.",
          [H("Đường lên mây"),
           P("Từ trung tâm xã Bắc Yên, con đường nhựa uốn lượn gần 20 km mới lên tới bản Tà Xùa. Mười năm trước, đoạn đường này chỉ là lối mòn đất đỏ, mùa mưa xe máy phải quấn xích mới đi được. Giờ đây, mỗi cuối tuần, hàng trăm chiếc xe của du khách nối nhau lên núi từ lúc trời chưa sáng."),
           P("Chúng tôi lên đến lưng chừng núi khi mặt trời vừa nhô lên khỏi biển mây. Anh Mùa A Lềnh, người dẫn đường, chỉ tay về phía sống lưng khủng long: “Mấy năm trước chỗ này chỉ có người bản đi nương. Bây giờ sáng nào cũng có khách, có hôm cả trăm người”."),
           I("/sites/default/files/2029-01/ta-xua-bien-may-sang-som.jpg", "Biển mây nhìn từ sống lưng khủng long Tà Xùa lúc 6 giờ sáng"),
           H("Người giữ rừng"),
           P("Ông Thào A Chư, 67 tuổi, trưởng bản Tà Xùa, đã có gần 30 năm gắn với rừng. Bản có 1.200 ha rừng phòng hộ, được chia cho 8 tổ bảo vệ, mỗi tổ 6 - 8 hộ luân phiên tuần tra. “Rừng còn thì mây còn, mây còn thì khách còn lên. Người Mông mình hiểu điều đó rồi”, ông nói, giọng chậm rãi."),
           P("Tiền chi trả dịch vụ môi trường rừng mỗi năm hơn 600 triệu đồng được bản dùng để làm đường nội bản, sửa nhà văn hóa và hỗ trợ các hộ khó khăn. Năm 2028, cả bản không để xảy ra vụ cháy rừng hay chặt phá rừng trái phép nào."),
           I("/sites/default/files/2029-01/ta-xua-to-tuan-tra-rung.jpg", "Tổ bảo vệ rừng bản Tà Xùa tuần tra trong rừng sa mu cổ thụ"),
           H("Homestay trên đỉnh núi"),
           P("Nhà chị Sùng Thị Dợ là một trong 14 hộ làm homestay ở Tà Xùa. Từ căn nhà trình tường của bố mẹ, vợ chồng chị vay vốn ưu đãi sửa sang thành 6 phòng nghỉ, có chỗ cho khách ngồi uống chè shan tuyết ngắm mây. Mùa cao điểm, mỗi tháng gia đình có thu nhập 25 - 30 triệu đồng."),
           P("Chị Dợ kể, lúc đầu bà con còn ngại, sợ khách lạ, sợ làm không được. Xã mời người về tập huấn cách nấu ăn, dọn phòng, giới thiệu văn hóa Mông; các hộ làm trước hướng dẫn hộ làm sau. Đến nay, nhiều nam nữ thanh niên trong bản đã làm hướng dẫn viên, chụp ảnh thuê, bán chè, mận cho khách."),
           I("/sites/default/files/2029-01/ta-xua-homestay-sung-thi-do.jpg", "Chị Sùng Thị Dợ pha chè shan tuyết mời khách tại homestay của gia đình"),
           P("Chiều xuống, sương lại giăng kín lối. Trong căn bếp ấm lửa, ông Chư rót chén rượu ngô, bảo năm nay bản sẽ trồng thêm 30 ha sa mu, để con cháu sau này vẫn còn mây mà ngắm, còn rừng mà giữ.")])


def page13():
    pub = d("2029-01-05 07:00")
    site = "https://vhnt.sonla.gov.vn"
    drf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"

    def detail(rng, rl, rd):
        body = A13.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<h3>{esc(t)}</h3>",
                          img=lambda s, c, n: (f'<figure role="group" class="caption caption-drupal-media align-center"><div><div class="field field--name-field-media-image field--type-image">'
                                               f'<img loading="lazy" src="{site}{s}" width="960" height="640" alt="{esc(c, True)}" /></div></div><figcaption>{esc(c)}</figcaption></figure>'))
        li = "".join(f'<div class="views-row"><span class="views-field-title"><a href="{site}/node/{3300 - k * 5}">{esc(t)}</a></span> <span class="views-field-created">{drf(x)}</span></div>'
                     for k, (t, x) in enumerate(zip(rl[:6], rd)))
        cm = "".join(f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author">{esc(n)}</p><p class="comment__time">{esc(s)}</p></footer>'
                     f'<div class="comment__content"><p>{esc(t)}</p></div></article>'
                     for n, s, t in [("Lò Văn Thịnh", "05/01/2029 - 09:12", "Đọc bài mà muốn lên Tà Xùa ngay, cảm ơn tác giả."),
                                     ("Cầm Thị Hương", "05/01/2029 - 21:40", "Mong bà con giữ được rừng sa mu và nét văn hóa riêng của bản.")])
        return (f'<article data-history-node-id="3318" class="node node--type-article node--promoted node--view-mode-full">'
                f'<div class="node-kicker"><span>Ký sự</span></div>'
                f'<h1 class="page-title"><span class="field field--name-title field--type-string">{esc(A13.title)}</span></h1>'
                f'<div class="node__meta"><div class="node__submitted">Gửi bởi <span class="field field--name-uid"><span>bientap_vhnt</span></span> vào <span class="field field--name-created">{drf(pub)}</span></div></div>'
                f'<div class="node__content"><div class="field field--name-field-sapo"><p><strong>{esc(A13.lead)}</strong></p></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field__item">{body}\n'
                f'<p style="text-align:right"><em>Tà Xùa, ngày 28/12/2028</em></p>\n<p style="text-align:right"><strong>Bài và ảnh: Lò Thị Mai</strong></p></div>'
                f'<div class="field field--name-field-chuyen-muc"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="{site}/sang-tac/ky-su-phong-su">Ký sự - Phóng sự</a></div></div>'
                f'<div class="field field--name-field-tags"><div class="field__label">Từ khóa</div><div class="field__items"><a href="/taxonomy/term/88">Tà Xùa</a> <a href="/taxonomy/term/91">du lịch cộng đồng</a></div></div></div>'
                f'<section class="comments"><h2>Bình luận</h2>{cm}</section></article>'
                f'<div class="views-element-container block-views-block-cung-chuyen-muc"><h2>Cùng chuyên mục</h2>{li}</div>')

    return mk51(13, "arts_associations_union_drupal11_solo_ky_su_dateline_before_credit",
                "sonla-lienhiephoivhnt-drupal11-solo-theme-ky-su-kicker-submitted-account-weekday-dd-mm-yyyy-dash-hh-mm-sapo-field-h3-chapters-media-figcaptions-place-date-dateline-bai-va-anh-chuyen-muc-field",
                "d11solo", site, "/sang-tac/ky-su-phong-su/mua-dong-tren-dinh-ta-xua",
                "Liên hiệp các Hội Văn học nghệ thuật tỉnh Sơn La", "Drupal 11 (https://www.drupal.org)", A13, pub, detail,
                crumbs_of(site, ["Sáng tác", "Ký sự - Phóng sự"], cls="breadcrumb"), "Ký sự - Phóng sự",
                {"author": "Lò Thị Mai", "photographer": "Lò Thị Mai"},
                "Drupal 11 + the Solo theme; a KÝ SỰ (reportage). The kicker 'Ký sự' names the genre (a form label, set 27: neither title nor category). 'Gửi bởi bientap_vhnt vào Thứ Sáu, "
                "05/01/2029 - 07:00' → T07:00; the account is not the author (set 46). Sapo field → lead; h3 chapters are body; three media figcaptions. The text ends with a right-aligned italic "
                "PLACE-AND-DATE DATELINE 'Tà Xùa, ngày 28/12/2028' — the writer's place and day of writing: neither body (a formal place-date line, set 25) nor a stamp (a week before the posting). "
                "'Bài và ảnh: Lò Thị Mai' → author and photographer (set 31). Category: crumb's last level = the 'Chuyên mục' field.",
                "Drupal 11 + Solo, a ký sự: genre kicker, 'Gửi bởi <account> vào Thứ Sáu, dd/mm/yyyy - HH:MM', sapo field, h3 chapters, media figcaptions, a place-and-date dateline before 'Bài và ảnh: Name'",
                kb=155, fmt=drf, head_author="Lò Thị Mai",
                traps={"dateline": ["Tà Xùa, ngày 28/12/2028"], "account": ["bientap_vhnt"],
                       "comments": ["Lò Văn Thịnh", "Đọc bài mà muốn lên Tà Xùa ngay, cảm ơn tác giả."]})


# ================================================================== page 14 (TWIST): a series part in a press CMS's series view — the h1 is the SERIES' masthead
SERIES14 = "Giữ rừng nơi biên giới Mường Nhé"
PARTS14 = ["Bài 1: Lời thề giữ rừng của người Hà Nhì", "Bài 2: Những người “gác” đại ngàn", "Bài 3: Để rừng nuôi người giữ rừng"]
A14 = A51(PARTS14[1],
          "Ở Mường Nhé, hơn 300 thành viên tổ bảo vệ rừng cộng đồng thay nhau tuần tra trên những cánh rừng giáp biên. Với họ, giữ rừng không chỉ là giữ sinh kế mà còn là giữ từng dòng suối, từng cột mốc nơi cực Tây Tổ quốc.",
          [P("Năm giờ sáng, khi sương còn đặc quánh trên các đỉnh núi, tổ bảo vệ rừng bản Tả Ló San đã chuẩn bị xong cơm nắm, đèn pin, dao phát. Tổ trưởng Pờ Xá Chừ, 52 tuổi, kiểm tra lại danh sách rồi dẫn 6 thành viên men theo lối mòn lên khu rừng đầu nguồn sát đường biên."),
           P("Mỗi chuyến tuần tra kéo dài từ hai đến ba ngày. Họ ngủ lại trong lán tạm dựng bằng nứa, nấu cơm bằng nước suối và ghi chép tỉ mỉ từng dấu hiệu bất thường vào cuốn sổ đã sờn mép. “Thấy dấu chân lạ, dấu vết cưa cây hay bẫy thú là phải báo ngay cho Đồn Biên phòng và kiểm lâm”, anh Chừ nói."),
           I("/uploads/2028/12/19/to-bao-ve-rung-ta-lo-san-tuan-tra.jpg", "Tổ bảo vệ rừng bản Tả Ló San tuần tra khu rừng đầu nguồn sát đường biên. Ảnh: Quàng Thị Hoa"),
           H("Những chuyến tuần tra không có ngày nghỉ"),
           P("Toàn xã Mường Nhé hiện có 42 tổ bảo vệ rừng cộng đồng với hơn 300 thành viên, quản lý gần 18.000 ha rừng. Các tổ phối hợp với Đồn Biên phòng, Hạt Kiểm lâm và lực lượng dân quân, mỗi tháng tổ chức ít nhất bốn đợt tuần tra chung dọc tuyến biên giới."),
           P("Công việc vất vả, thu nhập từ tiền khoán bảo vệ rừng không nhiều, nhưng rất ít người bỏ tổ. Bà Lò Thị Chà, thành viên nữ hiếm hoi của tổ bản Nậm Là, cho biết bà theo chồng đi tuần từ hơn mười năm trước. “Rừng là của con cháu mình, mình không giữ thì ai giữ”, bà nói."),
           I("/uploads/2028/12/19/ba-lo-thi-cha-nam-la.jpg", "Bà Lò Thị Chà, thành viên tổ bảo vệ rừng bản Nậm Là"),
           H("Khi người dân làm chủ rừng"),
           P("Từ năm 2026, xã Mường Nhé thí điểm giao rừng cho cộng đồng dân cư các bản quản lý, kèm theo quy ước bảo vệ rừng do chính bà con xây dựng. Bản nào để xảy ra phá rừng sẽ bị trừ tiền chi trả dịch vụ môi trường rừng của cả bản; ngược lại, bản giữ rừng tốt được ưu tiên hỗ trợ giống cây dược liệu trồng dưới tán rừng."),
           P("Theo Hạt Kiểm lâm, hai năm qua, số vụ vi phạm lâm luật trên địa bàn giảm hơn 60%, độ che phủ rừng của xã tăng lên trên 72%. Những cánh rừng từng bị phát làm nương nay đã phủ xanh trở lại."),
           P("Chiều muộn, tổ tuần tra của anh Chừ trở về bản, quần áo ướt đẫm sương. Ngày mai, một tổ khác sẽ lên đường. Những người “gác” đại ngàn cứ thế thay nhau, lặng lẽ như chính những cánh rừng họ giữ.")])


def page14():
    pub, upd = d("2028-12-19 06:00"), d("2028-12-19 10:45")
    site = "https://baodienbien.vn"
    path = "/xa-hoi/202812/bai-2-nhung-nguoi-gac-dai-ngan-7c31e2a/"
    psf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"
    p1 = d("2028-12-18 06:00")

    def detail(rng, rl, rd):
        body = A14.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f'<h3 class="lb-subhead">{esc(t)}</h3>',
                          img=lambda s, c, n: (f'<figure class="lb-figure"><img class="lazy" src="{GIF}" data-src="{site}{s}" alt="" width="900" height="600" />'
                                               f'<noscript><img src="{site}{s}" alt="" /></noscript><figcaption class="lb-caption">{esc(c)}</figcaption></figure>'))
        parts = (f'<ol class="lb-series-parts">'
                 f'<li class="lb-part done"><a href="{site}/xa-hoi/202812/bai-1-loi-the-giu-rung-cua-nguoi-ha-nhi-5b90d41/">{esc(PARTS14[0])}</a> <span class="lb-part-date">{psf(p1)}</span></li>'
                 f'<li class="lb-part current"><a href="{site}{path}">{esc(PARTS14[1])}</a> <span class="lb-part-state">(đang xem)</span></li>'
                 f'<li class="lb-part next"><span class="lb-part-title">{esc(PARTS14[2])}</span> <span class="lb-part-state">(kỳ tới)</span></li></ol>')
        rail = "".join(f'<li><a href="{site}/thoi-su/202812/{slug(t)[:50]}-{hexid(rng, 7)}/">{esc(t)}</a> <span class="lb-r-date">{psf(x)}</span></li>' for t, x in zip(rl[:6], rd))
        return (f'<div class="lb-series"><div class="lb-series-head" style="background:#1f3d2b;color:#fff;padding:24px">'
                f'<span class="lb-series-kicker">LOẠT BÀI</span><h1 class="lb-series-title">{esc(SERIES14)}</h1>'
                f'<p class="lb-series-intro"><em>Loạt bài 3 kỳ ghi lại hành trình giữ rừng của đồng bào Hà Nhì, Mông, Dao ở Mường Nhé, nơi mỗi cánh rừng cũng là một phần biên cương của Tổ quốc.</em></p>{parts}</div>'
                f'<article class="lb-part-article"><h2 class="lb-part-title">{esc(A14.title)}</h2>'
                f'<div class="lb-meta"><span class="lb-date">{psf(pub)}</span> <span class="lb-upd">Cập nhật: {dmy(upd)} {hm(upd)}</span></div>'
                f'<div class="lb-tools"><a href="#" class="lb-listen">Nghe bài viết</a> <a href="#" class="lb-font">Cỡ chữ</a> <a href="#" class="lb-print">In</a></div>'
                f'<div class="lb-sapo"><strong>{esc(A14.lead)}</strong></div>'
                f'<div class="lb-content">{body}\n<p style="text-align:right"><em>(Còn nữa)</em></p>'
                f'<p class="lb-next"><strong>Kỳ sau: {esc(PARTS14[2])}</strong></p></div>'
                f'<p class="lb-sign" style="text-align:right"><strong>Nhóm phóng viên: Lò Văn Thắng - Quàng Thị Hoa</strong></p>'
                f'{sharebar("lb-share")}</article></div>'
                f'<div class="lb-more"><h3>Đọc thêm trong chuyên mục</h3><ul>{rail}</ul></div>')

    return mk51(14, "merged_press_agency_series_view_series_masthead_h1_part_headline_h2_twist",
                "dienbien-baovaphatthanhtruyenhinh-press-cms-loat-bai-series-view-series-name-as-h1-part-headline-h2-parts-nav-with-days-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-con-nua-ky-sau-nhom-phong-vien-twist",
                "press_loatbai", site, path, "Báo và Phát thanh, Truyền hình Điện Biên", None, A14, pub, detail,
                crumbs_of(site, ["Xã hội", "Môi trường"], cls="lb-breadcrumb"), "Môi trường",
                {"author": "Lò Văn Thắng, Quàng Thị Hoa"},
                "TWIST (the set's only one): a merged press agency's SERIES view. The page's ONLY h1 is the SERIES' masthead, 'Giữ rừng nơi biên giới Mường Nhé' (with the 'LOẠT BÀI' kicker, the "
                "series intro and the nav of parts, printed alike on every part); the PART's own headline is the h2 under it, 'Bài 2: Những người “gác” đại ngàn' → title (the part label stays, "
                "set 30). <title>, og:title, the JSON-LD headline, the URL slug and the nav's '(đang xem)' entry all name the part alone; set 34's rule (a title printed over the item names what "
                "it belongs to, the headline is the item's own line under it) extended from sections to series. Neither the series name nor 'LOẠT BÀI' is the category (crumb: 'Môi trường'). "
                "Stamps: the nav prints Bài 1's 'Thứ Hai, 18/12/2028 - 06:00' in the very shape of the item's stamp BEFORE it — the part's own stamp is 'Thứ Ba, 19/12/2028 - 06:00' → T06:00; "
                "'Cập nhật: 19/12/2028 10:45' → updated. '(Còn nữa)' and 'Kỳ sau: Bài 3: …' are series chrome (set 45). 'Nhóm phóng viên: Lò Văn Thắng - Quàng Thị Hoa' → two writers (set 42). "
                "The first caption ends 'Ảnh: Quàng Thị Hoa': it stays in the caption and sets no photographer (set 25 MAJORITY).",
                "TWIST press CMS series view: the SERIES name is the page's h1, the part's headline 'Bài 2: …' an h2 under it; parts nav with Bài 1's stamp in the item's shape; 'Cập nhật:'; '(Còn nữa)', 'Kỳ sau:'; 'Nhóm phóng viên: A - B'",
                kb=180, upd=upd, fmt=psf, head_author="Lò Văn Thắng",
                head_title=f"{PARTS14[1]} | Báo và Phát thanh, Truyền hình Điện Biên",
                traps={"series_masthead": [SERIES14, "LOẠT BÀI", "Loạt bài 3 kỳ ghi lại hành trình giữ rừng của đồng bào Hà Nhì, Mông, Dao ở Mường Nhé, nơi mỗi cánh rừng cũng là một phần biên cương của Tổ quốc."],
                       "other_parts": [PARTS14[0], f"Kỳ sau: {PARTS14[2]}", "(Còn nữa)", psf(p1)],
                       "credit_as_printed": ["Nhóm phóng viên: Lò Văn Thắng - Quàng Thị Hoa"], "audio": ["Nghe bài viết"]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12, page13, page14]
