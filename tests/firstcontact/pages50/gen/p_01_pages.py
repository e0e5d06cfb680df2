"""Set 50 pages 1-12: AN HONEST RANDOM SAMPLE of the ordinary daily item, weighted as the real sites are (vn-sites.md):
three NukeViet pages (4.5, 4.2, 4.4 under new themes), two '.dcs.vn' templates ('Công tác kiểm tra', 'Chuyển đổi số'),
Liferay DXP 2026.Q3 + Hài Hòa's portlet, SharePoint Subscription Edition + Viettel's web part, WordPress + Digital
Newspaper, an ASP.NET WebForms 4.7.2 vendor CMS (Hồng Lĩnh; the set's ONE twist), DNN 9.11, Joomla 4.4 + JA Good,
Drupal 10 + Vani. Ordinary fields in ordinary shapes; page helpers copied from set 49's module."""
import unicodedata
from datetime import timedelta
from html.entities import codepoint2name

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, b64blob, hexid, twelve
from .kit import og, jsonld
from .base import page, vb_box, mostread, teaser, other34, WRITERS34

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



# ------------------------------------------------------------------ set 50: one builder for the twelve ordinary pages
def P(s):
    return ("p", s)


def I(s, c):
    return ("img", s, c)


def mkp(i, fam, name, layout, site, path, org, gen_, art, pub, stamp, credit, crumb_items, category, exp_kw, notes, readme,
        img=fig, kb=140, upd=None, top_extra="", lead_html=None, traps=None, head_author=None):
    url = site + path
    fmt = lambda d: f"{dmy(d)} {hm(d)}"
    today = pub + timedelta(days=2, hours=5)

    def main(rng, rl, rd):
        body = art.render(p=jp, img=img, sep="\n")
        lh = lead_html if lead_html is not None else f'<div class="sapo"><strong>{esc(art.lead)}</strong></div>'
        return (f'<div class="detail-{i}">{top_extra}<h1 class="title">{esc(art.title)}</h1><div class="meta">{stamp}</div>{tools()}'
                f'{lh}<div class="content-detail">{body}</div><div class="author-line" style="text-align:right">{credit}</div>{sharebar()}</div>'
                + lst(site, "/tin-tuc/", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)})", cls="other-news", head="Các tin khác", start=4000 + i * 50))

    t = {"related": lambda rl: rl[:6]}
    t.update(traps or {})
    return hp(f"s50-{i:02d}", family=fam, name=name, url=url, art=art, main_fn=main, pub=pub, prefix=layout[:6], kb=kb,
              org=org, addr=f"Trụ sở {org}", phone="0200.3822.%03d" % (100 + i),
              crumbs=crumbs_of(site, crumb_items), top=banner(f"/images/banner-{i}.png", org),
              side=side_heavy(fmt, "Tin mới", f"s50n{i}", second="Đọc nhiều", n=6),
              shell_kw={"layout": layout, "head_extra": heavy_head(R(5000 + i), url, art.title, art.lead, pub, org, author=head_author, upd=upd, gen=gen_, section=category),
                        "items": MENU_MASS if i % 2 else MENU_PARTY, "left": f"{wd(today)}, ngày {dmy(today)}"},
              exp=expected_(art, iso(pub), updated=(iso(upd) if upd else None), category=category, **exp_kw),
              traps=t, notes=notes, readme=readme)


A01 = Art("Ra quân chiến dịch thanh niên tình nguyện làm sạch bờ sông Hồng",
          "Sáng 8/11, Hội Liên hiệp Thanh niên Việt Nam tỉnh Hưng Yên phối hợp với Đoàn Thanh niên xã Xuân Quan ra quân làm sạch gần 3 km bờ sông Hồng với sự tham gia của hơn 300 đoàn viên, hội viên.",
          [P("Các đội hình thu gom rác thải, phát quang bụi rậm, nạo vét rãnh thoát nước và trồng mới 500 cây sao đen dọc tuyến đê. Rác thải được phân loại ngay tại chỗ, chuyển về điểm tập kết của xã."),
           I("/uploads/news/2028_11/ra-quan-lam-sach-bo-song-xuan-quan.jpg", "Đoàn viên, hội viên thu gom rác thải dọc bờ sông Hồng đoạn qua xã Xuân Quan"),
           P("Anh Đặng Quốc Bảo, Phó Chủ tịch Hội Liên hiệp Thanh niên tỉnh, cho biết chiến dịch sẽ được duy trì vào sáng Chủ nhật cuối mỗi tháng, mỗi lần giao cho một cơ sở Hội đăng cai."),
           P("Dịp này, Ban Tổ chức trao 50 thùng rác phân loại cho các thôn ven sông và phát động cuộc thi ảnh “Bờ sông xanh” trên trang thông tin của Hội."),
           P("Năm 2028, các cấp Hội trong tỉnh đặt mục tiêu tổ chức ít nhất 120 buổi ra quân bảo vệ môi trường và trồng mới 20.000 cây xanh.")])

