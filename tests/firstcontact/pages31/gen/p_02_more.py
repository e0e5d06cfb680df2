"""Set 31 pages 10-18: three more common products (a merged press agency's CMS, VNPT's portal product, WordPress +
OceanWP) and six less common stacks no set 26-30 used (Drupal 10 under a vendor's Bootstrap 5 theme, Nuxt 3 over
Strapi, Ghost 5, Jekyll, Magnolia CMS 6, Yii 1.1). Article kinds: a long ANALYSIS with sub-headings, ordinary news
items, an INTERVIEW, a PHOTO STORY, a SPEECH.
Pages 10, 11, 13 and 18 carry one TWIST each: schema.org microdata that names the SAPO as the articleBody (and the text
as the description); a related card with its writer right after a text that prints no byline; a visually-hidden
label inside the headline's h1; a stamp printed WITHOUT its year, crawled after New Year."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads12, past, expected, slug, dump, hexid, alnum
from .kit import share, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS
from .base import page, side_std


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


WDL = ["Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật"]


# ===================================================================== 10 Báo và PT-TH Ninh Bình: a press CMS; a long ANALYSIS with sub-headings; author card at the top (degree + unit); TWIST microdata: itemprop='articleBody' on the sapo, itemprop='description' on the text
A10 = Art("Kinh tế tư nhân sau Nghị quyết 68: Mở đường để doanh nghiệp nhỏ lớn lên",
          "Nghị quyết số 68-NQ/TW của Bộ Chính trị xác định kinh tế tư nhân là một động lực quan trọng nhất của nền kinh tế. Với Ninh Bình sau hợp nhất, nơi hơn 95% doanh nghiệp có quy mô nhỏ và siêu nhỏ, câu hỏi đặt ra là làm thế nào để những doanh nghiệp ấy đủ sức lớn lên.",
          [("p", "Sau khi hợp nhất ba tỉnh Hà Nam, Nam Định và Ninh Bình, tỉnh Ninh Bình mới có hơn 21.500 doanh nghiệp đang hoạt động, đứng thứ 8 cả nước về số lượng. Khu vực kinh tế tư nhân đóng góp khoảng 48% GRDP, 40% thu ngân sách nội địa và tạo việc làm cho hơn 600.000 lao động."),
           ("p", "Tuy vậy, bức tranh doanh nghiệp vẫn “đông nhưng chưa mạnh”. Số doanh nghiệp có vốn trên 100 tỷ đồng chỉ chiếm khoảng 2%; phần lớn hoạt động trong các ngành gia công, thương mại, dịch vụ nhỏ lẻ, giá trị gia tăng thấp, dễ tổn thương trước biến động thị trường."),
           ("h", "Những điểm nghẽn cũ chưa được tháo gỡ"),
           ("p", "Khảo sát của Hiệp hội Doanh nghiệp tỉnh cuối năm 2025 cho thấy, ba khó khăn lớn nhất mà doanh nghiệp nhỏ gặp phải vẫn là tiếp cận tín dụng, mặt bằng sản xuất và thủ tục hành chính. Gần 60% doanh nghiệp được hỏi cho biết không đủ tài sản bảo đảm để vay vốn ngân hàng; nhiều cơ sở phải thuê nhà dân làm xưởng, không đủ điều kiện về phòng cháy, chữa cháy và môi trường."),
           ("p", "Ông Trần Văn Quý, Giám đốc một công ty chế biến nông sản ở xã Ý Yên, kể rằng để mở rộng nhà xưởng thêm 2.000 m2, doanh nghiệp mất gần hai năm làm thủ tục thuê đất. “Đơn hàng có, nhưng không có chỗ sản xuất thì đành từ chối”, ông nói."),
           ("img", "/uploads/2026/01/17/che-bien-nong-san-y-yen.jpg", "Dây chuyền chế biến nông sản của một doanh nghiệp nhỏ ở xã Ý Yên"),
           ("p", "Bên cạnh đó, năng lực quản trị, đổi mới công nghệ của nhiều doanh nghiệp còn hạn chế. Không ít chủ doanh nghiệp quen cách làm gia đình, chưa xây dựng được hệ thống kế toán minh bạch, khó đáp ứng yêu cầu của ngân hàng và đối tác nước ngoài."),
           ("h", "Cơ hội từ thể chế mới"),
           ("p", "Nghị quyết 68 và Luật Hỗ trợ doanh nghiệp nhỏ và vừa sửa đổi đã mở ra nhiều cơ chế mới: giảm thuế thu nhập doanh nghiệp cho doanh nghiệp nhỏ trong ba năm đầu, miễn kiểm tra định kỳ nếu không có dấu hiệu vi phạm, ưu tiên bố trí quỹ đất tại các cụm công nghiệp cho doanh nghiệp nhỏ và vừa thuê với giá hợp lý."),
           ("p", "Tỉnh đã ban hành Kế hoạch thực hiện Nghị quyết 68 với mục tiêu đến năm 2030 có 40.000 doanh nghiệp, trong đó ít nhất 50 doanh nghiệp quy mô lớn; dành tối thiểu 20 ha đất tại mỗi cụm công nghiệp cho doanh nghiệp nhỏ và vừa, doanh nghiệp khởi nghiệp sáng tạo."),
           ("img", "/uploads/2026/01/17/cum-cong-nghiep-gia-van.jpg", "Cụm công nghiệp Gia Vân được quy hoạch dành quỹ đất cho doanh nghiệp nhỏ và vừa"),
           ("h", "Cần những giải pháp “đến tận doanh nghiệp”"),
           ("p", "Từ thực tiễn, có thể thấy chính sách chỉ phát huy hiệu quả khi đến được với từng doanh nghiệp. Trước hết, cần công khai, minh bạch quỹ đất sạch và quy trình thuê đất tại các cụm công nghiệp; rút ngắn thời gian giải quyết thủ tục đầu tư, đất đai theo cơ chế “một cửa” ở cả cấp tỉnh và cấp xã."),
           ("p", "Thứ hai, phát huy vai trò của Quỹ bảo lãnh tín dụng cho doanh nghiệp nhỏ và vừa của tỉnh, mở rộng hình thức cho vay dựa trên dòng tiền, hợp đồng, tài sản hình thành từ vốn vay. Thứ ba, tổ chức các chương trình đào tạo quản trị, chuyển đổi số “cầm tay chỉ việc” cho chủ doanh nghiệp, hộ kinh doanh chuyển lên doanh nghiệp."),
           ("p", "Cuối cùng và quan trọng nhất là xây dựng đội ngũ cán bộ dám nghĩ, dám làm, coi sự phát triển của doanh nghiệp là thước đo hiệu quả công việc của mình. Khi doanh nghiệp nhỏ lớn lên, đó cũng là lúc kinh tế tư nhân thực sự trở thành động lực quan trọng nhất của tỉnh.")])


def p10_stamp(d):
    return f"{WDL[d.weekday()]}, {d.day}/{d.month}/{d.year}, {hm(d)} GMT+7"


def page10():
    pub = T("2026-01-17 06:00")
    site = "https://baoninhbinh.org.vn"
    url = f"{site}/kinh-te/doanh-nghiep/202601/kinh-te-tu-nhan-sau-nghi-quyet-68-mo-duong-de-doanh-nghiep-nho-lon-len-4f2c81a/"

    def img(s, c, n):
        return f'<figure class="image align-center"><img src="{site}{s}" alt="{esc(c, True)}" width="800" /><figcaption class="image-caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = A10.render(p=lambda t: f"<p>{esc(t)}</p>", h=lambda t: f"<h2>{esc(t)}</h2>", img=img, sep="")
        cards = "".join(f'<div class="col-md-4 card-news"><a href="{site}/kinh-te/{slug(t)}-{hexid(rng, 7)}/"><img src="/uploads/thumb/{hexid(rng, 12)}.jpg" alt="" /></a><h3><a href="#">{esc(t)}</a></h3><span class="time">{p10_stamp(d)}</span></div>' for t, d in zip(rl[:3], rd))
        return (f'<article class="detail" itemscope itemtype="https://schema.org/NewsArticle">'
                f'<div class="detail-cate"><a href="/kinh-te/">Kinh tế</a><span class="sep">/</span><a href="/kinh-te/doanh-nghiep/" class="active">Doanh nghiệp</a></div>'
                f'<h1 class="detail-title" itemprop="headline">{esc(A10.title)}</h1>'
                f'<div class="detail-author-box" itemprop="author" itemscope itemtype="https://schema.org/Person"><img class="avatar" src="/uploads/author/do-van-hai.jpg" alt="" />'
                f'<div class="author-info"><a class="author-name" href="/tac-gia/do-van-hai/" itemprop="name">TS. Đỗ Văn Hải</a><span class="author-unit">Trường Chính trị tỉnh Ninh Bình</span></div></div>'
                f'<div class="detail-time"><time itemprop="datePublished" datetime="2026-01-17T06:00:00+07:00">{p10_stamp(pub)}</time> <span class="detail-listen"><a href="#" class="btn-listen">Nghe bài viết</a></span></div>'
                f'<h2 class="detail-sapo" itemprop="articleBody">{esc(A10.lead)}</h2>'
                f'<div class="detail-content afcbc-body" itemprop="description">{body}</div>'
                f'<div class="detail-tags"><span>Từ khóa:</span> <a href="#">Nghị quyết 68</a> <a href="#">kinh tế tư nhân</a> <a href="#">doanh nghiệp nhỏ và vừa</a></div>'
                f'<div class="detail-share">{share("share-detail")}</div></article>'
                f'<div class="box-related"><h3 class="box-title">Cùng chuyên mục</h3><div class="row">{cards}</div></div>'
                + comments([("Nguyễn Văn Long", "17/1/2026 08:12", "Bài viết phân tích rất sát thực tế. Mong tỉnh sớm có quỹ đất cho doanh nghiệp nhỏ thuê."), ("Phạm Thu", "17/1/2026 09:40", "Thủ tục thuê đất đúng là điểm nghẽn lớn nhất.")], "Bình luận", "comments-detail"))

    def side(rng, pub_):
        return (side_std(rng, pub_, "Đọc nhiều", fmt=p10_stamp, cls="rail-box doc-nhieu")
                + '<div class="rail-box"><h3>Báo in</h3><p>Báo Ninh Bình số 6.215, phát hành ngày 17/1/2026</p><a href="#">Đọc báo in</a></div>'
                + '<div class="rail-box"><h3>Lịch phát sóng</h3><ul><li>06:00 Chào buổi sáng</li><li>11:30 Thời sự trưa</li><li>19:45 Thời sự Ninh Bình</li></ul></div>')

    def left(rng, pub_):
        now = pub_ + timedelta(hours=4, minutes=37)
        return f'<span class="today">{p10_stamp(now)}</span> <a href="#">Báo in</a> <a href="#">Truyền hình</a> <a href="#">Phát thanh</a>'

    def top(rng, pub_):
        return '<a class="logo" href="/"><img src="/assets/images/logo-bao-va-ptth-ninh-binh.svg" alt="Báo và Phát thanh, Truyền hình Ninh Bình" /></a>'

    head = (og(A10.title, url, {"og:description": A10.lead, "article:published_time": "2026-01-17T06:00:00+07:00", "article:author": "TS. Đỗ Văn Hải"})
            + '<link rel="stylesheet" href="/assets/css/detail.min.css?v=3.2.1" />')
    return page("s31-10", family="merged_press_agency_press_cms_long_analysis_microdata_articlebody_on_sapo",
                name="ninhbinh-bao-va-ptth-press-cms-detail-cate-kinh-te-doanh-nghiep-h1-author-box-ts-name-unit-weekday-d-m-yyyy-comma-hh-mm-gmt7-h2-sapo-itemprop-articlebody-content-itemprop-description-h2-subheads-figcaptions",
                url=url, art=A10, main_fn=main, pub=pub, prefix="nb", kb=185,
                org="Báo và Phát thanh, Truyền hình Ninh Bình", addr="Số 2 đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình", phone="0229.3871.219",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "press_long", "head_extra": head, "title": A10.title + " | Báo Ninh Bình", "items": MENU_NEWS, "left": left},
                exp=expected(A10, iso(pub), author="TS. Đỗ Văn Hải", unit="Trường Chính trị tỉnh Ninh Bình", category="Doanh nghiệp"),
                traps={"chrome": ["Nghe bài viết", "Từ khóa:", "Cùng chuyên mục", "Báo in", "Báo Ninh Bình số 6.215, phát hành ngày 17/1/2026", "Lịch phát sóng", "Bình luận"],
                       "comments": ["Bài viết phân tích rất sát thực tế."], "related": lambda rl: rl[:3]},
                notes="TWIST (microdata naming the sapo as the text). A long ANALYSIS with three sub-headings on a merged press agency's CMS (article.detail with schema.org MICRODATA: itemscope NewsArticle, itemprop headline / author / datePublished). The template's itemprops are swapped: the h2 SAPO carries itemprop='articleBody' and the div holding the whole text carries itemprop='description'. An extractor that trusts microdata stores the sapo alone as the text (thirteen paragraphs and three sub-headings lost) and the text as a 'description' — without any sign of failure. Expected: the printed article — lead = the h2 sapo; body = the sapo + every paragraph and h2 sub-heading of div.detail-content (NEW (set 31): microdata names nothing the page does not print where it prints it; set 29's rule on metadata extended). Author card at the TOP: 'TS. Đỗ Văn Hải' (degree kept, set 26) with 'Trường Chính trị tỉnh Ninh Bình' under the name → author + unit (a writer's card with the writer's unit, not a subject's profile card). Stamp: 'Thứ bảy, 17/1/2026, 06:00 GMT+7' (unpadded month, 'GMT+7' = +07:00, set 28) in a <time> whose datetime agrees → 2026-01-17T06:00:00+07:00; the top bar prints the crawl moment in the same shape, and so do 'Đọc nhiều' and the related cards. Category: the crumb-like cate line 'Kinh tế / Doanh nghiệp' → the deepest level, 'Doanh nghiệp'. Captions: two figcaptions. Decoys: the print edition's day, the broadcast schedule, comment times.",
                readme="TWIST a merged press agency's CMS, a long ANALYSIS with h2 sub-headings whose microdata is SWAPPED: itemprop='articleBody' on the h2 sapo and itemprop='description' on the text (a microdata reader stores the sapo as the text); author card 'TS. Name' + unit at the top; 'Thứ bảy, 17/1/2026, 06:00 GMT+7'; cate line 'Kinh tế / Doanh nghiệp'; two figcaptions")


# ===================================================================== 11 Tỉnh ủy Vĩnh Long: VNPT's portal product; ordinary news with NO byline; 'dd-mm-yyyy | HH:MM'; TWIST the 'Tin cùng chuyên mục' cards, right after the text, each carry span.author
A11 = Art("Thường trực Tỉnh ủy làm việc với Đảng ủy xã Long Châu về công tác chuẩn bị bầu cử",
          "Chiều 24/02, đồng chí Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh cùng đoàn công tác của Thường trực Tỉnh ủy làm việc với Ban Thường vụ Đảng ủy xã Long Châu về công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.",
          [("p", "Báo cáo với đoàn công tác, lãnh đạo Đảng ủy xã cho biết, xã Long Châu có 16 khu vực bỏ phiếu với hơn 28.600 cử tri. Đến nay, danh sách cử tri đã được niêm yết công khai tại các điểm bỏ phiếu; Ủy ban Bầu cử xã đã tổ chức 3 hội nghị tiếp xúc cử tri để người ứng cử đại biểu HĐND xã trình bày chương trình hành động."),
           ("p", "Công tác tuyên truyền được đẩy mạnh bằng nhiều hình thức như hệ thống loa truyền thanh, pa-nô, áp phích, nhóm Zalo của các ấp và trang thông tin điện tử của xã. Lực lượng công an, quân sự xã đã xây dựng phương án bảo đảm an ninh, trật tự tại các khu vực bỏ phiếu."),
           ("img", "/Portals/0/Images/2026/02/thuong-truc-tinh-uy-lam-viec-long-chau.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu tại buổi làm việc với Đảng ủy xã Long Châu"),
           ("p", "Phát biểu kết luận, đồng chí Phó Bí thư Thường trực Tỉnh ủy ghi nhận sự chủ động của Đảng ủy xã trong công tác chuẩn bị bầu cử. Đồng chí đề nghị xã tiếp tục rà soát, cập nhật danh sách cử tri, nhất là cử tri đi làm ăn xa, cử tri tạm trú; chuẩn bị chu đáo cơ sở vật chất tại các khu vực bỏ phiếu; chủ động phương án xử lý các tình huống phát sinh do thời tiết."),
           ("p", "Đồng chí cũng lưu ý Đảng ủy xã quan tâm giải quyết kịp thời những kiến nghị của cử tri, không để phát sinh điểm nóng, bảo đảm cuộc bầu cử diễn ra dân chủ, đúng luật, an toàn, thật sự là ngày hội của toàn dân.")])
CARD11 = [("Ban Tuyên giáo và Dân vận Tỉnh ủy tập huấn tuyên truyền viên về bầu cử", "Sáng 23/02, Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức lớp tập huấn cho hơn 200 tuyên truyền viên cơ sở về công tác tuyên truyền bầu cử.", "Minh Khôi"),
          ("Đảng ủy phường Phước Hậu triển khai nhiệm vụ năm 2026", "Đảng ủy phường Phước Hậu tổ chức hội nghị triển khai nhiệm vụ năm 2026 với 12 chỉ tiêu chủ yếu.", "Thanh Trúc"),
          ("Kiểm tra công tác bầu cử tại xã Trà Ôn", "Đoàn kiểm tra của Ủy ban Bầu cử tỉnh làm việc tại xã Trà Ôn về tiến độ chuẩn bị các khu vực bỏ phiếu.", "Ngọc Hân")]


def p11_stamp(d):
    return f"{d.strftime('%d-%m-%Y')} | {hm(d)}"


def page11():
    pub = T("2026-02-25 14:35")
    site = "https://tinhuyvinhlong.vn"
    url = f"{site}/tin-tuc/chi-tiet/thuong-truc-tinh-uy-lam-viec-voi-dang-uy-xa-long-chau-ve-cong-tac-chuan-bi-bau-cu-38412"

    def main(rng, rl, rd):
        body = A11.render(p=jp, img=lambda s, c, n: f'<p style="text-align:center"><img src="{s}" alt="" /></p><p class="caption" style="text-align:center"><em>{esc(c)}</em></p>', sep="")
        cds = [pub - timedelta(days=2, hours=1), pub - timedelta(days=3, hours=4), pub - timedelta(days=4, hours=2)]
        cards = "".join(f'<div class="news-other-item"><a class="thumb" href="/tin-tuc/chi-tiet/{slug(t)}-{rng.randint(38000, 38411)}"><img src="/Portals/0/thumb/{hexid(rng, 12)}.jpg" alt="" /></a>'
                        f'<div class="news-other-body"><h3 class="news-other-title"><a href="/tin-tuc/chi-tiet/{slug(t)}-{rng.randint(38000, 38411)}">{esc(t)}</a></h3><p class="news-other-sapo">{esc(s)}</p>'
                        f'<div class="news-other-info"><span class="author">{esc(a)}</span> <span class="date">{d.strftime("%d-%m-%Y")}</span></div></div></div>' for (t, s, a), d in zip(CARD11, cds))
        return (f'<div class="news-detail"><h1 class="news-detail-title">{esc(A11.title)}</h1>'
                f'<div class="news-detail-info"><span class="date"><i class="fa fa-clock-o"></i> {p11_stamp(pub)}</span> <span class="view"><i class="fa fa-eye"></i> 416</span>'
                f' <span class="tool"><a href="#" class="print">In</a> <a href="#" class="font-down">A-</a> <a href="#" class="font-up">A+</a></span></div>'
                f'<div class="news-detail-summary"><strong>{esc(A11.lead)}</strong></div><div class="news-detail-content">{body}</div>'
                f'<div class="news-other"><div class="news-other-head">Tin cùng chuyên mục</div>{cards}</div>'
                f'<div class="news-detail-share">{share("share-vnpt")}</div></div>'
                f'<div class="news-more"><h3>Tin đã đăng</h3><ul>' + "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">({p11_stamp(d)})</span></li>' for t, d in zip(rl[:5], rd)) + '</ul></div>')

    crumbs = '<ul class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li><li class="active"><a href="/tin-tuc/hoat-dong-cua-tinh-uy">Hoạt động của Tỉnh ủy</a></li></ul>'

    def side(rng, pub_):
        ts = heads12(rng, 4, avoid=[A11.title])
        au = ["Bảo Trân", "Hữu Nghĩa", "Kim Ngân", "Minh Khôi"]
        li = "".join(f'<li><a href="#">{esc(t)}</a><div class="meta"><span class="author">{a}</span> <span class="date">{p11_stamp(d)}</span></div></li>' for t, a, d in zip(ts, au, past(pub_, rng, 4, 1, 10)))
        return (f'<div class="portal-box"><h3>Tin mới nhất</h3><ul class="news-new">{li}</ul></div>'
                + '<div class="portal-box bau-cu"><h3>Bầu cử 2026</h3><p>Ngày bầu cử: Chủ nhật, 15/3/2026</p><p>Thời gian bỏ phiếu: từ 7 giờ đến 19 giờ</p></div>'
                + schedule(rng, pub_ + timedelta(days=1), "Lịch làm việc Thường trực Tỉnh ủy", "portal-box lich"))

    def top(rng, pub_):
        now = pub_ + timedelta(hours=19, minutes=5)
        return (f'<div class="container"><a href="/"><img src="/Portals/0/banner-tinh-uy-vinh-long.png" alt="Đảng bộ tỉnh Vĩnh Long" /></a>'
                f'<div class="header-clock">{wd(now)}, {p11_stamp(now)}</div></div>')

    head = (og(A11.title, url, {"og:description": A11.lead, "article:published_time": "2026-02-25T14:35:00+07:00"})
            + '<link href="/Content/vnpt-portal/css/site.min.css?v=4.2" rel="stylesheet" /><script src="/Content/vnpt-portal/js/portal.min.js?v=4.2"></script>'
            + '<script>var portalConfig={siteId:27,lang:"vi",apiUrl:"/api/portal/",tracking:true};</script>')
    return page("s31-11", family="province_party_vnpt_portal_no_byline_related_cards_with_writers_after_text",
                name="vinhlong-tinhuy-vnpt-portal-crumb-hoat-dong-cua-tinh-uy-h1-dd-mm-yyyy-pipe-hh-mm-bold-summary-lead-centred-em-caption-no-byline-tin-cung-chuyen-muc-cards-with-span-author-right-after-text",
                url=url, art=A11, main_fn=main, pub=pub, prefix="vp", kb=135,
                org="Đảng bộ tỉnh Vĩnh Long", addr="Số 02 đường 30/4, phường Thanh Đức, tỉnh Vĩnh Long", phone="0270.3822.321",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "vnpt", "head_extra": head, "title": A11.title},
                exp=expected(A11, iso(pub), category="Hoạt động của Tỉnh ủy"),
                traps={"card_writers": ["Minh Khôi", "Thanh Trúc", "Ngọc Hân"], "card_sapos": [CARD11[0][1], CARD11[1][1]], "card_titles": [c[0] for c in CARD11],
                       "chrome": ["Tin cùng chuyên mục", "Tin đã đăng", "Tin mới nhất", "Bầu cử 2026", "Thời gian bỏ phiếu: từ 7 giờ đến 19 giờ"], "related": lambda rl: rl[:5]},
                notes="TWIST (a card's writer right after a byline-less text). An ordinary news item on a Tỉnh ủy site built on VNPT's portal product (ASP.NET MVC; h1.news-detail-title, div.news-detail-info, div.news-detail-summary, div.news-detail-content). The item prints NO byline, no source, no author field. Immediately after div.news-detail-content — inside the same div.news-detail, before the share bar — the template prints 'Tin cùng chuyên mục': three cards (headline, sapo, then span.author + span.date: 'Minh Khôi 23-02-2026' …). An extractor that looks for the first '.author' after the text, or for a short name line after the last paragraph, stores 'Minh Khôi' — another item's writer — as this item's author, silently. Expected: author null, unit null (NEW (set 31): a card's writer belongs to the card's item, set 27; it never fills an item's empty byline); the cards' headlines and sapos are not body (set 24). The sidebar's 'Tin mới nhất' teasers carry writers too (one of them 'Minh Khôi' again). Stamp: 'dd-mm-yyyy | HH:MM' '25-02-2026 | 14:35' → 2026-02-25T14:35:00+07:00; the header clock and 'Tin đã đăng' print the same shape. Lead: the bold summary. One caption: a centred italic p.caption under the picture. Category: crumb 'Trang chủ › Tin tức › Hoạt động của Tỉnh ủy' → 'Hoạt động của Tỉnh ủy'. Decoys: 24/02 in the sapo, the election day 15/3/2026, the schedule.",
                readme="TWIST VNPT's portal product, Tỉnh ủy, an ordinary item that prints NO byline, followed at once by 'Tin cùng chuyên mục' cards each with span.author ('Minh Khôi') — author null; '25-02-2026 | 14:35' (header clock and lists in the same shape), bold summary (lead), a centred italic caption, crumb 'Hoạt động của Tỉnh ủy'")


# ===================================================================== 12 Đảng ủy phường Sài Gòn (TP.HCM): WordPress + OceanWP 3; WP's default 'F j, Y' in vi: 'Tháng Mười Hai 5, 2025'; capitals byline + a separate 'Ảnh:' line
A12 = Art("Đảng ủy phường Sài Gòn sơ kết công tác xây dựng Đảng 5 tháng sau sắp xếp",
          None,
          [("p", "Chiều 4/12, Đảng ủy phường Sài Gòn tổ chức hội nghị sơ kết công tác xây dựng Đảng và hệ thống chính trị 5 tháng sau khi phường mới đi vào hoạt động, triển khai nhiệm vụ trọng tâm những tháng đầu năm 2026."),
           ("p", "Phường Sài Gòn được thành lập từ phường Bến Nghé, một phần các phường Đa Kao, Nguyễn Thái Bình, là trung tâm hành chính, thương mại, tài chính của Thành phố. Đảng bộ phường hiện có 62 tổ chức cơ sở đảng với hơn 3.400 đảng viên, trong đó nhiều chi bộ trong doanh nghiệp, đơn vị sự nghiệp."),
           ("img", "/wp-content/uploads/2025/12/hoi-nghi-so-ket-dang-uy-phuong-sai-gon.jpg", "Quang cảnh hội nghị sơ kết công tác xây dựng Đảng của Đảng ủy phường Sài Gòn"),
           ("p", "Sau 5 tháng, bộ máy của phường vận hành thông suốt; Trung tâm Phục vụ hành chính công phường tiếp nhận hơn 19.000 hồ sơ, tỷ lệ giải quyết đúng hạn đạt 99,2%. Đảng ủy phường đã kiện toàn 100% chi bộ khu phố, ban hành quy chế làm việc và chương trình kiểm tra, giám sát toàn khóa."),
           ("p", "Hội nghị chỉ ra một số hạn chế như việc chuyển sinh hoạt đảng của đảng viên ở một số chi bộ còn chậm, sinh hoạt chi bộ ở một số khu phố chưa gắn với những vấn đề bức xúc của người dân như trật tự đô thị, vỉa hè, ngập nước."),
           ("p", "Phát biểu chỉ đạo, Bí thư Đảng ủy phường yêu cầu các chi bộ đổi mới nội dung sinh hoạt, tập trung chuẩn bị tốt cho cuộc bầu cử đại biểu Quốc hội và HĐND các cấp; mỗi đảng viên phải gương mẫu, gần dân, nắm chắc tình hình khu phố."),
           ("img", "/wp-content/uploads/2025/12/trao-giay-khen-chi-bo.jpg", "Trao giấy khen cho các chi bộ hoàn thành xuất sắc nhiệm vụ"),
           ("p", "Dịp này, Đảng ủy phường khen thưởng 12 chi bộ và 25 đảng viên có thành tích xuất sắc trong thực hiện nhiệm vụ 5 tháng sau sắp xếp.")])
MVI = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]


def wpvi(d):
    """WordPress's default 'F j, Y' in the vi locale: 'Tháng Mười Hai 5, 2025' (month name first)."""
    return f"Tháng {MVI[d.month - 1]} {d.day}, {d.year}"


