"""Set 55 pages 1-10: WHO WROTE IT — the credit lines of the everyday item in shapes earlier sets did not use (a writer's
rank before an ethnic name with the unit in a second paragraph, a reprint's 'Theo TS. Name/Tạp chí …', interviewers
'A - B (thực hiện)', the fields of a definition list, a foreign writer with a particle and a translator under a dated
signature, 'Bài: | Ảnh: | Quay phim:', an office's collective credit with a photographer, initials under a poster and an
approver), and what is NOT a writer (TWIST 1: the signer of a Front's appeal the item quotes in full; TWIST 2: a long-form
story's credits TABLE with an editor and a designer). Two NukeViet pages (5.1, 4.5 + Hồng Lam's theme), a '.dcs.vn'
template ('Trao đổi - Kinh nghiệm'), Liferay DXP 2028.Q3 + Sao Khuê's portlet, SharePoint Server 2016 + Sông Lam's web
part, DNN 9.12 + EasyDNNnews, WordPress + Hello Elementor, Drupal 10.4 + Olivero, ASP.NET Core 9 MVC (Phố Hiến's product),
a converged newsroom's 'Media Story' template. Page helpers copied from set 54's module (which kept sets 48-52's); set 55
adds one builder, mk55, and ten page functions."""
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


# ================================================================== page 1: NukeViet 5.1, a Tỉnh ủy's vendor theme — a rank before an ethnic name in one paragraph, the unit in the next
A01 = A51("Đảng ủy xã Ea Kao ra mắt mô hình “Chi bộ buôn gắn với tổ an ninh trật tự cơ sở”",
          "Chiều 9/5, Đảng ủy xã Ea Kao tổ chức ra mắt mô hình “Chi bộ buôn gắn với tổ an ninh trật tự cơ sở” tại buôn Kô Tam, nhằm phát huy vai trò của chi bộ và người có uy tín trong việc giữ gìn an ninh, trật tự ở khu dân cư.",
          [P("Theo kế hoạch, mỗi chi bộ buôn phân công một đảng viên là thành viên tổ bảo vệ an ninh, trật tự cơ sở phụ trách từ 10 đến 15 hộ; hằng tháng, chi bộ dành một nội dung sinh hoạt để nghe tổ báo cáo tình hình, bàn biện pháp xử lý những vụ việc phát sinh ngay từ cơ sở."),
           P("Năm 2028, trên địa bàn xã xảy ra 14 vụ việc liên quan đến an ninh, trật tự, giảm 9 vụ so với năm trước; 100% mâu thuẫn, tranh chấp trong Nhân dân được tổ hòa giải ở buôn giải quyết, không để phát sinh thành điểm nóng."),
           I("/uploads/news/2029_05/ra-mat-mo-hinh-chi-bo-buon-ea-kao-01.jpg", "Lãnh đạo Đảng ủy xã Ea Kao trao quyết định thành lập tổ an ninh trật tự cơ sở buôn Kô Tam"),
           P("Phát biểu tại buổi ra mắt, đồng chí H’Dung Mlô, Bí thư Đảng ủy xã Ea Kao nhấn mạnh: “Mỗi đảng viên ở buôn phải là một tai mắt của chi bộ, nắm chắc từng hộ, từng người; việc nhỏ giải quyết ngay trong buôn, không để kéo dài”."),
           P("Già làng Y Brơm Êban, người có uy tín buôn Kô Tam cho biết, bà con rất đồng tình với mô hình, nhất là việc đảng viên trực tiếp đến từng nhà vận động con em tránh xa tệ nạn, tham gia giữ gìn trật tự trong mùa cà phê ra hoa."),
           I("/uploads/news/2029_05/ra-mat-mo-hinh-chi-bo-buon-ea-kao-02.jpg", "Đảng viên Chi bộ buôn Kô Tam ký cam kết thực hiện mô hình"),
           P("Sau buổi ra mắt, Đảng ủy xã sẽ nhân rộng mô hình tại 11 chi bộ buôn, thôn còn lại trong quý III; định kỳ 6 tháng sơ kết, biểu dương những tổ làm tốt và kịp thời kiện toàn những tổ hoạt động chưa hiệu quả.")])


def page01():
    pub = d("2029-05-10 15:42")
    site, base = "https://tinhuydaklak.vn", "/tin-tuc/xay-dung-dang/"
    stf = lambda x: f"{wd(x)}, {dmy(x)}, {hm(x)}"

    def detail(rng, rl, rd):
        fig_ = lambda s, c, n: (f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" width="780" height="520" /><figcaption>{esc(c)}</figcaption></figure>')
        body = A01.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=fig_)
        body += "\n" + right("Đại úy Y Khương Niê") + "\n" + right("Công an xã Ea Kao", "em")
        cm = thread([("Ksor H’Bia", "10/05/2029 20:12", "Mô hình rất thiết thực, mong sớm nhân rộng ra các buôn khác của xã."),
                     ("Nguyễn Văn Tài", "11/05/2029 06:48", "Đề nghị bổ sung kinh phí hỗ trợ cho các tổ an ninh trật tự ở buôn.")], head="Ý kiến bạn đọc", cls="tu51-cmt")
        meta = (f'<div class="tu51-meta"><span class="tu51-time"><i class="fa-regular fa-clock"></i> {stf(pub)}</span>'
                f' <span class="tu51-view"><i class="fa-regular fa-eye"></i> 356</span></div>')
        return (f'<article class="tu51-detail news_column"><h1 class="tu51-title">{esc(A01.title)}</h1>{meta}'
                f'<div class="hometext tu51-sapo"><strong>{esc(A01.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext tu51-body">{body}</div>'
                + tags(site, ["Ea Kao", "an ninh trật tự", "chi bộ buôn"]) + sharebar("tu51-share") + '</article>'
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Tin cùng chuyên mục", "tu51-same", 3100) + cm)

    return mk55(1, "provincial_party_nukeviet51_vendor_theme_rank_before_ethnic_name_unit_in_next_paragraph",
                "daklak-tinhuy-nukeviet51-vendor-theme-date-bar-weekday-dd-mm-yyyy-comma-hh-mm-bold-hometext-figcaptions-signature-dai-uy-y-khuong-nie-right-bold-then-italic-paragraph-unit-cong-an-xa-quoted-h-dung-mlo-y-brom-eban",
                "nv51_tu", site, base + "dang-uy-xa-ea-kao-ra-mat-mo-hinh-chi-bo-buon-gan-voi-to-an-ninh-trat-tu-co-so-3187.html",
                "Tỉnh ủy Đắk Lắk", "NukeViet v5.1", A01, pub, detail,
                crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], cls="breadcrumb"), "Xây dựng Đảng",
                {"author": "Y Khương Niê", "unit": "Công an xã Ea Kao"},
                "NukeViet 5.1 under a provincial vendor's theme for the Tỉnh ủy; a commune Party committee's new model. Stamp 'Thứ Năm, 10/05/2029, 15:42' → T15:42. "
                "The credit is split over TWO right-aligned paragraphs typed last in #news-bodyhtml: bold 'Đại úy Y Khương Niê', then italic 'Công an xã Ea Kao' → author 'Y Khương Niê' "
                "(the rank 'Đại úy' dropped; 'Y' is the Ê Đê men's name particle and belongs to the name), author_unit 'Công an xã Ea Kao' (the unit on its own line, as set 32's unit after a <br>). "
                "Not writers: 'H’Dung Mlô' (a quoted Party secretary), 'Y Brơm Êban' (a quoted village elder), the commenters. Category: the crumb's last level.",
                "NukeViet 5.1 (a Tỉnh ủy's vendor theme): 'Thứ Năm, dd/mm/yyyy, HH:MM', bold hometext, figcaptions, a rank + Ê Đê name in one right bold paragraph and the unit in the next italic paragraph; quoted people with 'H’' / 'Y' names",
                kb=150, head_author=None,
                traps={"rank": ["Đại úy Y Khương Niê"], "comments": ["Ksor H’Bia", "Nguyễn Văn Tài"]})