A02 = Art("Ủy ban Kiểm tra Tỉnh ủy kiểm tra tài chính đảng tại Đảng ủy xã Tiên Du",
          "Ngày 16/10, Đoàn kiểm tra của Ủy ban Kiểm tra Tỉnh ủy công bố quyết định kiểm tra việc thu, chi, quản lý tài chính đảng năm 2027 và 9 tháng đầu năm 2028 tại Đảng ủy xã Tiên Du.",
          [P("Theo quyết định, đoàn kiểm tra làm việc trong 20 ngày, tập trung vào việc thu, nộp đảng phí, lập dự toán, quyết toán ngân sách đảng và quản lý tài sản tại văn phòng Đảng ủy."),
           P("Phát biểu tại buổi công bố, đồng chí Trưởng đoàn đề nghị Đảng ủy xã chuẩn bị đầy đủ hồ sơ, báo cáo trung thực, khách quan; đoàn kiểm tra sẽ làm việc đúng quy trình, không gây khó khăn cho hoạt động chung của địa phương."),
           I("/uploads/news/2028_10/cong-bo-quyet-dinh-kiem-tra-tien-du.jpg", "Quang cảnh buổi công bố quyết định kiểm tra tại Đảng ủy xã Tiên Du"),
           P("Thay mặt Đảng ủy xã, đồng chí Bí thư Đảng ủy tiếp thu ý kiến, cam kết phối hợp chặt chẽ và chỉ đạo các bộ phận liên quan cung cấp hồ sơ, tài liệu theo yêu cầu."),
           P("Từ đầu năm, Ủy ban Kiểm tra Tỉnh ủy đã kiểm tra tài chính đảng đối với 11 tổ chức đảng, qua đó kịp thời hướng dẫn khắc phục các thiếu sót trong công tác kế toán.")])

A03 = Art("Hơn 2.000 sinh viên tham gia ngày hội việc làm năm 2028",
          "Chiều 24/11, Hội Sinh viên tỉnh Nghệ An phối hợp với Trung tâm Dịch vụ việc làm tỉnh tổ chức Ngày hội việc làm sinh viên năm 2028 với 46 doanh nghiệp tham gia tuyển dụng.",
          [P("Các doanh nghiệp đưa ra hơn 1.800 vị trí việc làm và thực tập trong các lĩnh vực công nghệ thông tin, điện tử, du lịch, chế biến nông sản và logistics; nhiều vị trí có mức lương khởi điểm từ 9 đến 12 triệu đồng."),
           I("/uploads/news/2028_11/ngay-hoi-viec-lam-sinh-vien-2028.jpg", "Sinh viên tìm hiểu thông tin tuyển dụng tại gian hàng của doanh nghiệp"),
           P("Bên cạnh khu vực phỏng vấn trực tiếp, ban tổ chức bố trí góc tư vấn viết hồ sơ xin việc, kỹ năng phỏng vấn và chuyên đề “Sinh viên với thị trường lao động số”."),
           P("Em Phan Thị Mỹ Duyên, sinh viên năm cuối ngành kế toán, chia sẻ đã nộp hồ sơ vào ba doanh nghiệp và được hẹn phỏng vấn vòng hai ngay trong tuần tới."),
           P("Kết thúc ngày hội, 312 sinh viên được doanh nghiệp nhận hồ sơ sơ tuyển, 87 sinh viên được ký thỏa thuận thực tập có hưởng lương.")])