def page12():
    pub = T("2025-12-05 07:48")
    site = "https://dangbophuongsaigon.vn"
    url = f"{site}/dang-uy-phuong-sai-gon-so-ket-cong-tac-xay-dung-dang-5-thang-sau-sap-xep/"

    def img(s, c, n):
        return (f'<figure class="wp-block-image aligncenter size-full"><img decoding="async" width="960" height="640" src="{site}{s}" alt="" class="wp-image-{3310 + n}" />'
                f'<figcaption class="wp-element-caption"><em>{esc(c)}</em></figcaption></figure>')

    def main(rng, rl, rd):
        body = A12.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
        rp = "".join(f'<article class="related-post clr col span_1_of_3 col-{i + 1}"><h3 class="related-post-title"><a href="{site}/{slug(t)}/" rel="bookmark">{esc(t)}</a></h3><time class="published" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S+07:00")}"><i class="icon-clock"></i>{wpvi(d)}</time></article>' for i, (t, d) in enumerate(zip(rl[1:4], rd)))
        return (f'<article class="single-post-article clr"><header class="entry-header clr"><h1 class="single-post-title entry-title" itemprop="headline">{esc(A12.title)}</h1></header>'
                f'<ul class="meta ospm-default clr"><li class="meta-author" itemprop="name"><span class="screen-reader-text">Tác giả bài viết:</span><i class="icon-user" aria-hidden="true" role="img"></i><a href="{site}/author/dangbophuongsaigon/" title="Đăng bởi dangbophuongsaigon" rel="author" itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person">dangbophuongsaigon</a></li>'
                f'<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">Bài viết được đăng:</span><i class="icon-clock" aria-hidden="true" role="img"></i>{wpvi(pub)}</li>'
                f'<li class="meta-cat"><span class="screen-reader-text">Chuyên mục bài viết:</span><i class="icon-folder" aria-hidden="true" role="img"></i><a href="{site}/category/xay-dung-dang/" rel="category tag">Xây dựng Đảng</a></li>'
                f'<li class="meta-comments"><span class="screen-reader-text">Bình luận bài viết:</span><i class="icon-bubble" aria-hidden="true" role="img"></i><a href="#respond" class="comments-link">0 Bình luận</a></li></ul>'
                f'<div class="entry-content clr" itemprop="text">{body}<p style="text-align: right;"><strong>PHƯƠNG NAM</strong></p><p style="text-align: right;"><em>Ảnh: Hữu Tài</em></p></div>'
                f'<div class="post-tags clr"><span class="owp-tag-text">Thẻ: </span><a href="#" rel="tag">đảng ủy phường</a>, <a href="#" rel="tag">sơ kết</a></div>'
                f'<nav class="navigation post-navigation" aria-label="Đọc thêm bài viết"><h2 class="screen-reader-text">Đọc thêm bài viết</h2><div class="nav-links"><div class="nav-previous"><a href="{site}/{slug(rl[0])}/" rel="prev"><span class="title"><i class="icon-arrow-left-circle"></i> Bài trước</span><span class="post-title">{esc(rl[0])}</span></a></div></div></nav>'
                f'<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">Có thể bạn cũng thích</span></h3><div class="oceanwp-row clr">{rp}</div></section>'
                f'<section id="comments" class="comments-area clr has-comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Để lại một bình luận</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><input type="submit" value="Gửi bình luận" /></form></div></section></article>')

    crumbs = (f'<nav role="navigation" aria-label="Breadcrumbs" class="site-breadcrumbs clr position-under-title"><ol class="trail-items" itemscope itemtype="http://schema.org/BreadcrumbList">'
              f'<li class="trail-item trail-begin" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}" rel="home" itemprop="item"><span itemprop="name">Trang chủ</span></a><span class="breadcrumb-sep">»</span><meta itemprop="position" content="1" /></li>'
              f'<li class="trail-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/tin-tuc/" itemprop="item"><span itemprop="name">Tin tức</span></a><span class="breadcrumb-sep">»</span><meta itemprop="position" content="2" /></li>'
              f'<li class="trail-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{site}/category/xay-dung-dang/" itemprop="item"><span itemprop="name">Xây dựng Đảng</span></a><span class="breadcrumb-sep">»</span><meta itemprop="position" content="3" /></li>'
              f'<li class="trail-item trail-end" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name"><a href="{url}">{esc(A12.title)}</a></span><meta itemprop="position" content="4" /></li></ol></nav>')

    def side(rng, pub_):
        ts = heads12(rng, 5, avoid=[A12.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="post-date">{wpvi(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 25)))
        return (f'<div id="recent-posts-3" class="sidebar-box widget_recent_entries clr"><h4 class="widget-title">Bài viết mới</h4><ul>{li}</ul></div>'
                '<div id="text-2" class="sidebar-box widget_text clr"><h4 class="widget-title">Lịch tiếp dân</h4><div class="textwidget"><p>Bí thư Đảng ủy phường tiếp dân định kỳ ngày 15 hằng tháng (tháng 12/2025: thứ Hai, ngày 15/12).</p></div></div>'
                '<div id="archives-2" class="sidebar-box widget_archive clr"><h4 class="widget-title">Lưu trữ</h4><ul><li><a href="#">Tháng Mười Hai 2025</a></li><li><a href="#">Tháng Mười Một 2025</a></li><li><a href="#">Tháng Mười 2025</a></li><li><a href="#">Tháng Chín 2025</a></li></ul></div>')

    def left(rng, pub_):
        now = pub_ + timedelta(days=1)
        return f'<div id="top-bar-content" class="clr has-content top-bar-left"><span class="topbar-content">{wd(now)}, {wpvi(now)} | Đường dây nóng: 028.3829.1234</span></div>'

    def top(rng, pub_):
        return '<div id="site-logo" class="clr" itemscope itemtype="https://schema.org/Brand"><div id="site-logo-inner" class="clr"><a href="/" class="custom-logo-link" rel="home"><img width="300" height="70" src="/wp-content/uploads/2025/07/logo-dang-bo-phuong-sai-gon.png" class="custom-logo" alt="Đảng bộ phường Sài Gòn" /></a></div></div>'

    head = (og(A12.title, url, {"og:site_name": "Đảng bộ phường Sài Gòn", "article:published_time": "2025-12-05T07:48:20+07:00", "article:section": "Xây dựng Đảng"})
            + "<link rel='stylesheet' id='oceanwp-style-css' href='/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.6.1' media='all' />"
            + "<style>.screen-reader-text{border:0;clip:rect(1px,1px,1px,1px);clip-path:inset(50%);height:1px;margin:-1px;overflow:hidden;padding:0;position:absolute!important;width:1px;word-wrap:normal!important}</style>")
    return page("s31-12", family="ward_party_wp_oceanwp_default_wp_date_month_name_first_capitals_byline_photo_line",
                name="hcmc-danguyphuongsaigon-wordpress-oceanwp3-crumb-ending-in-headline-h1-meta-author-account-meta-date-thang-muoi-hai-d-yyyy-date-only-meta-cat-no-lead-wp-element-captions-bold-right-capitals-name-italic-anh-name",
                url=url, art=A12, main_fn=main, pub=pub, prefix="owp", kb=150,
                org="Đảng bộ phường Sài Gòn", addr="Số 45 đường Lê Duẩn, phường Sài Gòn, Thành phố Hồ Chí Minh", phone="028.3829.1234",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "oceanwp", "head_extra": head, "title": A12.title + " - Đảng bộ phường Sài Gòn", "left": left, "charset_meta": False,
                          "body_cls": "post-template-default single single-post postid-3309 single-format-standard wp-custom-logo oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar post-in-category-xay-dung-dang has-breadcrumbs"},
                exp=expected(A12, isod(pub), author="PHƯƠNG NAM", photographer="Hữu Tài", category="Xây dựng Đảng"),
                traps={"bylines": ["PHƯƠNG NAM", "Ảnh: Hữu Tài"], "account": ["dangbophuongsaigon"], "screen_reader": ["Bài viết được đăng:", "Chuyên mục bài viết:"],
                       "chrome": ["0 Bình luận", "Có thể bạn cũng thích", "Để lại một bình luận", "Lịch tiếp dân", "Lưu trữ"], "related": lambda rl: rl[1:4]},
                notes="An ordinary news item on a ward Party committee's WordPress site built with OceanWP 3 (a page header with the generic title 'Tin tức' and the breadcrumb under it; h1.single-post-title; ul.meta with li.meta-author / meta-date / meta-cat / meta-comments, each with a visually hidden label span.screen-reader-text; div.entry-content; 'Có thể bạn cũng thích' related posts). OceanWP prints the date with the site's date format — here WordPress's DEFAULT 'F j, Y', which the vi locale renders MONTH NAME FIRST: 'Tháng Mười Hai 5, 2025' → '2025-12-05', DATE ONLY (the li has itemprop='datePublished' but no datetime; og's 07:48:20 is metadata only, set 25, MAJORITY; NEW (set 31): the month name first). The top bar prints the crawl day in the same shape ('Thứ Bảy, Tháng Mười Hai 6, 2025'), the 'Bài viết mới' widget and the related posts too, and the archive widget lists months ('Tháng Mười Hai 2025'). The screen-reader labels ('Bài viết được đăng:' …) are not printed for sighted readers and are neither stamp nor category text. li.meta-author is the account 'dangbophuongsaigon'. The writer signs at the end, bold right in capitals, 'PHƯƠNG NAM' → author (capitals kept); the italic right line under it 'Ảnh: Hữu Tài' is an explicit photo credit OUTSIDE the captions → photographer 'Hữu Tài'. No lead. Captions: two italic wp-element-captions. Category: the breadcrumb ends in the headline (set 27) → 'Xây dựng Đảng' (also li.meta-cat).",
                readme="WordPress + OceanWP 3, Đảng ủy phường, an ordinary item: WordPress's default date format in vi, month name FIRST, 'Tháng Mười Hai 5, 2025' (date only; top bar, widgets and archive months in the same shape), screen-reader labels in the meta, account in meta-author, a crumb ending in the headline, no lead, bold right 'PHƯƠNG NAM' + italic 'Ảnh: Hữu Tài' (author + photographer)")