# ================================================================== page 2 (TWIST 1): NukeViet 4.5 + Hồng Lam's theme, a Front's appeal quoted in full, its signer typed last
A02_LETTER = ["Thực hiện lời dạy của Chủ tịch Hồ Chí Minh: “Lá lành đùm lá rách”, với truyền thống tương thân, tương ái của dân tộc, Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh kêu gọi các cơ quan, đơn vị, doanh nghiệp, các tổ chức tôn giáo, cán bộ, đảng viên, đoàn viên, hội viên và Nhân dân trong tỉnh, đồng bào Lào Cai đang sinh sống, làm việc ở mọi miền Tổ quốc và ở nước ngoài tích cực ủng hộ về vật chất, tinh thần để giúp đỡ Nhân dân các xã bị thiệt hại sớm ổn định cuộc sống.",
              "Mọi sự ủng hộ xin gửi về Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh hoặc chuyển khoản vào tài khoản Cứu trợ của Ủy ban MTTQ Việt Nam tỉnh số 3761.0.1057931 tại Kho bạc Nhà nước khu vực; hoặc ủng hộ trực tiếp tại Ủy ban MTTQ Việt Nam các xã, phường trong tỉnh.",
              "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh cam kết tiếp nhận, phân bổ kịp thời, đúng đối tượng, công khai, minh bạch mọi khoản ủng hộ và trân trọng cảm ơn tấm lòng của các tập thể, cá nhân."]
A02 = A51("Ủy ban MTTQ Việt Nam tỉnh kêu gọi ủng hộ Nhân dân bị thiệt hại do dông lốc, mưa đá",
          "Trước những thiệt hại nặng nề do trận dông lốc, mưa đá đêm 12/5 gây ra tại 9 xã vùng cao, ngày 14/5, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh ban hành Thư kêu gọi các tầng lớp Nhân dân chung tay ủng hộ đồng bào sớm khắc phục khó khăn.",
          [P("Theo báo cáo nhanh của Ban Chỉ huy phòng thủ dân sự tỉnh, trận dông lốc kèm mưa đá đã làm 1.146 ngôi nhà bị tốc mái, hư hỏng, trong đó 37 nhà bị sập hoàn toàn; gần 420 ha lúa, ngô và cây ăn quả bị dập nát; nhiều điểm trường, nhà văn hóa thôn bị hư hại."),
           I("/uploads/news/2029_05/mua-da-xa-vung-cao-01.jpg", "Nhiều ngôi nhà ở xã Bản Khoang bị tốc mái sau trận mưa đá đêm 12/5"),
           P("Ngay trong ngày 13/5, Ủy ban MTTQ tỉnh đã trích Quỹ Cứu trợ hỗ trợ khẩn cấp mỗi hộ có nhà bị sập 10 triệu đồng, mỗi hộ có nhà hư hỏng nặng 3 triệu đồng; đồng thời phối hợp với lực lượng vũ trang giúp người dân lợp lại mái nhà, dọn dẹp vệ sinh."),
           P("Dưới đây là toàn văn Thư kêu gọi:")] + [P(t) for t in A02_LETTER])


def page02():
    pub = d("2029-05-15 07:30")
    site, base = "https://mattran.laocai.gov.vn", "/news/hoat-dong-mat-tran/"
    stf = lambda x: f"{dmy(x)} {hm(x)}"
    signer = ["Lào Cai, ngày 14 tháng 5 năm 2029", "TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", "(Đã ký)", "Giàng A Chu"]

    def detail(rng, rl, rd):
        parts = A02.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=tcap).split("\n")
        n_intro = len(parts) - len(A02_LETTER)
        head_ = center("THƯ KÊU GỌI") + '\n<p style="text-align:center"><em>Ủng hộ Nhân dân bị thiệt hại do dông lốc, mưa đá</em></p>'
        sig = (f'<p style="text-align:right"><em>{esc(signer[0])}</em></p>'
               f'<p style="text-align:right"><strong>{esc(signer[1])}<br />{esc(signer[2])}</strong></p>'
               f'<p style="text-align:right"><em>{esc(signer[3])}</em></p><p style="text-align:right"><strong>{esc(signer[4])}</strong></p>')
        body = "\n".join(parts[:n_intro]) + "\n" + head_ + "\n" + "\n".join(parts[n_intro:]) + "\n" + sig
        meta = (f'<div class="hl45-meta"><span class="hl45-time"><em class="fa fa-clock-o">&nbsp;</em>{stf(pub)}</span>'
                f' <span class="hl45-author"><em class="fa fa-user">&nbsp;</em>Tác giả: Thanh Hương</span>'
                f' <span class="hl45-hits"><em class="fa fa-eye">&nbsp;</em>Lượt xem: 318</span></div>')
        acc = ('<div class="hl45-account">Số tài khoản tiếp nhận ủng hộ: <b>3761.0.1057931</b> — Ủy ban MTTQ Việt Nam tỉnh Lào Cai. '
               'Đường dây nóng: 0214.3820.155</div>')
        return (f'<div class="news_column hl45-detail"><div class="panel-body"><h1 class="title">{esc(A02.title)}</h1>{meta}'
                f'<div class="hometext"><strong>{esc(A02.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>{acc}</div></div>'
                + nv4_tail(site, base, rl, rd, stf, ["mưa đá", "cứu trợ", "Thư kêu gọi"], "Tổng số điểm của bài viết là: 22 trong 5 đánh giá",
                           thread([("Lù Thị Sen", "15/05/2029 09:14", "Gia đình tôi xin ủng hộ 2 triệu đồng qua tài khoản của Mặt trận tỉnh.")], cls="hl45-cmt"), 2210))

    return mk55(2, "fatherland_front_nukeviet45_honglam_theme_appeal_quoted_in_full_signer_typed_last_author_field_twist",
                "laocai-ubmttqtinh-nukeviet45-honglam-theme-dd-mm-yyyy-hh-mm-tac-gia-in-meta-row-table-caption-thu-keu-goi-full-text-heading-place-date-line-tm-ban-thuong-truc-chu-tich-da-ky-signer-typed-last-no-credit-after-it-twist",
                "nv45_hl", site, base + "uy-ban-mttq-viet-nam-tinh-keu-goi-ung-ho-nhan-dan-bi-thiet-hai-do-dong-loc-mua-da-2211.html",
                "Ủy ban MTTQ Việt Nam tỉnh Lào Cai", "NukeViet v4.5", A02, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động Mặt trận"], cls="breadcrumb"), "Hoạt động Mặt trận",
                {"author": "Thanh Hương"},
                "NukeViet 4.5 under Hồng Lam's theme for a provincial Fatherland Front; an appeal after a hailstorm. Stamp '15/05/2029 07:30' → T07:30. The meta row's author field "
                "'Tác giả: Thanh Hương' credits the item → author. TWIST: the item quotes the Front's appeal in full and ENDS with the letter's formal parts typed right-aligned like a "
                "signature — the place-date line 'Lào Cai, ngày 14 tháng 5 năm 2029', 'TM. BAN THƯỜNG TRỰC / CHỦ TỊCH', '(Đã ký)', bold 'Giàng A Chu' — and no credit after them. The "
                "signer is no author and no unit (sets 25, 28); the heading 'THƯ KÊU GỌI', its italic sub-line, the place-date line and the signature block are formal parts: not body "
                "(set 25); the letter's three paragraphs and the item's 'Dưới đây là toàn văn Thư kêu gọi:' are body. The letter's day (14/5) is no stamp. The account box under the text is chrome.",
                "NukeViet 4.5 (Hồng Lam's Front theme), an appeal quoted in full: 'dd/mm/yyyy HH:MM', 'Tác giả:' in the meta row, a table caption, the letter's heading, place-date line and 'TM. BAN THƯỜNG TRỰC / CHỦ TỊCH / (Đã ký) / Name' typed last — TWIST",
                kb=140, head_author="Thanh Hương",
                traps={"signer": [signer[0], "TM. BAN THƯỜNG TRỰC", signer[4]], "letter_heading": ["Ủng hộ Nhân dân bị thiệt hại do dông lốc, mưa đá"],
                       "box": ["Đường dây nóng: 0214.3820.155"], "comments": ["Lù Thị Sen"]})


