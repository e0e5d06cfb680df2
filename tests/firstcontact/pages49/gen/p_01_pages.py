"""Set 49 pages 1-9: WHAT RESEARCHERS CITE, ON THE COMMONEST PAGES — an honest random sample of the everyday article page,
weighted as the real sites are (vn-sites.md), realistic in weight (100-250 KB), where the cited fields are hard in
ordinary ways: several dates near the headline (an event's day in the kicker, a document's issue day in a box, 'Cập
nhật' lines, a print-edition day, related items' stamps in the item's shape), 12-hour clocks, weekday prefixes; several
writers with units, a commune's or a ward's office as a unit, collaborators ('CTV'), initials, a name only in the meta
author field while the text is signed by someone else; crumbs of a home icon only, a category only as a kicker, a tag
list beside the crumb; a sapo repeated as the first paragraph, a caption above its picture, a photographer inside a
caption. Pages 1-9: NukeViet 4.5 / 4.3 / 3.2 under new themes, three new '.dcs.vn' templates ('Nghị quyết vào cuộc
sống', 'Xây dựng nông thôn mới', 'Quốc phòng - An ninh'), Liferay DXP 2027.Q1 + Lạc Việt's and DXP 2025.Q2 + Thiên
Quang's news portlets, SharePoint Server 2019 + QNSC's web part. Ordinary items of 2028. No twist in this module (the
three twists are in gen/p_02_more.py: pages 13, 17 and 18)."""
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


