"""Set 31 pages 1-9: a random sample of what a researcher meets across the provincial Party system in 2025-2026 —
the common products (shared/research/vn-sites.md) in skins, versions, modules and page layouts sets 26-30 did not use:
NukeViet 4.5's 'page' module; a vendor's ASP.NET WebForms portal with ContentPlaceHolder1 and Telerik RadMenu;
WordPress + Divi; Joomla 4 + YOOtheme Pro; DNN 9 + the 2sxc content app; Liferay DXP 7.1's Blogs widget; a SharePoint
Subscription Edition list item shown by its display form; the '.dcs.vn' platform's topic site for the congresses; the
VHV CMS's video detail. Article kinds: a NOTICE with attachments, a 'Học tập và làm theo Bác' story, an ordinary news
item, a REPRINT, an item with a TABLE, a SERIES part, a short BRIEF, a commune's PARTY CONGRESS, a VIDEO item.
No page of this module carries a twist (the four twists are in gen/p_02_more.py)."""
import random
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads12, past, expected, slug, hexid, alnum
from .kit import share, schedule, links_box, poll, og, jsonld
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV
from .base import page, side_std, vb_box


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def hms_dmy(d):
    return f"{d.strftime('%H:%M:%S')} {dmy(d)}"


def sa_ch(d, secs=True):
    """.NET 'vi-VN' with a 12-hour pattern: 'dd/MM/yyyy h:mm:ss tt' → '14/10/2025 8:05:12 SA'."""
    h = d.hour % 12 or 12
    return f"{dmy(d)} {h}:{d.strftime('%M')}{':' + d.strftime('%S') if secs else ''} {'SA' if d.hour < 12 else 'CH'}"


TH = ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]


def divi_date(d):
    """WordPress 'M j, Y' with the vi locale's month abbreviations (Divi's default meta format): 'Th1 12, 2026'."""
    return f"{TH[d.month - 1]} {d.day}, {d.year}"


NV_HEAD = ('<meta name="generator" content="NukeViet v{v}" /><link rel="StyleSheet" href="/themes/{t}/css/bootstrap.min.css"><link rel="StyleSheet" href="/themes/{t}/css/style.css">'
           '<link rel="StyleSheet" href="/themes/{t}/css/page.css"><script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",'
           'nv_fc_variable="op",nv_lang_variable="language",nv_module_name="{m}",nv_func_name="main",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="{c}",'
           'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script><script src="/assets/js/jquery/jquery.min.js"></script>'
           '<script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/{t}/js/main.js"></script>')


# ===================================================================== 1 Ban TG&DV Tỉnh ủy Sơn La: NukeViet 4.5, the 'page' module (not 'news'); a NOTICE with attachments; time-first stamps with seconds + 'Cập nhật lần cuối:'
A1 = Art("Thông báo Thể lệ Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Sơn La lần thứ VI, năm 2026",
         "Ban Tuyên giáo và Dân vận Tỉnh ủy thông báo Thể lệ Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Sơn La lần thứ VI, năm 2026; đề nghị các cấp ủy, tổ chức đảng phổ biến rộng rãi đến cán bộ, đảng viên và Nhân dân.",
         [("p", "Thực hiện Kế hoạch số 86-KH/BCĐ ngày 20/02/2026 của Ban Chỉ đạo 35 Tỉnh ủy, Ban Tuyên giáo và Dân vận Tỉnh ủy thông báo Thể lệ Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Sơn La lần thứ VI, năm 2026 (sau đây gọi là Cuộc thi) như sau:"),
          ("h", "1. Đối tượng dự thi"),
          ("p", "Cán bộ, đảng viên, công chức, viên chức, người lao động, lực lượng vũ trang, học sinh, sinh viên đang sinh sống, học tập, công tác trên địa bàn tỉnh; người Sơn La đang sinh sống, làm việc ở trong nước và nước ngoài. Thành viên Ban Tổ chức, Tổ Thư ký và Ban Giám khảo không tham gia dự thi."),
          ("h", "2. Nội dung và yêu cầu tác phẩm"),
          ("p", "Tác phẩm dự thi là bài viết chính luận, tập trung làm rõ những thành tựu của tỉnh trong nhiệm kỳ 2020 - 2025; việc vận hành chính quyền địa phương hai cấp; đấu tranh, phản bác các quan điểm sai trái, thù địch, nhất là trên không gian mạng; đồng thời đề xuất giải pháp bảo vệ nền tảng tư tưởng của Đảng ở cơ sở."),
          ("p", "Mỗi tác phẩm có độ dài không quá 3.000 chữ, viết bằng tiếng Việt, chưa đăng trên bất kỳ phương tiện nào và chưa gửi dự thi ở cuộc thi khác. Mỗi tác giả, nhóm tác giả được gửi tối đa 03 tác phẩm."),
          ("h", "3. Thời gian và địa chỉ nhận tác phẩm"),
          ("p", "Ban Tổ chức nhận tác phẩm từ ngày ra thông báo đến hết ngày 31/7/2026 (tính theo dấu bưu điện hoặc thời gian gửi thư điện tử). Tác phẩm gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy, số 06 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La; ngoài phong bì ghi rõ “Tác phẩm dự Cuộc thi viết chính luận lần thứ VI”."),
          ("h", "4. Cơ cấu giải thưởng"),
          ("p", "Ban Tổ chức trao 01 giải Đặc biệt, 02 giải A, 04 giải B, 06 giải C và 10 giải Khuyến khích; tác phẩm đạt giải được lựa chọn gửi dự Giải Búa liềm vàng toàn quốc và Cuộc thi cấp Trung ương."),
          ("p", "Chi tiết xin liên hệ đồng chí Lường Thị Thu Hương, chuyên viên Phòng Lý luận chính trị, Ban Tuyên giáo và Dân vận Tỉnh ủy; điện thoại: 0212.3852.118.")])
SIGN1 = "Cầm Văn Tuấn"


