"""Set 42 pages 1-9: ordinary items of a Party committee's weeks in April - June 2027 on the common products of
shared/research/vn-sites.md, in versions, themes, modules and page layouts sets 26-41 did not use (NukeViet 4.4 under a
Military Command Party committee's vendor theme, NukeViet 4.5 under a Cooperative Alliance's vendor theme, Liferay DXP
7.3 + CMC's news module, Liferay 6.2 EE + Vietsoftware's news portlet, SharePoint 2010's STOCK ArticleRight layout, DNN 9
+ the Razor Host module, WordPress + Twenty Sixteen, WordPress + Hueman, Joomla 2.5 + JoomlArt's JA Purity II).
One page of this module carries a twist (page 3: the only unit on the credit line is the PHOTOGRAPHER's, 'Bài: A; Ảnh: B
(Trung tâm Truyền thông tỉnh)'); the other two are in gen/p_02_more.py."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, slug, hexid, heads13, heads14, past, twelve
from .kit import og, jsonld, poll
from .shell import MENU_MASS, MENU_GOV, MENU_NEWS
from .base import page, vb_box, mostread, WRITERS33, WRITERS34

MENU_PARTY = [
    ("Giới thiệu", ["Lịch sử Đảng bộ", "Ban Chấp hành", "Ban Thường vụ", "Các cơ quan tham mưu", "Tổ chức cơ sở đảng"]),
    ("Tin tức", ["Hoạt động của cấp ủy", "Xây dựng Đảng", "Kiểm tra, giám sát", "Dân vận", "Tin cơ sở", "Chuyển đổi số"]),
    ("Học tập và làm theo Bác", ["Gương điển hình", "Tư liệu", "Cuộc thi"]),
    ("Bảo vệ nền tảng tư tưởng của Đảng", ["Bình luận", "Phản bác quan điểm sai trái", "Cảnh giác"]),
    ("Văn bản", ["Văn bản của Trung ương", "Văn bản của Tỉnh ủy", "Hướng dẫn nghiệp vụ"]),
    ("Thư viện", ["Ảnh", "Video", "Infographic", "Podcast"]),
]
MENU_MIL = [
    ("Giới thiệu", ["Truyền thống lực lượng vũ trang tỉnh", "Đảng ủy Quân sự tỉnh", "Bộ Chỉ huy", "Các cơ quan, đơn vị"]),
    ("Tin tức", ["Quốc phòng địa phương", "Công tác đảng, công tác chính trị", "Huấn luyện - Sẵn sàng chiến đấu", "Dân vận", "Hậu cần - Kỹ thuật"]),
    ("Tuyển quân", ["Thông báo tuyển quân", "Chính sách hậu phương quân đội", "Hỏi đáp nghĩa vụ quân sự"]),
    ("Văn bản", ["Văn bản của Đảng ủy", "Văn bản chỉ đạo"]),
    ("Thư viện", ["Ảnh", "Video"]),
]
MENU_COOP = [
    ("Giới thiệu", ["Liên minh HTX tỉnh", "Ban Chấp hành", "Đơn vị trực thuộc"]),
    ("Tin tức", ["Kinh tế tập thể", "Hoạt động Liên minh", "Gương hợp tác xã điển hình", "Chuyển đổi số"]),
    ("Hỗ trợ", ["Quỹ hỗ trợ phát triển HTX", "Tư vấn thành lập HTX", "Xúc tiến thương mại"]),
    ("Sản phẩm OCOP", ["Cà phê", "Sầu riêng", "Mắc ca", "Mật ong"]),
    ("Văn bản", ["Luật Hợp tác xã", "Văn bản hướng dẫn"]),
]


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def banner(img, alt):
    return lambda rng, p: f'<div class="banner"><a href="/"><img src="{img}" alt="{esc(alt, True)}" /></a><span class="site-name">{esc(alt)}</span></div>'


def side_of(fmt, head="Tin đọc nhiều", cls="most-read", docs=True, writer_fmt="{w}", doc_items=None, writers=None):
    def f(rng, p):
        s = mostread(rng, p, fmt, head, cls, 6, writers=writers or WRITERS34, writer_fmt=writer_fmt)
        if docs:
            s += vb_box(doc_items or ["Hướng dẫn số 12-HD/TU về sinh hoạt chi bộ theo chuyên đề năm 2027",
                                      "Kế hoạch số 45-KH/TU thực hiện các nghị quyết, chỉ thị mới của Trung ương",
                                      "Chương trình kiểm tra, giám sát quý II năm 2027"], "Văn bản mới", cls + "-vb")
        return s
    return f


def relbox(site, base, head, fmt, cls="tin-lien-quan", writers=WRITERS33, wfmt="{w}", n=5, ext=".html"):
    """A related list of OTHER items, each with its stamp and its writer."""
    def f(rl, rd, rng):
        li = "".join(f'<li><a href="{site}{base}{slug(t)[:60]}-{rng.randint(1000, 9999)}{ext}">{esc(t)}</a> '
                     f'<span class="date">{esc(fmt(d))}</span> <span class="author">{esc(wfmt.format(w=rng.choice(writers)))}</span></li>'
                     for t, d in zip(rl[:n], rd))
        return f'<div class="{cls}"><h3 class="{cls}-title">{esc(head)}</h3><ul>{li}</ul></div>'
    return f


def fig(s, c, n):
    return f'<figure class="image"><img src="{s}" alt="{esc(c, True)}" /><figcaption>{esc(c)}</figcaption></figure>'


def expected_(art, published, updated=None, author=None, unit=None, photographer=None, category=None, captions=None, body=None, lead="__art__", title=None):
    from .common import expected
    return expected(art, published, updated, author, unit, photographer, category, captions, body, lead, title)


def word_p(t, indent=True):
    """A paragraph as Word pastes it through an old editor (MsoNormal, spans with Word's fonts, an empty o:p at the end)."""
    ind = "text-indent:36.0pt;" if indent else ""
    return (f'<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;{ind}line-height:150%"><span lang="VI" style="font-size:14.0pt;line-height:150%;'
            f'font-family:&quot;Times New Roman&quot;,serif;mso-fareast-font-family:&quot;Times New Roman&quot;">{esc(t)}<o:p></o:p></span></p>')


def word_table(rows, cls="MsoTableGrid", total=False):
    """A data table as Word pastes it: MsoTableGrid, <p class=MsoNormal> in every cell, the header row bold."""
    out = [f'<table class="{cls}" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184"><tbody>']
    for i, r in enumerate(rows):
        bold = i == 0 or (total and i == len(rows) - 1)
        cells = "".join(f'<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" style="text-align:center">'
                        f'{"<b>" if bold else ""}<span lang="VI" style="font-size:13.0pt">{esc(c)}</span>{"</b>" if bold else ""}<o:p></o:p></p></td>' for c in r)
        out.append(f'<tr style="mso-yfti-irow:{i}">{cells}</tr>')
    return "".join(out) + "</tbody></table>"


def lazy(src, alt="", cls="lazy", ph="data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7", style=""):
    st = f' style="{style}"' if style else ""
    return f'<img class="{cls}" src="{ph}" data-src="{src}" alt="{esc(alt, True)}"{st} /><noscript><img src="{src}" alt="{esc(alt, True)}" /></noscript>'


# ===================================================================== 1 Đảng ủy Quân sự tỉnh Lào Cai: NukeViet 4.4 + a Military Command vendor theme; 'HH:MM | Thứ Hai, dd/mm/yyyy'; rank + '(unit)' inside the text
A1 = Art("Đảng ủy Quân sự tỉnh sơ kết công tác lãnh đạo quý I, triển khai nhiệm vụ quý II năm 2027",
         "Ngày 3/4, Đảng ủy Quân sự tỉnh tổ chức hội nghị sơ kết công tác lãnh đạo thực hiện nhiệm vụ quân sự, quốc phòng quý I và triển khai nhiệm vụ quý II năm 2027. Đồng chí Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh chủ trì hội nghị.",
         [("p", "Quý I/2027, Đảng ủy Quân sự tỉnh đã lãnh đạo lực lượng vũ trang tỉnh duy trì nghiêm chế độ trực sẵn sàng chiến đấu, nắm chắc tình hình địa bàn, nhất là khu vực biên giới; tổ chức giao, nhận quân bảo đảm chặt chẽ, đúng luật, đạt 100% chỉ tiêu với 1.320 công dân, trong đó có 46 đảng viên."),
          ("p", "Công tác huấn luyện, giáo dục chính trị được triển khai đúng kế hoạch; các cơ quan, đơn vị tổ chức thành công lễ ra quân huấn luyện năm 2027, diễn tập chiến đấu phòng thủ ở 12 xã, phường. Công tác xây dựng Đảng được chú trọng; trong quý, toàn Đảng bộ kết nạp 17 đảng viên mới, đạt 42% kế hoạch năm."),
          ("h", "Nhiệm vụ trọng tâm quý II"),
          ("p", "Hội nghị thống nhất một số nhiệm vụ trọng tâm trong quý II:"),
          ("ul", ["Lãnh đạo duy trì nghiêm chế độ sẵn sàng chiến đấu, bảo vệ an toàn các ngày lễ lớn 30/4, 1/5 và 19/5;",
                  "Chỉ đạo hoàn thành diễn tập khu vực phòng thủ cấp xã năm 2027 theo kế hoạch;",
                  "Sơ kết 5 năm thực hiện nghị quyết của Đảng ủy Quân sự Trung ương về nâng cao chất lượng công tác giáo dục chính trị;",
                  "Tiếp tục rà soát, kiện toàn chi bộ quân sự xã, phường sau sắp xếp."]),
          ("img", "/uploads/news/2027_04/bi-thu-tinh-uy-ket-luan-hoi-nghi-dang-uy-quan-su.jpg", "Đồng chí Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh phát biểu kết luận hội nghị"),
          ("p", "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy, Bí thư Đảng ủy Quân sự tỉnh ghi nhận những kết quả lực lượng vũ trang tỉnh đạt được; yêu cầu các cấp ủy, chỉ huy tiếp tục quán triệt sâu sắc các nghị quyết, chỉ thị của cấp trên về nhiệm vụ quân sự, quốc phòng, chủ động tham mưu cho cấp ủy, chính quyền địa phương xử lý kịp thời các tình huống, không để bị động, bất ngờ."),
          ("p", "Đồng chí đề nghị các chi bộ quân sự xã, phường phát huy vai trò hạt nhân chính trị ở cơ sở, gắn nhiệm vụ quốc phòng với phát triển kinh tế - xã hội, chăm lo đời sống Nhân dân vùng biên giới.")])
LEADIMG1 = ("/uploads/news/2027_04/hoi-nghi-so-ket-quy-i-dang-uy-quan-su-tinh.jpg", "Quang cảnh hội nghị sơ kết công tác lãnh đạo quý I năm 2027")
BY1 = "Thượng tá Nguyễn Đức Hải (Phòng Chính trị)"


def page01():
    pub = T("2027-04-05 07:50")
    site = "https://quansu.laocai.gov.vn"
    url = f"{site}/news/cong-tac-dang-cong-tac-chinh-tri/dang-uy-quan-su-tinh-so-ket-cong-tac-lanh-dao-quy-i-trien-khai-nhiem-vu-quy-ii-nam-2027-2861.html"

    def p(t):
        # CKEditor's nested font spans, as the theme's editors leave them
        return f'<p style="text-align:justify"><span style="font-size:14px;"><span style="font-family:Times New Roman,Times,serif;">{esc(t)}</span></span></p>'

    def img(s, c, n):
        return (f'<p style="text-align:center">{lazy(s, c, style="width:700px;height:467px")}</p>'
                f'<p style="text-align:center"><span style="font-size:12px;"><em>{esc(c)}</em></span></p>')

    def ul(items):
        return '<ul style="margin-left:20px">' + "".join(f'<li style="text-align:justify"><span style="font-size:14px;">{esc(i)}</span></li>' for i in items) + "</ul>"

    def main(rng, rl, rd):
        topic = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{site}/news/cong-tac-dang-cong-tac-chinh-tri/{slug(t)[:60]}-{2800 + i}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>'
                        for i, (t, d) in enumerate(zip(["Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2027",
                                                         "Hội nghị Đảng ủy Quân sự tỉnh tổng kết công tác năm 2026",
                                                         "Đảng ủy Quân sự tỉnh lãnh đạo hoàn thành giao, nhận quân năm 2027"], [T("2027-01-14 08:10"), T("2026-12-22 16:40"), T("2027-03-02 10:20")])))
        newer = "".join(f'<li><a href="{site}/news/cong-tac-dang-cong-tac-chinh-tri/{slug(t)[:60]}-{2862 + i}.html">{esc(t)}</a> <em>({dmy(pub + timedelta(days=i + 1))})</em></li>' for i, t in enumerate(rl[:2]))
        older = "".join(f'<li><a href="{site}/news/cong-tac-dang-cong-tac-chinh-tri/{slug(t)[:60]}-{2850 + i}.html">{esc(t)}</a> <em>({dmy(d)})</em></li>' for i, (t, d) in enumerate(zip(rl[2:6], rd)))
        body = A1.render(p=p, img=img, ul=ul, h=lambda t: f'<p>&nbsp;</p><p style="text-align:justify"><strong><span style="font-size:14px;">{esc(t)}</span></strong></p>', sep="")
        return (f'<div class="news_column panel panel-default qs-detail"><div class="panel-body"><h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="qs-meta clearfix"><span class="qs-time"><em class="fa fa-clock-o">&nbsp;</em>{hm(pub)} | {wd(pub)}, {dmy(pub)}</span>'
                f'<span class="qs-view"><em class="fa fa-eye">&nbsp;</em>Lượt xem: 1.204</span>'
                f'<ul class="list-inline text-right qs-tools"><li><a class="dimgray" rel="nofollow" title="Gửi bài viết qua email" href="javascript:void(0);"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="{site}/news/print/cong-tac-dang-cong-tac-chinh-tri/2861.html"><em class="fa fa-print fa-lg">&nbsp;</em></a></li></ul></div>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<figure class="article center"><div id="imghome">{lazy(LEADIMG1[0], LEADIMG1[1], cls="lazy img-fluid")}</div><figcaption>{esc(LEADIMG1[1])}</figcaption></figure></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}<p>&nbsp;</p>'
                f'<p style="text-align:right"><strong><span style="font-size:14px;">{esc(BY1)}</span></strong></p><p>&nbsp;</p></div>'
                f'<div class="alert alert-info qs-copyright">Bản quyền thuộc về Đảng ủy Quân sự tỉnh Lào Cai. Ghi rõ nguồn “Trang thông tin điện tử Đảng ủy Quân sự tỉnh” khi phát hành lại thông tin từ website này.</div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="{site}/news/tag/dang-uy-quan-su"><em>đảng ủy quân sự</em></a>, <a href="{site}/news/tag/so-ket-quy-i"><em>sơ kết quý I</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Theo dòng sự kiện</strong></p><ul class="related">{topic}</ul>'
                f'<p class="h3"><strong>Những tin mới hơn</strong></p><ul class="related">{newer}</ul><p class="h3"><strong>Những tin cũ hơn</strong></p><ul class="related">{older}</ul></div></div>'
                f'<div class="news_column panel panel-default" id="idcomment"><div class="panel-body"><h3 class="comment-title"><em class="fa fa-comments">&nbsp;</em>Ý kiến bạn đọc</h3>'
                f'<div class="comment-item"><p class="comment-head"><strong>Trần Văn Hùng</strong> <span class="comment-time">09:14 05/04/2027</span></p>'
                f'<p class="comment-text">Chúc lực lượng vũ trang tỉnh hoàn thành xuất sắc nhiệm vụ quý II, giữ vững bình yên nơi biên giới!</p></div>'
                f'<form class="comment-form"><textarea placeholder="Nội dung bình luận"></textarea><input placeholder="Họ tên" /><input placeholder="Email" /><button type="button">Gửi bình luận</button></form></div></div>')

    def side(rng, p):
        vids = "".join(f'<li><a href="{site}/videoclips/{slug(t)[:40]}-{rng.randint(100, 999)}.html">{lazy("/uploads/videoclips/" + hexid(rng, 10) + ".jpg", t)}<span>{esc(t)}</span></a></li>'
                       for t in ["Lực lượng vũ trang tỉnh ra quân huấn luyện năm 2027", "Tân binh làm quen môi trường quân ngũ", "Diễn tập chiến đấu phòng thủ xã biên giới"])
        return (side_of(lambda d: f"{hm(d)} | {dmy(d)}", "Tin đọc nhiều", "qs-most", docs=False, writer_fmt="{w}")(rng, p)
                + f'<div class="qs-video"><h3>Video</h3><ul>{vids}</ul></div>'
                + poll("Theo đồng chí, nội dung nào cần ưu tiên trong giáo dục chính trị cho tân binh?", ["Truyền thống của Quân đội và địa phương", "Pháp luật, kỷ luật quân đội", "Kỹ năng sử dụng mạng xã hội an toàn"], cls="qs-poll"))

    crumbs = ('<ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/" title="Trang nhất"><span><em class="fa fa-lg fa-home">&nbsp;</em><span class="hidden-xs">Trang nhất</span></span></a></li>'
              '<li id="brcr_1"><a href="/news/" title="Tin tức"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/cong-tac-dang-cong-tac-chinh-tri/" title="Công tác đảng, công tác chính trị"><span>Công tác đảng, công tác chính trị</span></a></li></ul>')
    head = (og(A1.title, url, {"og:description": A1.lead, "article:published_time": iso(pub), "og:image": site + LEADIMG1[0]}) + '<meta name="generator" content="NukeViet v4.4" />'
            + '<script src="/themes/quansu/js/jquery.lazy.min.js"></script><script>$(function(){$("img.lazy").Lazy({effect:"fadeIn"});});</script>')
    today = pub + timedelta(days=3, hours=2)
    return page("s42-01", family="military_party_committee_nukeviet44_vendor_theme_time_first_pipe_weekday_rank_unit_in_text",
                name="laocai-danguyquansutinh-nukeviet44-military-vendor-theme-hh-mm-pipe-weekday-dd-mm-yyyy-bold-hometext-figure-center-after-hometext-lazy-images-font-spans-empty-p-ul-thuong-ta-name-paren-unit-in-bodyhtml-theo-dong-su-kien-comment",
                url=url, art=A1, main_fn=main, pub=pub, prefix="qslc", kb=232,
                org="Đảng ủy Quân sự tỉnh Lào Cai", addr="Số 288 đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", phone="0214.3820.126",
                crumbs=crumbs, top=banner("/themes/quansu/images/banner-dang-uy-quan-su.png", "Đảng ủy Quân sự tỉnh Lào Cai"), side=side,
                shell_kw={"layout": "nv44_qs", "head_extra": head, "items": MENU_MIL, "left": f'<span class="qs-clock">{wd(today)}, {dmy(today)} {hm(today)}</span>'},
                exp=expected_(A1, iso(pub), author="Nguyễn Đức Hải", unit="Phòng Chính trị", category="Công tác đảng, công tác chính trị", captions=[LEADIMG1[1]] + A1.captions),
                traps={"byline": [BY1, "Thượng tá"], "chrome": ["Theo dòng sự kiện", "Những tin mới hơn", "Những tin cũ hơn", "Bản quyền thuộc về Đảng ủy Quân sự tỉnh Lào Cai", "Ý kiến bạn đọc", "Lượt xem: 1.204"],
                       "comments": ["Trần Văn Hùng", "Chúc lực lượng vũ trang tỉnh hoàn thành xuất sắc nhiệm vụ quý II, giữ vững bình yên nơi biên giới!"],
                       "topic": ["Đảng ủy Quân sự tỉnh ra nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2027", "Hội nghị Đảng ủy Quân sự tỉnh tổng kết công tác năm 2026"],
                       "related": lambda rl: rl[:6]},
                notes="NukeViet 4.4 under a provincial vendor's theme for a Military Command's Party committee (the 4.x default's news_column panels and labels kept; olive band, a clock bar '… dd/mm/yyyy HH:MM' over the header = the crawl moment). The meta row prints the stamp TIME FIRST with a pipe and the weekday after it: '07:50 | Thứ Hai, 05/04/2027' → 2027-04-05T07:50 (the weekday agrees). Bold hometext → lead; the lead picture is a figure.article.CENTER printed AFTER the hometext, its figcaption the first caption. The text is CKEditor markup with nested font spans, lazy-loaded pictures (a 1×1 placeholder in src, the file in data-src, a <noscript> copy), '<p>&nbsp;</p>' spacers, a bold sub-heading (body) and a four-item <ul> (one paragraph each). The credit is typed as the last paragraph INSIDE #news-bodyhtml (set 29: a byline, not body): 'Thượng tá Nguyễn Đức Hải (Phòng Chính trị)' → author 'Nguyễn Đức Hải' (the rank dropped, sets 26/38), author_unit 'Phòng Chính trị'. Category 'Công tác đảng, công tác chính trị' (crumb). Not body: the copyright alert, tags, 'Theo dòng sự kiện' (three items of the same thread with their days), newer / older lists, a reader's comment with its time, the sidebar's most-read list ('HH:MM | dd/mm/yyyy' + writers), video and poll blocks.",
                readme="NukeViet 4.4 under a Military Command Party committee's vendor theme, a quarterly review: 'HH:MM | Thứ Hai, dd/mm/yyyy' (time first, pipe, weekday); bold hometext, then the lead picture's figure.article.center; CKEditor font spans, lazy images, '<p>&nbsp;</p>' spacers, a <ul>; 'Thượng tá Name (unit)' typed inside the text (rank dropped); 'Theo dòng sự kiện', a copyright alert, a comment")