A04 = Art("Giám sát chuyên đề việc thực hiện quy chế dân chủ ở cơ sở tại Đảng ủy phường Diên Hồng",
          "Ngày 2/11, Ban Thường vụ Tỉnh ủy Gia Lai tổ chức giám sát chuyên đề đối với Ban Thường vụ Đảng ủy phường Diên Hồng về lãnh đạo thực hiện quy chế dân chủ ở cơ sở.",
          [P("Đoàn giám sát nghe báo cáo kết quả lãnh đạo, chỉ đạo thực hiện quy chế dân chủ từ đầu nhiệm kỳ, trong đó có việc công khai thông tin, tiếp nhận và giải quyết phản ánh của Nhân dân, tổ chức hội nghị đối thoại."),
           P("Báo cáo cho biết, Đảng ủy phường đã tổ chức 14 buổi đối thoại trực tiếp với Nhân dân, tiếp nhận 96 ý kiến, đến nay đã giải quyết dứt điểm 91 ý kiến."),
           I("/uploads/news/2028_11/giam-sat-dan-chu-co-so-dien-hong.jpg", "Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy phường Diên Hồng"),
           P("Đoàn đề nghị Đảng ủy phường tiếp tục đẩy mạnh ứng dụng công nghệ thông tin trong tiếp nhận phản ánh, công khai kết quả giải quyết và phát huy vai trò giám sát của Mặt trận Tổ quốc, các đoàn thể."),
           P("Kết quả giám sát sẽ được tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy trong tháng 12/2028.")])

A05 = Art("Sổ tay đảng viên điện tử được triển khai tại 100% chi bộ",
          "Đến cuối tháng 10/2028, toàn bộ 1.246 chi bộ trong Đảng bộ tỉnh Khánh Hòa đã sử dụng Sổ tay đảng viên điện tử trong sinh hoạt và quản lý đảng viên.",
          [P("Ứng dụng cho phép đảng viên tra cứu văn bản, nhận thông báo lịch sinh hoạt, đăng ký tham dự, theo dõi việc đóng đảng phí và tham gia các chuyên đề học tập trực tuyến."),
           I("/uploads/news/2028_10/so-tay-dang-vien-dien-tu-khanh-hoa.jpg", "Đảng viên chi bộ thôn Phú Hội sử dụng Sổ tay đảng viên điện tử trong buổi sinh hoạt"),
           P("Các cấp ủy đã tổ chức 230 lớp hướng dẫn cài đặt, sử dụng; với đảng viên cao tuổi, các chi bộ phân công đảng viên trẻ kèm cặp trực tiếp tại nhà."),
           P("Theo đánh giá bước đầu, ứng dụng giúp giảm đáng kể giấy tờ, rút ngắn thời gian chuẩn bị sinh hoạt chi bộ và nâng tỷ lệ đảng viên dự sinh hoạt lên 97%."),
           P("Năm 2029, tỉnh sẽ bổ sung chức năng đánh giá, xếp loại chất lượng đảng viên và kết nối với cơ sở dữ liệu đảng viên toàn quốc.")])

A06 = Art("Trao 25 căn nhà Đại đoàn kết cho hộ nghèo ở xã Đam Rông",
          "Ngày 13/11, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng tổ chức trao 25 căn nhà Đại đoàn kết cho hộ nghèo đồng bào dân tộc thiểu số ở xã Đam Rông.",
          [P("Mỗi căn nhà có diện tích từ 40 đến 50 m², trị giá 60 triệu đồng, được xây dựng từ nguồn Quỹ Vì người nghèo của tỉnh và sự đóng góp ngày công của bà con trong thôn."),
           I("/uploads/news/2028_11/trao-nha-dai-doan-ket-dam-rong.jpg", "Đại diện Ủy ban MTTQ tỉnh trao biển nhà Đại đoàn kết cho các hộ nghèo"),
           P("Bà Kơ Să Ha Liên, thôn Liêng Trang, xúc động cho biết gia đình đã sống nhiều năm trong căn nhà tạm vách ván, nay có nhà kiên cố để đón Tết."),
           P("Từ đầu năm, Mặt trận các cấp trong tỉnh đã vận động xây mới 412 căn và sửa chữa 168 căn nhà Đại đoàn kết, tổng kinh phí hơn 27 tỷ đồng.")])

A07 = Art("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười bốn",
          "Ngày 19/10, Ban Chấp hành Đảng bộ tỉnh Hà Tĩnh khóa XX tổ chức Hội nghị lần thứ mười bốn để cho ý kiến vào tình hình kinh tế - xã hội 9 tháng và nhiệm vụ trọng tâm quý IV năm 2028.",
          [P("Theo báo cáo, tăng trưởng kinh tế 9 tháng ước đạt 7,9%; thu ngân sách đạt 81% dự toán; sản xuất nông nghiệp ổn định, các công trình trọng điểm được đẩy nhanh tiến độ."),
           P("Hội nghị dành nhiều thời gian thảo luận về giải ngân vốn đầu tư công, giải phóng mặt bằng các dự án giao thông và sắp xếp lại tổ chức bộ máy các cơ quan trong hệ thống chính trị."),
           I("/uploads/news/2028_10/hoi-nghi-bch-lan-thu-muoi-bon.jpg", "Các đại biểu dự hội nghị"),
           P("Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung hoàn thành các chỉ tiêu năm 2028, chuẩn bị tốt các điều kiện đón Tết Nguyên đán."),
           P("Hội nghị cũng xem xét, cho ý kiến vào dự thảo kế hoạch tổ chức đại hội đảng bộ các cấp nhiệm kỳ tới.")])