MENU_HND = [
    ("Giới thiệu", ["Lịch sử Hội", "Ban Chấp hành", "Ban Thường vụ", "Cơ quan Hội"]),
    ("Tin tức", ["Hoạt động Hội", "Tin cơ sở", "Nông dân sản xuất, kinh doanh giỏi", "Khoa học - Kỹ thuật"]),
    ("Hỗ trợ nông dân", ["Quỹ Hỗ trợ nông dân", "Dạy nghề", "Tư vấn pháp luật", "Sàn nông sản"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Bản tin Nông dân"]),
]


# ===================================================================== 1 Hội Nông dân tỉnh Phú Thọ: NukeViet 4.5 under a farmers' association theme; a home-icon crumb with the tag list beside it; the sapo repeated as the first paragraph; two writers each with a unit (one a commune's)
A1 = Art("Tập huấn sử dụng thiết bị bay không người lái phun thuốc cho 120 hội viên nông dân",
         "Từ ngày 14 đến 16/10, Hội Nông dân tỉnh phối hợp với Trung tâm Khuyến nông tỉnh tổ chức lớp tập huấn sử dụng thiết bị bay không người lái phun thuốc bảo vệ thực vật cho 120 hội viên nông dân của 6 xã vùng trồng lúa tập trung.",
         [("p", "Trong ba ngày, học viên được giới thiệu cấu tạo thiết bị, cách lập bản đồ bay, pha thuốc đúng liều lượng, kiểm tra pin và xử lý sự cố khi thiết bị mất tín hiệu. Buổi chiều mỗi ngày, học viên thực hành trên cánh đồng mẫu rộng 25 ha."),
          ("img", "/uploads/news/2028_10/tap-huan-drone-phun-thuoc-tam-nong.jpg", "Hội viên thực hành điều khiển thiết bị bay phun thuốc trên cánh đồng thôn Cổ Tiết (Ảnh: Thu Hằng)"),
          ("p", "Theo cán bộ Trung tâm Khuyến nông, phun thuốc bằng thiết bị bay giúp tiết kiệm 20 - 30% lượng thuốc, giảm 90% lượng nước và hạn chế người phun tiếp xúc trực tiếp với hóa chất. Một thiết bị có thể phun 15 - 20 ha mỗi ngày."),
          ("p", "Ông Đinh Văn Lực, hội viên Chi hội nông dân thôn Cổ Tiết, cho biết: “Trước đây cả nhà phun mất hai ngày mới xong 3 mẫu ruộng, nay đặt dịch vụ thì chỉ mất hơn một giờ. Được học bài bản, tôi mạnh dạn cùng tổ hợp tác mua một thiết bị để làm dịch vụ cho bà con”."),
          ("p", "Kết thúc lớp học, 112 học viên đạt yêu cầu và được cấp giấy chứng nhận. Hội Nông dân tỉnh sẽ phối hợp với ngân hàng giới thiệu nguồn vốn vay ưu đãi cho các tổ hợp tác có nhu cầu mua thiết bị."),
          ("p", "Năm 2028, Hội Nông dân tỉnh đặt mục tiêu tập huấn chuyển giao kỹ thuật cho 5.000 lượt hội viên, trong đó ưu tiên các nội dung về cơ giới hóa, sản xuất hữu cơ và tiêu thụ nông sản qua sàn thương mại điện tử.")])


def page01():
    pub = T("2028-10-17 14:05")
    site = "https://hoinongdan.phutho.gov.vn"
    url = f"{site}/news/hoat-dong-hoi/tap-huan-su-dung-thiet-bi-bay-khong-nguoi-lai-phun-thuoc-cho-120-hoi-vien-nong-dan-2318.html"
    today = pub + timedelta(days=2, hours=3)
    credit = "Hà Văn Thắng (Hội Nông dân xã Tam Nông) - Nguyễn Thu Hằng (Ban Tuyên huấn Hội Nông dân tỉnh)"
    fmt = lambda d: f"{wd(d)} - {dmy(d)} {hm(d)}"

    def main(rng, rl, rd):
        body = jp(A1.lead) + "\n" + A1.render(p=jp, img=lambda s, c, n: f'<figure class="article center"><img src="{s}" alt="" class="img-thumbnail" /><figcaption>{esc(c)}</figcaption></figure>', sep="\n")
        evt = [(t, d) for t, d in zip(rl[:3], [pub - timedelta(days=9, hours=2), pub - timedelta(days=21, hours=5), pub - timedelta(days=40, hours=1)])]
        return (f'<div class="news_column panel panel-default hnd-detail"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row"><div class="col-md-12"><span class="h5">{fmt(pub)}</span> &nbsp; <span class="views">Đã xem: 418</span> &nbsp; <span class="cmt">Phản hồi: 0</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" href="#" title="Giới thiệu bài viết cho bạn bè"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" href="{site}/news/print/hoat-dong-hoi/2318.html" title="In ra"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div></div>'
                f'<div><p class="h5 text-right"><strong>Tác giả: </strong>{esc(credit)}</p></div></div></div>'
                + related_same(site, "/news/hoat-dong-hoi/", evt, fmt, "Theo dòng sự kiện", "news_column event-line", 2200)
                + lst(site, "/news/hoat-dong-hoi/", list(zip(rl[3:8], rd)), lambda d: f"({dmy(d)})", cls="news_column related", head="Những tin cũ hơn", start=2250))

    crumbs = (f'<div class="col-md-16 breadcrumbs-wrap">{icon_crumb(site, ["Hoạt động Hội"])}</div>'
              + f'<div class="col-md-8 hnd-tags">' + tags(site, ["máy bay không người lái", "khuyến nông", "Tam Nông"], label="Từ khóa:") + '</div>')
    return hp("s49-01", family="farmers_association_nukeviet45_theme_home_icon_crumb_tags_beside_two_writers_units",
              name="phutho-hoinongdan-nukeviet45-farmers-theme-home-icon-crumb-hoat-dong-hoi-tag-list-beside-crumb-h1-weekday-dash-dd-mm-yyyy-hh-mm-bold-hometext-repeated-as-first-paragraph-figcaption-with-anh-credit-tac-gia-two-writers-each-unit",
              url=url, art=A1, main_fn=main, pub=pub, prefix="hnd", kb=152,
              org="Hội Nông dân tỉnh Phú Thọ", addr="Phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.215",
              crumbs=crumbs, top=banner("/themes/hnd45/images/banner.png", "Hội Nông dân tỉnh Phú Thọ"),
              side=side_heavy(fmt, "Tin mới", "hnd-new", second="Đọc nhiều", n=6),
              shell_kw={"layout": "nv45_hnd", "head_extra": heavy_head(R(101), url, A1.title, A1.lead, pub, "Hội Nông dân tỉnh Phú Thọ", gen="NukeViet v4.5", section="Hoạt động Hội"),
                        "items": MENU_HND, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A1, iso(pub), author="Hà Văn Thắng, Nguyễn Thu Hằng", unit="Hội Nông dân xã Tam Nông, Ban Tuyên huấn Hội Nông dân tỉnh", category="Hoạt động Hội"),
              traps={"tags": ["Từ khóa:", "máy bay không người lái"], "meta": ["Đã xem: 418", "Phản hồi: 0"], "after_text": ["Theo dòng sự kiện", "Những tin cũ hơn"],
                     "related": lambda rl: rl[:8]},
              notes="NukeViet 4.5 under a farmers' association vendor theme (a green band, a crumb ROW holding the crumb — a home ICON with no text, then 'Hoạt động Hội' — and, beside it, the tag list 'Từ khóa: máy bay không người lái, khuyến nông, Tam Nông'; the right column of other items with stamps in the item's very shape and writers, teasers, documents; JSON-LD and analytics). A training course. 'Thứ Ba - 17/10/2028 14:05' → published 2028-10-17T14:05. The bold hometext is the lead; the text's FIRST paragraph repeats it word for word (set 33) → the lead once, the body goes on with 'Trong ba ngày, …'. The figcaption ends '(Ảnh: Thu Hằng)': a credit inside a caption stays in the caption and sets no photographer (set 25 MAJORITY) → photographer null. 'Tác giả: Hà Văn Thắng (Hội Nông dân xã Tam Nông) - Nguyễn Thu Hằng (Ban Tuyên huấn Hội Nông dân tỉnh)' → author 'Hà Văn Thắng, Nguyễn Thu Hằng', author_unit 'Hội Nông dân xã Tam Nông, Ban Tuyên huấn Hội Nông dân tỉnh' in author order (set 36); a commune's association is an organisation, so a unit (set 39's place needs a bare place name). Category 'Hoạt động Hội' (the crumb's level after the icon); the tags beside the crumb are not sections. The 'Theo dòng sự kiện' list prints three earlier items with stamps in the item's own shape ('Thứ Bảy - 07/10/2028 12:05' …): not the item's (set 33). The quoted farmer is a subject.",
              readme="NukeViet 4.5 under a farmers' association theme, a training course: a crumb of a home ICON + one level with the TAG list beside it, 'Thứ Ba - dd/mm/yyyy HH:MM', the bold hometext REPEATED as the first paragraph, a figcaption ending '(Ảnh: Name)' (no photographer), 'Tác giả: A (u1) - B (u2)' with a commune's association as a unit, 'Theo dòng sự kiện' stamps in the item's shape")


MENU_DV = [
    ("Giới thiệu", ["Chức năng, nhiệm vụ", "Lãnh đạo Ban", "Các phòng chuyên môn"]),
    ("Tin tức", ["Hoạt động của Ban", "Dân vận khéo", "Dân vận chính quyền", "Tin cơ sở", "Tôn giáo - Dân tộc"]),
    ("Tuyên giáo", ["Thông tin thời sự", "Học tập và làm theo Bác", "Bảo vệ nền tảng tư tưởng của Đảng"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản của Tỉnh ủy", "Văn bản của Ban"]),
    ("Thư viện", ["Ảnh", "Video", "Tài liệu"]),
]


# ===================================================================== 2 Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên: NukeViet 4.3 under the board's theme; a caption ABOVE its picture; 'Tin, ảnh: CTV Name (a commune's service centre)'
A2 = Art("Mô hình “Bản không có người nghiện ma túy” ở xã Mường Ảng",
         "Sau hai năm triển khai, mô hình “Bản không có người nghiện ma túy” do Ban Dân vận Đảng ủy xã Mường Ảng chủ trì đã giúp 9 bản trên địa bàn giữ vững tình trạng không phát sinh người nghiện mới.",
         [("p", "Mô hình được xây dựng trên cơ sở hương ước của từng bản, trong đó các hộ gia đình ký cam kết không trồng, không sử dụng, không tàng trữ trái phép chất ma túy. Trưởng bản, người có uy tín và chi hội trưởng các đoàn thể được phân công theo dõi từng nhóm hộ."),
          ("p", "Mỗi tháng, tổ dân vận bản tổ chức một buổi sinh hoạt chung, lồng ghép tuyên truyền tác hại của ma túy bằng tiếng Thái và tiếng Mông; những gia đình có con em đi làm ăn xa được cán bộ thăm hỏi, động viên thường xuyên."),
          ("img", "/uploads/news/2028_10/sinh-hoat-to-dan-van-ban-hon.jpg", "Buổi sinh hoạt của tổ dân vận bản Hón, xã Mường Ảng"),
          ("p", "Từ khi có mô hình, 14 người từng nghiện ma túy sau cai đã được giúp vay vốn nuôi bò, trồng cà phê; 11 người đã có việc làm ổn định. Bản Hón và bản Co Nghè được công nhận là bản không có ma túy."),
          ("p", "Bà Quàng Thị Ún, người có uy tín bản Hón, chia sẻ: “Bà con giờ không còn giấu chuyện con cháu mình sa ngã nữa, có chuyện là báo tổ dân vận để cùng nhau giúp đỡ”."),
          ("p", "Thời gian tới, Đảng ủy xã chỉ đạo nhân rộng mô hình ra toàn bộ 21 bản, gắn với phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và xây dựng nông thôn mới.")])


def page02():
    pub = T("2028-10-20 07:40")
    site = "https://dvtu.dienbien.gov.vn"
    url = f"{site}/news/dan-van-kheo/mo-hinh-ban-khong-co-nguoi-nghien-ma-tuy-o-xa-muong-ang-3391.html"
    today = pub + timedelta(days=3, hours=2)
    fmt = lambda d: f"{wd(d)} - {dmy(d)} {hm(d)}"

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=picbox_above, sep="\n")
        return (f'<div class="news_column panel panel-default dv43-detail"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A2.title)}</h1>'
                f'<div class="row"><div class="col-md-12"><span class="h5">{fmt(pub)}</span></div><div class="col-md-12"><ul class="list-inline text-right">'
                f'<li><a class="dimgray" href="#" title="Giới thiệu bài viết cho bạn bè"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li><li><a class="dimgray" href="#" title="In ra"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" href="#" title="Lưu bài viết này"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}'
                f'<p style="text-align:right"><strong>Tin, ảnh: CTV Lò Thị Hương (Trung tâm Dịch vụ tổng hợp xã Mường Ảng)</strong></p></div></div></div></div>'
                + f'<div class="news_column panel"><div class="panel-body rating">Tổng số điểm của bài viết là: 14 trong 3 đánh giá</div></div>'
                + lst(site, "/news/dan-van-kheo/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="news_column related", head="Những tin cũ hơn", start=3300))

    return hp("s49-02", family="party_mass_mobilisation_board_nukeviet43_theme_caption_above_picture_ctv_commune_unit",
              name="dienbien-bantuyengiaodanvan-nukeviet43-board-theme-crumb-dan-van-kheo-h1-weekday-dash-dd-mm-yyyy-hh-mm-bold-hometext-picture-table-caption-row-above-image-bold-right-tin-anh-ctv-name-paren-commune-service-centre-rating",
              url=url, art=A2, main_fn=main, pub=pub, prefix="dv43", kb=138,
              org="Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", addr="Phường Điện Biên Phủ, tỉnh Điện Biên", phone="0215.3825.118",
              crumbs=crumbs_of(site, ["Tin tức", "Dân vận khéo"], cls="breadcrumbs"), top=banner("/themes/dv43/images/banner.jpg", "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Tin mới nhất", "dv43-new", second="Xem nhiều", n=6),
              shell_kw={"layout": "nv43_dv", "head_extra": heavy_head(R(102), url, A2.title, A2.lead, pub, "Ban Tuyên giáo và Dân vận Tỉnh ủy Điện Biên", gen="NukeViet v4.3", section="Dân vận khéo"),
                        "items": MENU_DV, "left": f"Hôm nay: {wd(today, lower=True)}, {dmy(today)}"},
              exp=expected_(A2, iso(pub), author="Lò Thị Hương", unit="Trung tâm Dịch vụ tổng hợp xã Mường Ảng", photographer="Lò Thị Hương", category="Dân vận khéo"),
              traps={"credit": ["Tin, ảnh: CTV Lò Thị Hương"], "rating": ["Tổng số điểm của bài viết là: 14 trong 3 đánh giá"], "after_text": ["Những tin cũ hơn"], "related": lambda rl: rl[:6]},
              notes="NukeViet 4.3 under the provincial board's theme (a blue band, a header clock 'Hôm nay: …' — the crawl day —, the right column of other items with stamps and writers, teasers, documents; JSON-LD and analytics). A model of mass mobilisation in a commune. 'Thứ Sáu - 20/10/2028 07:40' → published 2028-10-20T07:40. Bold hometext (lead). The picture sits in a picture table whose FIRST row is the caption cell: the caption is printed ABOVE its picture (set 35) → 'Buổi sinh hoạt của tổ dân vận bản Hón, xã Mường Ảng' is a caption, and the paragraph after the picture ('Từ khi có mô hình, …') is body, not a caption. The bold right credit typed inside #news-bodyhtml 'Tin, ảnh: CTV Lò Thị Hương (Trung tâm Dịch vụ tổng hợp xã Mường Ảng)' is a byline, not body (set 29): 'CTV' is a status prefix, dropped (set 43) → author and photographer 'Lò Thị Hương', author_unit 'Trung tâm Dịch vụ tổng hợp xã Mường Ảng' (a commune's public service centre: an organisation; set 42: a parenthesis after a name credited for text and pictures is the writer's unit). Category 'Dân vận khéo' (the crumb's last level). The village elder quoted is a subject.",
              readme="NukeViet 4.3 under a provincial board's theme, a commune's mass-mobilisation model: 'Thứ Sáu - dd/mm/yyyy HH:MM', bold hometext, a caption printed ABOVE its picture (a picture table's first row), 'Tin, ảnh: CTV Name (a commune's service centre)' typed inside the text block")


MENU_CTD = [
    ("Giới thiệu", ["Lịch sử", "Ban Chấp hành", "Ban Thường vụ", "Văn phòng"]),
    ("Tin tức", ["Hoạt động nhân đạo", "Hiến máu tình nguyện", "Sơ cấp cứu", "Tin cơ sở"]),
    ("Kêu gọi ủng hộ", ["Địa chỉ nhân đạo", "Danh sách ủng hộ"]),
    ("Văn bản", ["Văn bản Trung ương Hội", "Văn bản tỉnh"]),
]


# ===================================================================== 3 Hội Chữ thập đỏ tỉnh Tây Ninh: NukeViet 3.2 old theme; 'GMT+7' in the stamp; 'Tác giả:' initials + 'Nguồn tin:'; an 'Ảnh: Name' line under the last caption
A3 = Art("Bàn giao nhà nhân đạo cho hộ nghèo ở xã Hòa Hội",
         "Sáng 21/10, Hội Chữ thập đỏ tỉnh phối hợp với Hội Chữ thập đỏ xã Hòa Hội tổ chức bàn giao nhà nhân đạo cho gia đình bà Lê Thị Nở, hộ nghèo đơn thân ở ấp Hòa Lợi.",
         [("p", "Căn nhà có diện tích 48 m², kết cấu khung bê tông, mái tôn, nền lát gạch, tổng kinh phí 120 triệu đồng; trong đó Hội Chữ thập đỏ tỉnh hỗ trợ 80 triệu đồng từ nguồn vận động “Tháng Nhân đạo”, phần còn lại do các nhà hảo tâm, bà con lối xóm góp tiền và ngày công."),
          ("img", "/uploads/news/2028_10/ban-giao-nha-nhan-dao-hoa-hoi.jpg", "Đại diện Hội Chữ thập đỏ tỉnh trao quyết định bàn giao nhà cho bà Lê Thị Nở"),
          ("p", "Bà Nở năm nay 63 tuổi, sống một mình, thu nhập chủ yếu từ làm thuê. Căn nhà cũ dựng bằng tre lá đã xuống cấp, mùa mưa thường xuyên bị dột."),
          ("p", "Dịp này, Hội Chữ thập đỏ xã trao thêm cho gia đình một phần quà gồm gạo, nhu yếu phẩm và 2 triệu đồng tiền mặt."),
          ("p", "Từ đầu năm đến nay, các cấp Hội Chữ thập đỏ trong tỉnh đã xây mới và sửa chữa 37 căn nhà nhân đạo, tổng trị giá hơn 3,8 tỷ đồng.")])


def page03():
    pub = T("2028-10-23 09:10")
    site = "https://chuthapdo.tayninh.org.vn"
    url = f"{site}/news/Hoat-dong-nhan-dao/Ban-giao-nha-nhan-dao-cho-ho-ngheo-o-xa-Hoa-Hoi-612/"
    today = pub + timedelta(days=1, hours=6)
    lead_img = ("/uploads/news/2028_10/nha-nhan-dao-hoa-loi.jpg", "Căn nhà nhân đạo vừa hoàn thành ở ấp Hòa Lợi")
    fmt = lambda d: f"{wd(d, lower=True).replace('thứ', 'Thứ')}, {dmy(d)}, {hm(d)} GMT+7"

    def main(rng, rl, rd):
        body = A3.render(p=jp, img=lambda s, c, n: f'<p align="center"><img src="{s}" width="500" alt="" /></p><p align="center"><em>{esc(c)}</em></p>', sep="\n")
        rel = "".join(f'<li><a href="{site}/news/Hoat-dong-nhan-dao/{slug(t)[:50]}-{590 + i}/">{esc(t)}</a> <span class="date">({fmt(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div id="news_detail"><h1>{esc(A3.title)}</h1><span class="time">{fmt(pub)}</span>'
                f'<div class="control"><ul><li><a class="sendmail" href="#" title="Gửi bài viết qua email">Gửi bài viết</a></li><li><a class="print" href="{site}/news/print/Hoat-dong-nhan-dao/612/" title="In ra">In ra</a></li>'
                f'<li><a class="savefile" href="{site}/news/savefile/Hoat-dong-nhan-dao/612/" title="Lưu bài viết này">Lưu bài viết này</a></li></ul></div><div class="clear"></div>'
                f'<div id="hometext"><div id="imghome" class="fl"><a href="{lead_img[0]}" rel="shadowbox"><img src="{lead_img[0]}" width="160" alt="" /></a><p><em>{esc(lead_img[1])}</em></p></div>'
                f'<p>{esc(A3.lead)}</p></div><div class="clear"></div>'
                f'<div class="bodytext">{body}<p style="text-align:right"><em>Ảnh: Minh Khang</em></p></div>'
                f'<p style="text-align:right"><strong>Tác giả: </strong>N.T.H</p><p style="text-align:right"><strong>Nguồn tin: </strong>Hội Chữ thập đỏ xã Hòa Hội</p>'
                f'<div class="keywords"><strong>Từ khóa:</strong> <a href="{site}/news/tag/nha-nhan-dao/">nhà nhân đạo</a>, <a href="{site}/news/tag/ho-ngheo/">hộ nghèo</a></div>'
                f'<div class="other_news"><h4>Các tin khác</h4><ul class="related">{rel}</ul></div></div>')

    return hp("s49-03", family="red_cross_society_nukeviet32_old_theme_gmt7_initials_source",
              name="tayninh-hoichuthapdo-nukeviet32-old-theme-news-detail-h1-span-time-weekday-dd-mm-yyyy-hh-mm-gmt7-control-links-imghome-em-caption-plain-hometext-centred-italic-caption-anh-name-line-tac-gia-initials-nguon-tin",
              url=url, art=A3, main_fn=main, pub=pub, prefix="ctd32", kb=118,
              org="Hội Chữ thập đỏ tỉnh Tây Ninh", addr="Phường Long An, tỉnh Tây Ninh", phone="0272.3826.447",
              crumbs=f'<div class="breadcrumbs"><a href="{site}/">Trang nhất</a> » <a href="{site}/news/">Tin tức</a> » <a href="{site}/news/Hoat-dong-nhan-dao/">Hoạt động nhân đạo</a></div>',
              top=banner("/themes/ctd/images/header.jpg", "Hội Chữ thập đỏ tỉnh Tây Ninh"),
              side=lambda rng, p: side_heavy(lambda d: dmy(d), "Tin mới", "ctd32-new", second="Đọc nhiều", n=6)(rng, p) + '<div class="ctd32-counter"><h3>Thống kê truy cập</h3><p>Đang truy cập: 9</p><p>Hôm nay: 204</p><p>Tổng lượt truy cập: 583.117</p></div>',
              shell_kw={"layout": "nv32_ctd", "head_extra": og(A3.title, url, {"og:description": A3.lead}) + '<meta name="generator" content="NukeViet v3.2" />',
                        "items": MENU_CTD, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A3, iso(pub), author="N.T.H", photographer="Minh Khang", category="Hoạt động nhân đạo", captions=[lead_img[1]] + A3.captions),
              traps={"controls": ["Gửi bài viết", "Lưu bài viết này"], "source": ["Nguồn tin:"], "after_text": ["Từ khóa:", "Các tin khác"],
                     "counter": ["Tổng lượt truy cập: 583.117"], "related": lambda rl: rl[:6]},
              notes="NukeViet 3.2 under a Red Cross society's old fixed-width theme (#news_detail, span.time, div.control with send / print / save links, #hometext with #imghome floated left and its <em> caption, div.bodytext, right-aligned 'Tác giả:' / 'Nguồn tin:', keywords, ul.related 'Các tin khác' whose dates are printed in the item's very shape), a right column of other items, a visit counter. A handover of a charity house. 'Thứ hai, 23/10/2028, 09:10 GMT+7' → published 2028-10-23T09:10 ('GMT+7' is the +07:00 zone, set 28). The plain hometext after the lead picture is the lead (set 48's NukeViet 3.5); the lead picture's caption 'Căn nhà nhân đạo vừa hoàn thành ở ấp Hòa Lợi' is the first caption, the centred italic one in the text the second. 'Ảnh: Minh Khang' on a line of its own under the last caption, outside every caption → photographer 'Minh Khang' (sets 31 and 44). 'Tác giả: N.T.H' → author 'N.T.H' (initials kept as printed, set 32); 'Nguồn tin: Hội Chữ thập đỏ xã Hòa Hội' is a source, not a unit (set 13) → author_unit null. Category 'Hoạt động nhân đạo' (the crumb's last level). The beneficiary is a subject.",
              readme="NukeViet 3.2 under a Red Cross society's old theme, a charity house handover: 'Thứ hai, dd/mm/yyyy, HH:MM GMT+7', #imghome's <em> caption + plain hometext, an 'Ảnh: Name' line under the last caption, 'Tác giả: N.T.H' (initials) + 'Nguồn tin:' (no unit), 'Các tin khác' in the item's stamp shape")


# ===================================================================== 4 Tỉnh ủy Quảng Ngãi: the '.dcs.vn' 'Nghị quyết vào cuộc sống' template; a kicker naming a resolution and its day, a document box with its issue day, 'Ngày xuất bản' + 'Cập nhật'
A4 = Art("Quảng Ngãi: 100% chi bộ sử dụng sổ tay đảng viên điện tử trong sinh hoạt",
         "Sau hơn một năm thực hiện Kế hoạch của Ban Thường vụ Tỉnh ủy về chuyển đổi số trong các cơ quan Đảng, đến nay 100% chi bộ trực thuộc các đảng bộ xã, phường, đặc khu trong tỉnh đã sử dụng sổ tay đảng viên điện tử trong sinh hoạt.",
         [("p", "Sổ tay đảng viên điện tử được cài đặt trên điện thoại thông minh, cho phép đảng viên nhận thông báo, tài liệu sinh hoạt chi bộ, nghị quyết, văn bản mới của cấp trên; đăng ký và báo cáo việc thực hiện nhiệm vụ được giao; đóng đảng phí trực tuyến."),
          ("p", "Theo Văn phòng Tỉnh ủy, toàn tỉnh hiện có hơn 68.000 đảng viên đã kích hoạt tài khoản, đạt 97,6%. Những đảng viên cao tuổi chưa sử dụng được điện thoại thông minh được chi bộ phân công đảng viên trẻ hỗ trợ."),
          ("img", "/Uploads/images/2028/10/so-tay-dang-vien-dien-tu-quang-ngai.jpg", "Đảng viên Chi bộ thôn An Hải tra cứu tài liệu sinh hoạt trên sổ tay đảng viên điện tử"),
          ("p", "Nhiều chi bộ đã giảm hẳn việc in ấn tài liệu; thời gian chuẩn bị mỗi kỳ sinh hoạt rút ngắn từ 3 - 4 ngày xuống còn 1 ngày. Việc lấy ý kiến đảng viên trước các nội dung quan trọng cũng được thực hiện ngay trên ứng dụng."),
          ("p", "Bên cạnh kết quả đạt được, một số chi bộ ở vùng núi còn gặp khó khăn do sóng điện thoại yếu, đảng viên lớn tuổi chưa quen thao tác. Ban Thường vụ Tỉnh ủy yêu cầu các đảng ủy cơ sở tiếp tục tập huấn, hỗ trợ và đưa việc sử dụng sổ tay vào tiêu chí đánh giá chất lượng sinh hoạt chi bộ.")])


def page04():
    pub = T("2028-10-24 10:20")
    upd = T("2028-10-24 15:45")
    site = "https://quangngai.dcs.vn"
    url = f"{site}/nghi-quyet-vao-cuoc-song/quang-ngai-100-chi-bo-su-dung-so-tay-dang-vien-dien-tu-trong-sinh-hoat-c5b7731.html"
    today = pub + timedelta(days=1, hours=5)

    def main(rng, rl, rd):
        body = A4.render(p=jp, img=lazyfig, sep="\n")
        doc = ('<div class="dcs-nq-doc"><h4>Văn bản liên quan</h4><table><tr><td>Số, ký hiệu:</td><td>215-KH/TU</td></tr><tr><td>Trích yếu:</td><td>Kế hoạch thực hiện chuyển đổi số trong các cơ quan Đảng giai đoạn 2027 - 2030</td></tr>'
               '<tr><td>Ngày ban hành:</td><td>12/09/2027</td></tr><tr><td>Người ký:</td><td>Nguyễn Văn Thạnh - Phó Bí thư Thường trực Tỉnh ủy</td></tr></table><a href="/van-ban/215-kh-tu.pdf">Tải văn bản</a></div>')
        return (f'<div class="dcs-article"><div class="dcs-kicker">Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị</div><h1 class="dcs-title">{esc(A4.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">Ngày xuất bản: {dmy(pub)} {hm(pub)}</span> <span class="dcs-upd">Cập nhật: {dmy(upd)} {hm(upd)}</span> <span class="dcs-views">Lượt xem: 2.041</span></div>'
                + doc + f'<div class="dcs-sapo"><strong>{esc(A4.lead)}</strong></div><div class="dcs-content">{body}'
                f'<p style="text-align:right"><strong>Thanh Nhàn - Đinh Công Tiến (Ban Tuyên giáo và Dân vận Tỉnh ủy)</strong></p></div>'
                + sharebar("dcs-share") + '</div>'
                + related_same(site, "/nghi-quyet-vao-cuoc-song/", list(zip(rl[:6], rd)), lambda d: f"Ngày xuất bản: {dmy(d)} {hm(d)}", "Tin cùng chuyên mục", "dcs-samecat", 7700))

    return hp("s49-04", family="provincial_party_dcs_nghi_quyet_vao_cuoc_song_template_document_box",
              name="quangngai-tinhuy-dcs-nghi-quyet-vao-cuoc-song-template-kicker-resolution-with-day-h1-ngay-xuat-ban-and-cap-nhat-dd-mm-yyyy-hh-mm-document-box-ngay-ban-hanh-bold-sapo-lazy-figure-two-writers-one-unit",
              url=url, art=A4, main_fn=main, pub=pub, prefix="dcs", kb=176,
              org="Đảng bộ tỉnh Quảng Ngãi", addr="Phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.519",
              crumbs=crumbs_of(site, ["Xây dựng Đảng", "Nghị quyết vào cuộc sống"]), top=banner("/Content/images/banner-quangngai.png", "Báo điện tử Đảng bộ tỉnh Quảng Ngãi"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "dcs-most"),
              shell_kw={"layout": "dcs_nqcs", "head_extra": heavy_head(R(104), url, A4.title, A4.lead, pub, "Đảng bộ tỉnh Quảng Ngãi", upd=upd, section="Nghị quyết vào cuộc sống"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A4, iso(pub), iso(upd), author="Thanh Nhàn, Đinh Công Tiến", unit="Ban Tuyên giáo và Dân vận Tỉnh ủy", category="Nghị quyết vào cuộc sống"),
              traps={"kicker": ["Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"], "document": ["Văn bản liên quan", "215-KH/TU", "Ngày ban hành:", "Nguyễn Văn Thạnh - Phó Bí thư Thường trực Tỉnh ủy"],
                     "meta": ["Lượt xem: 2.041"], "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Nghị quyết vào cuộc sống' template: a KICKER naming the resolution the item follows up, with its day ('Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị'), the h1, the info row 'Ngày xuất bản: 24/10/2028 10:20 Cập nhật: 24/10/2028 15:45 Lượt xem: 2.041', then a DOCUMENT box ('Văn bản liên quan': number, summary, 'Ngày ban hành: 12/09/2027', 'Người ký: …') before the sapo; a 'Tin cùng chuyên mục' list after the text whose stamps are printed in the item's own shape ('Ngày xuất bản: dd/mm/yyyy HH:MM'); JSON-LD, analytics. → published 2028-10-24T10:20, updated 2028-10-24T15:45 (the labelled update, same day). The kicker's day is the resolution's (set 25: an event's / document's day is no stamp) and the kicker is no category (a form / topic label, set 27); the box's issue day and signer are the DOCUMENT's (set 38): no stamp, no author; the box is not body (set 24). Bold sapo (lead); one lazy figure. Bold right 'Thanh Nhàn - Đinh Công Tiến (Ban Tuyên giáo và Dân vận Tỉnh ủy)' → author 'Thanh Nhàn, Đinh Công Tiến', the unit once (set 28). Category 'Nghị quyết vào cuộc sống' (the crumb's last level).",
              readme="The '.dcs.vn' 'Nghị quyết vào cuộc sống' template, a digital Party handbook: a kicker with a resolution's DAY, 'Ngày xuất bản:' + 'Cập nhật:' the same day, a document box with 'Ngày ban hành:' and a signer (not the item's), bold sapo, a lazy figure, 'A - B (unit)', same-shape stamps in 'Tin cùng chuyên mục'")


# ===================================================================== 5 Tỉnh ủy Vĩnh Long: the '.dcs.vn' 'Xây dựng nông thôn mới' template; a crumb of the home icon ALONE, the section only as a kicker; a caption with the photographer inside; 'Name - UBND xã …'
A5 = Art("Xã Long Hồ hoàn thành nhựa hóa 100% đường ấp",
         "Với sự đồng thuận của Nhân dân, đến cuối tháng 10/2028, xã Long Hồ đã hoàn thành nhựa hóa 100% tuyến đường ấp, về đích sớm hơn 2 tháng so với kế hoạch xây dựng xã nông thôn mới nâng cao.",
         [("p", "Năm 2028, xã Long Hồ được đầu tư nhựa hóa 14 tuyến đường với tổng chiều dài 23,6 km, kinh phí hơn 31 tỷ đồng; trong đó người dân đóng góp 4,2 tỷ đồng và hiến gần 9.000 m² đất để mở rộng mặt đường."),
          ("img", "/Uploads/images/2028/10/duong-ap-phuoc-hanh-long-ho.jpg", "Tuyến đường ấp Phước Hanh sau khi được nhựa hóa. Ảnh: Hoàng Phúc"),
          ("p", "Ông Trần Văn Mười, ấp Phước Hanh, phấn khởi: “Đường láng nhựa rồi, xe tải vào tận vườn chở trái cây, bán được giá hơn, con nít đi học cũng không còn lấm lem bùn đất như trước”."),
          ("p", "Cùng với giao thông, xã đã lắp 412 bóng đèn chiếu sáng, trồng hơn 6 km hàng rào cây xanh dọc các tuyến đường, hình thành nhiều tuyến đường hoa do hội phụ nữ và đoàn thanh niên các ấp chăm sóc."),
          ("p", "Đến nay, xã Long Hồ đã đạt 17/19 tiêu chí xã nông thôn mới nâng cao; hai tiêu chí còn lại là thu nhập và môi trường đang được tập trung thực hiện, phấn đấu đạt chuẩn trong năm 2029.")])


def page05():
    pub = T("2028-10-26 16:30")
    site = "https://vinhlong.dcs.vn"
    url = f"{site}/xay-dung-nong-thon-moi/xa-long-ho-hoan-thanh-nhua-hoa-100-duong-ap-c2d9034.html"
    today = pub + timedelta(days=2, hours=1)
    fmt = lambda d: f"{wd(d)}, {dmy(d)} - {hm(d)}"

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=lazyp, sep="\n")
        strip = ('<div class="dcs-ntm-strip"><span class="lbl">Bộ tiêu chí xã nông thôn mới nâng cao</span> <span class="val">Toàn tỉnh: 58 xã đạt chuẩn</span> '
                 '<span class="upd">(cập nhật ngày 30/09/2028)</span></div>')
        return (strip + f'<div class="dcs-article"><div class="dcs-kicker"><a href="{site}/xay-dung-nong-thon-moi">Xây dựng nông thôn mới</a></div><h1 class="dcs-title">{esc(A5.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">{fmt(pub)}</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A5.lead)}</strong></div><div class="dcs-content">{body}'
                f'<p style="text-align:right"><strong>Nguyễn Hoàng Phúc - UBND xã Long Hồ</strong></p></div>'
                + sharebar("dcs-share") + '</div>'
                + related_same(site, "/xay-dung-nong-thon-moi/", list(zip(rl[:6], rd)), fmt, "Tin khác", "dcs-other", 9000))

    return hp("s49-05", family="provincial_party_dcs_xay_dung_nong_thon_moi_template_icon_only_crumb_kicker_category",
              name="vinhlong-tinhuy-dcs-xay-dung-nong-thon-moi-template-home-icon-only-crumb-section-only-as-kicker-h1-weekday-dd-mm-yyyy-dash-hh-mm-criteria-strip-cap-nhat-bold-sapo-lazy-centred-caption-with-anh-name-bold-right-name-dash-ubnd-xa",
              url=url, art=A5, main_fn=main, pub=pub, prefix="dcs", kb=164,
              org="Đảng bộ tỉnh Vĩnh Long", addr="Phường Thanh Đức, tỉnh Vĩnh Long", phone="0270.3822.306",
              crumbs=icon_crumb(site, [], cls="dcs-breadcrumb", icon="icon-home"), top=banner("/Content/images/banner-vinhlong.png", "Trang thông tin điện tử Đảng bộ tỉnh Vĩnh Long"),
              side=side_heavy(fmt, "Đọc nhiều", "dcs-most"),
              shell_kw={"layout": "dcs_ntm", "head_extra": heavy_head(R(105), url, A5.title, A5.lead, pub, "Đảng bộ tỉnh Vĩnh Long"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A5, iso(pub), author="Nguyễn Hoàng Phúc", unit="UBND xã Long Hồ", category="Xây dựng nông thôn mới"),
              traps={"strip": ["Bộ tiêu chí xã nông thôn mới nâng cao", "(cập nhật ngày 30/09/2028)", "Toàn tỉnh: 58 xã đạt chuẩn"], "after_text": ["Tin khác"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Xây dựng nông thôn mới' template: the crumb is the HOME ICON ALONE (an <i class='icon-home'> in a link, no text, no further level), the section is printed ONLY as the kicker over the h1 ('Xây dựng nông thôn mới', a link to the section); a criteria strip over the item with its own '(cập nhật ngày 30/09/2028)' (a widget's day, set 32); the right column of other items with stamps in the item's shape; JSON-LD without a section. A commune's rural roads. 'Thứ Năm, 26/10/2028 - 16:30' → published 2028-10-26T16:30. Category 'Xây dựng nông thôn mới': with no crumb level, the printed section label is the category (set 29: a specific label that is the only section label). Bold sapo (lead); a lazy picture with a centred italic caption that ENDS with the photographer ('… sau khi được nhựa hóa. Ảnh: Hoàng Phúc') → the caption is kept whole and sets no photographer (set 25 MAJORITY) → photographer null. Bold right 'Nguyễn Hoàng Phúc - UBND xã Long Hồ' → author + unit 'UBND xã Long Hồ' (a commune's People's Committee is an organisation, not set 47's bare place). The farmer quoted is a subject.",
              readme="The '.dcs.vn' 'Xây dựng nông thôn mới' template, a commune's roads: a crumb of the HOME ICON ALONE, the section only as a KICKER (the category), a criteria strip with its own 'cập nhật', 'Thứ Năm, dd/mm/yyyy - HH:MM', a caption ending 'Ảnh: Name' (no photographer), 'Name - UBND xã …'")


# ===================================================================== 6 Tỉnh ủy Sơn La: the '.dcs.vn' 'Quốc phòng - An ninh' template; a print-edition note with the print issue's day; a rank before the writer
A6 = Art("Diễn tập khu vực phòng thủ xã Chiềng Mai năm 2028 đạt loại giỏi",
         "Từ ngày 25 đến 27/10, xã Chiềng Mai tổ chức diễn tập khu vực phòng thủ năm 2028 với sự tham gia của hơn 300 cán bộ, chiến sĩ, dân quân tự vệ và các lực lượng trên địa bàn.",
         [("p", "Cuộc diễn tập gồm hai giai đoạn: chuyển trạng thái các hoạt động của địa phương từ thời bình sang thời chiến và thực hành xử trí các tình huống về phòng thủ dân sự, bảo đảm an ninh chính trị, trật tự an toàn xã hội."),
          ("p", "Ở phần thực binh, lực lượng dân quân xã phối hợp với Công an xã, Đồn Biên phòng và Ban Chỉ huy Quân sự xã xử trí tình huống cháy rừng, tìm kiếm cứu nạn người bị lũ cuốn và bảo vệ mục tiêu trọng yếu."),
          ("img", "/Uploads/images/2028/10/dien-tap-khu-vuc-phong-thu-chieng-mai.jpg", "Lực lượng dân quân xã Chiềng Mai thực hành xử trí tình huống cháy rừng"),
          ("p", "Đánh giá của Ban Chỉ đạo diễn tập tỉnh cho thấy, các văn kiện được chuẩn bị đầy đủ, đúng hướng dẫn; cấp ủy, chính quyền xã chỉ đạo, điều hành linh hoạt; các lực lượng phối hợp nhịp nhàng, bảo đảm an toàn tuyệt đối về người và vũ khí, trang bị."),
          ("p", "Cuộc diễn tập được đánh giá đạt loại giỏi. Qua diễn tập, năng lực lãnh đạo, chỉ đạo của cấp ủy, điều hành của chính quyền xã trong xử lý các tình huống quốc phòng, an ninh tiếp tục được nâng lên.")])


def page06():
    pub = T("2028-10-28 15:10")
    site = "https://sonla.dcs.vn"
    url = f"{site}/quoc-phong-an-ninh/dien-tap-khu-vuc-phong-thu-xa-chieng-mai-nam-2028-dat-loai-gioi-c4e1207.html"
    today = pub + timedelta(days=3, hours=2)
    fmt = lambda d: f"{hm(d)} | {dmy(d)}"

    def main(rng, rl, rd):
        body = A6.render(p=jp, img=lazyfig, sep="\n")
        return (f'<div class="dcs-article dcs-qp-article"><div class="dcs-kicker">Quốc phòng - An ninh</div><h1 class="dcs-title">{esc(A6.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">{fmt(pub)}</span> <span class="dcs-views">Lượt xem: 736</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A6.lead)}</strong></div>'
                f'<div class="dcs-print-note"><em>(Bài đăng trên Báo Sơn La in số 5.218, ra ngày Thứ Hai, 30/10/2028)</em></div><div class="dcs-content">{body}'
                f'<p style="text-align:right"><strong>Thiếu tá Lường Văn Hặc - Bộ Chỉ huy Quân sự tỉnh</strong></p></div>'
                + sharebar("dcs-share") + '</div>'
                + related_same(site, "/quoc-phong-an-ninh/", list(zip(rl[:6], rd)), fmt, "Tin cùng chuyên mục", "dcs-samecat", 4100))

    return hp("s49-06", family="provincial_party_dcs_quoc_phong_an_ninh_template_print_edition_note",
              name="sonla-tinhuy-dcs-quoc-phong-an-ninh-template-kicker-h1-hh-mm-pipe-dd-mm-yyyy-bold-sapo-print-edition-note-issue-day-after-the-posting-lazy-figure-bold-right-rank-name-dash-unit",
              url=url, art=A6, main_fn=main, pub=pub, prefix="dcs", kb=158,
              org="Đảng bộ tỉnh Sơn La", addr="Phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.047",
              crumbs=crumbs_of(site, ["Chính trị", "Quốc phòng - An ninh"]), top=banner("/Content/images/banner-sonla.png", "Trang thông tin điện tử Đảng bộ tỉnh Sơn La"),
              side=side_heavy(fmt, "Đọc nhiều", "dcs-most"),
              shell_kw={"layout": "dcs_qpan", "head_extra": heavy_head(R(106), url, A6.title, A6.lead, pub, "Đảng bộ tỉnh Sơn La", section="Quốc phòng - An ninh"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A6, iso(pub), author="Lường Văn Hặc", unit="Bộ Chỉ huy Quân sự tỉnh", category="Quốc phòng - An ninh"),
              traps={"print_note": ["(Bài đăng trên Báo Sơn La in số 5.218, ra ngày Thứ Hai, 30/10/2028)"], "rank": ["Thiếu tá Lường Văn Hặc"], "meta": ["Lượt xem: 736"],
                     "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Quốc phòng - An ninh' template (an olive band, the kicker, the info row, the sapo, then a PRINT-EDITION note in italics before the text; 'Tin cùng chuyên mục' with stamps in the item's shape; JSON-LD, analytics). A defence-zone exercise. '15:10 | 28/10/2028' (time first) → published 2028-10-28T15:10. The note '(Bài đăng trên Báo Sơn La in số 5.218, ra ngày Thứ Hai, 30/10/2028)' names the print issue the article ALSO appeared in, two days after the web posting: its day is the issue's, not the item's (sets 37 and 44), and the note is not body. Bold sapo (lead); one lazy figure. Bold right 'Thiếu tá Lường Văn Hặc - Bộ Chỉ huy Quân sự tỉnh' → author 'Lường Văn Hặc' (rank dropped, set 38), unit 'Bộ Chỉ huy Quân sự tỉnh'. Category 'Quốc phòng - An ninh' (the crumb's last level; the kicker agrees).",
              readme="The '.dcs.vn' 'Quốc phòng - An ninh' template, a defence-zone exercise: 'HH:MM | dd/mm/yyyy' (time first), a PRINT-EDITION note whose issue day is two days after the posting (no stamp), a lazy figure, 'Thiếu tá Name - unit' (rank dropped)")


MENU_MT = [
    ("Giới thiệu", ["Lịch sử", "Ủy ban MTTQ tỉnh", "Ban Thường trực", "Các ban chuyên môn"]),
    ("Tin tức", ["Hoạt động Mặt trận", "Tin cơ sở", "Đại đoàn kết", "An sinh xã hội"]),
    ("Giám sát - Phản biện", ["Giám sát", "Phản biện xã hội", "Tiếp xúc cử tri"]),
    ("Văn bản", ["Văn bản Trung ương", "Văn bản tỉnh", "Hướng dẫn"]),
]


# ===================================================================== 7 Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên: Liferay DXP 2027.Q1 + Lạc Việt's news portlet; the stamp ONLY after the text; a meta author (the editor) against a signature (the writer, a ward's committee)
A7 = Art("Phường Phan Đình Phùng ra mắt mô hình “Tổ dân phố không rác thải nhựa”",
         "Ngày 26/10, Ủy ban MTTQ phường Phan Đình Phùng ra mắt mô hình “Tổ dân phố không rác thải nhựa” tại tổ dân phố số 7, với sự tham gia của 186 hộ gia đình.",
         [("p", "Theo quy chế của mô hình, các hộ gia đình cam kết hạn chế sử dụng túi ni lông, đồ nhựa dùng một lần; phân loại rác tại nguồn và mang chai nhựa, giấy vụn đến điểm thu gom vào sáng chủ nhật hằng tuần."),
          ("p", "Số tiền bán phế liệu được đưa vào quỹ của tổ dân phố để hỗ trợ học sinh có hoàn cảnh khó khăn và thăm hỏi người cao tuổi ốm đau. Ban Công tác Mặt trận tổ dân phố công khai số thu, chi hằng tháng trên nhóm Zalo của tổ."),
          ("img", "/documents/20182/0/ra-mat-mo-hinh-to-dan-pho-7.jpg", "Người dân tổ dân phố số 7 nhận túi vải thay cho túi ni lông tại buổi ra mắt"),
          ("p", "Dịp này, Ủy ban MTTQ phường trao tặng 400 túi vải, 186 bộ thùng phân loại rác cho các hộ dân; Đoàn Thanh niên phường ra quân thu gom rác thải nhựa dọc bờ sông Cầu."),
          ("p", "Ủy ban MTTQ phường đặt mục tiêu đến hết năm 2029, 100% tổ dân phố trên địa bàn xây dựng được mô hình, góp phần thực hiện cuộc vận động “Toàn dân đoàn kết xây dựng nông thôn mới, đô thị văn minh”.")])


def page07():
    pub = T("2028-10-27 09:50")
    site = "https://mattran.thainguyen.gov.vn"
    url = f"{site}/web/mttq/tin-co-so/-/lv-news/ra-mat-mo-hinh-to-dan-pho-khong-rac-thai-nhua-48217"
    today = pub + timedelta(days=1, hours=5)
    editor = "Phạm Quốc Hưng"

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=fig, sep="\n")
        ticker = related_same(site, "/web/mttq/tin-co-so/-/lv-news/", list(zip(rl[6:9], rd[:3])), lambda d: f"{dmy(d)} {hm(d)}", "Tin mới", "lv-ticker", 48100)
        return (ticker + f'<div class="lv-news-detail"><h2 class="lv-news-title">{esc(A7.title)}</h2>'
                f'<div class="lv-news-sapo"><strong>{esc(A7.lead)}</strong></div><div class="lv-news-content journal-content-article">{body}'
                f'<p style="text-align:right"><strong>Hoàng Thị Mai - Ủy ban MTTQ phường Phan Đình Phùng</strong></p></div>'
                f'<div class="lv-news-metadata asset-metadata"><span class="metadata-entry metadata-publish-date">Ngày đăng: {dmy(pub)} {hm(pub)}</span>'
                f' <span class="metadata-entry metadata-view-count">Lượt xem: 312</span></div>'
                + sharebar("lv-share") + '</div>'
                + lst(site, "/web/mttq/tin-co-so/-/lv-news/", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)})", cls="lv-other", head="Tin khác", start=48150))

    side = lambda rng, p: (vb_box(["Hướng dẫn số 14/HD-MTTQ-BTT ngày 05/10/2028 về xây dựng mô hình “Tổ dân phố không rác thải nhựa”",
                                   "Kế hoạch số 92/KH-MTTQ-BTT ngày 18/09/2028 tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2028"], "Văn bản mới", "lv-vb")
                           + '<div class="lv-docinfo"><h3>Thông tin văn bản</h3><p>Số hiệu: 14/HD-MTTQ-BTT</p><p>Ngày ban hành: 05/10/2028</p><p>Cơ quan ban hành: Ban Thường trực Ủy ban MTTQ tỉnh</p></div>'
                           + side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "lv-most", second="Tin mới cập nhật", docs=False, n=6)(rng, p))
    head = (f'<meta name="author" content="{editor}" />' + heavy_head(R(107), url, A7.title, A7.lead, pub, "Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên", author=editor, section="Tin cơ sở"))
    return hp("s49-07", family="fatherland_front_liferay2027q1_lacviet_news_portlet_stamp_after_text_meta_author",
              name="thainguyen-mattran-liferay-dxp-2027q1-lac-viet-news-portlet-ticker-h2-title-bold-sapo-figure-bold-right-name-dash-ward-committee-asset-metadata-ngay-dang-after-text-meta-author-editor-document-info-box",
              url=url, art=A7, main_fn=main, pub=pub, prefix="lv27", kb=186,
              org="Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên", addr="Phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.617",
              crumbs=crumbs_of(site, ["Tin tức", "Tin cơ sở"]), top=banner("/o/lv27-theme/images/banner.png", "Cổng thông tin điện tử Ủy ban MTTQ Việt Nam tỉnh Thái Nguyên"),
              side=side,
              shell_kw={"layout": "lr27q1lv", "head_extra": head, "items": MENU_MT, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A7, iso(pub), author="Hoàng Thị Mai", unit="Ủy ban MTTQ phường Phan Đình Phùng", category="Tin cơ sở"),
              traps={"meta_author": [editor], "ticker": ["Tin mới"], "document": ["Ngày ban hành: 05/10/2028", "Thông tin văn bản"], "meta": ["Lượt xem: 312"],
                     "after_text": ["Tin khác"], "related": lambda rl: rl[:9]},
              notes="Liferay DXP 2027.Q1 under a vendor theme with Lạc Việt's news portlet (lv_news_detail): a 'Tin mới' ticker of three other items with stamps ('dd/mm/yyyy HH:MM') ABOVE the item, the headline in h2.lv-news-title, a bold sapo, the text, the signature, then the asset metadata 'Ngày đăng: 27/10/2028 09:50 Lượt xem: 312' — the item's ONLY stamp, printed AFTER the text (set 29) → published 2028-10-27T09:50; the ticker's stamps are other items' (set 44). The right column carries a 'Thông tin văn bản' box with 'Ngày ban hành: 05/10/2028' (a document's day, set 38). A ward's committee launches a model. NAMES: the head carries <meta name='author' content='Phạm Quốc Hưng'> and a JSON-LD author of the same name — the editor account the portlet copies into the metadata, printed nowhere on the page — while the text is SIGNED 'Hoàng Thị Mai - Ủy ban MTTQ phường Phan Đình Phùng'. The printed signature wins: author 'Hoàng Thị Mai', author_unit 'Ủy ban MTTQ phường Phan Đình Phùng' (a ward's committee: an organisation; the ward is named after a person but the head word 'Ủy ban MTTQ' makes it a unit, not set 47's bare place). Why: metadata is only a fall-back for a field the page does not print (sets 14 and 29), and a CMS's author meta filled from the account is an account (set 34); here the page prints a signature, so the meta name is used for nothing. Category 'Tin cơ sở' (the crumb's last level).",
              readme="Liferay DXP 2027.Q1 + Lạc Việt's news portlet, a ward's model: a 'Tin mới' ticker with stamps ABOVE the item, the ONLY stamp of the item AFTER the text (asset metadata), a document box with 'Ngày ban hành:', a META author (the editor) against the SIGNATURE 'Name - Ủy ban MTTQ phường …' (the signature wins)")


MENU_BP = [
    ("Giới thiệu", ["Lịch sử truyền thống", "Ban Chỉ huy", "Các đồn biên phòng"]),
    ("Tin tức", ["Biên giới - Biển đảo", "Xây dựng lực lượng", "Dân vận biên phòng", "Đối ngoại biên phòng"]),
    ("Pháp luật", ["Luật Biên phòng Việt Nam", "Văn bản"]),
    ("Thư viện", ["Ảnh", "Video"]),
]


# ===================================================================== 8 Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị: Liferay DXP 2025.Q2 + Thiên Quang's news portlet; 'Cập nhật' equal to the publication; two ranked writers with one unit
A8 = Art("Đồn Biên phòng Cửa khẩu Lao Bảo trao 50 xe đạp cho học sinh vùng biên",
         "Nhân dịp đầu năm học mới, Đồn Biên phòng Cửa khẩu Lao Bảo phối hợp với các nhà hảo tâm trao tặng 50 chiếc xe đạp cho học sinh có hoàn cảnh khó khăn ở các xã biên giới Lao Bảo và Tân Lập.",
         [("p", "Những chiếc xe đạp được trao cho học sinh các trường tiểu học và trung học cơ sở, phần lớn là con em đồng bào Vân Kiều, Pa Kô, nhà cách trường từ 4 đến 7 km. Tổng trị giá số xe đạp là 75 triệu đồng."),
          ("img", "/documents/36420/0/trao-xe-dap-hoc-sinh-lao-bao.jpg", "Cán bộ Đồn Biên phòng Cửa khẩu Lao Bảo trao xe đạp cho học sinh xã Tân Lập"),
          ("p", "Em Hồ Thị Xuân, học sinh lớp 7 Trường Phổ thông dân tộc bán trú xã Tân Lập, xúc động: “Có xe đạp, em không phải dậy từ 5 giờ sáng để đi bộ đến trường nữa”."),
          ("p", "Đây là hoạt động thuộc chương trình “Nâng bước em tới trường” mà đơn vị duy trì từ năm 2018. Hiện đồn đang nhận đỡ đầu 12 học sinh theo chương trình “Con nuôi đồn Biên phòng”, hỗ trợ mỗi em 500.000 đồng mỗi tháng."),
          ("p", "Cũng trong chương trình, cán bộ, chiến sĩ đồn đã sửa chữa 2 phòng học, tặng 300 bộ sách giáo khoa và tổ chức lớp học tiếng Việt buổi tối cho 26 học sinh người dân tộc thiểu số.")])


def page08():
    pub = T("2028-10-30 08:05")
    site = "https://bienphong.quangtri.gov.vn"
    url = f"{site}/web/bdbp/bien-gioi-bien-dao/-/tq-article/don-bien-phong-cua-khau-lao-bao-trao-50-xe-dap-cho-hoc-sinh-vung-bien-7731"
    today = pub + timedelta(days=1, hours=2)
    fmt = lambda d: f"{wd(d)}, {dmy(d)} | {hm(d)}"

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=tcap, sep="\n")
        return (f'<div class="tq-article"><div class="tq-article-head"><h1 class="tq-article-title">{esc(A8.title)}</h1>'
                f'<div class="tq-article-meta"><span class="tq-date">Ngày đăng: {dmy(pub)} {hm(pub)}</span> | <span class="tq-upd">Cập nhật: {dmy(pub)} {hm(pub)}</span> | <span class="tq-views">Lượt xem: 1.127</span></div></div>'
                f'<div class="tq-article-sapo"><strong>{esc(A8.lead)}</strong></div><div class="tq-article-body">{body}'
                f'<p style="text-align:right"><strong>Đại úy Hồ Văn Tình, Trung úy Phạm Ngọc Sơn (Đồn Biên phòng Cửa khẩu Lao Bảo)</strong></p></div>'
                + sharebar("tq-share") + '</div>'
                + related_same(site, "/web/bdbp/bien-gioi-bien-dao/-/tq-article/", list(zip(rl[:6], rd)), lambda d: f"Ngày đăng: {dmy(d)} {hm(d)}", "Tin cùng chuyên mục", "tq-samecat", 7700))

    return hp("s49-08", family="border_guard_command_liferay2025q2_thienquang_article_portlet_update_equal",
              name="quangtri-bienphong-liferay-dxp-2025q2-thien-quang-article-portlet-crumb-bien-gioi-bien-dao-h1-ngay-dang-and-cap-nhat-equal-dd-mm-yyyy-hh-mm-bold-sapo-caption-table-two-ranked-writers-comma-one-unit-paren",
              url=url, art=A8, main_fn=main, pub=pub, prefix="tq25", kb=172,
              org="Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", addr="Phường Đồng Hới, tỉnh Quảng Trị", phone="0232.3822.069",
              crumbs=crumbs_of(site, ["Tin tức", "Biên giới - Biển đảo"]), top=banner("/o/tq25-theme/images/banner.png", "Bộ đội Biên phòng tỉnh Quảng Trị"),
              side=side_heavy(fmt, "Tin đọc nhiều", "tq-most", second="Tin mới", n=6),
              shell_kw={"layout": "lr25q2tq", "head_extra": heavy_head(R(108), url, A8.title, A8.lead, pub, "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị", upd=pub, section="Biên giới - Biển đảo"),
                        "items": MENU_BP, "left": f"{wd(today)}, ngày {dmy(today)}"},
              exp=expected_(A8, iso(pub), iso(pub), author="Hồ Văn Tình, Phạm Ngọc Sơn", unit="Đồn Biên phòng Cửa khẩu Lao Bảo", category="Biên giới - Biển đảo"),
              traps={"ranks": ["Đại úy Hồ Văn Tình", "Trung úy Phạm Ngọc Sơn"], "meta": ["Lượt xem: 1.127"], "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="Liferay DXP 2025.Q2 under a border guard command's theme with Thiên Quang's article portlet (tq_article_view): the crumb inside the first column, h1, the meta row 'Ngày đăng: 30/10/2028 08:05 | Cập nhật: 30/10/2028 08:05 | Lượt xem: 1.127', a bold sapo, a caption table, the signature, 'Tin cùng chuyên mục' with stamps in the item's shape ('Ngày đăng: …'). A charity hand-over. → published 2028-10-30T08:05 and updated 2028-10-30T08:05: a printed update stamp is recorded even when it equals the publication (set 14). Bold right 'Đại úy Hồ Văn Tình, Trung úy Phạm Ngọc Sơn (Đồn Biên phòng Cửa khẩu Lao Bảo)' → ranks dropped (set 38), author 'Hồ Văn Tình, Phạm Ngọc Sơn', the one unit for both (sets 28 and 46: 'A, B (unit)'). Category 'Biên giới - Biển đảo' (the crumb's last level). The pupil quoted is a subject.",
              readme="Liferay DXP 2025.Q2 + Thiên Quang's article portlet, a border post's charity: 'Ngày đăng:' and 'Cập nhật:' EQUAL (updated = published), a caption table, 'Đại úy A, Trung úy B (unit)' (ranks dropped, one unit)")


# ===================================================================== 9 Tỉnh ủy Quảng Ninh: SharePoint Server 2019 + QNSC's news web part; 12-hour clocks with SA / CH for the publication and the update
A9 = Art("Đảng ủy phường Hạ Long kết nạp 9 đảng viên là người lao động trong doanh nghiệp ngoài nhà nước",
         "Chiều 1/11, Đảng ủy phường Hạ Long tổ chức lễ kết nạp đảng cho 9 quần chúng ưu tú là người lao động đang làm việc tại các doanh nghiệp ngoài nhà nước trên địa bàn.",
         [("p", "Các đảng viên mới đều là những người lao động có tay nghề, tích cực tham gia phong trào thi đua của doanh nghiệp; trong đó có 4 kỹ sư, 3 công nhân kỹ thuật và 2 nhân viên văn phòng, tuổi bình quân 29."),
          ("p", "Để tạo nguồn phát triển đảng viên, Đảng ủy phường đã phân công đảng viên là cán bộ công đoàn, đoàn thanh niên theo dõi, giúp đỡ quần chúng ưu tú; phối hợp với chủ doanh nghiệp tạo điều kiện để người lao động học lớp bồi dưỡng nhận thức về Đảng."),
          ("img", "/SiteAssets/tin-tuc/2028/11/le-ket-nap-dang-vien-ha-long.jpg", "Các đảng viên mới tuyên thệ tại buổi lễ"),
          ("p", "Từ đầu năm đến nay, Đảng ủy phường đã kết nạp 27 đảng viên, trong đó 15 đồng chí làm việc trong khu vực ngoài nhà nước; thành lập mới 2 chi bộ tại doanh nghiệp du lịch."),
          ("p", "Phát biểu tại buổi lễ, đồng chí Bí thư Đảng ủy phường đề nghị các đảng viên mới không ngừng học tập, rèn luyện, gương mẫu trong công việc, góp phần xây dựng doanh nghiệp phát triển bền vững.")])


def page09():
    pub = T("2028-11-02 15:25")
    upd = T("2028-11-03 08:10")
    site = "https://www.quangninh.dcs.vn"
    url = f"{site}/tin-tuc/Pages/chi-tiet.aspx?ItemID=28411&CatID=12"
    today = pub + timedelta(days=1, hours=4)
    st = lambda d: f"{dmy(d)} {twelve(d)}"

    def main(rng, rl, rd):
        body = A9.render(p=jp, img=tcap, sep="\n")
        return (bigvs(rng, 40000) + f'<div class="qnsc-news-detail"><h1 class="qnsc-title"><span id="ctl00_m_g_8c2e_lblTitle">{esc(A9.title)}</span></h1>'
                f'<div class="qnsc-meta"><span id="ctl00_m_g_8c2e_lblNgayDang">Ngày đăng: {st(pub)}</span> &nbsp; <span id="ctl00_m_g_8c2e_lblCapNhat">Cập nhật: {st(upd)}</span></div>'
                f'<div class="qnsc-sapo"><span id="ctl00_m_g_8c2e_lblSapo"><strong>{esc(A9.lead)}</strong></span></div>'
                f'<div class="qnsc-content" id="ctl00_m_g_8c2e__ControlWrapper_RichHtmlField">{body}'
                f'<p style="text-align:right"><strong>Phạm Thu Trang (Trung tâm Truyền thông tỉnh)</strong></p></div>'
                + sharebar("qnsc-share") + '</div>'
                + related_same(site, "/tin-tuc/Pages/chi-tiet.aspx?ItemID=", list(zip(rl[:6], rd)), lambda d: f"Ngày đăng: {st(d)}", "Tin liên quan", "qnsc-related", 28300))

    return hp("s49-09", family="provincial_party_sharepoint2019_qnsc_news_web_part_twelve_hour_sa_ch",
              name="quangninh-tinhuy-sharepoint2019-qnsc-news-web-part-viewstate-crumb-xay-dung-dang-h1-span-lbltitle-ngay-dang-dd-mm-yyyy-h-mm-ch-cap-nhat-h-mm-sa-bold-sapo-span-caption-table-bold-right-name-paren-unit",
              url=url, art=A9, main_fn=main, pub=pub, prefix="qn19", kb=170,
              org="Đảng bộ tỉnh Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.611",
              crumbs=crumbs_of(site, ["Tin tức", "Xây dựng Đảng"]), top=banner("/SiteAssets/images/banner-quangninh.png", "Cổng thông tin điện tử Đảng bộ tỉnh Quảng Ninh"),
              side=side_heavy(lambda d: f"{dmy(d)} {twelve(d)}", "Tin đọc nhiều", "qn19-most", second="Tin mới", n=6),
              shell_kw={"layout": "sp2019qnsc", "form": True, "head_extra": heavy_head(R(109), url, A9.title, A9.lead, pub, "Đảng bộ tỉnh Quảng Ninh", upd=upd, section="Xây dựng Đảng"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A9, iso(pub), iso(upd), author="Phạm Thu Trang", unit="Trung tâm Truyền thông tỉnh", category="Xây dựng Đảng"),
              traps={"after_text": ["Tin liên quan"], "related": lambda rl: rl[:6]},
              notes="SharePoint Server 2019 under a vendor master with QNSC's news web part (a form with a ViewState, h1 > span#…lblTitle, span#…lblNgayDang / lblCapNhat, a bold lblSapo, the RichHtmlField, a 'Tin liên quan' list whose stamps are printed in the item's shape). A Party admission ceremony. The web part prints the vi-VN 12-hour clock with the meridiem after it: 'Ngày đăng: 02/11/2028 3:25 CH' → published 2028-11-02T15:25 (CH = p.m.); 'Cập nhật: 03/11/2028 8:10 SA' → updated 2028-11-03T08:10 (SA = a.m.; set 27). Bold sapo (lead); a caption table. Bold right 'Phạm Thu Trang (Trung tâm Truyền thông tỉnh)' → author + unit. Category 'Xây dựng Đảng' (the crumb's last level).",
              readme="SharePoint Server 2019 + QNSC's news web part, a Party admission: 'Ngày đăng: dd/mm/yyyy h:mm CH' + 'Cập nhật: dd/mm/yyyy h:mm SA' (12-hour clocks), a bold sapo span, a caption table, 'Name (unit)', 'Tin liên quan' stamps in the same shape")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