# ===================================================================== 2 Liên minh HTX tỉnh Đắk Lắk: NukeViet 4.5 + a Cooperative Alliance vendor theme; a PHOTO STORY; 'Ảnh: A - B; Bài: C'
A2 = Art("Hợp tác xã sầu riêng Ea Kao vào vụ thu hoạch",
         "Những ngày đầu tháng 6, các thành viên Hợp tác xã Nông nghiệp dịch vụ sầu riêng Ea Kao tất bật thu hoạch vụ mới. Năm nay, hợp tác xã dự kiến cung ứng hơn 1.800 tấn sầu riêng đạt chuẩn xuất khẩu, tăng 30% so với năm trước.",
         [("p", "Hợp tác xã hiện có 86 thành viên với tổng diện tích 245 ha sầu riêng, trong đó 120 ha được cấp mã số vùng trồng và 60 ha đạt chứng nhận VietGAP."),
          ("img", "/uploads/news/2027_06/thu-hoach-sau-rieng-ea-kao.jpg", "Thành viên hợp tác xã thu hoạch sầu riêng tại vườn"),
          ("img", "/uploads/news/2027_06/cat-cuong-phan-loai.jpg", "Sầu riêng được cắt cuống, phân loại ngay tại vườn trước khi đưa về kho sơ chế"),
          ("p", "Chi bộ hợp tác xã có 11 đảng viên; mỗi đảng viên phụ trách kèm cặp từ 5 đến 7 hộ thành viên về quy trình canh tác, ghi chép nhật ký đồng ruộng, sử dụng phân bón hữu cơ."),
          ("img", "/uploads/news/2027_06/nhat-ky-dong-ruong-dien-tu.jpg", "Đảng viên chi bộ hợp tác xã hướng dẫn thành viên ghi nhật ký đồng ruộng điện tử"),
          ("img", "/uploads/news/2027_06/kho-so-che-dong-goi.jpg", "Kho sơ chế, đóng gói của hợp tác xã được đầu tư hơn 6 tỷ đồng"),
          ("p", "Từ năm 2026, hợp tác xã ký hợp đồng bao tiêu với hai doanh nghiệp xuất khẩu; giá thu mua được thỏa thuận trước mỗi vụ, giúp thành viên yên tâm sản xuất."),
          ("img", "/uploads/news/2027_06/dong-thung-ma-truy-xuat.jpg", "Sầu riêng đạt chuẩn được đóng thùng, dán mã truy xuất nguồn gốc"),
          ("img", "/uploads/news/2027_06/xe-cho-sau-rieng-xuat-ben.jpg", "Xe chở sầu riêng xuất bến đi cửa khẩu"),
          ("p", "Theo Liên minh Hợp tác xã tỉnh, toàn tỉnh hiện có 48 hợp tác xã sản xuất sầu riêng; mô hình liên kết của Hợp tác xã Ea Kao đang được nhân rộng ở nhiều địa phương.")])
PHOTOS2, WRITER2 = ["Y Khoa Niê", "Trần Lộc"], "Hoàng Yến"
CREDIT2 = f"Ảnh: {' - '.join(PHOTOS2)}; Bài: {WRITER2}"