# ===================================================================== 13 Tỉnh ủy Bắc Ninh: Drupal 10, a vendor's Bootstrap 5 sub-theme; ordinary news; 'T5, 19/02/2026 - 16:10' + a printed 'Cập nhật' field; TWIST a visually-hidden 'Bạn đang đọc: ' inside the h1
A13 = Art("Ban Thường vụ Tỉnh ủy cho ý kiến về Đề án phát triển đô thị thông minh đến năm 2030",
          "Chiều 19/02, Ban Thường vụ Tỉnh ủy họp cho ý kiến về Đề án phát triển đô thị thông minh tỉnh Bắc Ninh đến năm 2030, tầm nhìn đến năm 2045 và một số nội dung quan trọng khác.",
          [("p", "Theo dự thảo Đề án, đến năm 2030, 100% phường trên địa bàn tỉnh triển khai các dịch vụ đô thị thông minh thiết yếu như giao thông, an ninh trật tự, môi trường, y tế, giáo dục; Trung tâm Giám sát, điều hành đô thị thông minh của tỉnh kết nối dữ liệu với tất cả các xã, phường."),
           ("p", "Đề án đặt mục tiêu hình thành nền tảng dữ liệu dùng chung của tỉnh, trong đó dữ liệu dân cư, đất đai, doanh nghiệp được cập nhật, chia sẻ theo thời gian thực; ưu tiên phát triển đô thị thông minh tại các khu vực trung tâm như phường Kinh Bắc, phường Từ Sơn và khu vực phía Bắc sông Cầu sau hợp nhất."),
           ("img", "/sites/default/files/2026-02/ban-thuong-vu-hop-19-2.jpg", "Quang cảnh phiên họp Ban Thường vụ Tỉnh ủy chiều 19/02"),
           ("p", "Thảo luận tại phiên họp, các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy cơ bản thống nhất với dự thảo; đề nghị cơ quan soạn thảo làm rõ nguồn lực thực hiện, cơ chế huy động doanh nghiệp công nghệ tham gia theo hình thức hợp tác công tư, bảo đảm an toàn, an ninh thông tin và quyền riêng tư của người dân."),
           ("p", "Kết luận phiên họp, đồng chí Bí thư Tỉnh ủy yêu cầu Ban cán sự đảng UBND tỉnh chỉ đạo tiếp thu đầy đủ ý kiến, hoàn thiện Đề án trình Ban Chấp hành Đảng bộ tỉnh tại hội nghị gần nhất; trong đó xác định rõ lộ trình, tránh đầu tư dàn trải, lấy sự hài lòng của người dân và doanh nghiệp làm thước đo."),
           ("p", "Cũng tại phiên họp, Ban Thường vụ Tỉnh ủy cho ý kiến về công tác chuẩn bị bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp; chương trình kiểm tra, giám sát năm 2026 của Ban Thường vụ Tỉnh ủy.")])