A08 = Art("Công đoàn Viên chức tỉnh tổ chức giải bóng chuyền hơi nữ",
          "Ngày 30/10, Công đoàn Viên chức tỉnh Đắk Lắk tổ chức Giải bóng chuyền hơi nữ năm 2028 với 18 đội đến từ các công đoàn cơ sở trực thuộc.",
          [P("Giải đấu diễn ra trong hai ngày tại Nhà thi đấu tỉnh, thi đấu vòng bảng chọn 8 đội vào tứ kết. Các trận đấu diễn ra sôi nổi, thu hút đông đảo đoàn viên đến cổ vũ."),
           I("/uploads/2028/10/bong-chuyen-hoi-nu-cdvc.jpg", "Trận chung kết giữa đội Sở Y tế và đội Sở Giáo dục và Đào tạo"),
           P("Kết quả, giải nhất thuộc về đội Công đoàn Sở Y tế, giải nhì là đội Công đoàn Sở Giáo dục và Đào tạo, đồng giải ba là đội Công đoàn Sở Tài chính và Công đoàn Văn phòng UBND tỉnh."),
           P("Giải đấu là hoạt động thiết thực chào mừng ngày Phụ nữ Việt Nam 20/10 và góp phần xây dựng phong trào văn hóa, thể thao trong đoàn viên.")])

A09 = Art("Kết nạp đảng viên là người lao động trong doanh nghiệp ngoài nhà nước",
          "Ngày 6/11, Chi bộ Công ty Cổ phần May Sơn Dương tổ chức lễ kết nạp 3 quần chúng ưu tú là công nhân trực tiếp sản xuất vào Đảng Cộng sản Việt Nam.",
          [P("Ba đảng viên mới đều là tổ trưởng, tổ phó tổ sản xuất, có thời gian làm việc tại công ty từ 5 năm trở lên, nhiều năm liền đạt danh hiệu lao động giỏi."),
           I("/uploads/news/2028/11/ket-nap-dang-vien-may-son-duong.jpg", "Các đảng viên mới tuyên thệ tại lễ kết nạp"),
           P("Phát biểu tại buổi lễ, đại diện Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh đề nghị các đảng viên mới tiếp tục rèn luyện, gương mẫu trong lao động sản xuất và vận động công nhân chấp hành tốt nội quy công ty."),
           P("Từ đầu năm đến nay, Đảng ủy Khối đã kết nạp 64 đảng viên, trong đó 22 đảng viên làm việc tại các doanh nghiệp ngoài nhà nước.")])

A10 = Art("Trao 150 suất học bổng cho học sinh vượt khó học giỏi",
          "Chiều 10/11, Hội Khuyến học tỉnh Ninh Bình phối hợp với Quỹ Khuyến học tỉnh trao 150 suất học bổng cho học sinh có hoàn cảnh khó khăn vươn lên học giỏi.",
          [P("Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt, kèm theo bộ dụng cụ học tập. Các em được lựa chọn từ đề xuất của chi hội khuyến học các xã, phường và nhà trường."),
           I("/uploads/news/2028/11/trao-hoc-bong-khuyen-hoc-ninh-binh.jpg", "Lãnh đạo Hội Khuyến học tỉnh trao học bổng cho các em học sinh"),
           P("Phát biểu tại buổi lễ, đại diện Hội Khuyến học tỉnh mong các em tiếp tục nỗ lực, không ngừng học tập để trở thành con ngoan, trò giỏi."),
           P("Năm học 2028 - 2029, các cấp Hội khuyến học trong tỉnh đã vận động được hơn 4,2 tỷ đồng để trao học bổng, hỗ trợ học sinh, sinh viên nghèo.")])