def page02():
    pub = T("2027-06-08 16:35")
    site = "https://lienminhhtx.daklak.gov.vn"
    url = f"{site}/news/kinh-te-tap-the/hop-tac-xa-sau-rieng-ea-kao-vao-vu-thu-hoach-1457.html"
    stamp = lambda d: f"Đăng lúc: {hm(d)} ngày {dmy(d)}"

    def img(s, c, n):
        return (f'<p style="text-align:center"><img alt="{esc(c, True)}" class="lazyload" data-src="{s}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" style="width:100%;max-width:760px" /></p>'
                f'<p style="text-align:center"><em>{esc(c)}</em></p>')

    def main(rng, rl, rd):
        cung = "".join(f'<li><a href="{site}/news/kinh-te-tap-the/{slug(t)[:60]}-{1400 + i}.html">{esc(t)}</a><span class="htx-date">{stamp(d)}</span></li>'
                       for i, (t, d) in enumerate(zip(["Hợp tác xã cà phê Ea Tu đạt chứng nhận hữu cơ quốc tế", "Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý hợp tác xã",
                                                        "Ra mắt Hợp tác xã mắc ca Cư Êbur", "Quỹ hỗ trợ phát triển HTX giải ngân 12 tỷ đồng trong 5 tháng"], rd)))
        return (f'<div class="news_column htx-detail"><h1 class="title htx-title"><em class="fa fa-camera">&nbsp;</em>{esc(A2.title)}</h1>'
                f'<div class="htx-info"><span class="htx-date"><em class="fa fa-calendar">&nbsp;</em>{stamp(pub)}</span> <span class="htx-view">Lượt xem: 2.318</span></div>'
                f'<div class="hometext"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext">{A2.render(p=jp, img=img, sep="")}'
                f'<p style="text-align:right"><strong>{esc(CREDIT2)}</strong></p></div>'
                f'<div class="htx-share"><a href="#">Chia sẻ Facebook</a> <a href="#">Zalo</a> <a href="{site}/news/print/kinh-te-tap-the/1457.html">In bài</a></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news"><p class="h3"><strong>Tin cùng chuyên mục</strong></p><ul class="related">{cung}</ul></div></div></div>')

    def side(rng, p):
        prods = [("Cà phê rang xay Ea Tu", "180.000 đ"), ("Sầu riêng Ri6 Ea Kao (kg)", "95.000 đ"), ("Mật ong hoa cà phê", "220.000 đ"), ("Mắc ca sấy nứt vỏ", "310.000 đ")]
        cards = "".join(f'<div class="ocop-card"><img src="/uploads/shops/{hexid(rng, 10)}.jpg" alt="" /><p class="ocop-name">{esc(a)}</p><p class="ocop-price">{esc(b)}</p><a class="btn btn-success" href="#">Đặt mua</a></div>' for a, b in prods)
        return (f'<div class="htx-ocop"><h3>Sản phẩm OCOP của hợp tác xã</h3>{cards}</div>'
                + side_of(stamp, "Tin xem nhiều", "htx-most", docs=False)(rng, p))

    crumbs = ('<ul class="breadcrumbs list-none"><li id="brcr_0"><a href="/" title="Trang chủ"><span><em class="fa fa-lg fa-home">&nbsp;</em>Trang chủ</span></a></li>'
              '<li id="brcr_1"><a href="/news/" title="Tin tức"><span>Tin tức</span></a></li><li id="brcr_2"><a href="/news/kinh-te-tap-the/" title="Kinh tế tập thể"><span>Kinh tế tập thể</span></a></li></ul>')
    head = og(A2.title, url, {"og:description": A2.lead, "article:published_time": iso(pub)}) + '<meta name="generator" content="NukeViet v4.5" /><script src="/themes/lienminh/js/lazysizes.min.js" async></script>'
    today = pub + timedelta(days=1)
    return page("s42-02", family="cooperative_alliance_nukeviet45_vendor_theme_photo_story_photographers_first_credit",
                name="daklak-lienminhhtx-nukeviet45-vendor-theme-photo-story-camera-icon-h1-dang-luc-hh-mm-ngay-dd-mm-yyyy-bold-hometext-six-lazysizes-pictures-centred-em-captions-anh-a-dash-b-semicolon-bai-c-ocop-product-cards",
                url=url, art=A2, main_fn=main, pub=pub, prefix="lmhtx", kb=208,
                org="Liên minh Hợp tác xã tỉnh Đắk Lắk", addr="Số 60 đường Phan Bội Châu, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.914",
                crumbs=crumbs, top=banner("/themes/lienminh/images/logo-lmhtx.png", "Liên minh Hợp tác xã tỉnh Đắk Lắk"), side=side,
                shell_kw={"layout": "nv45_lmhtx", "head_extra": head, "items": MENU_COOP, "left": f"Hôm nay: {wd(today, lower=True)}, {dmy(today)}"},
                exp=expected_(A2, iso(pub), author=WRITER2, photographer=", ".join(PHOTOS2), category="Kinh tế tập thể"),
                traps={"credit": [CREDIT2], "chrome": ["Tin cùng chuyên mục", "Sản phẩm OCOP của hợp tác xã", "Đặt mua", "Lượt xem: 2.318"],
                       "shop": ["Cà phê rang xay Ea Tu", "180.000 đ"], "related": ["Hợp tác xã cà phê Ea Tu đạt chứng nhận hữu cơ quốc tế", "Ra mắt Hợp tác xã mắc ca Cư Êbur"]},
                notes="NukeViet 4.5 under a provincial vendor's theme for a Cooperative Alliance, a PHOTO STORY: a camera icon (an empty <em class='fa fa-camera'>) before the h1's text; the info row 'Đăng lúc: 16:35 ngày 08/06/2027' (a label, the time FIRST, then 'ngày' and the day) → 2027-06-08T16:35; the same shape in 'Tin cùng chuyên mục' and the most-read list (other items). Bold hometext → lead. Six pictures lazy-loaded by lazysizes (class 'lazyload', data-src, a tiny GIF in src), each with a centred <em> caption under it → six captions in page order; four short paragraphs between them. The credit line names the PHOTOGRAPHERS FIRST: 'Ảnh: Y Khoa Niê - Trần Lộc; Bài: Hoàng Yến' → photographer 'Y Khoa Niê, Trần Lộc' (' - ' between two photographers, set 27's order kept), author 'Hoàng Yến' (set 37's semicolon between labelled credits). Category 'Kinh tế tập thể' (crumb). The sidebar's OCOP product cards with prices and 'Đặt mua' buttons are shop chrome (set 34).",
                readme="NukeViet 4.5 under a Cooperative Alliance's vendor theme, a PHOTO STORY: a camera icon in the h1; 'Đăng lúc: HH:MM ngày dd/mm/yyyy'; bold hometext; six lazysizes pictures with centred <em> captions; 'Ảnh: A - B; Bài: C' (photographers first); OCOP product cards in the sidebar")


# ===================================================================== 3 Ban Tổ chức Tỉnh ủy Gia Lai: Liferay DXP 7.3 + CMC's news module; TWIST the only unit on the credit line is the photographer's
A3 = Art("Tập huấn nghiệp vụ công tác tổ chức xây dựng đảng cho cấp ủy cơ sở năm 2027",
         "Trong hai ngày 13 và 14/4, Ban Tổ chức Tỉnh ủy tổ chức lớp tập huấn nghiệp vụ công tác tổ chức xây dựng đảng năm 2027 cho hơn 260 đồng chí là phó bí thư, ủy viên ban thường vụ phụ trách công tác tổ chức và cán bộ văn phòng đảng ủy các xã, phường.",
         [("p", "Tại lớp tập huấn, các học viên được quán triệt những nội dung mới của quy định về thi hành Điều lệ Đảng; hướng dẫn nghiệp vụ về công tác phát triển đảng viên, quản lý hồ sơ đảng viên trên phần mềm cơ sở dữ liệu, chuyển sinh hoạt đảng và đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên."),
          ("p", "Các báo cáo viên dành nhiều thời gian trao đổi những vướng mắc phát sinh sau khi sắp xếp tổ chức cơ sở đảng theo mô hình chính quyền địa phương hai cấp, như việc kiện toàn chi bộ thôn, làng ghép; quản lý đảng viên đi làm ăn xa; thu, nộp đảng phí qua tài khoản ngân hàng."),
          ("img", "/documents/20182/2027/04/tap-huan-nghiep-vu-to-chuc-xay-dung-dang.jpg", "Đồng chí Phó Trưởng Ban Tổ chức Tỉnh ủy truyền đạt chuyên đề tại lớp tập huấn"),
          ("p", "Phát biểu khai mạc, đồng chí Trưởng Ban Tổ chức Tỉnh ủy đề nghị học viên nghiêm túc nghiên cứu, vận dụng linh hoạt vào thực tiễn địa phương; chú trọng phát triển đảng viên ở những làng chưa có chi bộ, làng đồng bào dân tộc thiểu số."),
          ("img", "/documents/20182/2027/04/hoc-vien-trao-doi-tai-lop-tap-huan.jpg", "Học viên trao đổi kinh nghiệm quản lý đảng viên đi làm ăn xa"),
          ("p", "Kết thúc lớp tập huấn, 100% học viên hoàn thành bài thu hoạch; Ban Tổ chức Tỉnh ủy sẽ tổng hợp các kiến nghị để hướng dẫn, tháo gỡ trong quý II.")])
WRITER3, PHOTO3, PUNIT3 = "Rơ Châm Thị Hiền", "Đỗ Minh Quân", "Trung tâm Truyền thông tỉnh"
CREDIT3 = f"Bài: {WRITER3}; Ảnh: {PHOTO3} ({PUNIT3})"


def longdate(d):
    return f"{wd(d)}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"


def page03():
    pub = T("2027-04-14 09:20")
    site = "https://bantochuc.gialai.dcs.vn"
    url = f"{site}/vi/-/tap-huan-nghiep-vu-cong-tac-to-chuc-xay-dung-dang-cho-cap-uy-co-so-nam-2027"

    def main(rng, rl, rd):
        rel = relbox(site, "/vi/-/", "Tin cùng chuyên mục", longdate, cls="cmc-related", writers=WRITERS33, wfmt="Bài: {w}", n=5, ext="")(rl, rd, rng)
        return (f'<div class="cmc-news-detail"><h1 class="cmc-news-title">{esc(A3.title)}</h1>'
                f'<div class="cmc-news-meta"><span class="cmc-news-date"><i class="lexicon-icon lexicon-icon-calendar"></i> {longdate(pub)} - {hm(pub)}</span>'
                f'<span class="cmc-news-view"><i class="lexicon-icon lexicon-icon-view"></i> 482</span><span class="cmc-news-fontsize"><a href="javascript:;" data-size="-1">A-</a> <a href="javascript:;" data-size="1">A+</a></span></div>'
                f'<div class="cmc-news-sapo"><strong>{esc(A3.lead)}</strong></div><div class="cmc-news-content journal-content-article">{A3.render(p=jp, img=fig, sep="")}'
                f'<p style="text-align:right"><strong>{esc(CREDIT3)}</strong></p></div>'
                f'<div class="cmc-news-tags"><span>Từ khóa:</span> <a href="#">công tác tổ chức</a> <a href="#">tập huấn</a> <a href="#">đảng viên</a></div>'
                f'<div class="cmc-news-actions"><a href="#" class="btn btn-sm">In bài</a> <a href="#" class="btn btn-sm">Gửi email</a> <a href="#" class="btn btn-sm">Quay lại</a></div></div>{rel}')

    def side(rng, p):
        return (side_of(lambda d: f"{dmy(d)} {hm(d)}", "Tin đọc nhiều", "cmc-most", docs=True, writer_fmt="Bài: {w}",
                        doc_items=["Hướng dẫn số 08-HD/BTCTU về quản lý hồ sơ đảng viên trên phần mềm", "Công văn số 215-CV/BTCTU về thu, nộp đảng phí qua tài khoản ngân hàng"])(rng, p)
                + '<div class="cmc-hotline"><h3>Đường dây nóng</h3><p>Tiếp nhận phản ánh về công tác tổ chức cán bộ: 0269.3824.555</p></div>')

    crumbs = ('<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/trang-chu"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/vi/hoat-dong-nganh-to-chuc"><span class="breadcrumb-text-truncate">Hoạt động ngành tổ chức xây dựng đảng</span></a></li></ol></nav>')
    head = (og(A3.title, url, {"og:description": A3.lead}) + '<meta content="Liferay DXP 7.3" name="generator" />'
            + '<script>var Liferay={Browser:{},ThemeDisplay:{getLanguageId:function(){return "vi_VN";},getPathMain:function(){return "/c";},getScopeGroupId:function(){return "20182";}}};</script>')
    today = pub + timedelta(days=3)
    return page("s42-03", family="organisation_board_liferay73_cmc_news_module_photographer_unit_only",
                name="gialai-bantochuc-liferay-dxp73-vendor-theme-cmc-news-detail-portlet-title-chi-tiet-tin-h1-weekday-ngay-dd-thang-mm-nam-yyyy-dash-hh-mm-bold-sapo-figcaptions-bai-name-semicolon-anh-name-paren-unit-of-photographer",
                url=url, art=A3, main_fn=main, pub=pub, prefix="btcgl", kb=246,
                org="Ban Tổ chức Tỉnh ủy Gia Lai", addr="Số 2 đường Hoàng Văn Thụ, phường Quy Nhơn, tỉnh Gia Lai", phone="0269.3824.555",
                crumbs=crumbs, top=banner("/o/btc-theme/images/logo-ban-to-chuc.png", "Ban Tổ chức Tỉnh ủy Gia Lai"), side=side,
                shell_kw={"layout": "lr73cmc", "head_extra": head, "items": MENU_PARTY, "left": f'<span class="cmc-today">{longdate(today)}</span>'},
                exp=expected_(A3, iso(pub), author=WRITER3, photographer=PHOTO3, category="Hoạt động ngành tổ chức xây dựng đảng"),
                traps={"credit": [CREDIT3, f"{PHOTO3} ({PUNIT3})"], "photographer_unit": [PUNIT3], "chrome": ["Chi tiết tin", "Tin cùng chuyên mục", "Đường dây nóng", "Từ khóa:"],
                       "related": lambda rl: rl[:5]},
                notes="TWIST — Liferay DXP 7.3 under a vendor theme with CMC's news module (portlet id com_cmc_news_web_portlet_NewsDetailPortlet; markup invented after the vendor family of shared/research/vn-sites.md, hedge) in a portlet decorator titled 'Chi tiết tin' (generic, set 29). The credit line at the end of the text is 'Bài: Rơ Châm Thị Hiền; Ảnh: Đỗ Minh Quân (Trung tâm Truyền thông tỉnh)' — the only unit on the line stands in parentheses after the PHOTOGRAPHER (the provincial media centre lends its photographers to the boards) → author 'Rơ Châm Thị Hiền', author_unit NULL, photographer 'Đỗ Minh Quân' (the name without the parenthesis). A reader that pulls 'Name (unit)' anywhere in the byline — or joins the line's only unit to the writer — stores the media centre as the writer's unit; one that keeps the parenthesis stores 'Đỗ Minh Quân (Trung tâm Truyền thông tỉnh)' as the photographer. NEW (set 42). The rest: the stamp is the .NET-style long date with the time after a dash, 'Thứ Tư, ngày 14 tháng 04 năm 2027 - 09:20' → T09:20; the header clock prints the crawl day in the same long shape without a time; the related list prints its items' days in it too, each with 'Bài: <writer>'. Bold sapo → lead; two figcaptions. Category 'Hoạt động ngành tổ chức xây dựng đảng' (the crumb's deepest level; the portlet title 'Chi tiết tin' is generic).",
                readme="TWIST — Liferay DXP 7.3 + CMC's news module, a training course for commune Party committees: 'Thứ Tư, ngày dd tháng mm năm yyyy - HH:MM' (a long date, the header clock in the same shape); a generic portlet title 'Chi tiết tin'; bold sapo; figcaptions; 'Bài: A; Ảnh: B (Trung tâm Truyền thông tỉnh)' — the only unit on the line belongs to the PHOTOGRAPHER (author_unit null)")


