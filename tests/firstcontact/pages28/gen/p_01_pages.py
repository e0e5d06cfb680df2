"""Set 28 pages 1-9: a realistic random sample weighted as the provincial Party system is built today, on the common
families in template variants and vendor versions sets 26-27 did not use (NukeViet 4.4 and 4.5 under provincial vendors'
restyled themes, NukeViet 3.4 on a commune sub-site, Liferay 6.2 with VNPT's vnpteportal news portlet, Liferay 6.1 with
EcoIT's CmsView portlet, Liferay DXP 7.4 with a web-content 'Sự kiện' template, SharePoint 2013 with the 'CQ' web
parts, SharePoint 2010 with the divArticleDescription template, DNN 7 with a local vendor's news module). All pages
are from after the July 2025 merger (two-level local government, new communes and wards, merged provinces).
Pages 3, 6 and 7 carry one TWIST each: portrait captions shaped like bylines at the end of the text, an EVENT date badge
in the place sets 26-27 printed the publication badge, and a pasted letter's own <h1> heading inside the body."""
import json
from datetime import timedelta, timezone

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads9, past, expected, slug, dump, hexid, alnum, b64blob, pad, menu, counter, ga, css, js, MENU
from .kit import rel, share, ticker, clock, schedule, links_box, poll, comments, jsonld, og, mk
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV, side_box
from .base import page, side_std, vb_box, crumb

UTC = timezone.utc


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def nv_crumbs(items):
    """NukeViet 4 breadcrumbs (schema.org data-vocabulary markup)."""
    li = "".join(f'<li id="brcr_{i}" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="{h}" itemprop="url" title="{esc(t, True)}"><span itemprop="title">{esc(t)}</span></a></li>'
                 for i, (t, h) in enumerate(items))
    return f'<div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a><ul class="breadcrumbs list-none">{li}</ul></div></div>'


def nv_related(rng, head, titles, dates, base, fmt=dmy):
    li = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{base}/{slug(t)}-{rng.randint(900, 1600)}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({fmt(d)})</em></li>' for t, d in zip(titles, dates))
    return f'<p class="h3"><strong>{esc(head)}</strong></p><div class="clearfix"><ul class="related list-items">{li}</ul></div>'


# ===================================================================== 1 Tỉnh ủy Gia Lai: NukeViet 4.4 (a vendor's restyled theme); full text of a SPEECH; 'Thứ sáu, dd/mm/yyyy, HH:MM (GMT+7)'
A1 = Art("Phát biểu của đồng chí Trương Minh Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy tại Lễ khai giảng năm học 2025 - 2026",
         "Sáng 5/9, đồng chí Trương Minh Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy dự Lễ khai giảng năm học 2025 - 2026 tại Trường THPT chuyên Lê Quý Đôn (phường Quy Nhơn). Trang Thông tin điện tử Đảng bộ tỉnh trân trọng giới thiệu toàn văn bài phát biểu của đồng chí.",
         [("p", "Kính thưa các đồng chí lãnh đạo tỉnh, lãnh đạo các sở, ngành và địa phương!"),
          ("p", "Thưa các thầy giáo, cô giáo, các bậc phụ huynh và các em học sinh thân mến!"),
          ("p", "Hôm nay, trong không khí phấn khởi của cả nước vừa long trọng kỷ niệm 80 năm Cách mạng Tháng Tám thành công và Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam, tôi rất vui mừng được về dự Lễ khai giảng năm học mới cùng thầy và trò Trường THPT chuyên Lê Quý Đôn. Thay mặt Ban Thường vụ Tỉnh ủy, tôi gửi tới các thầy giáo, cô giáo, các bậc phụ huynh và toàn thể các em học sinh lời thăm hỏi ân cần, lời chúc mừng tốt đẹp nhất."),
          ("p", "Năm học 2025 - 2026 là năm học đầu tiên tỉnh Gia Lai mới đi vào hoạt động sau khi hợp nhất, cũng là năm học đầu tiên ngành giáo dục vận hành theo mô hình chính quyền địa phương hai cấp. Toàn tỉnh hiện có hơn 1.500 trường học với gần 790.000 học sinh; quy mô lớn hơn, địa bàn rộng hơn, yêu cầu đặt ra cho công tác quản lý giáo dục vì thế cũng cao hơn."),
          ("p", "Trong năm học vừa qua, thầy và trò nhà trường đã giành 46 giải học sinh giỏi quốc gia, trong đó có 2 giải Nhất; 100% học sinh lớp 12 đỗ tốt nghiệp, nhiều em trúng tuyển vào các trường đại học hàng đầu trong nước và nhận học bổng du học. Tôi nhiệt liệt biểu dương những thành tích đáng tự hào đó."),
          ("p", "Thưa các đồng chí và các em học sinh!"),
          ("p", "Để thực hiện thắng lợi nhiệm vụ năm học mới, tôi đề nghị nhà trường tập trung làm tốt một số nội dung sau:"),
          ("p", "Thứ nhất, tiếp tục đổi mới mạnh mẽ phương pháp dạy và học theo Chương trình giáo dục phổ thông 2018, gắn dạy kiến thức với rèn luyện kỹ năng, nhất là kỹ năng số, ngoại ngữ và năng lực tự học; chú trọng giáo dục đạo đức, lối sống, lý tưởng cách mạng cho học sinh."),
          ("p", "Thứ hai, nâng cao chất lượng đội ngũ nhà giáo; quan tâm bồi dưỡng chuyên môn, tạo môi trường làm việc thuận lợi để các thầy cô yên tâm cống hiến. Nhà trường cần phát huy vai trò là trung tâm phát hiện, bồi dưỡng nhân tài của tỉnh."),
          ("p", "Thứ ba, đẩy mạnh chuyển đổi số trong quản lý và giảng dạy, khai thác hiệu quả hệ thống học liệu điện tử; phối hợp chặt chẽ giữa nhà trường, gia đình và xã hội trong giáo dục học sinh."),
          ("p", "Tôi đề nghị các sở, ngành, địa phương tiếp tục quan tâm đầu tư cơ sở vật chất, trang thiết bị dạy học; có chính sách thu hút, giữ chân giáo viên giỏi; bảo đảm mọi học sinh, nhất là học sinh vùng đồng bào dân tộc thiểu số, vùng khó khăn được đến trường đầy đủ."),
          ("p", "Các em học sinh thân mến! Các em hãy luôn ghi nhớ lời căn dặn của Chủ tịch Hồ Chí Minh, chăm chỉ học tập, rèn luyện, nuôi dưỡng ước mơ, hoài bão để trở thành những công dân có ích, góp phần xây dựng quê hương Gia Lai ngày càng giàu đẹp."),
          ("p", "Nhân dịp này, tôi xin chúc các thầy giáo, cô giáo, các bậc phụ huynh và các em học sinh mạnh khỏe, hạnh phúc; chúc Trường THPT chuyên Lê Quý Đôn năm học mới đạt nhiều thành tích xuất sắc."),
          ("p", "Xin trân trọng cảm ơn!")])
CAP1 = "Đồng chí Trương Minh Khải, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy phát biểu tại Lễ khai giảng"


def page01():
    pub = T("2025-09-05 11:45")
    base = "https://tinhuygialai.vn/vi/news"
    url = f"{base}/hoat-dong-lanh-dao/phat-bieu-cua-dong-chi-truong-minh-khai-uy-vien-trung-uong-dang-bi-thu-tinh-uy-tai-le-khai-giang-nam-hoc-2025-2026-1532.html"
    stamp = f"{wd(pub, lower=True)}, {dmy(pub)}, {hm(pub)} (GMT+7)"

    def main(rng, rl, rd):
        body = A1.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
        newer = heads9(rng, 3, avoid=[A1.title])
        nd = sorted((pub + timedelta(days=rng.randint(1, 6), hours=rng.randint(0, 5)) for _ in newer), reverse=True)
        event = ["Lễ khai giảng năm học mới tại các trường học trên địa bàn tỉnh", "Ngành Giáo dục Gia Lai sẵn sàng cho năm học 2025 - 2026", "Tặng 2.000 suất học bổng cho học sinh vùng khó khăn"]
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<div class="row margin-bottom-lg"><div class="col-md-12"><span class="h5"><em class="fa fa-calendar">&nbsp;</em>{esc(stamp[0].upper() + stamp[1:])}</span></div>'
                f'<div class="col-md-12"><ul class="list-inline text-right"><li><a class="dimgray" rel="nofollow" title="Nghe đọc bài viết" href="#" onclick="nv_tts(1532);return false;"><em class="fa fa-volume-up fa-lg">&nbsp;</em>Nghe đọc</a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse(\'{base}/sendmail/hoat-dong-lanh-dao/1532.html\',\'\',650,500,\'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'{base}/print/hoat-dong-lanh-dao/1532.html\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{base}/savefile/hoat-dong-lanh-dao/1532.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li></ul></div></div>'
                f'<div class="clearfix"><figure class="article center pointer" onclick="modalShowByObj(\'#imgpreview\');"><div id="imgpreview" style="width:780px"><p class="text-center"><img alt="{esc(CAP1, True)}" src="/uploads/news/2025_09/bi-thu-phat-bieu-khai-giang.jpg" width="780" class="img-thumbnail"/></p>'
                f'<figcaption>{esc(CAP1)}</figcaption></div></figure>'
                f'<div class="hometext m-bottom"><em>{esc(A1.lead)}</em></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng Tỉnh ủy</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a title="khai giảng" href="{base}/tag/khai-giang"><em>khai giảng</em></a>, <a title="năm học 2025 - 2026" href="{base}/tag/nam-hoc-2025-2026"><em>năm học 2025 - 2026</em></a>, <a title="Bí thư Tỉnh ủy" href="{base}/tag/bi-thu-tinh-uy"><em>Bí thư Tỉnh ủy</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><form id="form3B" action=""><div class="h5 clearfix"><p id="stringrating">Tổng số điểm của bài viết là: 35 trong 7 đánh giá</p>'
                f'<span itemscope itemtype="https://schema.org/AggregateRating"><span class="hide" itemprop="itemReviewed">{esc(A1.title)}</span> Xếp hạng: <span id="numberrating" itemprop="ratingValue">5</span> - <span id="click_rating" itemprop="ratingCount">7</span> phiếu bầu</span></div></form></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                + nv_related(rng, "Theo dòng sự kiện", event, past(pub, rng, 3, 0, 4), base + "/giao-duc")
                + nv_related(rng, "Những tin mới hơn", newer, nd, base + "/hoat-dong-lanh-dao")
                + nv_related(rng, "Những tin cũ hơn", rl[:5], rd, base + "/hoat-dong-lanh-dao")
                + '</div></div>')

    crumbs = nv_crumbs([("Trang nhất", "/vi/"), ("Tin tức - Sự kiện", "/vi/news/"), ("Hoạt động lãnh đạo", "/vi/news/hoat-dong-lanh-dao/")])

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: dmy(d), cls="panel panel-primary tin-doc-nhieu")
                + schedule(rng, pub_ + timedelta(days=2), "Lịch công tác Thường trực Tỉnh ủy", "panel lich-ct")
                + vb_box(["Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo", "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030",
                          "Kế hoạch tuyên truyền kỷ niệm các ngày lễ lớn năm 2025"], "Văn bản mới", "panel vb-moi")
                + '<div class="panel banner-right"><a href="https://baochinhphu.example"><img src="/uploads/banner/2025_08/banner-80-nam-quoc-khanh.jpg" alt="80 năm Quốc khánh" /></a></div>')

    def top(rng, pub_):
        today = pub_ + timedelta(days=3)
        return (f'<div class="col-xs-24 col-sm-16 col-md-16"><div class="logo"><a title="Đảng bộ tỉnh Gia Lai" href="/vi/"><img src="/uploads/logo-tinhuy-gl.png" width="600" height="110" alt="Đảng bộ tỉnh Gia Lai" /></a></div></div>'
                f'<div class="col-xs-24 col-sm-8 col-md-8"><div class="header-today"><em class="fa fa-calendar">&nbsp;</em>{wd(today)}, ngày {dmy(today)}</div>'
                f'<div class="headerSearch"><div class="input-group"><input type="text" class="form-control" maxlength="60" placeholder="Tìm kiếm..."><span class="input-group-btn"><button type="button" class="btn btn-info" data-url="/vi/seek/?q=" data-minlength="3" data-click="y"><em class="fa fa-search fa-lg"></em></button></span></div></div></div>')

    head = (og(A1.title, url, {"og:site_name": "Đảng bộ tỉnh Gia Lai", "og:description": A1.lead[:150], "article:published_time": pub.strftime("%Y-%m-%dT%H:%M:%S+07:00")})
            + '<meta name="generator" content="NukeViet v4.4" /><link rel="StyleSheet" href="/themes/tinhuy_gl/css/bootstrap.min.css"><link rel="StyleSheet" href="/themes/tinhuy_gl/css/style.css"><link rel="StyleSheet" href="/themes/tinhuy_gl/css/news.css">'
            + '<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Gl7a2",nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script>'
            + '<script src="/assets/js/jquery/jquery.min.js"></script><script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/tinhuy_gl/js/main.js"></script>')
    return page("s28-01", family="province_party_nukeviet44_restyled_speech_full_text_gmt7_stamp",
                name="gialai-tinhuy-nukeviet44-vendor-restyled-theme-brcr-trang-nhat-hoat-dong-lanh-dao-h1-title-weekday-lower-dd-mm-yyyy-comma-hh-mm-gmt7-figure-figcaption-italic-hometext-lead-speech-kinh-thua-salutations-nguon-tin-van-phong-no-author",
                url=url, art=A1, main_fn=main, pub=pub, prefix="nv", kb=205,
                org="Đảng bộ tỉnh Gia Lai", addr="Số 01 đường Trần Phú, phường Quy Nhơn, tỉnh Gia Lai", phone="0256.3822.512",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nukeviet4", "head_extra": head, "title": A1.title + " - Tin tức - Đảng bộ tỉnh Gia Lai", "lang": "vi"},
                exp=expected(A1, iso(pub), category="Hoạt động lãnh đạo", captions=[CAP1]),
                traps={"source": ["Nguồn tin:"], "chrome": ["Nghe đọc", "Tổng số điểm của bài viết là: 35 trong 7 đánh giá", "Theo dòng sự kiện", "Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:", "Lịch công tác Thường trực Tỉnh ủy"],
                       "event_line": ["Ngành Giáo dục Gia Lai sẵn sàng cho năm học 2025 - 2026"], "related": lambda rl: rl[:5]},
                notes="The FULL TEXT OF A SPEECH on a Tỉnh ủy portal built on NukeViet 4.4 with a provincial vendor's restyled theme (the default theme's classes kept: news_column panels, h1.title, span.h5 stamp, figure.article, div.hometext, #news-bodyhtml.bodytext, p.h5.text-right source line, 'Theo dòng sự kiện' / 'Những tin mới hơn' / 'Những tin cũ hơn'). Stamp: 'Thứ sáu, 05/09/2025, 11:45 (GMT+7)' (the theme capitalises the weekday's first letter and appends the zone) → 2025-09-05T11:45:00+07:00. Lead: the italic hometext (the editors' introduction '… trân trọng giới thiệu toàn văn bài phát biểu của đồng chí'). Body: the speech as printed, salutations ('Kính thưa …', 'Thưa …') and the closing 'Xin trân trọng cảm ơn!' included — they are the speech's own words. The speaker is named in the headline and the sapo; nothing signs the item → author null (the speaker is the subject of the item, not its writer; a byline or a 'Tác giả:' line would be needed). 'Nguồn tin: Văn phòng Tỉnh ủy' is NukeViet's SOURCE field → not a unit (set 13). The lead image (figure.article) has a figcaption → one caption. Crumb 'Trang nhất › Tin tức - Sự kiện › Hoạt động lãnh đạo' → category. Related lists carry their own '(dd/mm/yyyy)' dates, some later than the item ('Những tin mới hơn').",
                readme="NukeViet 4.4 (vendor-restyled theme) Tỉnh ủy, the FULL TEXT OF A SPEECH: 'Thứ sáu, 05/09/2025, 11:45 (GMT+7)' (zone suffix), italic hometext introduction = lead, salutations and closing kept as body, the speaker named only in the title and sapo (no author), 'Nguồn tin: Văn phòng Tỉnh ủy' (source, not unit), figure.article figcaption, 'Theo dòng sự kiện' + newer/older lists")