def page01():
    pub = T("2026-03-06 09:15:36")
    upd = T("2026-03-09 16:02:10")
    site = "https://sonla.dcs.vn"
    url = f"{site}/thong-bao/thong-bao-the-le-cuoc-thi-viet-chinh-luan-lan-thu-vi-nam-2026.html"

    def main(rng, rl, rd):
        header = ('<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                  '<td style="text-align:center;width:45%;vertical-align:top"><strong>TỈNH ỦY SƠN LA</strong><br /><strong>BAN TUYÊN GIÁO VÀ DÂN VẬN</strong><br />*<br />Số 112-TB/BTGDVTU</td>'
                  '<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br /><em>Sơn La, ngày 04 tháng 3 năm 2026</em></td></tr></tbody></table>'
                  '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Thể lệ Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng tỉnh Sơn La lần thứ VI, năm 2026</strong></p>')
        sign = ('<table border="0" cellpadding="1" cellspacing="1" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br />- Ban Tuyên giáo và Dân vận Trung ương (b/c);<br />- Thường trực Tỉnh ủy (b/c);<br />- Các đảng ủy trực thuộc Tỉnh ủy;<br />- Lưu Văn phòng Ban.</p></td>'
                f'<td style="text-align:center;vertical-align:top"><p><strong>K/T TRƯỞNG BAN</strong><br /><strong>PHÓ TRƯỞNG BAN</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>{SIGN1}</strong></p></td></tr></tbody></table>')
        body = header + A1.render(p=jp, h=lambda t: f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>', sep="") + sign
        files = [("112-TB-BTGDVTU-the-le-cuoc-thi-chinh-luan-2026.pdf", "pdf", "1,2 MB"), ("Mau-phieu-dang-ky-du-thi.docx", "word", "32 KB")]
        fl = "".join(f'<tr><td><em class="fa fa-file-{k}-o"></em> {esc(f)}</td><td class="text-right">{s}</td><td class="text-center"><a href="/uploads/page/2026_03/{esc(f, True)}" download>Tải về</a></td></tr>' for f, k, s in files)
        others = "".join(f'<li><a href="/thong-bao/{slug(t)}.html">{esc(t)}</a> <span class="text-muted">{hms_dmy(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="page panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="page-time text-muted margin-bottom"><em class="fa fa-clock-o">&nbsp;</em>{hms_dmy(pub)} &nbsp; <em class="fa fa-pencil">&nbsp;</em>Cập nhật lần cuối: {hms_dmy(upd)}</div>'
                f'<div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<div class="clearfix"></div><div class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="panel panel-default"><div class="panel-heading"><strong>Tài liệu đính kèm</strong></div><table class="table table-striped table-bordered"><thead><tr><th>Tên tệp</th><th>Dung lượng</th><th></th></tr></thead><tbody>{fl}</tbody></table></div>'
                f'<div class="socialicon clearfix margin-bottom-lg"><div class="fb-like" data-href="{url}" data-layout="button_count"></div><a href="#" class="zalo-share-button">Zalo</a></div>'
                f'</div></div><div class="page panel panel-default"><div class="panel-body"><h3 class="margin-bottom">Các bài viết khác</h3><ul class="list-none other-pages">{others}</ul></div></div>')

    crumbs = ('<div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none" itemscope itemtype="https://schema.org/BreadcrumbList">'
              '<li id="brcr_0" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">Trang nhất</span></a><i class="hidden" itemprop="position" content="1"></i></li>'
              '<li id="brcr_1" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="/thong-bao/" itemprop="item"><span itemprop="name">Thông báo</span></a><i class="hidden" itemprop="position" content="2"></i></li></ul></div></div>')

    def side(rng, pub_):
        ts = heads12(rng, 5, avoid=[A1.title])
        lst = "".join(f'<li><a href="#">{esc(t)}</a><br /><span class="text-muted small">{hms_dmy(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 12)))
        docs = [("112-TB/BTGDVTU", "04/03/2026", "Thông báo Thể lệ Cuộc thi viết chính luận lần thứ VI, năm 2026"),
                ("86-KH/BCĐ", "20/02/2026", "Kế hoạch tổ chức Cuộc thi viết chính luận về bảo vệ nền tảng tư tưởng của Đảng năm 2026"),
                ("41-HD/BTGDVTU", "11/02/2026", "Hướng dẫn tuyên truyền kết quả Đại hội đại biểu toàn quốc lần thứ XIV của Đảng")]
        dl = "".join(f'<li><b>{n}</b> ngày {d}<br /><a href="#">{esc(t)}</a></li>' for n, d, t in docs)
        return (f'<div class="panel panel-primary"><div class="panel-heading">Tin mới</div><div class="panel-body"><ul class="list-none">{lst}</ul></div></div>'
                f'<div class="panel panel-primary"><div class="panel-heading">Văn bản chỉ đạo</div><div class="panel-body"><ul class="list-none">{dl}</ul></div></div>'
                + poll("Bạn biết đến Cuộc thi viết chính luận qua kênh nào?", ["Trang thông tin điện tử Đảng bộ tỉnh", "Báo Sơn La", "Sinh hoạt chi bộ", "Mạng xã hội"], "panel poll")
                + links_box(["Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Báo Sơn La", "Cổng TTĐT tỉnh Sơn La"], "Liên kết", "panel lien-ket"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=5, hours=-1, minutes=27)
        return (f'<div class="col-xs-24"><div class="logo"><a href="/"><img src="/themes/sonla_dang/images/banner-dang-bo-son-la.png" alt="Đảng bộ tỉnh Sơn La" /></a></div>'
                f'<div class="header-time"><em class="fa fa-calendar"></em> {wd(now)}, {hms_dmy(now)}</div></div>')

    head = (og(A1.title, url, {"og:site_name": "Đảng bộ tỉnh Sơn La", "og:description": A1.lead}) + NV_HEAD.format(v="4.5.06", t="sonla_dang", m="thong-bao", c="nv4_sl"))
    return page("s31-01", family="btgdv_province_nukeviet45_page_module_notice_attachments_time_first_seconds",
                name="sonla-btgdvtu-nukeviet45-page-module-brcr-thong-bao-h1-title-hh-mm-ss-dd-mm-yyyy-cap-nhat-lan-cuoi-same-shape-bold-hometext-lead-pasted-notice-header-numbered-bold-heads-signature-noi-nhan-tai-lieu-dinh-kem-table-no-author",
                url=url, art=A1, main_fn=main, pub=pub, prefix="nvp", kb=135,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Sơn La", addr="Số 06 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La", phone="0212.3852.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv_page", "head_extra": head, "title": A1.title + " - Thông báo - Đảng bộ tỉnh Sơn La"},
                exp=expected(A1, iso(pub), updated=iso(upd), category="Thông báo", captions=[]),
                traps={"formal_parts": ["TỈNH ỦY SƠN LA", "ĐẢNG CỘNG SẢN VIỆT NAM", "Sơn La, ngày 04 tháng 3 năm 2026", "Số 112-TB/BTGDVTU", "K/T TRƯỞNG BAN", "(Đã ký)", SIGN1, "Nơi nhận:", "Lưu Văn phòng Ban."],
                       "attachments": ["Tài liệu đính kèm", "112-TB-BTGDVTU-the-le-cuoc-thi-chinh-luan-2026.pdf", "Mau-phieu-dang-ky-du-thi.docx"],
                       "chrome": ["Cập nhật lần cuối:", "Các bài viết khác", "Văn bản chỉ đạo", "Bạn biết đến Cuộc thi viết chính luận qua kênh nào?"], "related": lambda rl: rl[:5]},
                notes="A NOTICE with attachments on a provincial Ban Tuyên giáo và Dân vận's NukeViet 4.5 site, published through the 'page' module (module title 'Thông báo'; URL /thong-bao/<alias>.html, no id; the page module's detail: h1.title, a time line, div.hometext (the description), div.bodytext, an attachments table, 'Các bài viết khác') instead of the 'news' module sets 1–30 used. The time line prints the time FIRST with SECONDS, '09:15:36 06/03/2026', then 'Cập nhật lần cuối: 16:02:10 09/03/2026' → published 2026-03-06T09:15:36+07:00 (printed seconds kept, set 13), updated 2026-03-09T16:02:10+07:00. The header clock ('Thứ Tư, 08:42:36 11/03/2026', the crawl moment) and the 'Tin mới' and 'Các bài viết khác' lists print the same time-first shape. Lead: the bold hometext. Body: the lead, then the pasted notice's text — its header table (Tỉnh ủy / Ban, number, 'Sơn La, ngày 04 tháng 3 năm 2026'), its heading 'THÔNG BÁO' + subject, its signature block and 'Nơi nhận:' are formal parts (set 25), not body; its numbered bold section heads ('1. Đối tượng dự thi' …) are sub-headings (body), the contact line is body (set 25). The signer (Cầm Văn Tuấn, Phó Trưởng Ban) is not the author; nothing else signs the item → author null. No captions. Category: crumb 'Trang nhất › Thông báo' → 'Thông báo' (the module's own title is the only section). Dates in the text and box: the plan of 20/02/2026, the deadline 31/7/2026, the document days of 'Văn bản chỉ đạo'.",
                readme="NukeViet 4.5's PAGE module (not 'news'), Ban TG&DV Tỉnh ủy, a NOTICE with attachments: time-first stamps with seconds '09:15:36 06/03/2026' + 'Cập nhật lần cuối: 16:02:10 09/03/2026' (header clock and lists in the same shape), bold hometext (lead), the pasted notice's header, heading, signature and 'Nơi nhận:' (formal parts), numbered bold section heads (body), an attachments table, no author")


# ===================================================================== 2 Đảng bộ các cơ quan Đảng tỉnh Nghệ An: vendor WebForms portal (ContentPlaceHolder1, Telerik RadMenu); 'Học tập và làm theo Bác'; 12-hour 'SA' stamp with seconds; 'Bài và ảnh: NAME (unit)'
A2 = Art("Người bí thư chi bộ “nói ít, làm nhiều” ở xóm Đồng Xuân",
         "Hơn 15 năm làm Bí thư Chi bộ xóm Đồng Xuân, xã Yên Thành, ông Hồ Sỹ Lục luôn đi trước một bước trong mọi việc của xóm: hiến đất làm đường, vận động con cháu đi học nghề, giữ nếp sinh hoạt chi bộ. Với đảng viên và bà con trong xóm, ông là tấm gương sinh động về học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
         [("p", "Chúng tôi tìm đến nhà ông Lục vào một buổi sáng cuối thu. Ngôi nhà cấp bốn nằm lùi sâu sau hàng cau, trước cửa là con đường bê tông rộng 5 m chạy thẳng ra cánh đồng. Ít ai biết, để có con đường ấy, năm 2019 gia đình ông đã hiến gần 300 m2 đất vườn và tự tay phá dỡ bức tường rào mới xây."),
          ("p", "“Bác Hồ dạy cán bộ phải đi trước làng nước theo sau. Mình là bí thư chi bộ, mình không làm trước thì nói ai nghe”, ông Lục kể. Thấy bí thư làm trước, 46 hộ dân hai bên đường lần lượt hiến đất, góp công; chỉ sau ba tháng, xóm hoàn thành 1,8 km đường mà không phải bồi thường đồng nào."),
          ("img", "/Uploads/Images/2025/10/ong-ho-sy-luc-tren-duong-xom.jpg", "Ông Hồ Sỹ Lục trên con đường bê tông của xóm Đồng Xuân"),
          ("p", "Điều ông tâm đắc nhất là giữ được nếp sinh hoạt chi bộ. Mỗi kỳ sinh hoạt, ông đều chuẩn bị trước một chuyên đề ngắn gắn với việc cụ thể của xóm, khi thì chuyện dồn điền đổi thửa, khi thì chuyện vận động thanh niên đi học nghề, làm việc ở các khu công nghiệp. Đảng viên được phân công phụ trách từng nhóm hộ, tháng sau báo cáo kết quả trước chi bộ."),
          ("p", "Nhờ cách làm ấy, nhiều năm liền Chi bộ xóm Đồng Xuân được đánh giá hoàn thành tốt nhiệm vụ, xóm đạt chuẩn khu dân cư nông thôn mới kiểu mẫu năm 2023. Thu nhập bình quân đầu người của xóm năm 2024 đạt hơn 62 triệu đồng, số hộ nghèo giảm còn 2 hộ."),
          ("img", "/Uploads/Images/2025/10/sinh-hoat-chi-bo-dong-xuan.jpg", "Một buổi sinh hoạt chuyên đề của Chi bộ xóm Đồng Xuân"),
          ("p", "Sau khi xã Yên Thành mới được thành lập từ ngày 1/7/2025, ông Lục tiếp tục được tín nhiệm giữ chức Bí thư Chi bộ. Ông nhận thêm việc vận động bà con làm quen với thủ tục hành chính trên môi trường điện tử; tối tối, nhà ông thành “điểm hỗ trợ” để con cháu trong xóm hướng dẫn người già cài ứng dụng định danh điện tử."),
          ("p", "Đồng chí Nguyễn Văn Thành, Bí thư Đảng ủy xã Yên Thành cho biết: “Ông Lục nói ít, làm nhiều, việc gì cũng đi đầu. Đảng ủy xã đã đề nghị khen thưởng ông là điển hình tiêu biểu trong học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2025”.")])
CAPS2 = ["Ông Hồ Sỹ Lục trên con đường bê tông của xóm Đồng Xuân", "Một buổi sinh hoạt chuyên đề của Chi bộ xóm Đồng Xuân"]
BY2 = "Bài và ảnh: NGUYỄN THỊ THU HƯỜNG (Đảng ủy xã Yên Thành)"


def page02():
    pub = T("2025-10-14 08:05:12")
    site = "https://dangbocoquandang.nghean.dcs.vn"
    url = f"{site}/Pages/TinTuc/ChiTiet.aspx?ID=2871&CatID=14"
    cp = "ctl00_ContentPlaceHolder1_ucNewsDetail"

    def img(s, c, n):
        return (f'<div class="news-img" style="text-align:center"><img src="{s}" alt="" style="max-width:100%" /><br />'
                f'<span class="img-caption" style="font-size:11px;color:#555"><i>{esc(c)}</i></span></div>')

    def main(rng, rl, rd):
        body = A2.render(p=jp, img=img, sep="")
        others = "".join(f'<tr><td class="icon"><img src="/Images/arrow.gif" alt="" /></td><td><a href="{site}/Pages/TinTuc/ChiTiet.aspx?ID={rng.randint(2500, 2860)}&amp;CatID=14">{esc(t)}</a> <span class="date">({sa_ch(d, False)})</span></td></tr>' for t, d in zip(rl[:6], rd))
        return (f'<div class="cat-header"><span id="ctl00_ContentPlaceHolder1_lblCatName" class="cat-name" style="text-transform:uppercase">Học tập và làm theo Bác</span></div>'
                f'<div id="{cp}_pnlDetail" class="news-detail"><h2 class="news-title"><span id="{cp}_lblTitle">{esc(A2.title)}</span></h2>'
                f'<div class="news-date">Ngày đăng: <span id="{cp}_lblDate">{sa_ch(pub)}</span> &nbsp;|&nbsp; Lượt xem: <span id="{cp}_lblView">932</span></div>'
                f'<div class="news-summary"><span id="{cp}_lblSummary" style="font-weight:bold">{esc(A2.lead)}</span></div>'
                f'<div id="{cp}_divContent" class="news-content">{body}'
                f'<p style="text-align:right"><strong>{esc(BY2)}</strong></p></div>'
                f'<div class="news-tools"><a id="{cp}_lnkPrint" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$ucNewsDetail$lnkPrint\',\'\')">In trang</a> | <a href="#" onclick="history.back();return false">Quay lại</a> | <a href="#top">Về đầu trang</a></div></div>'
                f'<div class="other-news"><div class="other-title">Các tin bài khác</div><table class="other-table">{others}</table></div>')

    def left(rng, pub_):
        sub = ["Chuyên đề hằng năm", "Gương người tốt việc tốt", "Tư liệu về Bác", "Mô hình hay, cách làm sáng tạo"]
        return ('<div class="left-menu"><div class="left-title">HỌC TẬP VÀ LÀM THEO BÁC</div><ul>' + "".join(f'<li><a href="#">{esc(s)}</a></li>' for s in sub) + '</ul></div>'
                + '<div class="left-box"><div class="left-title">Lời Bác dạy</div><p class="loi-bac"><em>“Mỗi đảng viên và cán bộ phải thật sự thấm nhuần đạo đức cách mạng, thật sự cần kiệm liêm chính, chí công vô tư.”</em></p></div>'
                + schedule(rng, pub_ + timedelta(days=1), "Lịch công tác tuần", "left-box lich"))

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: sa_ch(d, False), cls="right-box doc-nhieu")
                + vb_box(["Hướng dẫn số 12-HD/ĐU về học tập chuyên đề năm 2025", "Kế hoạch 45-KH/ĐU tổng kết 10 năm thực hiện Chỉ thị 05-CT/TW", "Quy định về trách nhiệm nêu gương của cán bộ, đảng viên"], "Văn bản mới", "right-box vb-moi")
                + links_box(["Báo Nghệ An", "Cổng TTĐT tỉnh Nghệ An", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Báo điện tử Đảng Cộng sản Việt Nam"], "Liên kết", "right-box lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=2, hours=3)
        return (f'<div class="banner"><img src="/Images/banner-dang-bo-co-quan-dang-nghe-an.jpg" alt="Đảng bộ các cơ quan Đảng tỉnh Nghệ An" /></div>'
                f'<div class="top-bar"><span id="ctl00_ucHeader_lblNgay" class="ngay">{wd(now)}, {sa_ch(now, False)}</span></div>')

    head = (og(A2.title, url, {"og:description": A2.lead}) + '<link href="/App_Themes/DangBo/style.css" rel="stylesheet" /><link href="/WebResource.axd?d=Telerik.Web.UI.Skins.Default.Menu.Default.css" rel="stylesheet" type="text/css" />'
            '<script src="/ScriptResource.axd?d=Telerik.Web.UI.Common.Core.js" type="text/javascript"></script>')
    rad = ('<script type="text/javascript">Sys.Application.add_init(function(){$create(Telerik.Web.UI.RadMenu,{"_childListElementCssClass":null,"_skin":"Default","clientStateFieldID":"ctl00_RadMenu1_ClientState",'
           '"collapseAnimation":"{\\"type\\":12,\\"duration\\":200}","expandAnimation":"{\\"type\\":12,\\"duration\\":200}","itemData":[{"value":"1"},{"value":"2"},{"value":"3"},{"value":"4"}]},null,null,$get("ctl00_RadMenu1"));});</script>')
    return page("s31-02", family="party_bloc_aspnet_webforms_contentplaceholder1_telerik_hoc_tap_lam_theo_bac_sa_stamp",
                name="nghean-dangbocoquandang-aspnet-webforms-contentplaceholder1-telerik-radmenu-cat-label-hoc-tap-va-lam-theo-bac-h2-lbltitle-ngay-dang-dd-mm-yyyy-h-mm-ss-sa-bold-lblsummary-lead-caption-spans-bai-va-anh-capitals-name-paren-unit",
                url=url, art=A2, main_fn=main, pub=pub, prefix="dbcq", kb=160,
                org="Đảng bộ các cơ quan Đảng tỉnh Nghệ An", addr="Số 02 đường Trường Thi, phường Trường Vinh, tỉnh Nghệ An", phone="0238.3844.226",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "cph", "head_extra": head, "title": A2.title, "form": True, "action": "./ChiTiet.aspx?ID=2871&CatID=14", "left": left, "scripts": rad},
                exp=expected(A2, iso(pub), author="NGUYỄN THỊ THU HƯỜNG", unit="Đảng ủy xã Yên Thành", photographer="NGUYỄN THỊ THU HƯỜNG", category="Học tập và làm theo Bác", captions=CAPS2),
                traps={"bylines": [BY2], "chrome": ["Lượt xem:", "In trang", "Quay lại", "Các tin bài khác", "Lời Bác dạy", "Tin đọc nhiều", "Lịch công tác tuần"], "sidebar_quote": ["Mỗi đảng viên và cán bộ phải thật sự thấm nhuần đạo đức cách mạng"], "related": lambda rl: rl[:5]},
                notes="A 'HỌC TẬP VÀ LÀM THEO BÁC' portrait on the site of an Đảng bộ các cơ quan Đảng tỉnh built on a local vendor's ASP.NET WebForms portal (MasterPage 'ContentPlaceHolder1' with a user control 'ucNewsDetail': h2 > span#…_lblTitle, span#…_lblDate, span#…_lblSummary (bold), div#…_divContent; a Telerik RadMenu; a three-column table layout with a LEFT column holding the section's menu, a 'Lời Bác dạy' quotation and a weekly schedule; __VIEWSTATE). The stamp is .NET's vi-VN 12-hour pattern with seconds, 'Ngày đăng: 14/10/2025 8:05:12 SA' → 2025-10-14T08:05:12+07:00 ('SA' = a.m., set 27; the unpadded hour read as printed, set 28; seconds kept, set 13). The header prints the crawl moment in the same 12-hour shape without seconds, and so do the sidebar and 'Các tin bài khác'. Lead: the bold lblSummary. The byline is the last paragraph INSIDE divContent, bold right, in capitals: 'Bài và ảnh: NGUYỄN THỊ THU HƯỜNG (Đảng ủy xã Yên Thành)' → author and photographer 'NGUYỄN THỊ THU HƯỜNG' (capitals kept, 'Bài và ảnh:' credits both text and pictures like 'Bài, ảnh:'), unit 'Đảng ủy xã Yên Thành'; not body (set 29). Captions: two centred small italic spans under the pictures. Category: the only section label, the cat-header 'Học tập và làm theo Bác' (printed in capitals by CSS text-transform; the text node is mixed case) — the left menu's title in capitals is the same section. The quotation of Bác in the left column is a widget, not body.",
                readme="a vendor's ASP.NET WebForms portal (ContentPlaceHolder1, ucNewsDetail, Telerik RadMenu, table columns), Đảng bộ các cơ quan Đảng tỉnh, a 'HỌC TẬP VÀ LÀM THEO BÁC' portrait: .NET 12-hour 'Ngày đăng: 14/10/2025 8:05:12 SA' (header and lists in the 12-hour shape), the section label as the only category, bold lblSummary (lead), small italic caption spans, a bold right 'Bài và ảnh: NAME IN CAPITALS (unit)' inside the text (author + photographer + unit)")


# ===================================================================== 3 Hội LHPN tỉnh Thanh Hóa: WordPress + Divi 4; ordinary news; Divi's post-meta 'bởi <account> | Th1 12, 2026 | <category>' (vi month abbreviation first, date only); bold first paragraph; 'Name – unit' with an EN DASH
A3 = Art("Trao 20 “Mái ấm tình thương” cho hội viên phụ nữ nghèo trước Tết Bính Ngọ",
         "Sáng 10/1, Hội Liên hiệp Phụ nữ tỉnh phối hợp với các nhà hảo tâm tổ chức bàn giao 20 “Mái ấm tình thương” cho hội viên phụ nữ nghèo, phụ nữ đơn thân nuôi con nhỏ có hoàn cảnh khó khăn về nhà ở tại 8 xã miền núi và ven biển của tỉnh.",
         [("p", "Mỗi căn nhà có diện tích từ 40 đến 60 m2, tổng kinh phí xây dựng hơn 1,6 tỷ đồng, trong đó Hội LHPN tỉnh vận động hỗ trợ 60 triệu đồng mỗi căn; phần còn lại do gia đình đối ứng và các chi hội phụ nữ, bà con dòng họ góp công, góp vật liệu."),
          ("img", "/wp-content/uploads/2026/01/trao-mai-am-tinh-thuong-hoang-hoa.jpg", "Lãnh đạo Hội LHPN tỉnh trao biển “Mái ấm tình thương” cho chị Lê Thị Nga ở xã Hoằng Hóa"),
          ("p", "Chị Lê Thị Nga, 38 tuổi, ở xã Hoằng Hóa, một mình nuôi ba con nhỏ, xúc động nói: “Căn nhà cũ dột nát, mùa mưa mấy mẹ con phải sang nhà hàng xóm ngủ nhờ. Năm nay có nhà mới, các con được đón Tết trong căn nhà kiên cố, tôi không dám mơ”."),
          ("p", "Phát biểu tại buổi bàn giao, Chủ tịch Hội LHPN tỉnh đề nghị các cấp Hội tiếp tục rà soát, nắm chắc hoàn cảnh hội viên khó khăn về nhà ở; phối hợp với các ngành hỗ trợ sinh kế, vốn vay để các gia đình sớm ổn định cuộc sống, vươn lên thoát nghèo bền vững."),
          ("img", "/wp-content/uploads/2026/01/chi-hoi-phu-nu-gop-cong.jpg", "Hội viên các chi hội phụ nữ góp ngày công hoàn thiện nhà cho hội viên khó khăn"),
          ("p", "Năm 2025, các cấp Hội LHPN tỉnh đã vận động xây mới, sửa chữa 312 “Mái ấm tình thương”, góp phần cùng tỉnh hoàn thành chương trình xóa nhà tạm, nhà dột nát.")])
BY3 = "Lê Thị Mai Anh – Hội LHPN tỉnh"


def page03():
    pub = T("2026-01-12 15:48")
    site = "https://phunuthanhhoa.vn"
    url = f"{site}/trao-20-mai-am-tinh-thuong-cho-hoi-vien-phu-nu-ngheo-truoc-tet-binh-ngo/"

    def img(s, c, n):
        return (f'<div id="attachment_{8120 + n}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{8120 + n}" decoding="async" class="size-full wp-image-{8120 + n}" src="{site}{s}" alt="" width="800" height="533" />'
                f'<p id="caption-attachment-{8120 + n}" class="wp-caption-text">{esc(c)}</p></div>')

    def main(rng, rl, rd):
        body = f'<p><strong>{esc(A3.lead)}</strong></p>' + A3.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
        return (f'<article id="post-8117" class="et_pb_post post-8117 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-hoi">'
                f'<div class="et_post_meta_wrapper"><h1 class="entry-title">{esc(A3.title)}</h1>'
                f'<p class="post-meta"> bởi <span class="author vcard"><a href="{site}/author/hoilhpntinh/" title="Đăng bởi hoilhpntinh" rel="author">hoilhpntinh</a></span> | <span class="published">{divi_date(pub)}</span> | <a href="{site}/category/hoat-dong-hoi/" rel="category tag">Hoạt động Hội</a></p>'
                f'<img src="{site}/wp-content/uploads/2026/01/mai-am-tinh-thuong-thumb.jpg" alt="" class="" width="1080" height="675" /></div>'
                f'<div class="entry-content">{body}<p style="text-align: right;"><strong><em>{esc(BY3)}</em></strong></p></div>'
                f'<div class="et_post_meta_wrapper"><div class="et_pb_post_nav"><span class="nav-previous"><a href="{site}/{slug(rl[0])}/" rel="prev"><span class="meta-nav">←</span> {esc(rl[0])}</a></span>'
                f'<span class="nav-next"><a href="{site}/{slug(rl[1])}/" rel="next">{esc(rl[1])} <span class="meta-nav">→</span></a></span></div>'
                f'<section id="comment-wrap"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>Gửi bình luận</span></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="form-submit"><button name="submit" type="submit" id="et_pb_submit" class="submit">Gửi bình luận</button></p></form></div></section></div></article>')

    def side(rng, pub_):
        ts = heads12(rng, 5, avoid=[A3.title])
        li = "".join(f'<li><a href="{site}/{slug(t)}/">{esc(t)}</a> <span class="post-date">{divi_date(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 20)))
        return (f'<div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><input type="text" name="s" id="s" /><input type="submit" id="searchsubmit" value="Tìm kiếm" /></form></div>'
                f'<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">Bài viết mới</h4><ul>{li}</ul></div>'
                '<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">Đường dây nóng</h4><div class="textwidget"><p>Tư vấn, hỗ trợ phụ nữ và trẻ em bị bạo lực gia đình: 0237.3852.458 (24/7).</p></div></div>'
                '<div id="categories-2" class="et_pb_widget widget_categories"><h4 class="widgettitle">Chuyên mục</h4><ul><li><a href="#">Hoạt động Hội</a></li><li><a href="#">Gương phụ nữ tiêu biểu</a></li><li><a href="#">Phụ nữ khởi nghiệp</a></li><li><a href="#">Văn bản</a></li></ul></div>')

    def left(rng, pub_):
        now = pub_ + timedelta(days=2)
        return f'<div id="et-info"><span id="et-info-phone">0237.3852.458</span> <span class="et-info-date">Thanh Hóa, {wd(now)} {dmy(now)}</span></div>'

    def top(rng, pub_):
        return '<div class="logo_container"><span class="logo_helper"></span><a href="/"><img src="/wp-content/uploads/2025/03/logo-hoi-lhpn-thanh-hoa.png" alt="Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa" id="logo" data-height-percentage="54" /></a></div>'

    head = (og(A3.title, url, {"og:site_name": "Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa", "article:published_time": "2026-01-12T15:48:31+07:00", "article:modified_time": "2026-01-13T08:20:05+07:00"})
            + jsonld({"@context": "https://schema.org", "@type": "BlogPosting", "headline": A3.title, "datePublished": "2026-01-12T15:48:31+07:00", "author": {"@type": "Person", "name": "hoilhpntinh"}})
            + "<link rel='stylesheet' id='divi-style-parent-css' href='/wp-content/themes/Divi/style-static.min.css?ver=4.27.4' media='all' /><meta name=\"generator\" content=\"Divi v.4.27.4\" />")
    return page("s31-03", family="womens_union_wp_divi_post_meta_month_abbreviation_first_en_dash_byline",
                name="thanhhoa-hoilhpn-wordpress-divi4-et-pb-post-h1-entry-title-post-meta-boi-account-th1-d-yyyy-date-only-category-link-bold-first-p-lead-wp-caption-text-bold-italic-right-name-en-dash-unit",
                url=url, art=A3, main_fn=main, pub=pub, prefix="et", kb=145,
                org="Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa", addr="Số 29 đường Hạc Thành, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.458",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "divi", "head_extra": head, "title": A3.title + " | Hội Liên hiệp Phụ nữ tỉnh Thanh Hóa", "items": MENU_MASS, "left": left, "charset_meta": False,
                          "body_cls": "post-template-default single single-post postid-8117 single-format-standard et_pb_button_helper_class et_right_sidebar et_divi_theme et-db"},
                exp=expected(A3, isod(pub), author="Lê Thị Mai Anh", unit="Hội LHPN tỉnh", category="Hoạt động Hội"),
                traps={"bylines": [BY3], "account": ["hoilhpntinh"], "chrome": ["Gửi bình luận", "Bài viết mới", "Đường dây nóng", "Tư vấn, hỗ trợ phụ nữ và trẻ em bị bạo lực gia đình"], "post_nav": lambda rl: rl[:2]},
                notes="An ordinary news item on a provincial women's union's WordPress site built with Divi 4 (the classic single-post template, Theme Builder off: article.et_pb_post, div.et_post_meta_wrapper with h1.entry-title and p.post-meta, div.entry-content, et_pb_post_nav; a #top-header bar; classic wp-caption blocks). Divi's post-meta uses WordPress's 'M j, Y' with the vi locale's month abbreviations — the MONTH FIRST: ' bởi hoilhpntinh | Th1 12, 2026 | Hoạt động Hội' → '2026-01-12', DATE ONLY (no <time>; og, JSON-LD carry 15:48:31, metadata only, not added: set 25, MAJORITY). 'Th1' is January ('Th' + month number); '12' is the day. The sidebar's 'Bài viết mới' prints the same shape; the top bar prints the crawl day ('Thanh Hóa, Thứ Tư 14/01/2026'). 'bởi hoilhpntinh' is an account (a handle) → not the author. The writer signs at the end, bold italic right, 'Lê Thị Mai Anh – Hội LHPN tỉnh' with an EN DASH (U+2013) between writer and unit → author 'Lê Thị Mai Anh', unit 'Hội LHPN tỉnh' (an en dash separates like ' - ', NEW (set 31)); not body. Lead: the bold first paragraph (Divi prints no excerpt). Captions: two wp-caption-text paragraphs. Category: the post-meta's category link 'Hoạt động Hội' (no breadcrumb). The previous/next links carry other items' headlines.",
                readme="WordPress + Divi 4 (classic single post), Hội LHPN tỉnh, an ordinary item: Divi's post-meta ' bởi <account> | Th1 12, 2026 | Hoạt động Hội' (vi month abbreviation FIRST, date only; og/JSON-LD time not added), bold first paragraph (lead), wp-caption-text captions, a bold italic right 'Name – unit' with an EN DASH at the end")


# ===================================================================== 4 Hội Nông dân tỉnh Khánh Hòa: Joomla 4 + YOOtheme Pro; a REPRINT from Nhân Dân; 'Được viết bởi <account> trong <cat> vào <time datetime=UTC+00:00>03 Tháng 9 2025</time>'; two writers in capitals + 'Theo nhandan.vn'
A4 = Art("Hợp tác xã nông nghiệp kiểu mới: Từ “làm dịch vụ” đến “làm chuỗi”",
         "Không dừng ở các dịch vụ đầu vào như trước, nhiều hợp tác xã nông nghiệp đã chủ động liên kết với doanh nghiệp, tổ chức sản xuất theo chuỗi giá trị, giúp xã viên nâng cao thu nhập và tạo đầu ra ổn định cho nông sản.",
         [("p", "Ở xã Cam Lâm, tỉnh Khánh Hòa, Hợp tác xã nông nghiệp Cam Thành Nam từng chỉ làm dịch vụ thủy lợi, cung ứng phân bón. Từ năm 2022, hợp tác xã ký hợp đồng bao tiêu xoài với một doanh nghiệp xuất khẩu, tổ chức cho 85 hộ xã viên sản xuất theo tiêu chuẩn VietGAP trên diện tích 120 ha."),
          ("p", "“Trước đây bà con tự bán cho thương lái, giá lên xuống thất thường. Giờ có hợp đồng, giá sàn được bảo đảm, hợp tác xã lo cả khâu sơ chế, đóng thùng”, ông Nguyễn Văn Hải, Giám đốc hợp tác xã, cho biết. Năm 2024, doanh thu của hợp tác xã đạt hơn 18 tỷ đồng, thu nhập của xã viên tăng khoảng 25% so với trước."),
          ("img", "/images/2025/09/xoai-cam-lam-so-che.jpg", "Xã viên Hợp tác xã nông nghiệp Cam Thành Nam sơ chế xoài xuất khẩu. Ảnh: NGỌC TÚ"),
          ("p", "Câu chuyện ở Cam Lâm không phải cá biệt. Theo Liên minh Hợp tác xã Việt Nam, cả nước hiện có hơn 21.000 hợp tác xã nông nghiệp, trong đó khoảng 2.700 hợp tác xã tham gia liên kết chuỗi giá trị với doanh nghiệp; hơn 1.800 hợp tác xã ứng dụng công nghệ cao trong sản xuất."),
          ("p", "Tuy vậy, phần lớn hợp tác xã vẫn quy mô nhỏ, vốn ít, năng lực quản trị hạn chế. Nhiều nơi cán bộ quản lý chưa qua đào tạo, thiếu người am hiểu thị trường và thương mại điện tử; việc tiếp cận tín dụng, đất đai để xây dựng kho bãi, cơ sở sơ chế còn khó khăn."),
          ("p", "Các chuyên gia cho rằng, cần tiếp tục hoàn thiện chính sách hỗ trợ hợp tác xã theo Luật Hợp tác xã năm 2023; ưu tiên đào tạo đội ngũ quản lý trẻ, có trình độ; khuyến khích doanh nghiệp đầu tư vào vùng nguyên liệu gắn với hợp tác xã để hình thành các chuỗi liên kết bền vững.")])
CAPS4 = ["Xã viên Hợp tác xã nông nghiệp Cam Thành Nam sơ chế xoài xuất khẩu. Ảnh: NGỌC TÚ"]


def page04():
    pub = T("2025-09-03 09:15")
    site = "https://hoinongdan.khanhhoa.gov.vn"
    url = f"{site}/tin-tuc/kinh-te-tap-the/1284-hop-tac-xa-nong-nghiep-kieu-moi-tu-lam-dich-vu-den-lam-chuoi"

    def img(s, c, n):
        return f'<figure class="image"><img src="{s}" alt="{esc(c.split(". Ảnh")[0], True)}" width="800" height="533" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = f'<p><strong>{esc(A4.lead)}</strong></p>' + A4.render(p=lambda t: f"<p>{esc(t)}</p>", img=img, sep="")
        related = "".join(f'<li><a href="{site}/tin-tuc/kinh-te-tap-the/{rng.randint(1000, 1283)}-{slug(t)}">{esc(t)}</a></li>' for t in rl[:4])
        return (f'<article id="article-1284" class="uk-article" data-permalink="{url}" typeof="Article" vocab="https://schema.org/">'
                f'<meta property="name" content="{esc(A4.title, True)}"><meta property="author" typeof="Person" content="Super User"><meta property="dateModified" content="2025-09-03T02:31:40+00:00"><meta property="datePublished" content="2025-09-03T02:15:00+00:00"><meta class="uk-margin-remove-adjacent" property="articleSection" content="Kinh tế tập thể">'
                f'<div class="uk-text-center uk-margin-medium-top" property="image" typeof="ImageObject"><meta property="url" content="{site}/images/2025/09/xoai-cam-lam.jpg"><img src="/images/2025/09/xoai-cam-lam.jpg" alt="" width="1200" height="675" /></div>'
                f'<div class="uk-margin-medium-top"><h1 property="headline" class="uk-margin-large-top uk-margin-remove-bottom uk-article-title">{esc(A4.title)}</h1>'
                f'<p class="uk-margin-top uk-margin-remove-bottom uk-article-meta">Được viết bởi <a href="/tin-tuc?created_by=42">Super User</a> trong <a href="/tin-tuc/kinh-te-tap-the" >Kinh tế tập thể</a> vào <time datetime="2025-09-03T02:15:00+00:00">03 Tháng 9 2025</time>.</p>'
                f'<div class="uk-margin-medium-top" property="text">{body}'
                f'<p style="text-align: right;"><strong>HOÀNG MINH - NGỌC TÚ</strong></p><p style="text-align: right;"><em>Theo nhandan.vn</em></p>'
                f'<p><em>(Bài đăng trên Báo Nhân Dân in số ra ngày 01/9/2025)</em></p></div>'
                f'<p class="uk-margin-medium"><a href="/tin-tuc/tag/hop-tac-xa" class="uk-label">hợp tác xã</a> <a href="/tin-tuc/tag/chuoi-gia-tri" class="uk-label">chuỗi giá trị</a></p>'
                f'<ul class="uk-pagination uk-margin-medium"><li><a href="#" rel="prev"><span uk-pagination-previous></span> Trước</a></li><li class="uk-margin-auto-left"><a href="#" rel="next">Tiếp <span uk-pagination-next></span></a></li></ul>'
                f'<div class="uk-panel uk-margin-medium related-items"><h3>Bài viết liên quan</h3><ul class="uk-list uk-list-divider">{related}</ul></div></div></article>')

    def side(rng, pub_):
        ts = heads12(rng, 5, avoid=[A4.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><div class="uk-text-meta">{d.day:02d} Tháng {d.month} {d.year}</div></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 20)))
        return (f'<div class="uk-panel uk-margin"><h3 class="uk-h4">Tin mới</h3><ul class="uk-list">{li}</ul></div>'
                '<div class="uk-panel uk-margin"><h3 class="uk-h4">Giá nông sản</h3><table class="uk-table uk-table-small"><tr><td>Xoài Úc loại 1</td><td>28.000 đ/kg</td></tr><tr><td>Sầu riêng Ri6</td><td>62.000 đ/kg</td></tr><tr><td>Tôm hùm bông</td><td>1.250.000 đ/kg</td></tr></table><p class="uk-text-meta">Cập nhật ngày 02/9/2025</p></div>'
                + links_box(["Trung ương Hội Nông dân Việt Nam", "Báo Nông thôn Ngày nay", "Báo Khánh Hòa", "Cổng TTĐT tỉnh Khánh Hòa"], "Liên kết", "uk-panel lien-ket"))

    def left(rng, pub_):
        now = pub_ + timedelta(days=1, hours=2)
        return f'<div class="uk-panel">{now.day:02d} Tháng {now.month} {now.year}</div><div class="uk-panel uk-margin-auto-left">Đường dây nóng: 0258.3822.415</div>'

    def top(rng, pub_):
        return '<a href="/" class="uk-navbar-item uk-logo"><img alt="Hội Nông dân tỉnh Khánh Hòa" src="/images/logo/logo-hoi-nong-dan-khanh-hoa.png" width="280" height="60" /></a>'

    head = ('<meta name="generator" content="Joomla! - Open Source Content Management"><link href="/templates/yootheme/css/theme.12.css?1725000000" rel="stylesheet"><script src="/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?4.4.7"></script>'
            '<script src="/media/system/js/core.min.js?2cb912"></script><script type="application/json" class="joomla-script-options new">{"joomla.jtext":{"ERROR":"Lỗi","MESSAGE":"Nội dung"},"system.paths":{"root":"","rootFull":"' + site + '/","base":""}}</script>'
            + og(A4.title, url, {"og:description": A4.lead}))
    return page("s31-04", family="farmers_union_joomla4_yootheme_pro_reprint_utc_time_datetime_two_writers_capitals",
                name="khanhhoa-hoinongdan-joomla4-yootheme-pro-uk-article-title-duoc-viet-boi-account-trong-category-vao-time-datetime-utc-dd-thang-m-yyyy-bold-intro-lead-figcaption-with-credit-two-writers-capitals-theo-nhandan-print-note",
                url=url, art=A4, main_fn=main, pub=pub, prefix="tm", kb=150,
                org="Hội Nông dân tỉnh Khánh Hòa", addr="Số 08 đường Trần Phú, phường Nha Trang, tỉnh Khánh Hòa", phone="0258.3822.415",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "yootheme", "head_extra": head, "title": A4.title, "items": MENU_MASS, "left": left},
                exp=expected(A4, iso(pub), author="HOÀNG MINH, NGỌC TÚ", category="Kinh tế tập thể", captions=CAPS4),
                traps={"bylines": ["HOÀNG MINH - NGỌC TÚ"], "source": ["Theo nhandan.vn"], "print_edition": ["(Bài đăng trên Báo Nhân Dân in số ra ngày 01/9/2025)"], "account": ["Super User"],
                       "chrome": ["Bài viết liên quan", "Giá nông sản", "Cập nhật ngày 02/9/2025"], "related": lambda rl: rl[:4]},
                notes="A REPRINT from Nhân Dân on a provincial farmers' union's Joomla 4 site themed with YOOtheme Pro 4 (UIkit 3: article.uk-article with RDFa 'vocab=https://schema.org/', h1.uk-article-title, p.uk-article-meta, div[property=text]). The meta line is Joomla's translated 'Được viết bởi <author> trong <category> vào <date>': 'Được viết bởi Super User trong Kinh tế tập thể vào 03 Tháng 9 2025.' — the printed date has NO time, but it sits in <time datetime='2025-09-03T02:15:00+00:00'>: an explicit offset (UTC), and 02:15 UTC is 09:15 at +07:00 on the SAME day → published 2025-09-03T09:15:00+07:00 (set 25, MAJORITY: a date-only stamp takes the time of a <time datetime> on that very stamp when it agrees with the printed day and carries an offset; converted to +07:00, NEW (set 31)). The RDFa dateModified is metadata only (updated null). 'Super User' is Joomla's account. The reprint is signed at the end: bold right capitals 'HOÀNG MINH - NGỌC TÚ' → author 'HOÀNG MINH, NGỌC TÚ' (capitals kept), then italic right 'Theo nhandan.vn' (a source, not a unit) and an italic print-edition note '(Bài đăng trên Báo Nhân Dân in số ra ngày 01/9/2025)' — neither is body; the print day belongs to the source (set 25). Lead: the bold intro paragraph. The one caption ends 'Ảnh: NGỌC TÚ' — a credit inside a caption stays in the caption and sets no photographer (set 25, MAJORITY). Category: the meta's category link 'Kinh tế tập thể'. The toolbar prints the crawl day in the meta's own shape ('04 Tháng 9 2025'), and so does 'Tin mới'.",
                readme="Joomla 4 + YOOtheme Pro (UIkit, RDFa), Hội Nông dân tỉnh, a REPRINT: 'Được viết bởi Super User trong Kinh tế tập thể vào <time datetime=…T02:15:00+00:00>03 Tháng 9 2025</time>' (the UTC time of the stamp's own <time> → 09:15 +07:00), bold intro (lead), a figcaption ending 'Ảnh: NGỌC TÚ' (no photographer), two writers in capitals 'A - B' + 'Theo nhandan.vn' + a print-edition note")