# ===================================================================== 4 Đảng ủy UBND tỉnh Hà Tĩnh: Liferay 6.2 EE + Vietsoftware's news portlet; a NOTICE; the stamp, the update, a poster and a source in a table under the text
A4 = Art("Thông báo tổ chức hội nghị học tập, quán triệt các văn bản mới của Trung ương và của Tỉnh ủy",
         None,
         [("p", "Thực hiện Kế hoạch số 45-KH/TU ngày 02/4/2027 của Ban Thường vụ Tỉnh ủy, Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh thông báo tổ chức hội nghị học tập, quán triệt các văn bản mới của Trung ương và của Tỉnh ủy như sau:"),
          ("p", "1. Thời gian: 01 buổi, bắt đầu từ 07 giờ 30 phút, ngày 28/4/2027 (thứ Tư)."),
          ("p", "2. Hình thức: Trực tiếp kết hợp trực tuyến; điểm cầu chính tại Hội trường tầng 3, trụ sở Ủy ban nhân dân tỉnh; điểm cầu tại các chi bộ, đảng bộ cơ sở trực thuộc."),
          ("p", "3. Thành phần: Ủy viên Ban Chấp hành Đảng bộ Ủy ban nhân dân tỉnh; bí thư, phó bí thư các chi bộ, đảng bộ cơ sở trực thuộc; toàn thể đảng viên sinh hoạt tại các chi bộ cơ quan."),
          ("p", "4. Nội dung và báo cáo viên:"),
          ("table", [["TT", "Nội dung", "Báo cáo viên"],
                     ["1", "Quy định của Bộ Chính trị về kiểm soát quyền lực trong công tác cán bộ", "Đồng chí Phó Bí thư Đảng ủy"],
                     ["2", "Chỉ thị của Ban Thường vụ Tỉnh ủy về tăng cường kỷ luật, kỷ cương hành chính", "Đồng chí Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"],
                     ["3", "Kế hoạch thực hiện chủ đề năm 2027 của Đảng bộ Ủy ban nhân dân tỉnh", "Đồng chí Chánh Văn phòng Đảng ủy"]]),
          ("p", "5. Tổ chức thực hiện: Văn phòng Đảng ủy chuẩn bị tài liệu, hội trường, đường truyền; các chi bộ, đảng bộ cơ sở tổ chức cho đảng viên viết bài thu hoạch, gửi về Văn phòng Đảng ủy trước ngày 15/5/2027."),
          ("p", "Đề nghị các đồng chí dự đầy đủ, đúng thành phần. Mọi chi tiết xin liên hệ đồng chí Lê Thị Hoa, chuyên viên Văn phòng Đảng ủy, điện thoại 0239.3855.126.")])
POSTER4, SOURCE4, SIGNER4 = "Nguyễn Thị Thu Hà", "Văn phòng Đảng ủy UBND tỉnh", "Trần Quốc Tuấn"


def page04():
    pub, upd = T("2027-04-21 15:40"), T("2027-04-22 08:05")
    site = "https://dangbo-ubnd.hatinh.gov.vn"
    url = f"{site}/web/guest/thong-bao/-/vsw-news/chi-tiet/126-thong-bao-to-chuc-hoi-nghi-hoc-tap-quan-triet"
    pars = [b[1] for b in A4.blocks if b[0] == "p"]
    table = next(b[1] for b in A4.blocks if b[0] == "table")

    def main(rng, rl, rd):
        head_tbl = ('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr><td style="text-align:center;width:45%"><p>ĐẢNG BỘ TỈNH HÀ TĨNH<br /><strong>ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH</strong><br />*<br />Số 126-TB/ĐU</p></td>'
                    '<td style="text-align:center"><p><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br /><em>Hà Tĩnh, ngày 21 tháng 4 năm 2027</em></p></td></tr></tbody></table>'
                    '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>về việc tổ chức hội nghị học tập, quán triệt các văn bản mới</strong><br /><strong>của Trung ương và của Tỉnh ủy</strong></p><p style="text-align:center">-----</p>')
        rows = "".join("<tr>" + "".join(f'<td style="border:1px solid #000;padding:4px"><p>{"<strong>" if i == 0 else ""}{esc(c)}{"</strong>" if i == 0 else ""}</p></td>' for c in r) + "</tr>" for i, r in enumerate(table))
        body = (f'<p style="text-align:justify">{esc(pars[0])}</p><p style="text-align:justify">{esc(pars[1])}<br /><br />{esc(pars[2])}<br /><br />{esc(pars[3])}</p>'
                f'<p style="text-align:justify">{esc(pars[4])}</p><table style="border-collapse:collapse;width:100%"><tbody>{rows}</tbody></table>'
                f'<p style="text-align:justify">{esc(pars[5])}<br /><br />{esc(pars[6])}</p>')
        sign = ('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr><td style="vertical-align:top;width:50%"><p><strong><em>Nơi nhận:</em></strong><br />- Các chi bộ, đảng bộ cơ sở trực thuộc,<br />- Lưu Văn phòng Đảng ủy.</p></td>'
                f'<td style="text-align:center;vertical-align:top"><p><strong>T/M BAN THƯỜNG VỤ<br />PHÓ BÍ THƯ</strong><br /><br /><br /><strong>{SIGNER4}</strong></p></td></tr></tbody></table>')
        info = (f'<table class="vsw-info-table"><tbody><tr><td class="vsw-lbl">Ngày đăng:</td><td class="vsw-val">{dmy(pub)} {hm(pub)}</td></tr><tr><td class="vsw-lbl">Cập nhật:</td><td class="vsw-val">{dmy(upd)} {hm(upd)}</td></tr>'
                f'<tr><td class="vsw-lbl">Người đăng:</td><td class="vsw-val">{POSTER4}</td></tr><tr><td class="vsw-lbl">Nguồn:</td><td class="vsw-val">{SOURCE4}</td></tr><tr><td class="vsw-lbl">Lượt xem:</td><td class="vsw-val">318</td></tr></tbody></table>')
        other = "".join(f'<li><a href="{site}/web/guest/thong-bao/-/vsw-news/chi-tiet/{rng.randint(90, 125)}-{slug(t)[:50]}">{esc(t)}</a> <span class="vsw-date">({dmy(d)})</span></li>'
                        for t, d in zip(["Thông báo lịch tiếp công dân của Bí thư Đảng ủy tháng 4/2027", "Thông báo kết luận của Ban Thường vụ Đảng ủy tại hội nghị giao ban quý I",
                                         "Thông báo về việc nộp báo cáo sơ kết công tác đảng quý I/2027", "Thông báo chiêu sinh lớp bồi dưỡng nhận thức về Đảng đợt 1 năm 2027"], rd))
        return (f'<div class="vsw-news-detail"><div class="vsw-news-title"><h2>{esc(A4.title)}</h2></div><div class="vsw-news-content">{head_tbl}{body}{sign}</div>'
                f'<div class="vsw-attach"><span class="vsw-attach-lbl">Tệp đính kèm:</span> <a href="/documents/10180/126-TB-DU.pdf">126-TB-DU-hoi-nghi-quan-triet.pdf</a> (245 KB)</div>{info}'
                f'<div class="vsw-tools"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>'
                f'<div class="vsw-other"><h3>Các thông báo khác</h3><ul>{other}</ul></div></div>')

    def side(rng, p):
        return (side_of(lambda d: f"({dmy(d)})", "Tin tiêu điểm", "vsw-hot", docs=True,
                        doc_items=["Kế hoạch số 45-KH/TU ngày 02/4/2027 của Ban Thường vụ Tỉnh ủy", "Quy định về kiểm soát quyền lực trong công tác cán bộ"])(rng, p)
                + '<div class="vsw-links"><h3>Liên kết</h3><ul><li><a href="https://hatinh.gov.example">Cổng thông tin điện tử tỉnh</a></li><li><a href="https://dangcongsan.example">Báo Điện tử Đảng Cộng sản Việt Nam</a></li></ul></div>')

    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a> <span class="divider">»</span></li><li><a href="/web/guest/van-ban">Văn bản - Thông báo</a> <span class="divider">»</span></li><li class="active"><a href="/web/guest/thong-bao">Thông báo</a></li></ul>'
    head = og(A4.title, url) + '<meta content="Liferay Portal Enterprise Edition 6.2.10 EE GA1" name="generator" />' + \
        '<script>var themeDisplay=Liferay.ThemeDisplay={getCompanyId:function(){return "10154";},getLanguageId:function(){return "vi_VN";},getScopeGroupId:function(){return "10180";}};</script>'
    today = pub + timedelta(days=2)
    return page("s42-04", family="party_committee_of_provincial_government_liferay62ee_vietsoftware_notice_stamp_table_after_text",
                name="hatinh-danguyubndtinh-liferay62ee-vendor-theme-vswnewsdetail-portlet-h2-notice-formal-header-table-thong-bao-heading-br-br-points-data-table-t-m-signature-noi-nhan-attachment-info-table-ngay-dang-cap-nhat-nguoi-dang-nguon-after-text",
                url=url, art=A4, main_fn=main, pub=pub, prefix="dbhtinh", kb=262,
                org="Đảng ủy Ủy ban nhân dân tỉnh Hà Tĩnh", addr="Số 1 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.126",
                crumbs=crumbs, top=banner("/vsw-theme/images/banner-dang-bo.png", "Trang thông tin điện tử Đảng bộ Ủy ban nhân dân tỉnh Hà Tĩnh"), side=side,
                shell_kw={"layout": "lr62vsw", "head_extra": head, "items": MENU_GOV, "left": f"{wd(today)}, ngày {dmy(today)}"},
                exp=expected_(A4, iso(pub), updated=iso(upd), category="Thông báo"),
                traps={"formal": ["Số 126-TB/ĐU", "Hà Tĩnh, ngày 21 tháng 4 năm 2027", "T/M BAN THƯỜNG VỤ", "Nơi nhận:", SIGNER4],
                       "poster": [POSTER4], "source": [SOURCE4], "chrome": ["Tệp đính kèm:", "Các thông báo khác", "Tin tiêu điểm", "Lượt xem:"],
                       "other": ["Thông báo lịch tiếp công dân của Bí thư Đảng ủy tháng 4/2027"]},
                notes="Liferay Portal 6.2 EE under a vendor theme, Vietsoftware's news portlet (vswnewsdetail_WAR_vswportalportlet; markup invented, hedge) showing a NOTICE pasted from the Word file: the formal header table ('ĐẢNG BỘ TỈNH HÀ TĨNH / ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH / Số 126-TB/ĐU' beside 'ĐẢNG CỘNG SẢN VIỆT NAM / Hà Tĩnh, ngày 21 tháng 4 năm 2027'), the centred heading 'THÔNG BÁO' with its sub-lines, the signature table ('Nơi nhận:' beside 'T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / Trần Quốc Tuấn') are formal parts (sets 25/28): neither body nor title, the signer no author, the place-date line no stamp. The points 1–3 are one <p> split by <br /><br /> (three body paragraphs), so are point 5 and the closing contact line (set 25: body); the speakers' table is body, one paragraph per row. Days inside the text ('07 giờ 30 phút, ngày 28/4/2027', '15/5/2027') are the meeting's and the deadline's, not stamps. The portlet prints the item's stamps in an info TABLE under the text: 'Ngày đăng: | 21/04/2027 15:40' → published T15:40, 'Cập nhật: | 22/04/2027 08:05' → updated; 'Người đăng: | Nguyễn Thị Thu Hà' is the poster (set 34: an account, even with a person's name); 'Nguồn: | Văn phòng Đảng ủy UBND tỉnh' a source (set 13) → author null, author_unit null. No sapo → lead null. Category 'Thông báo' (crumb).",
                readme="Liferay 6.2 EE + Vietsoftware's news portlet, a NOTICE of a study conference: the Word file's formal header, heading and 'T/M' signature table (not body); points split by <br /><br />; a speakers' table; an attachment; under the text an info TABLE 'Ngày đăng: | … / Cập nhật: | … / Người đăng: | <person> / Nguồn: | <office>' (poster and source, no writer); no lead")