# ===================================================================== 2 Đảng ủy xã Tân Dương (Lào Cai): NukeViet 3.4 commune sub-site; a NEWS BRIEF (tin vắn, 3 paragraphs); small page; 'Cập nhật lúc: HH:MM |dd/mm/yyyy' the only stamp
A2 = Art("Đảng ủy xã Tân Dương học tập, quán triệt Nghị quyết Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030",
         None,
         [("p", "Chiều 15/10, Đảng ủy xã Tân Dương tổ chức hội nghị học tập, quán triệt, triển khai thực hiện Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Lào Cai nhiệm kỳ 2025 - 2030 cho hơn 320 cán bộ, đảng viên của 24 chi bộ trực thuộc."),
          ("p", "Tại hội nghị, đồng chí Bàn Văn Thịnh, Bí thư Đảng ủy xã đã truyền đạt những nội dung cơ bản của Nghị quyết, trong đó nhấn mạnh 3 đột phá chiến lược và 24 chỉ tiêu chủ yếu của tỉnh; đồng thời gợi mở những nhiệm vụ xã cần cụ thể hóa, nhất là phát triển vùng quế, vùng chè tập trung gắn với du lịch cộng đồng."),
          ("p", "Sau hội nghị, Đảng ủy xã yêu cầu các chi bộ tổ chức quán triệt đến 100% đảng viên, xây dựng chương trình hành động thực hiện Nghị quyết, hoàn thành trước ngày 30/11/2025.")])


def page02():
    pub = T("2025-10-16 15:12")
    rng = __import__("random").Random("s28-02")
    site = "https://laocai.dcs.vn/xa/tanduong"
    url = f"{site}/news/Tin-van/Dang-uy-xa-Tan-Duong-hoc-tap-quan-triet-Nghi-quyet-Dai-hoi-dai-bieu-Dang-bo-tinh-nhiem-ky-2025-2030-482/"
    body = A2.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
    newer = heads9(rng, 2, avoid=[A2.title])
    older = heads9(rng, 5, avoid=[A2.title] + newer)
    nd = [pub + timedelta(days=2, hours=1), pub + timedelta(days=1, hours=3)]
    od = past(pub, rng, 5, 1, 20)

    def rlist(ts, ds):
        return "".join(f'<li><a title="{esc(t, True)}" href="{site}/news/Tin-van/{slug(t)[:50]}-{rng.randint(400, 481)}/">{esc(t)}</a> <span class="small">({dmy(d)})</span></li>' for t, d in zip(ts, ds))
    cats = "".join(f'<li><a href="{site}/news/{slug(c)}/">{esc(c)}</a></li>' for c in ["Tin hoạt động", "Tin vắn", "Xây dựng Đảng", "Văn bản", "Gương điển hình"])
    html = (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            f'<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />\n'
            f'<title>{esc(A2.title)} - Tin vắn - Đảng ủy xã Tân Dương</title>\n<meta name="generator" content="NukeViet v3.4" />\n'
            f'<link rel="stylesheet" type="text/css" href="/themes/xa_default/css/layout.css" />\n<link rel="stylesheet" type="text/css" href="/themes/xa_default/css/news.css" />\n'
            f'<script type="text/javascript">\n//<![CDATA[\nvar nv_siteroot="/xa/tanduong/",nv_sitelang="vi",nv_name_variable="nv",nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv3c_Td482",nv_area_admin=0;\n//]]>\n</script>\n'
            f'<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>\n<script type="text/javascript" src="/js/global.js"></script>\n<!--PAD-->\n</head>\n<body>\n'
            f'<div id="container"><div id="header"><div class="logo"><a href="{site}/" title="Đảng ủy xã Tân Dương"><img src="/xa/tanduong/images/banner.jpg" alt="Đảng ủy xã Tân Dương" width="980" height="120" /></a></div>'
            f'<div class="today">Thứ Bảy, 18/10/2025</div></div>\n'
            f'<div id="topnav"><ul class="nav"><li><a href="{site}/">Trang chủ</a></li><li><a href="{site}/about/">Giới thiệu</a></li><li class="current"><a href="{site}/news/">Tin tức</a></li><li><a href="{site}/laws/">Văn bản</a></li><li><a href="https://laocai.dcs.vn/">Cổng TTĐT Đảng bộ tỉnh</a></li></ul></div>\n'
            f'<div id="body"><div class="col-a1"><div class="box"><div class="box-title">Chuyên mục</div><ul class="cat">{cats}</ul></div></div>\n'
            f'<div class="col-a2"><div class="breadcrumbs"><a href="{site}/">Trang chủ</a> » <a href="{site}/news/">Tin tức</a> » <a href="{site}/news/Tin-van/">Tin vắn</a></div>\n'
            f'<div id="news_detail"><h1>{esc(A2.title)}</h1>\n<span class="time">Cập nhật lúc: {hm(pub)} |{dmy(pub)}</span>\n'
            f'<div class="control"><ul><li><a class="sendmail" title="Gửi bài viết qua email" href="javascript:void(0);">Gửi bài viết qua email</a></li><li><a class="print" title="In bài viết" href="javascript:void(0);">In bài viết</a></li><li><a class="savefile" title="Lưu bài viết này" href="{site}/news/savefile/Tin-van/482/">Lưu bài viết này</a></li></ul></div>\n'
            f'<div class="clear"></div>\n<div class="bodytext">{body}</div>\n<p style="text-align: right;"><strong>Hoàng Dung</strong></p>\n</div>\n'
            f'<div class="other-news"><h4>Những tin mới hơn</h4><ul class="related">{rlist(newer, nd)}</ul><h4>Những tin cũ hơn</h4><ul class="related">{rlist(older, od)}</ul></div></div>\n'
            f'<div class="col-a3"><div class="box"><div class="box-title">Liên kết</div><ul><li><a href="https://laocai.dcs.vn/">Đảng bộ tỉnh Lào Cai</a></li><li><a href="https://baolaocai.example/">Báo Lào Cai</a></li></ul></div>'
            f'<div class="box"><div class="box-title">Thống kê truy cập</div><ul class="counter">{counter(rng)}</ul></div></div><div class="clear"></div></div>\n'
            f'<div id="footer"><p><strong>ĐẢNG ỦY XÃ TÂN DƯƠNG</strong></p><p>Địa chỉ: Thôn Tân An, xã Tân Dương, tỉnh Lào Cai - Điện thoại: 0214.3887.126</p><p>Trang thông tin thuộc Cổng Thông tin điện tử Đảng bộ tỉnh Lào Cai</p></div></div>\n'
            f'<script type="text/javascript">{js(rng, 12, "nv")}</script>\n</body>\n</html>\n')
    html = pad(html, rng, 46, prefix="nv3")
    exp = expected(A2, iso(pub), author="Hoàng Dung", category="Tin vắn", lead=None)
    return mk("commune_party_nukeviet34_news_brief_small_page",
              "laocai-tanduong-danguyxa-nukeviet34-commune-subsite-xhtml-three-cols-text-crumb-tin-van-div-news-detail-h1-span-time-cap-nhat-luc-hh-mm-pipe-dd-mm-yyyy-no-space-news-brief-three-paragraphs-no-lead-no-pictures-bold-right-name-only-small",
              url, html, exp,
              {"chrome": ["Gửi bài viết qua email", "In bài viết", "Lưu bài viết này", "Những tin mới hơn", "Những tin cũ hơn", "Cổng TTĐT Đảng bộ tỉnh"],
               "related": newer + older[:3], "header_clock": ["Thứ Bảy, 18/10/2025"]},
              "A NEWS BRIEF (tin vắn: three paragraphs, no sapo, no picture) on a commune Đảng ủy's sub-site of its province's NukeViet 3.4 portal (/xa/tanduong/, XHTML 1.0, three floated columns; div#news_detail > h1, span.time, div.control, div.bodytext). A SMALL page (46 KB). The only stamp is span.time 'Cập nhật lúc: 15:12 |16/10/2025' — the 'Cập nhật' label and the pipe glued to the date (no space after it) are the theme's; a page whose only stamp is labelled 'Cập nhật' publishes with it → published 2025-10-16T15:12:00+07:00, updated null. The header clock 'Thứ Bảy, 18/10/2025' is the crawl day. Category: the text crumb 'Trang chủ » Tin tức » Tin vắn' → 'Tin vắn'. Byline: bold right 'Hoàng Dung' (a name only) → author, no unit. The deadline '30/11/2025' inside the text is the text's.",
              "NukeViet 3.4 commune sub-site, a NEWS BRIEF (small page, three paragraphs, no lead, no picture): the only stamp 'Cập nhật lúc: 15:12 |16/10/2025' (pipe glued to the date) publishes, text crumb 'Tin vắn', bold right name-only byline",
              min_kb=35)