TDAY = ["T2", "T3", "T4", "T5", "T6", "T7", "CN"]


def dru(d):
    """Drupal's medium date in the vi translation: 'D, d/m/Y - H:i' with the short day names → 'T5, 19/02/2026 - 16:10'."""
    return f"{TDAY[d.weekday()]}, {dmy(d)} - {hm(d)}"


def page13():
    pub = T("2026-02-19 16:10")
    upd = T("2026-02-20 08:30")
    site = "https://bacninh.dcs.vn"
    url = f"{site}/tin-tuc/ban-thuong-vu-tinh-uy-cho-y-kien-ve-de-an-phat-trien-do-thi-thong-minh-den-nam-2030"

    def img(s, c, n):
        return (f'<figure role="group" class="caption caption-drupal-media align-center"><div><div class="field field--name-field-media-image field--type-image field--label-hidden field__item">'
                f'<img loading="lazy" src="{s}" width="900" height="600" alt="" class="img-fluid" /></div></div><figcaption>{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        body = A13.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
        views = "".join(f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/tin-tuc/{slug(t)}" hreflang="vi">{esc(t)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{dru(d)}</span></div></div>' for t, d in zip(rl[:5], rd))
        return (f'<div data-drupal-messages-fallback class="hidden"></div>'
                f'<div id="block-bnvendor-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="visually-hidden">Bạn đang đọc: </span><span class="field field--name-title field--type-string field--label-hidden">{esc(A13.title)}</span></h1></div>'
                f'<div id="block-bnvendor-content" class="block block-system block-system-main-block"><article data-history-node-id="21784" class="node node--type-article node--promoted node--view-mode-full">'
                f'<div class="node__meta"><span class="submitted">Gửi bởi <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>btgdv_bacninh</span></span> vào <span class="field field--name-created field--type-created field--label-hidden">{dru(pub)}</span></span></div>'
                f'<div class="node__content"><div class="field field--name-field-sapo field--type-string-long field--label-hidden field__item"><strong>{esc(A13.lead)}</strong></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}'
                f'<p style="text-align:right;"><strong>Minh Châu/Ban TG&amp;DV Tỉnh ủy</strong></p></div>'
                f'<div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">Cập nhật</div><div class="field__item">{dru(upd)}</div></div>'
                f'<div class="field field--name-field-chuyen-muc field--type-entity-reference field--label-inline clearfix"><div class="field__label">Chuyên mục</div><div class="field__item"><a href="/chuyen-muc/chi-dao-dieu-hanh" hreflang="vi">Chỉ đạo - Điều hành</a></div></div>'
                f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">Từ khóa</div><div class="field__items"><div class="field__item"><a href="#">Ban Thường vụ Tỉnh ủy</a></div><div class="field__item"><a href="#">đô thị thông minh</a></div></div></div>'
                f'</div></article></div>'
                f'<div class="views-element-container block block-views"><h2 class="block-title">Tin liên quan</h2><div class="view view-tin-lien-quan"><div class="view-content">{views}</div></div></div>')

    crumbs = ('<nav aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Đường dẫn</h2><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
              '<li class="breadcrumb-item"><a href="/tin-tuc">Tin tức</a></li></ol></nav>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=dru, cls="block tin-moi")
                + schedule(rng, pub_ + timedelta(days=1), "Lịch công tác của Thường trực Tỉnh ủy", "block lich")
                + '<div class="block"><h2 class="block-title">Bầu cử 2026</h2><p>Ngày bầu cử: 15/3/2026. Danh sách cử tri niêm yết từ ngày 03/02/2026.</p></div>')

    def top(rng, pub_):
        now = pub_ + timedelta(days=1, hours=2, minutes=4)
        return (f'<div class="container d-flex"><a href="/" rel="home" class="navbar-brand"><img src="/themes/custom/bnvendor/logo.png" alt="Trang chủ" /></a>'
                f'<div class="header-date ms-auto">{dru(now)}</div></div>')

    head = (og(A13.title, url, {"og:description": A13.lead})
            + '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" /><link rel="canonical" href="' + url + '" /><link rel="shortlink" href="' + site + '/node/21784" />'
            + '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yz2x8kQb3.css?delta=0&amp;language=vi&amp;theme=bnvendor" />'
            + '<style>.visually-hidden{position:absolute!important;overflow:hidden;clip:rect(1px,1px,1px,1px);width:1px;height:1px;word-wrap:normal}</style>'
            + '<script type="application/json" data-drupal-selector="drupal-settings-json">{"path":{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/21784","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"vi"},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{"uid":0,"permissionsHash":"' + hexid(random.Random("s31-13-h"), 64) + '"}}</script>')
    return page("s31-13", family="province_party_drupal10_vendor_bootstrap5_theme_visually_hidden_label_in_headline",
                name="bacninh-tinhuy-drupal10-vendor-bootstrap5-h1-visually-hidden-ban-dang-doc-label-plus-title-gui-boi-account-t5-dd-mm-yyyy-dash-hh-mm-cap-nhat-field-bold-sapo-lead-media-figcaption-name-slash-unit-chuyen-muc-field",
                url=url, art=A13, main_fn=main, pub=pub, prefix="bn", kb=140,
                org="Tỉnh ủy Bắc Ninh", addr="Số 10 đường Phù Đổng Thiên Vương, phường Kinh Bắc, tỉnh Bắc Ninh", phone="0222.3822.541",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "drupal10v", "head_extra": head, "title": A13.title + " | Tỉnh ủy Bắc Ninh", "body_cls": "path-node page-node-type-article"},
                exp=expected(A13, iso(pub), updated=iso(upd), author="Minh Châu", unit="Ban TG&DV Tỉnh ủy", category="Chỉ đạo - Điều hành"),
                traps={"hidden_label": ["Bạn đang đọc:"], "bylines": ["Minh Châu/Ban TG&DV Tỉnh ủy"], "account": ["btgdv_bacninh"],
                       "chrome": ["Gửi bởi", "Từ khóa", "Tin liên quan", "Lịch công tác của Thường trực Tỉnh ủy", "Danh sách cử tri niêm yết từ ngày 03/02/2026."], "related": lambda rl: rl[:5]},
                notes="TWIST (a visually-hidden label inside the headline). An ordinary news item on a Tỉnh ủy site built on Drupal 10 with a vendor's Bootstrap 5 sub-theme ('bnvendor'). The page-title block prints <h1 class='page-title'><span class='visually-hidden'>Bạn đang đọc: </span><span class='field--name-title'>headline</span></h1>: the first span is clipped to 1×1 px by core's .visually-hidden (an accessibility label for screen readers, never seen on screen). An extractor that takes the h1's text stores the title as 'Bạn đang đọc: Ban Thường vụ Tỉnh ủy …' — a wrong headline, silently (the <title> and og:title carry the plain headline). Expected: the headline without the label (NEW (set 31): a visually-hidden label inside the headline element is not words of the title; set 26's hidden headings and set 29's CSS rule, applied to part of an element). Stamp: Drupal's medium format in the vi translation, 'Gửi bởi btgdv_bacninh vào T5, 19/02/2026 - 16:10' ('T5' = Thứ Năm, NEW (set 31)) → 2026-02-19T16:10:00+07:00; the 'changed' field is PRINTED with its label, 'Cập nhật T6, 20/02/2026 - 08:30' → updated 2026-02-20T08:30:00+07:00. The header date, 'Tin mới' and the 'Tin liên quan' view print the same shape. 'btgdv_bacninh' (uid) is an account. Lead: the bold field_sapo. Byline inside the body field, bold right 'Minh Châu/Ban TG&DV Tỉnh ủy' → author 'Minh Châu', unit 'Ban TG&DV Tỉnh ủy' (a slash separates; the ampersand is the unit's own, set 27); not body. Caption: the drupal-media figcaption. Category: the labelled entity-reference field 'Chuyên mục: Chỉ đạo - Điều hành' (the crumb is generic, 'Trang chủ › Tin tức').",
                readme="TWIST Drupal 10 + a vendor's Bootstrap 5 sub-theme, Tỉnh ủy, an ordinary item whose h1 holds a VISUALLY-HIDDEN label 'Bạn đang đọc: ' before the headline (h1 text ≠ title); Drupal 'T5, 19/02/2026 - 16:10' + a printed 'Cập nhật' field; bold field_sapo (lead); drupal-media figcaption; 'Minh Châu/Ban TG&DV Tỉnh ủy'; a labelled 'Chuyên mục' field")


# ===================================================================== 14 Thành đoàn Cần Thơ: Nuxt 3 over Strapi 4; an INTERVIEW (questions as h3, no label); 'dd/mm/yyyy • HH:MM' + 'Cập nhật'; 'Thực hiện: Name' chip
QA14 = [("q", "Chị nhận nhiệm vụ Bí thư Đoàn xã khi mới 24 tuổi, lại ở một xã mới sau sắp xếp. Điều gì khiến chị lo lắng nhất trong những ngày đầu?"),
        ("a", "Lo nhất là chưa hiểu hết địa bàn. Xã Tân Thạnh hình thành từ ba xã cũ, có những ấp tôi chưa từng đến. Tháng đầu tiên, tôi dành gần như mọi buổi chiều để đi cùng các bí thư chi đoàn ấp, gặp từng nhóm thanh niên, ghi lại xem các bạn đang làm gì, cần gì."),
        ("a", "Sau một tháng, tôi có trong tay danh sách hơn 900 đoàn viên, thanh niên với nghề nghiệp, nơi làm việc, nhu cầu học nghề, vay vốn. Đó là “bản đồ” để Đoàn xã xây dựng chương trình hoạt động."),
        ("q", "Nhiều người nói thanh niên nông thôn bây giờ ít mặn mà với hoạt động Đoàn. Chị nghĩ sao?"),
        ("a", "Tôi nghĩ thanh niên không thờ ơ, chỉ là các bạn cần thấy hoạt động Đoàn có ích cho mình. Khi Đoàn xã phối hợp với Phòng Giao dịch Ngân hàng Chính sách xã hội giúp 14 bạn vay vốn mở cửa hàng sửa xe, trồng nấm, nuôi lươn, thì số bạn đến sinh hoạt tăng lên rõ rệt."),
        ("a", "Làm thanh niên tin thì phải làm được việc. Một buổi sinh hoạt hướng dẫn bán hàng trên mạng hay một lớp dạy sửa điện thoại đôi khi thu hút hơn nhiều cuộc mít tinh."),
        ("q", "Đoàn xã đã làm gì để tham gia vào việc vận hành chính quyền hai cấp?"),
        ("a", "Chúng tôi thành lập Đội hình thanh niên hỗ trợ dịch vụ công, trực tại Trung tâm Phục vụ hành chính công xã vào các buổi sáng thứ Hai và thứ Sáu, hướng dẫn người dân nộp hồ sơ trực tuyến, cài ứng dụng định danh điện tử. Sau ba tháng, đội hình đã hỗ trợ hơn 2.300 lượt người dân."),
        ("q", "Dự định của chị trong năm 2026?"),
        ("a", "Tôi muốn mỗi ấp có ít nhất một mô hình kinh tế của thanh niên hoạt động hiệu quả, và mỗi đoàn viên biết sử dụng thành thạo ít nhất một dịch vụ công trực tuyến để hướng dẫn lại cho gia đình mình. Nghe thì nhỏ, nhưng làm được là cả một năm nỗ lực."),
        ("a", "Cảm ơn chị về cuộc trò chuyện!")]
CAP14 = "Chị Lê Ngọc Bảo Trâm (giữa) hướng dẫn người dân nộp hồ sơ trực tuyến tại Trung tâm Phục vụ hành chính công xã Tân Thạnh"
A14 = Art("Bí thư Đoàn xã Tân Thạnh: “Làm thanh niên tin thì phải làm được việc”",
          "Ở tuổi 25, Lê Ngọc Bảo Trâm là một trong những bí thư Đoàn xã trẻ nhất thành phố. Sau hơn bốn tháng nhận nhiệm vụ ở xã Tân Thạnh mới thành lập, chị đã có những cách làm riêng để kéo thanh niên trở lại với tổ chức Đoàn.",
          [("img", "https://cms.thanhdoancantho.vn/uploads/bao_tram_huong_dan_dvc_3f1a9c2e7b.jpg", CAP14)] + [("h" if k == "q" else "p", t) for k, t in QA14])


def nx(d):
    return f"{dmy(d)} • {hm(d)}"


def page14():
    pub = T("2025-11-07 19:45")
    upd = T("2025-11-08 08:10")
    site = "https://thanhdoancantho.vn"
    url = f"{site}/bai-viet/bi-thu-doan-xa-tan-thanh-lam-thanh-nien-tin-thi-phai-lam-duoc-viec"

    def main(rng, rl, rd):
        dv = "data-v-6b1f2a9c"
        body = A14.render(p=lambda t: f"<p {dv}>{esc(t)}</p>", h=lambda t: f"<h3 {dv}>{esc(t)}</h3>",
                          img=lambda s, c, n: f'<figure class="article-figure" {dv}><img src="{s}" alt="{esc(c, True)}" loading="lazy" {dv} /><figcaption {dv}>{esc(c)}</figcaption></figure>', sep="")
        cards = "".join(f'<a href="/bai-viet/{slug(t)}" class="card" {dv}><img src="https://cms.thanhdoancantho.vn/uploads/thumb_{hexid(rng, 10)}.jpg" alt="" {dv} /><h4 {dv}>{esc(t)}</h4><span class="card-date" {dv}>{nx(d)}</span></a>' for t, d in zip(rl[:4], rd))
        return (f'<article class="article" {dv}><div class="article-chips" {dv}><a href="/chuyen-muc/guong-mat-tre" class="chip chip-category" {dv}>Gương mặt trẻ</a> <span class="chip chip-type" {dv}>Phỏng vấn</span></div>'
                f'<h1 class="article-title" {dv}>{esc(A14.title)}</h1>'
                f'<div class="article-meta" {dv}><span class="meta-author" {dv}>Thực hiện: Gia Bảo</span><span class="meta-sep" {dv}>|</span><time datetime="2025-11-07T12:45:00.000Z" {dv}>{nx(pub)}</time><span class="meta-updated" {dv}>Cập nhật {nx(upd)}</span></div>'
                f'<p class="article-sapo" {dv}>{esc(A14.lead)}</p><div class="article-body prose" {dv}>{body}</div>'
                f'<div class="article-share" {dv}>{share("share-nuxt")}</div></article>'
                f'<section class="related" {dv}><h2 {dv}>Bài viết cùng chuyên mục</h2><div class="related-grid" {dv}>{cards}</div></section>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Mới cập nhật", fmt=nx, cls="side-card moi")
                + '<div class="side-card"><h3>Sự kiện sắp diễn ra</h3><ul><li>22/11/2025 - Ngày hội việc làm thanh niên</li><li>26/3/2026 - Kỷ niệm 95 năm Ngày thành lập Đoàn</li></ul></div>'
                + poll("Bạn quan tâm hoạt động nào của Đoàn nhất?", ["Hỗ trợ học nghề, việc làm", "Tình nguyện", "Văn hóa, thể thao", "Chuyển đổi số"], "side-card poll"))

    def top(rng, pub_):
        now = pub_ + timedelta(hours=14, minutes=3)
        return f'<div class="topbar"><span class="today">{wd(now)}, {nx(now)}</span></div><a href="/" class="brand"><img src="/_nuxt/logo-thanh-doan-can-tho.B7c2d9.svg" alt="Thành Đoàn Cần Thơ" /></a>'

    payload = [{"data": 1, "state": 9}, {"article-bi-thu-doan-xa-tan-thanh": 2}, {"data": 3}, {"id": 4, "attributes": 5}, 1287,
               {"title": A14.title, "slug": "bi-thu-doan-xa-tan-thanh-lam-thanh-nien-tin-thi-phai-lam-duoc-viec", "sapo": A14.lead, "author": "Gia Bảo", "publishedAt": "2025-11-07T12:45:00.000Z",
                "updatedAt": "2025-11-08T01:10:26.512Z", "createdAt": "2025-11-06T09:31:02.118Z", "category": "Gương mặt trẻ"}, None, None, None, {"$sapp": {}}]
    scripts = (f'<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{dump(payload)}</script>'
               '<script>window.__NUXT__={};window.__NUXT__.config={public:{strapiUrl:"https://cms.thanhdoancantho.vn"},app:{baseURL:"/",buildId:"b1c7e2f0",buildAssetsDir:"/_nuxt/",cdnURL:""}}</script>'
               '<script type="module" src="/_nuxt/entry.D3f9a1.js" crossorigin></script>')
    head = (og(A14.title, url, {"og:description": A14.lead}) + '<link rel="stylesheet" href="/_nuxt/entry.C8b1e4.css" crossorigin><link rel="modulepreload" as="script" crossorigin href="/_nuxt/entry.D3f9a1.js">')
    return page("s31-14", family="city_youth_union_nuxt3_strapi_interview_questions_as_h3_thuc_hien_chip",
                name="cantho-thanhdoan-nuxt3-strapi4-nuxt-data-payload-chip-category-guong-mat-tre-chip-type-phong-van-h1-thuc-hien-name-dd-mm-yyyy-bullet-hh-mm-cap-nhat-p-sapo-lead-figcaption-h3-questions-no-label-plain-answers",
                url=url, art=A14, main_fn=main, pub=pub, prefix="nx", kb=130,
                org="Thành Đoàn Cần Thơ", addr="Số 02 đường Hòa Bình, phường Ninh Kiều, thành phố Cần Thơ", phone="0292.3820.126",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "nuxt3", "head_extra": head, "title": A14.title + " - Thành Đoàn Cần Thơ", "items": MENU_MASS, "scripts": scripts},
                exp=expected(A14, iso(pub), updated=iso(upd), author="Gia Bảo", category="Gương mặt trẻ"),
                traps={"bylines": ["Thực hiện: Gia Bảo"], "genre_chip": ["Phỏng vấn"], "chrome": ["Bài viết cùng chuyên mục", "Mới cập nhật", "Sự kiện sắp diễn ra", "Bạn quan tâm hoạt động nào của Đoàn nhất?"], "related": lambda rl: rl[:4]},
                notes="An INTERVIEW on a city youth union's site: a Nuxt 3 front end over a Strapi 4 CMS (server-rendered with data-v scoped attributes; the article and its Strapi fields are also in the __NUXT_DATA__ payload). Chips above the headline: 'Gương mặt trẻ' (a link to the category, chip-category) and 'Phỏng vấn' (chip-type: the FORM of the piece, set 27 → not the category) → category 'Gương mặt trẻ'. Meta: 'Thực hiện: Gia Bảo' → author 'Gia Bảo' (set 27: 'Thực hiện:' is the writer; here the interviewer), then '07/11/2025 • 19:45' in a <time> whose datetime is UTC with 'Z' ('2025-11-07T12:45:00.000Z' = 19:45 at +07:00: agrees) → published 2025-11-07T19:45:00+07:00, and 'Cập nhật 08/11/2025 • 08:10' → updated 2025-11-08T08:10:00+07:00. The top bar, 'Mới cập nhật' and the related cards print the same bullet shape. Lead: p.article-sapo (it names the interviewee — a source, not the author, set 30). Body: the sapo, then the QUESTIONS printed as <h3> with NO label (no 'PV:', no bold) and the plain answers, in page order — each question one paragraph, as printed (set 30's interview rule: questions and answers are body as printed; NEW (set 31)); the closing thanks is the interviewer's line, body. Caption: the portrait figure's figcaption (first in the text).",
                readme="Nuxt 3 over Strapi 4 (__NUXT_DATA__), Thành Đoàn, an INTERVIEW: questions as <h3> with NO label, plain answers, 'Thực hiện: Gia Bảo' (author), '07/11/2025 • 19:45' in a <time> with a UTC 'Z' datetime + 'Cập nhật 08/11/2025 • 08:10', a category chip beside a form chip 'Phỏng vấn', p.article-sapo (lead), one figcaption")