# ===================================================================== 5 Đảng ủy các cơ quan Đảng tỉnh Nghệ An: SharePoint 2010 + the STOCK ArticleRight layout; a SPEECH; 'Lược ghi: Name' in the ArticleByLine field
A5 = Art("Phát biểu chỉ đạo của đồng chí Bí thư Đảng ủy tại hội nghị chuyên đề về nâng cao chất lượng sinh hoạt chi bộ",
         "Ngày 20/5, Đảng ủy các cơ quan Đảng tỉnh tổ chức hội nghị chuyên đề về nâng cao chất lượng sinh hoạt chi bộ trong các cơ quan tham mưu, giúp việc Tỉnh ủy. Trang thông tin điện tử Đảng bộ trân trọng giới thiệu phát biểu chỉ đạo của đồng chí Bí thư Đảng ủy tại hội nghị.",
         [("p", "Kính thưa các đồng chí đại biểu! Thưa các đồng chí bí thư chi bộ!"),
          ("p", "Sinh hoạt chi bộ là nơi mỗi đảng viên được giáo dục, rèn luyện và trưởng thành. Qua hơn hai năm thực hiện kế hoạch của Đảng ủy, chất lượng sinh hoạt chi bộ trong các cơ quan Đảng tỉnh đã có chuyển biến rõ nét: 100% chi bộ xây dựng nội dung sinh hoạt sát với nhiệm vụ chính trị của cơ quan; nhiều chi bộ đã sinh hoạt chuyên đề theo hình thức đối thoại, nêu vấn đề để đảng viên tranh luận."),
          ("p", "Tuy nhiên, còn một số chi bộ sinh hoạt hình thức, nội dung chung chung, nặng về thông báo công việc chuyên môn; việc tự phê bình và phê bình có lúc còn nể nang, né tránh."),
          ("p", "Thời gian tới, tôi đề nghị các chi bộ tập trung vào ba việc."),
          ("p", "Thứ nhất, mỗi kỳ sinh hoạt phải chọn được vấn đề trọng tâm, gắn với trách nhiệm cụ thể của từng đảng viên; kết luận phải rõ người, rõ việc, rõ thời hạn."),
          ("p", "Thứ hai, bí thư chi bộ phải là người chuẩn bị kỹ nhất, gợi mở để đảng viên phát biểu thẳng thắn; sinh hoạt chuyên đề ít nhất mỗi quý một lần."),
          ("p", "Thứ ba, ứng dụng sổ tay đảng viên điện tử để gửi tài liệu trước, rút ngắn phần thông báo, dành thời gian cho thảo luận."),
          ("p", "Chúc các đồng chí mạnh khỏe, hạnh phúc. Chúc hội nghị thành công tốt đẹp!"),
          ("p", "Xin trân trọng cảm ơn!")])
IMG5 = ("/SiteCollectionImages/2027/05/bi-thu-dang-uy-phat-bieu-chi-dao.jpg", "Đồng chí Bí thư Đảng ủy các cơ quan Đảng tỉnh phát biểu chỉ đạo hội nghị")
BY5, NOTER5 = "Lược ghi: Phan Thị Thu Hằng", "Phan Thị Thu Hằng"


def page05():
    pub, upd = T("2027-05-21 09:00"), T("2027-05-21 16:40")
    site = "https://dangbocoquandang.nghean.dcs.vn"
    url = f"{site}/tintuc/Pages/phat-bieu-chi-dao-cua-dong-chi-bi-thu-dang-uy-tai-hoi-nghi-chuyen-de.aspx"
    g = "_".join([hexid(random.Random(5), 8), "2c4e", "4b1d", "8e7a", hexid(random.Random(6), 12)])

    def main(rng, rl, rd):
        text = f'<p><em>{esc(A5.lead)}</em></p>' + "".join(f'<p style="text-align:justify">{esc(b[1])}</p>' for b in A5.blocks)
        other = "".join(f'<li><a href="{site}/tintuc/Pages/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="article article-right"><div class="pageTitle"><h2 class="ms-pagetitle-article">{esc(A5.title)}</h2></div>'
                f'<div class="header"><div class="date-line">{dmy(pub)}</div><div class="by-line">{esc(BY5)}</div></div>'
                f'<div class="captioned-image"><div class="image"><img alt="" src="{IMG5[0]}" style="border:0px solid" /></div><div class="caption"><div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">{esc(IMG5[1])}</div></div></div>'
                f'<div class="article-content"><div id="ctl00_PlaceHolderMain_ctl04__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl04_label">{text}</div></div>'
                f'<div class="ms-PartSpacingVertical"></div><div class="page-modified">Ngày cập nhật: {dmy(upd)} {hm(upd)}</div>'
                f'<div class="summary-links"><h3 class="ms-standardheader">Tin bài khác</h3><ul>{other}</ul></div></div>')

    def side(rng, p):
        ql = "".join(f'<li class="static"><a class="static menu-item" href="/{slug(x)}"><span class="additional-background"><span class="menu-item-text">{esc(x)}</span></span></a></li>'
                     for x in ["Giới thiệu", "Tin tức", "Hoạt động của Đảng ủy", "Văn bản", "Sổ tay đảng viên", "Thư viện ảnh"])
        return (f'<div class="ms-quickLaunch"><div class="menu vertical menu-vertical"><ul class="root static">{ql}</ul></div></div>'
                + side_of(dmy, "Tin mới", "s4-tinmoi", docs=True)(rng, p))

    crumbs = ('<span id="ctl00_PlaceHolderTitleBreadcrumb_ContentMap"><span><a class="ms-sitemapdirectional" href="/">Trang chủ</a></span><span> &gt; </span>'
              '<span><a class="ms-sitemapdirectional" href="/tintuc">Tin tức</a></span><span> &gt; </span><span><a class="ms-sitemapdirectional" href="/tintuc/hoat-dong-cua-dang-uy">Hoạt động của Đảng ủy</a></span></span>')
    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            '<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "\\u002ftintuc", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4, pageListId:"{7c1e9a20-44b3-4a9f-b1d2-3e5f6a7b8c90}", pageItemId:87, userId:0, alertsEnabled:false, siteServerRelativeUrl: "\\u002f"};</script>'
            + og(A5.title, url) + f'<!-- ctl00_m_g_{g} -->')
    today = upd + timedelta(days=2)
    return page("s42-05", family="party_agencies_committee_sharepoint2010_stock_articleright_speech_luoc_ghi_label",
                name="nghean-danguycoquandang-sharepoint2010-publishing-stock-articleright-layout-v4-master-site-title-h1-page-title-h2-date-line-dd-mm-yyyy-date-only-by-line-luoc-ghi-label-captioned-image-right-italic-lead-speech-ngay-cap-nhat-footer-timed",
                url=url, art=A5, main_fn=main, pub=pub, prefix="dbcqd", kb=238,
                org="Đảng ủy các cơ quan Đảng tỉnh Nghệ An", addr="Số 5 đường Phan Đăng Lưu, phường Trường Vinh, tỉnh Nghệ An", phone="0238.3844.715",
                crumbs=crumbs, top='<a href="/"><img src="/_layouts/images/DBCQD/logo.png" alt="Logo" /></a>', side=side,
                shell_kw={"layout": "sp2010ar", "head_extra": head, "items": MENU_PARTY, "form": True, "left": f"{wd(today)}, {dmy(today)}"},
                exp=expected_(A5, isod(pub), updated=iso(upd), author=NOTER5, category="Hoạt động của Đảng ủy", captions=[IMG5[1]]),
                traps={"byline": [BY5], "chrome": ["Đảng bộ các cơ quan Đảng tỉnh Nghệ An", "Tin bài khác", "Thư viện ảnh"], "related": lambda rl: rl[:6]},
                notes="SharePoint Server 2010 publishing, the STOCK 'Article page with image on right' layout (ArticleRight.aspx: date line, by-line, captioned image, page content) in a lightly re-skinned v4.master: the site's title is the h1 of the title row (the Đảng bộ's name), the page title an h2 the vendor moved into the layout → title. ArticleStartDate is a DATE ONLY ('21/05/2027', vi-VN) → published '2027-05-21'; the master prints the item's Modified under the content, 'Ngày cập nhật: 21/05/2027 16:40' → updated T16:40 (set 35: no time is borrowed for the publication). The ArticleByLine field reads 'Lược ghi: Phan Thị Thu Hằng' — the label before the name is set 26's '(lược ghi)' suffix in front → author 'Phan Thị Thu Hằng'; the Bí thư who gave the speech is not the author (set 28). The captioned image's caption comes before the text (one caption). The editors' italic intro is the first paragraph of the page content → lead; the speech's salutation and closing are body (set 28). Category 'Hoạt động của Đảng ủy' (the title row's crumb). 'Tin bài khác' (summary links with days) is not body.",
                readme="SharePoint 2010 + the STOCK ArticleRight layout, a SPEECH (lược ghi): the site name in the title row's h1, the page title an h2; the date line 'dd/mm/yyyy' (date only) and 'Ngày cập nhật: dd/mm/yyyy HH:MM' under the content; the by-line field 'Lược ghi: Name' (label before the name); the captioned image before the text; italic intro lead; salutation and closing as body")


# ===================================================================== 6 Liên đoàn Lao động tỉnh Bắc Ninh: DNN 9 + the Razor Host module; 'Đăng lúc 10:05 SA ngày 18/05/2027'; a data table with a total row; 'Tổng hợp: <office>'
A6 = Art("Liên đoàn Lao động tỉnh trao 1.200 suất quà cho đoàn viên khó khăn trong Tháng Công nhân",
         "Trong khuôn khổ Tháng Công nhân năm 2027, từ ngày 12 đến 17/5, Liên đoàn Lao động tỉnh phối hợp với các doanh nghiệp trao 1.200 suất quà cho đoàn viên, người lao động có hoàn cảnh khó khăn tại các khu công nghiệp, tổng trị giá 1,44 tỷ đồng.",
         [("p", "Mỗi suất quà gồm 1 triệu đồng tiền mặt và nhu yếu phẩm trị giá 200.000 đồng. Đối tượng nhận quà là đoàn viên có hoàn cảnh đặc biệt khó khăn, bị tai nạn lao động, mắc bệnh hiểm nghèo hoặc có người thân mất trong năm."),
          ("p", "Các suất quà được phân bổ theo khu công nghiệp như sau:"),
          ("table", [["Khu công nghiệp", "Số suất quà", "Trị giá (triệu đồng)"],
                     ["Khu công nghiệp Quế Võ", "320", "384"],
                     ["Khu công nghiệp Yên Phong", "280", "336"],
                     ["Khu công nghiệp Tiên Sơn", "210", "252"],
                     ["Khu công nghiệp Vân Trung", "190", "228"],
                     ["Các cụm công nghiệp", "200", "240"],
                     ["Tổng cộng", "1.200", "1.440"]]),
          ("p", "Cùng với trao quà, công đoàn các cấp tổ chức 36 buổi đối thoại giữa người sử dụng lao động với người lao động; tư vấn pháp luật về hợp đồng lao động, bảo hiểm xã hội cho hơn 4.000 lượt đoàn viên."),
          ("img", "/Portals/0/Images/TinTuc/2027/05/trao-qua-kcn-que-vo.jpg", "Lãnh đạo Liên đoàn Lao động tỉnh trao quà cho đoàn viên Khu công nghiệp Quế Võ"),
          ("p", "Chủ tịch Liên đoàn Lao động tỉnh đề nghị công đoàn cơ sở tiếp tục nắm chắc đời sống, việc làm của đoàn viên, kịp thời đề xuất hỗ trợ những trường hợp khó khăn đột xuất, không để đoàn viên nào bị bỏ lại phía sau.")])