# ===================================================================== 3 Ban Tổ chức Tỉnh ủy Phú Thọ: NukeViet 4.5, restyled theme with the author in the meta row; APPOINTMENTS; TWIST portrait captions shaped like bylines end the text
A3 = Art("Ban Thường vụ Tỉnh ủy trao quyết định điều động, bổ nhiệm cán bộ",
         "Chiều 6/10, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố, trao các quyết định về công tác cán bộ. Đồng chí Lê Minh Chuẩn, Phó Bí thư Thường trực Tỉnh ủy dự và trao quyết định.",
         [("p", "Tại hội nghị, lãnh đạo Ban Tổ chức Tỉnh ủy đã công bố các quyết định của Ban Thường vụ Tỉnh ủy về điều động, bổ nhiệm cán bộ, cụ thể như sau:"),
          ("ul", ["Đồng chí Nguyễn Thế Vinh, Phó Trưởng Ban Tổ chức Tỉnh ủy được điều động, chỉ định tham gia Ban Chấp hành, Ban Thường vụ và giữ chức Bí thư Đảng ủy xã Tam Nông, nhiệm kỳ 2025 - 2030.",
                  "Đồng chí Đinh Thị Lan, Trưởng phòng Tổ chức cán bộ, Sở Nội vụ được điều động, bổ nhiệm giữ chức Phó Trưởng Ban Tổ chức Tỉnh ủy.",
                  "Đồng chí Hà Văn Quyết, Chánh Văn phòng Đảng ủy phường Hòa Bình được điều động, bổ nhiệm giữ chức Phó Chánh Văn phòng Tỉnh ủy."]),
          ("p", "Các quyết định có hiệu lực kể từ ngày 10/10/2025."),
          ("img", "/uploads/news/2025_10/trao-quyet-dinh-can-bo.jpg", "Đồng chí Lê Minh Chuẩn, Phó Bí thư Thường trực Tỉnh ủy trao quyết định và tặng hoa chúc mừng các đồng chí được điều động, bổ nhiệm"),
          ("p", "Phát biểu giao nhiệm vụ, đồng chí Phó Bí thư Thường trực Tỉnh ủy chúc mừng các đồng chí được tin tưởng giao nhiệm vụ mới; đề nghị các đồng chí nhanh chóng tiếp cận công việc, phát huy kinh nghiệm, đoàn kết cùng tập thể lãnh đạo hoàn thành tốt nhiệm vụ, nhất là trong giai đoạn đầu vận hành bộ máy sau sắp xếp."),
          ("p", "Thay mặt các đồng chí được điều động, bổ nhiệm, đồng chí Nguyễn Thế Vinh cảm ơn sự tin tưởng của Ban Thường vụ Tỉnh ủy; hứa sẽ không ngừng học tập, rèn luyện, nỗ lực cao nhất để hoàn thành tốt nhiệm vụ được giao."),
          ("img", "/uploads/news/2025_10/chan-dung-nguyen-the-vinh.jpg", "Nguyễn Thế Vinh - Bí thư Đảng ủy xã Tam Nông"),
          ("img", "/uploads/news/2025_10/chan-dung-dinh-thi-lan.jpg", "Đinh Thị Lan - Phó Trưởng Ban Tổ chức Tỉnh ủy"),
          ("img", "/uploads/news/2025_10/chan-dung-ha-van-quyet.jpg", "Hà Văn Quyết - Phó Chánh Văn phòng Tỉnh ủy")])


def page03():
    pub = T("2025-10-06 16:20")
    base = "https://bantochuc.phutho.dcs.vn/news"
    url = f"{base}/cong-tac-can-bo/ban-thuong-vu-tinh-uy-trao-quyet-dinh-dieu-dong-bo-nhiem-can-bo-2217.html"

    def img(s, c, n):
        if n == 1:
            return (f'<p style="text-align: center;"><img alt="" height="467" src="{s}" width="700" /></p>'
                    f'<p style="text-align: center;"><em>{esc(c)}</em></p>')
        return (f'<p style="text-align: center;"><img alt="" height="300" src="{s}" width="225" /></p>'
                f'<p style="text-align: center;"><strong>{esc(c)}</strong></p>')

    def main(rng, rl, rd):
        body = A3.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img,
                         ul=lambda items: '<ul>' + "".join(f'<li style="text-align: justify;">{esc(i)}</li>' for i in items) + '</ul>')
        return (f'<div class="news_column panel panel-default"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A3.title)}</h1>'
                f'<ul class="list-inline news-meta margin-bottom-lg"><li><em class="fa fa-user-o">&nbsp;</em>Tác giả: Hồng Nhung</li>'
                f'<li><em class="fa fa-clock-o">&nbsp;</em>{dmy(pub)} | {hm(pub)}</li><li><em class="fa fa-eye">&nbsp;</em>642</li>'
                f'<li class="pull-right"><a class="dimgray" rel="nofollow" title="In ra" href="{base}/print/cong-tac-can-bo/2217.html"><em class="fa fa-print fa-lg"></em></a> <a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="{base}/savefile/cong-tac-can-bo/2217.html"><em class="fa fa-save fa-lg"></em></a></li></ul>'
                f'<div class="clearfix"><div class="hometext m-bottom"><strong>{esc(A3.lead)}</strong></div></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tổ chức Tỉnh ủy</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                + nv_related(rng, "Tin cùng chuyên mục", rl[:6], rd, base + "/cong-tac-can-bo")
                + '</div></div>')

    crumbs = nv_crumbs([("Trang nhất", "/"), ("Công tác tổ chức", "/news/cong-tac-to-chuc/"), ("Công tác cán bộ", "/news/cong-tac-can-bo/")])

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới", fmt=lambda d: f"{dmy(d)} | {hm(d)}", cls="panel tin-moi")
                + vb_box(["Quy định số 368-QĐ/TW về danh mục vị trí chức danh, nhóm chức danh, chức vụ lãnh đạo", "Hướng dẫn của Ban Tổ chức Tỉnh ủy về quy trình điều động, bổ nhiệm cán bộ sau sắp xếp",
                          "Quy chế làm việc của Ban Tổ chức Tỉnh ủy nhiệm kỳ 2025 - 2030"], "Văn bản - Hướng dẫn nghiệp vụ", "panel vb-moi")
                + '<div class="panel hoi-dap-nghiep-vu"><div class="panel-heading">Hỏi đáp nghiệp vụ</div><div class="panel-body"><p>Đảng viên chuyển sinh hoạt đảng khi sắp xếp đơn vị hành chính cần những thủ tục gì?</p><a href="/hoi-dap">Xem trả lời</a></div></div>')

    def top(rng, pub_):
        today = pub_ + timedelta(days=1)
        return (f'<div class="col-md-18"><a href="/" title="Ban Tổ chức Tỉnh ủy Phú Thọ"><img src="/themes/btc_pt/images/banner.png" alt="Ban Tổ chức Tỉnh ủy Phú Thọ" width="760" height="100" /></a></div>'
                f'<div class="col-md-6 text-right"><span class="today">{wd(today)}, {dmy(today)}</span></div>')

    head = ('<meta name="generator" content="NukeViet v4.5" /><link rel="StyleSheet" href="/themes/btc_pt/css/bootstrap.non-responsive.css"><link rel="StyleSheet" href="/themes/btc_pt/css/style.css">'
            + og(A3.title, url, {"og:site_name": "Ban Tổ chức Tỉnh ủy Phú Thọ", "og:description": A3.lead[:140]})
            + '<script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_module_name="news",nv_func_name="detail",nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="nv4c_Pt91x";</script>')
    return page("s28-03", family="organisation_board_nukeviet45_appointments_portrait_captions_shaped_like_bylines",
                name="phutho-btctu-nukeviet45-restyled-meta-row-tac-gia-name-dd-mm-yyyy-pipe-hh-mm-bold-hometext-lead-ul-decisions-event-photo-em-caption-three-portraits-bold-centred-name-dash-post-captions-end-the-text-nguon-tin-ban",
                url=url, art=A3, main_fn=main, pub=pub, prefix="btc", kb=165,
                org="Ban Tổ chức Tỉnh ủy Phú Thọ", addr="Số 1 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.155",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nukeviet4", "head_extra": head, "title": A3.title + " - Công tác cán bộ - Ban Tổ chức Tỉnh ủy Phú Thọ"},
                exp=expected(A3, iso(pub), author="Hồng Nhung", category="Công tác cán bộ"),
                traps={"portrait_captions_not_bylines": ["Hà Văn Quyết - Phó Chánh Văn phòng Tỉnh ủy", "Đinh Thị Lan - Phó Trưởng Ban Tổ chức Tỉnh ủy"],
                       "source": ["Nguồn tin:"], "chrome": ["Tin cùng chuyên mục", "Hỏi đáp nghiệp vụ", "Văn bản - Hướng dẫn nghiệp vụ"], "related": lambda rl: rl[:5]},
                notes="TWIST: an APPOINTMENTS item (the Ban Thường vụ's decisions on cadres) on a Ban Tổ chức site built on NukeViet 4.5 with a restyled theme that moves the author to a meta row under the title: 'Tác giả: Hồng Nhung | 06/10/2025 | 16:20 | 642' → author 'Hồng Nhung' (no unit), published 2025-10-06T16:20. The text ENDS with the three portraits of the appointees, each an image followed by a centred BOLD line 'Name - Post' ('Nguyễn Thế Vinh - Bí thư Đảng ủy xã Tam Nông', 'Đinh Thị Lan - Phó Trưởng Ban Tổ chức Tỉnh ủy', 'Hà Văn Quyết - Phó Chánh Văn phòng Tỉnh ủy'): the last thing in the content is therefore a short bold 'Name - Unit'-shaped line, exactly the shape of a closing byline 'Name - Unit' (sets 26-27 printed such signatures bold under the text). They are the CAPTIONS of the portraits (each names the person in the picture) → four captions in all (the event photo's italic caption, then the three portraits), and none of them is the author. An extractor that takes the last short 'Name - Unit' line as the byline stores 'Hà Văn Quyết' / 'Phó Chánh Văn phòng Tỉnh ủy' as author and unit, silently. The decisions are a <ul> (one paragraph each). Lead: the bold hometext. 'Nguồn tin: Ban Tổ chức Tỉnh ủy' is the source field. Crumb 'Trang nhất › Công tác tổ chức › Công tác cán bộ' → category. The effective date '10/10/2025' inside the text is the decisions'.",
                readme="TWIST the text ENDS with three portraits whose captions are centred bold 'Name - Post' lines ('Hà Văn Quyết - Phó Chánh Văn phòng Tỉnh ủy'), shaped exactly like a closing 'Name - Unit' byline → they are captions; the author is the meta row's 'Tác giả: Hồng Nhung'; NukeViet 4.5 restyled Ban Tổ chức APPOINTMENTS: 'dd/mm/yyyy | HH:MM' in the meta row, bold hometext lead, <ul> of decisions, 'Nguồn tin:' source")


# ===================================================================== 4 Tỉnh ủy Lâm Đồng: Liferay 6.2 + VNPT vnpteportal news portlet; an OBITUARY notice; 'Thứ Bẩy, ngày dd/mm/yyyy HH:MM'
A4 = Art("Tin buồn: Đồng chí Phạm Đình Khiêm, nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch HĐND tỉnh từ trần",
         None,
         [("img", "/documents/10181/0/chan-dung-dong-chi-pham-dinh-khiem.jpg", "Đồng chí Phạm Đình Khiêm (1941 - 2026)"),
          ("p", "Ban Thường vụ Tỉnh ủy, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Lâm Đồng và gia đình vô cùng thương tiếc báo tin:"),
          ("p", "Đồng chí PHẠM ĐÌNH KHIÊM"),
          ("p", "Sinh ngày 12/3/1941; quê quán: xã Nghĩa Hưng, tỉnh Ninh Bình; trú quán: phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng."),
          ("p", "Nguyên Phó Bí thư Tỉnh ủy, nguyên Chủ tịch HĐND tỉnh Lâm Đồng; Huân chương Độc lập hạng Nhì, Huân chương Kháng chiến hạng Nhất, Huy hiệu 60 năm tuổi Đảng."),
          ("p", "Do tuổi cao, sức yếu, mặc dù đã được các bác sĩ tận tình cứu chữa, gia đình hết lòng chăm sóc, nhưng đồng chí đã từ trần hồi 14 giờ 20 phút, ngày 02/01/2026 (tức ngày 14 tháng 11 năm Ất Tỵ), hưởng thọ 85 tuổi."),
          ("p", "Lễ viếng đồng chí Phạm Đình Khiêm được tổ chức từ 7 giờ 00 đến 12 giờ 30 ngày 04/01/2026 tại Nhà tang lễ tỉnh (số 8 đường Đống Đa, phường Xuân Hương - Đà Lạt). Lễ truy điệu lúc 13 giờ 00 cùng ngày; an táng tại Nghĩa trang Đà Lạt."),
          ("p", "Ban Lễ tang gồm 9 đồng chí, do đồng chí Trần Quang Vinh, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng ban.")])
STAMP4_WD = "Thứ Bẩy"  # the portal's own spelling of Saturday (the standard form is 'Thứ Bảy')