# ===================================================================== 15 Hội Nhà báo tỉnh Điện Biên: Ghost 5 (Casper-derived); a PHOTO STORY; '18 thg 10 2025' in <time datetime='2025-10-18'> + reading time; 'Ảnh và bài: Name' at the top; one gallery caption
GAL15 = (["/content/images/2025/10/tuot-lua-1.jpg", "/content/images/2025/10/tuot-lua-2.jpg", "/content/images/2025/10/tuot-lua-3.jpg", "/content/images/2025/10/tuot-lua-4.jpg"],
         "Tuốt lúa, phơi thóc - những công việc quen thuộc của mùa gặt ở Mường Phăng")
A15 = Art("Mùa vàng trên ruộng bậc thang Mường Phăng",
          "Cuối tháng 9, đầu tháng 10, những thửa ruộng bậc thang ở xã Mường Phăng chuyển sang màu vàng óng. Với đồng bào Thái, Khơ Mú nơi đây, mùa gặt không chỉ là mùa thu hoạch mà còn là mùa của những niềm vui giản dị.",
          [("img", "/content/images/2025/10/ruong-bac-thang-muong-phang-1.jpg", "Ruộng bậc thang bản Phăng 3, xã Mường Phăng vào mùa lúa chín"),
           ("p", "Mường Phăng có hơn 300 ha ruộng bậc thang, phần lớn cấy giống lúa nếp nương và lúa thuần địa phương. Năm nay thời tiết thuận lợi, năng suất ước đạt 55 tạ/ha, cao nhất trong nhiều năm."),
           ("img", "/content/images/2025/10/gat-lua-ban-che-can.jpg", "Người dân bản Che Căn gặt lúa từ sáng sớm"),
           ("p", "Từ tờ mờ sáng, cả bản đã ra đồng. Người lớn gặt, trẻ nhỏ bó lúa, những gùi thóc nặng trĩu được cõng theo các bờ ruộng uốn lượn về nhà."),
           ("raw", "gallery"),
           ("p", "Ngày nay, nhiều hộ đã dùng máy tuốt lúa mini thay cho cách đập lúa thủ công, giúp rút ngắn thời gian thu hoạch và giảm hao hụt."),
           ("img", "/content/images/2025/10/du-khach-check-in.jpg", "Du khách chụp ảnh trên những thửa ruộng bậc thang"),
           ("p", "Mùa lúa chín cũng là mùa du lịch. Các homestay trong xã kín phòng vào dịp cuối tuần; nhiều hộ gia đình có thêm thu nhập từ dịch vụ ăn uống, dẫn đường cho du khách."),
           ("p", "Giữa những sườn đồi vàng rực, Mường Phăng - nơi từng đặt Sở Chỉ huy Chiến dịch Điện Biên Phủ - đang khoác lên mình diện mạo mới, bình yên và trù phú.")])