SIGN6, UNIT6 = "Tổng hợp: Ban Tuyên giáo LĐLĐ tỉnh", "Ban Tuyên giáo LĐLĐ tỉnh"


def page06():
    pub = T("2027-05-18 10:05")
    site = "https://congdoanbacninh.vn"
    url = f"{site}/tin-tuc/hoat-dong-cong-doan/ArticleId/4512/lien-doan-lao-dong-tinh-trao-1-200-suat-qua-cho-doan-vien-kho-khan"
    stamp = lambda d: f"Đăng lúc {twelve(d, pad=True)} ngày {dmy(d)}"

    def table(rows):
        out = ['<table class="table table-bordered razor-table" style="width:100%"><tbody>']
        for i, r in enumerate(rows):
            tag = "th" if i == 0 else "td"
            bold = i == len(rows) - 1
            out.append("<tr>" + "".join(f'<{tag} style="text-align:{"left" if j == 0 else "right"}">{"<b>" if bold else ""}{esc(c)}{"</b>" if bold else ""}</{tag}>' for j, c in enumerate(r)) + "</tr>")
        return "".join(out) + "</tbody></table>"

    def img(s, c, n):
        return (f'<table align="center" border="0" cellpadding="2" cellspacing="0" style="width:600px"><tbody><tr><td><img alt="" src="{s}" style="width:600px" /></td></tr>'
                f'<tr><td style="text-align:center;background:#f1f1f1"><span style="font-size:12px"><em>{esc(c)}</em></span></td></tr></tbody></table>')

    def main(rng, rl, rd):
        other = "".join(f'<li><a href="{site}/tin-tuc/hoat-dong-cong-doan/ArticleId/{4480 + i}/{slug(t)[:50]}">{esc(t)}</a> <span class="razor-date">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(rl[:6], rd)))
        return (f'<div class="razor-article"><h1 class="razor-title">{esc(A6.title)}</h1><div class="razor-meta"><span class="razor-stamp">{stamp(pub)}</span>'
                f' <span class="razor-view">| Lượt xem: 906</span> <a class="razor-print" href="javascript:window.print();">In bài</a></div>'
                f'<div class="razor-sapo"><b>{esc(A6.lead)}</b></div><div class="razor-body">{A6.render(p=jp, table=table, img=img, sep="")}'
                f'<p style="text-align:right"><b>{esc(SIGN6)}</b></p></div>'
                f'<div class="razor-share"><a href="https://www.facebook.example/sharer/sharer.php?u={url}">Chia sẻ</a> <a href="#">Zalo</a></div>'
                f'<div class="razor-other"><h3 class="razor-other-title">Tin khác</h3><ul>{other}</ul></div></div>')

    def side(rng, p):
        return (side_of(stamp, "Tin đọc nhiều", "cd-most", docs=True,
                        doc_items=["Kế hoạch tổ chức Tháng Công nhân năm 2027", "Hướng dẫn thăm hỏi, hỗ trợ đoàn viên có hoàn cảnh khó khăn"])(rng, p)
                + '<div class="cd-hotline"><h3>Đường dây nóng Công đoàn</h3><p>1900.6868 - tư vấn pháp luật lao động miễn phí</p></div>')

    crumbs = '<a href="/" class="SkinObject">Trang chủ</a> &gt; <a href="/tin-tuc" class="SkinObject">Tin tức</a> &gt; <a href="/tin-tuc/hoat-dong-cong-doan" class="SkinObject">Hoạt động công đoàn</a>'
    head = (og(A6.title, url) + '<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><link href="/Portals/_default/Skins/CongDoan/skin.css?cdv=214" type="text/css" rel="stylesheet"/>'
            '<script type="text/javascript">/*<![CDATA[*/var dnn = dnn || {}; dnn.portalId = 0; dnn.tabId = 62;/*]]>*/</script>')
    today = pub + timedelta(days=1, hours=4)
    return page("s42-06", family="labour_federation_dnn9_razor_host_module_twelve_hour_sa_time_first_tong_hop_office",
                name="bacninh-ldld-dnn9-vendor-skin-razor-host-module-container-title-tin-tuc-su-kien-h1-dang-luc-hh-mm-sa-ngay-dd-mm-yyyy-bold-sapo-data-table-th-total-row-picture-table-grey-caption-row-tong-hop-ban-tuyen-giao-office-unit",
                url=url, art=A6, main_fn=main, pub=pub, prefix="cdbn", kb=226,
                org="Liên đoàn Lao động tỉnh Bắc Ninh", addr="Số 11 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.586",
                crumbs=crumbs, top=banner("/Portals/0/Images/banner-ldld.png", "Liên đoàn Lao động tỉnh Bắc Ninh"), side=side,
                shell_kw={"layout": "dnn9razor", "head_extra": head, "items": MENU_MASS, "form": True, "dnn": True, "left": '<a href="/dang-nhap">Đăng nhập</a> | <a href="/dang-ky">Đăng ký</a>'},
                exp=expected_(A6, iso(pub), unit=UNIT6, category="Hoạt động công đoàn"),
                traps={"byline": [SIGN6], "chrome": ["Tin tức - Sự kiện", "Tin khác", "Đường dây nóng Công đoàn", "Lượt xem: 906"], "related": lambda rl: rl[:6]},
                notes="DNN Platform 9.4 under a vendor skin; the item is rendered by the Razor Host module (a 'ChiTietTin.cshtml' script over the vendor's news table) inside a container titled 'Tin tức - Sự kiện' (generic: not the category, set 29). The headline is the script's h1. Stamp 'Đăng lúc 10:05 SA ngày 18/05/2027': a label, a 12-hour time FIRST with 'SA' (vi-VN's AM designator, set 27), then 'ngày' and the day → 2027-05-18T10:05; the most-read list prints the same shape for other items. Bold sapo → lead. A data table with <th> header cells and a bold total row (set 30: rows are paragraphs, ' | ' between cells); a picture in a two-row table with a grey caption row. The text is signed 'Tổng hợp: Ban Tuyên giáo LĐLĐ tỉnh' — the label 'Tổng hợp:' before a BODY and no person → author null, author_unit 'Ban Tuyên giáo LĐLĐ tỉnh' (set 31's 'Thực hiện:' + an office, set 26's '(tổng hợp)'). Category 'Hoạt động công đoàn' (the skin's breadcrumb).",
                readme="DNN 9 + the Razor Host module, Tháng Công nhân gifts: a generic container title; 'Đăng lúc HH:MM SA ngày dd/mm/yyyy' (12-hour, time first); bold sapo; a data table with <th> and a total row; a picture table with a grey caption row; 'Tổng hợp: <office>' (a unit, no writer)")


# ===================================================================== 7 Hội LHPN xã Trà Bồng (Quảng Ngãi): WordPress + Twenty Sixteen; the manual excerpt printed as entry-summary (lead); the meta after the text
A7 = Art("Hội LHPN xã Trà Bồng trao sinh kế giúp phụ nữ dân tộc Cor thoát nghèo",
         "Ngày 24/5, Hội Liên hiệp Phụ nữ xã Trà Bồng trao 30 con bò giống và 1.500 cây quế giống cho 30 hội viên phụ nữ dân tộc Cor thuộc hộ nghèo, hộ cận nghèo trên địa bàn xã.",
         [("p", "Nguồn kinh phí hơn 450 triệu đồng do Hội LHPN tỉnh vận động từ các nhà hảo tâm và chương trình “Đồng hành cùng phụ nữ biên cương”. Trước khi nhận bò, các hội viên được cán bộ khuyến nông xã tập huấn kỹ thuật làm chuồng, trồng cỏ và phòng bệnh cho gia súc."),
          ("img", "/wp-content/uploads/2027/05/trao-bo-giong-hoi-vien.jpg", "Lãnh đạo Hội LHPN xã trao bò giống cho hội viên"),
          ("p", "Theo quy ước của mô hình “Ngân hàng bò”, sau khi bò sinh sản lứa đầu, các hộ sẽ trao lại bê con cho hội viên khó khăn khác, bảo đảm nguồn vốn được luân chuyển trong cộng đồng."),
          ("p", "Chị Đinh Thị Lên, thôn Trà Lạc, xúc động chia sẻ: “Có con bò, có cây quế, gia đình tôi có thêm sinh kế, quyết tâm thoát nghèo trong năm nay”."),
          ("raw", "GALLERY"),
          ("p", "Năm 2026, Hội LHPN xã đã hỗ trợ 62 hội viên phát triển kinh tế, góp phần giảm tỷ lệ hộ nghèo của xã xuống còn 18,4%.")])
GAL7 = [("/wp-content/uploads/2027/05/nhan-cay-que-giong.jpg", "Hội viên nhận cây quế giống"),
        ("/wp-content/uploads/2027/05/huong-dan-lam-chuong.jpg", "Cán bộ khuyến nông hướng dẫn kỹ thuật làm chuồng trại"),
        ("/wp-content/uploads/2027/05/chup-anh-luu-niem.jpg", "Các hội viên nhận hỗ trợ chụp ảnh lưu niệm cùng Ban Chấp hành Hội")]
CREDIT7, WRITER7 = "Tin, ảnh: Đinh Thị Hồng Nhung", "Đinh Thị Hồng Nhung"
ACCOUNT7 = "hoilhpn_trabong"


def page07():
    pub, upd = T("2027-05-25 14:10"), T("2027-05-26 08:02")
    site = "https://phunutrabong.quangngai.vn"
    url = f"{site}/2027/05/25/hoi-lhpn-xa-tra-bong-trao-sinh-ke-giup-phu-nu-dan-toc-cor-thoat-ngheo/"
    months = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
    wpdate = lambda d: f"{d.day} Tháng {months[d.month - 1]}, {d.year}"
    nb = "\u00a0"

    def p(t):
        # classic editor paragraphs typed with a run of non-breaking spaces as the indent
        return f'<p style="text-align: justify;">{nb * 4}{esc(t)}</p>'

    def img(s, c, n):
        return (f'<figure id="attachment_{620 + n}" aria-describedby="caption-attachment-{620 + n}" style="width: 840px" class="wp-caption aligncenter"><img loading="lazy" decoding="async" class="size-large wp-image-{620 + n}" src="{s}" alt="" width="840" height="560" />'
                f'<figcaption id="caption-attachment-{620 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')

    gallery = ("<div id='gallery-1' class='gallery galleryid-618 gallery-columns-3 gallery-size-thumbnail'>"
               + "".join(f"<figure class='gallery-item'><div class='gallery-icon landscape'><a href='{s}'><img width=\"150\" height=\"150\" src=\"{s[:-4]}-150x150.jpg\" class=\"attachment-thumbnail size-thumbnail\" alt=\"\" aria-describedby=\"gallery-1-{630 + i}\" /></a></div>"
                         f"<figcaption class='wp-caption-text gallery-caption' id='gallery-1-{630 + i}'>{esc(c)}</figcaption></figure>" for i, (s, c) in enumerate(GAL7))
               + "</div>")

    def main(rng, rl, rd):
        return (f'<article id="post-618" class="post-618 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-hoi tag-ngan-hang-bo tag-sinh-ke">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(A7.title)}</h1></header>'
                f'<div class="entry-summary"><p>{esc(A7.lead)}</p></div>'
                f'<div class="post-thumbnail"><img width="1200" height="675" src="/wp-content/uploads/2027/05/trao-sinh-ke-tra-bong-1200x675.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>'
                f'<div class="entry-content">{A7.render(p=p, img=img, raw=lambda x: gallery, sep="")}<p style="text-align: right;"><strong>{esc(CREDIT7)}</strong></p><p>{nb}</p></div>'
                f'<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt="" src="/wp-content/uploads/avatar-49.png" class="avatar avatar-49 photo" height="49" width="49" /><span class="screen-reader-text">Tác giả </span> <a class="url fn n" href="{site}/author/{ACCOUNT7}/">{ACCOUNT7}</a></span></span>'
                f'<span class="posted-on"><span class="screen-reader-text">Đăng vào </span><a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{iso(pub)}">{wpdate(pub)}</time><time class="updated" datetime="{iso(upd)}">{wpdate(upd)}</time></a></span>'
                f'<span class="cat-links"><span class="screen-reader-text">Chuyên mục </span><a href="{site}/category/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></span>'
                f'<span class="tags-links"><span class="screen-reader-text">Thẻ </span><a href="{site}/tag/ngan-hang-bo/" rel="tag">ngân hàng bò</a>, <a href="{site}/tag/sinh-ke/" rel="tag">sinh kế</a></span></footer></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
                f'<div class="nav-previous"><a href="#" rel="prev"><span class="meta-nav" aria-hidden="true">Trước</span> <span class="screen-reader-text">Bài viết trước:</span> <span class="post-title">{esc(rl[0])}</span></a></div>'
                f'<div class="nav-next"><a href="#" rel="next"><span class="meta-nav" aria-hidden="true">Tiếp theo</span> <span class="screen-reader-text">Bài viết tiếp theo:</span> <span class="post-title">{esc(rl[1])}</span></a></div></div></nav>')

    def side(rng, p):
        recent = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in heads14(rng, 5, avoid=[A7.title]))
        return (f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Bài viết mới</h2><ul>{recent}</ul></section>'
                '<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Lưu trữ</h2><ul><li><a href="/2027/05/">Tháng Năm 2027</a></li><li><a href="/2027/04/">Tháng Tư 2027</a></li><li><a href="/2027/03/">Tháng Ba 2027</a></li></ul></section>'
                '<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="/category/hoat-dong-hoi/">Hoạt động Hội</a></li><li><a href="/category/guong-dien-hinh/">Gương điển hình</a></li><li><a href="/category/thong-bao/">Thông báo</a></li></ul></section>')

    top = (f'<div class="site-branding"><p class="site-title"><a href="/" rel="home">Hội LHPN xã Trà Bồng</a></p><p class="site-description">Phụ nữ Trà Bồng đoàn kết, sáng tạo</p></div>')
    head = (og(A7.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(upd)}) + '<meta name="generator" content="WordPress 6.8" />'
            + "<link rel='stylesheet' id='twentysixteen-style-css' href='/wp-content/themes/twentysixteen/style.css?ver=20250415' media='all' />"
            + '<style id="twentysixteen-critical">.screen-reader-text{clip:rect(1px,1px,1px,1px);height:1px;overflow:hidden;position:absolute!important;width:1px}.updated:not(.published){display:none}</style>')
    return page("s42-07", family="commune_womens_union_wp_twentysixteen_entry_summary_lead_gallery_meta_after_text",
                name="quangngai-hoilhpn-xa-trabong-wp-twentysixteen-entry-title-h1-entry-summary-excerpt-lead-post-thumbnail-wp-caption-figure-classic-gallery-three-captions-nbsp-indents-tin-anh-name-entry-footer-account-d-thang-nam-yyyy-hidden-updated-cat-links",
                url=url, art=A7, main_fn=main, pub=pub, prefix="lhpntb", kb=164,
                org="Hội LHPN xã Trà Bồng", addr="Trụ sở Đảng ủy - HĐND - UBND xã Trà Bồng, tỉnh Quảng Ngãi", phone="0255.3866.214",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "tt16", "head_extra": head, "items": MENU_MASS, "left": ""},
                exp=expected_(A7, iso(pub), author=WRITER7, photographer=WRITER7, category="Hoạt động Hội", captions=[A7.captions[0]] + [c for _, c in GAL7]),
                traps={"credit": [CREDIT7], "account": [ACCOUNT7], "chrome": ["Điều hướng bài viết", "Bài viết mới", "Lưu trữ", "Tháng Năm 2027"], "related": lambda rl: rl[:2]},
                notes="WordPress 6.8 + Twenty Sixteen (the default theme of 2016), a commune women's union's site: the single template prints the post's MANUAL EXCERPT as div.entry-summary between the h1 and the featured image → lead (the editors wrote it; it is not a cut of the text, set 28); the featured image has no caption. The classic editor's paragraphs are indented with runs of non-breaking spaces (four U+00A0 before the words); a figure.wp-caption with its figcaption; a classic [gallery] of three thumbnails, each with its figcaption → captions in page order (the single caption, then the gallery's three). The text ends 'Tin, ảnh: Đinh Thị Hồng Nhung' → author and photographer. Twenty Sixteen puts the post meta in the entry-footer AFTER the text: the account 'hoilhpn_trabong' (labelled 'Tác giả' only for screen readers: an account, not the writer, set 27), 'Đăng vào' with <time class='entry-date published' datetime='…T14:10:00+07:00'>25 Tháng Năm, 2027</time> → 2027-05-25T14:10 ('Tháng Năm' is May, day first; the time from the datetime, set 25 MAJORITY), followed by <time class='updated'>26 Tháng Năm, 2027</time> which the theme's CSS hides (.updated:not(.published){display:none}) → updated null (set 29); 'Chuyên mục Hoạt động Hội' → category (no crumb on this theme); tags. Post navigation and the widgets are not body.",
                readme="WordPress + Twenty Sixteen, a commune women's union's livelihood gifts: the manual excerpt printed as entry-summary (lead); NBSP-run indents; a wp-caption figure and a three-picture classic gallery; 'Tin, ảnh: Name'; the entry footer AFTER the text (account, 'Đăng vào' 'd Tháng Năm, yyyy' with the time in datetime, a CSS-hidden updated time, the category)")