# ===================================================================== 5 Đảng ủy UBND tỉnh Đồng Tháp: DNN 9 + 2sxc content app; an item with a TABLE; dotted date only '05.11.2025'; 'Tác giả:' + 'Đơn vị:' fields
ROWS5 = [["STT", "Đảng bộ, chi bộ cơ sở", "Chỉ tiêu năm 2025", "Kết nạp", "Tỷ lệ so với chỉ tiêu (%)"],
         ["1", "Đảng bộ Sở Nông nghiệp và Môi trường", "40", "46", "115,0"],
         ["2", "Đảng bộ Sở Y tế", "35", "38", "108,6"],
         ["3", "Đảng bộ Sở Giáo dục và Đào tạo", "30", "29", "96,7"],
         ["4", "Đảng bộ Sở Xây dựng", "18", "21", "116,7"],
         ["5", "Chi bộ Sở Tài chính", "6", "7", "116,7"],
         ["6", "Chi bộ Sở Nội vụ", "5", "5", "100,0"],
         ["7", "Các đảng bộ, chi bộ cơ sở còn lại", "41", "44", "107,3"]]
TOTAL5 = ["Tổng cộng", "175", "190", "108,6"]
A5 = Art("Đảng bộ UBND tỉnh kết nạp 190 đảng viên mới trong năm 2025, vượt 8,6% chỉ tiêu",
         "Năm 2025, các tổ chức cơ sở đảng trực thuộc Đảng bộ UBND tỉnh đã kết nạp 190 đảng viên mới, đạt 108,6% chỉ tiêu Nghị quyết; 6/7 nhóm đơn vị hoàn thành và vượt chỉ tiêu được giao.",
         [("p", "Theo báo cáo của Ban Tổ chức Đảng ủy UBND tỉnh, trong bối cảnh sắp xếp, hợp nhất các sở, ngành và vận hành chính quyền địa phương hai cấp, công tác tạo nguồn, bồi dưỡng và kết nạp đảng viên vẫn được các cấp ủy quan tâm. Trong số đảng viên mới kết nạp, 71% là người dưới 30 tuổi, 100% có trình độ đại học trở lên."),
          ("p", "Kết quả cụ thể như sau:"),
          ("table", ROWS5 + [TOTAL5]),
          ("p", "Một số đơn vị làm tốt công tác tạo nguồn như Đảng bộ Sở Nông nghiệp và Môi trường, Đảng bộ Sở Xây dựng đã giao chỉ tiêu cụ thể cho từng chi bộ, gắn với việc đánh giá, xếp loại cuối năm. Đảng bộ Sở Giáo dục và Đào tạo chưa đạt chỉ tiêu do một số quần chúng ưu tú chuyển công tác trong quá trình sắp xếp."),
          ("p", "Năm 2026, Đảng ủy UBND tỉnh phấn đấu kết nạp ít nhất 180 đảng viên mới, chú trọng phát triển đảng viên trong các đơn vị sự nghiệp công lập và đoàn viên thanh niên ưu tú.")])


