"""Set 47 pages 1-9: ANOTHER HONEST RANDOM SAMPLE, of the HEAVY everyday page (180-300 KB: ViewState blobs, mega-menus,
inline JSON-LD and analytics, long sidebars of other items with their own stamps and writers, comment threads); the
families drawn in proportion to their share of provincial sites in shared/research/vn-sites.md, each in a version, skin,
module or layout sets 26-46 did not use (NukeViet 4.3 under a commune Party committee theme with a mega-menu, NukeViet
4.4 under a ward Fatherland Front theme with the comment module, NukeViet 4.5 under a Ban Tổ chức Tỉnh ủy theme, the
'.dcs.vn' 'Học tập và làm theo Bác', 'Bình luận - Phê phán' and 'Tin địa phương' map templates, Liferay 7.1 CE + BKAV's
and DXP 2025.Q3 + CMC's news portlets, SharePoint Server 2019 + VNPT's eGov news web part), ordinary items of June -
September 2028.
Three pages of this module carry a twist each (page 2: 'Ảnh: NVCC' — pictures supplied by the subject — after the
writer's credit; page 4: a closing quotation of Chủ tịch Hồ Chí Minh with its bold right-aligned attribution in the
signature's place; page 6: a ward NAMED AFTER A PERSON after ' - ' in the signature, 'Hoài Thu - Quang Trung')."""
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


def hp(seed, *, kb, **kw):
    """pg() with the set's weight floor (heavy pages: 180-300 KB)."""
    return pg(seed, kb=kb, min_kb=180, **kw)


# ===================================================================== 1 Đảng ủy xã Bà Nà (Đà Nẵng): NukeViet 4.3 under a commune Party committee theme (mega-menu, tabbed sidebar); an admission ceremony
A1 = Art("Chi bộ thôn An Sơn kết nạp hai đảng viên trẻ",
         "Chiều 11/6, Chi bộ thôn An Sơn thuộc Đảng bộ xã Bà Nà tổ chức lễ kết nạp đảng viên cho hai quần chúng ưu tú là đoàn viên thanh niên đang trực tiếp sản xuất nông nghiệp tại địa phương.",
         [("p", "Dự buổi lễ có đồng chí Lê Văn Tịnh, Phó Bí thư Thường trực Đảng ủy xã, cùng đại diện Ban Tổ chức Đảng ủy, Đoàn Thanh niên xã và đông đủ đảng viên trong chi bộ."),
          ("p", "Hai quần chúng được kết nạp là Trần Văn Phước (sinh năm 2001) và Nguyễn Thị Thu Sương (sinh năm 2003). Anh Phước là tổ trưởng tổ hợp tác trồng rau an toàn của thôn; chị Sương là Bí thư Chi đoàn thôn, người khởi xướng mô hình “Thứ Bảy tình nguyện” dọn vệ sinh tuyến đường lên khu du lịch."),
          ("img", "/uploads/news/2028_06/ket-nap-dang-vien-an-son.jpg", "Đồng chí Lê Văn Tịnh trao quyết định kết nạp đảng viên cho hai quần chúng ưu tú"),
          ("p", "Thay mặt Đảng ủy xã, đồng chí Lê Văn Tịnh ghi nhận nỗ lực của Chi bộ thôn An Sơn trong công tác tạo nguồn phát triển đảng viên; đề nghị hai đảng viên mới tiếp tục rèn luyện, gương mẫu trong lao động sản xuất và tham gia tích cực các phong trào ở thôn."),
          ("p", "Từ đầu năm đến nay, Đảng bộ xã Bà Nà đã kết nạp 14 đảng viên, đạt 70% chỉ tiêu năm; trong đó 9 đảng viên là đoàn viên thanh niên và 3 đảng viên là người đồng bào Cơ Tu."),
          ("img", "/uploads/news/2028_06/dang-vien-moi-tuyen-the.jpg", "Hai đảng viên mới tuyên thệ dưới cờ Đảng")])