def page04():
    pub = T("2026-01-03 06:40")
    assert pub.weekday() == 5
    url = "https://lamdong.dcs.vn/web/guest/thong-tin-thong-bao/-/dsnews/view/tin-buon-dong-chi-pham-dinh-khiem-nguyen-pho-bi-thu-tinh-uy-nguyen-chu-tich-hdnd-tinh-tu-tran"

    def img(s, c, n):
        return (f'<p style="text-align: center;"><img alt="" src="{s}" style="width: 320px; height: 420px;" /></p>'
                f'<p style="text-align: center;"><span style="color:#0000ff;"><i>{esc(c)}</i></span></p>')

    def main(rng, rl, rd):
        body = A4.render(p=lambda t: (f'<p style="text-align: center;"><strong>{esc(t)}</strong></p>' if t.isupper() or t.startswith("Đồng chí PHẠM") else f'<p style="text-align: justify;">{esc(t)}</p>'), img=img)
        heading = '<p style="text-align: center;"><span style="font-size:20px;"><strong>TIN BUỒN</strong></span></p>'
        others = "".join(f'<li><a href="/web/guest/thong-tin-thong-bao/-/dsnews/view/{slug(t)[:60]}">{esc(t)}</a> <span class="date-other">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="portlet-title-default"><span class="portlet-title-text">Xuất bản thông tin</span></div>'
                f'<div class="breadcrumb-news"><a href="/web/guest/trang-chu">Trang chủ</a> <span class="divider">›</span> <a href="/web/guest/thong-tin-thong-bao">Thông tin - Thông báo</a></div>'
                f'<div class="dsnews-detail"><div class="news-title"><h2 class="title">{esc(A4.title)}</h2></div>'
                f'<div class="news-date"><i class="icon-calendar"></i> {STAMP4_WD}, ngày {dmy(pub)} {hm(pub)}</div>'
                f'<div class="social-panel"><span class="mail_icon"><a href="#" onclick="sendMail();return false;">Email</a></span> <a href="javascript:void(0)" id="decreaseText">A-</a> <a href="javascript:void(0)" id="increaseText">A+</a> '
                f'<button type="button" class="article-audio" id="btnSpeak">Đọc bài</button> <a href="javascript:window.print()">In bài</a></div>'
                f'<div class="news-sapo"></div><div class="journal-content-article">{heading}{body}</div><div class="news-author text-right"></div>'
                f'<div class="news-view">Lượt xem: 3.106</div></div>'
                f'<div class="taglib-asset-links"><h2 class="asset-links-title"><span>Tin khác</span></h2><ul class="asset-links-list">{others}</ul></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin nổi bật", fmt=lambda d: dmy(d), cls="portlet-boundary tin-noi-bat")
                + '<div class="portlet-boundary chuyen-de"><div class="portlet-title-default">Chuyên đề</div><ul><li><a href="/web/guest/hoc-tap-va-lam-theo-bac">Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh</a></li><li><a href="/web/guest/dai-hoi-xiv">Chào mừng Đại hội XIV của Đảng</a></li><li><a href="/web/guest/bau-cu-2026">Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp</a></li></ul></div>'
                + '<div class="portlet-boundary thoi-tiet"><div class="portlet-title-default">Thời tiết</div><p>Đà Lạt: 14 - 22°C, có mưa rào nhẹ</p><p>Phan Thiết: 23 - 31°C, nắng</p><p>Gia Nghĩa: 19 - 28°C, nhiều mây</p></div>')

    def top(rng, pub_):
        today = pub_ + timedelta(days=1)
        return (f'<div class="banner-top"><a href="/web/guest/trang-chu"><img src="/o/lamdong-theme/images/banner-tinhuy.png" alt="Đảng bộ tỉnh Lâm Đồng" /></a></div>'
                f'<div class="date-top">{wd(today)}, {dmy(today)}</div>')

    head = ('<link href="/html/themes/classic/css/main.css?browserId=other&amp;themeId=vnptportaltheme_WAR_vnptportaltheme&amp;languageId=vi_VN&amp;b=6210&amp;t=1735600000000" rel="stylesheet" type="text/css" />'
            + '<script type="text/javascript">var themeDisplay=Liferay.ThemeDisplay={getCompanyId:function(){return "10154";},getScopeGroupId:function(){return "10181";},getUserId:function(){return "10158";},getLanguageId:function(){return "vi_VN";},isSignedIn:function(){return false;},getPathThemeImages:function(){return "/vnptportaltheme-theme/images";}};'
            + 'Liferay.Portlet.onLoad({canEditTitle:false,columnPos:0,isStatic:"end",namespacedId:"p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_x8Qm2_",portletId:"dsnews_WAR_vnpteportalnewsportlet_INSTANCE_x8Qm2",refreshURL:"/c/portal/render_portlet?p_l_id=21904"});</script>')
    return page("s28-04", family="province_party_liferay62_vnpteportal_obituary_notice",
                name="lamdong-tinhuy-liferay62-vnpteportal-dsnews-xuat-ban-thong-tin-crumb-thong-tin-thong-bao-h2-title-thu-bay-misspelt-ngay-dd-mm-yyyy-hh-mm-empty-sapo-tin-buon-formal-heading-portrait-blue-italic-caption-funeral-times-later-no-byline",
                url=url, art=A4, main_fn=main, pub=pub, prefix="vnpt", kb=180,
                org="Đảng bộ tỉnh Lâm Đồng", addr="Số 04 đường Trần Hưng Đạo, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.180",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "liferay_portlet", "portlet": "dsnews_WAR_vnpteportalnewsportlet", "head_extra": head, "title": "Thông tin - Thông báo - Đảng bộ tỉnh Lâm Đồng", "items": MENU_GOV},
                exp=expected(A4, iso(pub), category="Thông tin - Thông báo", lead=None),
                traps={"formal_heading": ["TIN BUỒN"], "chrome": ["Xuất bản thông tin", "Đọc bài", "Lượt xem: 3.106", "Tin khác", "Thời tiết", "Đà Lạt: 14 - 22°C, có mưa rào nhẹ"], "related": lambda rl: rl[:5]},
                notes="An OBITUARY NOTICE (tin buồn) on a Tỉnh ủy portal built on Liferay 6.2 with VNPT's vnpteportal news portlet (p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_…; the portlet title 'Xuất bản thông tin' is printed above the item; Liferay.ThemeDisplay script). Title: h2.title. Stamp: 'Thứ Bẩy, ngày 03/01/2026 06:40' — the portal's misspelling of Saturday ('Bẩy' for 'Bảy', seen on real VN Liferay themes); the day and time are unaffected → 2026-01-03T06:40:00+07:00. The sapo div is EMPTY → lead null. Body: the notice's text from 'Ban Thường vụ Tỉnh ủy … vô cùng thương tiếc báo tin:' on, the deceased's name line in caps, the biography lines, the death ('từ trần hồi 14 giờ 20 phút, ngày 02/01/2026 (tức ngày 14 tháng 11 năm Ất Tỵ)' — the day before the item, with its lunar date) and the funeral times (04/01/2026, AFTER the item) — all body text, none a stamp of the record. The centred 'TIN BUỒN' heading above the text is the notice's formal heading (not body). The portrait has a blue italic caption 'Đồng chí Phạm Đình Khiêm (1941 - 2026)' → caption. Nothing signs the item (the news-author div is empty) → author and unit null. Crumb 'Trang chủ › Thông tin - Thông báo' → category. The weather box and 'Tin khác' are chrome.",
                readme="Liferay 6.2 + VNPT vnpteportal news portlet Tỉnh ủy, an OBITUARY NOTICE: 'Thứ Bẩy, ngày 03/01/2026 06:40' (the portal's misspelt Saturday), h2 title under the 'Xuất bản thông tin' portlet title, empty sapo (no lead), formal 'TIN BUỒN' heading (not body), portrait with a blue italic caption, death and funeral times in the text (one after the item), no byline")


# ===================================================================== 5 Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk: Liferay 6.1 + EcoIT CmsView portlet; 'dd/mm/yyyy HH:MM:SS' + 'Cập nhật lần cuối:'; credit at the TOP with a hyphen inside the unit
A5 = Art("Ủy ban MTTQ Việt Nam tỉnh phản biện xã hội dự thảo Nghị quyết về chính sách hỗ trợ người có công",
         "Sáng 22/10, Ủy ban MTTQ Việt Nam tỉnh tổ chức hội nghị phản biện xã hội đối với dự thảo Nghị quyết của HĐND tỉnh quy định chính sách hỗ trợ người có công với cách mạng và thân nhân trên địa bàn tỉnh giai đoạn 2026 - 2030.",
         [("p", "Hội nghị do đồng chí H'Ngơm Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh chủ trì, với sự tham dự của đại diện các tổ chức chính trị - xã hội, các sở, ngành, chuyên gia, nhà khoa học và người có uy tín trong đồng bào các dân tộc."),
          ("p", "Theo dự thảo, tỉnh dự kiến hỗ trợ thêm hằng tháng cho người có công đang hưởng trợ cấp với mức từ 300.000 đến 1.000.000 đồng/người, hỗ trợ kinh phí sửa chữa nhà ở và mua thẻ bảo hiểm y tế cho thân nhân người có công thuộc hộ cận nghèo. Tổng kinh phí dự kiến khoảng 486 tỷ đồng trong 5 năm."),
          ("img", "/documents/20143/0/hoi-nghi-phan-bien-nguoi-co-cong.jpg", "Đồng chí H'Ngơm Niê, Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh phát biểu tại hội nghị"),
          ("p", "Các ý kiến phản biện cơ bản thống nhất với sự cần thiết ban hành Nghị quyết; đồng thời đề nghị cơ quan soạn thảo làm rõ căn cứ xác định mức hỗ trợ, bảo đảm công bằng giữa các nhóm đối tượng ở khu vực phía Đông và phía Tây của tỉnh sau hợp nhất; bổ sung quy định về trình tự, thủ tục theo hướng đơn giản, thực hiện trên môi trường điện tử."),
          ("img", "/documents/20143/0/dai-bieu-gop-y-du-thao.jpg", "Đại biểu người có uy tín trong đồng bào dân tộc thiểu số góp ý vào dự thảo Nghị quyết"),
          ("p", "Kết luận hội nghị, Ủy ban MTTQ Việt Nam tỉnh sẽ tổng hợp đầy đủ các ý kiến, hoàn thiện văn bản phản biện gửi HĐND, UBND tỉnh trước ngày 31/10/2025.")])
CREDIT5 = "Bài, ảnh: Ngọc Ánh (Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh)"