A11 = Art("Khai giảng lớp dạy nghề xoa bóp bấm huyệt cho người khiếm thị",
          "Ngày 25/10, Hội Người mù tỉnh Thanh Hóa khai giảng lớp dạy nghề xoa bóp bấm huyệt khóa 12 cho 20 hội viên khiếm thị.",
          [P("Lớp học kéo dài 6 tháng, học viên được học lý thuyết y học cổ truyền, kỹ thuật xoa bóp, bấm huyệt và thực hành tại cơ sở của Hội. Toàn bộ học phí, tài liệu chữ nổi và tiền ăn được miễn."),
           I("/uploads/2028/10/khai-giang-lop-xoa-bop-bam-huyet.jpg", "Học viên khiếm thị trong giờ học đầu tiên"),
           P("Sau khi tốt nghiệp, học viên được giới thiệu việc làm tại các cơ sở xoa bóp của Hội hoặc hỗ trợ vay vốn mở cơ sở tại gia đình."),
           P("Qua 11 khóa, đã có 214 người khiếm thị được đào tạo nghề, trong đó hơn 80% có việc làm ổn định.")])

A12 = Art("Ra mắt mô hình “Phụ nữ với sinh kế xanh” tại xã Chi Lăng",
          "Sáng 3/11, Hội LHPN tỉnh Lạng Sơn phối hợp với Hội LHPN xã Chi Lăng ra mắt mô hình “Phụ nữ với sinh kế xanh” với 30 thành viên tham gia.",
          [P("Các thành viên được hỗ trợ giống cây dược liệu, phân bón hữu cơ và tập huấn kỹ thuật trồng, chăm sóc theo tiêu chuẩn hữu cơ; sản phẩm được bao tiêu thông qua một hợp tác xã trong tỉnh."),
           I("/uploads/2028-11/ra-mat-mo-hinh-sinh-ke-xanh-chi-lang.jpg", "Hội viên phụ nữ xã Chi Lăng nhận giống cây dược liệu"),
           P("Mô hình sinh hoạt định kỳ mỗi tháng một lần để chia sẻ kinh nghiệm sản xuất, tiết kiệm và giúp nhau phát triển kinh tế."),
           P("Hội LHPN tỉnh sẽ đánh giá hiệu quả sau một năm để nhân rộng mô hình ra các xã khác trong tỉnh.")])


def d(s):
    return T(s)


def page01():
    pub = d("2028-11-08 15:20")
    return mkp(1, "youth_federation_nukeviet45_theme_plain", "hungyen-hoilhtn-nukeviet45-youth-theme-weekday-dash-stamp-tac-gia-plain",
               "nv45_lhtn", "https://hoilhtn.hungyen.gov.vn", "/news/hoat-dong-hoi/ra-quan-chien-dich-lam-sach-bo-song-hong-1204.html",
               "Hội Liên hiệp Thanh niên Việt Nam tỉnh Hưng Yên", "NukeViet v4.5", A01, pub,
               f'<span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span>', "<p><strong>Tác giả: </strong>Trần Minh Khoa</p>",
               ["Tin tức", "Hoạt động Hội"], "Hoạt động Hội", {"author": "Trần Minh Khoa"},
               "NukeViet 4.5, a youth federation's theme. 'Thứ Tư - 08/11/2028 15:20' → T15:20; 'Tác giả: Trần Minh Khoa' → author; crumb's last level 'Hoạt động Hội'.",
               "NukeViet 4.5 (youth federation theme): 'Thứ Tư - dd/mm/yyyy HH:MM', bold hometext, 'Tác giả: Name'", kb=150)


def page02():
    pub = d("2028-10-16 10:05")
    return mkp(2, "inspection_commission_nukeviet42_theme_plain", "bacninh-ubkt-nukeviet42-theme-weekday-dash-stamp-name-dash-unit",
               "nv42_ubkt", "https://ubkt.bacninh.dcs.vn", "/news/tin-hoat-dong/uy-ban-kiem-tra-tinh-uy-kiem-tra-tai-chinh-dang-tai-tien-du-875.html",
               "Ủy ban Kiểm tra Tỉnh ủy Bắc Ninh", "NukeViet v4.2", A02, pub,
               f'<span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span>', "<p><strong>Nguyễn Văn Tâm - Văn phòng Ủy ban Kiểm tra Tỉnh ủy</strong></p>",
               ["Tin tức", "Tin hoạt động"], "Tin hoạt động", {"author": "Nguyễn Văn Tâm", "unit": "Văn phòng Ủy ban Kiểm tra Tỉnh ủy"},
               "NukeViet 4.2, an inspection commission's theme. 'Thứ Hai - 16/10/2028 10:05'; signature 'Name - unit' → author + unit; category 'Tin hoạt động'.",
               "NukeViet 4.2 (inspection commission theme): 'Thứ Hai - dd/mm/yyyy HH:MM', bold 'Name - unit' signature", kb=132)