def page01():
    pub = T("2028-06-12 16:40")
    site = "https://danguybana.danang.dcs.vn"
    url = f"{site}/news/xay-dung-dang/chi-bo-thon-an-son-ket-nap-hai-dang-vien-tre-2217.html"
    today = pub + timedelta(days=2, hours=3)

    def main(rng, rl, rd):
        body = bold(A1.render(p=jp, img=fig, sep="\n"), "Lê Văn Tịnh")
        return (f'<div class="news_column panel panel-default"><div class="panel-body"><h1 class="title">{esc(A1.title)}</h1>'
                f'<div class="meta"><span class="date"><em class="fa fa-clock-o"></em> {dmy(pub)} {hm(pub)}</span> <span class="viewed"><em class="fa fa-eye"></em> Lượt xem: 512</span></div>'
                + tools("dx43-tools") +
                f'<div class="hometext"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<p style="text-align:right"><strong>Phan Thị Kim Oanh</strong></p>'
                + tags(site, ["kết nạp đảng viên", "chi bộ thôn", "Bà Nà"]) + sharebar("dx43-share") +
                f'</div></div>' + lst(site, "/news/xay-dung-dang/", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)} {hm(d)})", cls="news_column related", head="Các tin khác", start=2150))

    return hp("s47-01", family="commune_party_nukeviet43_mega_menu_theme_tabbed_sidebar_bare_bold_signature",
              name="danang-danguyxabana-nukeviet43-commune-party-theme-mega-menu-tabbed-right-sidebar-crumb-xay-dung-dang-h1-dd-mm-yyyy-hh-mm-luot-xem-tools-bold-hometext-figures-bare-bold-right-name-tags-cac-tin-khac-with-stamps",
              url=url, art=A1, main_fn=main, pub=pub, prefix="dx43", kb=214,
              org="Đảng ủy xã Bà Nà", addr="Xã Bà Nà, thành phố Đà Nẵng", phone="0236.3791.218",
              crumbs=crumbs_of(site, ["Tin tức - Sự kiện", "Xây dựng Đảng"]), top=banner("/themes/duxa43/images/banner.jpg", "Trang thông tin điện tử Đảng bộ xã Bà Nà"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Mới nhất", "dx43-tab", second="Đọc nhiều"),
              shell_kw={"layout": "nv43_duxa", "head_extra": heavy_head(__import__("random").Random(1), url, A1.title, A1.lead, pub, "Đảng ủy xã Bà Nà", gen="NukeViet v4.3", section="Xây dựng Đảng"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)} | Đường dây nóng: 0236.3791.218"},
              exp=expected_(A1, iso(pub), author="Phan Thị Kim Oanh", category="Xây dựng Đảng"),
              traps={"stamp_row": ["Lượt xem: 512"], "tools": ["Cỡ chữ:", "In bài"], "after_text": ["Từ khóa:", "Chia sẻ:", "Các tin khác"], "tabs": ["Mới nhất", "Đọc nhiều"], "related": lambda rl: rl[:6]},
              notes="NukeViet 4.3 under a commune Party committee's vendor theme: a MEGA-MENU (seven panels of links), a right column with TABS ('Mới nhất' / 'Đọc nhiều', both lists of other items each with its own 'dd/mm/yyyy HH:MM' stamp and writer), featured teasers and documents; JSON-LD and two analytics tags in the head. An admission ceremony. Meta row 'dd/mm/yyyy HH:MM' with a view count → published 2028-06-12T16:40 (the JSON-LD agrees). Bold hometext (lead), two figures with figcaptions. The bare bold right name 'Phan Thị Kim Oanh' after the text → author, no unit. The Party official in bold is a subject. Category 'Xây dựng Đảng' (the crumb's last level; the JSON-LD articleSection agrees). Not body: tools, tags, share, 'Các tin khác' (other items with stamps in the item's shape), the tabs.",
              readme="NukeViet 4.3 under a commune Party committee theme with a MEGA-MENU and a TABBED sidebar, an admission ceremony: 'dd/mm/yyyy HH:MM' + 'Lượt xem', bold hometext, figures, a bare bold right name; 'Các tin khác' and both tabs print other items' stamps in the same shape")


# ===================================================================== 2 Ủy ban MTTQ phường Vũng Tàu (TP.HCM): NukeViet 4.4 under a ward Front theme with the comment module; TWIST 'Ảnh: NVCC'
A2 = Art("Thoát nghèo từ nghề làm nước mắm truyền thống",
         "Từ một hộ nghèo được Mặt trận phường hỗ trợ vốn và con giống năm 2025, gia đình ông Huỳnh Văn Được ở khu phố 7 nay có cơ sở làm nước mắm truyền thống mỗi năm bán ra hơn 12.000 lít, tạo việc làm cho 5 lao động địa phương.",
         [("p", "Năm 2024, gia đình ông Được còn thuộc diện hộ nghèo: vợ ông bệnh nặng, hai con đang đi học, thu nhập chỉ trông vào mấy buổi đi làm thuê ở cảng cá. Cuối năm đó, Ban Công tác Mặt trận khu phố 7 đề xuất hỗ trợ gia đình ông từ Quỹ “Vì người nghèo” của phường."),
          ("p", "Với 30 triệu đồng hỗ trợ và 50 triệu đồng vay ưu đãi từ Ngân hàng Chính sách xã hội, ông Được mua lại 12 thùng gỗ ủ chượp của một cơ sở cũ, quay lại với nghề làm nước mắm mà cha ông để lại."),
          ("img", "/uploads/news/2028_07/ong-huynh-van-duoc-kiem-tra-thung-chuop.jpg", "Ông Huỳnh Văn Được kiểm tra thùng chượp tại cơ sở của gia đình"),
          ("p", "“Làm nước mắm không khó, cái khó là giữ đúng cách làm cũ, không pha hóa chất. Mặt trận phường giới thiệu tôi đi học lớp an toàn thực phẩm, rồi giúp đăng ký sản phẩm lên sàn thương mại điện tử, nhờ vậy khách ở xa mới biết đến”, ông Được chia sẻ."),
          ("p", "Đầu năm 2028, gia đình ông chính thức thoát nghèo và tự nguyện làm đơn ra khỏi danh sách hộ cận nghèo. Cơ sở hiện có 40 thùng chượp, doanh thu trung bình hơn 25 triệu đồng mỗi tháng."),
          ("img", "/uploads/news/2028_07/san-pham-nuoc-mam-khu-pho-7.jpg", "Sản phẩm nước mắm của gia đình ông Được được đóng chai, dán tem truy xuất nguồn gốc"),
          ("p", "Theo Ủy ban MTTQ Việt Nam phường Vũng Tàu, từ năm 2025 đến nay, phường đã hỗ trợ sinh kế cho 37 hộ nghèo, hộ cận nghèo; 29 hộ đã thoát nghèo bền vững.")])


def page02():
    pub = T("2028-07-18 09:55")
    site = "https://mattran.phuongvungtau.hochiminhcity.gov.vn"
    url = f"{site}/news/guong-dien-hinh/thoat-ngheo-tu-nghe-lam-nuoc-mam-truyen-thong-964.html"
    today = pub + timedelta(days=1, hours=6)
    cm = [("Lê Thị Hồng", "18/07/2028 14:22", "Nước mắm nhà chú Được ngon lắm, nhà tôi mua mấy năm nay rồi."),
          ("Phạm Quốc Huy", "18/07/2028 20:05", "Mong phường tiếp tục nhân rộng những mô hình sinh kế như thế này.",
           ("Ban biên tập", "19/07/2028 08:10", "Cảm ơn bạn đã quan tâm. Phường sẽ tiếp tục hỗ trợ các hộ có nhu cầu.")),
          ("Nguyễn Văn Thạnh", "19/07/2028 10:47", "Cho hỏi mua nước mắm ở đâu ạ?")]

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=tcap, sep="\n")
        return (f'<div class="news_column"><div class="panel-body"><h1 class="mp44-title">{esc(A2.title)}</h1>'
                f'<div class="mp44-meta"><span class="h5">{wd(pub)} - {dmy(pub)} {hm(pub)}</span> <span class="mp44-hits">Đã xem: 1.083</span></div>'
                f'<div class="hometext m-bottom"><p><strong>{esc(A2.lead)}</strong></p></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<p style="text-align:right"><strong>Bài: Thanh Trúc - Ảnh: NVCC</strong></p>'
                + sharebar("mp44-share") +
                f'<div id="idcomment" class="nv-fullbg">{thread(cm, "Ý kiến bạn đọc", "nv-comment")}</div></div></div>'
                + lst(site, "/news/guong-dien-hinh/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)}", cls="news_column related", head="Tin cùng chuyên mục", start=900))

    return hp("s47-02", family="ward_fatherland_front_nukeviet44_comment_module_photo_credit_nvcc",
              name="hochiminhcity-vungtau-mttqphuong-nukeviet44-ward-front-theme-crumb-guong-dien-hinh-h1-weekday-dash-dd-mm-yyyy-hh-mm-da-xem-bold-hometext-table-captions-bold-right-bai-name-dash-anh-nvcc-comment-thread-with-reply",
              url=url, art=A2, main_fn=main, pub=pub, prefix="mp44", kb=236,
              org="Ủy ban MTTQ Việt Nam phường Vũng Tàu", addr="Phường Vũng Tàu, Thành phố Hồ Chí Minh", phone="0254.3852.377",
              crumbs=crumbs_of(site, ["Tin tức", "Gương điển hình"]), top=banner("/themes/mttqp44/images/banner.png", "Mặt trận Tổ quốc Việt Nam phường Vũng Tàu"),
              side=side_heavy(lambda d: f"{dmy(d)}", "Tin xem nhiều", "mp44-most"),
              shell_kw={"layout": "nv44_mttqp", "head_extra": heavy_head(__import__("random").Random(2), url, A2.title, A2.lead, pub, "Ủy ban MTTQ Việt Nam phường Vũng Tàu", gen="NukeViet v4.4", section="Gương điển hình"),
                        "items": MEGA_MASS, "left": f"{wd(today)}, ngày {dmy(today)}"},
              exp=expected_(A2, iso(pub), author="Thanh Trúc", category="Gương điển hình"),
              traps={"credit": ["Ảnh: NVCC"], "stamp_row": ["Đã xem: 1.083"], "comments": ["Lê Thị Hồng", "Phạm Quốc Huy", "Nguyễn Văn Thạnh", "Ban biên tập", "18/07/2028 14:22", "Cho hỏi mua nước mắm ở đâu ạ?", "Gửi bình luận"],
                     "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="NukeViet 4.4 under a ward Fatherland Front committee's vendor theme, with NukeViet's COMMENT MODULE under the item (three readers' comments, one with an editors' reply, each with its stamp, and the form); a mega-menu, JSON-LD and analytics. A feature on a household that escaped poverty. Stamp 'Thứ Ba - 18/07/2028 09:55' → published 2028-07-18T09:55. Bold hometext (lead); two pictures in tables with caption rows. TWIST: the bold right credit 'Bài: Thanh Trúc - Ảnh: NVCC' → author 'Thanh Trúc', photographer NULL: 'NVCC' is the press abbreviation of 'nhân vật cung cấp' (the pictures were supplied by the person the feature is about) — a provenance note, not a person; a reader applying set 31's 'Ảnh: Name' mechanically stores 'NVCC' as the photographer, and nothing in the record looks wrong. The household head quoted is a subject. Category 'Gương điển hình'. Not body: the comments, their stamps and names, the editors' reply, share, 'Tin cùng chuyên mục'.",
              readme="TWIST NukeViet 4.4 under a ward Fatherland Front theme with the comment module, a household out of poverty: 'Thứ Ba - dd/mm/yyyy HH:MM', bold hometext, table captions, 'Bài: Name - Ảnh: NVCC' (author; NVCC = supplied by the subject, NO photographer), a comment thread with an editors' reply")


# ===================================================================== 3 Ban Tổ chức Tỉnh ủy Gia Lai: NukeViet 4.5 under a Ban Tổ chức theme; a training course, 'Tin liên quan' inside the item
A3 = Art("Bồi dưỡng nghiệp vụ công tác tổ chức xây dựng Đảng cho cấp ủy viên cấp xã",
         "Ngày 13/7, Ban Tổ chức Tỉnh ủy khai giảng lớp bồi dưỡng nghiệp vụ công tác tổ chức xây dựng Đảng năm 2028 cho 142 học viên là ủy viên ban thường vụ, trưởng ban xây dựng Đảng của các đảng ủy xã, phường, đặc khu.",
         [("p", "Trong 5 ngày, học viên được trao đổi 6 chuyên đề: quy trình kết nạp đảng viên và chuyển đảng chính thức; quản lý hồ sơ đảng viên trên phần mềm; đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên; công tác cán bộ ở cơ sở; bảo vệ chính trị nội bộ; nghiệp vụ tham mưu của văn phòng cấp ủy."),
          ("p", "Phát biểu khai giảng, đồng chí Siu H'Mai, Phó Trưởng Ban Tổ chức Tỉnh ủy, cho biết sau khi sắp xếp, nhiều cán bộ làm công tác tổ chức ở cơ sở mới được phân công, chưa qua bồi dưỡng chuyên sâu; lớp học tập trung vào tình huống thực tế, hạn chế lý thuyết."),
          ("img", "/uploads/news/2028_07/khai-giang-lop-boi-duong-nghiep-vu-to-chuc.jpg", "Quang cảnh lễ khai giảng lớp bồi dưỡng"),
          ("p", "Ban Tổ chức Tỉnh ủy đã biên soạn bộ tài liệu hỏi - đáp gồm 120 tình huống thường gặp, đồng thời lập nhóm hỗ trợ trực tuyến để học viên tiếp tục trao đổi sau khóa học."),
          ("p", "Kết thúc khóa học, học viên làm bài kiểm tra trắc nghiệm trên máy tính và viết bài thu hoạch về một vấn đề của đảng bộ nơi công tác.")])


def page03():
    pub = T("2028-07-13 15:20")
    site = "https://bantochuc.gialai.dcs.vn"
    url = f"{site}/news/tin-hoat-dong/boi-duong-nghiep-vu-cong-tac-to-chuc-xay-dung-dang-cho-cap-uy-vien-cap-xa-3308.html"

    def main(rng, rl, rd):
        body = bold(A3.render(p=jp, img=tcap, sep="\n"), "Siu H'Mai")
        inrel = "".join(f'<li><a href="{site}/news/tin-hoat-dong/{slug(t)[:50]}-{3200 + i}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for i, (t, d) in enumerate(zip(rl[:3], rd)))
        return (f'<div class="news_column btc-detail"><h1 class="btc-title">{esc(A3.title)}</h1>'
                f'<ul class="list-inline btc-meta"><li><i class="fa fa-calendar"></i> {dmy(pub)} {hm(pub)}</li><li><i class="fa fa-eye"></i> 694</li><li><a href="{site}/news/savefile/tin-hoat-dong/3308.html">Tải về</a></li><li><a href="#" class="print">In</a></li></ul>'
                f'<div class="hometext"><p><strong>{esc(A3.lead)}</strong></p></div>'
                f'<div class="btc-inrelated"><strong>Tin liên quan:</strong><ul>{inrel}</ul></div>'
                f'<div id="news-bodyhtml" class="bodytext">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Ksor Thị Hạnh</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Phòng Tổ chức đảng - đảng viên</p></div>'
                + sharebar("btc-share") + f'</div>'
                + lst(site, "/news/tin-hoat-dong/", list(zip(rl[3:6], rd[3:])), lambda d: f"{hm(d)} {dmy(d)}", cls="btc-older", head="Những tin cũ hơn", start=3250))

    return hp("s47-03", family="organisation_board_nukeviet45_vendor_theme_tin_lien_quan_inside_item_tac_gia_nguon_tin",
              name="gialai-bantochuctinhuy-nukeviet45-vendor-theme-full-width-mega-menu-crumb-tin-hoat-dong-h1-dd-mm-yyyy-hh-mm-eye-count-tai-ve-bold-hometext-tin-lien-quan-box-before-text-table-caption-tac-gia-nguon-tin-fields",
              url=url, art=A3, main_fn=main, pub=pub, prefix="btc", kb=198,
              org="Ban Tổ chức Tỉnh ủy Gia Lai", addr="Phường Quy Nhơn, tỉnh Gia Lai", phone="0256.3822.145",
              crumbs=crumbs_of(site, ["Tin tức", "Tin hoạt động"]), top=banner("/themes/btc45/images/banner.png", "Ban Tổ chức Tỉnh ủy Gia Lai"),
              side=side_heavy(lambda d: f"{hm(d)} {dmy(d)}", "Tin đọc nhiều", "btc-most"),
              shell_kw={"layout": "nv45_btc", "head_extra": heavy_head(__import__("random").Random(3), url, A3.title, A3.lead, pub, "Ban Tổ chức Tỉnh ủy Gia Lai", gen="NukeViet v4.5", section="Tin hoạt động"),
                        "items": MEGA, "left": "Hotline: 0256.3822.145 | Thư điện tử công vụ"},
              exp=expected_(A3, iso(pub), author="Ksor Thị Hạnh", category="Tin hoạt động"),
              traps={"meta": ["694", "Tải về"], "in_related": ["Tin liên quan:"], "source": ["Nguồn tin: Phòng Tổ chức đảng - đảng viên"], "after_text": ["Những tin cũ hơn"], "related": lambda rl: rl[:6]},
              notes="NukeViet 4.5 under a Ban Tổ chức Tỉnh ủy vendor theme (a full-width mega-menu, the right column of other items with stamps and writers, featured teasers and documents; JSON-LD, analytics). A training course. Meta row 'dd/mm/yyyy HH:MM' with an eye count, 'Tải về', 'In' → published 2028-07-13T15:20. Bold hometext (lead). Between the hometext and the text a 'Tin liên quan:' box of three other items with their days (a box, set 24: not body, the body begins after it). One picture in a table with a caption row. After the text NukeViet's 'Tác giả: Ksor Thị Hạnh' (author) and 'Nguồn tin: Phòng Tổ chức đảng - đảng viên' (a source, set 13: no unit). The deputy head in bold is a subject. Category 'Tin hoạt động'.",
              readme="NukeViet 4.5 under a Ban Tổ chức Tỉnh ủy theme, a training course: 'dd/mm/yyyy HH:MM' + eye count, bold hometext, a 'Tin liên quan:' box BETWEEN the hometext and the text (not body), a table caption, 'Tác giả:' (author) and 'Nguồn tin:' (no unit)")


# ===================================================================== 4 Tỉnh ủy Vĩnh Long: the '.dcs.vn' 'Học tập và làm theo Bác' template; TWIST a closing quotation with its bold right attribution
A4 = Art("Thầy giáo về hưu mở lớp học miễn phí cho con em công nhân",
         "Hơn bốn năm nay, căn nhà nhỏ của thầy Lâm Văn Nhơn, đảng viên Chi bộ ấp Tân Quy, xã Long Hồ, trở thành lớp học miễn phí mỗi tối cho gần 30 học sinh là con em công nhân các khu công nghiệp.",
         [("p", "Nghỉ hưu năm 2023 sau 34 năm đứng lớp, thầy Nhơn nhận thấy nhiều học sinh trong ấp có cha mẹ làm ca ở khu công nghiệp, buổi tối không có người kèm cặp. Thầy bàn với chi bộ, mượn thêm bàn ghế của nhà văn hóa ấp, mở lớp từ 18 giờ 30 đến 20 giờ 30 các tối trong tuần."),
          ("p", "Lớp học không thu tiền, sách vở do thầy và các nhà hảo tâm trong ấp đóng góp. Ngoài giờ dạy Toán, Tiếng Việt, thầy dành mỗi tối 15 phút kể chuyện về Bác Hồ và các tấm gương hiếu học cho học trò."),
          ("img", "/Uploads/images/2028/09/lop-hoc-thay-lam-van-nhon.jpg", "Lớp học buổi tối tại nhà thầy Lâm Văn Nhơn"),
          ("p", "Em Võ Ngọc Hân, học sinh lớp 7, cho biết: “Ba mẹ em làm ca đêm, nhờ học ở lớp thầy Nhơn mà em không còn sợ môn Toán, năm rồi em được học sinh giỏi”."),
          ("p", "Đồng chí Trần Văn Út, Bí thư Chi bộ ấp Tân Quy, cho biết lớp học của thầy Nhơn đã được Đảng ủy xã chọn là mô hình tiêu biểu trong thực hiện Chỉ thị số 05-CT/TW năm 2028. Chi bộ vận động thêm hai đảng viên là giáo viên trẻ cùng tham gia đứng lớp."),
          ("p", "Nói về việc làm của mình, thầy Nhơn chỉ nhắc lại lời Bác mà thầy chép trên tấm bảng treo đầu lớp:"),
          ("p", "“Vì lợi ích mười năm thì phải trồng cây, vì lợi ích trăm năm thì phải trồng người”."),
          ("p", "Chủ tịch Hồ Chí Minh")])


def page04():
    pub = T("2028-09-01 18:30")
    site = "https://vinhlong.dcs.vn"
    url = f"{site}/hoc-tap-va-lam-theo-bac/guong-dien-hinh/thay-giao-ve-huu-mo-lop-hoc-mien-phi-cho-con-em-cong-nhan-c4a2719.html"
    today = pub + timedelta(days=2, hours=2)

    def main(rng, rl, rd):
        pars = A4.pars
        body = []
        for b in A4.blocks:
            if b[0] == "img":
                body.append(pem(b[1], b[2], 0))
            elif b[1] == pars[-2]:
                body.append(f'<p style="text-align:center"><em><strong>{esc(b[1])}</strong></em></p>')
            elif b[1] == pars[-1]:
                body.append(f'<p style="text-align:right"><strong>{esc(b[1])}</strong></p>')
            else:
                body.append(jp(b[1]))
        body = bold("\n".join(body), "Lâm Văn Nhơn")
        return (f'<div class="dcs-hcm-strip"><img src="/Content/hcm/bac-ho-strip.jpg" alt="" /><span class="dcs-hcm-label">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</span></div>'
                f'<div class="dcs-article"><div class="dcs-kicker">Gương điển hình</div><h1 class="dcs-title">{esc(A4.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-author">Tác giả: Huỳnh Ngọc Lan</span> <span class="dcs-sep">|</span> <span class="dcs-date">Ngày đăng: {dmy(pub)} {hm(pub)}</span> <span class="dcs-views">Lượt xem: 2.406</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A4.lead)}</strong></div><div class="dcs-content">{body}</div>'
                + sharebar("dcs-share") + f'</div>'
                + lst(site, "/hoc-tap-va-lam-theo-bac/guong-dien-hinh/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="dcs-samecat", head="Cùng chuyên mục", start=2600))

    side_quote = ('<div class="dcs-hcm-quote"><h3>Lời Bác dạy ngày này</h3><blockquote>“Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công.”</blockquote>'
                  '<p class="src">Hồ Chí Minh Toàn tập, tập 12</p></div>')
    return hp("s47-04", family="provincial_party_dcs_hoc_tap_lam_theo_bac_template_closing_quotation_attribution_in_signature_place",
              name="vinhlong-tinhuy-dcs-hoc-tap-va-lam-theo-bac-template-portrait-strip-kicker-guong-dien-hinh-h1-tac-gia-field-ngay-dang-dd-mm-yyyy-hh-mm-bold-sapo-pem-caption-closing-quote-centred-bold-right-attribution",
              url=url, art=A4, main_fn=main, pub=pub, prefix="dcs", kb=226,
              org="Đảng bộ tỉnh Vĩnh Long", addr="Phường Long Châu, tỉnh Vĩnh Long", phone="0270.3822.219",
              crumbs=crumbs_of(site, ["Học tập và làm theo Bác", "Gương điển hình"]), top=banner("/Content/images/banner-vinhlong.png", "Báo điện tử Đảng bộ tỉnh Vĩnh Long"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "dcs-most", extra=side_quote),
              shell_kw={"layout": "dcs_hoctap", "head_extra": heavy_head(__import__("random").Random(4), url, A4.title, A4.lead, pub, "Đảng bộ tỉnh Vĩnh Long", author="Huỳnh Ngọc Lan", section="Gương điển hình"),
                        "items": MEGA, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A4, iso(pub), author="Huỳnh Ngọc Lan", category="Gương điển hình"),
              traps={"strip": ["Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh"], "meta": ["Lượt xem: 2.406"], "side_quote": ["Lời Bác dạy ngày này", "Hồ Chí Minh Toàn tập, tập 12"],
                     "after_text": ["Cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Học tập và làm theo Bác' template: a strip of Uncle Ho photographs with a label over the item, the kicker 'Gương điển hình', a right column with other items (stamps, writers), teasers, documents and a 'Lời Bác dạy ngày này' quotation box; JSON-LD (author and date agree) and analytics. A good example following Uncle Ho. The info row 'Tác giả: Huỳnh Ngọc Lan | Ngày đăng: 01/09/2028 18:30' → author 'Huỳnh Ngọc Lan', published 2028-09-01T18:30. Bold sapo (lead); one picture with a centred italic caption. TWIST: the text ends with the quotation the teacher keeps over his blackboard — a centred bold italic paragraph — and under it, RIGHT-ALIGNED IN BOLD exactly where this platform prints the writer's signature, its attribution 'Chủ tịch Hồ Chí Minh'. Both are the writer's text (the quotation introduced by the previous sentence and its source) → body; the author stays the one in the info row. A reader taking the last bold right-aligned line as the signature stores 'Chủ tịch Hồ Chí Minh' (or 'Hồ Chí Minh') as the author and may cut the attribution from the body; the record looks complete. Quoted people are subjects. Category 'Gương điển hình' (crumb's last level, the kicker agrees).",
              readme="TWIST the '.dcs.vn' 'Học tập và làm theo Bác' template, a retired teacher's free evening class: 'Tác giả:' + 'Ngày đăng: dd/mm/yyyy HH:MM' in the info row, bold sapo, a centred caption, a CLOSING QUOTATION whose bold right-aligned attribution 'Chủ tịch Hồ Chí Minh' sits in the signature's place (body; NOT the author)")


# ===================================================================== 5 Tỉnh ủy Phú Thọ: the '.dcs.vn' 'Bình luận - Phê phán' commentary template with an author box
A5 = Art("Đừng để “tin giả” về sắp xếp thôn, tổ dân phố dẫn dắt dư luận",
         "Những ngày qua, trên một số trang mạng xã hội xuất hiện thông tin sai lệch về việc sắp xếp thôn, tổ dân phố, cho rằng người dân sẽ phải đổi toàn bộ giấy tờ và mất quyền lợi về đất đai. Đây là luận điệu cố tình gây hoang mang, cần được nhận diện và phản bác.",
         [("p", "Thực tế, việc sắp xếp thôn, tổ dân phố được thực hiện theo hướng dẫn của Bộ Nội vụ, trên cơ sở lấy ý kiến cử tri từng hộ gia đình. Phương án chỉ được trình Hội đồng nhân dân xã, phường khi có trên 50% số cử tri đại diện hộ gia đình tán thành."),
          ("p", "Người dân không phải đổi giấy chứng nhận quyền sử dụng đất hay các giấy tờ cá nhân khác; việc điều chỉnh thông tin địa chỉ được thực hiện dần khi công dân có nhu cầu làm thủ tục, không thu phí. Quyền lợi về đất đai, chính sách an sinh của người dân được giữ nguyên."),
          ("p", "Điều đáng nói là các bài đăng sai lệch thường dùng hình ảnh thật của các cuộc họp dân, cắt ghép với lời bình xuyên tạc, rồi được chia sẻ vào các nhóm cộng đồng đông thành viên. Một số tài khoản còn tự xưng là “cán bộ thôn” để tăng độ tin cậy."),
          ("h", "Chủ động cung cấp thông tin chính thống"),
          ("p", "Để thông tin sai lệch không có đất sống, cấp ủy, chính quyền cơ sở cần công khai đầy đủ phương án sắp xếp, kết quả lấy ý kiến cử tri trên bảng tin, loa truyền thanh và các nhóm Zalo của thôn, tổ dân phố. Mỗi đảng viên, nhất là đảng viên ở khu dân cư, cần là một kênh thông tin tin cậy của bà con."),
          ("p", "Khi phát hiện thông tin sai sự thật, người dân có thể phản ánh qua đường dây nóng của xã, phường hoặc ứng dụng phản ánh hiện trường; các cơ quan chức năng sẽ xác minh và xử lý theo quy định của pháp luật.")])


def page05():
    pub = T("2028-08-07 08:15")
    site = "https://phutho.dcs.vn"
    url = f"{site}/bao-ve-nen-tang-tu-tuong-cua-dang/binh-luan-phe-phan/dung-de-tin-gia-ve-sap-xep-thon-to-dan-pho-dan-dat-du-luan-c5b1874.html"

    def main(rng, rl, rd):
        body = A5.render(p=jp, h=lambda t: f"<h3>{esc(t)}</h3>", sep="\n")
        box = ('<div class="dcs-bl-author"><img src="/Content/authors/tran-minh-duc.jpg" alt="" /><div class="dcs-bl-author-info"><span class="name">Trần Minh Đức</span>'
               '<p class="bio">Giảng viên Khoa Xây dựng Đảng, Trường Chính trị tỉnh. Tác giả nhiều bài viết về công tác bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng.</p>'
               '<a href="/tac-gia/tran-minh-duc" class="more">Các bài viết của tác giả</a></div></div>')
        return (f'<div class="dcs-article dcs-bl-article"><div class="dcs-kicker">Bình luận - Phê phán</div><h1 class="dcs-title">{esc(A5.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">{wd(pub)}, {dmy(pub)} | {hm(pub)}</span> <span class="dcs-views">Lượt xem: 3.117</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A5.lead)}</strong></div><div class="dcs-content">{body}</div>{box}'
                + sharebar("dcs-share") + f'</div>'
                + lst(site, "/bao-ve-nen-tang-tu-tuong-cua-dang/binh-luan-phe-phan/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)}", cls="dcs-samecat", head="Bài viết khác", start=1800))

    return hp("s47-05", family="provincial_party_dcs_commentary_template_author_box_pen_name_bio",
              name="phutho-tinhuy-dcs-binh-luan-phe-phan-template-kicker-h1-weekday-dd-mm-yyyy-pipe-hh-mm-luot-xem-bold-sapo-h3-subheading-author-box-name-bio-after-text-bai-viet-khac",
              url=url, art=A5, main_fn=main, pub=pub, prefix="dcs", kb=208,
              org="Đảng bộ tỉnh Phú Thọ", addr="Phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.106",
              crumbs=crumbs_of(site, ["Bảo vệ nền tảng tư tưởng của Đảng", "Bình luận - Phê phán"]), top=banner("/Content/images/banner-phutho.png", "Trang thông tin điện tử Đảng bộ tỉnh Phú Thọ"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "dcs-most"),
              shell_kw={"layout": "dcs_binhluan", "head_extra": heavy_head(__import__("random").Random(5), url, A5.title, A5.lead, pub, "Đảng bộ tỉnh Phú Thọ", section="Bình luận - Phê phán"),
                        "items": MEGA, "left": "Cổng thông tin điện tử Đảng bộ tỉnh Phú Thọ"},
              exp=expected_(A5, iso(pub), author="Trần Minh Đức", category="Bình luận - Phê phán"),
              traps={"meta": ["Lượt xem: 3.117"], "author_box": ["Giảng viên Khoa Xây dựng Đảng, Trường Chính trị tỉnh", "Các bài viết của tác giả"], "after_text": ["Bài viết khác"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Bình luận - Phê phán' commentary template (section 'Bảo vệ nền tảng tư tưởng của Đảng'): kicker, h1, 'Thứ Hai, 07/08/2028 | 08:15' with a view count → published 2028-08-07T08:15. Bold sapo (lead); an <h3> subheading in the text (body). After the text an AUTHOR BOX with a portrait, the name 'Trần Minh Đức' and a bio ('Giảng viên Khoa Xây dựng Đảng, Trường Chính trị tỉnh …') → author 'Trần Minh Đức' (set 27: an author card naming a person is the writer when the page prints no other credit), author_unit NULL (set 34: a bio is no unit). Category 'Bình luận - Phê phán'. Not body: the author box, share, 'Bài viết khác', the long right column.",
              readme="The '.dcs.vn' 'Bình luận - Phê phán' commentary template, a rebuttal of false posts about merging villages: 'Thứ Hai, dd/mm/yyyy | HH:MM', bold sapo, an h3 subheading, an author box with name and bio (author, the bio no unit)")


# ===================================================================== 6 Tỉnh ủy Thái Nguyên: the '.dcs.vn' 'Tin địa phương' map template; TWIST a ward named after a person after ' - '
A6 = Art("Đảng ủy phường Quang Trung sơ kết 6 tháng thực hiện nhiệm vụ chính trị",
         "Ngày 20/7, Đảng ủy phường Quang Trung tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2028.",
         [("p", "Sáu tháng đầu năm, thu ngân sách trên địa bàn phường đạt 61% dự toán; 100% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trên môi trường điện tử, tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,6%. Phường hoàn thành chỉnh trang 3 tuyến phố văn minh, lắp đặt 46 camera an ninh ở các tổ dân phố."),
          ("p", "Công tác xây dựng Đảng được chú trọng; Đảng ủy phường đã kiểm tra 5 tổ chức đảng và 9 đảng viên, giám sát chuyên đề 4 chi bộ; kết nạp 11 đảng viên mới, đạt 55% chỉ tiêu năm."),
          ("img", "/Uploads/images/2028/07/hoi-nghi-so-ket-phuong-quang-trung.jpg", "Quang cảnh hội nghị sơ kết"),
          ("p", "Hội nghị chỉ ra một số hạn chế: tiến độ giải phóng mặt bằng dự án mở rộng đường Phan Đình Phùng còn chậm; việc thu gom rác thải ở một số tổ dân phố chưa đúng giờ."),
          ("p", "Phát biểu kết luận, đồng chí Dương Thị Hòa, Bí thư Đảng ủy phường, yêu cầu các chi bộ tập trung hoàn thành chỉ tiêu phát triển đảng viên, đẩy nhanh giải phóng mặt bằng, giữ vững an ninh trật tự trong dịp các ngày lễ lớn.")])


def page06():
    pub = T("2028-07-21 10:05")
    site = "https://thainguyen.dcs.vn"
    url = f"{site}/tin-dia-phuong/dang-uy-phuong-quang-trung-so-ket-6-thang-thuc-hien-nhiem-vu-chinh-tri-c9d3310.html"

    def main(rng, rl, rd):
        body = bold(A6.render(p=jp, img=pem, sep="\n"), "Dương Thị Hòa")
        places = ["Phường Phan Đình Phùng", "Phường Quang Trung", "Phường Gia Sàng", "Phường Tích Lương", "Xã Đại Phúc", "Xã Phú Lạc", "Xã Võ Nhai", "Xã Định Hóa"]
        sel = "".join(f'<option{" selected" if p == "Phường Quang Trung" else ""}>{esc(p)}</option>' for p in places)
        mapbox = (f'<div class="dcs-map-box"><img src="/Content/map/thainguyen-92.svg" alt="" /><label>Chọn xã, phường:</label><select class="dcs-map-select">{sel}</select>'
                  f'<span class="dcs-map-count">92 xã, phường</span></div>')
        return (mapbox + f'<div class="dcs-article"><div class="dcs-kicker">Tin địa phương</div><h1 class="dcs-title">{esc(A6.title)}</h1>'
                f'<div class="dcs-info"><span class="dcs-date">{dmy(pub)} {hm(pub)}</span> <span class="dcs-place">Phường Quang Trung</span></div>'
                f'<div class="dcs-sapo"><strong>{esc(A6.lead)}</strong></div><div class="dcs-content">{body}'
                f'<p style="text-align:right"><strong>Hoài Thu - Quang Trung</strong></p></div>'
                + sharebar("dcs-share") + f'</div>'
                + lst(site, "/tin-dia-phuong/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="dcs-samecat", head="Tin khác của địa phương", start=3300))

    contrib = ('<div class="dcs-ctv"><h3>Cộng tác viên tích cực</h3><ol><li>Hoài Thu (phường Quang Trung) - 14 tin, bài</li><li>Ma Văn Sơn (xã Định Hóa) - 11 tin, bài</li>'
               '<li>Lưu Thị Nga (phường Gia Sàng) - 9 tin, bài</li><li>Hứa Minh Quân (xã Võ Nhai) - 7 tin, bài</li></ol></div>')
    return hp("s47-06", family="provincial_party_dcs_local_news_map_template_ward_named_after_person_after_dash",
              name="thainguyen-tinhuy-dcs-tin-dia-phuong-map-template-commune-selector-kicker-h1-dd-mm-yyyy-hh-mm-place-label-bold-sapo-pem-caption-bold-right-name-dash-ward-named-after-a-person-contributors-box",
              url=url, art=A6, main_fn=main, pub=pub, prefix="dcs", kb=219,
              org="Đảng bộ tỉnh Thái Nguyên", addr="Phường Phan Đình Phùng, tỉnh Thái Nguyên", phone="0208.3855.621",
              crumbs=crumbs_of(site, ["Tin tức - Sự kiện", "Tin địa phương"]), top=banner("/Content/images/banner-thainguyen.png", "Trang thông tin điện tử Đảng bộ tỉnh Thái Nguyên"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Đọc nhiều", "dcs-most", extra=contrib),
              shell_kw={"layout": "dcs_bando", "head_extra": heavy_head(__import__("random").Random(6), url, A6.title, A6.lead, pub, "Đảng bộ tỉnh Thái Nguyên", section="Tin địa phương"),
                        "items": MEGA, "left": "Cổng thông tin điện tử Đảng bộ tỉnh Thái Nguyên"},
              exp=expected_(A6, iso(pub), author="Hoài Thu", category="Tin địa phương"),
              traps={"map": ["Chọn xã, phường:", "92 xã, phường"], "signature": ["Hoài Thu - Quang Trung"], "contributors": ["Cộng tác viên tích cực", "Ma Văn Sơn (xã Định Hóa) - 11 tin, bài"],
                     "after_text": ["Tin khác của địa phương"], "related": lambda rl: rl[:6]},
              notes="The '.dcs.vn' platform's 'Tin địa phương' MAP template: a commune / ward selector (a map and a <select> with the item's ward selected) over the item, the kicker, the h1, 'dd/mm/yyyy HH:MM' with the place label 'Phường Quang Trung' → published 2028-07-21T10:05. Bold sapo (lead); one picture with a centred italic caption. TWIST: the bold right signature 'Hoài Thu - Quang Trung' → author 'Hoài Thu', author_unit NULL: 'Quang Trung' is the WARD the contributor writes from (the ward the item is about, the place label under the h1, the selected option, the contributors' box 'Hoài Thu (phường Quang Trung)'), named after a historical person and shaped exactly like a short pen name. Set 28's 'A - B' (two short personal names → two writers) stores 'Hoài Thu, Quang Trung'; set 12's 'Name - unit' stores the ward as a unit (set 39: a place is no unit). Either record looks complete. The ward secretary in bold is a subject. Category 'Tin địa phương' (the crumb's last level, the kicker agrees; the ward is a place, not a category).",
              readme="TWIST the '.dcs.vn' 'Tin địa phương' MAP template, a ward's six-month review: a commune selector over the item, 'dd/mm/yyyy HH:MM' + place label, bold sapo, a centred caption, the signature 'Hoài Thu - Quang Trung' where 'Quang Trung' is the WARD (named after a person; author 'Hoài Thu', NO second writer, NO unit)")


# ===================================================================== 7 Tỉnh đoàn Quảng Trị: Liferay Portal 7.1 CE + BKAV's news portlet; a summer volunteer campaign
A7 = Art("Hơn 2.000 đoàn viên ra quân Chiến dịch Thanh niên tình nguyện hè năm 2028",
         "Sáng 2/7, Tỉnh đoàn tổ chức lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2028 tại xã Cửa Tùng, với sự tham gia của hơn 2.000 đoàn viên, thanh niên, sinh viên tình nguyện.",
         [("p", "Chiến dịch năm nay tập trung vào 4 nội dung: chung tay xây dựng nông thôn mới và đô thị văn minh; hỗ trợ người dân sử dụng dịch vụ công trực tuyến và thanh toán không dùng tiền mặt; bảo vệ môi trường biển; tổ chức sinh hoạt hè cho thiếu nhi."),
          ("img", "/documents/20182/0/ra-quan-tinh-nguyen-he-cua-tung.jpg", "Đoàn viên, thanh niên ra quân làm sạch bờ biển Cửa Tùng"),
          ("p", "Ngay sau lễ ra quân, các đội hình tình nguyện đã thu gom hơn 3 tấn rác thải dọc bờ biển, trồng 500 cây phi lao chắn cát, trao 50 suất quà cho thiếu nhi có hoàn cảnh khó khăn."),
          ("p", "Đồng chí Hồ Thị Thúy Hằng, Bí thư Tỉnh đoàn, đề nghị các cơ sở đoàn xây dựng công trình, phần việc cụ thể, có địa chỉ; bảo đảm an toàn cho tình nguyện viên, nhất là các hoạt động ở vùng biển và vùng núi."),
          ("img", "/documents/20182/0/tinh-nguyen-vien-huong-dan-dich-vu-cong.jpg", "Tình nguyện viên hướng dẫn người dân cài đặt ứng dụng định danh điện tử"),
          ("p", "Dịp này, Tỉnh đoàn trao cờ cho 12 đội hình tình nguyện tiêu biểu của các trường đại học, cao đẳng đóng chân trên địa bàn.")])


def page07():
    pub = T("2028-07-02 11:10")
    site = "https://tinhdoan.quangtri.gov.vn"
    url = f"{site}/web/tinhdoan/tin-tuc/-/bkav-news/detail/hon-2-000-doan-vien-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2028-71802"
    today = pub + timedelta(hours=30)

    def main(rng, rl, rd):
        body = bold(A7.render(p=jp, img=fig, sep="\n"), "Hồ Thị Thúy Hằng")
        return (f'<div class="bkav-news-detail"><h1 class="bkav-news-title">{esc(A7.title)}</h1>'
                f'<div class="bkav-news-meta"><span class="bkav-date">{hm(pub)} - {dmy(pub)}</span> <span class="bkav-cat">Hoạt động Đoàn</span> <span class="bkav-views">Lượt xem: 877</span></div>'
                f'<div class="bkav-news-sapo"><em><strong>{esc(A7.lead)}</strong></em></div><div class="bkav-news-content journal-content-article">{body}</div>'
                f'<p style="text-align:right"><em>Ngọc Bích - Ban Phong trào Tỉnh đoàn</em></p>'
                + tags(site, ["tình nguyện hè", "Cửa Tùng"], "Thẻ:") + sharebar("bkav-share") + '</div>'
                + lst(site, "/web/tinhdoan/tin-tuc/-/bkav-news/detail/", list(zip(rl[:6], rd)), lambda d: f"{hm(d)} - {dmy(d)}", cls="bkav-related", head="Tin liên quan", start=71700))

    return hp("s47-07", family="youth_union_liferay71_bkav_news_portlet_italic_name_dash_unit",
              name="quangtri-tinhdoan-liferay71-ce-ga4-vendor-theme-70-30-bkav-news-detail-portlet-h1-hh-mm-dash-dd-mm-yyyy-category-label-bold-italic-sapo-figures-italic-right-name-dash-unit-tags-tin-lien-quan",
              url=url, art=A7, main_fn=main, pub=pub, prefix="bk71", kb=243,
              org="Tỉnh đoàn Quảng Trị", addr="Phường Đông Hà, tỉnh Quảng Trị", phone="0233.3852.425",
              crumbs=crumbs_of(site, ["Tin tức", "Hoạt động Đoàn"], "breadcrumb breadcrumb-horizontal"), top=banner("/o/bkav71-theme/images/banner.png", "Tỉnh đoàn Quảng Trị"),
              side=side_heavy(lambda d: f"{hm(d)} - {dmy(d)}", "Tin nổi bật", "bk71-hot", second="Tin mới"),
              shell_kw={"layout": "lr71bkav", "head_extra": heavy_head(__import__("random").Random(7), url, A7.title, A7.lead, pub, "Tỉnh đoàn Quảng Trị", gen="Liferay Community Edition Portal 7.1.3 CE GA4", section="Hoạt động Đoàn"),
                        "items": MEGA_MASS, "left": f"{wd(today)}, {dmy(today)}"},
              exp=expected_(A7, iso(pub), author="Ngọc Bích", unit="Ban Phong trào Tỉnh đoàn", category="Hoạt động Đoàn"),
              traps={"meta": ["Lượt xem: 877"], "after_text": ["Thẻ:", "Chia sẻ:", "Tin liên quan"], "side": ["Tin nổi bật"], "related": lambda rl: rl[:6]},
              notes="Liferay Portal 7.1 CE GA4, a vendor theme in a 70-30 layout with BKAV's news detail portlet (bkav_news_detail); the right column prints two lists of other items in the item's own stamp shape with writers, teasers and documents; JSON-LD and analytics. A volunteer campaign. Meta 'HH:MM - dd/mm/yyyy' (time first) with a category label and a view count → published 2028-07-02T11:10. Bold italic sapo (lead); two figures. The italic right 'Ngọc Bích - Ban Phong trào Tỉnh đoàn' → author 'Ngọc Bích', unit 'Ban Phong trào Tỉnh đoàn' (set 12). The Youth Union secretary in bold is a subject. Category 'Hoạt động Đoàn' (the crumb's last level; the meta label agrees).",
              readme="Liferay Portal 7.1 CE GA4 + BKAV's news portlet, a summer volunteer campaign: 'HH:MM - dd/mm/yyyy' + category label, bold italic sapo, figures, italic 'Name - unit'")


# ===================================================================== 8 Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa: Liferay DXP 2025.Q3 + CMC's news portlet, Liferay comments
A8 = Art("Sơ kết 6 tháng phong trào thi đua “Dân vận khéo” năm 2028",
         "Ngày 26/7, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức hội nghị sơ kết 6 tháng thực hiện phong trào thi đua “Dân vận khéo”, biểu dương 24 mô hình tiêu biểu ở các xã, phường, đặc khu.",
         [("p", "Sáu tháng đầu năm, toàn tỉnh đăng ký mới 318 mô hình “Dân vận khéo”, nâng tổng số mô hình đang duy trì lên 1.946. Nhiều mô hình gắn với nhiệm vụ trọng tâm như vận động hiến đất làm đường, giải phóng mặt bằng, chuyển đổi số ở khu dân cư."),
          ("table", [["Lĩnh vực", "Số mô hình", "Tỷ lệ"], ["Kinh tế", "712", "36,6%"], ["Văn hóa - xã hội", "589", "30,3%"], ["Quốc phòng - an ninh", "301", "15,5%"], ["Xây dựng hệ thống chính trị", "344", "17,6%"]]),
          ("p", "Tại hội nghị, đại biểu trao đổi kinh nghiệm của mô hình “Tổ dân phố không rác” ở phường Nha Trang và mô hình “Mỗi hộ một tài khoản dịch vụ công” ở xã Cam Lâm."),
          ("img", "/documents/d/bantgdv/bieu-duong-mo-hinh-dan-van-kheo-2028", "Lãnh đạo Ban Tuyên giáo và Dân vận Tỉnh ủy biểu dương các mô hình tiêu biểu"),
          ("p", "Hội nghị thống nhất 6 tháng cuối năm tập trung vào các mô hình vận động đồng bào vùng biển tham gia bảo vệ nguồn lợi thủy sản, gắn với gỡ “thẻ vàng” khai thác hải sản.")])


def page08():
    pub = T("2028-07-26 17:45")
    upd = T("2028-07-27 08:20")
    site = "https://tuyengiaodanvan.khanhhoa.dcs.vn"
    url = f"{site}/web/bantgdv/tin-hoat-dong/-/cmc-news/so-ket-6-thang-phong-trao-thi-dua-dan-van-kheo-nam-2028"
    cm = [("Đinh Văn Lực", "27/07/2028", "Mô hình “Tổ dân phố không rác” rất hay, các phường khác nên học tập."),
          ("Trương Thị Mai", "28/07/2028", "Đề nghị có thêm bài viết chi tiết về các mô hình ở vùng biển.")]

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=fig, sep="\n")
        disc = "".join(f'<article class="lfr-discussion"><div class="lfr-discussion-details"><span class="user-name">{esc(n)}</span> <span class="small">{esc(s)}</span></div>'
                       f'<div class="lfr-discussion-message"><p>{esc(t)}</p></div></article>' for n, s, t in cm)
        return (f'<div class="cmc-news-detail"><h1 class="cmc-title">{esc(A8.title)}</h1>'
                f'<div class="cmc-meta"><span class="cmc-published">Ngày đăng: {dmy(pub)} {hm(pub)}</span> <span class="cmc-modified">Cập nhật: {dmy(upd)} {hm(upd)}</span></div>'
                f'<div class="cmc-sapo"><strong>{esc(A8.lead)}</strong></div><div class="cmc-body">{body}</div>'
                f'<p style="text-align:right"><strong>Bài, ảnh: Lê Hoài Nam</strong></p>'
                + sharebar("cmc-share") +
                f'<div class="taglib-discussion"><h4 class="cmc-cmt-title">Bình luận ({len(cm)})</h4>{disc}<div class="lfr-discussion-form"><textarea placeholder="Nhập bình luận"></textarea><button type="button">Trả lời</button></div></div></div>'
                + lst(site, "/web/bantgdv/tin-hoat-dong/-/cmc-news/", list(zip(rl[:6], rd)), lambda d: f"{dmy(d)} {hm(d)}", cls="cmc-related", head="Tin cùng chuyên mục", start=500))

    return hp("s47-08", family="propaganda_mass_mobilisation_board_liferay2025q3_cmc_news_portlet_discussion",
              name="khanhhoa-bantuyengiaodanvan-liferay-dxp-2025q3-cmc-news-portlet-h1-ngay-dang-cap-nhat-dd-mm-yyyy-hh-mm-bold-sapo-table-figure-bold-right-bai-anh-name-liferay-discussion-comments",
              url=url, art=A8, main_fn=main, pub=pub, prefix="cmc25", kb=262,
              org="Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa", addr="Phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.730",
              crumbs=crumbs_of(site, ["Tin tức", "Tin hoạt động"], "breadcrumb"), top=banner("/o/cmc25-theme/images/banner.png", "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Tin đọc nhiều", "cmc25-most"),
              shell_kw={"layout": "lr25q3cmc", "head_extra": heavy_head(__import__("random").Random(8), url, A8.title, A8.lead, pub, "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa", upd=upd, gen="Liferay DXP 2025.Q3", section="Tin hoạt động"),
                        "items": MEGA, "left": "Ban Tuyên giáo và Dân vận Tỉnh ủy Khánh Hòa"},
              exp=expected_(A8, iso(pub), iso(upd), author="Lê Hoài Nam", photographer="Lê Hoài Nam", category="Tin hoạt động"),
              traps={"update_label": ["Cập nhật:"], "comments": ["Đinh Văn Lực", "Trương Thị Mai", "Bình luận (2)", "Đề nghị có thêm bài viết chi tiết về các mô hình ở vùng biển."],
                     "after_text": ["Tin cùng chuyên mục"], "related": lambda rl: rl[:6]},
              notes="Liferay DXP 2025.Q3, a vendor theme with CMC's news detail portlet (cmc_news_detail), Liferay's comments (taglib-discussion) under the item; a long right column of other items with stamps and writers; JSON-LD (dates agree), analytics. A review conference. 'Ngày đăng: 26/07/2028 17:45' and 'Cập nhật: 27/07/2028 08:20' → published 2028-07-26T17:45, updated 2028-07-27T08:20. Bold sapo (lead); a table in the text (one paragraph per row), a figure. 'Bài, ảnh: Lê Hoài Nam' → author and photographer. Category 'Tin hoạt động'. Not body: the comments (names, days), share, 'Tin cùng chuyên mục'.",
              readme="Liferay DXP 2025.Q3 + CMC's news portlet, a review of the 'Dân vận khéo' movement: 'Ngày đăng:' + 'Cập nhật:' (update), bold sapo, a table, a figure, 'Bài, ảnh: Name' (author and photographer), Liferay comments")


# ===================================================================== 9 Hội CCB tỉnh Tây Ninh: SharePoint Server 2019 + VNPT's eGov news web part, a comments list
A9 = Art("Cựu chiến binh xã Hòa Thành góp công làm 3 km đường giao thông nông thôn",
         "Hưởng ứng phong trào “Cựu chiến binh gương mẫu”, 86 hội viên Chi hội Cựu chiến binh ấp Long Thới, xã Hòa Thành đã góp hơn 600 ngày công, vận động người dân hiến đất, cùng địa phương hoàn thành 3 km đường bê tông nông thôn.",
         [("p", "Tuyến đường nối ấp Long Thới với trung tâm xã trước đây là đường đất, mùa mưa lầy lội, học sinh đi lại khó khăn. Đầu năm 2028, Chi hội Cựu chiến binh ấp đề xuất với Ban Công tác Mặt trận ấp vận động làm đường theo phương châm “Nhà nước và nhân dân cùng làm”."),
          ("p", "Các hội viên đến từng hộ hai bên đường vận động; 42 hộ đã tự nguyện hiến hơn 2.100 m² đất, tháo dỡ hàng rào, cây trồng để mở rộng mặt đường lên 5 m. Tổng kinh phí xây dựng 2,4 tỷ đồng, trong đó nhân dân đóng góp 900 triệu đồng."),
          ("img", "/PublishingImages/2028/06/ccb-long-thoi-lam-duong.jpg", "Hội viên Cựu chiến binh ấp Long Thới tham gia đổ bê tông mặt đường"),
          ("p", "Ông Nguyễn Văn Bảy, Chi hội trưởng, cho biết: “Anh em cựu chiến binh đi trước làm trước, bà con thấy vậy thì đồng lòng theo. Đường làm xong, ai cũng vui”."),
          ("p", "Tuyến đường được khánh thành ngày 19/6/2028, góp phần giúp xã Hòa Thành hoàn thành tiêu chí giao thông trong xây dựng nông thôn mới nâng cao.")])


def page09():
    pub = T("2028-06-21 14:35")
    site = "https://cuuchienbinh.tayninh.gov.vn"
    url = f"{site}/Pages/tin-chi-tiet.aspx?ItemID=1842&l=TinHoatDong"
    cm = [("Lê Văn Hai", "21/06/2028 19:02", "Các chú cựu chiến binh thật đáng trân trọng."),
          ("Đoàn Thị Kim", "22/06/2028 07:40", "Ấp tôi cũng đang vận động làm đường, mong được học hỏi kinh nghiệm.")]

    def main(rng, rl, rd):
        body = A9.render(p=jp, img=tcap, sep="\n")
        return (bigvs(rng, 61000) +
                f'<div class="egov-news-detail"><h1 class="egov-title">{esc(A9.title)}</h1>'
                f'<div class="egov-date">Ngày đăng: {dmy(pub)} {hm(pub)}</div>'
                f'<div class="egov-sapo"><p><strong>{esc(A9.lead)}</strong></p></div><div class="egov-content ms-rtestate-field">{body}</div>'
                f'<p style="text-align:right"><em>Võ Minh Tâm (Hội CCB phường Long Hoa)</em></p>'
                f'<div class="egov-tools"><a href="#" onclick="window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#" class="top">Về đầu trang</a></div>'
                + thread(cm, "Bình luận", "egov-cmt") + '</div>'
                + lst(site, "/Pages/tin-chi-tiet.aspx?ItemID=", list(zip(rl[:6], rd)), lambda d: f"({dmy(d)})", cls="egov-other", head="Các tin đã đưa", start=1800, ext=""))

    return hp("s47-09", family="veterans_association_sharepoint2019_vnpt_egov_news_web_part_comments_list",
              name="tayninh-hoiccb-sharepoint2019-vendor-master-vnpt-egov-news-web-part-big-viewstate-crumb-tin-hoat-dong-h1-ngay-dang-dd-mm-yyyy-hh-mm-bold-sapo-table-caption-italic-right-name-paren-unit-comments-list-cac-tin-da-dua",
              url=url, art=A9, main_fn=main, pub=pub, prefix="eg19", kb=281,
              org="Hội Cựu chiến binh tỉnh Tây Ninh", addr="Phường Tân Ninh, tỉnh Tây Ninh", phone="0276.3822.604",
              crumbs=crumbs_of(site, ["Tin tức", "Tin hoạt động"], "eg19-path"), top=banner("/Style Library/eg19/images/banner.png", "Hội Cựu chiến binh tỉnh Tây Ninh"),
              side=side_heavy(lambda d: f"{dmy(d)} {hm(d)}", "Tin nổi bật", "eg19-hot"),
              shell_kw={"layout": "sp2019vnpt", "head_extra": heavy_head(__import__("random").Random(9), url, A9.title, A9.lead, pub, "Hội Cựu chiến binh tỉnh Tây Ninh", gen="Microsoft SharePoint", section="Tin hoạt động"),
                        "items": MEGA_MASS, "left": "Cổng thông tin điện tử Hội Cựu chiến binh tỉnh Tây Ninh", "form": True, "action": "/Pages/tin-chi-tiet.aspx?ItemID=1842"},
              exp=expected_(A9, iso(pub), author="Võ Minh Tâm", unit="Hội CCB phường Long Hoa", category="Tin hoạt động"),
              traps={"tools": ["In trang", "Về đầu trang"], "comments": ["Lê Văn Hai", "Đoàn Thị Kim", "21/06/2028 19:02"], "after_text": ["Các tin đã đưa"], "related": lambda rl: rl[:6]},
              notes="SharePoint Server 2019, a vendor master and VNPT's eGov news detail web part (a ~60 KB __VIEWSTATE in the form, a long right column of other items with stamps and writers), a COMMENTS list under the item (two comments with stamps and the form); JSON-LD and analytics. Veterans building a rural road. 'Ngày đăng: 21/06/2028 14:35' → published 2028-06-21T14:35. Bold sapo (lead); a picture in a table with a caption row. The italic right 'Võ Minh Tâm (Hội CCB phường Long Hoa)' → author 'Võ Minh Tâm', unit 'Hội CCB phường Long Hoa' (set 12: the parenthesis names an organisation). The branch head quoted is a subject. Category 'Tin hoạt động'.",
              readme="SharePoint Server 2019 + VNPT's eGov news web part (a 60 KB ViewState), veterans building a road: 'Ngày đăng: dd/mm/yyyy HH:MM', bold sapo, a table caption, italic 'Name (unit)', a comments list")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