def page05():
    pub = T("2025-10-22 14:30:45")
    upd = T("2025-10-23 08:15:02")
    url = "https://mattran.daklak.gov.vn/tin-tuc/-/view-article/hoat-dong-mat-tran/uy-ban-mttq-viet-nam-tinh-phan-bien-xa-hoi-du-thao-nghi-quyet-ve-chinh-sach-ho-tro-nguoi-co-cong-8812"

    def img(s, c, n):
        return (f'<div style="text-align: center;"><img alt="" src="{s}" style="width: 650px; height: 433px;" /><br />'
                f'<span style="font-size:11pt;"><em>{esc(c)}</em></span></div>')

    def main(rng, rl, rd):
        body = A5.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>', img=img)
        others = "".join(f'<div class="other-item"><a href="/tin-tuc/-/view-article/hoat-dong-mat-tran/{slug(t)[:60]}-{rng.randint(8000, 8811)}"><i class="fa fa-caret-right"></i> {esc(t)}</a> <span class="other-date">{dmy(d)}</span></div>' for t, d in zip(rl[:6], rd))
        return (f'<div class="ecoit-breadcrumb"><ul class="breadcrumb"><li><a href="/trang-chu">Trang chủ</a> <span class="divider">/</span></li><li><a href="/tin-tuc">Tin tức</a> <span class="divider">/</span></li><li class="active"><a href="/tin-tuc/hoat-dong-mat-tran">Hoạt động Mặt trận</a></li></ul></div>'
                f'<section class="news-detail"><article>'
                f'<h1 class="title-news">{esc(A5.title)}</h1>'
                f'<p class="date-news"><i class="fa fa-calendar"></i> {dmy(pub)} {pub.strftime("%H:%M:%S")} &nbsp;&nbsp;<span class="modified">Cập nhật lần cuối: {dmy(upd)} {upd.strftime("%H:%M:%S")}</span></p>'
                f'<div class="author-news">{esc(CREDIT5)}</div>'
                f'<div class="tool-news"><a href="javascript:void(0)" onclick="changeFontSize(-1)">A-</a> <a href="javascript:void(0)" onclick="changeFontSize(1)">A+</a> <a href="javascript:window.print()">In bài</a> <a href="#" class="send-mail">Gửi email</a></div>'
                f'<p id="change_font_size" class="sapo"><strong>{esc(A5.lead)}</strong></p>'
                f'<div id="contentnews">{body}</div>'
                f'<div class="attachments"><p><strong>Tài liệu đính kèm:</strong></p><ul><li><a href="/documents/20143/0/du-thao-nghi-quyet-ho-tro-nguoi-co-cong.pdf">Dự thảo Nghị quyết (bản lấy ý kiến).pdf</a></li>'
                f'<li><a href="/documents/20143/0/bao-cao-phan-bien-62.docx">Báo cáo phản biện số 62/BC-MTTQ-BTT.docx</a></li></ul></div>'
                f'</article></section><div class="other-news"><h3 class="title-other">Tin cùng chuyên mục</h3>{others}</div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin mới cập nhật", fmt=lambda d: f"{dmy(d)} {d.strftime('%H:%M:%S')}", cls="portlet-boundary tin-moi")
                + '<div class="portlet-boundary quy-vi-nguoi-ngheo"><div class="portlet-title">Quỹ “Vì người nghèo” tỉnh</div><p>Số tài khoản: 5200 201 000 168 - Agribank chi nhánh Đắk Lắk</p><p>Tổng số tiền vận động năm 2025: 31,6 tỷ đồng</p></div>'
                + poll("Bạn quan tâm nhất đến hoạt động giám sát, phản biện nào của Mặt trận?", ["Chính sách an sinh xã hội", "Đất đai, tài nguyên", "Thủ tục hành chính"], "portlet-boundary poll"))

    def top(rng, pub_):
        return ('<div class="header-logo"><a href="/trang-chu"><img src="/o/mttq-theme/images/logo-mttq.png" alt="Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk" /></a>'
                '<span class="header-name">ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK</span></div>')

    head = ('<link href="/html/css/main.css?browserId=other&amp;themeId=ecoittheme_WAR_ecoittheme&amp;languageId=vi_VN&amp;b=6120" rel="stylesheet" type="text/css" />'
            '<script type="text/javascript">function changeFontSize(d){var e=document.getElementById("change_font_size");var c=document.getElementById("contentnews");[e,c].forEach(function(x){var s=parseInt(window.getComputedStyle(x).fontSize);x.style.fontSize=(s+d)+"px";});}</script>')
    return page("s28-05", family="fatherland_front_liferay61_ecoit_cmsview_credit_at_top_hyphen_in_unit",
                name="daklak-mttq-liferay61-ecoit-cmsview-slash-crumb-hoat-dong-mat-tran-h1-dd-mm-yyyy-hh-mm-ss-cap-nhat-lan-cuoi-seconds-author-div-bai-anh-name-paren-unit-with-hyphen-above-sapo-change-font-size-contentnews-br-em-captions-attachments",
                url=url, art=A5, main_fn=main, pub=pub, prefix="eco", kb=150,
                org="Ủy ban MTTQ Việt Nam tỉnh Đắk Lắk", addr="Số 16 đường Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.406",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "liferay_portlet", "portlet": "CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet", "head_extra": head, "title": A5.title, "items": MENU_MASS},
                exp=expected(A5, iso(pub), updated=iso(upd), author="Ngọc Ánh", unit="Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh", photographer="Ngọc Ánh", category="Hoạt động Mặt trận"),
                traps={"bylines": [CREDIT5], "attachments": ["Dự thảo Nghị quyết (bản lấy ý kiến).pdf", "Báo cáo phản biện số 62/BC-MTTQ-BTT.docx"],
                       "chrome": ["Tài liệu đính kèm:", "Tin cùng chuyên mục", "Quỹ “Vì người nghèo” tỉnh", "Gửi email"], "related": lambda rl: rl[:5]},
                notes="The Ủy ban MTTQ tỉnh's site on Liferay 6.1 with EcoIT's CmsView portlet (p_p_id_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_INSTANCE_…: section > article > h1, p date, div author, p#change_font_size sapo, div#contentnews body). Stamps: '22/10/2025 14:30:45' and 'Cập nhật lần cuối: 23/10/2025 08:15:02' → published 2025-10-22T14:30:45, updated 2025-10-23T08:15:02 (printed seconds kept, set 13). The credit sits at the TOP, between the stamp and the sapo: 'Bài, ảnh: Ngọc Ánh (Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh)' → author = photographer 'Ngọc Ánh', unit 'Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh' — the ' - ' INSIDE the parentheses is part of the department's name (as set 27 kept a comma, a slash and an ampersand), not a writer/unit separator. Lead: p#change_font_size (bold). Captions: each image and its caption share one centred div, the caption after a <br> in a small italic span → two captions. Attachments (a PDF and a DOCX) and 'Tin cùng chuyên mục' are not body. The deadline '31/10/2025' is the text's.",
                readme="Liferay 6.1 + EcoIT CmsView portlet Ủy ban MTTQ tỉnh: 'dd/mm/yyyy HH:MM:SS' + 'Cập nhật lần cuối: dd/mm/yyyy HH:MM:SS' (seconds kept), the credit at the TOP 'Bài, ảnh: Name (Ban Dân chủ - Pháp luật, Ủy ban MTTQ tỉnh)' (a hyphen inside the unit), p#change_font_size sapo, captions after a <br> in the image's div, attachments")


# ===================================================================== 6 Cổng TTĐT tỉnh Quảng Ngãi: Liferay DXP 7.4, web content template 'Sự kiện'; TWIST the date badge is the EVENT's
A6 = Art("Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư năm 2026",
         None,
         [("p", "Thực hiện Kế hoạch cải thiện môi trường đầu tư, kinh doanh năm 2026, UBND tỉnh tổ chức Hội nghị đối thoại giữa Chủ tịch UBND tỉnh với doanh nghiệp, nhà đầu tư trên địa bàn tỉnh, cụ thể như sau:"),
          ("h", "1. Thời gian, địa điểm"),
          ("p", "Thời gian: 01 buổi, bắt đầu từ 08 giờ 00 ngày 27/3/2026 (thứ Sáu)."),
          ("p", "Địa điểm: Hội trường Trung tâm Hội nghị tỉnh, số 52 đường Hùng Vương, phường Cẩm Thành."),
          ("h", "2. Thành phần"),
          ("p", "Chủ tịch, các Phó Chủ tịch UBND tỉnh; lãnh đạo các sở, ban, ngành; Ban Quản lý Khu kinh tế Dung Quất và các khu công nghiệp; đại diện Hiệp hội Doanh nghiệp tỉnh, các doanh nghiệp, nhà đầu tư đang hoạt động trên địa bàn tỉnh."),
          ("h", "3. Nội dung"),
          ("ul", ["Thông tin về tình hình kinh tế - xã hội, môi trường đầu tư, kinh doanh của tỉnh sau hợp nhất;",
                  "Giải đáp kiến nghị của doanh nghiệp về đất đai, thủ tục đầu tư, thuế, hải quan, bảo hiểm xã hội;",
                  "Ghi nhận đề xuất, giải pháp tháo gỡ khó khăn cho sản xuất, kinh doanh."]),
          ("p", "Doanh nghiệp, nhà đầu tư có câu hỏi, kiến nghị gửi về Sở Tài chính (qua Phòng Doanh nghiệp, kinh tế tập thể và tư nhân), điện thoại 0255.3822.713, email doanhnghiep.stc@quangngai.example, trước ngày 20/3/2026 để tổng hợp.")])


def page06():
    pub = T("2026-03-12 16:05")
    ev = T("2026-03-27 08:00")
    assert ev.weekday() == 4
    url = "https://quangngai.gov.vn/-/to-chuc-hoi-nghi-doi-thoai-giua-chu-tich-ubnd-tinh-voi-doanh-nghiep-nha-dau-tu-nam-2026"

    def badge(d, label, cls="event-badge"):
        return (f'<div class="{cls} text-center">\n<span class="{cls}__label d-block">{esc(label)}</span>\n<span class="{cls}__day d-block">{d.day:02d}</span>\n'
                f'<span class="{cls}__month d-block">Tháng {d.month:02d}</span>\n<span class="{cls}__year d-block">{d.year}</span>\n<span class="{cls}__time d-block">{hm(d)}</span>\n</div>')

    def main(rng, rl, rd):
        body = A6.render(p=lambda t: f'<p>{esc(t)}</p>', h=lambda t: f'<p><strong>{esc(t)}</strong></p>')
        others = "".join(f'<li class="list-group-item"><a href="/-/{slug(t)[:70]}">{esc(t)}</a> <small class="text-secondary">{dmy(d)}</small></li>' for t, d in zip(rl[:5], rd))
        return (f'<div class="journal-content-article event-detail" data-analytics-asset-id="{rng.randint(600000, 699999)}" data-analytics-asset-title="{esc(A6.title, True)}" data-analytics-asset-type="web-content">'
                f'<div class="d-flex event-head">{badge(ev, "Diễn ra")}'
                f'<div class="event-head__text ml-3"><h1 class="event-title">{esc(A6.title)}</h1>'
                f'<div class="event-meta text-secondary small"><span class="event-meta__date">Ngày đăng: {dmy(pub)} - {hm(pub)}</span> <span class="ml-3">Tác giả: Minh Châu</span> <span class="ml-3">Lượt xem: 215</span></div></div></div>'
                f'<div class="event-body mt-4">{body}</div>'
                f'<div class="event-attachments"><h3 class="h5">Tệp đính kèm</h3><ul class="list-unstyled"><li><a href="/documents/d/guest/kh-48-ubnd-2026-pdf"><span class="sticker sticker-secondary">PDF</span> Kế hoạch số 48/KH-UBND ngày 10/3/2026 (PDF, 312 KB)</a></li></ul></div>'
                f'<div class="event-source text-right"><em>Nguồn: Văn phòng UBND tỉnh</em></div>'
                f'<div class="social-bookmarks"><a href="#">Chia sẻ Facebook</a> <a href="#">Chia sẻ Zalo</a> <a href="javascript:window.print()">In trang</a></div></div>'
                f'<div class="asset-links mt-4"><h4 class="component-title">Thông báo khác</h4><ul class="list-group">{others}</ul></div>')

    crumbs = ('<nav aria-label="Breadcrumb" class="breadcrumb-wrap"><ol class="breadcrumb"><li class="breadcrumb-item"><a class="breadcrumb-link" href="/"><span class="breadcrumb-text-truncate">Trang chủ</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/tin-tuc-su-kien"><span class="breadcrumb-text-truncate">Tin tức - Sự kiện</span></a></li>'
              '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/thong-bao"><span class="breadcrumb-text-truncate">Thông báo</span></a></li></ol></nav>')

    def side(rng, pub_):
        evs = [("Hội nghị xúc tiến đầu tư vào Khu kinh tế Dung Quất năm 2026", T("2026-04-09 14:00")), ("Lễ hội Điện Trường Bà năm 2026", T("2026-04-03 07:30")),
               ("Ngày hội việc làm tỉnh Quảng Ngãi lần thứ I", T("2026-03-21 07:30"))]
        items = "".join(f'<li class="d-flex mb-3">{badge(d, "Diễn ra", "event-badge event-badge--sm")}<a class="ml-2" href="/-/{slug(t)[:60]}">{esc(t)}</a></li>' for t, d in evs)
        return (f'<div class="card sk-sap-dien-ra"><div class="card-header">Sự kiện sắp diễn ra</div><ul class="list-unstyled card-body">{items}</ul></div>'
                + side_std(rng, pub_, "Tin mới", fmt=lambda d: dmy(d), cls="card tin-moi")
                + '<div class="card dvc"><div class="card-header">Dịch vụ công trực tuyến</div><div class="card-body"><a href="https://dichvucong.quangngai.example">Nộp hồ sơ trực tuyến</a> | <a href="#">Tra cứu hồ sơ</a> | <a href="#">Đánh giá sự hài lòng</a></div></div>')

    def top(rng, pub_):
        return ('<div class="container d-flex align-items-center"><a class="logo" href="/"><img src="/o/quangngai-theme/images/quoc-huy.png" alt="Quốc huy" height="70" /></a>'
                '<div class="site-name ml-3"><div class="site-name__top">CỔNG THÔNG TIN ĐIỆN TỬ</div><div class="site-name__main">TỈNH QUẢNG NGÃI</div></div></div>')

    head = ('<link class="lfr-css-file" data-senna-track="temporary" href="/o/quangngai-theme/css/clay.css?browserId=chrome&amp;themeId=quangngaitheme_WAR_quangngaitheme&amp;languageId=vi_VN&amp;t=1740000000000" rel="stylesheet" type="text/css" />'
            '<script data-senna-track="temporary" type="text/javascript">window.Liferay=window.Liferay||{};Liferay.ThemeDisplay={getLanguageId:function(){return "vi_VN";},getPathContext:function(){return "";},getScopeGroupId:function(){return "20121";},isSignedIn:function(){return false;}};'
            'Liferay.authToken="' + "Qw3rTy9Zx1" + '";Liferay.currentURL="/-/to-chuc-hoi-nghi-doi-thoai";</script>'
            + og(A6.title, url, {"og:site_name": "Cổng Thông tin điện tử tỉnh Quảng Ngãi", "og:locale": "vi_VN"}))
    return page("s28-06", family="province_portal_liferay74_event_template_event_date_badge",
                name="quangngai-congttdt-liferay-dxp74-clay-breadcrumb-thong-bao-portlet-title-chi-tiet-tin-event-badge-dien-ra-dd-thang-mm-yyyy-hh-mm-then-h1-ngay-dang-dd-mm-yyyy-dash-hh-mm-tac-gia-name-no-lead-numbered-bold-heads-ul-contact-line-attachment-nguon-source",
                url=url, art=A6, main_fn=main, pub=pub, prefix="lr", kb=195,
                org="Cổng Thông tin điện tử tỉnh Quảng Ngãi", addr="Số 52 đường Hùng Vương, phường Cẩm Thành, tỉnh Quảng Ngãi", phone="0255.3822.713",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "liferay74_ap", "head_extra": head, "title": A6.title + " - Cổng Thông tin điện tử tỉnh Quảng Ngãi", "items": MENU_GOV},
                exp=expected(A6, iso(pub), author="Minh Châu", category="Thông báo", lead=None, captions=[]),
                traps={"event_badge": ["Diễn ra"], "attachments": ["Kế hoạch số 48/KH-UBND ngày 10/3/2026 (PDF, 312 KB)"], "source": ["Nguồn: Văn phòng UBND tỉnh"],
                       "chrome": ["Chi tiết tin", "Thông báo khác", "Sự kiện sắp diễn ra", "Dịch vụ công trực tuyến", "Lượt xem: 215"], "related": lambda rl: rl[:5]},
                notes="TWIST: a NOTICE of a forthcoming event on a Cổng TTĐT tỉnh built on Liferay DXP 7.4 (Clay, a display page whose web-content template is the portal's 'Sự kiện' structure; portlet title 'Chi tiết tin'). Beside the headline, where sets 26-27 printed PUBLICATION date badges ('20 / Tháng 01 / 2025' + clock, LeptonX; Flatsome's day/month badge), the template prints a large date BADGE: 'Diễn ra' / '27' / 'Tháng 03' / '2026' / '08:00' — the EVENT's time (the dialogue conference on 27/3/2026 at 08:00, FIFTEEN DAYS after the item), labelled only by the small word 'Diễn ra' ('takes place'). The publication is the small meta line under the h1: 'Ngày đăng: 12/03/2026 - 16:05' → published 2026-03-12T16:05:00+07:00. An extractor that reads the badge as the item's date (the most prominent date block, the same shape as a publication badge) stores a date in the future of the item. The sidebar 'Sự kiện sắp diễn ra' repeats the badge shape for other events. Author: 'Tác giả: Minh Châu' in the meta line (a person's name) → author; 'Nguồn: Văn phòng UBND tỉnh' after the text is the source → unit null. No lead. Body: the notice's text with its bold numbered sub-heads and a <ul>; the time and place lines and the contact line are body text (a notice's content, as set 25's contact-person line). The attachment is not body. Crumb 'Trang chủ › Tin tức - Sự kiện › Thông báo' → category.",
                readme="TWIST the date BADGE beside the headline ('Diễn ra' / 27 / Tháng 03 / 2026 / 08:00), the shape sets 26-27 used for PUBLICATION badges, is the EVENT's date, fifteen days after the item → published from the small 'Ngày đăng: 12/03/2026 - 16:05' line; Liferay DXP 7.4 Cổng TTĐT tỉnh NOTICE ('Sự kiện' web-content template): 'Tác giả:' in the meta line, no lead, bold numbered heads, <ul>, contact line (body), attachment, 'Nguồn:' source")