# ================================================================== page 3: the '.dcs.vn' 'Trao đổi - Kinh nghiệm' template — a reprint signed 'Theo TS. Name/Tạp chí …'
A03 = A51("Nâng cao chất lượng sinh hoạt chi bộ ở khu dân cư sau sắp xếp: một số kinh nghiệm",
          "Sau sắp xếp thôn, tổ dân phố và tổ chức lại chính quyền địa phương hai cấp, nhiều chi bộ khu dân cư có số lượng đảng viên đông, thành phần đa dạng, đặt ra yêu cầu mới trong việc đổi mới nội dung, hình thức sinh hoạt chi bộ.",
          [H("Những khó khăn đặt ra"),
           P("Khảo sát tại 42 chi bộ khu dân cư cho thấy bình quân mỗi chi bộ có 68 đảng viên, trong đó đảng viên cao tuổi, được miễn sinh hoạt chiếm gần 30%; nhiều đảng viên đang công tác ở cơ quan, doanh nghiệp nhưng sinh hoạt hai chiều chưa đều, dẫn tới tỷ lệ dự sinh hoạt ở một số nơi chỉ đạt khoảng 70%."),
           P("Nội dung sinh hoạt ở không ít chi bộ còn nặng về thông báo tình hình, triển khai văn bản; phần thảo luận, phê bình và tự phê bình còn hình thức, chưa gắn với những việc cụ thể mà người dân trong khu dân cư quan tâm."),
           I("/uploads/2029/05/sinh-hoat-chi-bo-khu-dan-cu-01.jpg", "Một buổi sinh hoạt chuyên đề của Chi bộ tổ dân phố số 7"),
           H("Một số kinh nghiệm bước đầu"),
           P("Thứ nhất, cấp ủy cơ sở cần chỉ đạo chi bộ chuẩn bị kỹ nội dung trước mỗi kỳ sinh hoạt, lựa chọn một đến hai vấn đề nổi cộm ở khu dân cư để cả chi bộ bàn và quyết, giao việc cụ thể cho từng đảng viên."),
           P("Thứ hai, phân chia chi bộ đông đảng viên thành các tổ đảng theo địa bàn; tổ đảng sinh hoạt trước, chi bộ sinh hoạt sau, qua đó ý kiến của từng đảng viên được lắng nghe đầy đủ hơn."),
           P("Thứ ba, ứng dụng nền tảng số trong gửi tài liệu, điểm danh và lấy ý kiến, nhưng không thay thế sinh hoạt trực tiếp; đảng viên cao tuổi được tổ đảng đến tận nhà thông tin, lấy ý kiến."),
           P("Thực tiễn ở nhiều địa phương cho thấy, khi chi bộ bàn đúng, trúng những việc dân cần, sinh hoạt chi bộ sẽ thu hút đảng viên và tạo được niềm tin của Nhân dân.")])