def page03():
    pub = d("2028-11-24 16:45")
    return mkp(3, "students_association_nukeviet44_theme_plain", "nghean-hoisinhvien-nukeviet44-theme-weekday-dash-stamp-bai-anh-credit",
               "nv44_hsv", "https://hoisinhvien.nghean.gov.vn", "/news/phong-trao-sinh-vien/hon-2000-sinh-vien-tham-gia-ngay-hoi-viec-lam-2028-566.html",
               "Hội Sinh viên Việt Nam tỉnh Nghệ An", "NukeViet v4.4", A03, pub,
               f'<span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span>', "<p><strong>Bài, ảnh: Lê Thảo Vy</strong></p>",
               ["Tin tức", "Phong trào sinh viên"], "Phong trào sinh viên", {"author": "Lê Thảo Vy", "photographer": "Lê Thảo Vy"},
               "NukeViet 4.4, a students' association theme. 'Thứ Sáu - 24/11/2028 16:45'; 'Bài, ảnh: Lê Thảo Vy' → author and photographer.",
               "NukeViet 4.4 (students' association theme): 'Thứ Sáu - dd/mm/yyyy HH:MM', 'Bài, ảnh: Name'", kb=145)


def page04():
    pub = d("2028-11-02 14:30")
    return mkp(4, "provincial_party_dcs_cong_tac_kiem_tra_template", "gialai-tinhuy-dcs-cong-tac-kiem-tra-template-ngay-dang-stamp-plain-name",
               "dcs_ctkt", "https://gialai.dcs.vn", "/cong-tac-kiem-tra-giam-sat/giam-sat-chuyen-de-quy-che-dan-chu-dien-hong-c3n2871.html",
               "Tỉnh ủy Gia Lai", None, A04, pub,
               f'<span class="date">Ngày đăng: {dmy(pub)} {hm(pub)}</span> <span class="views">Lượt xem: 212</span>', "<p><strong>Đức Anh</strong></p>",
               ["Công tác kiểm tra, giám sát"], "Công tác kiểm tra, giám sát", {"author": "Đức Anh"},
               "The '.dcs.vn' 'Công tác kiểm tra' template. 'Ngày đăng: 02/11/2028 14:30' → T14:30; signature 'Đức Anh' (a short pen name as printed) → author.",
               "'.dcs.vn' 'Công tác kiểm tra' template: 'Ngày đăng: dd/mm/yyyy HH:MM', a bold two-word signature", kb=160,
               traps={"meta": ["Lượt xem: 212"]})


def page05():
    pub = d("2028-10-26 08:15")
    return mkp(5, "provincial_party_dcs_chuyen_doi_so_template", "khanhhoa-tinhuy-dcs-chuyen-doi-so-template-weekday-comma-date-dash-time-name-paren-unit",
               "dcs_cds", "https://khanhhoa.dcs.vn", "/chuyen-doi-so/so-tay-dang-vien-dien-tu-trien-khai-100-chi-bo-c7n3302.html",
               "Tỉnh ủy Khánh Hòa", None, A05, pub,
               f'<span class="date">{wd(pub)}, {dmy(pub)} - {hm(pub)}</span>', "<p><strong>Phạm Hồng Nhung (Ban Tuyên giáo và Dân vận Tỉnh ủy)</strong></p>",
               ["Chuyển đổi số"], "Chuyển đổi số", {"author": "Phạm Hồng Nhung", "unit": "Ban Tuyên giáo và Dân vận Tỉnh ủy"},
               "The '.dcs.vn' 'Chuyển đổi số' template. 'Thứ Năm, 26/10/2028 - 08:15'; 'Name (unit)' → author + unit.",
               "'.dcs.vn' 'Chuyển đổi số' template: 'Thứ Năm, dd/mm/yyyy - HH:MM', 'Name (unit)'", kb=155)


