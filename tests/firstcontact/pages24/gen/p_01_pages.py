"""Set 24 pages 1-9: a random, realistic sample of the provincial Party system's sites (a Tỉnh ủy, a Huyện ủy, a Thành
ủy, a Thị ủy, an Đảng ủy Khối, the Ban Tuyên giáo, the Ban Dân vận, the Ban Tổ chức and the UBKT of a Tỉnh ủy) on
products sets 1-23 did not use, with the emphasis on WHAT IS NOT BODY, CAPTIONS and UPDATE STAMPS. Pages 1, 3, 6 and 9
carry one TWIST each: an editor's full name attached to the 'Sửa lần cuối' stamp, a <time datetime> of the publication
stamp carrying the modified time, a 'Cập nhật:' that belongs to an attached document, and a body paragraph typed into the
last row of a photo table."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads6, past, expected, slug, dump, hexid, alnum, utcz
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, fig, tcap, pcap, jp, side_std, vb_box, crumb


def head_top(cls, logo, alt, days=1, hours=0, style="weekday", tick="Tin mới", fmt=dmy, extra=""):
    def top(rng, pub):
        today = pub + timedelta(days=days, hours=hours)
        return (f'<div class="{cls}-banner"><img src="{logo}" alt="{esc(alt, True)}" />{clock(today, style, cls + "-today")}</div>{extra}'
                + ticker(rng, heads6(rng, 5), [today - timedelta(hours=5 * i) for i in range(5)], fmt, tick, cls + "-ticker"))
    return top


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


# ===================================================================== 1 Tỉnh ủy Yên Bái: Joomla 3 + JA Teline V (T3); 'Sửa lần cuối … bởi <editor's full name>' (TWIST)
A1 = Art("Yên Bái: Sơ kết 3 năm thực hiện Nghị quyết về phát triển nông nghiệp hàng hóa vùng cao",
         "Sáng 7/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết chuyên đề về phát triển nông nghiệp hàng hóa tập trung vùng cao giai đoạn 2022 - 2025. Hội nghị được kết nối trực tuyến đến 9 điểm cầu huyện, thị xã, thành phố.",
         [("p", "Sau 3 năm, toàn tỉnh hình thành 46 vùng sản xuất hàng hóa tập trung với tổng diện tích trên 12.400 ha, chủ yếu là chè Shan tuyết, quế, sơn tra và lúa đặc sản. Giá trị sản xuất trên 1 ha đất trồng trọt đạt bình quân 98 triệu đồng, tăng 21 triệu đồng so với năm 2021."),
          ("img", "/images/2025/04/so-ket-nghi-quyet-nong-nghiep.jpg", "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy", "Ảnh: Thanh Tâm"),
          ("p", "Các huyện vùng cao Mù Cang Chải, Trạm Tấu đã chuyển hơn 1.100 ha ngô, lúa nương kém hiệu quả sang trồng sơn tra, thảo quả dưới tán rừng; 27 hợp tác xã liên kết tiêu thụ sản phẩm với doanh nghiệp, trong đó có 9 sản phẩm đạt chứng nhận OCOP 4 sao."),
          ("p", "Tuy nhiên, quy mô sản xuất nhiều nơi còn nhỏ lẻ, hạ tầng giao thông đến vùng nguyên liệu chưa đồng bộ; việc thu hút doanh nghiệp đầu tư chế biến sâu còn hạn chế."),
          ("img", "/images/2025/04/che-shan-tuyet-suoi-giang.jpg", "Vùng chè Shan tuyết cổ thụ ở xã Suối Giàng, huyện Văn Chấn", "Ảnh: Hồng Duyên"),
          ("p", "Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị các cấp ủy tiếp tục rà soát quy hoạch vùng sản xuất, ưu tiên nguồn lực cho giao thông nội vùng và kho bảo quản sau thu hoạch; gắn phát triển vùng nguyên liệu với du lịch cộng đồng ở các xã vùng cao.")])
CAP1 = [f"{b[2]} ({b[3]})" for b in A1.blocks if b[0] == "img"]
BYLINE1 = "Lò Văn Pháng - Ban Xây dựng Đảng Huyện ủy Mù Cang Chải"


def page01():
    pub = T("2025-04-08 07:30")
    upd = T("2025-04-08 15:12")

    def main(rng, rl, rd):
        credit = {b[1]: b[3] for b in A1.blocks if b[0] == "img"}
        body = A1.render(p=jp, img=lambda s, c, n: (f'<figure class="img-caption pull-center"><img src="{s}" alt="{esc(c, True)}" width="720" />'
                                                    f'<figcaption>{esc(c)} <span class="img-credit pull-right">({esc(credit[s])})</span></figcaption></figure>'))
        same = "".join(f'<li><a href="/tin-tuc/kinh-te-xa-hoi/{rng.randint(9000, 9999)}-{slug(t)}.html">{esc(t)}</a> <span class="date">- {dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div id="t3-content" class="t3-content col-xs-12 col-sm-8"><div class="item-page clearfix" itemscope itemtype="https://schema.org/Article">'
                f'<div class="article-header"><h1 class="article-title" itemprop="headline">{esc(A1.title)}</h1></div>'
                f'<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">Thông tin bài viết</dt>'
                f'<dd class="published"><i class="fa fa-calendar"></i> <time datetime="{iso(pub)}" itemprop="datePublished">Đăng ngày: {dmy(pub)} {hm(pub)}</time></dd>'
                f'<dd class="modified"><i class="fa fa-pencil"></i> <time datetime="{iso(upd)}" itemprop="dateModified">Sửa lần cuối: {dmy(upd)} {hm(upd)}</time> bởi <span class="modified-by">Hoàng Thu Hà</span></dd>'
                f'<dd class="hits"><i class="fa fa-eye"></i> Lượt xem: 742</dd></dl>'
                f'<div class="btn-group article-tools">In bài viết | Gửi cho bạn bè | Cỡ chữ: A- A A+</div></aside>'
                f'<section class="article-intro clearfix" itemprop="articleBody"><p><em>{esc(A1.lead)}</em></p></section>'
                f'<section class="article-content clearfix" itemprop="articleBody">{body}{right_bold(BYLINE1)}</section>'
                f'<div class="tags"><span class="tags-label">Từ khóa:</span> <a href="/tag/nong-nghiep-hang-hoa" class="label label-info">nông nghiệp hàng hóa</a> '
                f'<a href="/tag/vung-cao" class="label label-info">vùng cao</a></div>'
                f'<div class="moduletable related"><h3 class="module-title"><span>Bài viết cùng chuyên mục</span></h3><ul>{same}</ul></div></div></div>')

    crumbs = ('<div class="t3-sl t3-sl-1 breadcrumb-wrap"><ol class="breadcrumb"><li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li>'
              '<li><a href="/" class="pathway">Trang chủ</a><span class="divider"> / </span></li><li><a href="/tin-tuc" class="pathway">Tin tức - Sự kiện</a><span class="divider"> / </span></li>'
              '<li class="active"><span>Kinh tế - Xã hội</span></li></ol></div>')
    url = "https://yenbai.dcs.vn/tin-tuc/kinh-te-xa-hoi/9842-yen-bai-so-ket-3-nam-thuc-hien-nghi-quyet-ve-phat-trien-nong-nghiep-hang-hoa-vung-cao.html"
    head = (og(A1.title, url, {"og:site_name": "Đảng bộ tỉnh Yên Bái", "og:description": A1.lead[:150]})
            + '<meta name="generator" content="Joomla! - Open Source Content Management" /><link href="/templates/ja_teline_v/css/themes/red/template.css" rel="stylesheet" />'
            + '<script type="application/json" class="joomla-script-options new">{"csrf.token":"' + "0" * 32 + '","system.paths":{"root":"","base":""}}</script>')
    return page("s24-01", family="province_party_joomla3_ja_teline_sua_lan_cuoi_boi_editor_full_name",
                name="yenbai-tinhuy-joomla3-ja-teline-v-t3-crumb-kinh-te-xa-hoi-dang-ngay-dd-mm-yyyy-hh-mm-sua-lan-cuoi-boi-editor-full-name-tools-as-text-italic-intro-figcaption-credit-span-bold-name-dash-ban-xay-dung-dang-huyen-uy",
                url=url, art=A1, main_fn=main, pub=pub, prefix="yb", kb=160,
                org="Đảng bộ tỉnh Yên Bái", addr="Số 2 đường Hòa Bình, phường Nguyễn Thái Học, TP Yên Bái, tỉnh Yên Bái", phone="0216.3852.168",
                crumbs=crumbs, top=head_top("yb", "/templates/ja_teline_v/images/logo-tinhuy.png", "Đảng bộ tỉnh Yên Bái", days=1, hours=4),
                side=lambda rng, pub: side_std(rng, pub, "Đọc nhiều", cls="yb-popular") + schedule(rng, pub + timedelta(days=1), "Lịch công tác tuần", "yb-lich"),
                shell_kw={"layout": "joomla", "head_extra": head, "title": A1.title + " - Đảng bộ tỉnh Yên Bái"},
                exp=expected(A1, iso(pub), updated=iso(upd), author="Lò Văn Pháng", unit="Ban Xây dựng Đảng Huyện ủy Mù Cang Chải", category="Kinh tế - Xã hội", captions=CAP1),
                traps={"editor": ["Hoàng Thu Hà"], "bylines": [BYLINE1], "chrome": ["In bài viết | Gửi cho bạn bè | Cỡ chữ: A- A A+", "Thông tin bài viết", "Lượt xem: 742", "Từ khóa:", "Bài viết cùng chuyên mục", "Lịch công tác tuần"],
                       "related": lambda rl: rl[:4]},
                notes="TWIST: Joomla 3 with the JoomlArt JA Teline V template of a Tỉnh ủy. The article-info list prints 'Đăng ngày: 08/04/2025 07:30' and 'Sửa lần cuối: 08/04/2025 15:12 bởi Hoàng Thu Hà' — the 'modified by' field of Joomla names the web EDITOR who last saved the item, with her full name, in the shape of a 'bởi <author>' credit. The writer is the bold right line at the end of the text, 'Lò Văn Pháng - Ban Xây dựng Đảng Huyện ủy Mù Cang Chải' → author 'Lò Văn Pháng', unit 'Ban Xây dựng Đảng Huyện ủy Mù Cang Chải'; published 2025-04-08T07:30, updated 2025-04-08T15:12. Recording 'Hoàng Thu Hà' (the 'bởi' after the update stamp) as author, or as a second author, is the silent corruption. The print / e-mail / font-size toolbar is written as plain text ('In bài viết | Gửi cho bạn bè | Cỡ chữ: A- A A+') under the meta: chrome. Italic intro = lead. Each figcaption ends with a right-floated credit span '(Ảnh: …)'; the credit stays inside the caption (convention) → captions with '(Ảnh: Thanh Tâm)' / '(Ảnh: Hồng Duyên)', photographer null (two different photographers, credited only inside captions). Crumb last level 'Kinh tế - Xã hội'. The conference day (7/4) is a decoy.",
                readme="TWIST 'Sửa lần cuối: dd/mm/yyyy HH:MM bởi Hoàng Thu Hà' — Joomla's modified-by names the EDITOR with a full name in a 'bởi …' shape → not the author (the writer is the foot line 'Lò Văn Pháng - Ban Xây dựng Đảng Huyện ủy …'), updated_at from that stamp; Joomla 3 + JA Teline V Tỉnh ủy, print/e-mail/font toolbar written as text, italic intro lead, figcaptions with a right-floated '(Ảnh: …)' credit span (kept in the caption, photographer null), tags + 'Bài viết cùng chuyên mục'")


# ===================================================================== 2 Huyện ủy Tam Đảo (Vĩnh Phúc): BlogEngine.NET; caption-less photos with alt only; lite-youtube facade with a visible title; 'Về tác giả' box
A2 = Art("Chi bộ thôn Đồng Bùa gắn sinh hoạt chi bộ với giữ rừng đầu nguồn",
         None,
         [("p", "Thôn Đồng Bùa, xã Tam Quan nằm sát ranh giới Vườn quốc gia Tam Đảo, có hơn 300 ha rừng phòng hộ giao cho cộng đồng quản lý. Mùa khô năm nào thôn cũng phải huy động lực lượng trực phòng cháy suốt nhiều tuần liền."),
          ("img", "/image.axd?picture=2025%2f04%2fdong-bua-tuan-rung.jpg", "Tổ tuần tra rừng thôn Đồng Bùa"),
          ("p", "Từ năm 2023, Chi bộ thôn đưa nội dung bảo vệ rừng thành chuyên đề sinh hoạt định kỳ mỗi quý. Mỗi đảng viên nhận phụ trách một tổ 5 - 7 hộ có đất rừng liền kề, trực tiếp nhắc nhở việc đốt nương, dọn thực bì đúng thời điểm và đúng quy định."),
          ("p", "Chi bộ cũng thống nhất với Ban quản lý Vườn quốc gia thành lập tổ tuần tra 12 người, trong đó 7 người là đảng viên, đoàn viên. Tổ chia ca tuần tra vào các tháng cao điểm từ tháng 11 đến tháng 4 năm sau."),
          ("img", "/image.axd?picture=2025%2f04%2fdong-bua-sinh-hoat-chi-bo.jpg", "Buổi sinh hoạt chuyên đề của Chi bộ thôn Đồng Bùa"),
          ("p", "Hai mùa khô gần đây, trên địa bàn thôn không xảy ra vụ cháy rừng nào; số vụ vi phạm khai thác lâm sản giảm từ 6 vụ năm 2022 xuống còn 1 vụ năm 2024. Thu nhập từ trồng rừng sản xuất và dịch vụ môi trường rừng của người dân tăng đều qua các năm."),
          ("p", "Mô hình của Chi bộ thôn Đồng Bùa đang được Ban Thường vụ Huyện ủy chỉ đạo nhân rộng ra các chi bộ thôn có rừng ở các xã Đạo Trù, Bồ Lý và Đại Đình.")])
VIDEO2 = "Phóng sự: Giữ rừng ở Đồng Bùa mùa khô"


def page02():
    pub = T("2025-04-14 09:20")

    def main(rng, rl, rd):
        body = A2.render(p=lambda t: f"<p>{esc(t)}</p>",
                         img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="{esc(c, True)}" width="620" /></p>', sep="")
        parts = body.split("</p>")
        i = len(parts) - 3
        vid = (f'<div class="video-embed"><lite-youtube videoid="{alnum(rng, 11)}" params="rel=0" style="background-image:url(/pics/poster-dong-bua.jpg)">'
               f'<button type="button" class="lty-playbtn"><span class="lyt-visually-hidden">Phát video</span></button>'
               f'<div class="lty-title">{esc(VIDEO2)}</div><div class="lty-meta">Thời lượng 04:12 · Đài Truyền thanh - Truyền hình huyện Tam Đảo</div></lite-youtube></div>')
        body = "</p>".join(parts[:i]) + "</p>" + vid + "</p>".join(parts[i:])
        relp = "".join(f'<a href="/post/{slug(t)}" class="related-post">{esc(t)}</a><br />' for t in rl[:4])
        return (f'<div class="post xfolkentry" id="post0"><h1 class="post-title"><a href="/post/chi-bo-thon-dong-bua" class="taggedlink">{esc(A2.title)}</a></h1>'
                f'<div class="post-info"><span class="author">Đăng bởi: <a href="/author/banbientap">banbientap</a></span> · '
                f'<time class="published" datetime="{utcz(pub)}">{dmy(pub)} {hm(pub)}</time> · '
                f'<span class="categories">Danh mục: <a href="/category/Xay-dung-Dang">Xây dựng Đảng</a></span></div>'
                f'<div class="post-body text">{body}</div>'
                f'<div class="post-author-box"><h4>Về tác giả</h4><p class="post-author-name"><strong>Trần Thị Minh Nguyệt</strong></p>'
                f'<p class="post-author-unit">Ban Xây dựng Đảng Huyện ủy Tam Đảo</p></div>'
                f'<div class="post-footer"><span class="tags">Thẻ: <a href="/?tag=giu-rung" rel="tag">giữ rừng</a>, <a href="/?tag=chi-bo" rel="tag">chi bộ</a></span> | '
                f'<a href="#comment" class="comment-link">Bình luận (0)</a> | <a href="/post.aspx?id={hexid(rng, 8)}" class="permalink">Liên kết cố định</a></div>'
                f'<div id="relatedPosts"><p>Bài viết liên quan</p><div>{relp}</div></div>'
                f'<div id="comment-form"><h3>Thêm bình luận</h3><input placeholder="Tên" /><textarea></textarea><input type="button" value="Lưu bình luận" /></div></div>')

    def side(rng, pub):
        months = ["tháng 4 2025 (11)", "tháng 3 2025 (17)", "tháng 2 2025 (9)", "tháng 1 2025 (14)"]
        return (side_std(rng, pub, "Bài mới", fmt=lambda d: d.strftime("%d/%m/%Y"), cls="be-recent")
                + '<div class="widget monthlist"><h4>Lưu trữ</h4><ul>' + "".join(f"<li><a href='#'>{m}</a></li>" for m in months) + '</ul></div>'
                + '<div class="widget tagcloud"><h4>Thẻ</h4><a href="#">chi bộ</a> <a href="#">giữ rừng</a> <a href="#">nông thôn mới</a> <a href="#">Đại hội Đảng</a></div>')

    url = "https://tamdao.vinhphuc.dcs.vn/post/chi-bo-thon-dong-bua-gan-sinh-hoat-chi-bo-voi-giu-rung-dau-nguon"
    head = (og(A2.title, url, {"og:site_name": "Đảng bộ huyện Tam Đảo"}) + '<meta name="generator" content="BlogEngine.NET 3.3.8.0" />'
            + '<link rel="stylesheet" href="/Custom/Themes/TamDao/style.css" /><script src="/Scripts/lite-yt-embed.js" type="module"></script>')
    return page("s24-02", family="district_party_blogengine_net_alt_only_photos_lite_youtube_title_author_box",
                name="vinhphuc-tamdao-huyenuy-blogengine-net-h1-post-title-dang-boi-account-time-utc-agrees-dd-mm-yyyy-hh-mm-danh-muc-no-lead-two-photos-alt-only-no-caption-lite-youtube-facade-visible-title-ve-tac-gia-box-name-line-unit-line",
                url=url, art=A2, main_fn=main, pub=pub, prefix="be", kb=115,
                org="Đảng bộ huyện Tam Đảo", addr="Thị trấn Hợp Châu, huyện Tam Đảo, tỉnh Vĩnh Phúc", phone="0211.3896.120",
                top=head_top("be", "/Custom/Themes/TamDao/img/banner.jpg", "Đảng bộ huyện Tam Đảo", days=0, hours=7),
                side=side, shell_kw={"layout": "div", "form": True, "head_extra": head, "title": A2.title + " | Đảng bộ huyện Tam Đảo"},
                exp=expected(A2, iso(pub), author="Trần Thị Minh Nguyệt", unit="Ban Xây dựng Đảng Huyện ủy Tam Đảo", category="Xây dựng Đảng", captions=[]),
                traps={"video": [VIDEO2, "Thời lượng 04:12 · Đài Truyền thanh - Truyền hình huyện Tam Đảo"], "accounts": ["banbientap"],
                       "chrome": ["Về tác giả", "Bình luận (0)", "Liên kết cố định", "Bài viết liên quan", "Thêm bình luận", "Lưu trữ"], "related": lambda rl: rl[:4]},
                notes="BlogEngine.NET 3.3 (WebForms, ViewState, image.axd) of a Huyện ủy. h1.post-title; post-info 'Đăng bởi: banbientap' (an account) · '14/04/2025 09:20' in a <time> whose UTC datetime 02:20Z agrees → 2025-04-14T09:20; 'Danh mục: Xây dựng Đảng' = category. No lead. The two photos have NO caption: each is a centred <p><img> whose alt text ('Tổ tuần tra rừng thôn Đồng Bùa', …) is not printed → captions [] (alt text is not a caption). Between paragraphs 4 and 5 a lite-youtube facade prints a VIDEO TITLE 'Phóng sự: Giữ rừng ở Đồng Bùa mùa khô' and 'Thời lượng 04:12 · Đài Truyền thanh - Truyền hình huyện Tam Đảo' as text: the player's labels, not body and not a caption. After the text a 'Về tác giả' box prints the name and, on its own line, the unit: 'Trần Thị Minh Nguyệt' / 'Ban Xây dựng Đảng Huyện ủy Tam Đảo' (the Huyện ủy's merged party-building board of 2025) → author + unit. Tags, comment count, permalink, 'Bài viết liên quan' and the comment form are chrome.",
                readme="BlogEngine.NET Huyện ủy: 'Đăng bởi: <account>' + agreeing UTC <time> 'dd/mm/yyyy HH:MM', 'Danh mục:' category, no lead, two photos with ALT TEXT ONLY (captions []), a lite-youtube facade printing a video title + duration between paragraphs (not body), 'Về tác giả' box with name line + unit line, tags + 'Bài viết liên quan' + comment form")


# ===================================================================== 3 Thành ủy Quy Nhơn (Bình Định): WordPress + Publisher; the <time datetime> of the stamp is the MODIFIED time (TWIST); gallery with per-image captions + gallery caption
A3 = Art("Quy Nhơn: Ra mắt mô hình “Khu phố văn minh, không rác thải nhựa” ở phường Ghềnh Ráng",
         "Sáng 9/5, Ban Thường vụ Thành ủy Quy Nhơn phối hợp với Ủy ban MTTQ Việt Nam thành phố tổ chức ra mắt mô hình “Khu phố văn minh, không rác thải nhựa” tại khu phố 2, phường Ghềnh Ráng.",
         [("p", "Mô hình được xây dựng trên cơ sở kết quả thí điểm phân loại rác tại nguồn ở 3 khu phố ven biển từ giữa năm 2024. Mỗi hộ gia đình được cấp 2 thùng chứa rác, cam kết không sử dụng túi ni lông khó phân hủy khi đi chợ."),
          ("gallery",),
          ("p", "Theo Ban Tuyên giáo và Dân vận Thành ủy, sau 10 tháng thí điểm, lượng rác thải nhựa thu gom tại 3 khu phố giảm gần 40%; tổ thu gom phế liệu của Chi hội Phụ nữ mỗi tháng gây quỹ được 3 - 4 triệu đồng để hỗ trợ hội viên khó khăn."),
          ("p", "Dịp này, Thành ủy trao tặng 200 túi vải, 50 thùng phân loại rác cho khu phố 2 và phát động đoàn viên, hội viên tham gia ngày chủ nhật xanh vào tuần cuối mỗi tháng."),
          ("p", "Năm 2025, thành phố phấn đấu nhân rộng mô hình ra 20 khu phố thuộc 8 phường ven biển và đảo Nhơn Châu.")])
GAL3 = ["Bí thư Thành ủy Quy Nhơn trao túi vải cho người dân khu phố 2",
        "Đoàn viên thanh niên hướng dẫn phân loại rác tại nguồn",
        "Thùng phân loại rác đặt tại các điểm công cộng của khu phố"]
GALCAP3 = "Một số hoạt động tại lễ ra mắt mô hình"
IRP3 = "Quy Nhơn tổng kết 5 năm xây dựng đô thị văn minh"


def page03():
    pub = T("2025-05-10 08:15")
    mod = T("2025-05-12 10:42")

    def stamp(d):
        h = d.hour % 12 or 12
        return f"{wd(d)}, {d.day} tháng {d.month}, {d.year} lúc {h}:{d.minute:02d} {'sáng' if d.hour < 12 else 'chiều'}"

    def main(rng, rl, rd):
        gal = ('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex">'
               + "".join(f'<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/2025/05/ghenh-rang-{i + 1}.jpg" alt="" class="wp-image-{2210 + i}" />'
                         f'<figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>' for i, c in enumerate(GAL3))
               + f'<figcaption class="blocks-gallery-caption wp-element-caption">{esc(GALCAP3)}</figcaption></figure>')
        ad = (f'<div class="bsac bsac-clearfix bsac-post-inline bsac-float-center"><p class="bsac-label">Quảng cáo</p>'
              f'<a href="https://dichvucong.binhdinh.gov.vn/" target="_blank"><img src="/wp-content/uploads/banner-dvc-{hexid(rng, 6)}.jpg" alt="Dịch vụ công trực tuyến tỉnh Bình Định" /></a></div>')
        irp = (f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text">Có thể bạn quan tâm</span></div>'
               f'<div class="bs-pagination-wrapper"><article class="listing-item"><a href="/{slug(IRP3)}/" class="img-holder"></a>'
               f'<p class="title"><a href="/{slug(IRP3)}/" class="post-title post-url">{esc(IRP3)}</a></p></article></div></div>')
        out = []
        for i, b in enumerate(A3.blocks):
            if b[0] == "gallery":
                out.append(gal)
            else:
                out.append(f"<p>{esc(b[1])}</p>")
            if i == 0:
                out.append(ad)
            if i == 2:
                out.append(irp)
        relp = "".join(f'<article class="listing-item"><h2 class="title"><a href="/{slug(t)}/">{esc(t)}</a></h2><span class="time">{stamp(d)}</span></article>' for t, d in zip(rl[:4], rd))
        return (f'<article class="post single-post-content has-thumbnail"><div class="post-header-inner"><div class="term-badges floated">'
                f'<span class="term-badge term-14"><a href="/chuyen-muc/do-thi-van-minh/">Đô thị văn minh</a></span></div>'
                f'<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(A3.title)}</span></h1>'
                f'<h2 class="post-subtitle">{esc(A3.lead)}</h2>'
                f'<div class="post-meta single-post-meta"><a href="/author/tuyengiao_qn/" class="post-author-a"><i class="post-author author">tuyengiao_qn</i></a> '
                f'<span class="time"><time class="post-published updated" datetime="{iso(mod)[:19]}+07:00">{stamp(pub)}</time></span> '
                f'<span class="views post-meta-views">1.3K lượt xem</span></div></div>'
                f'<div class="post-share single-post-share top-share"><span class="share-handler">Chia sẻ</span> Facebook Twitter Zalo Email In</div>'
                f'<div class="entry-content clearfix single-post-content">{"".join(out)}'
                f'<p style="text-align:right"><strong>Bài, ảnh: Thanh Hiền (Ban Tuyên giáo và Dân vận Thành ủy)</strong></p></div>'
                f'<div class="entry-terms post-tags clearfix"><span class="terms-label"><i class="fa fa-tags"></i></span> <a href="/tag/rac-thai-nhua/" rel="tag">rác thải nhựa</a> <a href="/tag/ghenh-rang/" rel="tag">Ghềnh Ráng</a></div>'
                f'<section class="related-posts"><h3 class="section-heading"><span class="h-text related-posts-heading">Bài viết liên quan</span></h3>{relp}</section></article>')

    crumbs = ('<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix"><ul class="bf-breadcrumb-items">'
              '<li class="bf-breadcrumb-item bf-breadcrumb-begin"><a href="/"><span>Trang chủ</span></a></li>'
              '<li class="bf-breadcrumb-item"><a href="/chuyen-muc/tin-tuc/"><span>Tin tức</span></a></li>'
              '<li class="bf-breadcrumb-item"><a href="/chuyen-muc/do-thi-van-minh/"><span>Đô thị văn minh</span></a></li>'
              f'<li class="bf-breadcrumb-item bf-breadcrumb-end"><span>{esc(A3.title)}</span></li></ul></nav>')
    url = "https://thanhuyquynhon.vn/quy-nhon-ra-mat-mo-hinh-khu-pho-van-minh-khong-rac-thai-nhua-o-phuong-ghenh-rang/"
    head = (og(A3.title, url, {"og:site_name": "Thành ủy Quy Nhơn", "article:published_time": iso(pub), "article:modified_time": iso(mod)})
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A3.title, "datePublished": iso(pub), "dateModified": iso(mod),
                      "author": {"@type": "Person", "name": "tuyengiao_qn"}})
            + '<meta name="generator" content="WordPress 6.7.2" /><link rel="stylesheet" href="/wp-content/themes/publisher/style-7.11.0.min.css" />')
    return page("s24-03", family="city_party_wp_publisher_time_datetime_is_modified_gallery_caption",
                name="binhdinh-quynhon-thanhuy-wp-publisher-term-badge-h2-subtitle-lead-vi-long-stamp-luc-8-15-sang-time-datetime-is-modified-share-text-ad-slot-co-the-ban-quan-tam-gallery-captions-plus-gallery-caption-bai-anh-name-paren-unit",
                url=url, art=A3, main_fn=main, pub=pub, prefix="pb", kb=195,
                org="Thành ủy Quy Nhơn", addr="Số 1 đường Lê Lợi, phường Lê Lợi, TP Quy Nhơn, tỉnh Bình Định", phone="0256.3822.615",
                crumbs=crumbs, top=head_top("pb", "/wp-content/uploads/logo-thanhuy.png", "Thành ủy Quy Nhơn", days=3, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin nổi bật", fmt=stamp, cls="pb-popular")
                + '<div class="widget pb-weather"><h4>Thời tiết Quy Nhơn</h4><p>29°C - 34°C · Cập nhật 07:00 hôm nay</p></div>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A3.title + " - Thành ủy Quy Nhơn"},
                exp=expected(A3, iso(pub), author="Thanh Hiền", unit="Ban Tuyên giáo và Dân vận Thành ủy", photographer="Thanh Hiền",
                             category="Đô thị văn minh", captions=GAL3 + [GALCAP3]),
                traps={"ad": ["Quảng cáo"], "read_more": ["Có thể bạn quan tâm", IRP3], "accounts": ["tuyengiao_qn"],
                       "chrome": ["Chia sẻ Facebook Twitter Zalo Email In", "1.3K lượt xem", "Bài viết liên quan", "Thời tiết Quy Nhơn"], "related": lambda rl: rl[:3]},
                notes="TWIST: WordPress with the BetterStudio Publisher theme of a Thành ủy. The printed stamp is the vi long form 'Thứ Bảy, 10 tháng 5, 2025 lúc 8:15 sáng' (WordPress 'g:i a' in Vietnamese: 'sáng' / 'chiều' = am / pm), but the theme writes the MODIFIED time into the datetime attribute of that very element: <time class=\"post-published updated\" datetime=\"2025-05-12T10:42:00+07:00\">. og article:published_time 2025-05-10T08:15 agrees with the printed text; og modified_time and JSON-LD dateModified carry 10:42 on the 12th, shown nowhere → published 2025-05-10T08:15, updated null (machine-only). A reader that trusts time[datetime] records 12/05 10:42 as the publication, two days late, with no sign of failure. h2.post-subtitle = lead. Inside the text: a Publisher ad slot with the label 'Quảng cáo' (image banner) and an inline related-post box 'Có thể bạn quan tâm' + one title — not body. A WordPress gallery block: three images each with its own figcaption, plus the GALLERY caption 'Một số hoạt động tại lễ ra mắt mô hình' under the whole grid → captions = the three image captions then the gallery caption (new convention: a gallery caption is a caption, recorded after the captions of its images). Share bar written as text. Foot 'Bài, ảnh: Thanh Hiền (Ban Tuyên giáo và Dân vận Thành ủy)' → author + photographer + unit. Category 'Đô thị văn minh' (term badge = crumb level before the title). The account 'tuyengiao_qn' is not an author.",
                readme="TWIST the <time> of the printed stamp 'Thứ Bảy, 10 tháng 5, 2025 lúc 8:15 sáng' carries the MODIFIED time in its datetime attribute (2025-05-12T10:42) → published from the printed text, updated null (machine-only); WordPress + Publisher Thành ủy, h2 subtitle lead, ad slot 'Quảng cáo' and 'Có thể bạn quan tâm' box inside the text, gallery of three captioned images + a GALLERY caption, share bar as text, 'Bài, ảnh: Name (unit)'")


# ===================================================================== 4 Thị ủy Sông Cầu (Phú Yên): WordPress + SmartMag; spelled stamp '16 giờ 40 phút, ngày 03/4/2025'; <table><caption> ABOVE the photo; fact box; TikTok embed
A4 = Art("Thị xã Sông Cầu diễn tập khu vực phòng thủ năm 2025, đạt loại giỏi",
         None,
         [("p", "Từ ngày 1 đến 3/4, Thị ủy, HĐND, UBND thị xã Sông Cầu tổ chức diễn tập khu vực phòng thủ năm 2025 với sự tham gia của hơn 600 cán bộ, chiến sĩ và lực lượng dân quân tự vệ các xã, phường."),
          ("img", "/wp-content/uploads/2025/04/dien-tap-song-cau-1.jpg", "Lực lượng dân quân phường Xuân Phú thực hành tình huống chữa cháy, cứu nạn"),
          ("p", "Cuộc diễn tập gồm hai giai đoạn: chuyển trạng thái các cấp sẵn sàng chiến đấu và thực hành xử lý tình huống trên thực địa, trong đó có các tình huống tàu cá gặp nạn trên vịnh Xuân Đài, sạt lở đất tại xã Xuân Lâm và bảo vệ khu neo đậu tránh trú bão."),
          ("p", "Ban Chỉ đạo diễn tập tỉnh đánh giá các cơ quan, đơn vị đã chuẩn bị văn kiện chu đáo, xử lý tình huống sát thực tế; sự phối hợp giữa quân sự, công an, biên phòng và các đoàn thể chặt chẽ."),
          ("img", "/wp-content/uploads/2025/04/dien-tap-song-cau-2.jpg", "Thực hành cứu hộ tàu cá trên vịnh Xuân Đài"),
          ("p", "Kết quả diễn tập được Ban Chỉ đạo tỉnh xếp loại giỏi. Thị ủy yêu cầu các xã, phường rút kinh nghiệm, bổ sung phương án phòng thủ và kế hoạch ứng phó thiên tai trước mùa mưa bão 2025.")])
FACT4 = ["Khu vực phòng thủ thị xã Sông Cầu", "Diện tích tự nhiên: 492,8 km²; bờ biển dài 100 km.",
         "Đơn vị hành chính: 4 phường, 10 xã.", "Lần diễn tập gần nhất: năm 2021, xếp loại giỏi."]
TIKTOK4 = "@thidoansongcau Tuổi trẻ Sông Cầu sẵn sàng! #diễntập #SôngCầu ♬ nhạc nền - Thị đoàn Sông Cầu"


def page04():
    pub = T("2025-04-03 16:40")

    def stamp(d):
        return f"{d.hour} giờ {d.minute:02d} phút, ngày {d.day:02d}/{d.month}/{d.year}"

    def main(rng, rl, rd):
        def img(s, c, n):
            return (f'<table class="tbl-photo" style="margin:0 auto;width:640px"><caption style="caption-side:top;font-style:italic;font-size:13px">{esc(c)}</caption>'
                    f'<tbody><tr><td><img src="{s}" alt="" width="640" /></td></tr></tbody></table>')
        body = A4.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
        fact = ('<aside class="fact-box" style="border-left:4px solid #c00;padding:10px;background:#f7f0e6"><h4>' + esc(FACT4[0]) + '</h4><ul>'
                + "".join(f"<li>{esc(x)}</li>" for x in FACT4[1:]) + '</ul></aside>')
        tik = (f'<blockquote class="tiktok-embed" cite="https://www.tiktok.com/@thidoansongcau/video/74891{rng.randint(10000000, 99999999)}" data-video-id="74891" style="max-width:605px;min-width:325px">'
               f'<section><a target="_blank" title="@thidoansongcau" href="https://www.tiktok.com/@thidoansongcau">@thidoansongcau</a> Tuổi trẻ Sông Cầu sẵn sàng! '
               f'<a title="diễntập" href="#">#diễntập</a> <a title="sôngcầu" href="#">#SôngCầu</a> <a target="_blank" href="#">♬ nhạc nền - Thị đoàn Sông Cầu</a></section></blockquote>'
               f'<script async src="https://www.tiktok.com/embed.js"></script>')
        parts = body.split("</p>")
        body = "</p>".join(parts[:3]) + "</p>" + fact + "</p>".join(parts[3:5]) + "</p>" + tik + "</p>".join(parts[5:])
        relp = "".join(f'<article class="l-post"><h4 class="post-title"><a href="/{slug(t)}/">{esc(t)}</a></h4><span class="date-link"><time>{stamp(d)}</time></span></article>' for t, d in zip(rl[:4], rd))
        return (f'<div class="the-post s-post-modern"><div class="post-meta post-meta-a post-meta-left has-below"><div class="post-meta-items meta-above">'
                f'<span class="meta-item cat-labels"><a href="/chuyen-muc/quoc-phong-an-ninh/" class="category term-color-3" rel="category">Quốc phòng - An ninh</a></span></div>'
                f'<h1 class="is-title post-title">{esc(A4.title)}</h1><div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link">'
                f'<time class="post-date">{stamp(pub)}</time></span></span> <span class="meta-item read-time">Đọc trong 3 phút</span></div></div>'
                f'<div class="post-content cf entry-content content-spacious">{body}'
                f'<p style="text-align:right"><em>Nguyễn Hoàng Vũ, Trung tâm Văn hóa - Thông tin và Thể thao thị xã</em></p></div>'
                f'<div class="the-post-tags"><a href="/tag/dien-tap/" rel="tag">diễn tập</a> <a href="/tag/khu-vuc-phong-thu/" rel="tag">khu vực phòng thủ</a></div>'
                f'<section class="related-posts"><h4 class="block-head-c">Tin cùng chuyên mục</h4>{relp}</section></div>')

    url = "https://thiuysongcau.vn/song-cau-to-chuc-dien-tap-khu-vuc-phong-thu-nam-2025/"
    head = (og(A4.title, url, {"og:site_name": "Thị ủy Sông Cầu", "article:published_time": iso(pub)})
            + '<meta name="generator" content="WordPress 6.7.1" /><link rel="stylesheet" href="/wp-content/themes/smart-mag/css/lightbox.css" />')
    return page("s24-04", family="town_party_wp_smartmag_spelled_gio_phut_table_caption_above_fact_box_tiktok",
                name="phuyen-songcau-thiuy-wordpress-smartmag-cat-label-quoc-phong-an-ninh-h1-stamp-16-gio-40-phut-ngay-dd-m-yyyy-read-time-no-lead-table-caption-element-above-photo-fact-box-aside-tiktok-embed-italic-name-comma-unit",
                url=url, art=A4, main_fn=main, pub=pub, prefix="sm", kb=130,
                org="Thị ủy Sông Cầu", addr="Đường Trần Hưng Đạo, phường Xuân Phú, thị xã Sông Cầu, tỉnh Phú Yên", phone="0257.3875.211",
                top=head_top("sm", "/wp-content/uploads/logo-thiuy.png", "Thị ủy Sông Cầu", days=0, hours=2),
                side=lambda rng, pub: side_std(rng, pub, "Mới cập nhật", fmt=stamp, cls="sm-recent")
                + '<div class="widget sm-tide"><h4>Lịch thủy triều vịnh Xuân Đài</h4><p>04/04/2025: nước lớn 05:12 (1,6 m) · nước ròng 17:48 (0,4 m)</p></div>',
                shell_kw={"layout": "wp", "head_extra": head, "title": A4.title + " – Thị ủy Sông Cầu"},
                exp=expected(A4, iso(pub), author="Nguyễn Hoàng Vũ", unit="Trung tâm Văn hóa - Thông tin và Thể thao thị xã", category="Quốc phòng - An ninh"),
                traps={"fact_box": FACT4, "embed": [TIKTOK4], "chrome": ["Đọc trong 3 phút", "Tin cùng chuyên mục", "Lịch thủy triều vịnh Xuân Đài"], "related": lambda rl: rl[:4]},
                notes="WordPress + SmartMag of a Thị ủy. The stamp is spelled out: '16 giờ 40 phút, ngày 03/4/2025' (hour and minute in words, unpadded month) → 2025-04-03T16:40 (og agrees); the read time 'Đọc trong 3 phút' is not a time. Category label above the h1 'Quốc phòng - An ninh'. No lead. Each photo is a one-cell table whose CAPTION is the HTML <caption> element, printed ABOVE the photo (caption-side:top, italic) → two captions. Inside the text: a FACT BOX <aside> 'Khu vực phòng thủ thị xã Sông Cầu' with three bullet facts (area, units, last exercise) — the site's boilerplate figures, not the story → not body (set-24 convention); and a TikTok embed blockquote whose fallback text prints '@thidoansongcau Tuổi trẻ Sông Cầu sẵn sàng! #diễntập #SôngCầu ♬ nhạc nền - Thị đoàn Sông Cầu' → not body. Italic right 'Nguyễn Hoàng Vũ, Trung tâm Văn hóa - Thông tin và Thể thao thị xã' → author + unit. The exercise days (1-3/4) and the tide box are decoys.",
                readme="WordPress + SmartMag Thị ủy: spelled stamp '16 giờ 40 phút, ngày 03/4/2025', category label above h1, no lead, captions in the table's <caption> element printed ABOVE each photo, a FACT BOX aside and a TikTok embed fallback inside the text (not body), italic 'Name, Trung tâm …' byline, tags + 'Tin cùng chuyên mục'")


# ===================================================================== 5 Đảng ủy Khối các cơ quan tỉnh Hòa Bình: Orchard 1.10; 'Hiệu chỉnh lần cuối' inside the article's <footer>
A5 = Art("Đảng bộ Sở Y tế: Sinh hoạt chuyên đề về y đức gắn với chuyển đổi số",
         "Thực hiện chủ đề năm 2025 của Đảng ủy Khối, Đảng bộ Sở Y tế chỉ đạo 100% chi bộ trực thuộc tổ chức sinh hoạt chuyên đề “Nâng cao y đức, thái độ phục vụ người bệnh gắn với chuyển đổi số trong khám, chữa bệnh”.",
         [("p", "Tại các buổi sinh hoạt, đảng viên tập trung thảo luận những việc cụ thể: rút ngắn thời gian chờ khám, tiếp nhận và trả lời ý kiến người bệnh qua mã QR, triển khai bệnh án điện tử và thanh toán không dùng tiền mặt."),
          ("img", "/Media/Default/2025/04/chi-bo-benh-vien-sinh-hoat.jpg", "Chi bộ Khoa Khám bệnh, Bệnh viện Đa khoa tỉnh sinh hoạt chuyên đề"),
          ("p", "Chi bộ Khoa Khám bệnh, Bệnh viện Đa khoa tỉnh đăng ký 3 việc làm: bố trí thêm 2 bàn đón tiếp vào giờ cao điểm, hướng dẫn người bệnh đặt lịch khám qua ứng dụng và công khai số điện thoại đường dây nóng tại mỗi phòng khám."),
          ("p", "Sau 3 tháng, thời gian chờ khám trung bình giảm từ 95 phút xuống còn 60 phút; tỷ lệ người bệnh hài lòng qua khảo sát đạt 92,4%. Đảng ủy Sở Y tế đã biểu dương 4 chi bộ có cách làm hay."),
          ("p", "Đảng ủy Khối đánh giá đây là cách làm thiết thực, đưa nghị quyết của chi bộ vào nhiệm vụ chuyên môn của từng đảng viên, đề nghị các đảng bộ khối sự nghiệp tham khảo, vận dụng.")])


def page05():
    pub = T("2025-04-22 09:05")
    upd = T("2025-04-23 10:40")

    def stamp(d):
        return f"{d.strftime('%d-%m-%Y')} | {hm(d)}"

    def main(rng, rl, rd):
        body = A5.render(p=jp, img=lambda s, c, n: (f'<table class="media-table" align="center" border="0" cellpadding="2" style="width:600px"><tbody>'
                                                    f'<tr><td><img alt="" src="{s}" style="width:600px" /></td></tr>'
                                                    f'<tr><td style="background:#eee;text-align:center"><span style="font-size:12px">{esc(c)}</span></td></tr></tbody></table>'))
        relp = "".join(f'<li class="first"><a href="/tin-tuc/{slug(t)}">{esc(t)}</a> <span class="published">{stamp(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<article class="content-item blog-post"><header><h1>{esc(A5.title)}</h1>'
                f'<div class="metadata"><div class="published">{stamp(pub)}</div></div></header>'
                f'<p class="summary"><strong>{esc(A5.lead)}</strong></p>{body}'
                f'<p style="text-align:right"><strong>Đinh Công Sơn (Đảng bộ Sở Y tế)</strong></p>'
                f'<footer><div class="tags">Thẻ: <a href="/tags/y-duc">y đức</a>, <a href="/tags/chuyen-doi-so">chuyển đổi số</a></div>'
                f'<div class="article-revision"><span class="muted">Hiệu chỉnh lần cuối: {stamp(upd)}</span></div></footer></article>'
                f'<div class="content-item related"><h2>Tin bài khác</h2><ul>{relp}</ul></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Tin tức", "/tin-tuc"), ("Hoạt động cơ sở đảng", "/tin-tuc/hoat-dong-co-so-dang")], cls="breadcrumb orchard-crumb")
    url = "https://dangbokhoicq.hoabinh.dcs.vn/tin-tuc/dang-bo-so-y-te-sinh-hoat-chuyen-de-ve-y-duc-gan-voi-chuyen-doi-so"
    head = (og(A5.title, url, {"og:site_name": "Đảng bộ Khối các cơ quan tỉnh Hòa Bình"})
            + '<meta name="generator" content="Orchard" /><link href="/Themes/DukHB/Styles/site.css" rel="stylesheet" type="text/css" />'
            + '<meta name="__RequestVerificationToken" content="CfDJ8Kx2vQw7TtY3bN0aH4sLmP9eRz1uFgJ6dW5cXyV8kB2nM7qA0oS3iU4hE9rT" />')
    return page("s24-05", family="duk_orchard1_hieu_chinh_lan_cuoi_in_article_footer_table_row_caption",
                name="hoabinh-dukcq-orchard-1-10-crumb-hoat-dong-co-so-dang-h1-dd-mm-yyyy-pipe-hh-mm-bold-summary-lead-grey-table-row-caption-under-photo-bold-name-paren-dang-bo-unit-footer-tags-hieu-chinh-lan-cuoi-inside-article-footer",
                url=url, art=A5, main_fn=main, pub=pub, prefix="oc", kb=120,
                org="Đảng bộ Khối các cơ quan tỉnh Hòa Bình", addr="Số 6 đường Trần Hưng Đạo, phường Phương Lâm, TP Hòa Bình, tỉnh Hòa Bình", phone="0218.3852.447",
                crumbs=crumbs, top=head_top("oc", "/Themes/DukHB/Content/banner.png", "Đảng bộ Khối các cơ quan tỉnh Hòa Bình", days=2, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=stamp, cls="oc-new") + vb_box(["Hướng dẫn số 08-HD/ĐUK về sinh hoạt chuyên đề năm 2025", "Kế hoạch số 41-KH/ĐUK về kiểm tra, giám sát quý II"], cls="oc-vb"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A5.title + " - Đảng bộ Khối các cơ quan tỉnh Hòa Bình"},
                exp=expected(A5, iso(pub), updated=iso(upd), author="Đinh Công Sơn", unit="Đảng bộ Sở Y tế", category="Hoạt động cơ sở đảng"),
                traps={"chrome": ["Thẻ:", "Tin bài khác", "Văn bản mới"], "stamp_label": ["Hiệu chỉnh lần cuối:"], "related": lambda rl: rl[:4]},
                notes="Orchard CMS 1.10 (ASP.NET MVC, __RequestVerificationToken) of an Đảng ủy Khối các cơ quan. Under the h1 the metadata prints '22-04-2025 | 09:05' (dashes, pipe) → 2025-04-22T09:05. The UPDATE stamp is printed INSIDE THE ARTICLE'S <footer>, after the byline and the tags: 'Hiệu chỉnh lần cuối: 23-04-2025 | 10:40' → updated 2025-04-23T10:40. Bold p.summary = lead. The photo is a two-row table: the caption is the grey second row UNDER the photo (small span). Bold right 'Đinh Công Sơn (Đảng bộ Sở Y tế)' → author + unit. Crumb last level 'Hoạt động cơ sở đảng'. The 3-month and 95/60-minute figures in the text are not dates.",
                readme="Orchard 1.10 Đảng ủy Khối: 'dd-mm-yyyy | HH:MM', bold summary lead, caption in a grey table ROW under the photo, 'Name (Đảng bộ Sở …)', the update stamp 'Hiệu chỉnh lần cuối: dd-mm-yyyy | HH:MM' printed INSIDE the article <footer> after the tags, 'Tin bài khác'")


# ===================================================================== 6 Ban Tuyên giáo Tỉnh ủy Hải Dương: Spring Boot + Thymeleaf; the only 'Cập nhật:' belongs to the attached document (TWIST)
A6 = Art("Tài liệu tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh",
         "Ban Tuyên giáo Tỉnh ủy ban hành đề cương tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2025), đề nghị các cấp ủy, tổ chức đảng tổ chức quán triệt đến cán bộ, đảng viên và nhân dân.",
         [("p", "Đề cương gồm 3 phần: khái quát thân thế, sự nghiệp cách mạng của Chủ tịch Hồ Chí Minh; những giá trị to lớn của tư tưởng, đạo đức, phong cách Hồ Chí Minh; Đảng bộ và nhân dân Hải Dương học tập và làm theo lời Bác."),
          ("p", "Ban Tuyên giáo Tỉnh ủy đề nghị các huyện ủy, thị ủy, thành ủy và đảng ủy trực thuộc chỉ đạo tuyên truyền bằng nhiều hình thức phù hợp: hội nghị báo cáo viên, sinh hoạt chi bộ, hệ thống truyền thanh cơ sở, trang thông tin điện tử và mạng xã hội."),
          ("img", "/upload/btg/2025/05/bia-de-cuong-135-nam.jpg", "Bìa đề cương tuyên truyền do Ban Tuyên giáo Tỉnh ủy phát hành"),
          ("p", "Các cơ quan báo chí của tỉnh mở chuyên trang, chuyên mục; tăng cường thông tin về những tấm gương người tốt, việc tốt, các mô hình học tập và làm theo Bác tiêu biểu trên địa bàn."),
          ("p", "Toàn văn đề cương được đăng tải kèm theo bài viết này để các cơ quan, đơn vị khai thác, sử dụng.")])
DOC6 = "Đề cương tuyên truyền 135 năm Ngày sinh Chủ tịch Hồ Chí Minh.pdf"


def page06():
    pub = T("2025-05-06 10:15")

    def stamp(d):
        return f"{hm(d)} {d.strftime('%d-%m-%Y')}"

    def main(rng, rl, rd):
        body = A6.render(p=jp, img=lambda s, c, n: f'<div class="text-center"><img src="{s}" class="img-fluid" alt="" /><p class="anh-chu-thich">{esc(c)}</p></div>')
        doc = ('<div class="tai-lieu-dinh-kem card"><div class="card-header"><i class="bi bi-paperclip"></i> Tài liệu đính kèm</div><div class="card-body">'
               f'<table class="table table-sm"><thead><tr><th>Tên tệp</th><th>Dung lượng</th><th>Cập nhật</th><th></th></tr></thead><tbody>'
               f'<tr><td><i class="bi bi-file-earmark-pdf"></i> {esc(DOC6)}</td><td>1,4 MB</td><td>Cập nhật: 07/05/2025 14:20</td>'
               f'<td><a class="btn btn-sm btn-primary" href="/tai-lieu/download/{hexid(rng, 24)}">Tải về</a> <span class="text-muted">(Lượt tải: 218)</span></td></tr></tbody></table></div></div>')
        others = "".join(f'<li><a href="/tin-tuc/{rng.randint(4000, 5999)}">{esc(t)}</a> <small>({stamp(d)})</small></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="chi-tiet-tin" th:fragment="detail"><h1 class="tieu-de">{esc(A6.title)}</h1>'
                f'<div class="thong-tin"><span class="thoi-gian"><i class="bi bi-clock"></i> {stamp(pub)}</span> <span class="luot-xem">Lượt xem: 1.562</span></div>'
                f'<div class="sapo"><b>{esc(A6.lead)}</b></div><div class="noi-dung">{body}</div>{doc}'
                f'<p class="tac-gia text-end"><b>Ban Tuyên giáo Tỉnh ủy</b></p>'
                f'<div class="tin-khac"><h3>Tin bài khác</h3><ul>{others}</ul></div></div>')

    crumbs = crumb([("Trang chủ", "/"), ("Học tập và làm theo Bác", "/hoc-tap-lam-theo-bac"), ("Tài liệu tuyên truyền", "/hoc-tap-lam-theo-bac/tai-lieu")], cls="breadcrumb")
    url = "https://tuyengiao.haiduong.dcs.vn/tin-tuc/6128"
    head = (og(A6.title, url, {"og:site_name": "Ban Tuyên giáo Tỉnh ủy Hải Dương"})
            + '<meta name="_csrf" content="' + "3f0c" * 9 + '" /><meta name="_csrf_header" content="X-CSRF-TOKEN" /><link rel="stylesheet" href="/webjars/bootstrap/5.3.2/css/bootstrap.min.css" />')
    return page("s24-06", family="btg_spring_boot_thymeleaf_document_block_cap_nhat_not_article_update",
                name="haiduong-btgtu-spring-boot-thymeleaf-crumb-tai-lieu-tuyen-truyen-h1-time-first-hh-mm-dd-mm-yyyy-dashes-bold-sapo-p-anh-chu-thich-attachment-card-table-cap-nhat-column-of-the-file-tai-ve-office-signature-only",
                url=url, art=A6, main_fn=main, pub=pub, prefix="tg", kb=110,
                org="Ban Tuyên giáo Tỉnh ủy Hải Dương", addr="Số 2 đường Trần Hưng Đạo, TP Hải Dương, tỉnh Hải Dương", phone="0220.3852.296",
                crumbs=crumbs, top=head_top("tg", "/images/banner-btg.png", "Ban Tuyên giáo Tỉnh ủy Hải Dương", days=1, hours=1),
                side=lambda rng, pub: side_std(rng, pub, "Tin xem nhiều", fmt=stamp, cls="tg-most") + poll("Bạn tiếp cận tài liệu tuyên truyền qua kênh nào?", ["Sinh hoạt chi bộ", "Website", "Mạng xã hội"], cls="tg-poll"),
                shell_kw={"layout": "bootstrap", "head_extra": head, "title": A6.title},
                exp=expected(A6, iso(pub), unit="Ban Tuyên giáo Tỉnh ủy", category="Tài liệu tuyên truyền"),
                traps={"document": [DOC6, "Cập nhật: 07/05/2025 14:20", "Tài liệu đính kèm", "Lượt tải: 218", "Tải về"], "chrome": ["Lượt xem: 1.562", "Tin bài khác"], "related": lambda rl: rl[:4]},
                notes="TWIST: Spring Boot + Thymeleaf site of a Ban Tuyên giáo Tỉnh ủy. The article's own stamp is time-first with dashes, '10:15 06-05-2025' → 2025-05-06T10:15, and the page prints NO update of the article. After the text, a 'Tài liệu đính kèm' card lists the attached PDF in a table: file name | '1,4 MB' | 'Cập nhật: 07/05/2025 14:20' | 'Tải về' (Lượt tải: 218). That 'Cập nhật:' is the upload time of the FILE, in the attachment table → updated_at null. A reader that takes the page's only 'Cập nhật:' as the article's update silently records 2025-05-07T14:20. The document block (file name, size, counter, button) is not body. Bold sapo = lead; the cover image's caption is p.anh-chu-thich. The only signature is the office 'Ban Tuyên giáo Tỉnh ủy' (bold right) → author null, unit 'Ban Tuyên giáo Tỉnh ủy' (an organisation alone, as sets 3 and 23). Crumb last level 'Tài liệu tuyên truyền'. 19/5/1890 and 19/5/2025 are anniversary decoys.",
                readme="TWIST the only 'Cập nhật:' on the page ('Cập nhật: 07/05/2025 14:20') is a column of the ATTACHED FILE's row in the 'Tài liệu đính kèm' card → updated_at null; Spring Boot + Thymeleaf Ban Tuyên giáo, time-first '10:15 06-05-2025', bold sapo, p.anh-chu-thich caption, document-download block (not body), office signature only → unit, no author")


# ===================================================================== 7 Ban Dân vận Tỉnh ủy Hà Nam: October CMS + RainLab.Blog; slideshow captions printed by CSS from data-caption; boxed 'ĐỌC THÊM'
A7 = Art("Hà Nam: Người có uy tín trong đồng bào Công giáo chung tay xây dựng nông thôn mới",
         "Tại các xứ, họ đạo trên địa bàn huyện Thanh Liêm và Kim Bảng, nhiều linh mục, chức sắc, chức việc và người có uy tín trong đồng bào Công giáo đã tích cực vận động giáo dân hiến đất, góp công xây dựng đường làng, nhà văn hóa.",
         [("p", "Năm 2024, giáo dân giáo xứ Bút Sơn, xã Thanh Hương đã hiến hơn 1.200 m² đất, đóng góp trên 800 triệu đồng để mở rộng 3 tuyến đường trục thôn. Linh mục quản xứ nhiều lần lồng ghép nội dung vận động vào các buổi sinh hoạt của hội đoàn."),
          ("slides",),
          ("p", "Ban Dân vận Tỉnh ủy đánh giá, việc phát huy vai trò người có uy tín là một trong những giải pháp then chốt để công tác dân vận vùng đồng bào có đạo đạt hiệu quả. Hằng năm, Ban Dân vận các huyện ủy tổ chức gặp mặt, thông tin thời sự cho chức sắc, chức việc trước các ngày lễ lớn."),
          ("p", "Đến nay, 100% xứ, họ đạo trên địa bàn tỉnh đăng ký thực hiện phong trào “Sống tốt đời, đẹp đạo”; 46 khu dân cư có đông đồng bào Công giáo được công nhận khu dân cư kiểu mẫu."),
          ("p", "Thời gian tới, Ban Dân vận Tỉnh ủy tiếp tục phối hợp với Ủy ban MTTQ tỉnh nhân rộng các mô hình “Dân vận khéo” trong vùng đồng bào có đạo, gắn với thực hiện quy chế dân chủ ở cơ sở.")])
SLIDES7 = ["Giáo dân giáo xứ Bút Sơn làm đường giao thông thôn",
           "Nhà văn hóa thôn Bút Sơn được xây dựng từ nguồn xã hội hóa",
           "Ban Dân vận Huyện ủy Thanh Liêm gặp mặt chức sắc, chức việc các giáo xứ"]
READMORE7 = ["Kim Bảng: Phát huy vai trò chức sắc tôn giáo trong bảo vệ môi trường", "Gặp mặt chức sắc, chức việc các tôn giáo nhân dịp Lễ Phục sinh"]


def page07():
    pub = T("2025-04-17 14:30")

    def stamp(d):
        return f"{d.strftime('%d.%m.%Y')} lúc {hm(d)}"

    def main(rng, rl, rd):
        slides = ('<div class="oc-slider" data-autoplay="true"><style>.oc-slide figure::after{content:attr(data-caption);display:block;font-style:italic;text-align:center;'
                  'font-size:13px;color:#555;padding:4px 0}</style>'
                  + "".join(f'<div class="oc-slide"><figure data-caption="{esc(c, True)}"><img src="/storage/app/media/2025/04/but-son-{i + 1}.jpg" alt="anh-dan-van-{i + 1}" /></figure>'
                            f'<span class="oc-slide-index">{i + 1}/{len(SLIDES7)}</span></div>' for i, c in enumerate(SLIDES7))
                  + '<button class="oc-prev" type="button">‹</button><button class="oc-next" type="button">›</button></div>')
        more = ('<div class="doc-them-box" style="border:1px solid #0a5;padding:8px 12px;margin:12px 0"><div class="doc-them-title">ĐỌC THÊM</div><ul>'
                + "".join(f'<li><a href="/blog/post/{slug(t)}">{esc(t)}</a> <span class="dt-date">({d.strftime("%d.%m.%Y")})</span></li>' for t, d in zip(READMORE7, rd[:2]))
                + '</ul></div>')
        out = []
        for i, b in enumerate(A7.blocks):
            out.append(slides if b[0] == "slides" else f"<p>{esc(b[1])}</p>")
            if i == 2:
                out.append(more)
        relp = rel(rng, rl[:5], rd, stamp, href="/blog/post/{s}", cls="post-related", head="Bài viết khác")
        return (f'<div class="blog-post"><h1 class="post-title">{esc(A7.title)}</h1>'
                f'<p class="info">Đăng trong <a href="/blog/category/dan-van-ton-giao">Dân vận tôn giáo</a> ngày {stamp(pub)}</p>'
                f'<div class="content"><p class="excerpt"><strong>{esc(A7.lead)}</strong></p>{"".join(out)}'
                f'<p style="text-align:right"><strong>Phạm Thu Hằng</strong></p></div>{relp}</div>')

    url = "https://bandanvan.hanam.dcs.vn/blog/post/nguoi-co-uy-tin-trong-dong-bao-cong-giao-chung-tay-xay-dung-nong-thon-moi"
    head = (og(A7.title, url, {"og:site_name": "Ban Dân vận Tỉnh ủy Hà Nam"})
            + f'<meta name="csrf-token" content="{"Qa8" * 13}" /><link href="/themes/bdv-hanam/assets/css/theme.css" rel="stylesheet" />')
    return page("s24-07", family="bdv_octobercms_rainlab_blog_slideshow_captions_css_attr_doc_them_box",
                name="hanam-bdvtu-octobercms-rainlab-blog-h1-dang-trong-category-ngay-dd-mm-yyyy-dotted-luc-hh-mm-bold-excerpt-lead-slider-captions-printed-by-css-attr-data-caption-boxed-doc-them-two-links-dated-bold-name-only",
                url=url, art=A7, main_fn=main, pub=pub, prefix="oct", kb=105,
                org="Ban Dân vận Tỉnh ủy Hà Nam", addr="Số 96 đường Lê Hoàn, phường Quang Trung, TP Phủ Lý, tỉnh Hà Nam", phone="0226.3852.713",
                top=head_top("oct", "/themes/bdv-hanam/assets/images/banner.jpg", "Ban Dân vận Tỉnh ủy Hà Nam", days=1, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới nhất", fmt=stamp, cls="oct-new") + links_box(["Ban Dân vận Trung ương", "Báo Hà Nam", "Cổng TTĐT tỉnh Hà Nam"], cls="oct-lk"),
                shell_kw={"layout": "div", "head_extra": head, "title": A7.title + " | Ban Dân vận Tỉnh ủy Hà Nam"},
                exp=expected(A7, iso(pub), author="Phạm Thu Hằng", category="Dân vận tôn giáo", captions=SLIDES7),
                traps={"read_more": ["ĐỌC THÊM"] + READMORE7, "slider": ["anh-dan-van-1", "1/3"], "chrome": ["Bài viết khác", "Tin mới nhất"], "related": lambda rl: rl[:4]},
                attr_only=("captions",),
                notes="October CMS (Laravel) with the RainLab.Blog plugin, of a Ban Dân vận Tỉnh ủy. Meta sentence 'Đăng trong Dân vận tôn giáo ngày 17.04.2025 lúc 14:30' → category 'Dân vận tôn giáo', published 2025-04-17T14:30 (dotted date). Bold excerpt = lead. A three-slide slider sits between paragraphs 1 and 2: each slide's caption is stored only in figure[data-caption] and PRINTED BY CSS (figure::after{content:attr(data-caption)}), italic and centred under each photo — a reader sees it, the DOM text does not hold it (attr_only: captions, checked against the raw HTML). The img alt texts are file labels ('anh-dan-van-1' …), not captions; the '1/3' counters are chrome. After paragraph 2 a bordered 'ĐỌC THÊM' box with two dated links → not body. Bold right 'Phạm Thu Hằng' alone → author, unit null.",
                readme="October CMS + RainLab.Blog Ban Dân vận: 'Đăng trong <category> ngày dd.mm.yyyy lúc HH:MM', bold excerpt lead, slider captions PRINTED BY CSS from data-caption (attr_only: captions; the alt texts are file labels), a boxed 'ĐỌC THÊM' with two dated links inside the text, bold name alone")


# ===================================================================== 8 Ban Tổ chức Tỉnh ủy Thái Bình: Laravel + Inertia (Vue 3 SSR); 'Hiệu chỉnh: HH:MM - dd/mm/yyyy'; two-part figcaption; poll + copyright line in the article
A8 = Art("Thái Bình hoàn thành sắp xếp tổ chức bộ máy cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy",
         "Đến ngày 31/3/2025, Tỉnh ủy Thái Bình đã hoàn thành việc sắp xếp, kiện toàn tổ chức bộ máy các cơ quan tham mưu, giúp việc Tỉnh ủy theo Kết luận của Bộ Chính trị, bảo đảm không gián đoạn công việc.",
         [("p", "Theo đó, Ban Tuyên giáo và Ban Dân vận Tỉnh ủy được hợp nhất thành Ban Tuyên giáo và Dân vận Tỉnh ủy; thành lập Đảng bộ các cơ quan Đảng tỉnh và Đảng bộ Ủy ban nhân dân tỉnh trên cơ sở kết thúc hoạt động của Đảng bộ Khối các cơ quan và Đảng bộ Khối Doanh nghiệp."),
          ("img", "/storage/images/2025/05/cong-bo-quyet-dinh.jpg", "Trao quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy|Đồng chí Bí thư Tỉnh ủy trao quyết định và tặng hoa lãnh đạo Ban."),
          ("p", "Sau sắp xếp, số đầu mối cơ quan tham mưu, giúp việc Tỉnh ủy giảm từ 7 xuống còn 5; số phòng chuyên môn giảm 9 phòng. Việc bố trí cán bộ được thực hiện công khai, dân chủ, căn cứ vào năng lực và kết quả thực hiện nhiệm vụ."),
          ("h", "Bảo đảm chính sách đối với cán bộ dôi dư"),
          ("p", "Ban Tổ chức Tỉnh ủy đã tham mưu giải quyết chế độ, chính sách cho 38 cán bộ, công chức nghỉ hưu trước tuổi, nghỉ thôi việc theo Nghị định số 178/2024/NĐ-CP; không có đơn thư khiếu nại liên quan."),
          ("p", "Trong quý II, Ban Tổ chức Tỉnh ủy tiếp tục hướng dẫn các đảng bộ mới thành lập kiện toàn cấp ủy, ban hành quy chế làm việc và chuyển sinh hoạt đảng cho đảng viên.")])
CAP8 = [A8.blocks[1][2].replace("|", ". ")]
A8.blocks[1] = ("img", A8.blocks[1][1], CAP8[0])
POLL8 = "Bạn đánh giá thế nào về thông tin sắp xếp bộ máy trên trang?"
COPY8 = "© Ban Tổ chức Tỉnh ủy Thái Bình. Ghi rõ nguồn khi phát hành lại thông tin."


def page08():
    pub = T("2025-05-12 08:00")
    upd = T("2025-05-13 16:35")

    def stamp(d):
        return f"{hm(d)} - {dmy(d)}"

    def main(rng, rl, rd):
        t1, t2 = CAP8[0].split(". ", 1)

        def img(s, c, n):
            return (f'<figure class="article-figure" data-v-5a1c2f><img src="{s}" alt="{esc(t1, True)}" loading="lazy" />'
                    f'<figcaption><strong class="fig-title">{esc(t1)}.</strong> <span class="fig-desc">{esc(t2)}</span></figcaption></figure>')
        body = A8.render(p=lambda t: f'<p data-v-5a1c2f>{esc(t)}</p>', h=lambda t: f'<h3 data-v-5a1c2f>{esc(t)}</h3>', img=img)
        page_json = dump({"component": "Article/Show", "props": {"article": {"id": 2741, "title": A8.title, "published_at": pub.strftime("%Y-%m-%d %H:%M:%S"),
                          "updated_at": upd.strftime("%Y-%m-%d %H:%M:%S"), "category": {"name": "Tổ chức bộ máy"}, "author": "Nguyễn Đức Thịnh"},
                          "auth": {"user": None}, "ziggy": {"url": "https://bantochuc.thaibinh.dcs.vn"}}, "url": "/bai-viet/2741", "version": hexid(rng, 32)})
        relp = rel(rng, rl[:5], rd, stamp, href="/bai-viet/{n}", cls="related", head="Tin liên quan", htag="h3")
        return (f'<div id="app" data-page="{esc(page_json, True)}"><div class="article-page" data-v-5a1c2f>'
                f'<nav class="chips"><a href="/chuyen-muc/to-chuc-bo-may" class="chip">Tổ chức bộ máy</a></nav>'
                f'<h1 class="article-title" data-v-5a1c2f>{esc(A8.title)}</h1>'
                f'<div class="article-meta" data-v-5a1c2f><span>Đăng: {stamp(pub)}</span> <span class="sep">·</span> <span class="edited">Hiệu chỉnh: {stamp(upd)}</span></div>'
                f'<p class="article-lead" data-v-5a1c2f><strong>{esc(A8.lead)}</strong></p>{body}'
                f'<p class="article-author" style="text-align:right" data-v-5a1c2f><strong>Nguyễn Đức Thịnh - Phòng Tổ chức đảng, đảng viên</strong></p>'
                f'{poll(POLL8, ["Đầy đủ, kịp thời", "Cần thêm hướng dẫn chi tiết", "Khó tìm"], cls="article-poll")}'
                f'<p class="article-copyright" data-v-5a1c2f><small>{esc(COPY8)}</small></p>{relp}</div></div>')

    url = "https://bantochuc.thaibinh.dcs.vn/bai-viet/2741"
    head = (og(A8.title, url, {"og:site_name": "Ban Tổ chức Tỉnh ủy Thái Bình"}) + '<link rel="stylesheet" href="/build/assets/app-4c1b2e.css" />'
            + '<script type="module" src="/build/assets/app-9f2d11.js"></script>')
    return page("s24-08", family="btc_laravel_inertia_vue_ssr_hieu_chinh_time_first_two_part_figcaption_poll_copyright",
                name="thaibinh-btctu-laravel-inertia-vue3-ssr-data-page-json-chip-to-chuc-bo-may-dang-hh-mm-dash-dd-mm-yyyy-hieu-chinh-hh-mm-dash-dd-mm-yyyy-bold-lead-h3-subhead-figcaption-bold-title-plus-description-name-dash-phong-unit-poll-copyright-line",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ia", kb=140,
                org="Ban Tổ chức Tỉnh ủy Thái Bình", addr="Số 5 đường Lê Lợi, TP Thái Bình, tỉnh Thái Bình", phone="0227.3831.425",
                top=head_top("ia", "/images/logo-btc.svg", "Ban Tổ chức Tỉnh ủy Thái Bình", days=4, hours=0),
                side=lambda rng, pub: side_std(rng, pub, "Văn bản, hướng dẫn mới", fmt=stamp, cls="ia-new"),
                shell_kw={"layout": "div", "head_extra": head, "title": A8.title + " - Ban Tổ chức Tỉnh ủy Thái Bình"},
                exp=expected(A8, iso(pub), updated=iso(upd), author="Nguyễn Đức Thịnh", unit="Phòng Tổ chức đảng, đảng viên", category="Tổ chức bộ máy", captions=CAP8),
                traps={"poll": [POLL8, "Đầy đủ, kịp thời"], "copyright": [COPY8], "chrome": ["Tin liên quan", "Văn bản, hướng dẫn mới"], "related": lambda rl: rl[:4]},
                notes="Laravel + Inertia.js (Vue 3, server-side rendered; the whole props JSON sits HTML-escaped in div#app[data-page], with 'published_at' / 'updated_at' as naive 'Y-m-d H:i:s' and an 'author' field) of a Ban Tổ chức Tỉnh ủy. Visible meta: 'Đăng: 08:00 - 12/05/2025 · Hiệu chỉnh: 16:35 - 13/05/2025' (time first, dash) → published 2025-05-12T08:00, updated 2025-05-13T16:35 ('Hiệu chỉnh' = edited). Bold p.article-lead = lead; h3 sub-head is body. The figcaption has two parts, a bold title 'Trao quyết định thành lập Ban Tuyên giáo và Dân vận Tỉnh ủy.' and a description span → ONE caption, the whole figcaption text as printed. Bold right 'Nguyễn Đức Thịnh - Phòng Tổ chức đảng, đảng viên' → author + unit (the division of the Ban; the comma is inside the division's name). After the byline, still inside the article element: a POLL widget and a COPYRIGHT line '© Ban Tổ chức Tỉnh ủy Thái Bình. Ghi rõ nguồn …' → not body. Chip 'Tổ chức bộ máy' = category. The deadline 31/3/2025 and Nghị định 178/2024 are not dates of the item.",
                readme="Laravel + Inertia (Vue 3 SSR, data-page JSON) Ban Tổ chức: 'Đăng: HH:MM - dd/mm/yyyy · Hiệu chỉnh: HH:MM - dd/mm/yyyy', bold lead, h3 sub-head, two-part figcaption (bold title + description = one caption), 'Name - Phòng …, …' unit, a POLL and a COPYRIGHT line inside the article after the byline (not body), chip category")


# ===================================================================== 9 UBKT Tỉnh ủy Quảng Bình: ASP.NET WebForms + Telerik; a body paragraph typed into the photo table's third row (TWIST)
A9 = Art("Ủy ban Kiểm tra Tỉnh ủy giám sát chuyên đề tại Đảng ủy xã Quảng Phú",
         "Ngày 24/3, Đoàn giám sát của Ủy ban Kiểm tra Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Quảng Phú (huyện Quảng Trạch) về việc lãnh đạo, chỉ đạo công tác quản lý đất đai, đầu tư xây dựng cơ bản giai đoạn 2023 - 2024.",
         [("p", "Báo cáo với đoàn, Đảng ủy xã cho biết trong 2 năm, xã đã triển khai 11 công trình với tổng vốn trên 24 tỷ đồng, chủ yếu là đường giao thông, kênh mương nội đồng và trường học; giao đất tái định cư cho 37 hộ dân vùng ven biển."),
          ("img", "/Uploads/ubkt/2025/03/giam-sat-quang-phu.jpg", "Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy xã Quảng Phú"),
          ("p", "Qua giám sát, đoàn ghi nhận Đảng ủy xã đã ban hành nghị quyết, kế hoạch lãnh đạo kịp thời; công khai danh sách hộ được giao đất tại trụ sở và nhà văn hóa thôn. Tuy vậy, việc lưu trữ hồ sơ một số công trình chưa đầy đủ, có công trình chậm quyết toán so với quy định."),
          ("p", "Đồng chí Phó Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy, Trưởng đoàn giám sát đề nghị Đảng ủy xã chỉ đạo khắc phục ngay những hạn chế đã chỉ ra, hoàn thành quyết toán các công trình trong quý II/2025 và báo cáo kết quả về Ủy ban Kiểm tra Tỉnh ủy."),
          ("p", "Đợt giám sát chuyên đề được tiến hành tại 6 đảng ủy xã thuộc 3 huyện Quảng Trạch, Bố Trạch, Lệ Thủy, kết thúc trước ngày 15/4/2025.")])
NOTE9 = "Ghi chú của Ban biên tập: Bài viết thuộc chuyên mục “Kiểm tra, giám sát” phối hợp thực hiện giữa Ủy ban Kiểm tra Tỉnh ủy và Báo Quảng Bình năm 2025."


def page09():
    pub = T("2025-03-25 08:45")

    def stamp(d):
        return f"Thứ {['Hai', 'Ba', 'Tư', 'Năm', 'Sáu', 'Bảy', 'CN'][d.weekday()]}, {dmy(d)} - {d.strftime('%Hh%M')}"

    def main(rng, rl, rd):
        pars = A9.pars
        cap = A9.captions[0]
        # the paragraph after the photo is typed into a third row of the photo table
        body = (f'<p style="text-align:justify"><b>{esc(A9.lead)}</b></p>'
                f'<p style="text-align:justify">{esc(pars[0])}</p>'
                f'<table class="rtable" align="center" border="0" cellpadding="3" cellspacing="0" style="width:100%"><tbody>'
                f'<tr><td style="text-align:center"><img src="{A9.blocks[1][1]}" width="620" alt="" /></td></tr>'
                f'<tr><td style="text-align:center"><em><span style="font-size:11px">{esc(cap)}</span></em></td></tr>'
                f'<tr><td style="text-align:justify">{esc(pars[1])}</td></tr></tbody></table>'
                + "".join(f'<p style="text-align:justify">{esc(t)}</p>' for t in pars[2:]))
        rot = ('<div id="ctl00_MainContent_RadRotator1" class="RadRotator RadRotator_Default" style="height:90px;width:300px"><div class="rrClipRegion"><ul class="rrItemsList">'
               + "".join(f'<li class="rrItem"><a href="/chuyen-de/{slug(t)}"><img src="/Uploads/banner/{hexid(rng, 8)}.png" alt="{esc(t, True)}" /></a></li>' for t in rl[:3])
               + '</ul></div><input id="ctl00_MainContent_RadRotator1_ClientState" name="ctl00_MainContent_RadRotator1_ClientState" type="hidden" /></div>')
        others = "".join(f'<tr><td><a href="/tin-tuc/{rng.randint(1000, 2999)}.aspx">{esc(t)}</a></td><td class="ngay">{stamp(d)}</td></tr>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail"><span id="ctl00_MainContent_lblCat" class="cat-title">KIỂM TRA, GIÁM SÁT</span>'
                f'<h1><span id="ctl00_MainContent_lblTitle">{esc(A9.title)}</span></h1>'
                f'<div class="date"><span id="ctl00_MainContent_lblDate">{stamp(pub)}</span></div>'
                f'<div id="ctl00_MainContent_divContent" class="content">{body}'
                f'<p style="text-align:right"><b>Lê Thị Hồng Nhung - Phòng Nghiệp vụ 1, UBKT Tỉnh ủy</b></p>'
                f'<p class="ghichu"><i>{esc(NOTE9)}</i></p></div>{rot}'
                f'<div class="other"><div class="other-title">CÁC TIN KHÁC</div><table class="other-tbl">{others}</table></div></div>')

    url = "https://ubkt.quangbinh.dcs.vn/tin-tuc/2874.aspx"
    head = (og(A9.title, url, {"og:site_name": "Ủy ban Kiểm tra Tỉnh ủy Quảng Bình"})
            + '<link href="/WebResource.axd?d=Telerik.Web.UI.Skins.Default.Rotator.css" rel="stylesheet" /><script src="/Telerik.Web.UI.WebResource.axd?_TSM_HiddenField_=RadScriptManager1_TSM"></script>')
    return page("s24-09", family="ubkt_aspnet_telerik_body_paragraph_inside_photo_table_third_row",
                name="quangbinh-ubkttu-aspnet-webforms-telerik-radrotator-lblcat-caps-kiem-tra-giam-sat-h1-span-short-weekday-thu-ba-dd-mm-yyyy-dash-hhhmm-bold-first-p-lead-photo-table-em-caption-row-third-row-body-paragraph-name-dash-phong-ubkt-unit-ghi-chu-bbt",
                url=url, art=A9, main_fn=main, pub=pub, prefix="qb", kb=150,
                org="Ủy ban Kiểm tra Tỉnh ủy Quảng Bình", addr="Số 6 đường Hùng Vương, TP Đồng Hới, tỉnh Quảng Bình", phone="0232.3822.516",
                top=head_top("qb", "/images/banner-ubkt.jpg", "Ủy ban Kiểm tra Tỉnh ủy Quảng Bình", days=1, hours=6),
                side=lambda rng, pub: side_std(rng, pub, "Tin mới", fmt=stamp, cls="qb-new") + schedule(rng, pub + timedelta(days=1), "Lịch làm việc của Ủy ban", "qb-lich"),
                shell_kw={"layout": "table", "form": True, "head_extra": head, "title": A9.title + " - UBKT Tỉnh ủy Quảng Bình"},
                exp=expected(A9, iso(pub), author="Lê Thị Hồng Nhung", unit="Phòng Nghiệp vụ 1, UBKT Tỉnh ủy", category="KIỂM TRA, GIÁM SÁT"),
                traps={"note": [NOTE9], "chrome": ["CÁC TIN KHÁC", "Lịch làm việc của Ủy ban"], "related": lambda rl: rl[:4]},
                notes="TWIST: ASP.NET WebForms + Telerik (RadRotator, RadScriptManager) site of a UBKT Tỉnh ủy. The photo is a three-row table: row 1 the image, row 2 the small italic caption 'Đoàn giám sát làm việc với Ban Thường vụ Đảng ủy xã Quảng Phú', and row 3 — typed by the editor into the same table — the NEXT PARAGRAPH of the text ('Qua giám sát, đoàn ghi nhận …'), justified, not italic, as long as the other paragraphs. It is body, in its place; the caption is row 2 only. A reader that treats the whole photo table as a figure either loses that paragraph or stores it as part of the caption, silently. Stamp 'Thứ Ba, 25/03/2025 - 08h45' → 2025-03-25T08:45. Bold first paragraph = lead. Bold right 'Lê Thị Hồng Nhung - Phòng Nghiệp vụ 1, UBKT Tỉnh ủy' → author + unit (the division and its committee as one unit). The italic 'Ghi chú của Ban biên tập: …' after the byline is a note from the editors → not body. Category = lblCat 'KIỂM TRA, GIÁM SÁT' (caps as printed; the comma is part of the name). The meeting day 24/3 and the deadline 15/4/2025 are decoys.",
                readme="TWIST a BODY PARAGRAPH typed into the third row of the photo table (row 1 image, row 2 italic caption, row 3 the next paragraph) → body, not caption; ASP.NET WebForms + Telerik UBKT, 'Thứ Ba, dd/mm/yyyy - 08h45', bold first-paragraph lead, 'Name - Phòng Nghiệp vụ 1, UBKT Tỉnh ủy', italic 'Ghi chú của Ban biên tập' after the byline (not body), caps lblCat category, RadRotator banners")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