CAPS15 = ["Ruộng bậc thang bản Phăng 3, xã Mường Phăng vào mùa lúa chín", "Người dân bản Che Căn gặt lúa từ sáng sớm", GAL15[1], "Du khách chụp ảnh trên những thửa ruộng bậc thang"]


def thg(d):
    return f"{d.day} thg {d.month} {d.year}"


def page15():
    pub = T("2025-10-18 09:00")
    site = "https://hoinhabaodienbien.vn"
    url = f"{site}/mua-vang-tren-ruong-bac-thang-muong-phang/"

    def img(s, c, n):
        return (f'<figure class="kg-card kg-image-card kg-width-wide kg-card-hascaption"><img src="{site}{s}" class="kg-image" alt="" loading="lazy" width="2000" height="1333" '
                f'srcset="{site}{s.replace("/images/", "/images/size/w600/")} 600w, {site}{s} 2000w" sizes="(min-width: 1200px) 1200px"><figcaption><span style="white-space: pre-wrap;">{esc(c)}</span></figcaption></figure>')

    def gallery(_):
        srcs, cap = GAL15
        inner = "".join('<div class="kg-gallery-row">' + "".join(f'<div class="kg-gallery-image"><img src="{site}{s}" width="2000" height="1333" loading="lazy" alt=""></div>' for s in r) + "</div>" for r in (srcs[:2], srcs[2:]))
        return f'<figure class="kg-card kg-gallery-card kg-width-wide kg-card-hascaption"><div class="kg-gallery-container">{inner}</div><figcaption><p><span style="white-space: pre-wrap;">{esc(cap)}</span></p></figcaption></figure>'

    def main(rng, rl, rd):
        body = A15.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, raw=gallery, sep="")
        more = "".join(f'<article class="post-card post"><a class="post-card-image-link" href="/{slug(t)}/"><img class="post-card-image" src="/content/images/size/w600/2025/09/{hexid(rng, 8)}.jpg" alt="" loading="lazy"></a><div class="post-card-content"><a class="post-card-content-link" href="/{slug(t)}/"><header class="post-card-header"><h2 class="post-card-title">{esc(t)}</h2></header></a><footer class="post-card-meta"><time class="post-card-meta-date" datetime="{isod(d)}">{thg(d)}</time> <span class="post-card-meta-length">{rng.randint(2, 7)} phút đọc</span></footer></div></article>' for t, d in zip(rl[:3], rd))
        return (f'<article class="article post tag-dat-va-nguoi-dien-bien tag-hash-photo image-medium"><header class="article-header gh-canvas"><div class="article-tag post-card-tags"><span class="post-card-primary-tag"><a href="/tag/dat-va-nguoi-dien-bien/">Đất và người Điện Biên</a></span></div>'
                f'<h1 class="article-title">{esc(A15.title)}</h1><p class="article-excerpt">{esc(A15.lead)}</p>'
                f'<div class="article-byline"><section class="article-byline-content"><ul class="author-list instapaper_ignore"><li class="author-list-item"><a href="/author/quang-van-minh/" class="author-avatar"><img class="author-profile-image" src="/content/images/size/w100/2025/03/avatar-quang-van-minh.jpg" alt="Quàng Văn Minh"></a></li></ul>'
                f'<div class="article-byline-meta"><h4 class="author-name"><a href="/author/quang-van-minh/">Quàng Văn Minh</a></h4><div class="byline-meta-content"><time class="byline-meta-date" datetime="{isod(pub)}">{thg(pub)}</time><span class="byline-reading-time"><span class="bull">•</span> 4 phút đọc</span></div></div></section></div>'
                f'<figure class="article-image"><img src="{site}/content/images/2025/10/ruong-bac-thang-cover.jpg" alt="{esc(A15.title, True)}"></figure></header>'
                f'<section class="gh-content gh-canvas"><p><em>Ảnh và bài: Quàng Văn Minh</em></p>{body}</section></article>'
                f'<section class="article-comments gh-canvas"><div class="gh-comments">Đăng nhập để bình luận</div></section>'
                f'<section class="outer read-more-section"><div class="inner"><h3 class="read-more-title">Đọc thêm</h3><div class="post-feed">{more}</div></div></section>')

    def side(rng, pub_):
        return ('<div class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">Đăng ký nhận bản tin Hội Nhà báo tỉnh Điện Biên</h2><a class="footer-cta-button" href="#/portal" data-portal="signup">Nhập email của bạn <span>Đăng ký</span></a></div></div>'
                '<div class="inner"><h3>Hoạt động Hội</h3><p>Hội thi “Ảnh đẹp Điện Biên 2025”: nhận tác phẩm đến hết ngày 30/11/2025.</p></div>')

    def top(rng, pub_):
        return ('<div class="gh-head-brand"><a class="gh-head-logo" href="/"><img src="/content/images/2025/03/logo-hoi-nha-bao-dien-bien.png" alt="Hội Nhà báo tỉnh Điện Biên"></a></div>'
                f'<div class="gh-head-actions"><span class="gh-head-date">{wd(pub_ + timedelta(days=2))}, {thg(pub_ + timedelta(days=2))}</span><a class="gh-head-link" href="#/portal/signin" data-portal="signin">Đăng nhập</a></div>')

    head = ('<meta name="generator" content="Ghost 5.96"><link rel="stylesheet" type="text/css" href="/assets/built/screen.css?v=8e1f2c3a4b">' + og(A15.title, url, {"og:description": A15.lead, "article:published_time": "2025-10-18T02:00:00.000Z", "article:modified_time": "2025-10-19T03:12:45.000Z", "article:tag": "Đất và người Điện Biên"})
            + jsonld({"@context": "https://schema.org", "@type": "Article", "publisher": {"@type": "Organization", "name": "Hội Nhà báo tỉnh Điện Biên"}, "author": {"@type": "Person", "name": "Quàng Văn Minh"}, "headline": A15.title, "datePublished": "2025-10-18T02:00:00.000Z", "dateModified": "2025-10-19T03:12:45.000Z"})
            + '<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.44/umd/portal.min.js" data-i18n="true" data-ghost="' + site + '/" data-key="5e1c4f2a9b3d7e8f0a1b2c3d" data-api="' + site + '/ghost/api/content/" crossorigin="anonymous"></script>')
    return page("s31-15", family="journalists_association_ghost5_casper_photo_story_gallery_caption_anh_va_bai",
                name="dienbien-hoinhabao-ghost5-casper-post-card-primary-tag-h1-article-title-article-excerpt-lead-author-name-person-time-d-thg-m-yyyy-date-only-reading-time-anh-va-bai-name-kg-image-card-captions-kg-gallery-card-one-caption",
                url=url, art=A15, main_fn=main, pub=pub, prefix="gh", kb=120,
                org="Hội Nhà báo tỉnh Điện Biên", addr="Số 2 đường Võ Nguyên Giáp, phường Điện Biên Phủ, tỉnh Điện Biên", phone="0215.3825.611",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "ghost", "head_extra": head, "title": A15.title, "items": MENU_MASS, "body_cls": "post-template tag-dat-va-nguoi-dien-bien tag-hash-photo is-head-left-logo has-cover"},
                exp=expected(A15, isod(pub), author="Quàng Văn Minh", photographer="Quàng Văn Minh", category="Đất và người Điện Biên", captions=CAPS15),
                traps={"credit": ["Ảnh và bài: Quàng Văn Minh"], "chrome": ["4 phút đọc", "Đọc thêm", "Đăng nhập để bình luận", "Đăng ký nhận bản tin Hội Nhà báo tỉnh Điện Biên", "nhận tác phẩm đến hết ngày 30/11/2025"], "related": lambda rl: rl[:3]},
                notes="A PHOTO STORY on a provincial journalists' association's Ghost 5 site (a Casper-derived theme: the primary tag above the title, h1.article-title, p.article-excerpt, the article byline with the Ghost staff user's name, time.byline-meta-date + the reading time; Koenig cards in section.gh-content). Date: Ghost's '{{date format=\"D MMM YYYY\"}}' with the vi locale → '18 thg 10 2025' ('thg 10' = October; set 27's Babel shape had a comma) in <time datetime='2025-10-18'> — the datetime is a DATE with no time → '2025-10-18', date only; og / JSON-LD carry '2025-10-18T02:00:00.000Z' (metadata only, not added, set 25, MAJORITY); '4 phút đọc' is a reading time, not a stamp. The header prints the crawl day in the same shape, the 'Đọc thêm' cards too. Author: the Ghost author is a PERSON, 'Quàng Văn Minh' (set 27); the italic first line of the content 'Ảnh và bài: Quàng Văn Minh' credits him for pictures AND text ('Ảnh và bài:' = 'Bài và ảnh:' with the pictures named first, NEW (set 31)) → author and photographer 'Quàng Văn Minh'; not body. Lead: p.article-excerpt (the custom excerpt, printed as the sapo). Captions in page order: three image-card figcaptions and ONE figcaption for the four-picture gallery card (its pictures have no captions of their own; set 24), between them. Body: the lead + six short texts. Category: the primary tag 'Đất và người Điện Biên' (the internal '#photo' tag is not printed). The cover image has no caption.",
                readme="Ghost 5 (Casper-derived), Hội Nhà báo tỉnh, a PHOTO STORY: primary tag (category), p.article-excerpt (lead), the Ghost author (a person), '18 thg 10 2025' in a date-only <time> + '4 phút đọc', 'Ảnh và bài: Name' at the top (author + photographer), three image-card figcaptions and one gallery-card figcaption")


# ===================================================================== 16 CLB Lý luận trẻ, Trường Chính trị tỉnh Quảng Ninh: Jekyll 4 (minima-derived); ordinary news; date-only print in a <time> carrying an agreeing time + offset; person author; 'Chuyên mục:'
A16 = Art("Tọa đàm “Thanh niên với việc bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng”",
          None,
          [("p", "Sáng 28/02, Câu lạc bộ Lý luận trẻ, Trường Chính trị Nguyễn Văn Cừ tỉnh Quảng Ninh tổ chức tọa đàm “Thanh niên với việc bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng” với sự tham gia của hơn 120 học viên các lớp trung cấp lý luận chính trị và đoàn viên thanh niên các xã, phường."),
           ("p", "Tại tọa đàm, các giảng viên, học viên đã trao đổi về những thủ đoạn mới của các thế lực thù địch trên mạng xã hội, như cắt ghép video, tạo tài khoản giả mạo cơ quan nhà nước, lợi dụng các vấn đề dân sinh để kích động, chia rẽ."),
           ("img", "/assets/img/2026/toa-dam-clb-ly-luan-tre.jpg", "Các học viên trao đổi tại tọa đàm"),
           ("p", "Nhiều ý kiến cho rằng, thanh niên cần được trang bị kỹ năng kiểm chứng thông tin, đồng thời chủ động lan tỏa những câu chuyện tích cực, những tấm gương người tốt, việc tốt ở địa phương. Học viên Phạm Thị Hồng Nhung, xã Đông Ngũ, chia sẻ cách đoàn viên trong xã lập nhóm “Tin chuẩn” trên Zalo để giải đáp thắc mắc của người dân về thủ tục hành chính sau sắp xếp."),
           ("p", "Phát biểu kết luận, đại diện Ban Giám hiệu nhà trường đề nghị Câu lạc bộ duy trì sinh hoạt định kỳ hằng tháng, lựa chọn những bài tham luận tiêu biểu để giới thiệu trên trang thông tin của nhà trường và tham gia Cuộc thi viết chính luận năm 2026.")])