def page05():
    pub = T("2025-11-05 10:20")
    site = "https://dangbo-ubnd.dongthap.gov.vn"
    url = f"{site}/tin-tuc/chi-tiet/details/dang-bo-ubnd-tinh-ket-nap-190-dang-vien-moi-trong-nam-2025"
    mid = 1287

    def table(rows):
        head = "<thead><tr>" + "".join(f'<th style="text-align:center">{esc(c)}</th>' for c in rows[0]) + "</tr></thead>"
        trs = ["<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:-1]]
        tot = rows[-1]
        trs.append(f'<tr class="total"><td colspan="2" style="text-align:center"><strong>{esc(tot[0])}</strong></td>' + "".join(f'<td style="text-align:center"><strong>{esc(c)}</strong></td>' for c in tot[1:]) + "</tr>")
        return f'<div class="table-responsive"><table class="table table-bordered table-sm">{head}<tbody>{"".join(trs)}</tbody></table></div>'

    def main(rng, rl, rd):
        body = A5.render(p=jp, table=table, sep="")
        more = "".join(f'<div class="col-md-6 app-news-item"><a href="{site}/tin-tuc/chi-tiet/details/{slug(t)}"><img src="/Portals/0/adam/Content/{alnum(rng, 22)}/Image/thumb.jpg" alt="" class="img-fluid" /></a><h4><a href="#">{esc(t)}</a></h4><span class="app-news-date">{d.strftime("%d.%m.%Y")}</span></div>' for t, d in zip(rl[:4], rd))
        return (f'<div class="DnnModule DnnModule-2sxc-app DnnModule-{mid}"><a name="{mid}"></a><div id="dnn_ctr{mid}_ContentPane"><div id="dnn_ctr{mid}_ModuleContent" class="DNNModuleContent Mod2sxcappC">'
                f'<div class="sc-viewport sc-content-block" data-cb-instance="{mid}" data-cb-id="{mid}"><div class="app-news-detail">'
                f'<div class="app-news-tags"><span class="badge badge-primary">Xây dựng Đảng</span></div>'
                f'<h1 class="app-news-title">{esc(A5.title)}</h1><div class="app-news-meta"><span class="app-news-date"><i class="fa fa-calendar"></i> {pub.strftime("%d.%m.%Y")}</span></div>'
                f'<div class="app-news-teaser"><strong>{esc(A5.lead)}</strong></div><div class="app-news-body">{body}</div>'
                f'<div class="app-news-author"><p>Tác giả: <span class="author">Trần Thanh Phong</span></p><p>Đơn vị: <span class="unit">Ban Tổ chức Đảng ủy UBND tỉnh</span></p></div>'
                f'<div class="app-news-back"><a href="/tin-tuc" class="btn btn-outline-secondary btn-sm">« Quay lại danh sách</a></div></div>'
                f'<div class="app-news-more"><h3>Tin cùng chuyên mục</h3><div class="row">{more}</div></div></div></div></div></div>')

    crumbs = ('<div class="breadcrumb-pane"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb">'
              '<span itemscope itemtype="http://schema.org/BreadcrumbList"><span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span>'
              ' › <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span>'
              ' › <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc/chi-tiet" class="breadcrumbLink" itemprop="item"><span itemprop="name">Chi tiết</span></a><meta itemprop="position" content="3" /></span></span></span></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: d.strftime("%d.%m.%Y"), cls="side-box tin-moi")
                + schedule(rng, pub_ + timedelta(days=1), "Lịch làm việc của Thường trực Đảng ủy", "side-box lich")
                + '<div class="side-box thong-ke"><h3>Số liệu đảng viên</h3><p>Tổng số đảng viên toàn Đảng bộ: 6.842 (đến 30/9/2025)</p><p>Tổ chức cơ sở đảng: 58</p></div>')

    def top(rng, pub_):
        now = pub_ + timedelta(days=1, hours=1)
        return (f'<div class="container header-inner"><a id="dnn_dnnLOGO_hypLogo" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/logo-dang-bo-ubnd-dong-thap.png" alt="Đảng bộ UBND tỉnh Đồng Tháp" /></a>'
                f'<span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">{wd(now)}, {now.strftime("%d.%m.%Y")}</span></div>')

    head = ('<link href="/Portals/_default/skins/dongthap-dang/skin.css?cdv=142" type="text/css" rel="stylesheet"/><link href="/DesktopModules/ToSIC_SexyContent/dist/inpage/inpage.min.css?cdv=142" type="text/css" rel="stylesheet"/>'
            + og(A5.title, url, {"og:description": A5.lead})
            + '<script type="text/javascript">window.$2sxc_jsApi={"platform":"dnn","page":62,"root":"/","api":"/api/2sxc/","appApi":"/api/2sxc/app/auto/","rvt":"' + alnum(random.Random("s31-05-rvt"), 64) + '","rvtHeader":"RequestVerificationToken","dialogQuery":"portalId=0&tabId=62"};</script>')
    return page("s31-05", family="party_committee_dnn9_2sxc_content_app_table_dotted_date_author_and_unit_fields",
                name="dongthap-danguyubnd-dnn9-2sxc-app-news-detail-generic-crumb-chi-tiet-badge-xay-dung-dang-h1-dd-mm-yyyy-dotted-date-only-bold-teaser-lead-table-header-row-total-colspan-tac-gia-field-don-vi-field",
                url=url, art=A5, main_fn=main, pub=pub, prefix="dt", kb=140,
                org="Đảng bộ Ủy ban nhân dân tỉnh Đồng Tháp", addr="Số 12 đường 30 Tháng 4, phường Cao Lãnh, tỉnh Đồng Tháp", phone="0277.3851.226",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnn2sxc", "head_extra": head, "title": A5.title + " > Đảng bộ UBND tỉnh Đồng Tháp", "form": True, "dnn": True, "action": "/tin-tuc/chi-tiet/details/dang-bo-ubnd-tinh-ket-nap-190-dang-vien-moi-trong-nam-2025"},
                exp=expected(A5, isod(pub), author="Trần Thanh Phong", unit="Ban Tổ chức Đảng ủy UBND tỉnh", category="Xây dựng Đảng", captions=[]),
                traps={"chrome": ["Tác giả:", "Đơn vị:", "« Quay lại danh sách", "Tin cùng chuyên mục", "Số liệu đảng viên", "Tổng số đảng viên toàn Đảng bộ: 6.842 (đến 30/9/2025)"], "related": lambda rl: rl[:4]},
                notes="An item that is mostly a TABLE on the site of an Đảng ủy UBND tỉnh built on DNN 9 with the 2sxc content app (the module 'DnnModule-2sxc-app': div.sc-viewport, a Razor view printing div.app-news-tags, h1.app-news-title, the date, div.app-news-teaser, div.app-news-body and the author fields; __dnnVariable and ViewState in form#Form; the $2sxc JS API header). The date is the Razor view's ToString(\"dd.MM.yyyy\"): '05.11.2025' — DOTTED, DATE ONLY, no <time> → '2025-11-05'. The skin's CURRENTDATE token prints the crawl day in the same dotted shape (set 29), and the 'Tin mới' list and related cards too. The breadcrumb is generic ('Trang chủ › Tin tức › Chi tiết', the page name of the detail view); the app's tag badge 'Xây dựng Đảng' above the headline is the only section label → category 'Xây dựng Đảng' (set 29: a crumb with only generic levels gives nothing; the badge names the section). Lead: the bold teaser. Body: the lead, two paragraphs, the table — its header row of <th> cells and each row a paragraph of cells joined by ' | '; the total row's label spans the STT and name columns (colspan=2) → 'Tổng cộng | 175 | 190 | 108,6' (set 30) — then two paragraphs. Author and unit are two labelled fields after the text: 'Tác giả: Trần Thanh Phong' and 'Đơn vị: Ban Tổ chức Đảng ủy UBND tỉnh' → author + unit (set 13: a labelled 'Đơn vị:' field is a unit). No captions.",
                readme="DNN 9 + the 2sxc content app, Đảng ủy UBND tỉnh, an item that is mostly a TABLE: dotted date only '05.11.2025' (the CURRENTDATE token and lists dotted too), a generic crumb ending 'Chi tiết' and a tag badge as the only section label, bold teaser (lead), a <th> header row and a colspan total row, labelled 'Tác giả:' and 'Đơn vị:' fields")


# ===================================================================== 6 Ban TG&DV Thành ủy Hà Nội: Liferay DXP 7.1 Blogs widget; a SERIES part; the platform's author (a person); 'dd/mm/yyyy - N phút đọc'; subtitle as sapo; series box
A6 = Art("Bài 3: Mỗi đảng viên là một “chiến sĩ” trên không gian mạng",
         "Không chỉ là nhiệm vụ của lực lượng chuyên trách, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng cần trở thành việc làm thường xuyên của mỗi cán bộ, đảng viên, bắt đầu từ những trang cá nhân.",
         [("p", "Ở nhiều chi bộ của Thủ đô, nội dung sinh hoạt giờ đây có thêm một mục mới: điểm lại những thông tin xấu, độc trên mạng xã hội trong tháng và cách mỗi đảng viên đã ứng xử. Chi bộ tổ dân phố số 7, phường Hoàn Kiếm là một ví dụ. Bí thư chi bộ phân công 5 đảng viên trẻ theo dõi các nhóm mạng xã hội của khu dân cư, kịp thời báo cáo những thông tin sai lệch để cấp ủy có hướng xử lý."),
          ("h", "Từ “người đọc thụ động” đến “người đưa tin chủ động”"),
          ("p", "Theo khảo sát của Ban Tuyên giáo và Dân vận Thành ủy đầu năm 2026, hơn 90% đảng viên trên địa bàn thành phố có tài khoản mạng xã hội, nhưng chỉ khoảng 35% thường xuyên chia sẻ thông tin chính thống. Nhiều đảng viên có tâm lý “im lặng cho lành”, ngại va chạm khi gặp những bình luận xuyên tạc."),
          ("p", "Để thay đổi tâm lý ấy, từ năm 2025, thành phố triển khai mô hình “Mỗi đảng viên một trang tin tích cực”. Các đảng bộ xã, phường được cung cấp định kỳ các “gói nội dung” gồm bài viết ngắn, infographic, video về những kết quả nổi bật của Thủ đô và của địa phương; đảng viên chủ động chia sẻ và giải thích cho người thân, hàng xóm."),
          ("h", "Kỹ năng là điều kiện tiên quyết"),
          ("p", "Nhiệt tình thôi chưa đủ. Không ít trường hợp đảng viên tranh luận gay gắt, dùng lời lẽ thiếu chuẩn mực, vô tình làm lan rộng thông tin xấu. Vì vậy, Ban Tuyên giáo và Dân vận Thành ủy đã phối hợp với Trường Đào tạo cán bộ Lê Hồng Phong mở các lớp bồi dưỡng kỹ năng nhận diện, phản bác thông tin sai trái cho bí thư chi bộ và đảng viên trẻ."),
          ("p", "Mỗi lớp học có các tình huống thực tế: một bài đăng bịa đặt về công tác cán bộ, một đoạn video cắt ghép về giải phóng mặt bằng. Học viên thực hành xác minh nguồn tin, chọn thời điểm và cách thức phản hồi, biết khi nào cần báo cáo cơ quan chức năng thay vì tự tranh luận."),
          ("h", "Nêu gương từ người đứng đầu"),
          ("p", "Kinh nghiệm ở các địa phương cho thấy, nơi nào bí thư cấp ủy thường xuyên cập nhật, chia sẻ thông tin chính thống, giải đáp thắc mắc của người dân trên các nhóm mạng xã hội, nơi đó thông tin xấu, độc ít có đất sống. Sự nêu gương ấy có sức lan tỏa hơn nhiều lời kêu gọi."),
          ("p", "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng, suy cho cùng, là bảo vệ niềm tin của Nhân dân. Mỗi đảng viên, với một chiếc điện thoại thông minh và tinh thần trách nhiệm, có thể trở thành một “chiến sĩ” trên mặt trận ấy.")])
SERIES6 = "Bảo vệ nền tảng tư tưởng của Đảng trên không gian mạng"


def page06():
    pub = T("2026-01-13 07:30")
    site = "https://tuyengiao.hanoi.gov.vn"
    url = f"{site}/bao-ve-nen-tang-tu-tuong/-/blogs/bai-3-moi-dang-vien-la-mot-chien-si-tren-khong-gian-mang"
    pid = "com_liferay_blogs_web_portlet_BlogsPortlet"

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', h=lambda t: f"<h3>{esc(t)}</h3>", sep="")
        parts = [("Bài 1: Nhận diện những thủ đoạn mới", pub - timedelta(days=14)), ("Bài 2: Khi “lực lượng 47” về tận chi bộ", pub - timedelta(days=7))]
        sbox = ('<div class="series-box"><div class="series-label">Loạt bài: ' + esc(SERIES6) + '</div><ul>'
                + "".join(f'<li><a href="{site}/bao-ve-nen-tang-tu-tuong/-/blogs/{slug(t)}">{esc(t)}</a> <small>({dmy(d)})</small></li>' for t, d in parts)
                + '<li class="current">Bài 3: Mỗi đảng viên là một “chiến sĩ” trên không gian mạng</li></ul><p class="next-part">Kỳ tới: Bài 4 - Xây dựng “vùng xanh” thông tin ở khu dân cư</p></div>')
        return (f'<section class="portlet" id="portlet_{pid}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Bảo vệ nền tảng tư tưởng</h2></div></div>'
                f'<div class=" portlet-content-container"><div class="portlet-body"><div class="widget-mode-detail" data-analytics-asset-id="4125877" data-analytics-asset-type="blog">'
                f'<div class="widget-mode-detail-header"><p class="series-kicker">{esc(SERIES6)}</p><h1 class="title">{esc(A6.title)}</h1><h4 class="sub-title">{esc(A6.lead)}</h4>'
                f'<div class="autofit-row widget-metadata"><div class="autofit-col inline-item-before"><span class="sticker sticker-circle sticker-light user-icon-color-5"><span class="inline-item"><img alt="" class="sticker-img" src="/image/user_portrait?img_id=88213" /></span></span></div>'
                f'<div class="autofit-col autofit-col-expand"><div class="autofit-row"><div class="autofit-col autofit-col-expand"><div class="text-truncate-inline"><a class="text-truncate username" href="/web/~/88210">Trần Văn Khánh</a></div>'
                f'<div class="text-secondary">{dmy(pub)} - 9 phút đọc</div></div></div></div></div></div>'
                f'<div class="widget-content" id="_{pid}_tzrh_entryContent"><div class="aspect-ratio aspect-ratio-8-to-3 aspect-ratio-bg-cover cover-image" style="background-image: url(/documents/21/0/chi-bo-sinh-hoat-khong-gian-mang.jpg)"></div>{body}</div>'
                f'{sbox}'
                f'<footer class="widget-mode-detail-footer"><div class="autofit-row"><div class="autofit-col"><span class="sticker"><a href="#" class="btn btn-outline-borderless btn-outline-secondary btn-sm">Xem thêm bài viết của tác giả</a></span></div>'
                f'<div class="autofit-col"><div class="ratings-stars">Đánh giá: ★★★★★ (23)</div></div></div>'
                f'<div class="entry-navigation"><h4>Bài viết khác</h4><div class="row"><div class="col-md-6"><a href="#" class="title-link">{esc(rl[0])}</a><div class="text-secondary">{dmy(rd[0])}</div></div><div class="col-md-6"><a href="#" class="title-link">{esc(rl[1])}</a><div class="text-secondary">{dmy(rd[1])}</div></div></div></div></footer>'
                f'</div></div></div></div></section>')

    crumbs = ('<nav aria-label="Breadcrumb" id="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="Trang chủ"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/bao-ve-nen-tang-tu-tuong" title="Bảo vệ nền tảng tư tưởng"><span class="breadcrumb-text-truncate">Bảo vệ nền tảng tư tưởng</span></a></li>'
              '<li class="active breadcrumb-item"><span class="breadcrumb-text-truncate">Bài 3: Mỗi đảng viên là một “chiến sĩ” trên ...</span></li></ol></nav>')

    def side(rng, pub_):
        ts = heads12(rng, 5, avoid=[A6.title])
        ent = "".join(f'<div class="card-row"><div class="card-body"><a href="#" class="card-title">{esc(t)}</a><div class="text-secondary">{dmy(d)} - {rng.randint(3, 8)} phút đọc</div></div></div>' for t, d in zip(ts, past(pub_, rng, 5, 1, 18)))
        return (f'<section class="portlet"><h2 class="portlet-title-text">Bài viết mới</h2><div class="list-group">{ent}</div></section>'
                '<section class="portlet"><h2 class="portlet-title-text">Chuyên đề</h2><ul class="list-unstyled"><li><a href="#">Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng</a></li><li><a href="#">Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp</a></li><li><a href="#">Văn hóa Thăng Long - Hà Nội</a></li></ul></section>'
                + poll("Đồng chí thường chia sẻ thông tin chính thống trên mạng xã hội với tần suất nào?", ["Hằng ngày", "Vài lần mỗi tuần", "Thỉnh thoảng", "Chưa bao giờ"], "portlet poll"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=1, hours=2)
        return (f'<a class="logo custom-logo" href="/" title="Ban Tuyên giáo và Dân vận Thành ủy Hà Nội"><img alt="" height="90" src="/o/hanoi-tg-theme/images/logo.png" /></a>'
                f'<div class="header-date">{wd(now)}, {dmy(now)}</div>')

    head = (og(A6.title, url, {"og:description": A6.lead})
            + '<link data-senna-track="permanent" href="/o/frontend-css-web/main.css" rel="stylesheet" type="text/css" /><link href="/o/hanoi-tg-theme/css/main.css?browserId=other&amp;themeId=hanoitgtheme_WAR_hanoitgtheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />'
            '<script data-senna-track="temporary" type="text/javascript">var Liferay=Liferay||{};Liferay.ThemeDisplay={getLayoutId:function(){return "58";},getLayoutRelativeURL:function(){return "/bao-ve-nen-tang-tu-tuong";},getLanguageId:function(){return "vi_VN";},getScopeGroupId:function(){return "20121";},getUserName:function(){return "";},getPortalURL:function(){return "' + site + '";},isSignedIn:function(){return false;}};</script>')
    return page("s31-06", family="btgdv_city_liferay71_blogs_widget_series_part_platform_author_reading_time",
                name="hanoi-btgdvtu-liferay-dxp71-blogs-widget-mode-detail-crumb-last-level-truncated-headline-series-kicker-h1-bai-3-h4-sub-title-lead-username-person-dd-mm-yyyy-dash-n-phut-doc-date-only-h3-subheads-series-box-ky-toi",
                url=url, art=A6, main_fn=main, pub=pub, prefix="lr", kb=170,
                org="Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", addr="Số 8 phố Lê Lai, phường Hoàn Kiếm, thành phố Hà Nội", phone="024.3825.3148",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "lr71blogs", "head_extra": head, "title": A6.title + " - Bảo vệ nền tảng tư tưởng - Ban Tuyên giáo và Dân vận Thành ủy Hà Nội", "items": MENU_NEWS},
                exp=expected(A6, isod(pub), author="Trần Văn Khánh", category="Bảo vệ nền tảng tư tưởng", captions=[]),
                traps={"series_box": ["Loạt bài:", "Kỳ tới: Bài 4 - Xây dựng “vùng xanh” thông tin ở khu dân cư", "Bài 1: Nhận diện những thủ đoạn mới", "Bài 2: Khi “lực lượng 47” về tận chi bộ"],
                       "chrome": ["9 phút đọc", "Xem thêm bài viết của tác giả", "Đánh giá:", "Bài viết khác", "Bài viết mới"], "related": lambda rl: rl[:2]},
                notes="A SERIES part (Bài 3) published with Liferay DXP 7.1's BLOGS widget (not web content / asset publisher: div.widget-mode-detail, h1.title, h4.sub-title, the widget-metadata row with the writer's user sticker, a.username and 'date - N phút đọc', div.widget-content) on a city Ban Tuyên giáo và Dân vận's vendor theme. The metadata row prints '13/01/2026 - 9 phút đọc' → '2026-01-13', DATE ONLY ('9 phút đọc' is a reading time, not a stamp or a duration of anything dated); the header clock and the sidebar's entries print the same date shape. The blog's author is a Liferay USER whose name is a PERSON's, 'Trần Văn Khánh' → author (set 27: a platform author field printing a person's name); no unit. Lead: the h4.sub-title (the blog entry's subtitle field, printed as the sapo). Body: the sapo, then the text with its three h3 sub-headings. The series kicker above the headline and the series box after the text ('Loạt bài: …', the earlier parts with their days, 'Kỳ tới: …') are not body and not the category (set 27). Category: the breadcrumb's last level is the headline cut short ('Bài 3: Mỗi đảng viên là một “chiến sĩ” trên ...', set 27) → the level before it, 'Bảo vệ nền tảng tư tưởng' (also the portlet title). The cover image is a CSS background (no caption).",
                readme="Liferay DXP 7.1's BLOGS widget, Ban TG&DV Thành ủy, a SERIES part: 'dd/mm/yyyy - 9 phút đọc' (date only; the reading time is no stamp), a Liferay user's name (a person → author), h4.sub-title (lead), h3 sub-headings, a series kicker and a series box with 'Kỳ tới', a crumb ending in the headline cut short")


# ===================================================================== 7 UBKT Tỉnh ủy Cà Mau: SharePoint Subscription Edition, a list item's DISPLAY FORM (DispForm.aspx field table); a 3-paragraph BRIEF; 'Ngày xuất bản' 12-hour CH; 'Được tạo lúc … bởi …' / 'Sửa đổi lần cuối lúc … bởi …'
A7 = Art("Ủy ban Kiểm tra Tỉnh ủy thi hành kỷ luật 2 tổ chức đảng và 5 đảng viên",
         None,
         [("p", "Ngày 19/01/2026, Ủy ban Kiểm tra Tỉnh ủy tổ chức Kỳ họp thứ 14 để xem xét, xử lý kỷ luật tổ chức đảng và đảng viên vi phạm; đồng chí Ủy viên Ban Thường vụ Tỉnh ủy, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy chủ trì kỳ họp."),
          ("p", "Qua xem xét, Ủy ban Kiểm tra Tỉnh ủy quyết định thi hành kỷ luật bằng hình thức khiển trách đối với Chi bộ Trung tâm Phát triển quỹ đất và Chi bộ Ban Quản lý dự án đầu tư xây dựng khu vực phía Nam; khiển trách 3 đảng viên, cảnh cáo 2 đảng viên do vi phạm quy định về quản lý đất đai, đầu tư công trong thời gian công tác tại các huyện trước khi sắp xếp."),
          ("p", "Ủy ban Kiểm tra Tỉnh ủy yêu cầu các tổ chức đảng, đảng viên bị kỷ luật nghiêm túc rút kinh nghiệm, khắc phục hạn chế, vi phạm; đồng thời đề nghị cơ quan có thẩm quyền xem xét xử lý kỷ luật về hành chính theo quy định.")])


def h12(d):
    return f'{dmy(d)} {d.hour % 12 or 12}:{d.strftime("%M")} {"SA" if d.hour < 12 else "CH"}'


def page07():
    pub = T("2026-01-20 15:30")
    upd = T("2026-01-21 08:10")
    crt = T("2026-01-19 16:12")
    site = "https://ubkt.camau.dcs.vn"
    url = f"{site}/Lists/TinBai/DispForm.aspx?ID=1846&Source=https%3A%2F%2Fubkt.camau.dcs.vn%2FLists%2FTinBai%2FTinMoi.aspx"
    g = "ctl00_ctl40_g_" + "_".join(["5c1a9e0d", "7b2f", "4d31", "9a8e", "0e6c2b7f4d11"])

    def row(label, internal, val_html):
        return (f'<tr><td nowrap="true" valign="top" width="113px" class="ms-formlabel"><span class="ms-h3 ms-standardheader"><a name="SPBookmark_{internal}"></a>{esc(label)}</span></td>'
                f'<td valign="top" class="ms-formbody" width="350px" id="SPField{internal}"><!-- FieldName="{esc(label)}" FieldInternalName="{internal}" FieldType="SPField{internal}" -->{val_html}</td></tr>')

    def main(rng, rl, rd):
        body = "".join(f'<p style="text-align:justify">{esc(t)}</p>' for t in A7.pars)
        rows = (row("Tiêu đề", "Title", esc(A7.title)) + row("Chuyên mục", "ChuyenMuc", "Hoạt động kiểm tra, giám sát") + row("Tóm tắt", "TomTat", "")
                + row("Nội dung", "NoiDung", f'<div dir="" class="ms-rtestate-field">{body}</div>') + row("Ảnh đại diện", "AnhDaiDien", "")
                + row("Tác giả", "TacGia", "Hữu Tài") + row("Nguồn tin", "NguonTin", "Ủy ban Kiểm tra Tỉnh ủy")
                + row("Ngày xuất bản", "NgayXuatBan", h12(pub)) + row("Hiển thị trang chủ", "HienThi", "Có"))
        others = "".join(f'<li><a href="/Lists/TinBai/DispForm.aspx?ID={rng.randint(1700, 1845)}">{esc(t)}</a> <span class="date">{dmy(d)}</span></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="ms-webpart-zone ms-fullWidth"><div id="MSOZoneCell_WebPartWPQ2" class="s4-wpcell-plain ms-webpartzone-cell ms-webpart-cell-vertical ms-fullWidth"><div class="ms-webpart-chrome ms-webpart-chrome-vertical ms-webpart-chrome-fullWidth">'
                f'<div WebPartID="5c1a9e0d-7b2f-4d31-9a8e-0e6c2b7f4d11" class="noindex ms-wpContentDivSpace" id="WebPartWPQ2"><div id="{g}">'
                f'<table class="ms-formtoolbar" cellpadding="2" cellspacing="0" border="0" width="100%" role="presentation"><tr><td width="99%" class="ms-toolbar" nowrap="nowrap"></td><td class="ms-toolbar" nowrap="nowrap"><input type="button" name="{g}$ctl00$toolBarTbltop$RightRptControls$ctl01$ctl00$diidIOGoBack" value="Đóng" class="ms-ButtonHeightWidth" /></td></tr></table>'
                f'<table class="ms-formtable" style="margin-top: 8px;" border="0" cellpadding="0" cellspacing="0" width="100%" role="presentation">{rows}</table>'
                f'<table cellpadding="0" cellspacing="0" width="100%" role="presentation"><tr><td class="ms-descriptiontext" id="onetidinfoblockV"><span id="{g}_ctl00_ctl01_ctl00_createdModifiedInfo">Được tạo lúc {h12(crt)} bởi <a href="#" class="ms-subtleLink">Phạm Thị Thu</a></span><br />'
                f'<span>Sửa đổi lần cuối lúc {h12(upd)} bởi <a href="#" class="ms-subtleLink">Lê Văn Hùng</a></span></td><td class="ms-toolbar" nowrap="nowrap"><input type="button" value="Đóng" class="ms-ButtonHeightWidth" /></td></tr></table>'
                f'</div></div></div></div></div>'
                f'<div class="tin-khac"><h3>Tin bài khác</h3><ul>{others}</ul></div>')

    crumbs = ('<div class="page-title-area"><h1 id="pageTitle" class="ms-core-pageTitle"><span id="DeltaPlaceHolderPageTitleInTitleArea"><span><a title="Tin bài" href="/Lists/TinBai/TinMoi.aspx">Tin bài</a></span></span></h1>'
              '<div class="ms-breadcrumb-box"><span class="ms-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/Lists/TinBai/TinMoi.aspx">Tin bài</a> &gt; <span>Xem mục</span></span></div></div>')

    def left(rng, pub_):
        return ('<div class="ms-core-navigation" id="DeltaPlaceHolderLeftNavBar"><ul class="root ms-core-listMenu-root static"><li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Trang chủ</span></a></li>'
                '<li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Tin bài</span></a></li><li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Văn bản</span></a></li>'
                '<li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Thư viện ảnh</span></a></li><li class="static"><a class="static menu-item" href="#"><span class="menu-item-text">Nội dung trang</span></a></li></ul></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=h12, cls="sp-box tin-moi")
                + '<div class="sp-box"><h3>Thông báo</h3><p>Ủy ban Kiểm tra Tỉnh ủy tiếp công dân vào thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ. Kỳ họp thứ 15 dự kiến ngày 24/02/2026.</p></div>'
                + vb_box(["Quy định số 296-QĐ/TW về công tác kiểm tra, giám sát và kỷ luật của Đảng", "Hướng dẫn số 03-HD/UBKTTW thực hiện Quy định 296", "Chương trình kiểm tra, giám sát năm 2026 của UBKT Tỉnh ủy"], "Văn bản mới", "sp-box vb"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=2, hours=-6)
        return (f'<div class="banner-ubkt"><img src="/SiteAssets/banner-ubkt-tinh-uy-ca-mau.png" alt="Ủy ban Kiểm tra Tỉnh ủy Cà Mau" /></div>'
                f'<div class="date-bar">{wd(now)}, {dmy(now)}</div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Expires" content="0" />'
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VFMzf8Iz9bb2Xk2c%2BaZUXw%3D%3DTAG0"/>'
            '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002f",webAbsoluteUrl:"' + site + '",siteAbsoluteUrl:"' + site + '",serverRequestPath:"\\u002fLists\\u002fTinBai\\u002fDispForm.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"Ủy ban Kiểm tra Tỉnh ủy Cà Mau",webTemplate:"1",tenantAppVersion:"0",isAppWeb:false,webLogoUrl:"_layouts\\u002f15\\u002fimages\\u002fsiteicon.png",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",env:"prod",pageListId:"{7d5f1c2a-0b9e-4e58-a3b1-6f9c2e8d4a10}",pageItemId:1846,userId:0,alertsEnabled:false,siteServerRelativeUrl:"\\u002f",allowSilverlightPrompt:"True"};</script>')
    return page("s31-07", family="inspection_commission_sharepoint_se_dispform_field_table_brief_created_modified_footer",
                name="camau-ubkttu-sharepoint-se-list-item-dispform-ms-formtable-tieu-de-field-pagetitle-list-name-chuyen-muc-field-empty-tom-tat-ngay-xuat-ban-h-mm-ch-tac-gia-nguon-tin-fields-duoc-tao-luc-sua-doi-lan-cuoi-luc",
                url=url, art=A7, main_fn=main, pub=pub, prefix="spse", kb=125,
                org="Ủy ban Kiểm tra Tỉnh ủy Cà Mau", addr="Số 09 đường Trần Hưng Đạo, phường An Xuyên, tỉnh Cà Mau", phone="0290.3831.457",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "spse", "head_extra": head, "title": "Tin bài - " + A7.title, "form": True, "action": "DispForm.aspx?ID=1846", "left": left},
                exp=expected(A7, iso(pub), updated=iso(upd), author="Hữu Tài", category="Hoạt động kiểm tra, giám sát", captions=[], lead=None),
                traps={"form_labels": ["Tiêu đề", "Chuyên mục", "Nguồn tin", "Ngày xuất bản", "Hiển thị trang chủ"], "accounts": ["Phạm Thị Thu", "Lê Văn Hùng"], "created": ["Được tạo lúc"],
                       "chrome": ["Tin bài khác", "Xem mục", "Kỳ họp thứ 15 dự kiến ngày 24/02/2026."], "related": lambda rl: rl[:5]},
                notes="A three-paragraph BRIEF on the site of an Ủy ban Kiểm tra Tỉnh ủy built on SharePoint Server Subscription Edition, shown — as on several provincial SharePoint sites — by the news LIST's own display form (Lists/TinBai/DispForm.aspx?ID=…): no article template, but SharePoint's field table table.ms-formtable, one row per column, the label in td.ms-formlabel and the value in td.ms-formbody. The page's h1#pageTitle is the LIST's name 'Tin bài' (generic) and the breadcrumb ends 'Xem mục' ('view item'); the headline is the VALUE of the 'Tiêu đề' row → title (NEW (set 31): a form's labels are not text, its values are the fields). Category: the value of 'Chuyên mục', 'Hoạt động kiểm tra, giám sát'. 'Tóm tắt' is EMPTY → lead null. Body: the three paragraphs of the 'Nội dung' rich-text field (the labels are not body). Author: the value of 'Tác giả', 'Hữu Tài'; 'Nguồn tin' = 'Ủy ban Kiểm tra Tỉnh ủy' is a labelled SOURCE (set 13) → unit null. Dates: 'Ngày xuất bản' = '20/01/2026 3:30 CH' (vi-VN 12-hour, set 27) → 2026-01-20T15:30:00+07:00. The form's footer prints 'Được tạo lúc 19/01/2026 4:12 CH bởi Phạm Thị Thu' (a CREATION stamp — neither published nor updated, set 26 — before the publication) and 'Sửa đổi lần cuối lúc 21/01/2026 8:10 SA bởi Lê Văn Hùng' (the item's last modification, printed on the page → updated 2026-01-21T08:10:00+07:00, NEW (set 31)); the people after 'bởi' are the SharePoint accounts that created and edited the item, not authors. The date bar prints the crawl day; 'Tin mới' prints the 12-hour shape.",
                readme="SharePoint Subscription Edition, a news list item shown by its DISPLAY FORM (ms-formtable: 'Tiêu đề', 'Chuyên mục', an empty 'Tóm tắt', 'Nội dung', 'Tác giả', 'Nguồn tin', 'Ngày xuất bản'), UBKT Tỉnh ủy, a three-paragraph BRIEF: '20/01/2026 3:30 CH', the form footer's 'Được tạo lúc … bởi <account>' (creation, no stamp) and 'Sửa đổi lần cuối lúc 21/01/2026 8:10 SA bởi <account>' (updated), h1 = the list's name")


# ===================================================================== 8 Đảng bộ tỉnh Lai Châu: the '.dcs.vn' platform's topic site for the congresses; a commune PARTY CONGRESS; 'Cập nhật: dd/mm/yyyy HH:MM | Lượt xem: N' as the only stamp; a countdown bar
A8 = Art("Đại hội đại biểu Đảng bộ xã Tân Uyên lần thứ I, nhiệm kỳ 2025 - 2030 thành công tốt đẹp",
         "Trong hai ngày 22 - 23/8, Đảng bộ xã Tân Uyên tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có 150 đại biểu thay mặt cho hơn 1.100 đảng viên của 48 chi bộ trong toàn Đảng bộ.",
         [("p", "Xã Tân Uyên được thành lập trên cơ sở sáp nhập thị trấn Tân Uyên và các xã Trung Đồng, Thân Thuộc, có diện tích tự nhiên hơn 210 km2, dân số trên 26.000 người, gồm 9 dân tộc cùng sinh sống. Đảng bộ xã có 48 chi bộ trực thuộc với 1.126 đảng viên."),
          ("p", "Nhiệm kỳ 2020 - 2025, Đảng bộ và chính quyền các xã, thị trấn cũ đã lãnh đạo hoàn thành và vượt 18/21 chỉ tiêu chủ yếu. Tốc độ tăng trưởng kinh tế bình quân đạt 8,2%/năm; diện tích chè tập trung đạt 2.150 ha, trở thành vùng chè lớn nhất tỉnh; tỷ lệ hộ nghèo giảm còn 6,8%; 100% thôn, bản có đường ô tô đến trung tâm."),
          ("img", "/Uploads/images/2025/8/23/dai-hoi-xa-tan-uyen-toan-canh.jpg", "Toàn cảnh Đại hội đại biểu Đảng bộ xã Tân Uyên lần thứ I"),
          ("p", "Đại hội xác định mục tiêu tổng quát nhiệm kỳ 2025 - 2030 là xây dựng Đảng bộ và hệ thống chính trị trong sạch, vững mạnh; phát huy tiềm năng cây chè, du lịch cộng đồng; phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 75 triệu đồng/năm, tỷ lệ hộ nghèo giảm bình quân 1,5%/năm."),
          ("p", "Phát biểu chỉ đạo Đại hội, đồng chí Phó Bí thư Tỉnh ủy đề nghị Đảng bộ xã tập trung xây dựng đội ngũ cán bộ đủ năng lực vận hành chính quyền địa phương hai cấp; đẩy mạnh chuyển đổi số trong giải quyết thủ tục hành chính; chú trọng phát triển đảng viên ở các bản vùng cao."),
          ("p", "Đại hội đã bầu Ban Chấp hành Đảng bộ xã khóa I gồm 25 đồng chí; bầu 18 đại biểu đi dự Đại hội đại biểu Đảng bộ tỉnh lần thứ XV. Đồng chí Lò Văn Khánh được bầu giữ chức Bí thư Đảng ủy xã nhiệm kỳ 2025 - 2030."),
          ("img", "/Uploads/images/2025/8/23/ban-chap-hanh-khoa-i-ra-mat.jpg", "Ban Chấp hành Đảng bộ xã Tân Uyên khóa I, nhiệm kỳ 2025 - 2030 ra mắt Đại hội")])
BY8 = "Quỳnh Anh (Văn phòng Đảng ủy xã Tân Uyên)"


def page08():
    pub = T("2025-08-24 10:25")
    site = "https://daihoi.laichau.dcs.vn"
    url = f"{site}/dai-hoi-dang-bo-cap-xa/dai-hoi-dai-bieu-dang-bo-xa-tan-uyen-lan-thu-i-nhiem-ky-2025-2030-thanh-cong-tot-dep-c218734.html"

    def img(s, c, n):
        return f'<div class="image-detail" style="text-align:center"><img src="{site}{s}" alt="{esc(c, True)}" /><p class="image-note"><em>{esc(c)}</em></p></div>'

    def main(rng, rl, rd):
        body = A8.render(p=jp, img=img, sep="")
        others = "".join(f'<li><a href="{site}/dai-hoi-dang-bo-cap-xa/{slug(t)}-c{rng.randint(218000, 218733)}.html">{esc(t)}</a> <span class="time">{dmy(d)} {hm(d)}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail-ct"><h1 class="title-detail">{esc(A8.title)}</h1>'
                f'<div class="meta-detail"><span class="date">Cập nhật: {dmy(pub)} {hm(pub)}</span> | <span class="view">Lượt xem: 1.245</span> <span class="font-size"><a href="#" data-size="-1">A-</a> <a href="#" data-size="1">A+</a></span></div>'
                f'<div class="sapo-detail"><strong>{esc(A8.lead)}</strong></div><div class="content-detail">{body}</div>'
                f'<div class="author-detail" style="text-align:right"><strong>{esc(BY8)}</strong></div>'
                f'<div class="tool-detail"><a href="#" onclick="window.print();return false">In bài</a> <a href="#">Gửi bài</a> <a href="#">Chia sẻ</a></div></div>'
                f'<div class="other-ct"><h3 class="other-title">Tin bài cùng chuyên mục</h3><ul>{others}</ul></div>')

    crumbs = '<ul class="breadcrumb-ct"><li><a href="/">Chuyên trang Đại hội</a></li><li><a href="/dai-hoi-dang-bo-cap-xa-c2144.html">Đại hội Đảng bộ cấp xã</a></li></ul>'

    def left(rng, pub_):
        dh = T("2025-09-05 08:00")
        days = (dh - pub_ - timedelta(days=1)).days + 1
        return f'<div class="countdown">Còn <b>{days}</b> ngày đến Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV, nhiệm kỳ 2025 - 2030 (khai mạc ngày 05/9/2025)</div>'

    def side(rng, pub_):
        prog = [("Xã Phong Thổ", "26/8/2025"), ("Xã Sìn Hồ", "27/8/2025"), ("Phường Tân Phong", "28/8/2025"), ("Xã Mường Tè", "29/8/2025")]
        pl = "".join(f'<tr><td>{esc(n)}</td><td>{d}</td></tr>' for n, d in prog)
        return (f'<div class="box-ct"><h3>Lịch đại hội cấp xã</h3><table class="lich-dh">{pl}</table></div>'
                + side_std(rng, pub_, "Tin nổi bật", fmt=lambda d: f"{dmy(d)} {hm(d)}", cls="box-ct noi-bat")
                + '<div class="box-ct"><h3>Văn kiện Đại hội</h3><ul><li><a href="#">Dự thảo Báo cáo chính trị trình Đại hội Đảng bộ tỉnh lần thứ XV</a></li><li><a href="#">Hướng dẫn góp ý dự thảo văn kiện</a></li></ul></div>'
                + poll("Đồng chí đã tham gia góp ý dự thảo văn kiện Đại hội qua hình thức nào?", ["Trực tiếp tại chi bộ", "Trên chuyên trang", "Qua thư điện tử"], "box-ct poll"))

    def top(rng, pub_):
        now = pub_ + timedelta(days=1, hours=1)
        return (f'<div class="container"><a href="/"><img src="/Content/chuyentrang/banner-dai-hoi-lai-chau.png" alt="Chuyên trang Đại hội Đảng bộ các cấp tiến tới Đại hội XIV của Đảng" /></a>'
                f'<div class="ct-date">{wd(now)}, {dmy(now)}</div></div>')

    head = og(A8.title, url, {"og:site_name": "Chuyên trang Đại hội - Đảng bộ tỉnh Lai Châu"}) + '<link href="/Content/chuyentrang/css/dai-hoi.css?v=2025" rel="stylesheet" /><script src="/Scripts/jquery.countdown.min.js"></script>'
    return page("s31-08", family="province_party_dcs_topic_site_congresses_commune_congress_cap_nhat_only_stamp",
                name="laichau-dangbo-dcs-vn-chuyen-trang-dai-hoi-countdown-bar-crumb-dai-hoi-dang-bo-cap-xa-h1-title-detail-cap-nhat-dd-mm-yyyy-hh-mm-luot-xem-bold-sapo-image-note-em-captions-bold-right-name-paren-unit",
                url=url, art=A8, main_fn=main, pub=pub, prefix="ct", kb=130,
                org="Chuyên trang Đại hội - Đảng bộ tỉnh Lai Châu", addr="Tỉnh ủy Lai Châu, phường Tân Phong, tỉnh Lai Châu", phone="0213.3876.512",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dcs_topic", "head_extra": head, "title": A8.title, "left": left},
                exp=expected(A8, iso(pub), author="Quỳnh Anh", unit="Văn phòng Đảng ủy xã Tân Uyên", category="Đại hội Đảng bộ cấp xã"),
                traps={"bylines": [BY8], "countdown": ["ngày đến Đại hội đại biểu Đảng bộ tỉnh Lai Châu lần thứ XV", "khai mạc ngày 05/9/2025"], "chrome": ["Lượt xem: 1.245", "Tin bài cùng chuyên mục", "Lịch đại hội cấp xã", "Văn kiện Đại hội", "In bài"], "related": lambda rl: rl[:5]},
                notes="A commune's PARTY CONGRESS on the '.dcs.vn' platform's TOPIC SITE (chuyên trang) for the 2025 congresses (a sub-domain 'daihoi.<province>.dcs.vn' with its own banner, a countdown bar, '-c<id>.html' URLs, h1.title-detail, div.sapo-detail, div.content-detail, div.author-detail; sets 28–30 had the platform's DetailView, portal and sub-site skins). The only stamp is labelled 'Cập nhật: 24/08/2025 10:25' (followed by 'Lượt xem: 1.245') → a page whose only stamp is 'Cập nhật' publishes with it: published 2025-08-24T10:25:00+07:00, updated null. The countdown bar ('Còn 11 ngày đến Đại hội … (khai mạc ngày 05/9/2025)') is a decoy, as are the congress days in the sapo (22 - 23/8) and the schedule of other communes' congresses. Lead: the bold sapo. Captions: two p.image-note <em>. Byline bold right after the text 'Quỳnh Anh (Văn phòng Đảng ủy xã Tân Uyên)' → author + unit. Category: crumb 'Chuyên trang Đại hội › Đại hội Đảng bộ cấp xã' → 'Đại hội Đảng bộ cấp xã'.",
                readme="the '.dcs.vn' platform's TOPIC SITE for the congresses (countdown bar, '-c<id>.html'), Đảng bộ tỉnh, a commune's PARTY CONGRESS: 'Cập nhật: 24/08/2025 10:25 | Lượt xem:' as the only stamp (publication), bold sapo (lead), p.image-note <em> captions, bold right 'Name (unit)', crumb 'Chuyên trang Đại hội › Đại hội Đảng bộ cấp xã'")


# ===================================================================== 9 Phường Hải Châu (Đà Nẵng): VHV CMS, the VIDEO detail module; '08g00, 03/03/2026'; 'Thực hiện:' + a body (unit only)
A9 = Art("Phường Hải Châu ra mắt mô hình “Tổ dân phố số”",
         "Ngày 2/3, UBND phường Hải Châu ra mắt mô hình “Tổ dân phố số” tại 12 tổ dân phố đầu tiên, giúp người dân tiếp cận dịch vụ công trực tuyến, thanh toán không dùng tiền mặt và phản ánh hiện trường qua ứng dụng.",
         [("p", "Mỗi “Tổ dân phố số” có một tổ công nghệ số cộng đồng gồm tổ trưởng tổ dân phố, đoàn viên thanh niên và công an khu vực, trực tiếp hướng dẫn người dân cài đặt, sử dụng ứng dụng định danh điện tử, Cổng dịch vụ công và ứng dụng phản ánh hiện trường của thành phố."),
          ("p", "Theo UBND phường, sau giai đoạn thí điểm, mô hình sẽ được nhân rộng ra toàn bộ 86 tổ dân phố trong năm 2026, phấn đấu 80% hồ sơ thủ tục hành chính của người dân trên địa bàn được nộp trực tuyến."),
          ("p", "Tại buổi ra mắt, phường đã trao tặng 12 bộ thiết bị phát wifi công cộng cho các tổ dân phố và tổ chức hướng dẫn trực tiếp cho hơn 200 người cao tuổi.")])


def hg(d):
    return f'{d.strftime("%Hg%M")}, {dmy(d)}'


def page09():
    pub = T("2026-03-03 08:00")
    site = "https://haichau.danang.gov.vn"
    url = f"{site}/video/phuong-hai-chau-ra-mat-mo-hinh-to-dan-pho-so.html"

    def main(rng, rl, rd):
        body = "".join(f"<p>{esc(t)}</p>" for t in A9.pars)
        more = "".join(f'<div class="col-md-6 video-item"><a href="/video/{slug(t)}.html"><img src="/upload/video/thumb/{hexid(rng, 24)}.jpg" alt="" /><span class="duration">0{rng.randint(2, 6)}:{rng.randint(10, 59)}</span></a><h3><a href="/video/{slug(t)}.html">{esc(t)}</a></h3><span class="time">{hg(d)}</span></div>' for t, d in zip(rl[:4], rd))
        vid = hexid(rng, 24)
        return (f'<div class="Video-Detail news-detail-video" data-id="{vid}">'
                f'<div class="video-player"><div class="player-title-bar"><span class="player-logo">HẢI CHÂU TV</span> <span class="player-title">Ra mắt mô hình Tổ dân phố số</span></div>'
                f'<video id="vhv-player-{vid[:8]}" controls preload="metadata" poster="/upload/video/poster/{vid}.jpg" width="100%"><source src="/upload/video/2026/03/{vid}.mp4" type="video/mp4" />Trình duyệt của bạn không hỗ trợ video.</video>'
                f'<div class="player-info"><span class="duration">Thời lượng: 03:45</span> <span class="views">1.036 lượt xem</span></div></div>'
                f'<h1 class="title-detail">{esc(A9.title)}</h1><div class="publish-date">{hg(pub)}</div>'
                f'<div class="brief">{esc(A9.lead)}</div><div class="content-detail">{body}</div>'
                f'<div class="author" style="text-align:right"><b>Thực hiện: Trung tâm Văn hóa, Thông tin và Thể thao phường Hải Châu</b></div>'
                f'<div class="share-tool">{share("share-vhv")}</div></div>'
                f'<div class="ModuleWrapper video-other"><h2 class="title-module">Video khác</h2><div class="row">{more}</div></div>')

    crumbs = ('<ol class="breadcrumb" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/video.html"><span itemprop="name">Video</span></a><meta itemprop="position" content="2" /></li>'
              '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/video/hoat-dong-phuong.html"><span itemprop="name">Hoạt động phường</span></a><meta itemprop="position" content="3" /></li></ol>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=hg, cls="box-vhv tin-moi")
                + '<div class="box-vhv"><h3>Lịch tiếp công dân</h3><p>Chủ tịch UBND phường tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai và thứ tư hằng tháng (ngày 12/3 và 26/3/2026).</p></div>'
                + '<div class="box-vhv"><h3>Bầu cử</h3><p>Còn 12 ngày đến ngày bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp (15/3/2026).</p></div>'
                + links_box(["Cổng TTĐT thành phố Đà Nẵng", "Dịch vụ công trực tuyến", "Góp ý Đà Nẵng", "Báo và PT-TH Đà Nẵng"], "Liên kết", "box-vhv lk"))

    def top(rng, pub_):
        now = pub_ + timedelta(hours=6, minutes=12)
        return (f'<div class="header-vhv"><a href="/"><img src="/upload/logo/logo-phuong-hai-chau.png" alt="Phường Hải Châu" /></a><div class="header-text">ĐẢNG BỘ - CHÍNH QUYỀN - NHÂN DÂN PHƯỜNG HẢI CHÂU</div>'
                f'<div class="clock">{hg(now)}</div></div>')

    head = (og(A9.title, url, {"og:type": "video.other", "og:video": f"{site}/upload/video/2026/03/clip.mp4"}) + '<script src="/3rdparty/jquery/jquery.min.js"></script><script src="/js/vhv/core.js"></script>'
            '<script>var VHV={site:{id:"5f1a2c3d4e5f6a7b8c9d0e1f",title:"Phường Hải Châu"},lang:"vi",module:"Video.Detail"};</script>')
    return page("s31-09", family="ward_portal_vhv_cms_video_detail_hour_g_minute_stamp_unit_only_credit",
                name="danang-haichau-phuong-vhv-cms-video-detail-module-player-title-bar-duration-breadcrumblist-video-hoat-dong-phuong-h1-title-detail-hhgmm-comma-dd-mm-yyyy-div-brief-lead-no-captions-thuc-hien-trung-tam-unit-only",
                url=url, art=A9, main_fn=main, pub=pub, prefix="vhv", kb=115,
                org="UBND phường Hải Châu, thành phố Đà Nẵng", addr="Số 85 đường Phan Châu Trinh, phường Hải Châu, thành phố Đà Nẵng", phone="0236.3821.556",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "vhv_video", "head_extra": head, "title": A9.title, "items": MENU_GOV},
                exp=expected(A9, iso(pub), unit="Trung tâm Văn hóa, Thông tin và Thể thao phường Hải Châu", category="Hoạt động phường", captions=[]),
                traps={"player": ["HẢI CHÂU TV", "Ra mắt mô hình Tổ dân phố số", "Thời lượng: 03:45", "1.036 lượt xem", "Trình duyệt của bạn không hỗ trợ video."],
                       "bylines": ["Thực hiện: Trung tâm Văn hóa, Thông tin và Thể thao phường Hải Châu"], "chrome": ["Video khác", "Lịch tiếp công dân", "Còn 12 ngày đến ngày bầu cử"], "related": lambda rl: rl[:4]},
                notes="A VIDEO item on a ward portal built on the VHV CMS (the Video.Detail module inside a ModuleWrapper / frameBound: a player with its own title bar, duration and view count, then h1.title-detail, div.publish-date, div.brief, div.content-detail; sets 28 and 30 had the article layouts type 2 and type 1). The stamp uses 'g' (giờ) between hour and minute: '08g00, 03/03/2026' → 2026-03-03T08:00:00+07:00 (NEW (set 31): 'HHgMM' is a time); the header clock, 'Tin mới' and the other videos print the same shape. Lead: div.brief. Body: the brief + three short paragraphs. The player's title bar ('HẢI CHÂU TV' / 'Ra mắt mô hình Tổ dân phố số' — a shorter title), the duration and view count are player chrome (set 24/26), not title, caption or body; no captions. The credit 'Thực hiện: Trung tâm Văn hóa, Thông tin và Thể thao phường Hải Châu' names a BODY, not a person → unit, author null (set 26: a signature naming a body is a unit; set 27: 'Thực hiện:' credits the maker; NEW (set 31)). Category: BreadcrumbList 'Trang chủ › Video › Hoạt động phường' → 'Hoạt động phường'. Decoys: the election countdown (15/3/2026), reception days, the video durations.",
                readme="VHV CMS's VIDEO detail module, a ward portal, a VIDEO item: '08g00, 03/03/2026' ('g' for giờ; header clock and lists in the same shape), the player's own title bar / duration (chrome), div.brief (lead), no captions, 'Thực hiện: <a centre>' (a body: unit only, no author), BreadcrumbList 'Video › Hoạt động phường'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