# ===================================================================== 8 Hội Nhà báo tỉnh Lâm Đồng: WordPress + Hueman; 'bởi <account> · Đã đăng dd/mm/yyyy · Cập nhật dd/mm/yyyy' (times in datetime); three writers under 'Nhóm phóng viên:'
A8 = Art("Tọa đàm “Báo chí Lâm Đồng với sự nghiệp đổi mới” nhân kỷ niệm 102 năm Ngày Báo chí cách mạng Việt Nam",
         None,
         [("p", "Sáng 18/6, Hội Nhà báo tỉnh tổ chức tọa đàm “Báo chí Lâm Đồng với sự nghiệp đổi mới” nhân kỷ niệm 102 năm Ngày Báo chí cách mạng Việt Nam (21/6/1925 - 21/6/2027). Dự tọa đàm có hơn 120 hội viên đến từ các cơ quan báo chí của tỉnh, phóng viên thường trú của các báo Trung ương trên địa bàn."),
          ("p", "Các ý kiến tại tọa đàm tập trung vào vai trò của báo chí trong tuyên truyền thực hiện mô hình chính quyền địa phương hai cấp, đấu tranh phòng, chống tham nhũng, lãng phí và bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng."),
          ("img", "/wp-content/uploads/2027/06/phong-vien-tac-nghiep-vung-kinh-te-moi.jpg", "Phóng viên Báo Lâm Đồng tác nghiệp tại vùng kinh tế mới những năm 1980. Ảnh: Tư liệu"),
          ("p", "Nhà báo lão thành Trần Văn Khuê ôn lại những năm tháng làm báo thời bao cấp, khi phóng viên phải đạp xe hàng chục cây số để lấy tin, viết tay bản thảo; ông mong lớp nhà báo trẻ giữ vững bản lĩnh chính trị, đạo đức nghề nghiệp."),
          ("p", "Phát biểu kết luận, đồng chí Chủ tịch Hội Nhà báo tỉnh đề nghị các chi hội đẩy mạnh chuyển đổi số trong hoạt động báo chí, nâng cao chất lượng tác phẩm dự Giải Báo chí tỉnh lần thứ XV năm 2027."),
          ("img", "/wp-content/uploads/2027/06/dai-bieu-chup-anh-luu-niem-toa-dam.jpg", "Các đại biểu chụp ảnh lưu niệm tại tọa đàm"),
          ("p", "Dịp này, Hội Nhà báo tỉnh trao Kỷ niệm chương “Vì sự nghiệp Báo chí Việt Nam” cho 12 hội viên.")])
WRITERS8 = ["Lê Hà", "Quang Vinh", "Minh Thư"]
CREDIT8, ACCOUNT8 = f"Nhóm phóng viên: {' - '.join(WRITERS8)}", "bbt_hoinhabao"


def page08():
    pub, upd = T("2027-06-18 11:45"), T("2027-06-19 10:20")
    site = "https://hoinhabaolamdong.vn"
    url = f"{site}/toa-dam-bao-chi-lam-dong-voi-su-nghiep-doi-moi/"

    def img(s, c, n):
        return (f'<figure id="attachment_{3310 + n}" aria-describedby="caption-attachment-{3310 + n}" style="width: 720px" class="wp-caption aligncenter"><img loading="lazy" class="wp-image-{3310 + n} size-full" src="{s}" alt="" width="720" height="480" />'
                f'<figcaption id="caption-attachment-{3310 + n}" class="wp-caption-text">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        related = "".join(f'<li class="related post-hover"><article class="post"><div class="post-thumbnail"><a href="#"><img src="/wp-content/uploads/2027/{hexid(rng, 8)}-520x245.jpg" alt="" /></a></div>'
                          f'<div class="related-inner"><h4 class="post-title entry-title"><a href="#" rel="bookmark">{esc(t)}</a></h4><div class="post-meta group"><p class="post-date"><time class="published updated" datetime="{iso(d)}">{dmy(d)}</time></p></div></div></article></li>'
                          for t, d in zip(rl[:3], rd))
        return (f'<div class="page-title hu-pad group"><ul class="meta-single group"><li class="category"><a href="{site}/chuyen-muc/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></li>'
                f'<li class="comments"><a href="#comments"><i class="far fa-comments"></i>2</a></li></ul></div>'
                f'<div class="hu-pad group"><article class="post-2231 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-hoi"><div class="post-inner group">'
                f'<h1 class="post-title entry-title">{esc(A8.title)}</h1>'
                f'<p class="post-byline">bởi <span class="vcard author"><span class="fn"><a href="{site}/author/{ACCOUNT8}/" title="Đăng bởi {ACCOUNT8}" rel="author">{ACCOUNT8}</a></span></span> &middot; '
                f'Đã đăng <time class="published" datetime="{iso(pub)}">{dmy(pub)}</time> &middot; Cập nhật <time class="updated" datetime="{iso(upd)}">{dmy(upd)}</time></p>'
                f'<div class="clear"></div><div class="entry themeform"><div class="entry-inner">{A8.render(p=jp, img=img, sep="")}'
                f'<p style="text-align: right;"><strong>{esc(CREDIT8)}</strong></p></div><div class="clear"></div></div></div></article>'
                f'<p class="post-tags"><span>Thẻ:</span> <a href="{site}/the/bao-chi/" rel="tag">báo chí</a><a href="{site}/the/21-6/" rel="tag">21/6</a></p>'
                f'<div class="author-bio"><div class="bio-avatar"><img alt="" src="/wp-content/uploads/avatar-bbt.png" class="avatar avatar-128 photo" /></div><p class="bio-name">{ACCOUNT8}</p>'
                f'<p class="bio-desc">Tài khoản của Ban Biên tập Trang thông tin điện tử Hội Nhà báo tỉnh Lâm Đồng.</p><div class="clear"></div></div>'
                f'<h4 class="heading"><i class="far fa-hand-point-right"></i>Có thể bạn quan tâm</h4><ul class="related-posts group">{related}</ul>'
                f'<section id="comments" class="themeform"><h3 class="heading">2 Bình luận</h3><ol class="commentlist"><li class="comment"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">Nguyễn Thị Vân</cite></div>'
                f'<div class="comment-meta commentmetadata"><a href="#">18/06/2027 lúc 13:02</a></div><p>Xin chúc mừng các nhà báo lão thành và các hội viên được trao Kỷ niệm chương!</p></div></li>'
                f'<li class="comment"><div class="comment-body"><div class="comment-author vcard"><cite class="fn">Phạm Đức</cite></div><div class="comment-meta commentmetadata"><a href="#">18/06/2027 lúc 20:47</a></div>'
                f'<p>Mong Hội tổ chức thêm các lớp bồi dưỡng kỹ năng báo chí số cho phóng viên trẻ.</p></div></li></ol></section></div>')

    def side(rng, p):
        ds = past(p, rng, 5, 1, 20)
        posts = "".join(f'<li><div class="post-item-inner group"><p class="post-item-category"><a href="#">Hoạt động Hội</a></p><p class="post-item-title"><a href="#" rel="bookmark">{esc(t)}</a></p>'
                        f'<p class="post-item-date">{dmy(d)}</p></div></li>' for t, d in zip(heads13(rng, 5), ds))
        return (f'<div id="alxposts-2" class="widget widget_hu_posts"><h3 class="widget-title">Bài viết mới</h3><ul class="alx-posts group">{posts}</ul></div>'
                '<div id="recent-comments-2" class="widget widget_recent_comments"><h3 class="widget-title">Bình luận gần đây</h3><ul id="recentcomments"><li class="recentcomments"><span class="comment-author-link">Phạm Đức</span> trong <a href="#">Tọa đàm “Báo chí Lâm Đồng với sự nghiệp đổi mới”</a></li></ul></div>')

    top = '<p class="site-title"><a class="custom-logo-link" href="/" rel="home" title="Hội Nhà báo tỉnh Lâm Đồng | Trang chủ">Hội Nhà báo tỉnh Lâm Đồng</a></p><p class="site-description">Trang thông tin điện tử</p>'
    head = (og(A8.title, url, {"article:published_time": iso(pub), "article:modified_time": iso(upd)}) + '<meta name="generator" content="WordPress 6.7.1" />'
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A8.title, "datePublished": iso(pub), "dateModified": iso(upd), "author": {"@type": "Person", "name": ACCOUNT8}}))
    today = upd + timedelta(days=1)
    return page("s42-08", family="journalists_association_wp_hueman_published_updated_byline_three_writers_group_label",
                name="lamdong-hoinhabao-wp-hueman-page-title-meta-single-category-h1-post-byline-boi-account-da-dang-dd-mm-yyyy-cap-nhat-dd-mm-yyyy-datetimes-no-lead-wp-caption-anh-tu-lieu-nhom-phong-vien-three-names-author-bio-account-related-posts",
                url=url, art=A8, main_fn=main, pub=pub, prefix="hnbld", kb=188,
                org="Hội Nhà báo tỉnh Lâm Đồng", addr="Số 38 đường Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.418",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "hueman", "head_extra": head, "items": MENU_MASS, "left": f'<span class="hu-date">{wd(today)}, {dmy(today)}</span>'},
                exp=expected_(A8, iso(pub), updated=iso(upd), author=", ".join(WRITERS8), category="Hoạt động Hội"),
                traps={"credit": [CREDIT8], "account": [ACCOUNT8, "Tài khoản của Ban Biên tập Trang thông tin điện tử Hội Nhà báo tỉnh Lâm Đồng."],
                       "comments": ["Nguyễn Thị Vân", "Phạm Đức", "Xin chúc mừng các nhà báo lão thành và các hội viên được trao Kỷ niệm chương!"],
                       "chrome": ["Có thể bạn quan tâm", "Bình luận gần đây", "Bài viết mới"], "related": lambda rl: rl[:3]},
                notes="WordPress 6.7 + Hueman (Press Customizr), a journalists' association's site. Hueman prints the category list in the page-title band ABOVE the h1 ('Hoạt động Hội' → category; no crumb). Its post-byline, with both date options on: 'bởi bbt_hoinhabao · Đã đăng 18/06/2027 · Cập nhật 19/06/2027' — the account is not a writer (set 27; its author-bio box under the text is the editors' profile, set 34); each date carries its time only in its <time datetime> (+07:00) → published 2027-06-18T11:45, updated 2027-06-19T10:20 (set 39: the second <time> is the update). No sapo → lead null. A historic picture's caption ends 'Ảnh: Tư liệu' (a credit inside a caption, naming no one: caption kept whole, no photographer, sets 25/26). The credit line at the end: 'Nhóm phóng viên: Lê Hà - Quang Vinh - Minh Thư' → three writers 'Lê Hà, Quang Vinh, Minh Thư' (the label names the group, the ' - ' separates the writers, set 35). Not body: tags, the author-bio box, 'Có thể bạn quan tâm' (related posts with days), two readers' comments with their times, the sidebar.",
                readme="WordPress + Hueman, a press-day talk: the category list above the h1; 'bởi <account> · Đã đăng dd/mm/yyyy · Cập nhật dd/mm/yyyy' (both times only in datetime); no lead; a caption ending 'Ảnh: Tư liệu'; 'Nhóm phóng viên: A - B - C' (three writers); an account's author-bio box, related posts, comments")