def page16():
    pub = T("2026-03-02 08:00")
    site = "https://clblyluantre.truongchinhtri.quangninh.gov.vn"
    url = f"{site}/2026/03/02/toa-dam-thanh-nien-voi-viec-bao-ve-nen-tang-tu-tuong.html"

    def main(rng, rl, rd):
        body = A16.render(p=lambda t: f"<p>{esc(t)}</p>", img=lambda s, c, n: f'<p><img src="{s}" alt="toa-dam" /></p>\n<p><em>{esc(c)}</em></p>', sep="\n")
        posts = "".join(f'<li><span class="post-meta">{dmy(d)}</span><h3><a class="post-link" href="/{d.strftime("%Y/%m/%d")}/{slug(t)[:50]}.html">{esc(t)}</a></h3></li>' for t, d in zip(rl[:4], rd))
        return (f'<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting"><header class="post-header"><h1 class="post-title p-name" itemprop="name headline">{esc(A16.title)}</h1>'
                f'<p class="post-meta"><time class="dt-published" datetime="2026-03-02T08:00:00+07:00" itemprop="datePublished">{dmy(pub)}</time> • '
                f'<span itemprop="author" itemscope itemtype="http://schema.org/Person"><span class="p-author h-card" itemprop="name">Hoàng Thị Ngọc Ánh</span></span></p>'
                f'<p class="post-categories">Chuyên mục: <a href="/categories/#hoat-dong-cau-lac-bo">Hoạt động Câu lạc bộ</a></p></header>'
                f'<div class="post-content e-content" itemprop="articleBody">\n{body}\n</div>'
                f'<nav class="post-nav"><a class="prev" href="#">&laquo; Bài trước</a> <a class="next" href="#">Bài sau &raquo;</a></nav><a class="u-url" href="{url}" hidden></a></article>'
                f'<section class="recent-posts"><h2 class="post-list-heading">Bài viết gần đây</h2><ul class="post-list">{posts}</ul></section>')

    def side(rng, pub_):
        return ('<div class="aside-box"><h3>Lịch sinh hoạt</h3><p>Câu lạc bộ sinh hoạt vào chiều thứ Sáu tuần cuối mỗi tháng. Buổi tiếp theo: 27/3/2026, chủ đề “Kỷ niệm 95 năm Ngày thành lập Đoàn”.</p></div>'
                '<div class="aside-box"><h3>Chuyên mục</h3><ul><li><a href="#">Hoạt động Câu lạc bộ</a></li><li><a href="#">Bài viết của thành viên</a></li><li><a href="#">Tư liệu</a></li></ul></div>'
                '<div class="aside-box"><h3>Thẻ</h3><p><a href="#">#tọa-đàm</a> <a href="#">#không-gian-mạng</a> <a href="#">#lý-luận</a></p></div>')

    def top(rng, pub_):
        return ('<a class="site-title" rel="author" href="/">Câu lạc bộ Lý luận trẻ - Trường Chính trị Nguyễn Văn Cừ tỉnh Quảng Ninh</a>'
                f'<span class="site-date">Cập nhật trang: {dmy(pub_ + timedelta(days=3))}</span>')

    head = ('<meta name="generator" content="Jekyll v4.3.4" /><link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="' + site + '/feed.xml" title="CLB Lý luận trẻ" />'
            + og(A16.title, url, {"article:published_time": "2026-03-02T08:00:00+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "author": {"@type": "Person", "name": "Hoàng Thị Ngọc Ánh"}, "dateModified": "2026-03-02T08:00:00+07:00", "datePublished": "2026-03-02T08:00:00+07:00", "headline": A16.title, "url": url}))
    return page("s31-16", family="political_school_youth_club_jekyll4_minima_date_only_time_agrees_person_author",
                name="quangninh-clblyluantre-truongchinhtri-jekyll4-minima-derived-h1-post-title-time-dt-published-dd-mm-yyyy-datetime-agrees-0800-person-author-h-card-chuyen-muc-label-no-lead-italic-caption-paragraph-after-image",
                url=url, art=A16, main_fn=main, pub=pub, prefix="jk", kb=95,
                org="Câu lạc bộ Lý luận trẻ - Trường Chính trị Nguyễn Văn Cừ tỉnh Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.162",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "jekyll", "head_extra": head, "title": A16.title + " | CLB Lý luận trẻ", "items": MENU_MASS},
                exp=expected(A16, iso(pub), author="Hoàng Thị Ngọc Ánh", category="Hoạt động Câu lạc bộ", lead=None),
                traps={"chrome": ["« Bài trước", "Bài sau »", "Bài viết gần đây", "Lịch sinh hoạt", "Cập nhật trang:", "Buổi tiếp theo: 27/3/2026"], "related": lambda rl: rl[:4]},
                notes="An ordinary news item on a political school's youth club site built with Jekyll 4 (a minima-derived layout: article.post.h-entry, h1.post-title, p.post-meta with time.dt-published and the author's h-card, div.post-content written in Markdown — pictures as ![](…) followed by an *italic* line). The date is printed with Liquid's '%d/%m/%Y', DATE ONLY, '02/03/2026', but inside <time class='dt-published' datetime='2026-03-02T08:00:00+07:00'> — the stamp's own machine time agrees with the printed day and carries an offset → published 2026-03-02T08:00:00+07:00 (set 25, MAJORITY). The header's 'Cập nhật trang: 05/03/2026' is the site build's day, not the item's update. Author: the front matter's author, printed as a PERSON's name in the h-card → 'Hoàng Thị Ngọc Ánh' (set 27). Category: 'Chuyên mục: Hoạt động Câu lạc bộ' (label dropped). No lead. Caption: the italic paragraph after the picture describes it (set 26) → a caption; the picture's alt 'toa-dam' is not. A light page (a static site, about 95 KB).",
                readme="Jekyll 4 (minima-derived), a political school's youth club, an ordinary item: '02/03/2026' in <time datetime='2026-03-02T08:00:00+07:00'> (the stamp's own time → T08:00), the author's h-card (a person), 'Chuyên mục:' label, no lead, an italic Markdown line under the picture (caption), a site-build day in the header")


# ===================================================================== 17 Tỉnh ủy Quảng Trị: Magnolia CMS 6; a SPEECH; 'Đăng ngày dd/mm/yyyy - HHhMM'; italic abstract; no byline; editors' note on the title
CAP17 = "Đồng chí Bí thư Tỉnh ủy phát biểu tại Lễ giao nhận quân ở xã Lệ Thủy"
A17 = Art("Phát biểu của đồng chí Bí thư Tỉnh ủy tại Lễ giao nhận quân năm 2026",
          "Sáng 5/3, tại các điểm giao nhận quân, tỉnh Quảng Trị long trọng tổ chức Lễ giao nhận quân năm 2026. Trang Thông tin điện tử Tỉnh ủy trân trọng giới thiệu bài phát biểu của đồng chí Bí thư Tỉnh ủy tại điểm giao nhận quân xã Lệ Thủy.",
          [("img", "/dam/jcr:5b2c1e7a-3f4d-4e8a-9c1b-2a7d6e5f4c3b/giao-nhan-quan-le-thuy.jpg", CAP17),
           ("p", "Kính thưa các đồng chí lãnh đạo Bộ Chỉ huy Quân sự tỉnh, các đơn vị nhận quân!"),
           ("p", "Thưa các vị đại biểu, các bậc cha mẹ và thân nhân của tân binh!"),
           ("p", "Các đồng chí tân binh thân mến!"),
           ("p", "Hôm nay, trong không khí phấn khởi của cả nước sau thành công của Đại hội đại biểu toàn quốc lần thứ XIV của Đảng, cùng với cả nước, tỉnh Quảng Trị long trọng tổ chức Lễ giao nhận quân năm 2026. Thay mặt Ban Thường vụ Tỉnh ủy, tôi nhiệt liệt chào mừng và biểu dương tinh thần hăng hái lên đường nhập ngũ của 2.150 thanh niên ưu tú của tỉnh nhà."),
           ("p", "Năm nay là năm đầu tiên công tác tuyển chọn, gọi công dân nhập ngũ được thực hiện theo mô hình chính quyền địa phương hai cấp. Các xã, phường đã chủ động, sáng tạo, làm tốt công tác tuyên truyền, vận động, khám tuyển bảo đảm dân chủ, công khai, công bằng; chất lượng tân binh được nâng lên, hơn 14% có trình độ cao đẳng, đại học, 38 đồng chí là đảng viên."),
           ("p", "Các đồng chí tân binh thân mến! Quảng Trị là mảnh đất giàu truyền thống cách mạng, nơi mỗi tấc đất đều thấm máu xương của biết bao thế hệ cha anh. Tôi mong các đồng chí luôn tự hào, phát huy truyền thống quê hương, ra sức học tập, rèn luyện, chấp hành nghiêm kỷ luật quân đội, sớm trưởng thành, xứng đáng với niềm tin của gia đình, quê hương."),
           ("p", "Đề nghị các đơn vị nhận quân quan tâm giáo dục, rèn luyện, chăm lo đời sống vật chất, tinh thần cho tân binh; cấp ủy, chính quyền các xã, phường tiếp tục quan tâm, động viên gia đình có con em lên đường nhập ngũ, thực hiện tốt chính sách hậu phương quân đội."),
           ("p", "Chúc các đồng chí tân binh lên đường mạnh khỏe, hoàn thành xuất sắc nhiệm vụ! Chúc các vị đại biểu, các gia đình sức khỏe, hạnh phúc!"),
           ("p", "Xin trân trọng cảm ơn!")])


def mg(d):
    return f"{dmy(d)} - {d.strftime('%Hh%M')}"


def page17():
    pub = T("2026-03-05 15:00")
    site = "https://quangtri.dcs.vn"
    url = f"{site}/tin-tuc/lanh-dao-tinh/phat-bieu-cua-dong-chi-bi-thu-tinh-uy-tai-le-giao-nhan-quan-nam-2026.html"

    def main(rng, rl, rd):
        body = A17.render(p=jp, img=lambda s, c, n: f'<div class="image-component"><figure><img src="{s}" alt="" class="img-responsive" /><figcaption class="image-caption">{esc(c)}</figcaption></figure></div>', sep="")
        teas = "".join(f'<div class="teaser"><a href="/tin-tuc/lanh-dao-tinh/{slug(t)}.html">{esc(t)}</a><span class="teaser-date">{mg(d)}</span></div>' for t, d in zip(rl[:5], rd))
        return (f'<div class="article-component"><div class="article-header"><h1 class="article-title">{esc(A17.title)}</h1><div class="article-date">Đăng ngày {mg(pub)}</div></div>'
                f'<div class="article-abstract"><p><em>{esc(A17.lead)}</em></p></div><div class="text-section">{body}</div>'
                f'<div class="text-section editor-note"><p style="text-align:right"><em>(Tiêu đề do Ban Biên tập đặt)</em></p></div>'
                f'<div class="article-tools"><a href="?print=true" class="print">In bài</a> <a href="#" class="mail">Gửi email</a></div></div>'
                f'<div class="related-component"><h2>Tin cùng chuyên mục</h2>{teas}</div>')

    crumbs = '<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc.html">Tin tức</a></li><li class="active"><a href="/tin-tuc/lanh-dao-tinh.html">Lãnh đạo tỉnh</a></li></ol>'

    def side(rng, pub_):
        vids = "".join(f'<li><a href="#">{esc(t)}</a> <span class="dur">0{rng.randint(2, 9)}:{rng.randint(10, 59)}</span></li>' for t in heads12(rng, 3, avoid=[A17.title]))
        return (side_std(rng, pub_, "Tin mới", fmt=mg, cls="extras-box tin-moi")
                + f'<div class="extras-box"><h3>Video</h3><ul>{vids}</ul></div>'
                + '<div class="extras-box"><h3>Tết trồng cây</h3><p>Lễ phát động Tết trồng cây “Đời đời nhớ ơn Bác Hồ” Xuân Bính Ngọ tổ chức ngày 22/02/2026.</p></div>')

    def top(rng, pub_):
        now = pub_ + timedelta(hours=20, minutes=30)
        return (f'<div class="container"><a class="brand" href="/"><img src="/.resources/quangtri-theme/webresources/img/banner-tinh-uy-quang-tri.png" alt="Đảng bộ tỉnh Quảng Trị" /></a>'
                f'<div class="header-date">{wd(now)}, {mg(now)}</div></div>')

    head = ('<link rel="stylesheet" href="/.resources/quangtri-theme/webresources/css/bootstrap.min~2025-11-20-08-31-44-000~cache.css" media="all" />'
            '<link rel="stylesheet" href="/.resources/quangtri-theme/webresources/css/style~2026-01-05-14-02-10-000~cache.css" media="all" />'
            + og(A17.title, url, {"og:description": A17.lead}) + '<meta name="keywords" content="giao nhận quân, Bí thư Tỉnh ủy, Quảng Trị" />')
    return page("s31-17", family="province_party_magnolia6_speech_hh_h_mm_stamp_editors_title_note",
                name="quangtri-tinhuy-magnolia-cms6-freemarker-crumb-lanh-dao-tinh-h1-article-title-dang-ngay-dd-mm-yyyy-dash-hhhmm-italic-abstract-lead-image-caption-salutations-closing-editors-note-tieu-de-do-bbt-dat-no-author",
                url=url, art=A17, main_fn=main, pub=pub, prefix="mg", kb=125,
                org="Đảng bộ tỉnh Quảng Trị", addr="Số 45 đường Hùng Vương, phường Đồng Hới, tỉnh Quảng Trị", phone="0232.3822.419",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "magnolia", "head_extra": head, "title": A17.title},
                exp=expected(A17, iso(pub), category="Lãnh đạo tỉnh"),
                traps={"editors_note": ["(Tiêu đề do Ban Biên tập đặt)"], "chrome": ["In bài", "Tin cùng chuyên mục", "Tết trồng cây", "tổ chức ngày 22/02/2026"], "related": lambda rl: rl[:5]},
                notes="A SPEECH on a Tỉnh ủy site built on Magnolia CMS 6 (a vendor's Freemarker templates on the public instance: /.resources/ theme files with cache-busting stamps in their names, /dam/jcr:<uuid>/ images; components div.article-component, div.article-abstract, div.text-section, div.image-component). Stamp: 'Đăng ngày 05/03/2026 - 15h00' → 2026-03-05T15:00:00+07:00 ('15h00' = 15:00); the header clock, 'Tin mới' and the related teasers print the same shape; the resource names' stamps ('~2026-01-05-14-02-10-000~') are build times in URLs. Lead: the italic abstract (it names the speaker — not an author, set 28). Body: the abstract, then the speech as printed: the three salutation lines, the text, the closing wishes and 'Xin trân trọng cảm ơn!' (set 28). The editors' note '(Tiêu đề do Ban Biên tập đặt)' after the speech is not body (set 24). No byline, no source → author null. One caption (the figure before the speech). Category: crumb 'Trang chủ › Tin tức › Lãnh đạo tỉnh' → 'Lãnh đạo tỉnh'. Decoys: 5/3 in the abstract, the tree-planting day, video durations.",
                readme="Magnolia CMS 6 (Freemarker components), Tỉnh ủy, a SPEECH: 'Đăng ngày 05/03/2026 - 15h00' (header and lists in the same shape), italic abstract (lead), salutations and closing (body), the editors' note '(Tiêu đề do Ban Biên tập đặt)' (not body), no author, one figcaption, crumb 'Lãnh đạo tỉnh'")


# ===================================================================== 18 Hội Luật gia tỉnh Gia Lai: a vendor CMS on Yii 1.1; ordinary news; TWIST the stamp has NO YEAR ('16:20 - 30/12'), crawled in January; 'Tin: Name (unit)'
A18 = Art("Ra mắt Tổ tư vấn pháp luật cộng đồng tại xã Ia Grai",
          "Chiều 29/12, Hội Luật gia tỉnh phối hợp với Đảng ủy, UBND xã Ia Grai ra mắt Tổ tư vấn pháp luật cộng đồng, giúp người dân, nhất là đồng bào dân tộc thiểu số, tiếp cận pháp luật thuận lợi hơn sau sắp xếp đơn vị hành chính.",
          [("p", "Tổ tư vấn gồm 9 thành viên là luật gia, cán bộ tư pháp, công an xã và người có uy tín trong đồng bào Jrai, hoạt động theo hình thức trực tiếp tại trụ sở UBND xã vào sáng thứ Tư hằng tuần và lưu động tại các làng."),
           ("p", "Nội dung tư vấn tập trung vào các lĩnh vực người dân thường gặp vướng mắc như đất đai, hôn nhân và gia đình, thừa kế, vay vốn, phòng, chống lừa đảo qua mạng. Các trường hợp phức tạp sẽ được Tổ chuyển đến Trung tâm Trợ giúp pháp lý nhà nước tỉnh hoặc các tổ chức hành nghề luật sư."),
           ("img", "/uploads/news/2025/12/ra-mat-to-tu-van-ia-grai.jpg", "Lãnh đạo Hội Luật gia tỉnh trao quyết định thành lập Tổ tư vấn pháp luật cộng đồng xã Ia Grai"),
           ("p", "Ngay sau lễ ra mắt, Tổ tư vấn đã tiếp nhận và giải đáp 17 câu hỏi của người dân, chủ yếu liên quan đến thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất và đăng ký lại khai sinh sau khi thay đổi địa giới hành chính."),
           ("p", "Theo Hội Luật gia tỉnh, đây là tổ tư vấn thứ 12 được thành lập trong năm 2025. Năm 2026, Hội phấn đấu mỗi xã biên giới, xã có đông đồng bào dân tộc thiểu số đều có tổ tư vấn pháp luật cộng đồng hoạt động hiệu quả.")])
BY18 = "Tin: Nguyễn Đức Thịnh (Chi hội Luật gia xã Ia Grai)"
NEWER18 = [("Hội Luật gia tỉnh tổng kết công tác năm 2025", 1, 2), ("Tư vấn pháp luật miễn phí cho đồng bào xã Ia Hrung", 3, 5), ("Hội nghị Ban Chấp hành Hội Luật gia tỉnh lần thứ 6", 6, 1)]


def yl(d):
    """The vendor template's fixed 'H:i - d/m' (no year)."""
    return f"{hm(d)} - {d.strftime('%d/%m')}"


def page18():
    pub = T("2025-12-30 16:20")
    site = "https://hoiluatgiagialai.vn"
    url = f"{site}/tin-tuc/2025/12/30/ra-mat-to-tu-van-phap-luat-cong-dong-tai-xa-ia-grai-1462.html"
    crawl = T("2026-01-08 09:12")

    def main(rng, rl, rd):
        body = A18.render(p=jp, img=lambda s, c, n: f'<div class="news-image"><img src="{s}" alt="" /><div class="news-image-desc">{esc(c)}</div></div>', sep="")
        newer = [(t, crawl - timedelta(days=k, hours=h)) for t, k, h in NEWER18]
        li = "".join(f'<li><a href="{site}/tin-tuc/{d.strftime("%Y/%m/%d")}/{slug(t)}-{rng.randint(1463, 1490)}.html">{esc(t)}</a> <span class="date">({yl(d)})</span></li>' for t, d in newer)
        lo = "".join(f'<li><a href="{site}/tin-tuc/{d.strftime("%Y/%m/%d")}/{slug(t)}-{rng.randint(1400, 1461)}.html">{esc(t)}</a> <span class="date">({yl(d)})</span></li>' for t, d in zip(rl[:4], rd))
        return (f'<div class="view-news"><h1 class="news-title">{esc(A18.title)}</h1><div class="news-info"><span class="news-date">{yl(pub)}</span> | <span class="news-hits">Lượt xem: 287</span></div>'
                f'<div class="news-summary"><b>{esc(A18.lead)}</b></div><div class="news-content">{body}</div>'
                f'<div class="news-author" style="text-align:right"><b>{esc(BY18)}</b></div>'
                f'<div class="news-tools"><a href="/index.php?r=news/print&amp;id=1462" target="_blank">In bài viết</a> <a href="#" id="yt0">Gửi cho bạn bè</a></div>'
                f'<div class="portlet news-other"><div class="portlet-decoration"><div class="portlet-title">Tin mới hơn</div></div><div class="portlet-content"><ul>{li}</ul></div></div>'
                f'<div class="portlet news-other"><div class="portlet-decoration"><div class="portlet-title">Tin cũ hơn</div></div><div class="portlet-content"><ul>{lo}</ul></div></div></div>'
                f'<form id="comment-form" action="/index.php?r=news/comment&amp;id=1462" method="post"><input type="hidden" value="{alnum(rng, 40)}" name="YII_CSRF_TOKEN" /><div class="row"><label for="Comment_content">Ý kiến của bạn</label><textarea name="Comment[content]" id="Comment_content"></textarea></div><input type="submit" name="yt1" value="Gửi ý kiến" /></form>')

    crumbs = '<div class="breadcrumbs"><a href="/">Trang chủ</a> &raquo; <a href="/tin-tuc.html">Tin tức</a> &raquo; <a href="/tin-tuc/hoat-dong-hoi.html">Hoạt động Hội</a></div>'

    def side(rng, pub_):
        ts = [t for t, _, _ in NEWER18] + heads12(rng, 3, avoid=[A18.title] + [t for t, _, _ in NEWER18])
        ds = [crawl - timedelta(days=k, hours=h) for _, k, h in NEWER18] + [pub_ - timedelta(days=1, hours=2), pub_ - timedelta(days=4), pub_ - timedelta(days=9)]
        li = "".join(f'<li><a href="#">{esc(t)}</a><br /><span class="date">{yl(d)}</span></li>' for t, d in zip(ts, ds))
        return (f'<div class="portlet"><div class="portlet-decoration"><div class="portlet-title">Tin mới</div></div><div class="portlet-content"><ul class="tin-moi">{li}</ul></div></div>'
                '<div class="portlet"><div class="portlet-decoration"><div class="portlet-title">Hỏi đáp pháp luật</div></div><div class="portlet-content"><p>Gửi câu hỏi về địa chỉ hoiluatgia@gialai.gov.vn. Hội trả lời trong 05 ngày làm việc.</p></div></div>'
                + links_box(["Hội Luật gia Việt Nam", "Cổng TTĐT tỉnh Gia Lai", "Sở Tư pháp tỉnh Gia Lai", "Báo Gia Lai"], "Liên kết", "portlet lien-ket"))

    def top(rng, pub_):
        return (f'<div id="logo"><a href="/"><img src="/images/logo-hoi-luat-gia-gia-lai.png" alt="Hội Luật gia tỉnh Gia Lai" /></a></div>'
                f'<div class="header-date">{wd(crawl)}, {dmy(crawl)}</div>')

    head = (og(A18.title, url, {"og:description": A18.lead, "article:published_time": "2025-12-30T16:20:00+07:00"})
            + '<meta name="language" content="vi" /><link rel="stylesheet" type="text/css" href="/css/screen.css" media="screen, projection" /><link rel="stylesheet" type="text/css" href="/css/main.css" />'
            + '<script type="text/javascript" src="/assets/8f2b1c4d/jquery.min.js"></script><script type="text/javascript" src="/assets/8f2b1c4d/jquery.yiiactiveform.js"></script>')
    return page("s31-18", family="lawyers_association_yii11_vendor_cms_stamp_without_year_across_new_year",
                name="gialai-hoiluatgia-yii11-vendor-cms-column2-cbreadcrumbs-hoat-dong-hoi-h1-news-title-hh-mm-dash-dd-mm-no-year-header-clock-next-year-og-published-time-url-date-bold-summary-lead-news-image-desc-tin-name-paren-unit",
                url=url, art=A18, main_fn=main, pub=pub, prefix="yi", kb=110,
                org="Hội Luật gia tỉnh Gia Lai", addr="Số 17 đường Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai", phone="0269.3824.715",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "yii1", "head_extra": head, "title": "Hội Luật gia tỉnh Gia Lai - " + A18.title, "items": MENU_MASS},
                exp=expected(A18, iso(pub), author="Nguyễn Đức Thịnh", unit="Chi hội Luật gia xã Ia Grai", category="Hoạt động Hội"),
                traps={"bylines": [BY18], "chrome": ["Lượt xem: 287", "In bài viết", "Tin mới hơn", "Tin cũ hơn", "Hỏi đáp pháp luật", "Ý kiến của bạn"], "related": lambda rl: rl[:4]},
                notes="TWIST (a stamp printed without its year, crawled after New Year). An ordinary news item on a provincial lawyers' association's site built by a local vendor on Yii 1.1 (the 'column2' layout, CBreadcrumbs, CPortlet boxes, YII_CSRF_TOKEN in the comment form; URL rule /tin-tuc/<yyyy>/<mm>/<dd>/<slug>-<id>.html). The template prints every stamp in a fixed 'H:i - d/m' format with NO YEAR: the item's stamp is '16:20 - 30/12'. The page was crawled on 8 January 2026 — the header prints 'Thứ Năm, 08/01/2026', and the 'Tin mới' / 'Tin mới hơn' lists mix items of January ('07:12 - 07/01', …) and December. An extractor that completes a year-less stamp with the crawl year (or the header's year) stores 2026-12-30 — a day in the future — silently. Expected: published 2025-12-30T16:20:00+07:00: the year comes from the item's own machine date, og article:published_time '2025-12-30T16:20:00+07:00', which agrees with the printed day, month and time, and from the URL's /2025/12/30/ (NEW (set 31): the year of a year-less stamp is taken from the item's own machine date or dated URL when they agree with what is printed; never from the crawl clock or a header). Lead: the bold summary. Caption: div.news-image-desc. Byline bold right 'Tin: Nguyễn Đức Thịnh (Chi hội Luật gia xã Ia Grai)' → author + unit. Category: crumb 'Trang chủ » Tin tức » Hoạt động Hội' → 'Hoạt động Hội'. Dates in the text: 'Chiều 29/12', 'năm 2025', 'Năm 2026'.",
                readme="TWIST a vendor CMS on Yii 1.1, Hội Luật gia tỉnh, an ordinary item whose stamp has NO YEAR, '16:20 - 30/12', crawled on 08/01/2026 (header clock and lists of both years in the same shape; the year from og article:published_time and the URL's /2025/12/30/); bold summary (lead), div.news-image-desc caption, 'Tin: Name (unit)', CBreadcrumbs 'Hoạt động Hội'")


PAGES = [page10, page11, page12, page13, page14, page15, page16, page17, page18]