# ===================================================================== 7 Tỉnh ủy Quảng Ninh: SharePoint 2013 with the 'CQ' web parts; a CONGRATULATORY LETTER; TWIST the letter's own heading is an <h1> inside the body
A7 = Art("Thư chúc mừng của Ban Thường vụ Tỉnh ủy nhân kỷ niệm 43 năm Ngày Nhà giáo Việt Nam",
         "Nhân dịp kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025), Ban Thường vụ Tỉnh ủy đã gửi Thư tới các thầy giáo, cô giáo, cán bộ quản lý giáo dục, người lao động ngành Giáo dục và Đào tạo tỉnh. Trang thông tin điện tử Tỉnh ủy trân trọng giới thiệu toàn văn Thư.",
         [("p", "Nhân dịp kỷ niệm 43 năm Ngày Nhà giáo Việt Nam, thay mặt Ban Thường vụ Tỉnh ủy, tôi gửi tới các thầy giáo, cô giáo, cán bộ quản lý giáo dục, người lao động ngành Giáo dục và Đào tạo tỉnh cùng các thế hệ nhà giáo đã nghỉ hưu lời thăm hỏi ân cần, lời chúc mừng tốt đẹp nhất."),
          ("p", "Năm học 2024 - 2025, trong bối cảnh triển khai nhiều nhiệm vụ lớn về sắp xếp tổ chức bộ máy, ngành Giáo dục và Đào tạo tỉnh đã vượt qua khó khăn, hoàn thành xuất sắc nhiệm vụ. Quảng Ninh tiếp tục nằm trong nhóm dẫn đầu cả nước về điểm thi tốt nghiệp trung học phổ thông; có 68 học sinh đạt giải học sinh giỏi quốc gia, 3 học sinh giành huy chương Olympic quốc tế; 100% trường học được kết nối Internet tốc độ cao và triển khai học bạ số."),
          ("p", "Những kết quả đó có sự đóng góp to lớn của đội ngũ nhà giáo và cán bộ quản lý giáo dục - những người luôn tận tụy, tâm huyết, sáng tạo, vượt lên khó khăn, nhất là ở các xã biên giới, hải đảo, vùng đồng bào dân tộc thiểu số."),
          ("p", "Năm học 2025 - 2026 có ý nghĩa rất quan trọng, là năm đầu tiên thực hiện Nghị quyết Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030 và Nghị quyết số 71-NQ/TW của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo. Ban Thường vụ Tỉnh ủy mong muốn đội ngũ nhà giáo tiếp tục giữ gìn phẩm chất, đạo đức, không ngừng học tập nâng cao trình độ, đổi mới phương pháp dạy học, xây dựng môi trường giáo dục an toàn, thân thiện, góp phần đào tạo nguồn nhân lực chất lượng cao cho tỉnh."),
          ("p", "Các cấp ủy, chính quyền tiếp tục quan tâm đầu tư cơ sở vật chất trường lớp, thực hiện đầy đủ, kịp thời chế độ, chính sách đối với nhà giáo; phát huy truyền thống hiếu học, tôn sư trọng đạo của quê hương Quảng Ninh."),
          ("p", "Chúc các thầy giáo, cô giáo, cán bộ quản lý giáo dục, người lao động ngành Giáo dục và Đào tạo tỉnh mạnh khỏe, hạnh phúc, tiếp tục có nhiều đóng góp cho sự nghiệp trồng người!")])
LETTER_H1 = "THƯ CHÚC MỪNG"
LETTER_SUB = "Nhân kỷ niệm 43 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2025)"


def page07():
    pub = T("2025-11-19 17:30")
    url = "https://www.quangninh.dcs.vn/tintuc/Pages/thu-chuc-mung-cua-ban-thuong-vu-tinh-uy-nhan-ky-niem-43-nam-ngay-nha-giao-viet-nam.aspx"

    def main(rng, rl, rd):
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        pre = f"ctl00_m_g_{g}_ctl00"
        letter = (f'<h1 style="text-align: center;">{LETTER_H1}</h1><p style="text-align: center;"><em>{esc(LETTER_SUB)}</em></p>'
                  + A7.render(p=lambda t: f'<p style="text-align: justify;">{esc(t)}</p>')
                  + '<p style="text-align: right;"><em>Quảng Ninh, ngày 19 tháng 11 năm 2025</em></p>'
                  + '<p style="text-align: right;"><strong>T/M BAN THƯỜNG VỤ TỈNH ỦY<br />BÍ THƯ</strong></p><p style="text-align: right;"><em>(đã ký)</em></p><p style="text-align: right;"><strong>Trịnh Quang Hiển</strong></p>')
        others = "".join(f'<li><a href="/tintuc/Pages/{slug(t)[:60]}.aspx">{esc(t)}</a> <span class="time_update">(Ngày {dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail_artical"><div class="path"><div class="arr_B"><span id="{pre}_lblBreadCrum"><a href="/">Trang chủ</a> » <a href="/tintuc/Pages/default.aspx">Tin tức - Sự kiện</a> » <a href="/tintuc/Pages/tin-tinh-uy.aspx">Tin Tỉnh ủy</a></span></div></div>'
                f'<div><table><tr><td><table><tr><td><a href="#"><img src="/_layouts/15/CQ.SharePoint.QN/images/icon_date.jpg" alt="" /></a></td><td><span id="{pre}_lblCreatedDate">{dmy(pub)} {hm(pub)}</span></td></tr></table></td></tr></table></div>'
                f'<h2><span id="{pre}_lblTitle">{esc(A7.title)}</span></h2>'
                f'<p><b>{esc(A7.lead)}</b></p>'
                f'<p><table width="100%"><tr><td><div id="{pre}_RichHtmlField__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline">{letter}</div></td></tr>'
                f'<tr><td align="right" style="font-weight:bold"><span id="{pre}_lblAuthor"></span><br /><span id="{pre}_lblSource">Nguồn: Văn phòng Tỉnh ủy</span></td></tr></table></p>'
                f'<span class="tlkt">Tài liệu kèm theo:</span><table class="tbl-file"><tr><td><a href="/tintuc/Documents/Thu-chuc-mung-20-11-2025.pdf">Thu-chuc-mung-20-11-2025.pdf</a></td></tr></table></div>'
                f'<div class="other_News"><div class="top_F">Các tin khác</div><div class="inner_F_otherNew"><ul>{others}</ul></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin đọc nhiều", fmt=lambda d: f"(Ngày {dmy(d)})", cls="box_right tin-doc-nhieu")
                + '<div class="box_right chuyen-trang"><div class="top_R">Chuyên trang</div><ul><li><a href="#">Học tập và làm theo Bác</a></li><li><a href="#">Đại hội Đảng bộ tỉnh lần thứ XVI</a></li><li><a href="#">Bảo vệ nền tảng tư tưởng của Đảng</a></li></ul></div>'
                + links_box(["Báo Điện tử Đảng Cộng sản Việt Nam", "Cổng TTĐT tỉnh Quảng Ninh", "Trung tâm Truyền thông tỉnh", "Tạp chí Cộng sản"], "Liên kết website", "box_right lienket"))

    def top(rng, pub_):
        return ('<div class="banner"><img src="/_layouts/15/CQ.SharePoint.QN/images/banner_tinhuy.jpg" alt="Trang thông tin điện tử Tỉnh ủy Quảng Ninh" width="1000" height="140" /></div>'
                f'<div class="topbar"><span class="date_now">{wd(pub_ + timedelta(days=1))}, {dmy(pub_ + timedelta(days=1))}</span> <a href="/en">English</a> <a href="/Pages/sitemap.aspx">Sơ đồ trang</a></div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Expires" content="0" /><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a7bFaqkbcyAL8JSMz5Ayg%3D%3D"/>'
            '<link rel="stylesheet" type="text/css" href="/_layouts/15/CQ.SharePoint.QN/css/style.css"/><script type="text/javascript" src="/_layouts/15/init.js?rev=GlW6yG8FClp46ebxuV7Ejg%3D%3D"></script>'
            '<script type="text/javascript">var _fV4UI=true;var _spPageContextInfo={webServerRelativeUrl:"\\u002ftintuc",webAbsoluteUrl:"https:\\u002f\\u002fwww.quangninh.dcs.vn\\u002ftintuc",siteAbsoluteUrl:"https:\\u002f\\u002fwww.quangninh.dcs.vn",serverRequestPath:"\\u002ftintuc\\u002fPages\\u002fchitiet.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"Tin tức",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",clientServerTimeDelta:new Date("2025-11-20T02:10:00.0000000Z")-new Date(),siteClientTag:"0$$15.0.5553.1000",pageListId:"{3b1f0e2a-7c44-4c2e-9f1d-2b6a8e7d5c10}",pageItemId:1187,userId:0};</script>')
    return page("s28-07", family="province_party_sharepoint2013_cq_letter_heading_h1_inside_body",
                name="quangninh-tinhuy-sharepoint2013-cq-webparts-lblbreadcrum-tin-tinh-uy-icon-date-lblcreateddate-dd-mm-yyyy-hh-mm-h2-span-lbltitle-p-b-sapo-richhtmlfield-letter-h1-thu-chuc-mung-place-date-signature-block-lblsource-nguon-attachment-generic-title-tag",
                url=url, art=A7, main_fn=main, pub=pub, prefix="cq", kb=185,
                org="Tỉnh ủy Quảng Ninh", addr="Phường Hồng Gai, tỉnh Quảng Ninh", phone="0203.3835.668",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "sharepoint", "form": True, "head_extra": head, "title": "Tin chi tiết", "items": MENU, "action": "/tintuc/Pages/chitiet.aspx"},
                exp=expected(A7, iso(pub), category="Tin Tỉnh ủy", captions=[]),
                traps={"letter_heading": [LETTER_H1, LETTER_SUB], "place_date": ["Quảng Ninh, ngày 19 tháng 11 năm 2025"], "signature": ["T/M BAN THƯỜNG VỤ TỈNH ỦY", "(đã ký)", "Trịnh Quang Hiển"],
                       "source": ["Nguồn: Văn phòng Tỉnh ủy"], "attachments": ["Thu-chuc-mung-20-11-2025.pdf", "Tài liệu kèm theo:"], "chrome": ["Các tin khác", "Chuyên trang", "Liên kết website"], "related": lambda rl: rl[:5]},
                notes="TWIST: a CONGRATULATORY LETTER (thư chúc mừng) on a Tỉnh ủy site built on SharePoint 2013 with the 'CQ' news web parts (ctl00_m_g_<guid>_ctl00_lblBreadCrum / lblCreatedDate / lblTitle / lblAuthor / lblSource, the body in a RichHtmlField; one ASP.NET form with __VIEWSTATE; _spPageContextInfo). The template prints the headline in <h2><span id='…_lblTitle'>; the <title> element is the page layout's generic 'Tin chi tiết' and there is no og:title. The letter was pasted into the rich-text field WITH ITS OWN HEADING as an <h1 style='text-align:center'>THƯ CHÚC MỪNG</h1> (+ the italic line 'Nhân kỷ niệm 43 năm …') — the ONLY <h1> on the page. → title = the template's headline 'Thư chúc mừng của Ban Thường vụ Tỉnh ủy nhân kỷ niệm 43 năm Ngày Nhà giáo Việt Nam'; an extractor that trusts the page's <h1> stores 'THƯ CHÚC MỪNG' as the title. The letter's heading, its place-date line 'Quảng Ninh, ngày 19 tháng 11 năm 2025' and its signature block ('T/M BAN THƯỜNG VỤ TỈNH ỦY / BÍ THƯ / (đã ký) / Trịnh Quang Hiển') are formal parts (set 25): not body; the signer is not the author. Body: the sapo (p > b, lead) + the six paragraphs of the letter. lblAuthor is empty; lblSource 'Nguồn: Văn phòng Tỉnh ủy' is the source → author and unit null. Stamp lblCreatedDate '19/11/2025 17:30' → 2025-11-19T17:30:00+07:00. Category: the lblBreadCrum's last level 'Tin Tỉnh ủy'. 'Các tin khác' items carry '(Ngày dd/mm/yyyy)'.",
                readme="TWIST the pasted letter keeps its own heading as an <h1> 'THƯ CHÚC MỪNG' inside the body — the page's ONLY h1 (<title> is the generic 'Tin chi tiết', no og:title) — while the headline is the template's h2 > span#…_lblTitle → title from the span, the letter's heading, place-date line and signature block are formal parts; SharePoint 2013 'CQ' web parts Tỉnh ủy CONGRATULATORY LETTER: lblCreatedDate 'dd/mm/yyyy HH:MM', p > b sapo, empty lblAuthor, lblSource 'Nguồn:' (source), PDF attachment")