def page06():
    pub, upd = d("2028-11-13 09:00"), d("2028-11-13 16:40")
    return mkp(6, "fatherland_front_liferay2026q3_haihoa_news_portlet", "lamdong-mttq-liferay-dxp-2026q3-haihoa-portlet-ngay-dang-cap-nhat-plain-name",
               "lr26q3hh", "https://mattran.lamdong.gov.vn", "/web/mttq/tin-hoat-dong/-/hh_news/trao-25-can-nha-dai-doan-ket-dam-rong-30917",
               "Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng", "Liferay DXP", A06, pub,
               f'<span class="pub">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span class="upd">Cập nhật: {dmy(upd)} {hm(upd)}</span>', "<p><strong>Võ Thị Kim Oanh</strong></p>",
               ["Tin tức", "Tin hoạt động"], "Tin hoạt động", {"author": "Võ Thị Kim Oanh"},
               "Liferay DXP 2026.Q3 with Hài Hòa's news portlet. 'Ngày đăng: 13/11/2028 09:00 | Cập nhật: 13/11/2028 16:40' → published and updated.",
               "Liferay DXP 2026.Q3 + Hài Hòa's portlet: 'Ngày đăng:' and a later 'Cập nhật:' the same day", kb=170, upd=upd)


def page07():
    pub = d("2028-10-19 17:30")
    return mkp(7, "provincial_party_sharepoint_se_viettel_news_web_part", "hatinh-tinhuy-sharepoint-subscription-edition-viettel-web-part-time-first-stamp-name",
               "spsevt", "https://hatinh.dcs.vn", "/Pages/chi-tiet-tin.aspx?ItemID=5812&CatID=3",
               "Tỉnh ủy Hà Tĩnh", "Microsoft SharePoint", A07, pub,
               f'<span class="vt-date">{hm(pub)} | {dmy(pub)}</span>', "<p><strong>Lê Quang Huy</strong></p>",
               ["Tin tức", "Xây dựng Đảng"], "Xây dựng Đảng", {"author": "Lê Quang Huy"},
               "SharePoint Server Subscription Edition with Viettel's news web part. '17:30 | 19/10/2028' (time first, set 35) → T17:30.",
               "SharePoint Subscription Edition + Viettel's web part: 'HH:MM | dd/mm/yyyy'", kb=190)


def page08():
    pub = d("2028-10-30 11:10")
    return mkp(8, "trade_union_wordpress_digital_newspaper", "daklak-congdoanvienchuc-wordpress-digital-newspaper-date-only-signature",
               "wp_digitalnews", "https://congdoanvienchuc.daklak.gov.vn", "/2028/10/30/cong-doan-vien-chuc-tinh-to-chuc-giai-bong-chuyen-hoi-nu/",
               "Công đoàn Viên chức tỉnh Đắk Lắk", "WordPress 6.8", A08, pub,
               f'<span class="posted-on"><time class="entry-date published">{dmy(pub)} {hm(pub)}</time></span> <span class="cat-links"><a href="/category/hoat-dong-cong-doan/">Hoạt động công đoàn</a></span>',
               "<p><strong>Ngô Thanh Bình</strong></p>",
               ["Hoạt động công đoàn"], "Hoạt động công đoàn", {"author": "Ngô Thanh Bình"},
               "WordPress + Digital Newspaper. The entry meta prints '30/10/2028 11:10' → T11:10; a category link; a bold signature under the text.",
               "WordPress + Digital Newspaper: 'dd/mm/yyyy HH:MM' in the entry meta, a category link, a bold signature", kb=125)


def page09():
    pub = d("2028-11-07 08:00")
    sub, app = d("2028-11-05 21:12"), d("2028-11-06 16:10")
    return mkp(9, "party_bloc_aspnet472_honglinh_cms_submission_day_twist", "tuyenquang-dangbokhoi-aspnet472-honglinh-cms-ngay-gui-bai-ngay-duyet-ngay-dang-twist",
               "wf472hl", "https://dangbokhoi.tuyenquang.gov.vn", "/tin-tuc/ket-nap-dang-vien-nguoi-lao-dong-doanh-nghiep-ngoai-nha-nuoc-t3-d9241.aspx",
               "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Tuyên Quang", None, A09, pub,
               (f'<span id="ctl00_cphMain_lblNgayGui">Ngày gửi bài: {dmy(sub)} {hm(sub)}</span> | <span id="ctl00_cphMain_lblNgayDuyet">Ngày duyệt: {dmy(app)} {hm(app)}</span>'
                f' | <span id="ctl00_cphMain_lblNgayDang">Ngày đăng: {dmy(pub)} {hm(pub)}</span>') + bigvs(R(909), 40000),
               "<p><strong>Hoàng Văn Sơn - Đảng ủy Cơ quan Sở Tài chính</strong></p>",
               ["Tin tức", "Xây dựng Đảng"], "Xây dựng Đảng", {"author": "Hoàng Văn Sơn", "unit": "Đảng ủy Cơ quan Sở Tài chính"},
               "TWIST (the set's only one): ASP.NET WebForms 4.7.2, Hồng Lĩnh's CMS, whose meta row prints the workflow: 'Ngày gửi bài: 05/11/2028 21:12 | Ngày duyệt: 06/11/2028 16:10 | Ngày đăng: 07/11/2028 08:00'. The SUBMISSION day is first and the approval second; only 'Ngày đăng' is the publication → T2028-11-07 08:00, updated null (neither of the others is an update). Taking the first date stores a day two days early.",
               "TWIST ASP.NET WebForms 4.7.2 (Hồng Lĩnh CMS): 'Ngày gửi bài' and 'Ngày duyệt' BEFORE 'Ngày đăng' in one row; 'Name - unit'", kb=175,
               traps={"stamps": [f"Ngày gửi bài: {dmy(sub)}", f"Ngày duyệt: {dmy(app)}"]})