# ===================================================================== 9 Hội Người cao tuổi tỉnh Thanh Hóa: Joomla 2.5 + JA Purity II; createdate above, 'Lần cập nhật cuối ( … )' below; Word markup, <br /><br />, a data table
A9 = Art("Hội Người cao tuổi tỉnh sơ kết phong trào “Tuổi cao - Gương sáng” quý I năm 2027",
         "Ngày 9/4, Hội Người cao tuổi tỉnh tổ chức hội nghị sơ kết phong trào thi đua “Tuổi cao - Gương sáng” quý I, triển khai nhiệm vụ quý II năm 2027.",
         [("p", "Quý I/2027, các cấp hội trong tỉnh đã tổ chức mừng thọ cho 26.418 hội viên, thăm hỏi, tặng quà 3.120 người cao tuổi có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán với tổng trị giá gần 2,4 tỷ đồng."),
          ("p", "Phong trào “Tuổi cao - Gương sáng” tiếp tục lan tỏa; nhiều hội viên tích cực tham gia hòa giải ở cơ sở, vận động con cháu chấp hành pháp luật, hiến đất làm đường giao thông nông thôn."),
          ("p", "Kết quả chăm sóc, phát huy vai trò người cao tuổi quý I/2027:"),
          ("table", [["Nội dung", "Đơn vị tính", "Kết quả"],
                     ["Mừng thọ, chúc thọ", "người", "26.418"],
                     ["Thăm hỏi, tặng quà", "suất", "3.120"],
                     ["Khám sức khỏe định kỳ", "lượt", "8.605"],
                     ["Câu lạc bộ liên thế hệ tự giúp nhau", "câu lạc bộ", "214"]]),
          ("img", "/images/stories/2027/04/trao-bang-khen-tuoi-cao-guong-sang.jpg", "Lãnh đạo Hội Người cao tuổi tỉnh trao Bằng khen cho các tập thể, cá nhân tiêu biểu"),
          ("p", "Hội nghị đề ra nhiệm vụ quý II: phát triển thêm 20 câu lạc bộ liên thế hệ tự giúp nhau, tổ chức Ngày hội văn hóa, thể thao người cao tuổi cấp tỉnh vào tháng 6/2027."),
          ("p", "Dịp này, Trung ương Hội Người cao tuổi Việt Nam tặng Bằng khen cho 4 tập thể, 7 cá nhân có thành tích xuất sắc trong phong trào “Tuổi cao - Gương sáng”.")])
SIGN9, WRITER9, UNIT9 = "Lê Văn Thịnh - Văn phòng Hội NCT tỉnh", "Lê Văn Thịnh", "Văn phòng Hội NCT tỉnh"


def page09():
    pub, upd = T("2027-04-12 08:30"), T("2027-04-13 09:15")
    site = "https://nguoicaotuoithanhhoa.org.vn"
    url = f"{site}/index.php/tin-tuc/hoat-dong-hoi/412-hoi-nguoi-cao-tuoi-tinh-so-ket-phong-trao-tuoi-cao-guong-sang-quy-i-nam-2027"
    jdate = lambda d: f"{wd(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {hm(d)}"
    pars = [b[1] for b in A9.blocks if b[0] == "p"]
    table = next(b[1] for b in A9.blocks if b[0] == "table")
    cap = next(b for b in A9.blocks if b[0] == "img")

    def main(rng, rl, rd):
        imgt = (f'<table class="MsoNormalTable" align="center" border="0" cellpadding="0" cellspacing="0" style="width:450.0pt"><tbody><tr><td style="padding:0"><p class="MsoNormal" align="center" style="text-align:center">'
                f'<img src="{cap[1]}" width="600" height="400" border="0" /></p></td></tr><tr><td style="padding:0"><p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" style="font-size:12.0pt">{esc(cap[2])}</span></i><o:p></o:p></p></td></tr></tbody></table>')
        body = (f'<p><strong>{esc(A9.lead)}</strong></p>'
                f'<p style="text-align: justify;">{esc(pars[0])}<br /><br />{esc(pars[1])}</p>'
                f'{word_p(pars[2], indent=False)}{word_table(table)}<p class="MsoNormal"><o:p>&nbsp;</o:p></p>{imgt}'
                f'{word_p(pars[3])}{word_p(pars[4])}'
                f'<p class="MsoNormal" align="right" style="text-align:right"><i><span lang="VI" style="font-size:14.0pt;font-family:&quot;Times New Roman&quot;,serif">{esc(SIGN9)}</span></i><o:p></o:p></p>')
        return (f'<div class="contentpaneopen"><h2 class="contentheading">{esc(A9.title)}</h2>'
                f'<div class="article-tools clearfix"><div class="article-meta"><span class="createdate">{jdate(pub)}</span> <span class="createby">Viết bởi hoinct_th</span> '
                f'<span class="catlink">Chuyên mục: <a href="/index.php/tin-tuc/hoat-dong-hoi">Hoạt động Hội</a></span> <span class="hits">Lượt truy cập: 412</span></div>'
                f'<div class="buttonheading"><a href="#" title="PDF"><img src="/templates/ja_purity_ii/images/pdf_button.png" alt="PDF" /></a><a href="#" title="In"><img src="/templates/ja_purity_ii/images/printButton.png" alt="In" /></a>'
                f'<a href="#" title="E-mail"><img src="/templates/ja_purity_ii/images/emailButton.png" alt="E-mail" /></a></div></div>'
                f'<div class="article-content">{body}</div><span class="modifydate">Lần cập nhật cuối ( {jdate(upd)} )</span></div>'
                f'<span class="article_separator">&nbsp;</span><ul class="pagenav"><li class="pagenav-prev"><a href="#" rel="prev">&lt; Trước</a></li><li class="pagenav-next"><a href="#" rel="next">Tiếp &gt;</a></li></ul>')

    def side(rng, p):
        latest = "".join(f'<li class="latestnews"><a href="#" class="latestnews">{esc(t)}</a> <span class="small">({dmy(d)})</span></li>' for t, d in zip(heads14(rng, 6, avoid=[A9.title]), past(p, rng, 6, 1, 20)))
        return (f'<div class="moduletable"><h3>Tin mới nhất</h3><ul class="latestnews">{latest}</ul></div>'
                '<div class="moduletable"><h3>Thống kê</h3><ul><li>Thành viên: 12</li><li>Nội dung: 1.905</li><li>Số lần xem bài viết: 1.284.530</li></ul></div>')

    crumbs = ('Bạn đang ở: <a href="/" class="pathway">Trang chủ</a> <img src="/templates/ja_purity_ii/images/arrow.png" alt="" /> <a href="/index.php/tin-tuc" class="pathway">Tin tức</a> '
              '<img src="/templates/ja_purity_ii/images/arrow.png" alt="" /> <a href="/index.php/tin-tuc/hoat-dong-hoi" class="pathway">Hoạt động Hội</a>')
    top = '<a href="/" title="Hội Người cao tuổi tỉnh Thanh Hóa"><span>Hội Người cao tuổi tỉnh Thanh Hóa</span></a>'
    head = og(A9.title, url) + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link rel="stylesheet" href="/templates/ja_purity_ii/css/template.css" type="text/css" />'
    return page("s42-09", family="elderly_association_joomla25_ja_purity_ii_createdate_modifydate_word_table",
                name="thanhhoa-hoinguoicaotuoi-joomla25-ja-purity-ii-logo-h1-h2-contentheading-createdate-weekday-dd-thang-m-yyyy-hh-mm-account-bold-intro-br-br-msonormal-word-table-caption-row-italic-name-dash-unit-lan-cap-nhat-cuoi-parentheses-below",
                url=url, art=A9, main_fn=main, pub=pub, prefix="nctth", kb=176,
                org="Hội Người cao tuổi tỉnh Thanh Hóa", addr="Số 12 đường Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.617",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "j25purity", "head_extra": head, "items": MENU_MASS, "left": '<form action="/index.php" method="post"><input name="searchword" type="text" value="Tìm kiếm..." /></form>'},
                exp=expected_(A9, iso(pub), updated=iso(upd), author=WRITER9, unit=UNIT9, category="Hoạt động Hội"),
                traps={"byline": [SIGN9], "account": ["hoinct_th"], "chrome": ["Tin mới nhất", "Thống kê", "Lượt truy cập: 412", "< Trước"], "site": ["Hội Người cao tuổi tỉnh Thanh Hóa"]},
                notes="Joomla 2.5 never upgraded, JoomlArt's JA Purity II template: the site's name in the logo h1, the headline an h2.contentheading. The article tools print the createdate ABOVE the text, 'Thứ hai, 12 Tháng 4 2027 08:30' (DATE_FORMAT_LC2 under the vi-VN pack: weekday, day, 'Tháng' + the month number, year, time) → 2027-04-12T08:30, and the modifydate BELOW it, 'Lần cập nhật cuối ( Thứ ba, 13 Tháng 4 2027 09:15 )' in parentheses → updated 2027-04-13T09:15. 'Viết bởi hoinct_th' is an account. The intro text is a bold paragraph → lead. Mess: two paragraphs in one <p> split by <br /><br />; the rest pasted from Word (p.MsoNormal, spans with Word's fonts, <o:p>, an empty <o:p>&nbsp;</o:p> spacer), a MsoTableGrid data table (<p> in every cell, the header row bold: one body paragraph per row), a MsoNormalTable holding the picture and its italic caption row. The italic right signature 'Lê Văn Thịnh - Văn phòng Hội NCT tỉnh' → author + unit. Category 'Hoạt động Hội' (the pathway at the bottom of the page; the 'Chuyên mục:' link agrees).",
                readme="Joomla 2.5 + JA Purity II, an elderly association's quarterly review: the site name in the logo h1, the headline an h2; createdate above ('Thứ hai, dd Tháng m yyyy HH:MM') and 'Lần cập nhật cuối ( … )' below; bold intro lead; <br /><br /> paragraphs, Word markup, a MsoTableGrid data table, a picture table with an italic caption row; italic 'Name - unit'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