# ===================================================================== 8 Cổng TTĐT tỉnh Thanh Hóa: SharePoint 2010 divArticleDescription template; a LIVE REPORT (tường thuật) of election day, entries newest first
A8 = Art("Tường thuật trực tiếp: Cử tri Thanh Hóa nô nức đi bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031",
         "Ngày 15/3, hơn 2,8 triệu cử tri tỉnh Thanh Hóa thực hiện quyền và nghĩa vụ công dân, bầu ra 16 đại biểu Quốc hội khóa XVI và đại biểu HĐND tỉnh, HĐND cấp xã nhiệm kỳ 2026 - 2031. Cổng Thông tin điện tử tỉnh cập nhật liên tục diễn biến ngày bầu cử.",
         [("h", "19h30: Hoàn thành bầu cử tại 100% khu vực bỏ phiếu"),
          ("p", "Đến 19 giờ, 100% khu vực bỏ phiếu trên địa bàn tỉnh đã kết thúc bầu cử và tiến hành kiểm phiếu. Theo báo cáo nhanh của Ủy ban Bầu cử tỉnh, tỷ lệ cử tri đi bầu đạt 99,41%. Công tác kiểm phiếu được thực hiện công khai, đúng quy định, có sự chứng kiến của cử tri."),
          ("h", "16h00: Tổ bầu cử mang hòm phiếu phụ đến tận nhà cử tri"),
          ("p", "Tại các xã miền núi Mường Lát, Quang Chiểu, Pù Nhi, các tổ bầu cử mang hòm phiếu phụ đến tận nhà cử tri cao tuổi, ốm đau, khuyết tật và đến trạm y tế để cử tri đang điều trị thực hiện quyền bầu cử."),
          ("img", "/SiteAssets/2026/03/hom-phieu-phu-muong-lat.jpg", "Tổ bầu cử số 3, xã Mường Lát mang hòm phiếu phụ đến nhà cử tri cao tuổi"),
          ("h", "11h00: Gần 80% cử tri đã đi bầu"),
          ("p", "Theo báo cáo của Ủy ban Bầu cử tỉnh, tính đến 11 giờ, toàn tỉnh đã có 78,6% cử tri đi bầu; nhiều khu vực bỏ phiếu ở phường Hạc Thành, phường Sầm Sơn đạt trên 90%."),
          ("h", "09h15: Lãnh đạo tỉnh bỏ phiếu tại phường Hạc Thành"),
          ("p", "Đồng chí Bí thư Tỉnh ủy, Chủ tịch Ủy ban Bầu cử tỉnh thực hiện quyền bầu cử tại Khu vực bỏ phiếu số 5, phường Hạc Thành; sau đó kiểm tra công tác bầu cử tại một số khu vực bỏ phiếu trên địa bàn."),
          ("img", "/SiteAssets/2026/03/lanh-dao-tinh-bo-phieu.jpg", "Lãnh đạo tỉnh bỏ phiếu tại Khu vực bỏ phiếu số 5, phường Hạc Thành"),
          ("h", "07h00: Khai mạc bầu cử"),
          ("p", "Đúng 7 giờ, các tổ bầu cử trên toàn tỉnh đồng loạt tiến hành nghi lễ khai mạc: chào cờ, đọc nội quy phòng bỏ phiếu, kiểm tra hòm phiếu trước sự chứng kiến của cử tri. Cử tri cao tuổi nhất và cử tri trẻ tuổi nhất được mời bỏ những lá phiếu đầu tiên."),
          ("h", "06h30: Cử tri nô nức đến các khu vực bỏ phiếu"),
          ("p", "Từ sáng sớm, dù trời se lạnh, cử tri ở nhiều khu phố, thôn, bản đã có mặt tại 4.231 khu vực bỏ phiếu trên địa bàn tỉnh. Không khí ngày hội được trang hoàng cờ, hoa, khẩu hiệu rực rỡ.")])
CREDIT8 = "Tin, ảnh: Minh Hiếu - Lê Hà - Thanh Tâm"


def page08():
    pub = T("2026-03-15 06:30")
    upd = T("2026-03-15 19:45")
    assert pub.weekday() == 6
    url = "https://thanhhoa.gov.vn/portal/Pages/2026-3-15/Tuong-thuat-truc-tiep-Cu-tri-Thanh-Hoa-no-nuc-di-bau-cu-dai-bieu-Quoc-hoi-khoa-XVI-va-dai-bieu-HDND-cac-cap.aspx"

    def main(rng, rl, rd):
        g = "_".join([hexid(rng, 8), hexid(rng, 4), hexid(rng, 4), hexid(rng, 4), hexid(rng, 12)])
        pre = f"ctl00_SPWebPartManager1_g_{g}_ctl00"
        items, cur = [], []
        for b in A8.blocks:
            if b[0] == "h" and cur:
                items.append(cur)
                cur = []
            cur.append(b)
        items.append(cur)
        html_items = []
        for it in items:
            inner = []
            for b in it:
                if b[0] == "h":
                    t, rest = b[1].split(": ", 1)
                    inner.append(f'<p class="live-head"><strong>{esc(t)}:</strong> {esc(rest)}</p>')
                elif b[0] == "p":
                    inner.append(f'<p class="ms-rteElement-P" style="text-align: justify;">{esc(b[1])}</p>')
                else:
                    inner.append(f'<p class="ms-rteElement-P" style="text-align: center;"><img src="{b[1]}" alt="" style="width:640px" /></p><p class="ms-rteElement-P ms-rteStyle-Caption" style="text-align: center;">{esc(b[2])}</p>')
            html_items.append('<div class="live-item">' + "".join(inner) + '</div>')
        others = "".join(f'<li><a href="/portal/Pages/{d.strftime("%Y-%-m-%-d")}/{slug(t)[:50]}.aspx">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="breadcrumb-sp"><span id="ctl00_PlaceHolderMain_siteMapPath"><span><a href="/portal/Pages/default.aspx">Trang chủ</a></span><span> &gt; </span><span><a href="/portal/Pages/tin-tuc-su-kien.aspx">Tin tức - Sự kiện</a></span><span> &gt; </span><span><a href="/portal/Pages/bau-cu-2026.aspx">Bầu cử ĐBQH và HĐND các cấp</a></span></span></div>'
                f'<div id="divArticleDescription3"><span class="live-badge">TRỰC TIẾP</span><h1>{esc(A8.title)}</h1></div>'
                f'<div id="{pre}_pnHide" class="date-line"><span>{wd(pub)}, {dmy(pub)} {hm(pub)}</span> &nbsp;|&nbsp; <span class="modified">Cập nhật lúc {hm(upd)}, {dmy(upd)}</span></div>'
                f'<div class="live-refresh"><label><input type="checkbox" checked="checked" /> Tự động cập nhật sau 60 giây</label></div>'
                f'<div id="divArticleDescription1"><p>{esc(A8.lead)}</p></div>'
                f'<div id="divArticleDescription2"><div class="ms-rtestate-field">{"".join(html_items)}</div><p style="text-align: right;"><strong>{esc(CREDIT8)}</strong></p></div>'
                f'<div id="{pre}_pnNguontin"></div>'
                f'<div class="tinkhac"><div class="tinkhac-title">Tin liên quan</div><ul>{others}</ul></div>')

    def side(rng, pub_):
        return ('<div class="box-bau-cu"><div class="box-title">Bầu cử 2026</div><p>Ngày bầu cử: Chủ nhật, 15/3/2026</p><p>Số khu vực bỏ phiếu: 4.231</p><p>Số đơn vị bầu cử đại biểu Quốc hội: 6</p><a href="/portal/Pages/bau-cu-2026.aspx">Xem chuyên mục</a></div>'
                + side_std(rng, pub_, "Tin mới", fmt=lambda d: f"{dmy(d)} {hm(d)}", cls="box tin-moi")
                + '<div class="box hotline"><div class="box-title">Đường dây nóng</div><p>Ủy ban Bầu cử tỉnh: 0237.3852.301</p><p>Văn phòng UBND tỉnh: 0237.3852.116</p></div>')

    def top(rng, pub_):
        return ('<div class="banner"><img src="/portal/SiteAssets/images/banner-thanhhoa.jpg" alt="Cổng thông tin điện tử tỉnh Thanh Hóa" width="1100" height="130" /></div>'
                f'<div class="top-date">{wd(pub_)}, ngày {dmy(pub_)}</div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" />'
            '<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=cubHGPj6fXzlZn7Kmk8%2BYA%3D%3D"/><link rel="stylesheet" type="text/css" href="/Style%20Library/ThanhHoa/css/portal.css"/>'
            '<script type="text/javascript">var L_Menu_BaseUrl="/portal";var L_Menu_LCID="1066";var L_Menu_SiteTheme="";var _spUserId=0;</script>'
            '<script type="text/javascript">setTimeout(function(){if(document.querySelector(".live-refresh input").checked){location.reload();}},60000);</script>')
    return page("s28-08", family="province_portal_sharepoint2010_divarticledescription_live_report",
                name="thanhhoa-congttdt-sharepoint2010-divarticledescription-crumb-bau-cu-live-badge-h1-pnhide-weekday-dd-mm-yyyy-hh-mm-cap-nhat-luc-hh-mm-dd-mm-yyyy-live-report-entries-newest-first-hh-h-mm-heads-rte-caption-bold-right-tin-anh-three-names",
                url=url, art=A8, main_fn=main, pub=pub, prefix="sp", kb=170,
                org="Cổng Thông tin điện tử tỉnh Thanh Hóa", addr="Số 35 đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa", phone="0237.3852.116",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "sharepoint", "form": True, "head_extra": head, "title": A8.title, "items": MENU_GOV, "action": "/portal/Pages/chitiet.aspx"},
                exp=expected(A8, iso(pub), updated=iso(upd), author="Minh Hiếu, Lê Hà, Thanh Tâm", photographer="Minh Hiếu, Lê Hà, Thanh Tâm", category="Bầu cử ĐBQH và HĐND các cấp"),
                traps={"bylines": [CREDIT8], "chrome": ["TRỰC TIẾP", "Tự động cập nhật sau 60 giây", "Tin liên quan", "Bầu cử 2026", "Đường dây nóng", "Ngày bầu cử: Chủ nhật, 15/3/2026"], "related": lambda rl: rl[:5]},
                notes="A LIVE REPORT (tường thuật trực tiếp) of election day on a Cổng TTĐT tỉnh built on SharePoint 2010 with the ministries' 'divArticleDescription' news template (#divArticleDescription3 > h1 title, #divArticleDescription1 sapo, #divArticleDescription2 body, …_pnHide date line, an EMPTY …_pnNguontin source element). Date line: 'Chủ Nhật, 15/03/2026 06:30 | Cập nhật lúc 19:45, 15/03/2026' (.NET vi-VN weekday) → published 2026-03-15T06:30 (the report's opening), updated 2026-03-15T19:45 (the last refresh). Entries are printed NEWEST FIRST, each opened by a bold time in the 'h' notation and a heading ('19h30: Hoàn thành bầu cử …', '16h00: …' … '06h30: …'): body = the sapo, then each entry's heading line (time included, as printed) and its text, IN PAGE ORDER (newest first, as the page prints them; the entry times are part of the report's text, not stamps of the record — the later ones are later than the publication by definition). Two images with SharePoint RTE caption paragraphs (ms-rteStyle-Caption) → two captions. Credit bold right at the end: 'Tin, ảnh: Minh Hiếu - Lê Hà - Thanh Tâm' → three authors and the same three photographers, joined with ', ' in page order. The live badge, the auto-refresh toggle (a meta-refresh script), the election fact box (its 'Chủ nhật, 15/3/2026' is the election's day, the same as the item's) and the hotline box are chrome. Crumb → 'Bầu cử ĐBQH và HĐND các cấp'.",
                readme="SharePoint 2010 divArticleDescription Cổng TTĐT tỉnh, a LIVE REPORT of election day: 'Chủ Nhật, 15/03/2026 06:30 | Cập nhật lúc 19:45, 15/03/2026', entries NEWEST FIRST with bold 'HHhMM:' heads (body in page order, entry times are text), RTE caption paragraphs, an empty pnNguontin, 'Tin, ảnh: A - B - C' (three authors = three photographers)")