def page03():
    pub = d("2029-05-14 09:10")
    site, base = "https://thainguyen.dcs.vn", "/trao-doi-kinh-nghiem/"
    stf = lambda x: f"{dmy(x)} | {hm(x)}"
    credit = "Theo TS. Hồng Minh/Tạp chí Xây dựng Đảng"

    def detail(rng, rl, rd):
        body = A03.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>', img=pem)
        body += "\n" + right(credit)
        return (tick54(rng, pub, stf, "Tin mới", "dcs-ticker")
                + f'<div class="article-detail"><h1 class="title-detail">{esc(A03.title)}</h1>'
                f'<div class="date-detail"><i class="icon-clock"></i> {stf(pub)}</div>'
                f'<div class="sapo-detail"><strong>{esc(A03.lead)}</strong></div><div class="content-detail">{body}</div>'
                + tools("dcs-tools") + '</div>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "dcs-other", "Các tin đã đưa", start=5010))

    return mk55(3, "provincial_party_dcs_trao_doi_kinh_nghiem_template_reprint_theo_ts_name_slash_magazine",
                "thainguyen-tinhuy-dcs-trao-doi-kinh-nghiem-template-ticker-dd-mm-yyyy-pipe-hh-mm-bold-sapo-bold-sub-headings-centred-italic-caption-theo-ts-name-slash-tap-chi-xay-dung-dang-right-bold",
                "dcs_tdkn", site, base + "nang-cao-chat-luong-sinh-hoat-chi-bo-o-khu-dan-cu-sau-sap-xep-mot-so-kinh-nghiem-7712.html",
                "Tỉnh ủy Thái Nguyên", None, A03, pub, detail,
                crumbs_of(site, ["Trao đổi - Kinh nghiệm"], cls="breadcrumb"), "Trao đổi - Kinh nghiệm",
                {"author": "TS. Hồng Minh"},
                "The '.dcs.vn' platform's 'Trao đổi - Kinh nghiệm' template; a reprinted article on Party cells. Stamp '14/05/2029 | 09:10' → T09:10; the ticker and 'Các tin đã đưa' "
                "are other items. The text ends with bold right 'Theo TS. Hồng Minh/Tạp chí Xây dựng Đảng' → author 'TS. Hồng Minh' (set 35's 'Theo Name - Tạp chí …' with a SLASH: the "
                "degree kept, set 26), author_unit null (the magazine is the source, sets 13, 28, 35 — not set 32's 'Name/unit'). Bold sub-headings are body; centred italic line → caption.",
                "'.dcs.vn' 'Trao đổi - Kinh nghiệm': ticker, 'dd/mm/yyyy | HH:MM', bold sub-headings, centred italic caption, 'Theo TS. Name/Tạp chí …'",
                kb=125, traps={"source": ["Tạp chí Xây dựng Đảng"]})


# ================================================================== page 4: Liferay DXP 2028.Q3 + Sao Khuê's portlet — an interview, two interviewers '(thực hiện)' above the stamp
A04 = A51("Giám đốc Sở Nội vụ: Hoàn thành đánh giá cán bộ cấp xã theo kết quả công việc trong quý III",
          "Sau gần hai năm vận hành chính quyền địa phương hai cấp, tỉnh đang chuẩn bị đánh giá cán bộ, công chức cấp xã theo kết quả, sản phẩm cụ thể. Phóng viên Cổng Thông tin điện tử tỉnh đã trao đổi với ông Trần Quốc Việt, Giám đốc Sở Nội vụ về nội dung này.",
          [Q("PV: Thưa ông, vì sao tỉnh chọn thời điểm này để đánh giá cán bộ cấp xã theo kết quả công việc?"),
           P("Ông Trần Quốc Việt: Sau giai đoạn kiện toàn, bộ máy 75 xã, phường đã đi vào ổn định. Đây là lúc cần đo hiệu quả bằng sản phẩm cụ thể: hồ sơ được giải quyết đúng hạn, phản ánh của người dân được xử lý, các chỉ tiêu được giao hoàn thành đến đâu, thay vì chỉ tự nhận xét như trước."),
           I("/documents/20182/0/giam-doc-so-noi-vu-tran-quoc-viet.jpg", "Ông Trần Quốc Việt, Giám đốc Sở Nội vụ tỉnh Quảng Ngãi"),
           Q("PV: Bộ tiêu chí sẽ được xây dựng như thế nào để tránh cào bằng?"),
           P("Ông Trần Quốc Việt: Mỗi vị trí việc làm có danh mục sản phẩm riêng, được lượng hóa bằng điểm. Dữ liệu lấy tự động từ hệ thống một cửa điện tử và phần mềm quản lý văn bản, nên hạn chế được yếu tố cảm tính. Người đứng đầu xã chịu trách nhiệm về kết quả chấm điểm của cấp dưới."),
           Q("PV: Kết quả đánh giá sẽ được sử dụng ra sao?"),
           P("Ông Trần Quốc Việt: Kết quả là căn cứ để xếp loại, khen thưởng, quy hoạch và bố trí lại cán bộ. Người hai quý liên tiếp không hoàn thành nhiệm vụ sẽ được xem xét điều chuyển vị trí khác phù hợp hơn."),
           P("PV: Xin cảm ơn ông!")])


def page04():
    pub, upd = d("2029-05-16 10:05"), d("2029-05-16 16:40")
    site, base = "https://quangngai.gov.vn", "/web/portal/tin-tuc/-/asset_publisher/"
    stf = lambda x: f"{wd(x)}, {dmy(x)} - {hm(x)}"

    def detail(rng, rl, rd):
        body = A04.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', q=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>')
        return (f'<div class="sk-news-detail"><div class="sk-kicker">Phỏng vấn</div><h1 class="sk-title">{esc(A04.title)}</h1>'
                f'<div class="sk-byline"><span class="sk-author">Mai Lan - Hà Phương (thực hiện)</span></div>'
                f'<div class="sk-meta"><span class="sk-date">{stf(pub)}</span> <span class="sk-upd">Cập nhật: {dmy(upd)} {hm(upd)}</span></div>'
                f'<div class="sk-sapo"><strong>{esc(A04.lead)}</strong></div><div class="sk-content journal-content-article">{body}</div>'
                + sharebar("sk-share") + '</div>'
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Tin cùng chuyên mục", "sk-same", 6200))

    return mk55(4, "provincial_portal_liferay2028q3_saokhue_news_detail_interview_two_interviewers_thuc_hien_above_stamp",
                "quangngai-ubndtinh-liferay-dxp-2028q3-saokhue-sk-news-detail-portlet-phong-van-kicker-byline-a-dash-b-thuc-hien-above-stamp-weekday-dd-mm-yyyy-dash-hh-mm-cap-nhat-bold-pv-questions-answers-labelled-by-name-portrait-caption",
                "lr28q3sk", site, base + "giam-doc-so-noi-vu-hoan-thanh-danh-gia-can-bo-cap-xa-theo-ket-qua-cong-viec",
                "Cổng Thông tin điện tử tỉnh Quảng Ngãi", "Liferay DXP 2028.Q3", A04, pub, detail,
                crumbs_of(site, ["Tin tức", "Chính quyền"], cls="breadcrumb"), "Chính quyền",
                {"author": "Mai Lan, Hà Phương"},
                "Liferay DXP 2028.Q3 + Sao Khuê's news detail portlet; an INTERVIEW. 'Thứ Tư, 16/05/2029 - 10:05' → T10:05; 'Cập nhật: 16/05/2029 16:40' → updated. The byline ABOVE the stamp "
                "'Mai Lan - Hà Phương (thực hiện)' → two interviewers, the writers (sets 26, 28, 30). The interviewee 'Trần Quốc Việt' (sapo, caption, answer labels) is a source; bold 'PV:' "
                "questions, 'Ông Trần Quốc Việt:' answers and 'PV: Xin cảm ơn ông!' are body (sets 30, 36). The 'Phỏng vấn' kicker names the form (set 27); category: crumb.",
                "Liferay DXP 2028.Q3 + Sao Khuê's portlet, an interview: 'A - B (thực hiện)' above the stamp, 'Thứ Tư, dd/mm/yyyy - HH:MM' + 'Cập nhật:', bold 'PV:' questions, answers labelled by name, a portrait caption",
                kb=130, upd=upd, head_author="Mai Lan",
                traps={"interviewee": ["Ông Trần Quốc Việt, Giám đốc Sở Nội vụ tỉnh Quảng Ngãi"], "kicker": ["Phỏng vấn"]})


# ================================================================== page 5: SharePoint Server 2016 + Sông Lam's web part — the item's fields in a definition list after the text
A05 = A51("Đảng ủy UBND tỉnh tổng kết Cuộc thi tìm hiểu 99 năm Ngày thành lập Đảng bộ tỉnh",
          "Sáng 16/5, Đảng ủy UBND tỉnh tổ chức tổng kết, trao giải Cuộc thi trực tuyến tìm hiểu lịch sử 99 năm Ngày thành lập Đảng bộ tỉnh Hà Tĩnh (1930 - 2029) trong cán bộ, đảng viên các chi bộ, đảng bộ trực thuộc.",
          [P("Sau 4 tuần thi, cuộc thi thu hút 6.412 lượt người tham gia từ 58 tổ chức cơ sở đảng; 1.287 bài thi trả lời đúng toàn bộ câu hỏi trắc nghiệm. Nhiều bài dự thi có phần tự luận công phu, gắn lịch sử Đảng bộ tỉnh với nhiệm vụ chính trị của từng cơ quan, đơn vị."),
           I("/PublishingImages/2029/05/tong-ket-cuoc-thi-lich-su-dang-bo-01.jpg", "Quang cảnh buổi tổng kết Cuộc thi tìm hiểu 99 năm Ngày thành lập Đảng bộ tỉnh"),
           P("Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 10 giải Khuyến khích cho các cá nhân; 3 giải tập thể cho các đảng bộ có số lượng người tham gia đông nhất là Đảng bộ Sở Y tế, Đảng bộ Sở Giáo dục và Đào tạo và Đảng bộ Sở Nông nghiệp và Môi trường."),
           P("Phát biểu bế mạc, đồng chí Võ Trọng Hải, Phó Bí thư Đảng ủy UBND tỉnh đề nghị các chi bộ tiếp tục khai thác bộ câu hỏi của cuộc thi làm tài liệu sinh hoạt chuyên đề, giáo dục truyền thống cho đảng viên trẻ."),
           I("/PublishingImages/2029/05/tong-ket-cuoc-thi-lich-su-dang-bo-02.jpg", "Đồng chí Võ Trọng Hải trao giải Nhất cho thí sinh Phan Thị Ngọc Ánh (Đảng bộ Sở Y tế)")])


def page05():
    pub = d("2029-05-17 08:20")
    site, base = "https://danguyubnd.hatinh.gov.vn", "/Pages/"
    stf = lambda x: f"{dmy(x)} {hm(x)}"

    def detail(rng, rl, rd):
        body = A05.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=lambda s, c, n: tcap(s, c, n, cls="sl16-img", desc="sl16-img-desc"))
        dl = ('<dl class="sl16-fields">'
              '<dt>Tác giả:</dt><dd>Đỗ Thu Trang</dd>'
              '<dt>Đơn vị:</dt><dd>Văn phòng Đảng ủy UBND tỉnh</dd>'
              '<dt>Người duyệt:</dt><dd>Lê Hồng Sơn</dd>'
              '<dt>Người đăng:</dt><dd>trangdt</dd>'
              '<dt>Ngày tạo:</dt><dd>16/05/2029 17:05</dd>'
              f'<dt>Ngày đăng:</dt><dd>{stf(pub)}</dd>'
              '<dt>Lượt xem:</dt><dd>274</dd></dl>')
        return (f'<div class="sl16-news"><div class="sl16-cat">Hoạt động Đảng ủy</div><h1 class="sl16-title">{esc(A05.title)}</h1>'
                f'<div class="sl16-sapo">{esc(A05.lead)}</div><div class="sl16-content ms-rtestate-field">{body}</div>{dl}'
                + tools("sl16-tools") + '</div>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "sl16-other", "Tin khác", ext=".aspx", start=880))

    return mk55(5, "provincial_people_committee_party_committee_sharepoint2016_songlam_news_web_part_fields_in_definition_list",
                "hatinh-danguyubndtinh-sharepoint2016-songlam-news-web-part-viewstate-section-label-unstyled-sapo-table-captions-dl-after-text-tac-gia-don-vi-nguoi-duyet-nguoi-dang-ngay-tao-ngay-dang-dd-mm-yyyy-hh-mm",
                "sp2016sl", site, base + "TinTuc.aspx?ItemID=2981",
                "Đảng ủy UBND tỉnh Hà Tĩnh", "Microsoft SharePoint", A05, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động Đảng ủy"], cls="sl16-breadcrumb"), "Hoạt động Đảng ủy",
                {"author": "Đỗ Thu Trang", "unit": "Văn phòng Đảng ủy UBND tỉnh"},
                "SharePoint Server 2016 + Sông Lam's news web part; a contest's closing ceremony. The item's fields are printed AFTER the text as a definition list (<dl>: <dt> label, <dd> "
                "value): 'Tác giả:' → author 'Đỗ Thu Trang'; 'Đơn vị:' → author_unit (set 13: a labelled unit field); 'Người duyệt:' is an approver (set 27) and 'Người đăng: trangdt' an "
                "account (set 34) — neither is a writer; 'Ngày tạo: 16/05/2029 17:05' is a creation stamp (set 26); 'Ngày đăng: 17/05/2029 08:20' → published T08:20. The unstyled sapo div "
                "is the lead; the section label above the headline repeats the crumb's last level (category). The speaker and the prize-winner in the text are subjects.",
                "SharePoint Server 2016 + Sông Lam's web part: the fields as a <dl> after the text ('Tác giả', 'Đơn vị', 'Người duyệt', 'Người đăng', 'Ngày tạo', 'Ngày đăng'), table captions",
                kb=185, form=True, head_author="Đỗ Thu Trang",
                traps={"approver": ["Lê Hồng Sơn"], "account": ["trangdt"], "created": ["16/05/2029 17:05"]})


# ================================================================== page 6: DNN 9.12 + EasyDNNnews — a foreign writer with a particle, a dated signature, a translator under it
A06 = A51("Hạ Long trong mắt một người bạn Hà Lan",
          "Lần thứ ba trở lại Quảng Ninh, kỹ sư cảng biển người Hà Lan Hendrik van der Berg viết những dòng cảm nhận về vịnh Hạ Long, về con người vùng mỏ và những đổi thay anh chứng kiến sau mười năm. Sở Ngoại vụ giới thiệu bài viết trong chuyên mục “Bạn bè quốc tế viết về Quảng Ninh”.",
          [P("Lần đầu tôi đến Hạ Long là mùa hè năm 2019, khi còn là một kỹ sư trẻ sang làm việc ở cảng Cái Lân. Tôi nhớ những buổi chiều ngồi trên bờ nhìn hàng nghìn hòn đảo chìm dần vào sương, và nghĩ rằng ở Hà Lan, nơi đất nước phẳng như mặt bàn, chúng tôi không thể hình dung một vùng biển có nhiều núi đến thế."),
           P("Mười năm sau, con đường ven biển đã dài thêm, những khu đô thị mới mọc lên, nhưng điều khiến tôi ngạc nhiên nhất là cách người dân giữ gìn vịnh. Những làng chài cũ được tái định cư lên bờ, rác thải trên các tuyến tham quan gần như không còn, và du khách được nhắc nhở nhẹ nhàng khi đi ra ngoài lối quy định."),
           I("/Portals/0/EasyDNNnews/2029/05/ha-long-nguoi-ban-ha-lan-01.jpg", "Hendrik van der Berg (thứ hai từ trái sang) cùng các đồng nghiệp Việt Nam tại cảng Cái Lân năm 2019"),
           P("Tôi cũng nhớ chị Phạm Thị Liên, chủ một nhà nghỉ nhỏ ở Bãi Cháy, người đã dạy tôi những câu tiếng Việt đầu tiên. Lần này chị đã chuyển sang làm du lịch cộng đồng, đưa khách đi chèo thuyền kayak và kể cho họ nghe về nghề chài lưới của cha ông."),
           P("Ở quê hương tôi, người ta nói rằng nước có thể là kẻ thù hoặc là bạn, tùy vào cách con người sống cùng nó. Ở Hạ Long, tôi thấy nước là bạn. Tôi mong các con tôi, khi lớn lên, cũng sẽ có dịp đến đây và cảm nhận điều đó.")])


def page06():
    pub = d("2029-05-18 14:30")
    site, base = "https://songoaivu.quangninh.gov.vn", "/ban-be-quoc-te-viet-ve-quang-ninh/"
    stf = lambda x: f"{dmy(x)} {hm(x)}"
    dateline, writer, tr = "Amsterdam, ngày 2 tháng 5 năm 2029", "Hendrik van der Berg", "Trần Thu Hà (dịch)"

    def detail(rng, rl, rd):
        body = A06.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=fig)
        body += "\n" + right(dateline, "em") + "\n" + right(writer) + "\n" + right(tr, "em")
        return (f'<div class="eds_news_module_2210 news eds_subCollection_news eds_styleSwitchCriteria_module-2210"><div class="EDN_article">'
                f'<h1 class="edn_articleTitle">{esc(A06.title)}</h1><div class="edn_metaDetails"><span class="edn_articleDate">Ngày xuất bản: {stf(pub)}</span>'
                f' <span class="edn_articleAuthor">Người đăng: Quản trị viên</span> <span class="edn_numberOfViews">Lượt xem: 1.042</span></div>'
                f'<div class="edn_articleSummary"><p><strong>{esc(A06.lead)}</strong></p></div><div class="edn_articleContent">{body}</div>'
                + sharebar("edn-share") + '</div></div>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "edn-related", "Bài viết khác", start=410))

    return mk55(6, "foreign_affairs_department_dnn912_easydnnnews_foreign_writer_particle_dated_signature_translator_below",
                "quangninh-songoaivu-dnn912-vendor-skin-easydnnnews-ngay-xuat-ban-dd-mm-yyyy-hh-mm-nguoi-dang-account-bold-summary-figure-figcaption-dateline-amsterdam-signature-hendrik-van-der-berg-translator-name-dich-below",
                "dnn912", site, base + "ha-long-trong-mat-mot-nguoi-ban-ha-lan",
                "Sở Ngoại vụ tỉnh Quảng Ninh", "DotNetNuke", A06, pub, detail,
                crumbs_of(site, ["Bạn bè quốc tế viết về Quảng Ninh"], cls="dn12-breadcrumb"), "Bạn bè quốc tế viết về Quảng Ninh",
                {"author": "Hendrik van der Berg"},
                "DNN 9.12 + EasyDNNnews on a department of foreign affairs; a foreign friend's essay in translation. 'Ngày xuất bản: 18/05/2029 14:30' → T14:30; 'Người đăng: Quản trị viên' "
                "is an account. The text ends with three right-aligned lines: the writer's place-date line 'Amsterdam, ngày 2 tháng 5 năm 2029' (neither body nor stamp, set 51), bold "
                "'Hendrik van der Berg' → author as printed (the particle 'van der' is part of the name, lower case kept), and italic 'Trần Thu Hà (dịch)' — the TRANSLATOR: not the "
                "author (set 49's 'Người dịch:' beside a writer; set 26's '(lược dịch)' applies when the person is the only one credited). No unit. The essay's subjects are no writers.",
                "DNN 9.12 + EasyDNNnews, a translated essay: 'Ngày xuất bản:', 'Người đăng:' account, bold summary, figcaption, a dated signature 'Place, ngày … / Foreign Name van der … / Name (dịch)'",
                kb=160, form=True, dnn=True, head_author="Hendrik van der Berg",
                traps={"translator": [tr], "dateline": [dateline], "account": ["Người đăng: Quản trị viên"]})


# ================================================================== page 7: WordPress + Hello Elementor — 'Bài: | Ảnh: A, B | Quay phim:', an account in Post Info
A07 = A51("Tuổi trẻ xã Phước Long hành trình về nguồn nhân kỷ niệm 139 năm Ngày sinh Chủ tịch Hồ Chí Minh",
          "Ngày 18/5, Đoàn Thanh niên xã Phước Long tổ chức cho 120 đoàn viên, thanh niên tiêu biểu hành trình về nguồn tại Khu di tích Bến Nhà Rồng, dâng hương tưởng niệm Chủ tịch Hồ Chí Minh và tìm hiểu hành trình ra đi tìm đường cứu nước của Người.",
          [P("Tại khu di tích, các đoàn viên được nghe thuyết minh về những ngày Người còn ở Sài Gòn trước khi lên tàu Amiral Latouche-Tréville vào ngày 5/6/1911; tham quan các hiện vật, tư liệu quý về cuộc đời, sự nghiệp cách mạng của Chủ tịch Hồ Chí Minh."),
           I("/wp-content/uploads/2029/05/hanh-trinh-ve-nguon-phuoc-long-01.jpg", "Đoàn viên, thanh niên xã Phước Long dâng hương tưởng niệm Chủ tịch Hồ Chí Minh"),
           P("Trong hành trình, Ban Thường vụ Đoàn xã tổ chức sinh hoạt chuyên đề “Học Bác từ những việc nhỏ”, trao giấy khen cho 12 đoàn viên có nhiều đóng góp trong phong trào Thanh niên tình nguyện và 5 công trình thanh niên ở các ấp."),
           I("/wp-content/uploads/2029/05/hanh-trinh-ve-nguon-phuoc-long-02.jpg", "Sinh hoạt chuyên đề “Học Bác từ những việc nhỏ” tại khu di tích"),
           P("Dịp này, đoàn viên đã ký cam kết thực hiện 139 phần việc thanh niên trong năm 2029, tập trung vào hỗ trợ người dân dùng dịch vụ công trực tuyến và giữ gìn vệ sinh môi trường ở các tuyến kênh, rạch.")])


def page07():
    pub = d("2029-05-19 08:15")
    site = "https://doanxaphuoclong.vn"
    dstr = lambda x: f"Tháng Năm {x.day}, {x.year}"
    tstr = lambda x: twelve(x, am="sáng", pm="chiều")
    credit = "Bài: Bảo Trâm | Ảnh: Quốc Dũng, Thanh Tâm | Quay phim: Minh Nhật"

    def detail(rng, rl, rd):
        figw = lambda s, c, n: (f'<figure class="wp-caption aligncenter" style="width:800px"><img decoding="async" loading="lazy" class="size-large" src="{s}" alt="" width="800" height="533" />'
                                f'<figcaption class="wp-caption-text">{esc(c)}</figcaption></figure>')
        body = A07.render(p=lambda t: f"<p>{esc(t)}</p>", img=figw) + "\n" + right(credit)
        info = (f'<div class="elementor-element elementor-widget elementor-widget-post-info"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a1"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{dstr(pub)}</time></span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a2"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{tstr(pub)}</time></span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a3"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">doanxa.phuoclong</span></li>'
                f'<li class="elementor-icon-list-item elementor-repeater-item-a4"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><a href="{site}/chuyen-muc/hoat-dong-doan/">Hoạt động Đoàn</a></span></li></ul></div>')
        rel_ = "".join(f'<article class="elementor-post"><h3 class="elementor-post__title"><a href="{site}/{slug(t)[:50]}/">{esc(t)}</a></h3>'
                       f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{dstr(x)}</span></div></article>' for t, x in zip(rl[:6], rd[:6]))
        cm = thread([("Lâm Thanh Vy", "Tháng Năm 19, 2029 lúc 10:02 sáng", "Chuyến đi rất ý nghĩa, cảm ơn Đoàn xã đã tổ chức cho chúng em!")], head="Bình luận", cls="comment")
        return (f'<div class="elementor-element elementor-widget elementor-widget-theme-post-title"><h1 class="elementor-heading-title elementor-size-default">{esc(A07.title)}</h1></div>{info}'
                f'<div class="elementor-element elementor-widget elementor-widget-theme-post-excerpt"><div class="elementor-widget-container"><strong>{esc(A07.lead)}</strong></div></div>'
                f'<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">{body}</div></div>'
                f'<div class="elementor-element elementor-widget elementor-widget-posts"><h2 class="elementor-heading-title">Bài viết liên quan</h2><div class="elementor-posts-container">{rel_}</div></div>' + cm)

    return mk55(7, "commune_youth_union_wordpress_hello_elementor_pro_post_info_account_credit_line_pipes_two_photographers_camera",
                "hcm-doanxaphuoclong-wordpress-hello-elementor-theme-elementor-pro-single-post-template-post-info-f-j-y-thang-nam-g-i-sang-account-terms-post-excerpt-lead-wp-caption-figures-bai-pipe-anh-two-photographers-comma-pipe-quay-phim",
                "hello_el", site, "/tuoi-tre-xa-phuoc-long-hanh-trinh-ve-nguon/",
                "Đoàn Thanh niên xã Phước Long", "WordPress 6.9; Elementor 3.31; Elementor Pro 3.31", A07, pub, detail,
                "", "Hoạt động Đoàn",
                {"author": "Bảo Trâm", "photographer": "Quốc Dũng, Thanh Tâm"},
                "WordPress + Hello Elementor with an Elementor Pro single-post template (no crumb); a youth union's trip before 19 May. Post Info widget: 'Tháng Năm 19, 2029' (vi 'F j, Y', set 31) "
                "+ '8:15 sáng' (vi 'g:i a': 'sáng' = a.m., as set 27's SA) → T08:15; its author item 'doanxa.phuoclong' is an account handle (set 27); its terms item 'Hoạt động Đoàn' → "
                "category. Post excerpt widget → lead. The credit typed last: 'Bài: Bảo Trâm | Ảnh: Quốc Dũng, Thanh Tâm | Quay phim: Minh Nhật' → author 'Bảo Trâm', photographers "
                "'Quốc Dũng, Thanh Tâm' (a comma between two photographers), the camera operator no photographer (set 30).",
                "WordPress + Hello Elementor (Elementor Pro template): Post Info 'Tháng Năm d, yyyy' + 'g:i sáng' + an account + terms, post excerpt lead, wp-caption figures, 'Bài: A | Ảnh: B, C | Quay phim: D'",
                kb=175, head_author=None,
                traps={"account": ["doanxa.phuoclong"], "camera": ["Quay phim: Minh Nhật"], "comments": ["Lâm Thanh Vy"]})


# ================================================================== page 8: Drupal 10.4 + Olivero — an office's collective credit naming nobody, with a photographer
A08 = A51("Hội Nông dân xã Tân Phú tập huấn bán nông sản qua livestream cho hội viên",
          "Trong hai ngày 17 và 18/5, Hội Nông dân xã Tân Phú phối hợp với Tổ công nghệ số cộng đồng xã tổ chức lớp tập huấn kỹ năng bán nông sản qua livestream và sàn thương mại điện tử cho 65 hội viên trồng sầu riêng, bưởi và chăn nuôi.",
          [P("Tại lớp học, học viên được hướng dẫn cách đăng ký gian hàng, chụp ảnh sản phẩm bằng điện thoại, xây dựng kịch bản livestream ngắn gọn, trả lời khách hàng và xử lý đơn hàng; đồng thời được lưu ý các quy định về truy xuất nguồn gốc, nhãn hàng hóa."),
           I("/sites/default/files/2029-05/tap-huan-livestream-tan-phu-01.jpg", "Hội viên thực hành livestream giới thiệu sầu riêng ngay tại vườn"),
           P("Buổi thực hành cuối khóa, 12 nhóm hội viên đã livestream trực tiếp tại vườn, chốt được hơn 1,8 tấn sầu riêng và 600 kg bưởi da xanh. Nhiều hội viên lớn tuổi lần đầu sử dụng điện thoại để bán hàng đã tự tin trò chuyện với khách."),
           P("Theo Hội Nông dân xã, sau lớp tập huấn, Hội sẽ duy trì nhóm hỗ trợ trên Zalo để giải đáp vướng mắc, phấn đấu đến cuối năm 2029 có ít nhất 150 hội viên bán nông sản qua các nền tảng số.")])


def page08():
    pub = d("2029-05-19 16:05")
    site, base = "https://hoinongdan.tanphu.dongnai.gov.vn", "/tin-tuc/"
    stf = lambda x: f"{['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'][x.weekday()]}, {dmy(x)} - {hm(x)}"
    credit = "Tin: Tổ công nghệ số cộng đồng xã Tân Phú - Ảnh: Hoàng Vũ"

    def detail(rng, rl, rd):
        figo = lambda s, c, n: f'<figure role="group" class="caption caption-img align-center"><img loading="lazy" src="{s}" width="900" height="600" alt="" /><figcaption>{esc(c)}</figcaption></figure>'
        body = A08.render(p=lambda t: f"<p>{esc(t)}</p>", img=figo) + "\n" + right(credit, "em")
        return (f'<div class="block block-system block-system-main-block"><article data-history-node-id="1874" class="node node--type-article node--view-mode-full">'
                f'<header><h1 class="title page-title"><span class="field field--name-title">{esc(A08.title)}</span></h1>'
                f'<div class="node__meta"><span>Bởi <span class="field field--name-uid"><span>hnd_tanphu</span></span></span> <span class="node__meta-date">{stf(pub)}</span></div></header>'
                f'<div class="node__content"><div class="field field--name-field-sapo text-content"><p><strong>{esc(A08.lead)}</strong></p></div>'
                f'<div class="text-content clearfix field field--name-body field--type-text-with-summary">{body}</div>'
                f'<div class="field field--name-field-tags field--type-entity-reference"><h3 class="field__label">Thẻ</h3><ul class="links field__items"><li><a href="/taxonomy/term/41">Chuyển đổi số</a></li><li><a href="/taxonomy/term/57">Nông sản sạch</a></li></ul></div>'
                f'</div></article></div>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "views-view--tin-lien-quan", "Tin liên quan", start=1860))

    return mk55(8, "farmers_association_drupal104_olivero_collective_office_credit_no_name_photographer_after_dash",
                "dongnai-hoinongdanxatanphu-drupal104-olivero-node-meta-boi-account-t7-dd-mm-yyyy-dash-hh-mm-sapo-field-figure-role-group-figcaptions-tin-office-collective-credit-dash-anh-photographer-tags",
                "d104olivero", site, base + "hoi-nong-dan-xa-tan-phu-tap-huan-ban-nong-san-qua-livestream",
                "Hội Nông dân xã Tân Phú", "Drupal 10 (https://www.drupal.org)", A08, pub, detail,
                crumbs_of(site, ["Tin tức", "Hoạt động Hội"], cls="breadcrumb__list"), "Hoạt động Hội",
                {"unit": "Tổ công nghệ số cộng đồng xã Tân Phú", "photographer": "Hoàng Vũ"},
                "Drupal 10.4 + Olivero; a farmers' training course. Node meta 'Bởi hnd_tanphu T7, 19/05/2029 - 16:05' → T16:05 (Drupal's 'D' under vi, set 37); 'hnd_tanphu' is an "
                "account. The credit typed last, italic right: 'Tin: Tổ công nghệ số cộng đồng xã Tân Phú - Ảnh: Hoàng Vũ' — a COLLECTIVE credit naming a body and nobody in it → "
                "author null, author_unit 'Tổ công nghệ số cộng đồng xã Tân Phú' (set 26: a signature naming a body is a unit with no author; set 31's 'Thực hiện: <office>'), and the "
                "photo credit after the dash → photographer 'Hoàng Vũ' (set 31). The sapo field → lead; tags are no category (crumb).",
                "Drupal 10.4 + Olivero: 'Bởi <account> T7, dd/mm/yyyy - HH:MM', sapo field, figure role=group figcaptions, 'Tin: <a body, nobody named> - Ảnh: Name'",
                kb=120, head_author=None,
                traps={"account": ["hnd_tanphu"], "tags": ["Nông sản sạch"]})


# ================================================================== page 9: ASP.NET Core 9 MVC (Phố Hiến's commune product) — initials signing the item, a poster and an approver in the meta row
A09 = A51("Chi bộ thôn Đông Khê kết nạp hai đảng viên mới là đoàn viên ưu tú",
          "Tối 18/5, Chi bộ thôn Đông Khê (Đảng bộ xã Tiên Lữ) tổ chức lễ kết nạp đảng viên mới cho hai quần chúng ưu tú là đoàn viên thanh niên của thôn, đúng dịp kỷ niệm 139 năm Ngày sinh Chủ tịch Hồ Chí Minh.",
          [P("Hai đảng viên mới là các đồng chí Đỗ Minh Khoa, Bí thư Chi đoàn thôn và Nguyễn Thị Thu Hằng, giáo viên Trường Mầm non xã. Cả hai đều là những đoàn viên năng nổ, đi đầu trong các phong trào tình nguyện, hỗ trợ người dân thôn thực hiện thủ tục hành chính trên môi trường số."),
           I("/uploads/images/2029/05/ket-nap-dang-vien-dong-khe-01.jpg", "Các đảng viên mới tuyên thệ dưới cờ Đảng"),
           P("Thay mặt Đảng ủy xã, đồng chí Phạm Văn Tuấn, Phó Bí thư Thường trực Đảng ủy xã dự và trao quyết định kết nạp, đề nghị các đảng viên mới không ngừng học tập, rèn luyện, giữ gìn tư cách đảng viên, phát huy vai trò tiên phong ở khu dân cư."),
           P("Từ đầu năm đến nay, Đảng bộ xã Tiên Lữ đã kết nạp 19 đảng viên mới, đạt 63% chỉ tiêu năm; trong đó 14 đảng viên là đoàn viên thanh niên, 3 đảng viên là chủ trang trại, hộ sản xuất kinh doanh giỏi.")])


def page09():
    pub = d("2029-05-20 07:45")
    site, base = "https://dangbo.xatienlu.hungyen.gov.vn", "/tin-tuc/xay-dung-dang/"
    stf = lambda x: f"{dmy(x)} | {hm(x)}"

    def detail(rng, rl, rd):
        body = A09.render(p=lambda t: f'<p style="text-align:justify">{esc(t)}</p>', img=pem) + "\n" + right("N.V.H")
        meta = (f'<div class="ph9-meta d-flex flex-wrap gap-3"><span class="ph9-date"><i class="bi bi-calendar3"></i> {stf(pub)}</span>'
                f'<span class="ph9-poster"><i class="bi bi-person"></i> Người đăng: Nguyễn Thị Lan</span>'
                f'<span class="ph9-approver"><i class="bi bi-check2-circle"></i> Duyệt: Trần Văn Hải</span>'
                f'<span class="ph9-views"><i class="bi bi-eye"></i> 214</span></div>')
        cm = thread([("Đỗ Văn Quang", "20/05/2029 09:30", "Chúc mừng hai đảng viên trẻ của thôn Đông Khê!"),
                     ("Nguyễn Hữu Nghĩa", "20/05/2029 10:12", "Chi bộ làm tốt công tác tạo nguồn phát triển đảng viên.")], head="Ý kiến", cls="ph9-cmt")
        return (f'<article class="ph9-article"><h1 class="ph9-title">{esc(A09.title)}</h1>{meta}'
                f'<div class="ph9-sapo fw-bold">{esc(A09.lead)}</div><div class="ph9-content">{body}</div>'
                + tags(site, ["kết nạp đảng viên", "Tiên Lữ"]) + '</article>' + cm
                + related_same(site, base, list(zip(rl[:6], rd[:6])), stf, "Tin cùng chuyên mục", "ph9-same", 740))

    return mk55(9, "commune_party_committee_aspnetcore9_mvc_phohien_product_initials_signature_poster_and_approver_in_meta_row",
                "hungyen-danguyxatienlu-aspnetcore9-mvc-phohien-portal-product-dd-mm-yyyy-pipe-hh-mm-nguoi-dang-full-name-duyet-full-name-bold-sapo-centred-italic-caption-initials-n-v-h-right-bold-comments",
                "aspcore9ph", site, base + "chi-bo-thon-dong-khe-ket-nap-hai-dang-vien-moi-la-doan-vien-uu-tu-741",
                "Đảng bộ xã Tiên Lữ", None, A09, pub, detail,
                crumbs_of(site, ["Tin tức", "Xây dựng Đảng"], cls="breadcrumb"), "Xây dựng Đảng",
                {"author": "N.V.H"},
                "ASP.NET Core 9 MVC, Phố Hiến's portal product for communes; a cell admits two new members. Meta row: '20/05/2029 | 07:45' → T07:45; 'Người đăng: Nguyễn Thị Lan' — a "
                "poster field printing a full personal name is an account (set 34); 'Duyệt: Trần Văn Hải' an approver (set 27). The item is signed only by INITIALS, bold right 'N.V.H' → "
                "author 'N.V.H' as printed (set 32 keeps initials fused to a name; bare initials are the writer's credit all the same). Not writers: the new members, the Deputy "
                "Secretary who handed over the decision, the commenters.",
                "ASP.NET Core 9 MVC (Phố Hiến's commune product): 'dd/mm/yyyy | HH:MM', 'Người đăng: <full name>' + 'Duyệt: <full name>' in the meta row, bold sapo, centred italic caption, initials 'N.V.H' signing",
                kb=110, head_author="Nguyễn Thị Lan",
                traps={"poster": ["Người đăng: Nguyễn Thị Lan"], "approver": ["Duyệt: Trần Văn Hải"], "comments": ["Đỗ Văn Quang", "Nguyễn Hữu Nghĩa"]})


# ================================================================== page 10 (TWIST 2): a converged newsroom's 'Media Story' long-form — the credits in a TABLE closing the text
A10 = A51("Những người giữ lửa ở làng kháng chiến Stơr",
          "Hơn 60 năm sau ngày Anh hùng Núp cùng dân làng Stơr đứng lên đánh giặc, những người con của làng vẫn lặng lẽ gìn giữ nhà truyền thống, kể cho lớp trẻ nghe câu chuyện về ngôi làng anh hùng.",
          [H("Ngôi nhà của ký ức"),
           P("Nhà truyền thống làng Stơr nằm giữa khoảnh sân rộng, mái tranh cao vút. Ông Đinh Văn Brư, 71 tuổi, người được làng giao trông coi nhà truyền thống gần 20 năm nay, mở cửa từ sáng sớm, lau từng hiện vật: chiếc nỏ, ống tên, bộ chiêng cũ và những bức ảnh đã ngả màu."),
           I("/media-story/2029/05/lang-stor-01.jpg", "Nhà truyền thống làng Stơr, nơi lưu giữ hiện vật về Anh hùng Núp và phong trào kháng chiến của dân làng"),
           P("Mỗi tháng, nhà truyền thống đón hàng trăm lượt học sinh, đoàn viên thanh niên đến tham quan. Ông Brư kể chuyện bằng cả tiếng Bahnar và tiếng Việt, để các em nhỏ trong làng cũng hiểu và nhớ."),
           H("Lớp trẻ tiếp nối"),
           P("Chị Đinh Thị Hiên, giáo viên Trường Tiểu học xã, cùng 14 đoàn viên của làng lập câu lạc bộ “Kể chuyện làng Stơr”, mỗi tuần sinh hoạt một buổi tại nhà truyền thống. Các em được tập kể chuyện, tập đánh chiêng và học những bài dân ca của người Bahnar."),
           I("/media-story/2029/05/lang-stor-02.jpg", "Câu lạc bộ “Kể chuyện làng Stơr” sinh hoạt tại nhà truyền thống"),
           P("Xã đã đưa nhà truyền thống vào tuyến du lịch cộng đồng, gắn với homestay và các sản phẩm dệt thổ cẩm của phụ nữ trong làng. Ngọn lửa ở làng Stơr, vì thế, không chỉ được giữ lại, mà còn được thắp sáng thêm bằng chính sinh kế của người dân."),
           P("Chiều xuống, tiếng chiêng lại vang lên từ nhà truyền thống. Ông Brư bảo, còn người kể chuyện, còn người nghe, thì làng Stơr còn mãi.")])
CREDITS10 = [("Nội dung", "Thu Trang - Minh Quân"), ("Ảnh", "Đức Thọ"), ("Video", "Hữu Phước"), ("Đồ họa", "Kim Oanh"),
             ("Biên tập", "Nguyễn Thanh Bình"), ("Trình bày", "Lê Hà")]


def page10():
    pub = d("2029-05-21 06:00")
    site, base = "https://baogialai.com.vn", "/media-story/"
    stf = lambda x: f"{wd(x)}, {x.day}/{x.month}/{x.year}, {hm(x)} (GMT+7)"

    def detail(rng, rl, rd):
        figm = lambda s, c, n: f'<figure class="ms-figure ms-full"><img src="{s}" alt="{esc(c, True)}" /><figcaption class="ms-caption">{esc(c)}</figcaption></figure>'
        body = A10.render(p=lambda t: f'<p class="ms-p">{esc(t)}</p>', h=lambda t: f'<h2 class="ms-h2">{esc(t)}</h2>', img=figm)
        rows = "".join(f'<tr><td class="ms-credit-role">{esc(r)}</td><td class="ms-credit-name">{esc(n)}</td></tr>' for r, n in CREDITS10)
        credits = f'<table class="ms-credits" cellpadding="6"><tbody>{rows}</tbody></table>'
        cover = (f'<div class="ms-cover"><img src="/media-story/2029/05/lang-stor-cover.jpg" alt="" /><div class="ms-cover-text"><span class="ms-label">MEDIA STORY</span>'
                 f'<h1 class="ms-title">{esc(A10.title)}</h1><div class="ms-date">{stf(pub)}</div></div></div>')
        return (cover + f'<article class="ms-article container-narrow"><div class="ms-sapo"><strong>{esc(A10.lead)}</strong></div>{body}{credits}</article>'
                + lst(site, base, list(zip(rl[:6], rd[:6])), stf, "ms-other", "Media Story khác", start=330))

    crumbs = '<div class="ms-crumb"><a href="/">Báo Gia Lai</a> › <a href="/media-story/">Media Story</a> › <a href="/media-story/van-hoa/">Văn hóa</a></div>'
    return mk55(10, "merged_press_agency_media_story_longform_credits_table_closing_the_text_editor_designer_twist",
                "gialai-baovaptth-converged-newsroom-cms-media-story-template-cover-h1-weekday-d-m-yyyy-hh-mm-gmt7-bold-sapo-h2-chapters-full-width-figcaptions-credits-table-noi-dung-two-writers-anh-video-do-hoa-bien-tap-trinh-bay-twist",
                "press_ms", site, base + "nhung-nguoi-giu-lua-o-lang-khang-chien-stor-post5521.html",
                "Báo và Phát thanh, Truyền hình Gia Lai", None, A10, pub, detail, crumbs, "Văn hóa",
                {"author": "Thu Trang, Minh Quân", "photographer": "Đức Thọ"},
                "A converged provincial newsroom's CMS, the 'Media Story' long-form template; a story of a resistance village. Stamp on the cover 'Thứ Hai, 21/5/2029, 06:00 (GMT+7)' → "
                "T06:00. TWIST: the story ends with its credits in a two-column TABLE (role | name): 'Nội dung | Thu Trang - Minh Quân', 'Ảnh | Đức Thọ', 'Video | Hữu Phước', 'Đồ họa | "
                "Kim Oanh', 'Biên tập | Nguyễn Thanh Bình', 'Trình bày | Lê Hà'. It is the byline, not a data table of the text (set 26's byline in a layout table): no row is body → "
                "author 'Thu Trang, Minh Quân' (set 27's 'Nội dung:'; ' - ' between two names, set 28), photographer 'Đức Thọ'; the video maker (set 30), the graphic designer, the EDITOR "
                "(NEW: 'Biên tập' beside a writer's credit) and the layout designer (set 27) are neither author nor photographer. h2 chapters are body; 'MEDIA STORY' is a form label "
                "(set 27); category: the crumb's last level. The people of the village are subjects.",
                "A converged newsroom's 'Media Story' long-form: cover h1 + 'Thứ Hai, d/m/yyyy, HH:MM (GMT+7)', h2 chapters, full-width figcaptions, a credits TABLE 'Nội dung | A - B', 'Ảnh', 'Video', 'Đồ họa', 'Biên tập', 'Trình bày' — TWIST",
                kb=170, head_author="Thu Trang",
                traps={"editor": ["Nguyễn Thanh Bình"], "designer": ["Kim Oanh", "Lê Hà"], "video": ["Hữu Phước"], "label": ["MEDIA STORY"]})


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10]