def page10():
    pub = d("2028-11-10 14:00")
    return mkp(10, "study_promotion_dnn911_hnews_module", "ninhbinh-hoikhuyenhoc-dnn911-hnews-module-date-time-tac-gia",
               "dnn911hn", "https://khuyenhoc.ninhbinh.gov.vn", "/tin-tuc-su-kien/tabid/118/ArticleId/4471/trao-150-suat-hoc-bong.aspx",
               "Hội Khuyến học tỉnh Ninh Bình", "DNN Platform 9.11", A10, pub,
               f'<span id="dnn_ctr2051_View_lblDate" class="hn-date">{dmy(pub)} {hm(pub)}</span>', "<p><strong>Tác giả: Bùi Thị Lan</strong></p>",
               ["Tin tức - Sự kiện"], "Tin tức - Sự kiện", {"author": "Bùi Thị Lan"},
               "DNN 9.11, a vendor skin and its news module. '10/11/2028 14:00' → T14:00; 'Tác giả: Bùi Thị Lan'.",
               "DNN 9.11 + a vendor news module: 'dd/mm/yyyy HH:MM', 'Tác giả: Name'", kb=165)


def page11():
    pub = d("2028-10-25 09:40")
    return mkp(11, "blind_association_joomla44_ja_good", "thanhhoa-hoinguoimu-joomla44-ja-good-ngay-dang-weekday-thang-signature",
               "j44jagood", "https://hoinguoimu.thanhhoa.org.vn", "/hoat-dong/khai-giang-lop-day-nghe-xoa-bop-bam-huyet.html",
               "Hội Người mù tỉnh Thanh Hóa", "Joomla! - Open Source Content Management", A11, pub,
               f'<dd class="published"><time datetime="{pub.isoformat()}">Ngày đăng: {wd(pub)}, {pub.day:02d} Tháng {pub.month} {pub.year} {hm(pub)}</time></dd>',
               "<p><strong>Mai Xuân Trường</strong></p>",
               ["Hoạt động"], "Hoạt động", {"author": "Mai Xuân Trường"},
               "Joomla 4.4 + JA Good. 'Ngày đăng: Thứ Tư, 25 Tháng 10 2028 09:40' (Joomla's vi 'l, d F Y H:i') → T09:40; bold signature under the text.",
               "Joomla 4.4 + JA Good: 'Ngày đăng: Thứ Tư, dd Tháng m yyyy HH:MM', a bold signature", kb=135)


def page12():
    pub = d("2028-11-03 10:10")
    return mkp(12, "women_union_drupal10_vani", "langson-hoilhpn-drupal10-vani-theme-ngay-dang-date-dash-time-name",
               "d10vani", "https://phunu.langson.gov.vn", "/tin-hoat-dong/ra-mat-mo-hinh-phu-nu-voi-sinh-ke-xanh-tai-xa-chi-lang",
               "Hội Liên hiệp Phụ nữ tỉnh Lạng Sơn", "Drupal 10 (https://www.drupal.org)", A12, pub,
               f'<div class="field field--name-created">Ngày đăng: {dmy(pub)} - {hm(pub)}</div>', "<p><strong>Hà Thị Ngọc</strong></p>",
               ["Tin hoạt động"], "Tin hoạt động", {"author": "Hà Thị Ngọc"},
               "Drupal 10 + the Vani theme. 'Ngày đăng: 03/11/2028 - 10:10' → T10:10; signature 'Hà Thị Ngọc'.",
               "Drupal 10 + Vani: 'Ngày đăng: dd/mm/yyyy - HH:MM', a bold signature", kb=130)


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09, page10, page11, page12]