# ===================================================================== 9 Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh: DNN 7 + a local vendor's news module; 'H:MM - dd/mm/yyyy' (unpadded hour, time first); two writers sharing one unit
A9 = Art("Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy sinh hoạt chuyên đề về xây dựng văn hóa công vụ",
         "Sáng 12/1, Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy tổ chức sinh hoạt chuyên đề quý I/2026 với chủ đề “Xây dựng văn hóa công vụ trong cơ quan tham mưu của Tỉnh ủy”.",
         [("p", "Tại buổi sinh hoạt, đồng chí Nguyễn Thị Hương Giang, Phó Bí thư Đảng ủy, Phó Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy trình bày chuyên đề, làm rõ những yêu cầu về tinh thần, thái độ, trách nhiệm, tác phong của cán bộ, công chức cơ quan tham mưu khi bộ máy được tinh gọn, khối lượng công việc tăng lên."),
          ("p", "Chuyên đề nêu rõ 5 nhóm giải pháp trọng tâm: nâng cao nhận thức về văn hóa công vụ gắn với Quy định số 144-QĐ/TW về chuẩn mực đạo đức cách mạng của cán bộ, đảng viên trong giai đoạn mới; thực hiện nghiêm quy chế làm việc, quy trình xử lý văn bản trên môi trường số; xây dựng mối quan hệ đồng nghiệp đoàn kết, tôn trọng; phát huy vai trò nêu gương của người đứng đầu; gắn kết quả thực hiện với đánh giá, xếp loại cuối năm."),
          ("img", "/Portals/0/News/2026/01/sinh-hoat-chuyen-de-btgdv.jpg", "Quang cảnh buổi sinh hoạt chuyên đề"),
          ("p", "Thảo luận tại buổi sinh hoạt, 8 ý kiến của đảng viên đã chia sẻ kinh nghiệm xử lý công việc trong điều kiện chuyển đổi số, đề xuất xây dựng bộ tiêu chí đánh giá văn hóa công vụ cụ thể, dễ đo lường cho từng phòng, bộ phận."),
          ("p", "Kết luận buổi sinh hoạt, Bí thư Đảng ủy đề nghị các chi bộ trực thuộc đưa nội dung chuyên đề vào sinh hoạt chi bộ định kỳ; mỗi đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong năm 2026.")])
BYLINE9 = "Thu Trang - Ngọc Hà (Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy)"


def page09():
    pub = T("2026-01-13 08:30")
    url = "https://dangbocoquandang.hatinh.dcs.vn/Default.aspx?tabid=87&ch=412&ItemID=5306"

    def img(s, c, n):
        return (f'<table class="tplCaption" align="center" border="0" cellpadding="3" cellspacing="0" width="1"><tbody><tr><td><img src="{s}" alt="" width="640" height="427" /></td></tr>'
                f'<tr><td><p class="Image">{esc(c)}</p></td></tr></tbody></table>')

    def main(rng, rl, rd):
        body = A9.render(p=lambda t: f'<p class="Normal" style="text-align: justify;">{esc(t)}</p>', img=img)
        sep = '<img src="/Portals/_default/Skins/DUKCQ_HT/images/breadcrumb.png" alt="" class="bc-sep" />'
        others = "".join(f'<li><a href="/Default.aspx?tabid=87&amp;ch=412&amp;ItemID={rng.randint(5100, 5305)}">{esc(t)}</a> <span class="ngay">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        mid = "dnn_ctr1442_ViewNews"
        return (f'<div class="breadcrumb-dnn"><span id="dnn_dnnBREADCRUMB_lblBreadCrumb"><a href="/Default.aspx?tabid=36" class="Breadcrumb">Trang chủ</a>{sep}<a href="/Default.aspx?tabid=85" class="Breadcrumb">Tin tức</a>{sep}<a href="/Default.aspx?tabid=87" class="Breadcrumb">Hoạt động cơ sở đảng</a></span></div>'
                f'<div id="dnn_ctr1442_ContentPane" class="DNNAlignleft"><div id="dnn_ctr1442_ModuleContent" class="DNNModuleContent ModVNVNewsC"><div class="news-detail">'
                f'<h1 id="{mid}_lblTitle" class="news-title">{esc(A9.title)}</h1>'
                f'<div class="news-date"><span id="{mid}_lblDate">{pub.hour}:{pub.minute:02d} - {dmy(pub)}</span> &nbsp;|&nbsp; <span id="{mid}_lblView">Lượt xem: 418</span></div>'
                f'<div class="news-summary"><span id="{mid}_lblSummary"><b>{esc(A9.lead)}</b></span></div>'
                f'<div id="{mid}_divContent" class="news-content">{body}</div>'
                f'<p style="text-align: right;"><em>{esc(BYLINE9)}</em></p>'
                f'<div class="news-tool"><a id="{mid}_lnkPrint" href="javascript:__doPostBack(\'dnn$ctr1442$ViewNews$lnkPrint\',\'\')">In bài</a> | <a id="{mid}_lnkMail" href="javascript:__doPostBack(\'dnn$ctr1442$ViewNews$lnkMail\',\'\')">Gửi bài</a> | <a href="javascript:history.back()">Trở về</a></div>'
                f'<div class="news-other"><div class="news-other-title">Các tin đã đưa</div><div class="news-other-date">Các tin đã đưa ngày: <input name="dnn$ctr1442$ViewNews$txtDate" type="text" id="{mid}_txtDate" value="{dmy(pub)}" /> <input type="submit" name="dnn$ctr1442$ViewNews$btnView" value="Xem" id="{mid}_btnView" /></div>'
                f'<ul>{others}</ul></div></div></div></div>')

    def side(rng, pub_):
        return (side_std(rng, pub_, "Tin xem nhiều", fmt=lambda d: dmy(d), cls="DNNModuleContent ModVNVNewsTopC")
                + schedule(rng, pub_, "Lịch công tác Thường trực Đảng ủy", "DNNModuleContent lich")
                + '<div class="DNNModuleContent ModLinkC"><h3>Trang thông tin cơ sở</h3><ul><li><a href="#">Đảng bộ Văn phòng Tỉnh ủy</a></li><li><a href="#">Đảng bộ Ban Tổ chức Tỉnh ủy</a></li><li><a href="#">Chi bộ Ủy ban Kiểm tra Tỉnh ủy</a></li><li><a href="#">Đảng bộ Báo và Phát thanh, Truyền hình Hà Tĩnh</a></li></ul></div>')

    def top(rng, pub_):
        return ('<div class="logo"><a id="dnn_dnnLOGO_hypLogo" title="Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh" href="/Default.aspx?tabid=36"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-dukcqd.png" alt="Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh" /></a></div>'
                f'<div class="ngay-hien-tai">{wd(pub_)}, {dmy(pub_)}</div>')

    head = ('<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " /><link href="/Portals/_default/default.css?cdv=112" type="text/css" rel="stylesheet"/><link href="/DesktopModules/VNVNews/module.css?cdv=112" type="text/css" rel="stylesheet"/>'
            '<link href="/Portals/_default/Skins/DUKCQ_HT/skin.css?cdv=112" type="text/css" rel="stylesheet"/><script src="/Resources/libraries/jQuery/01_09_01/jquery.js?cdv=112" type="text/javascript"></script>'
            '<script src="/js/dnn.js?cdv=112" type="text/javascript"></script><script src="/js/dnn.servicesframework.js?cdv=112" type="text/javascript"></script>')
    return page("s28-09", family="party_committee_of_party_agencies_dnn7_vendor_news_module_unpadded_time_first",
                name="hatinh-duk-co-quan-dang-dnn7-vnvnews-vendor-module-breadcrumb-image-separators-hoat-dong-co-so-dang-h1-lbltitle-h-mm-dash-dd-mm-yyyy-unpadded-hour-bold-lblsummary-lead-tplcaption-table-italic-right-two-names-dash-one-shared-unit-paren-cac-tin-da-dua",
                url=url, art=A9, main_fn=main, pub=pub, prefix="dnn", kb=175,
                org="Đảng ủy các cơ quan Đảng tỉnh Hà Tĩnh", addr="Số 1 đường Phan Đình Phùng, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.710",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A9.title + " > Hoạt động cơ sở đảng", "action": "/Default.aspx?tabid=87&ch=412&ItemID=5306"},
                exp=expected(A9, iso(pub), author="Thu Trang, Ngọc Hà", unit="Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy", category="Hoạt động cơ sở đảng"),
                traps={"bylines": [BYLINE9], "chrome": ["Lượt xem: 418", "Các tin đã đưa", "Các tin đã đưa ngày:", "Trang thông tin cơ sở", "Lịch công tác Thường trực Đảng ủy"], "related": lambda rl: rl[:5]},
                notes="The site of an Đảng ủy các cơ quan Đảng tỉnh (the post-2025 bloc committee) on DNN 7 with a local vendor's news module (dnn_ctr1442_ViewNews_lblTitle / lblDate / lblSummary / divContent; one form with __VIEWSTATE, __dnnVariable; __doPostBack links; a 'Các tin đã đưa ngày:' date box). Stamp: span#…_lblDate '8:30 - 13/01/2026' — TIME FIRST, the hour NOT zero-padded (the module's format 'H:mm - dd/MM/yyyy') → 2026-01-13T08:30:00+07:00 (the sapo says the session was the morning of the 12th; the item went up the next morning). The date box's value is the item's day. Lead: the bold lblSummary. One image in a tplCaption table with a <p class='Image'> caption. Byline italic right: 'Thu Trang - Ngọc Hà (Đảng bộ Ban Tuyên giáo và Dân vận Tỉnh ủy)' → two authors 'Thu Trang, Ngọc Hà' sharing ONE unit (the parenthesis follows the second name but belongs to both: a two-writer credit with one unit, unlike set 26's 'A (unit 1) - B (unit 2)'). DNN breadcrumb (image separators, no text between levels) → 'Hoạt động cơ sở đảng'. The '144-QĐ/TW' regulation inside the text is the text's.",
                readme="DNN 7 + a local vendor's news module, Đảng ủy các cơ quan Đảng tỉnh: 'H:MM - dd/mm/yyyy' (time first, hour not zero-padded: '8:30 - 13/01/2026'), bold lblSummary lead, tplCaption table caption, italic right 'A - B (unit)' (two writers sharing one unit), breadcrumb with image separators, 'Các tin đã đưa ngày:' box")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
