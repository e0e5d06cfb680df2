"""Set 30 pages 1-9: a random sample of what a researcher meets across the provincial Party system in 2025-2026 —
the common products (shared/research/vn-sites.md) in skins and versions sets 27-29 did not use: NukeViet 4.5 under a
provincial vendor's red Party theme; a local vendor's ASP.NET WebForms CMS with 'BodyContent_ctl00_ctlNN_' ids;
WordPress + Astra; Joomla 3.9 + Gantry 5; DNN 8 + Ventrian News Articles; Liferay DXP 7.2 with a Web Content Display on
a friendly URL; SharePoint Server 2019 publishing pages; the '.dcs.vn' platform's sub-site skin for a commune Party
committee — and one less common stack, a merged press agency's newsroom on SvelteKit. Article kinds: a NOTICE with
attachments, an INTERVIEW, a PHOTO STORY, a SERIES part, a REPRINT, an OBITUARY with a biography, a SPEECH, an item
that is mostly a TABLE, a commune's PARTY CONGRESS.
Pages 4, 7 and 9 carry one TWIST each: the text printed in TWO containers around an injected 'Đọc thêm' box; a hidden
text-to-speech copy of the whole article before the text; the headline typed again in capitals as the first, bold
paragraph of Word-pasted text."""
from datetime import timedelta

from .common import Art, T, iso, isod, dmy, hm, wd, esc, heads11, past, expected, slug, dump, hexid, alnum, b64blob
from .kit import rel, share, schedule, links_box, poll, comments, jsonld, og
from .shell import MENU_NEWS, MENU_MASS, MENU_GOV, viewstate
from .base import page, side_std, vb_box


def right_bold(t):
    return f'<p style="text-align:right"><strong>{esc(t)}</strong></p>'


def right_em(t):
    return f'<p style="text-align:right"><em>{esc(t)}</em></p>'


def jp(t):
    return f'<p style="text-align:justify">{esc(t)}</p>'


def strong_h(t):
    return f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>'


def pcap(s, c, n):
    return (f'<p style="text-align:center"><img alt="{esc(c, True)}" src="{s}" style="width:100%" /></p>'
            f'<p style="text-align:center"><em>{esc(c)}</em></p>')


def teasers(rng, head, titles, dates, authors, fmt, cls, base="/tin-tuc", tag="h3"):
    """A sidebar box of teasers, each with its date AND its writer (the shape of an item's own credit)."""
    li = "".join(f'<li class="{cls}-item"><a href="{base}/{slug(t)}-{rng.randint(1000, 9999)}.html"><img src="/uploads/thumb/{hexid(rng, 10)}.jpg" alt="" loading="lazy" /></a>'
                 f'<a class="{cls}-title" href="{base}/{slug(t)}-{rng.randint(1000, 9999)}.html">{esc(t)}</a>'
                 f'<div class="{cls}-meta"><span class="date">{esc(fmt(d))}</span> <span class="author">{esc(a)}</span></div></li>'
                 for t, d, a in zip(titles, dates, authors))
    return f'<div class="{cls}"><{tag} class="{cls}-head">{esc(head)}</{tag}><ul>{li}</ul></div>'


def nv_crumbs(items, home="Trang nhất"):
    li = "".join(f'<li id="brcr_{i}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a href="{h}" itemprop="item" title="{esc(t, True)}"><span itemprop="name">{esc(t)}</span></a><i class="hidden" itemprop="position" content="{i + 1}"></i></li>'
                 for i, (t, h) in enumerate(items))
    return (f'<nav class="third-nav"><div class="breadcrumbs-wrap"><div class="display"><a class="show-subs-breadcrumbs hidden" href="#" onclick="showSubBreadcrumbs(this, event);"><em class="fa fa-lg fa-angle-right"></em></a>'
            f'<ul class="breadcrumbs list-none" itemscope itemtype="https://schema.org/BreadcrumbList">{li}</ul></div></div></nav>')


def nv_related(rng, head, titles, dates, base, fmt=dmy):
    li = "".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="{base}/{slug(t)}-{rng.randint(900, 5100)}.html" title="{esc(t, True)}">{esc(t)}</a> <em>({fmt(d)})</em></li>' for t, d in zip(titles, dates))
    return f'<p class="h3"><strong>{esc(head)}</strong></p><div class="clearfix"><ul class="related list-items">{li}</ul></div>'


NV_HEAD = ('<meta name="generator" content="NukeViet v{v}" /><link rel="StyleSheet" href="/themes/{t}/css/bootstrap.non-responsive.css"><link rel="StyleSheet" href="/themes/{t}/css/style.css">'
           '<link rel="StyleSheet" href="/themes/{t}/css/news.css"><script data-show="inline">var nv_base_siteurl="/",nv_lang_data="vi",nv_lang_interface="vi",nv_name_variable="nv",'
           'nv_fc_variable="op",nv_lang_variable="language",nv_module_name="news",nv_func_name="detail",nv_is_user=0,nv_my_ofs=7,nv_my_abbr="ICT",nv_cookie_prefix="{c}",'
           'nv_check_pass_mstime=1738000,nv_area_admin=0,nv_safemode=0,theme_responsive=1,nv_is_recaptcha=0;</script><script src="/assets/js/jquery/jquery.min.js"></script>'
           '<script src="/assets/js/language/vi.js"></script><script src="/assets/js/global.js"></script><script src="/themes/{t}/js/main.js"></script>')
MONTHS_VI = ["Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai"]
def tcd(d, time=True):
    """The newsroom's own formatter: the time, a comma, then the date ('08:30, 12/01/2026'); the day alone for the header strip."""
    return f"{hm(d)}, {dmy(d)}" if time else f"{wd(d)}, {dmy(d)}"


# ===================================================================== 1 Tỉnh ủy Hà Tĩnh: NukeViet 4.5, a vendor's red Party theme; a NOTICE with attachments (document number, signer, file list); 'Nguồn tin:' only
A1 = Art("Thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Tỉnh ủy tháng 02/2026",
         "Ngày 27/01/2026, Văn phòng Tỉnh ủy ban hành Thông báo số 318-TB/VPTU về lịch tiếp công dân định kỳ tháng 02/2026 của đồng chí Bí thư Tỉnh ủy. Trang thông tin điện tử Đảng bộ tỉnh đăng toàn văn Thông báo.",
         [("p", "Thực hiện Quy định số 11-QĐi/TW ngày 18/02/2019 của Bộ Chính trị về trách nhiệm của người đứng đầu cấp ủy trong việc tiếp dân, đối thoại trực tiếp với dân và xử lý những phản ánh, kiến nghị của dân; Quy chế tiếp công dân của Ban Thường vụ Tỉnh ủy, Văn phòng Tỉnh ủy thông báo lịch tiếp công dân định kỳ tháng 02/2026 của đồng chí Bí thư Tỉnh ủy như sau:"),
          ("p", "1. Thời gian: Từ 7 giờ 30 phút, thứ Năm, ngày 05/02/2026."),
          ("p", "2. Địa điểm: Trụ sở Tiếp công dân tỉnh, số 02 đường Nguyễn Chí Thanh, phường Thành Sen, tỉnh Hà Tĩnh."),
          ("p", "3. Thành phần phối hợp: Lãnh đạo Ủy ban Kiểm tra Tỉnh ủy, Ban Nội chính Tỉnh ủy, Văn phòng Tỉnh ủy, Thanh tra tỉnh, Ban Tiếp công dân tỉnh; lãnh đạo các sở, ngành, địa phương có liên quan đến nội dung công dân phản ánh, kiến nghị."),
          ("p", "4. Đăng ký tiếp công dân: Công dân có nhu cầu gặp đồng chí Bí thư Tỉnh ủy đăng ký trước tại Ban Tiếp công dân tỉnh chậm nhất ngày 02/02/2026, kèm theo đơn và các giấy tờ, tài liệu liên quan (theo mẫu đơn đăng ký đính kèm Thông báo này). Trường hợp nhiều người cùng phản ánh một nội dung thì cử người đại diện, không quá 05 người."),
          ("p", "5. Ban Tiếp công dân tỉnh chủ trì, phối hợp với Văn phòng Tỉnh ủy, Công an tỉnh và các cơ quan liên quan chuẩn bị hồ sơ, tài liệu, bảo đảm an ninh, trật tự trong buổi tiếp công dân; tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy."),
          ("p", "Mọi chi tiết xin liên hệ đồng chí Phan Thị Thu Hà, Phó Trưởng phòng Hành chính - Tổ chức, Văn phòng Tỉnh ủy; điện thoại: 0239.3856.417.")])
SIGN1 = "Nguyễn Thị Minh Nguyệt"


def page01():
    pub = T("2026-01-28 16:30")
    site = "https://hatinh.dcs.vn"
    url = f"{site}/news/thong-bao/thong-bao-lich-tiep-cong-dan-dinh-ky-cua-dong-chi-bi-thu-tinh-uy-thang-02-2026-5127.html"

    def main(rng, rl, rd):
        header = ('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                  '<td style="text-align:center;width:42%;vertical-align:top"><strong>TỈNH ỦY HÀ TĨNH</strong><br /><strong>VĂN PHÒNG</strong><br />*<br />Số 318-TB/VPTU</td>'
                  '<td style="text-align:center;vertical-align:top"><strong><u>ĐẢNG CỘNG SẢN VIỆT NAM</u></strong><br /><br /><em>Hà Tĩnh, ngày 27 tháng 01 năm 2026</em></td></tr></tbody></table>'
                  '<p style="text-align:center"><strong>THÔNG BÁO</strong><br /><strong>Lịch tiếp công dân định kỳ của đồng chí Bí thư Tỉnh ủy tháng 02/2026</strong></p><p style="text-align:center">-----</p>')
        sign = ('<table border="0" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br />- Thường trực Tỉnh ủy (để b/c);<br />- Ban Tiếp công dân tỉnh;<br />- Thanh tra tỉnh;<br />- Báo và PT-TH Hà Tĩnh (để đưa tin);<br />- Lưu VPTU.</p></td>'
                f'<td style="text-align:center;vertical-align:top"><p><strong>K/T CHÁNH VĂN PHÒNG</strong><br /><strong>PHÓ CHÁNH VĂN PHÒNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>{SIGN1}</strong></p></td></tr></tbody></table>')
        body = header + "".join(jp(t) for t in A1.pars) + sign
        files = [("318-TB-VPTU_lich-tiep-cong-dan-thang-02-2026.pdf", "PDF", "386 KB"), ("Mau-don-dang-ky-tiep-cong-dan.doc", "DOC", "48 KB")]
        fl = "".join(f'<li class="clearfix"><em class="fa fa-file-{"pdf" if k == "PDF" else "word"}-o fa-lg"></em> <a href="/news/thong-bao/thong-bao-lich-tiep-cong-dan-dinh-ky-cua-dong-chi-bi-thu-tinh-uy-thang-02-2026-5127.html?download=1&amp;id={i}" title="{esc(f, True)}">{esc(f)}</a>'
                     f' <span class="text-muted">({k}, {s})</span> <span class="pull-right"><a class="btn btn-xs btn-default" href="#">Tải về</a> <a class="btn btn-xs btn-primary" href="#" onclick="nv_open_browse(\'/news/viewfile/{i}\');return false">Xem trực tuyến</a></span></li>'
                     for i, (f, k, s) in enumerate(files))
        newer = heads11(rng, 3, avoid=[A1.title] + rl)
        nd = sorted((pub + timedelta(days=rng.randint(1, 4), hours=rng.randint(0, 6)) for _ in newer), reverse=True)
        return (f'<div class="news_column panel panel-default detail-dang"><div class="panel-body">'
                f'<h1 class="title margin-bottom-lg">{esc(A1.title)}</h1>'
                f'<ul class="meta-detail list-inline"><li><em class="fa fa-clock-o"></em> {hm(pub)} | {dmy(pub)}</li><li><em class="fa fa-eye"></em> Lượt xem: 1.207</li>'
                f'<li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse(\'/news/print/thong-bao/5127.html\',\'\',840,500,\'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no\');return false"><em class="fa fa-print"></em> In bài</a></li>'
                f'<li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/thong-bao/5127.html"><em class="fa fa-save"></em> Lưu</a></li></ul>'
                f'<div class="hometext m-bottom"><strong>{esc(A1.lead)}</strong></div>'
                f'<div id="news-bodyhtml" class="bodytext margin-bottom-lg">{body}</div>'
                f'<div class="panel panel-default files-attach"><div class="panel-heading"><em class="fa fa-download"></em> Tập tin đính kèm</div><div class="panel-body"><ul class="list-none download-files">{fl}</ul></div></div>'
                f'<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Nguồn tin: </strong>Văn phòng Tỉnh ủy</p></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body"><div class="h5"><em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>'
                f'<a href="/news/tag/tiep-cong-dan"><em>tiếp công dân</em></a>, <a href="/news/tag/thong-bao"><em>thông báo</em></a></div></div></div>'
                f'<div class="news_column panel panel-default"><div class="panel-body other-news">'
                + nv_related(rng, "Những tin mới hơn", newer, nd, "/news/thong-bao")
                + nv_related(rng, "Những tin cũ hơn", rl[:5], rd, "/news/thong-bao")
                + '</div></div>')

    crumbs = nv_crumbs([("Trang nhất", "/"), ("Văn bản", "/news/van-ban/"), ("Thông báo", "/news/thong-bao/")])

    def side(rng, pub_):
        docs = [("321-TB/TU", "29/01/2026", "Thông báo Kết luận của Thường trực Tỉnh ủy về công tác chuẩn bị bầu cử"),
                ("318-TB/VPTU", "27/01/2026", "Thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Tỉnh ủy tháng 02/2026"),
                ("95-KH/TU", "22/01/2026", "Kế hoạch học tập, quán triệt Nghị quyết Đại hội XIV của Đảng"),
                ("312-TB/VPTU", "20/01/2026", "Thông báo lịch trực Tết Nguyên đán Bính Ngọ năm 2026")]
        dl = "".join(f'<li><a href="#"><span class="so-ky-hieu">{n}</span> {esc(t)}</a> <span class="date">Ban hành: {d}</span></li>' for n, d, t in docs)
        return (f'<div class="panel panel-danger van-ban-moi"><div class="panel-heading">Văn bản mới</div><div class="panel-body"><ul class="list-none">{dl}</ul></div></div>'
                + schedule(rng, pub_ + timedelta(days=1), "Lịch công tác Thường trực Tỉnh ủy", "panel lich-ct")
                + side_std(rng, pub_, "Tin mới cập nhật", fmt=lambda d: f"{hm(d)} | {dmy(d)}", cls="panel tin-moi")
                + links_box(["Báo điện tử Đảng Cộng sản Việt Nam", "Tạp chí Cộng sản", "Báo và PT-TH Hà Tĩnh", "Cổng TTĐT tỉnh Hà Tĩnh"], "Liên kết website", "panel lien-ket"))

    def top(rng, pub_):
        today = pub_ + timedelta(days=2)
        return (f'<div class="dang-banner"><a href="/"><img src="/themes/dang_ht/images/banner-tinh-uy-ha-tinh.png" alt="Đảng bộ tỉnh Hà Tĩnh" width="1000" height="150" /></a>'
                f'<div class="dang-today">{wd(today)}, ngày {dmy(today)}</div><form class="dang-search" action="/seek/"><input type="text" name="q" placeholder="Nhập từ khóa..." /><button type="submit">Tìm</button></form></div>')

    head = (og(A1.title, url, {"og:site_name": "Đảng bộ tỉnh Hà Tĩnh", "og:description": A1.lead, "article:published_time": iso(pub), "article:section": "Thông báo"})
            + NV_HEAD.format(v="4.5", t="dang_ht", c="nv4c_Ht5q2"))
    return page("s30-01", family="province_party_nukeviet45_red_vendor_theme_notice_attachments_document_signer",
                name="hatinh-tinhuy-nukeviet45-vendor-red-party-theme-brcr-thong-bao-h1-title-hh-mm-pipe-dd-mm-yyyy-bold-hometext-lead-pasted-notice-header-table-signature-block-noi-nhan-tap-tin-dinh-kem-pdf-doc-nguon-tin-source",
                url=url, art=A1, main_fn=main, pub=pub, prefix="dang", kb=150,
                org="Tỉnh ủy Hà Tĩnh", addr="Số 04 đường Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh", phone="0239.3855.426",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "nv_party", "head_extra": head, "title": A1.title + " - Thông báo - Đảng bộ tỉnh Hà Tĩnh"},
                exp=expected(A1, iso(pub), category="Thông báo", captions=[]),
                traps={"formal_parts": ["TỈNH ỦY HÀ TĨNH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Tĩnh, ngày 27 tháng 01 năm 2026", "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "(Đã ký)", SIGN1, "Nơi nhận:", "Lưu VPTU."],
                       "attachments": ["Tập tin đính kèm", "318-TB-VPTU_lich-tiep-cong-dan-thang-02-2026.pdf", "Mau-don-dang-ky-tiep-cong-dan.doc", "Xem trực tuyến"],
                       "source": ["Nguồn tin:"], "chrome": ["Lượt xem: 1.207", "Những tin mới hơn", "Những tin cũ hơn", "Từ khóa:", "Văn bản mới", "Lịch công tác Thường trực Tỉnh ủy"],
                       "related": lambda rl: rl[:5]},
                notes="A NOTICE with attachments on the site of a Tỉnh ủy built on NukeViet 4.5 under a provincial vendor's red Party theme (the default theme's markup kept: nav.third-nav breadcrumbs with schema.org ListItems, news_column panels, h1.title, div.hometext, #news-bodyhtml, p.h5.text-right). The meta row prints the time FIRST, '16:30 | 28/01/2026' → 2026-01-28T16:30:00+07:00; the header's 'Thứ Sáu, ngày 30/01/2026' is the crawl day; the sidebar's 'Văn bản mới' prints documents' issue days ('Ban hành: …'), the schedule future meetings. Lead: the bold hometext (it names the notice's number and day, 27/01/2026, which is not the item's). The text is the pasted notice: its formal header table (issuer, number 'Số 318-TB/VPTU', 'ĐẢNG CỘNG SẢN VIỆT NAM', the place-date line), the centred heading 'THÔNG BÁO' + subject and the signature table ('Nơi nhận:' list | 'K/T CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG / (Đã ký) / Nguyễn Thị Minh Nguyệt') are formal parts (sets 25 and 28), whatever their markup (a two-cell table is not a data table) → not body; the signer is not the author. Body: the lead, the preamble, the five numbered points (the reception day 05/02/2026 and the registration deadline 02/02/2026 are dates of the event, not of the item) and the contact line (body, set 25). The 'Tập tin đính kèm' panel (a PDF and a DOC with 'Tải về' / 'Xem trực tuyến') is a document-download block (set 24): not body. 'Nguồn tin: Văn phòng Tỉnh ủy' is NukeViet's source field → author and unit null (set 13). Crumb 'Trang nhất › Văn bản › Thông báo' → 'Thông báo'. No pictures.",
                readme="NukeViet 4.5 under a vendor's red Party theme, Tỉnh ủy, a NOTICE with ATTACHMENTS: time-first '16:30 | 28/01/2026', bold hometext lead naming the document (number, its own day), the pasted notice's header table, heading and signature block with the signer (formal parts), a PDF + DOC 'Tập tin đính kèm' panel, 'Nguồn tin: Văn phòng Tỉnh ủy' only (no author, no unit), no pictures")


# ===================================================================== 2 Ban TG&DV Tỉnh ủy Cao Bằng: a local vendor's ASP.NET WebForms CMS (BodyContent_ctl00_ctlNN_ ids); an INTERVIEW (questions bold, answers plain); 'Name (thực hiện)'
QA2 = [("q", "PV: Thưa đồng chí, việc học tập, quán triệt Nghị quyết Đại hội XIV của Đảng năm nay được tổ chức trong bối cảnh nào, có điểm gì khác so với các nhiệm kỳ trước?"),
       ("a", "Điểm khác lớn nhất là lần đầu tiên chúng ta triển khai nghị quyết đại hội toàn quốc khi chính quyền địa phương hai cấp đã vận hành hơn nửa năm. Không còn cấp huyện, 56 đảng bộ xã, phường trực tiếp tổ chức hội nghị cho cán bộ, đảng viên ở cơ sở, nên khối lượng công việc của cấp xã rất lớn, trong khi đội ngũ báo cáo viên ở nhiều nơi còn mỏng."),
       ("a", "Vì vậy, Ban Thường vụ Tỉnh ủy chỉ đạo tổ chức hội nghị trực tuyến từ điểm cầu tỉnh đến tất cả các xã, phường; những nơi đường truyền chưa bảo đảm thì tổ chức trực tiếp. Toàn bộ tài liệu được số hóa, đưa lên ứng dụng sổ tay đảng viên điện tử để mỗi đảng viên có thể đọc lại bất cứ lúc nào."),
       ("q", "PV: Cao Bằng là tỉnh miền núi, địa bàn rộng, nhiều đảng viên là người dân tộc thiểu số. Làm thế nào để nghị quyết thực sự “thấm” đến từng chi bộ, thưa đồng chí?"),
       ("a", "Chúng tôi xác định chi bộ là nơi quyết định. Sau hội nghị cấp tỉnh, mỗi chi bộ dành ít nhất một kỳ sinh hoạt chuyên đề để thảo luận nghị quyết, gắn với những việc cụ thể của thôn, xóm như làm đường, phát triển cây hồi, cây dẻ, bảo vệ rừng đầu nguồn."),
       ("a", "Ở những nơi đồng bào Mông, Dao sinh sống tập trung, báo cáo viên, tuyên truyền viên là người có uy tín, thông thạo tiếng dân tộc sẽ truyền đạt lại bằng tiếng mẹ đẻ. Ban cũng biên soạn tài liệu hỏi - đáp ngắn gọn, in song ngữ và phát trên hệ thống truyền thanh cơ sở."),
       ("q", "PV: Công tác dân vận sẽ được gắn với việc thực hiện nghị quyết như thế nào?"),
       ("a", "Năm 2026, phong trào thi đua “Dân vận khéo” được gắn trực tiếp với chương trình hành động thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh. Mỗi xã, phường đăng ký ít nhất một mô hình “Dân vận khéo” về chuyển đổi số hoặc xây dựng nông thôn mới; cuối năm, Ban sẽ tổng kết, lựa chọn những mô hình hiệu quả để nhân rộng."),
       ("q", "PV: Thời gian tới, Ban Tuyên giáo và Dân vận Tỉnh ủy tập trung vào những nhiệm vụ trọng tâm nào, thưa đồng chí?"),
       ("a", "Trước mắt, chúng tôi tập trung tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031 vào ngày 15/3, bảo đảm cử tri ở vùng sâu, vùng xa, vùng biên giới đều nắm được thông tin về người ứng cử."),
       ("a", "Cùng với đó là nắm bắt kịp thời tình hình tư tưởng, dư luận xã hội; chủ động đấu tranh, phản bác các quan điểm sai trái, thù địch trên không gian mạng, nhất là những thông tin xuyên tạc về Đại hội và về công tác cán bộ."),
       ("q", "PV: Xin trân trọng cảm ơn đồng chí!")]
A2 = Art("Đưa Nghị quyết Đại hội XIV của Đảng vào cuộc sống: Bắt đầu từ chi bộ, từ mỗi đảng viên",
         "Ngay sau khi Đại hội đại biểu toàn quốc lần thứ XIV của Đảng thành công, Ban Tuyên giáo và Dân vận Tỉnh ủy đã tham mưu Ban Thường vụ Tỉnh ủy ban hành kế hoạch học tập, quán triệt và tuyên truyền Nghị quyết Đại hội. Phóng viên đã có cuộc trao đổi với đồng chí Nông Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy về những điểm mới trong cách làm năm nay.",
         [("p", t) for _, t in QA2])
CAP2 = "Đồng chí Nông Thị Hà, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy"


def page02():
    pub = T("2026-02-24 09:05")
    site = "https://tuyengiaodanvan.caobang.gov.vn"
    url = f"{site}/bai-viet/dua-nghi-quyet-dai-hoi-xiv-cua-dang-vao-cuoc-song-bat-dau-tu-chi-bo-4127.aspx"
    ids = "BodyContent_ctl00_ctl01"

    def main(rng, rl, rd):
        qa = "".join(f'<p style="text-align:justify"><strong>{esc(t)}</strong></p>' if k == "q" else jp(t) for k, t in QA2)
        portrait = (f'<table class="image-table" align="center" border="0" cellpadding="3" cellspacing="0" style="width:420px"><tbody><tr><td><img alt="" src="/Upload/Images/2026/02/dong-chi-nong-thi-ha.jpg" style="width:420px" /></td></tr>'
                    f'<tr><td class="image-caption" style="text-align:center"><span style="font-size:12px"><em>{esc(CAP2)}</em></span></td></tr></tbody></table>')
        others = "".join(f'<li><a href="{site}/bai-viet/{slug(t)}-{rng.randint(3900, 4126)}.aspx">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="path"><a href="/">Trang chủ</a> » <a href="/tin-tuc.aspx">Tin tức</a> » <a href="/tin-tuc/tuyen-truyen.aspx">Tuyên truyền</a></div>'
                f'<div class="news-detail"><h1 class="news-title"><span id="{ids}_newsTitle">{esc(A2.title)}</span></h1>'
                f'<div class="news-info"><span id="{ids}_lblDate" class="date">{wd(pub)}, {dmy(pub)} {hm(pub)}</span> <span class="views">Lượt xem: <span id="{ids}_lblView">684</span></span>'
                f' <span class="tools"><a href="javascript:window.print();" class="print">In bài viết</a> <a href="#" class="font-size" data-f="-1">A-</a> <a href="#" class="font-size" data-f="1">A+</a></span></div>'
                f'<div id="{ids}_newsContent" class="news-sapo"><strong>{esc(A2.lead)}</strong></div>'
                f'<div id="divNewsDetails" class="news-content">{portrait}{qa}</div>'
                f'<div class="news-author" style="text-align:right"><strong><span id="{ids}_lblTacGia">Minh Hằng (thực hiện)</span></strong><br /><span id="BodyContent_ctl00_ctl02_lblNguonThongTin" class="nguon"></span></div>'
                f'<div class="news-share">{share("share-bar")}</div></div>'
                f'<div class="other-news"><div class="other-news-title">Các tin khác</div><ul>{others}</ul></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A2.title])
        hot = "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{dmy(d)} {hm(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 14)))
        return (f'<div class="box-right"><div class="box-title">Tin nổi bật</div><ul class="list-hot">{hot}</ul></div>'
                + '<div class="box-right"><div class="box-title">Chuyên đề</div><ul><li><a href="#">Học tập, quán triệt Nghị quyết Đại hội XIV của Đảng</a></li><li><a href="#">Bầu cử đại biểu Quốc hội khóa XVI và HĐND các cấp</a></li><li><a href="#">Bảo vệ nền tảng tư tưởng của Đảng</a></li></ul></div>'
                + poll("Đồng chí tiếp cận tài liệu Nghị quyết Đại hội XIV của Đảng qua kênh nào?", ["Hội nghị trực tiếp", "Hội nghị trực tuyến", "Sổ tay đảng viên điện tử", "Báo chí, mạng xã hội"], "box-right poll")
                + links_box(["Ban Tuyên giáo và Dân vận Trung ương", "Tạp chí Tuyên giáo", "Báo Cao Bằng", "Cổng TTĐT tỉnh Cao Bằng"], "Liên kết", "box-right lien-ket"))

    def top(rng, pub_):
        today = pub_ + timedelta(days=2)
        return (f'<div class="header-banner"><img src="/Images/banner-btgdv-caobang.png" alt="Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng" /></div>'
                f'<div class="header-bar"><span id="BodyContent_ucHeader_lblToday" class="today">Hôm nay, {wd(today)} {dmy(today)}</span>'
                f'<div class="search"><input name="ctl00$BodyContent$ucHeader$txtSearch" type="text" id="BodyContent_ucHeader_txtSearch" placeholder="Tìm kiếm" /><input type="submit" name="ctl00$BodyContent$ucHeader$btnSearch" value="Tìm" /></div></div>')

    head = og(A2.title, url, {"og:site_name": "Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", "og:description": A2.lead}) + '<link href="/Content/bootstrap.min.css" rel="stylesheet" /><script src="/Scripts/WebForms/MsAjax/MicrosoftAjax.js" type="text/javascript"></script>'
    return page("s30-02", family="btgdv_province_aspnet_webforms_bodycontent_cms_interview_questions_bold",
                name="caobang-btgdvtu-aspnet-webforms-bodycontent-ctl00-ctl01-newstitle-path-tuyen-truyen-lbldate-weekday-dd-mm-yyyy-hh-mm-newscontent-bold-sapo-portrait-caption-pv-questions-bold-answers-plain-lbltacgia-name-thuc-hien",
                url=url, art=A2, main_fn=main, pub=pub, prefix="cms", kb=140,
                org="Ban Tuyên giáo và Dân vận Tỉnh ủy Cao Bằng", addr="Số 021 đường Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng", phone="0206.3852.417",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "cema", "head_extra": head, "title": A2.title, "form": True, "action": "./bai-viet/dua-nghi-quyet-dai-hoi-xiv-cua-dang-vao-cuoc-song-bat-dau-tu-chi-bo-4127.aspx"},
                exp=expected(A2, iso(pub), author="Minh Hằng", category="Tuyên truyền", captions=[CAP2]),
                traps={"bylines": ["Minh Hằng (thực hiện)"], "chrome": ["Lượt xem:", "In bài viết", "Các tin khác", "Tin nổi bật", "Thăm dò ý kiến", "Đồng chí tiếp cận tài liệu Nghị quyết Đại hội XIV của Đảng qua kênh nào?"], "related": lambda rl: rl[:5]},
                notes="An INTERVIEW on the site of a Ban Tuyên giáo và Dân vận Tỉnh ủy built on a local vendor's ASP.NET WebForms CMS (MasterPage 'BodyContent' placeholder: span#BodyContent_ctl00_ctl01_newsTitle inside the h1, span#…_lblDate, div#…_newsContent (the sapo), div#divNewsDetails (the text), span#…_lblTacGia, an EMPTY span#BodyContent_ctl00_ctl02_lblNguonThongTin; __VIEWSTATE in form#form1). Stamp 'Thứ Ba, 24/02/2026 09:05' → 2026-02-24T09:05:00+07:00; the header's 'Hôm nay, Thứ Năm 26/02/2026' is the crawl day; 'Tin nổi bật' items carry their own dates and times. Lead: the bold newsContent sapo, which names the interviewee. Body: the sapo, then the questions — bold paragraphs beginning 'PV:', kept as printed, 'PV:' and all — and the plain answers, in page order, the closing 'PV: Xin trân trọng cảm ơn đồng chí!' included (the interview's words, as a speech's closing is, set 28). The interviewee (đồng chí Nông Thị Hà, named in the sapo and in the portrait's caption) is the SOURCE, not the author; the interviewer signs 'Minh Hằng (thực hiện)' in lblTacGia → author 'Minh Hằng' ('(thực hiện)' dropped, set 26), no unit; the empty lblNguonThongTin changes nothing (set 13). The portrait's two-row table caption (centred small <em>) is the only caption — a caption in byline shape is a caption (set 28). 'Trang chủ » Tin tức » Tuyên truyền' (div.path) → 'Tuyên truyền'. Dates in the text: 15/3 (the elections).",
                readme="a local vendor's ASP.NET WebForms CMS (BodyContent_ctl00_ctl01_ ids), Ban TG&DV Tỉnh ủy, an INTERVIEW: 'Thứ Ba, 24/02/2026 09:05', bold newsContent sapo (lead) naming the interviewee, a portrait table caption, bold 'PV:' questions and plain answers, lblTacGia 'Minh Hằng (thực hiện)' (the interviewer is the author), an empty lblNguonThongTin, a path 'Trang chủ » Tin tức » Tuyên truyền'")


# ===================================================================== 3 Tỉnh đoàn Đắk Lắk: WordPress + Astra; a PHOTO STORY (ten pictures, short texts); 'Ảnh: A - Bài: B' at the top; date-only Astra meta; account
P3 = [("p", "Những ngày cuối tháng 11, khi nước lũ vừa rút, hơn 600 đoàn viên, thanh niên từ các xã, phường phía Tây của tỉnh đã vượt gần 200 km về các xã, phường phía Đông - nơi chịu thiệt hại nặng nề nhất trong đợt mưa lũ lịch sử - giúp người dân dọn bùn, vệ sinh nhà cửa, trường học, sửa chữa điện, nước."),
      ("img", "/wp-content/uploads/2025/11/xuat-quan-ve-vung-lu.jpg", "Xe chở đoàn viên, thanh niên và hàng hóa từ phường Buôn Ma Thuột xuất phát về vùng lũ lúc 5 giờ sáng"),
      ("p", "Tại xã Hòa Thịnh, lớp bùn non dày 30 - 50 cm phủ kín nhà cửa, sân vườn. Các đội hình chia thành từng nhóm nhỏ, mỗi nhóm phụ trách một cụm dân cư."),
      ("img", "/wp-content/uploads/2025/11/xuc-bun-thon-my-hoa.jpg", "Đoàn viên, thanh niên xúc bùn trong nhà một hộ dân ở thôn Mỹ Hòa, xã Hòa Thịnh"),
      ("img", "/wp-content/uploads/2025/11/may-bom-xit-rua.jpg", "Máy bơm chữa cháy được huy động để xịt rửa bùn đất bám trên tường"),
      ("img", "/wp-content/uploads/2025/11/phoi-sach-vo.jpg", "Sách vở, đồ dùng học tập của học sinh được phơi khô, phân loại"),
      ("p", "Trường Tiểu học số 1 Hòa Thịnh là một trong những điểm được ưu tiên. Sau hai ngày, các phòng học, bàn ghế đã được lau rửa sạch sẽ để học sinh sớm trở lại lớp."),
      ("img", "/wp-content/uploads/2025/11/lau-rua-ban-ghe.jpg", "Dọn dẹp, lau rửa bàn ghế tại Trường Tiểu học số 1 Hòa Thịnh"),
      ("img", "/wp-content/uploads/2025/11/sap-xep-thu-vien.jpg", "Thanh niên tình nguyện cùng thầy cô giáo sắp xếp lại thư viện trường"),
      ("p", "Đội hình thanh niên có chuyên môn kỹ thuật điện, nước kiểm tra, sửa chữa miễn phí đường dây, thiết bị điện cho hơn 300 hộ dân, bảo đảm an toàn trước khi đóng điện trở lại."),
      ("img", "/wp-content/uploads/2025/11/kiem-tra-dien.jpg", "Đoàn viên Chi đoàn Điện lực kiểm tra hệ thống điện cho người dân"),
      ("img", "/wp-content/uploads/2025/11/bua-com-trua.jpg", "Bữa cơm trưa vội giữa những giờ làm việc của các tình nguyện viên"),
      ("p", "Bên cạnh ngày công lao động, Tỉnh đoàn đã trao 1.200 suất quà gồm gạo, mì tôm, nước uống, áo phao và 300 bộ sách giáo khoa cho học sinh vùng lũ, tổng trị giá hơn 850 triệu đồng."),
      ("img", "/wp-content/uploads/2025/11/trao-qua-phu-yen.jpg", "Trao quà hỗ trợ cho các hộ dân bị thiệt hại nặng tại phường Phú Yên"),
      ("img", "/wp-content/uploads/2025/11/nu-cuoi-sau-lu.jpg", "Nụ cười của người dân và đoàn viên, thanh niên sau khi hoàn thành dọn dẹp một con hẻm"),
      ("p", "Đợt ra quân tiếp tục đến hết ngày 5/12, với khoảng 1.500 lượt đoàn viên, thanh niên tham gia.")]
A3 = Art("Phóng sự ảnh: Tuổi trẻ Đắk Lắk về vùng lũ phía Đông giúp dân dọn dẹp sau lũ", None, P3)
CRED3 = "Ảnh: Trần Quang Vinh - Bài: Nguyễn Thị Hòa"


def page03():
    pub = T("2025-11-28 15:40")
    site = "https://tinhdoandaklak.vn"
    url = f"{site}/phong-su-anh-tuoi-tre-dak-lak-ve-vung-lu-phia-dong-giup-dan-don-dep-sau-lu/"

    def img(s, c, n):
        return (f'<figure class="wp-block-image size-large"><img loading="lazy" decoding="async" width="1024" height="683" src="{site}{s}" alt="" class="wp-image-{5810 + n}" '
                f'srcset="{site}{s} 1024w, {site}{s[:-4]}-300x200.jpg 300w, {site}{s[:-4]}-768x512.jpg 768w" sizes="(max-width: 1024px) 100vw, 1024px" /><figcaption class="wp-element-caption">{esc(c)}</figcaption></figure>')

    def main(rng, rl, rd):
        body = A3.render(p=lambda t: f"<p>{esc(t)}</p>", img=img)
        navp = rl[0]
        navn = rl[1]
        return (f'<article id="post-5807" class="post-5807 post type-post status-publish format-standard has-post-thumbnail hentry category-hoat-dong-doan tag-vung-lu ast-article-single" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">'
                f'<div class="ast-post-format- single-layout-1"><header class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(A3.title)}</h1>'
                f'<div class="entry-meta"><span class="cat-links"><a href="{site}/category/hoat-dong-doan/" rel="category tag">Hoạt động Đoàn</a></span> / '
                f'Bởi <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="Xem tất cả bài viết của tinhdoan_dl" href="{site}/author/tinhdoan_dl/" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">tinhdoan_dl</span></a></span> / '
                f'<span class="posted-on"><span class="published" itemprop="datePublished"> {dmy(pub)}</span></span></div></header>'
                f'<div class="entry-content clear" itemprop="text"><p style="text-align:right"><em>{esc(CRED3)}</em></p>{body}</div></div></article>'
                f'<nav class="navigation post-navigation" aria-label="Bài viết"><div class="nav-links"><div class="nav-previous"><a href="{site}/{slug(navp)}/" rel="prev"><span class="ast-left-arrow">←</span> Bài viết trước</a></div>'
                f'<div class="nav-next"><a href="{site}/{slug(navn)}/" rel="next">Bài viết tiếp theo <span class="ast-right-arrow">→</span></a></div></div></nav>'
                f'<div class="ast-single-related-posts-container"><div class="ast-related-posts-title-section"><h2 class="ast-related-posts-title">Bài viết liên quan</h2></div><div class="ast-related-posts-wrapper">'
                + "".join(f'<article class="ast-related-post"><div class="ast-related-post-content"><h3 class="ast-related-post-title"><a href="{site}/{slug(t)}/">{esc(t)}</a></h3><div class="entry-meta ast-related-cat-style--none">{dmy(d)}</div></div></article>' for t, d in zip(rl[2:6], rd))
                + '</div></div><div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Trả lời</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">Email của bạn sẽ không được hiển thị công khai.</p><p class="comment-form-comment"><label for="comment">Bình luận</label></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Gửi bình luận" /></p></form></div></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A3.title])
        li = "".join(f'<li><a href="{site}/{slug(t)}/">{esc(t)}</a> <span class="post-date">{dmy(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 16)))
        return (f'<aside id="block-3" class="widget widget_block"><h2 class="widget-title">Bài viết mới</h2><ul class="wp-block-latest-posts__list">{li}</ul></aside>'
                + '<aside id="block-5" class="widget widget_block"><h2 class="widget-title">Chung tay vì vùng lũ</h2><p>Tài khoản tiếp nhận ủng hộ của Tỉnh đoàn: 0101 2345 6789 - Ngân hàng TMCP Ngoại thương, chi nhánh Đắk Lắk.</p><p>Hạn tiếp nhận: hết ngày 15/12/2025.</p></aside>'
                + '<aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">Chuyên mục</h2><ul><li><a href="#">Hoạt động Đoàn</a></li><li><a href="#">Thanh niên tình nguyện</a></li><li><a href="#">Gương sáng tuổi trẻ</a></li><li><a href="#">Văn bản</a></li></ul></aside>')

    def top(rng, pub_):
        return ('<div class="ast-builder-layout-element site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element">'
                f'<span class="header-date">{wd(pub_ + timedelta(days=1))}, {dmy(pub_ + timedelta(days=1))}</span></div></div></div>'
                '<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="320" height="80" src="/wp-content/uploads/2025/07/logo-tinh-doan-dak-lak.png" class="custom-logo" alt="Tỉnh đoàn Đắk Lắk" /></a></span></div>')

    yoast = jsonld({"@context": "https://schema.org", "@graph": [{"@type": "Article", "@id": url + "#article", "headline": A3.title, "datePublished": "2025-11-28T15:40:12+07:00", "dateModified": "2025-11-29T08:02:47+07:00",
                                                                  "author": {"name": "tinhdoan_dl", "@id": site + "/#/schema/person/7c1e"}, "articleSection": ["Hoạt động Đoàn"], "inLanguage": "vi"},
                                                                 {"@type": "WebPage", "@id": url, "url": url, "name": A3.title + " - Tỉnh đoàn Đắk Lắk", "datePublished": "2025-11-28T15:40:12+07:00"}]})
    head = ('<meta name="robots" content="index, follow, max-image-preview:large" />' + og(A3.title, url, {"og:site_name": "Tỉnh đoàn Đắk Lắk", "article:published_time": "2025-11-28T15:40:12+07:00", "article:modified_time": "2025-11-29T08:02:47+07:00"})
            + yoast + "<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.8.3' media='all' />"
            + "<style id='astra-theme-css-inline-css'>:root{--ast-container-default-xlg-padding:3em;--ast-container-default-lg-padding:3em}.ast-single-post .entry-content a{text-decoration:underline}.wp-element-caption{font-size:14px;font-style:italic;text-align:center}</style>")
    return page("s30-03", family="provincial_youth_union_wp_astra_photo_story_photographer_first_credit",
                name="daklak-tinhdoan-wordpress-astra4-entry-meta-cat-links-hoat-dong-doan-boi-account-date-only-dd-mm-yyyy-no-time-jsonld-time-ignored-no-lead-italic-right-anh-name-dash-bai-name-at-top-ten-wp-block-image-figcaptions-short-texts-post-navigation",
                url=url, art=A3, main_fn=main, pub=pub, prefix="ast", kb=175,
                org="Ban Thường vụ Tỉnh đoàn Đắk Lắk", addr="Số 04 đường Hai Bà Trưng, phường Buôn Ma Thuột, tỉnh Đắk Lắk", phone="0262.3852.307",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "astra", "head_extra": head, "title": A3.title + " - Tỉnh đoàn Đắk Lắk", "items": MENU_MASS, "charset_meta": False, "body_cls": "post-template-default single single-post postid-5807 single-format-standard ast-single-post ast-inherit-site-logo-transparent ast-hfb-header ast-right-sidebar astra-4.8.3"},
                exp=expected(A3, isod(pub), author="Nguyễn Thị Hòa", photographer="Trần Quang Vinh", category="Hoạt động Đoàn", lead=None),
                traps={"credit": [CRED3], "account": ["tinhdoan_dl"], "chrome": ["Bài viết trước", "Bài viết tiếp theo", "Bài viết liên quan", "Gửi bình luận", "Chung tay vì vùng lũ", "Hạn tiếp nhận: hết ngày 15/12/2025."], "related": lambda rl: rl[2:6]},
                notes="A PHOTO STORY (phóng sự ảnh) on a provincial youth union's WordPress site (Astra 4.8: article.ast-article-single, h1.entry-title, div.entry-meta with the category link, 'Bởi' + the author name and span.published, div.entry-content; Gutenberg image blocks). Astra prints the date from the site's 'd/m/Y' setting and NO time, in a plain span (no <time datetime>): '28/11/2025' → '2025-11-28', date only; Yoast's JSON-LD and og carry 15:40:12 — a time that exists only in metadata is not added to a date-only stamp (set 25, MAJORITY). The author name printed by Astra is the account 'tinhdoan_dl' (a handle, set 27) → not an author. The credit is an italic right line at the TOP of the text, 'Ảnh: Trần Quang Vinh - Bài: Nguyễn Thị Hòa' → photographer 'Trần Quang Vinh', author 'Nguyễn Thị Hòa' (photographer named first; the roles are labelled); not body. Ten wp-block-image figcaptions are the captions, in page order; the six short paragraphs between the pictures are body (no lead: Astra prints no excerpt, and the first paragraph is unstyled). Category: the entry-meta's category link 'Hoạt động Đoàn' (no breadcrumb). Dates in the text: 'cuối tháng 11', 'ngày 5/12'; the sidebar's donation box has a deadline (15/12/2025).",
                readme="WordPress + Astra 4, Tỉnh đoàn, a PHOTO STORY: ten wp-block-image figcaptions and six short texts, date-only '28/11/2025' in a plain span (Yoast's time not added), 'Bởi tinhdoan_dl' (account), the category in the entry meta, an italic right 'Ảnh: A - Bài: B' at the TOP (photographer first, author second), no lead")


# ===================================================================== 4 Báo và PT-TH Lâm Đồng: SvelteKit newsroom; a SERIES part (Bài 2); two writers as chips at the top; 'HH:MM, dd/mm/yyyy' stamps; TWIST the text in two containers around an injected 'Đọc thêm' box
PART1_4 = [("p", "7 giờ sáng, sảnh Trung tâm Phục vụ hành chính công xã Đinh Văn Lâm Hà đã kín người. Bà Ka Hương ở thôn Đạ Ròn đến làm thủ tục cấp đổi giấy chứng nhận quyền sử dụng đất - việc trước đây phải lên huyện. “Giờ gần nhà hơn, nhưng hồ sơ đất đai nhiều nên vẫn phải chờ”, bà nói."),
           ("p", "Theo lãnh đạo UBND xã, từ ngày 1/7/2025 đến nay, xã tiếp nhận hơn 11.000 hồ sơ, gấp gần 4 lần tổng số hồ sơ của 3 xã cũ cộng lại cùng kỳ năm trước, trong đó riêng lĩnh vực đất đai chiếm gần 40%."),
           ("h", "Việc tăng, người không tăng"),
           ("p", "Khối lượng công việc tăng mạnh, trong khi số công chức chuyên môn của xã chỉ tăng thêm 9 người được điều động từ huyện cũ về. Công chức địa chính - xây dựng của xã hiện phụ trách cả những việc trước đây do Phòng Tài nguyên và Môi trường, Phòng Kinh tế - Hạ tầng cấp huyện đảm nhận."),
           ("p", "“Có tuần tôi làm đến 9, 10 giờ tối mới xong hồ sơ trong ngày. Nghiệp vụ mới, phần mềm mới, văn bản hướng dẫn cũng mới, vừa làm vừa hỏi”, anh Nguyễn Văn Thắng, công chức địa chính xã, chia sẻ."),
           ("img", "/media/2026/01/12/cong-chuc-dinh-van-lam-ha.jpg", "Công chức xã Đinh Văn Lâm Hà giải quyết hồ sơ đất đai cho người dân"),
           ("p", "Không chỉ ở Đinh Văn Lâm Hà, khảo sát của Sở Nội vụ tại 30 xã, phường cho thấy hơn 60% công chức cấp xã cho rằng áp lực công việc tăng nhiều so với trước sắp xếp; nhiều nơi thiếu công chức có chuyên môn về tài chính, đầu tư, xây dựng.")]
PART2_4 = [("h", "Cách làm hay từ cơ sở"),
           ("p", "Để giảm tải, nhiều xã đã chủ động sắp xếp lại công việc. Xã Quảng Tín phân công công chức “kèm cặp” theo nhóm lĩnh vực, người có kinh nghiệm hướng dẫn người mới; mỗi tuần dành một buổi chiều thứ Sáu để cùng tháo gỡ những hồ sơ vướng mắc."),
           ("p", "Phường 2 Bảo Lộc thành lập tổ hỗ trợ số gồm đoàn viên thanh niên, hướng dẫn người dân nộp hồ sơ trực tuyến ngay tại nhà, giúp giảm gần một nửa lượng người đến trung tâm vào giờ cao điểm."),
           ("img", "/media/2026/01/12/to-ho-tro-so-phuong-2-bao-loc.jpg", "Đoàn viên tổ hỗ trợ số phường 2 Bảo Lộc hướng dẫn người dân nộp hồ sơ trực tuyến"),
           ("p", "Đại diện Sở Nội vụ cho biết, trong quý I/2026, Sở sẽ tham mưu UBND tỉnh điều chỉnh biên chế giữa các xã theo khối lượng công việc thực tế, đồng thời mở các lớp bồi dưỡng chuyên sâu về đất đai, xây dựng, tài chính cho công chức cấp xã."),
           ("p", "“Chính quyền gần dân thì cán bộ phải đủ sức gánh việc. Bố trí người đúng việc, đủ việc là điều kiện để mô hình mới phát huy hiệu quả”, vị đại diện Sở Nội vụ nói.")]
A4 = Art("Bài 2: Gồng mình khi xã nhận thêm việc",
         "Sau sắp xếp, mỗi xã ở Lâm Đồng tiếp nhận hàng trăm nhiệm vụ, thẩm quyền trước đây thuộc cấp huyện. Ở nhiều nơi, đội ngũ cán bộ vừa làm vừa học, vừa giải quyết hồ sơ cho dân vừa tự mày mò các phần mềm mới.",
         PART1_4 + PART2_4)
SERIES4 = "Chính quyền hai cấp sau nửa năm vận hành"
BAI1_4 = ("Bài 1: Trung tâm mới, nếp làm việc mới", "Nửa năm sau ngày chính quyền hai cấp đi vào hoạt động, các Trung tâm Phục vụ hành chính công cấp xã ở Lâm Đồng đã trở thành “địa chỉ một cửa” quen thuộc của người dân.")
BAI3_4 = "Bài 3: Lấy người dân làm trung tâm phục vụ"


def page04():
    pub = T("2026-01-12 08:30")
    upd = T("2026-01-12 14:10")
    site = "https://baolamdong.vn"
    url = f"{site}/chinh-tri/bai-2-gong-minh-khi-xa-nhan-them-viec-412876.html"
    sv = "svelte-1q7x2mb"

    def img(s, c, n):
        return f'<figure class="article-figure {sv}"><picture><source type="image/webp" srcset="{site}{s[:-4]}.webp" /><img src="{site}{s}" alt="{esc(c, True)}" loading="lazy" class="{sv}" /></picture><figcaption class="{sv}">{esc(c)}</figcaption></figure>'

    def h(t):
        return f'<h2 class="article-subhead {sv}">{esc(t)}</h2>'

    def main(rng, rl, rd):
        p1 = Art("", None, PART1_4).render(p=lambda t: f"<p>{esc(t)}</p>", h=h, img=img)
        p2 = Art("", None, PART2_4).render(p=lambda t: f"<p>{esc(t)}</p>", h=h, img=img)
        box = (f'<aside class="inline-related {sv}" aria-label="Đọc thêm"><span class="inline-related__label {sv}">Đọc thêm</span>'
               f'<a class="inline-related__item {sv}" href="{site}/chinh-tri/bai-1-trung-tam-moi-nep-lam-viec-moi-412731.html"><img src="{site}/media/2026/01/11/thumb-bai-1.jpg" alt="" class="{sv}" />'
               f'<span class="inline-related__title {sv}">{esc(BAI1_4[0])}</span><span class="inline-related__sapo {sv}">{esc(BAI1_4[1])}</span></a></aside>'
               f'<div class="ad-slot ad-slot--inarticle {sv}" data-slot="inarticle-1"><span class="ad-slot__label {sv}">Quảng cáo</span></div>')
        series = (f'<section class="series-box {sv}"><div class="series-box__head {sv}"><span class="series-box__label {sv}">Loạt bài</span> <a href="{site}/chuyen-de/chinh-quyen-hai-cap-sau-nua-nam-van-hanh">{esc(SERIES4)}</a></div>'
                  f'<ol class="{sv}"><li><a href="{site}/chinh-tri/bai-1-trung-tam-moi-nep-lam-viec-moi-412731.html">{esc(BAI1_4[0])}</a></li><li class="is-current {sv}">{esc(A4.title)} <em>(đang đọc)</em></li>'
                  f'<li class="is-next {sv}">{esc(BAI3_4)} <em>(Kỳ tới)</em></li></ol></section>')
        cards = "".join(f'<article class="card {sv}"><a href="{site}/chinh-tri/{slug(t)}-{rng.randint(410000, 412800)}.html"><img src="{site}/media/thumb/{hexid(rng, 12)}.jpg" alt="" loading="lazy" class="{sv}" /><h3 class="card__title {sv}">{esc(t)}</h3></a>'
                        f'<div class="card__meta {sv}"><span class="card__author {sv}">{esc(a)}</span> · <time class="{sv}">{tcd(d)}</time></div></article>'
                        for t, d, a in zip(rl[:4], rd, ["Thu Hà", "Quang Minh", "Ngọc Ánh", "K'Sor Hlim"]))
        return (f'<article class="article {sv}"><header class="article-header {sv}"><div class="article-kicker {sv}"><a href="{site}/chinh-tri" class="kicker {sv}">Chính trị</a> '
                f'<a href="{site}/chuyen-de/chinh-quyen-hai-cap-sau-nua-nam-van-hanh" class="series-badge {sv}">Loạt bài: {esc(SERIES4)}</a></div>'
                f'<h1 class="article-title {sv}">{esc(A4.title)}</h1>'
                f'<div class="article-meta {sv}"><div class="byline {sv}"><a class="author {sv}" href="{site}/tac-gia/quang-minh">Quang Minh</a> - <a class="author {sv}" href="{site}/tac-gia/thu-ha">Thu Hà</a></div>'
                f'<div class="article-time {sv}"><time datetime="2026-01-12T01:30:00.000Z" class="{sv}">{tcd(pub)}</time> <span class="article-updated {sv}">Cập nhật {tcd(upd)}</span></div></div>'
                f'<div class="article-tools {sv}"><button class="listen {sv}" type="button">Nghe bài viết</button> <button class="font {sv}" type="button">Aa</button> <a class="share-zalo {sv}" href="#">Zalo</a> <a class="share-fb {sv}" href="#">Facebook</a></div></header>'
                f'<h2 class="article-sapo {sv}">{esc(A4.lead)}</h2>'
                f'<div class="article-content {sv}" data-block="1">{p1}</div>{box}<div class="article-content {sv}" data-block="2">{p2}</div>'
                f'{series}<div class="article-tags {sv}"><a href="{site}/tag/chinh-quyen-hai-cap">#chính quyền hai cấp</a> <a href="{site}/tag/cai-cach-hanh-chinh">#cải cách hành chính</a></div></article>'
                f'<section class="related {sv}"><h2 class="related__title {sv}">Cùng chuyên mục</h2><div class="related__grid {sv}">{cards}</div></section>')

    def side(rng, pub_):
        ts = heads11(rng, 6, avoid=[A4.title])
        li = "".join(f'<li class="{sv}"><span class="rank {sv}">{i + 1}</span><a href="#">{esc(t)}</a></li>' for i, t in enumerate(ts))
        return (f'<section class="most-read {sv}"><h2 class="{sv}">Đọc nhiều</h2><ol class="{sv}">{li}</ol></section>'
                + f'<section class="epaper {sv}"><h2 class="{sv}">Báo in</h2><p class="{sv}">Số 4.812 - {tcd(pub_ + timedelta(days=1), time=False)}</p><a href="#">Đọc báo in</a></section>'
                + f'<section class="weather {sv}"><h2 class="{sv}">Thời tiết</h2><p class="{sv}">Đà Lạt: 13 - 21°C, nhiều mây. Phan Thiết: 23 - 30°C. Gia Nghĩa: 18 - 27°C.</p></section>')

    def top(rng, pub_):
        return (f'<a class="brand {sv}" href="/"><img src="/logo-bao-lam-dong.svg" alt="Báo và Phát thanh, Truyền hình Lâm Đồng" width="300" class="{sv}" /></a>'
                f'<form class="search {sv}" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm" class="{sv}" /></form>')

    def left(rng, pub_):
        return f'<span class="today {sv}">{tcd(pub_ + timedelta(days=2), time=False)}</span> <a href="/truyen-hinh" class="{sv}">Truyền hình</a> <a href="/phat-thanh" class="{sv}">Phát thanh</a> <a href="/bao-in" class="{sv}">Báo in</a>'

    data = dump({"type": "data", "nodes": [None, {"type": "data", "data": {"article": {"id": 412876, "slug": "bai-2-gong-minh-khi-xa-nhan-them-viec", "category": "chinh-tri", "publishedAt": "2026-01-12T01:30:00.000Z", "updatedAt": "2026-01-12T07:10:00.000Z",
                                                                                          "authors": ["Quang Minh", "Thu Hà"], "series": SERIES4, "wordCount": 812}}}]})
    scripts = (f'<script>{{__sveltekit_1x8qz9 = {{base: new URL(".", location).pathname.slice(0, -1)}};const element = document.currentScript.parentElement;'
               f'Promise.all([import("/_app/immutable/entry/start.C3xq9Lk2.js"),import("/_app/immutable/entry/app.B7mWd0Qa.js")]).then(([kit, app]) => {{kit.start(app, element, {data});}});}}</script>')
    head = ('<link href="/_app/immutable/assets/0.D2kq8sLr.css" rel="stylesheet"><link rel="modulepreload" href="/_app/immutable/entry/start.C3xq9Lk2.js"><link rel="modulepreload" href="/_app/immutable/chunks/entry.Dq1pZx7m.js">'
            + og(A4.title, url, {"og:description": A4.lead, "article:published_time": "2026-01-12T08:30:00+07:00", "article:section": "Chính trị"})
            + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": A4.title, "description": A4.lead, "datePublished": "2026-01-12T08:30:00+07:00", "dateModified": "2026-01-12T14:10:00+07:00",
                      "author": [{"@type": "Person", "name": "Quang Minh"}, {"@type": "Person", "name": "Thu Hà"}], "publisher": {"@type": "Organization", "name": "Báo và Phát thanh, Truyền hình Lâm Đồng"}}))
    return page("s30-04", family="merged_press_agency_sveltekit_series_part_text_split_around_inline_box",
                name="lamdong-bao-va-ptth-sveltekit2-kicker-chinh-tri-series-badge-h1-bai-2-two-author-chips-hh-mm-comma-dd-mm-yyyy-time-utc-cap-nhat-h2-sapo-content-split-in-two-blocks-around-doc-them-box-series-box-ky-toi",
                url=url, art=A4, main_fn=main, pub=pub, prefix="sk", kb=205,
                org="Báo và Phát thanh, Truyền hình Lâm Đồng", addr="Số 38 đường Quang Trung, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng", phone="0263.3822.186",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "svelte", "head_extra": head, "title": A4.title + " | Báo Lâm Đồng", "items": MENU_NEWS, "left": left, "scripts": scripts, "charset_meta": False},
                exp=expected(A4, iso(pub), updated=iso(upd), author="Quang Minh, Thu Hà", category="Chính trị"),
                traps={"inline_box": [BAI1_4[0], BAI1_4[1], "Quảng cáo"], "series_box": [BAI3_4, "(Kỳ tới)", "(đang đọc)", "Loạt bài: " + SERIES4],
                       "chrome": ["Nghe bài viết", "Cùng chuyên mục", "Đọc nhiều", "Báo in", "Số 4.812", "Đà Lạt: 13 - 21°C, nhiều mây."], "card_authors": ["K'Sor Hlim", "Ngọc Ánh"], "related": lambda rl: rl[:4]},
                notes="TWIST: part 2 of a SERIES on the newsroom of a merged Báo và Phát thanh, Truyền hình built on SvelteKit 2 (server-rendered; svelte-<hash> classes; the hydration script at the end carries only ids, slugs and UTC times). The article's text is printed in TWO sibling containers, div.article-content[data-block='1'] and [data-block='2'], because the CMS injects an 'Đọc thêm' box (the link to part 1 with ITS sapo) and an in-article ad slot between them. → body = the h2 sapo + BOTH blocks' paragraphs and sub-headings, in page order; the box and the ad are not body (set 24). An extractor that takes the one largest text node stores half an article (the first block's five paragraphs and sub-heading, or the second's four and its sub-heading) without any sign of failure. Stamp: the newsroom's own formatter prints the TIME, a comma, then the date: '08:30, 12/01/2026' in a <time datetime='2026-01-12T01:30:00.000Z'> (the same minute in UTC) → 2026-01-12T08:30:00+07:00; 'Cập nhật 14:10, 12/01/2026' → updated T14:10. The header strip's 'Thứ Tư, 14/01/2026' is the crawl day, the e-paper box's day a print edition; the related cards carry dates in the same shape and WRITERS (both of the item's writers among them, with other items). Byline: two author chips at the top 'Quang Minh - Thu Hà' → 'Quang Minh, Thu Hà'. Category: the kicker 'Chính trị'; the series badge 'Loạt bài: Chính quyền hai cấp sau nửa năm vận hành' names the series (a form label, set 27) — not the category. The series box at the end (parts 1-3, 'đang đọc', 'Kỳ tới') is a box, not body. Title: the h1 'Bài 2: …' as printed (the part's number is part of the headline).",
                readme="TWIST the text is printed in TWO containers (data-block 1 and 2) around an injected 'Đọc thêm' box (part 1's headline and sapo) and an ad slot → body = both blocks, the box not; SvelteKit newsroom of a merged Báo và PT-TH, a SERIES part ('Bài 2: …'): kicker 'Chính trị' + a series badge (not the category), two author chips 'A - B', '08:30, 12/01/2026' (time, comma, date) + 'Cập nhật 14:10, 12/01/2026', h2 sapo, figcaptions, a series box with 'Kỳ tới', related cards with dates and writers")


# ===================================================================== 5 Hội CCB tỉnh Phú Thọ: Joomla 3.9 + Gantry 5; a REPRINT from Báo Quân đội nhân dân; the original byline with a unit + 'Theo …' source line; 'Danh mục:' label
A5 = Art("Cựu chiến binh - lực lượng nòng cốt trên mặt trận tư tưởng ở không gian mạng",
         "Với bản lĩnh chính trị vững vàng, kinh nghiệm thực tiễn và uy tín trong cộng đồng, cựu chiến binh đang trở thành lực lượng nòng cốt trong cuộc đấu tranh bảo vệ nền tảng tư tưởng của Đảng, phản bác các quan điểm sai trái, thù địch trên không gian mạng.",
         [("p", "Những năm gần đây, các thế lực thù địch, phản động triệt để lợi dụng mạng xã hội để xuyên tạc đường lối, chủ trương của Đảng, chính sách, pháp luật của Nhà nước. Nhất là trước các sự kiện chính trị quan trọng như sắp xếp tổ chức bộ máy, đại hội đảng bộ các cấp tiến tới Đại hội XIV của Đảng, các thông tin sai lệch, bịa đặt xuất hiện với tần suất dày đặc, thủ đoạn ngày càng tinh vi."),
          ("img", "/images/2025/09/ccb-boi-duong-ky-nang-mang-xa-hoi.jpg", "Hội viên cựu chiến binh tham gia lớp bồi dưỡng kỹ năng sử dụng mạng xã hội. Ảnh minh họa: qdnd.vn"),
          ("h", "Kinh nghiệm trận mạc trên “mặt trận” mới"),
          ("p", "Trong bối cảnh đó, Hội Cựu chiến binh các cấp đã thành lập nhiều tổ, nhóm hội viên tham gia đấu tranh trên không gian mạng. Nhiều cựu chiến binh dù tuổi cao vẫn chủ động học cách sử dụng điện thoại thông minh, lập tài khoản mạng xã hội để chia sẻ thông tin chính thống, kể lại những câu chuyện chân thực về chiến tranh, về sự hy sinh của đồng đội."),
          ("p", "Điểm mạnh của cựu chiến binh là sự từng trải và tính thuyết phục. Khi những thông tin xuyên tạc lịch sử được tung lên mạng, chính những nhân chứng sống đã trực tiếp phản bác bằng ký ức, hiện vật và tư liệu, khiến luận điệu sai trái tự lộ rõ bản chất."),
          ("h", "Cần được trang bị kỹ năng"),
          ("p", "Tuy vậy, thực tế cho thấy không ít hội viên còn lúng túng khi nhận diện thông tin xấu độc, thậm chí vô tình chia sẻ lại những nội dung chưa được kiểm chứng. Một số tổ, nhóm hoạt động còn hình thức, thiếu sự phối hợp với lực lượng chuyên trách."),
          ("p", "Để phát huy vai trò của cựu chiến binh, cần tiếp tục bồi dưỡng kỹ năng số, kiến thức pháp luật về an ninh mạng cho hội viên; cung cấp thông tin định hướng kịp thời; xây dựng cơ chế phối hợp chặt chẽ giữa Hội Cựu chiến binh với ban tuyên giáo và dân vận cấp ủy, lực lượng quân đội, công an trong nắm bắt, xử lý thông tin."),
          ("p", "Cùng với đó, mỗi cựu chiến binh cần phát huy phẩm chất “Bộ đội Cụ Hồ”, gương mẫu trong lời nói và việc làm, lấy hành động thiết thực ở khu dân cư để củng cố niềm tin của Nhân dân với Đảng.")])
BYL5 = "ThS. Nguyễn Văn Hải (Học viện Chính trị, Bộ Quốc phòng)"


def page05():
    pub = T("2025-09-18 10:05")
    site = "https://cuuchienbinhphutho.vn"
    url = f"{site}/index.php/bao-ve-nen-tang-tu-tuong/1863-cuu-chien-binh-luc-luong-nong-cot-tren-mat-tran-tu-tuong-o-khong-gian-mang"
    stamp = f"{wd(pub)}, {pub.day:02d}.{pub.month:02d}.{pub.year} - {hm(pub)}"

    def img(s, c, n):
        return f'<figure class="pull-center item-image"><img src="{s}" alt="{esc(c, True)}" itemprop="image" /><figcaption class="caption">{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        blocks = A5.render(p=jp, h=lambda t: f'<h3>{esc(t)}</h3>', img=img)
        return (f'<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN" />'
                f'<div class="page-header"><h2 itemprop="headline">{esc(A5.title)}</h2></div>'
                f'<dl class="article-info muted"><dt class="article-info-term">Chi tiết</dt>'
                f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">Viết bởi <span itemprop="name">Quản trị</span></dd>'
                f'<dd class="category-name">Danh mục: <a href="/index.php/bao-ve-nen-tang-tu-tuong" itemprop="genre">Bảo vệ nền tảng tư tưởng của Đảng</a></dd>'
                f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> {stamp}</dd>'
                f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:524" /> Lượt truy cập: 524</dd></dl>'
                f'<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span> Công cụ</a><ul class="dropdown-menu"><li class="print-icon"><a href="{url}?tmpl=component&amp;print=1" rel="nofollow">In</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component" rel="nofollow">Email</a></li></ul></div>'
                f'<div itemprop="articleBody"><p style="text-align:justify"><strong>{esc(A5.lead)}</strong></p>{blocks}'
                f'{right_bold(BYL5)}{right_em("Theo Báo Quân đội nhân dân")}</div>'
                f'<ul class="pager pagenav"><li class="previous"><a class="hasTooltip" title="{esc(rl[0], True)}" href="#" rel="prev"><span class="icon-chevron-left"></span> Trước</a></li>'
                f'<li class="next"><a class="hasTooltip" title="{esc(rl[1], True)}" href="#" rel="next">Tiếp <span class="icon-chevron-right"></span></a></li></ul></div>'
                f'<div class="moduletable related-items"><h3>Bài viết liên quan</h3><ul class="relateditems">'
                + "".join(f'<li><a href="/index.php/bao-ve-nen-tang-tu-tuong/{rng.randint(1700, 1862)}-{slug(t)}">{esc(t)}</a> <span class="mod-articles-category-date">{dmy(d)}</span></li>' for t, d in zip(rl[2:6], rd))
                + '</ul></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A5.title])
        lt = "".join(f'<li><a class="mod-articles-category-title" href="#">{esc(t)}</a><span class="mod-articles-category-date">{d.day:02d}.{d.month:02d}.{d.year}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 20)))
        return (f'<div class="moduletable"><h3 class="g-title">Tin mới</h3><ul class="category-module">{lt}</ul></div>'
                + '<div class="moduletable"><h3 class="g-title">Gương cựu chiến binh</h3><ul><li><a href="#">Cựu chiến binh làm kinh tế giỏi ở xã Thanh Ba</a></li><li><a href="#">Người lính già giữ lửa truyền thống ở khu dân cư</a></li></ul></div>'
                + '<div class="moduletable"><h3 class="g-title">Video</h3><div class="video"><iframe width="100%" height="190" src="https://www.youtube.example/embed/aQ2vX9pLk3w" allowfullscreen></iframe><p>Phóng sự: Cựu chiến binh với phong trào “Bình dân học vụ số”</p></div></div>')

    def top(rng, pub_):
        return ('<div class="g-logo-block"><a href="/" class="g-logo"><img src="/templates/g5_helium/custom/images/logo-hoi-ccb-phu-tho.png" alt="Hội Cựu chiến binh tỉnh Phú Thọ" /></a>'
                '<span class="g-slogan">Trung thành - Đoàn kết - Gương mẫu - Đổi mới</span></div>')

    def left(rng, pub_):
        d = pub_ + timedelta(days=2)
        return f'<div class="g-date">{wd(d)}, {d.day:02d}.{d.month:02d}.{d.year}</div><div class="g-social"><a href="#">Facebook</a> <a href="#">YouTube</a></div>'

    head = ('<base href="' + url + '" /><meta http-equiv="content-type" content="text/html; charset=utf-8" /><meta name="generator" content="Joomla! - Open Source Content Management" />'
            f'<meta name="description" content="{esc(A5.lead[:160], True)}" /><meta name="author" content="Quản trị" />'
            '<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet" /><link href="/templates/g5_helium/custom/css-compiled/helium_22.css" rel="stylesheet" />'
            '<script src="/media/jui/js/jquery.min.js?3a1c6b"></script><script src="/media/system/js/caption.js?3a1c6b"></script>'
            '<script>jQuery(window).on(\'load\',  function() { new JCaption(\'img.caption\'); });</script>')
    return page("s30-05", family="veterans_association_joomla39_gantry5_reprint_source_line_byline_with_unit",
                name="phutho-hoiccb-joomla39-gantry5-item-page-h2-headline-viet-boi-account-danh-muc-label-weekday-dd-dot-mm-dot-yyyy-dash-hh-mm-bold-first-p-lead-figcaption-anh-minh-hoa-bold-right-ths-name-paren-unit-italic-theo-bao-source",
                url=url, art=A5, main_fn=main, pub=pub, prefix="g5", kb=130,
                org="Hội Cựu chiến binh tỉnh Phú Thọ", addr="Số 1 đường Trần Phú, phường Việt Trì, tỉnh Phú Thọ", phone="0210.3846.215",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "gantry5", "head_extra": head, "title": A5.title + " - Hội Cựu chiến binh tỉnh Phú Thọ", "items": MENU_MASS, "charset_meta": False, "left": left},
                exp=expected(A5, iso(pub), author="ThS. Nguyễn Văn Hải", unit="Học viện Chính trị, Bộ Quốc phòng", category="Bảo vệ nền tảng tư tưởng của Đảng"),
                traps={"bylines": [BYL5], "source": ["Theo Báo Quân đội nhân dân"], "account": ["Quản trị"], "chrome": ["Lượt truy cập: 524", "Bài viết liên quan", "Gương cựu chiến binh", "Phóng sự: Cựu chiến binh với phong trào “Bình dân học vụ số”"], "related": lambda rl: rl[2:6]},
                notes="A REPRINT on the site of a provincial Hội Cựu chiến binh built on Joomla 3.9 with Gantry 5 (a Helium-derived outline: g-top, g-header, g-navigation, g-container-main with g-mainbar and g-sidebar; com_content's item-page). The article is Báo Quân đội nhân dân's, reprinted with its byline: the bold right 'ThS. Nguyễn Văn Hải (Học viện Chính trị, Bộ Quốc phòng)' → author 'ThS. Nguyễn Văn Hải' (degree kept), unit 'Học viện Chính trị, Bộ Quốc phòng' (the comma is inside the unit, set 27); the italic right 'Theo Báo Quân đội nhân dân' is the source line → not a unit, not body. Joomla's 'Viết bởi Quản trị' is the account that posted it. The template override prints 'Thứ Năm, 18.09.2025 - 10:05' (dots between day, month and year) → 2025-09-18T10:05:00+07:00; the g-top strip's 'Thứ Bảy, 20.09.2025' is the crawl day and the 'Tin mới' dates are printed in the same dotted shape. Lead: the bold first paragraph of articleBody (the original sapo). Two h3 sub-headings are body. The only caption is the figcaption 'Hội viên cựu chiến binh tham gia … Ảnh minh họa: qdnd.vn' (kept whole; it names no photographer, set 26). Category: 'Danh mục: Bảo vệ nền tảng tư tưởng của Đảng' in the article-info (label dropped); no breadcrumb. The headline is an h2 in div.page-header (Joomla 3's default); the <title> appends the site name.",
                readme="Joomla 3.9 + Gantry 5 (Helium outline), Hội CCB tỉnh, a REPRINT from Báo Quân đội nhân dân: article-info 'Viết bởi <account>' / 'Danh mục:' (category) / 'Thứ Năm, 18.09.2025 - 10:05' (dotted date), bold first paragraph lead, h3 sub-heads, a figcaption ending 'Ảnh minh họa: qdnd.vn', the original byline 'ThS. Name (Học viện Chính trị, Bộ Quốc phòng)' (author + unit with a comma) then 'Theo Báo Quân đội nhân dân' (source)")


# ===================================================================== 6 Tỉnh ủy Lào Cai: DNN 8 + Ventrian News Articles; an OBITUARY with the biography as a list; 'Cập nhật lần cuối'; an account
BIO6 = ["Tháng 3/1966 - 12/1975: Nhập ngũ, chiến đấu tại chiến trường miền Nam; được kết nạp vào Đảng Cộng sản Việt Nam ngày 19/5/1970.",
        "Năm 1976 - 1985: Cán bộ, Phó Trưởng phòng Nông nghiệp huyện Văn Chấn; Huyện ủy viên.",
        "Năm 1986 - 1995: Phó Chủ tịch, Chủ tịch UBND huyện Văn Chấn; Phó Bí thư Huyện ủy.",
        "Năm 1996 - 2003: Giám đốc Sở Nông nghiệp và Phát triển nông thôn tỉnh Yên Bái; Tỉnh ủy viên.",
        "Năm 2004 - 2008: Ủy viên Ban Thường vụ Tỉnh ủy, Phó Chủ tịch UBND tỉnh Yên Bái.",
        "Tháng 11/2008: Nghỉ hưu theo chế độ."]
A6 = Art("Tin buồn: Đồng chí Hoàng Quốc Lâm, nguyên Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Phó Chủ tịch UBND tỉnh Yên Bái từ trần", None,
         [("p", "Ban Thường vụ Tỉnh ủy, Thường trực HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh Lào Cai và gia đình vô cùng thương tiếc báo tin:"),
          ("p", "Đồng chí HOÀNG QUỐC LÂM"),
          ("p", "Sinh ngày 20/10/1948; quê quán: xã Văn Chấn, tỉnh Lào Cai; trú quán: phường Yên Bái, tỉnh Lào Cai."),
          ("p", "Nguyên Ủy viên Ban Thường vụ Tỉnh ủy, nguyên Phó Chủ tịch UBND tỉnh Yên Bái (cũ); Huân chương Kháng chiến hạng Nhất, Huân chương Lao động hạng Nhì, Huy hiệu 55 năm tuổi Đảng."),
          ("p", "Do tuổi cao, sức yếu, mặc dù đã được các y, bác sĩ tận tình cứu chữa, gia đình hết lòng chăm sóc nhưng đồng chí đã từ trần hồi 04 giờ 15 phút, ngày 11/02/2026 (tức ngày 24 tháng Chạp năm Ất Tỵ), hưởng thọ 78 tuổi."),
          ("h", "TÓM TẮT TIỂU SỬ"),
          ("ul", BIO6),
          ("p", "Lễ viếng đồng chí Hoàng Quốc Lâm được tổ chức từ 7 giờ 00 đến 10 giờ 30, ngày 13/02/2026 tại Nhà tang lễ tỉnh (phường Yên Bái, tỉnh Lào Cai). Lễ truy điệu lúc 10 giờ 30 cùng ngày; an táng tại Nghĩa trang nhân dân phường Yên Bái."),
          ("p", "Ban Lễ tang gồm 11 đồng chí, do đồng chí Nguyễn Đức Thành, Phó Bí thư Thường trực Tỉnh ủy làm Trưởng ban.")])
CAP6 = "Đồng chí Hoàng Quốc Lâm"


def page06():
    pub = T("2026-02-11 15:40")
    upd = T("2026-02-11 21:05")
    site = "https://laocai.dcs.vn"
    url = f"{site}/tin-tuc/tin-trong-tinh/articleType/ArticleView/articleId/8842/tin-buon-dong-chi-hoang-quoc-lam"
    ctr = "dnn_ctr1024_ViewArticle"

    def main(rng, rl, rd):
        body = A6.render(p=jp, h=lambda t: f'<p style="text-align:center"><strong>{esc(t)}</strong></p>', ul=lambda items: '<ul style="text-align:justify">' + "".join(f"<li>{esc(i)}</li>" for i in items) + "</ul>")
        body = body.replace(jp("Đồng chí HOÀNG QUỐC LÂM"), '<p style="text-align:center"><strong>Đồng chí HOÀNG QUỐC LÂM</strong></p>')
        rel_ = "".join(f'<li><a href="{site}/tin-tuc/tin-trong-tinh/articleType/ArticleView/articleId/{rng.randint(8700, 8841)}/{slug(t)}">{esc(t)}</a> <span class="relatedDate">({dmy(d)})</span></li>' for t, d in zip(rl[:5], rd))
        arch = "".join(f'<li><a href="#">Tháng {m:02d}/{y}</a> ({n})</li>' for m, y, n in [(2, 2026, 48), (1, 2026, 131), (12, 2025, 126), (11, 2025, 119)])
        return (f'<div class="DnnModule DnnModule-DnnForge-NewsArticles DnnModule-1024"><a name="1024"></a><div class="c_container c_news"><div id="dnn_ctr1024_ContentPane" class="contentpane">'
                f'<div id="dnn_ctr1024_ModuleContent" class="DNNModuleContent ModDnnForgeNewsArticlesC"><div class="NewsArticles">'
                f'<div id="{ctr}_ucHeader1_pnlHeader" class="articleHeaderMenu"><a href="/tin-tuc">Bài mới nhất</a> | <a href="/tin-tuc/articleType/Categories">Chuyên mục</a> | <a href="/tin-tuc/articleType/Search">Tìm kiếm</a> | <a href="/tin-tuc/articleType/Archive">Lưu trữ</a></div>'
                f'<div class="article"><h1 class="articleHeadline">{esc(A6.title)}</h1>'
                f'<div class="articleMeta">Đăng ngày: {dmy(pub)} {hm(pub)} | Cập nhật lần cuối: {dmy(upd)} {hm(upd)} | Lượt xem: 2.316 | Đăng bởi: <a href="/tin-tuc/articleType/AuthorView/authorID/7/vptu_laocai">vptu_laocai</a></div>'
                f'<div class="articleToolbar"><a href="javascript:window.print()" class="print">In</a> <a href="#" class="email">Gửi bạn bè</a></div>'
                f'<p style="text-align:center"><strong>TIN BUỒN</strong></p>'
                f'<div class="articleImage" style="text-align:center"><img src="/Portals/0/NewsArticles/2026/02/hoang-quoc-lam.jpg" alt="" width="260" /><br /><span class="imageCaption"><em>{esc(CAP6)}</em></span></div>'
                f'<div class="articleEntry">{body}</div>'
                f'<div class="articleCategories">Chuyên mục: <a href="/tin-tuc/tin-trong-tinh">Tin trong tỉnh</a></div>'
                f'<div class="articleRelated"><h3>Bài viết liên quan</h3><ul>{rel_}</ul></div></div>'
                f'<div class="articleArchive"><h4>Lưu trữ</h4><ul>{arch}</ul></div></div></div></div></div></div>')

    crumbs = ('<div class="breadcrumb-bar"><span id="dnn_dnnBreadcrumb_lblBreadCrumb" itemprop="breadcrumb" itemscope itemtype="https://schema.org/breadcrumb"><span itemscope itemtype="http://schema.org/BreadcrumbList">'
              '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/" class="breadcrumbLink" itemprop="item"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1" /></span> &gt; '
              '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin tức</span></a><meta itemprop="position" content="2" /></span> &gt; '
              '<span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="/tin-tuc/tin-trong-tinh" class="breadcrumbLink" itemprop="item"><span itemprop="name">Tin trong tỉnh</span></a><meta itemprop="position" content="3" /></span></span></span></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A6.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="date">{dmy(d)} {hm(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 10)))
        return (f'<div class="DnnModule"><div class="c_title"><h2>Tin mới</h2></div><ul class="latest">{li}</ul></div>'
                + vb_box(["Chỉ thị về tổ chức Tết Nguyên đán Bính Ngọ năm 2026", "Kế hoạch học tập, quán triệt Nghị quyết Đại hội XIV của Đảng", "Hướng dẫn công tác bầu cử đại biểu HĐND các cấp"], "Văn bản chỉ đạo", "DnnModule van-ban")
                + '<div class="DnnModule"><div class="c_title"><h2>Chúc mừng năm mới</h2></div><p>Xuân Bính Ngọ 2026 - Mừng Đảng quang vinh, mừng Xuân đất nước</p></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=1)
        return (f'<div class="header-logo"><a id="dnn_dnnLOGO_hypLogo" title="Đảng bộ tỉnh Lào Cai" href="/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-tinh-uy-lao-cai.png" alt="Đảng bộ tỉnh Lào Cai" /></a></div>'
                f'<div class="header-date">{wd(d)}, {dmy(d)}</div>')

    head = ('<link href="/Portals/_default/Skins/DangBo/skin.css?cdv=48" type="text/css" rel="stylesheet"/><link href="/DesktopModules/DnnForge - NewsArticles/module.css?cdv=48" type="text/css" rel="stylesheet"/>'
            '<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=48" type="text/javascript"></script><meta name="generator" content="DotNetNuke 8.0.4" />'
            + og(A6.title, url, {"og:site_name": "Đảng bộ tỉnh Lào Cai"}))
    return page("s30-06", family="province_party_dnn8_ventrian_news_articles_obituary_biography_list",
                name="laocai-tinhuy-dnn8-ventrian-news-articles-crumb-tin-trong-tinh-h1-articleheadline-dang-ngay-dd-mm-yyyy-hh-mm-cap-nhat-lan-cuoi-dang-boi-account-tin-buon-heading-portrait-caption-tom-tat-tieu-su-ul-no-byline",
                url=url, art=A6, main_fn=main, pub=pub, prefix="dnn", kb=185,
                org="Đảng bộ tỉnh Lào Cai", addr="Đường Hoàng Liên, phường Cam Đường, tỉnh Lào Cai", phone="0214.3840.118",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dnn", "form": True, "dnn": True, "head_extra": head, "title": A6.title + " > Tin trong tỉnh"},
                exp=expected(A6, iso(pub), updated=iso(upd), category="Tin trong tỉnh", captions=[CAP6], lead=None),
                traps={"formal_heading": ["TIN BUỒN"], "account": ["vptu_laocai"], "chrome": ["Bài mới nhất", "Lượt xem: 2.316", "Bài viết liên quan", "Lưu trữ", "Tháng 01/2026", "Xuân Bính Ngọ 2026 - Mừng Đảng quang vinh, mừng Xuân đất nước"], "related": lambda rl: rl[:5]},
                notes="An OBITUARY on a Tỉnh ủy portal built on DNN 8 with Ventrian's News Articles module (DnnForge - NewsArticles: the 'Bài mới nhất | Chuyên mục | Tìm kiếm | Lưu trữ' header menu, h1.articleHeadline, div.articleMeta from the [PUBLISHSTARTDATE] / [LASTUPDATE] / [VIEWCOUNT] / [AUTHORUSERNAME] tokens, div.articleEntry, 'Chuyên mục:', related and archive lists; __VIEWSTATE and __dnnVariable in form#Form). Meta: 'Đăng ngày: 11/02/2026 15:40 | Cập nhật lần cuối: 11/02/2026 21:05 | Lượt xem: 2.316 | Đăng bởi: vptu_laocai' → published 2026-02-11T15:40:00+07:00, updated 2026-02-11T21:05:00+07:00 (the funeral times were corrected the same evening); 'vptu_laocai' is an account (a handle). The centred 'TIN BUỒN' above the portrait is the notice's formal heading (set 28) — not body, not the title. Caption: the portrait's 'Đồng chí Hoàng Quốc Lâm' (a caption in byline shape is a caption, set 28). Body: the announcement, the name line in caps, the birth and career lines, the death (04:15 on 11/02/2026, with its lunar date — the day of the item, but not its stamp), the centred bold sub-heading 'TÓM TẮT TIỂU SỬ' (a sub-heading inside the text, body), the six <li> of the biography (one paragraph each, with their years and months), the funeral times (13/02/2026) and the funeral committee — none of these dates is a stamp of the record. No one signs the item → author and unit null (the committee announcing is not an author, set 28). No lead (Ventrian's summary is not printed). Crumb 'Trang chủ > Tin tức > Tin trong tỉnh' = the module's 'Chuyên mục: Tin trong tỉnh' → category. The header's 'Thứ Năm, 12/02/2026' is the crawl day; the archive list prints months with counts.",
                readme="DNN 8 + Ventrian News Articles, Tỉnh ủy, an OBITUARY: articleMeta 'Đăng ngày: … | Cập nhật lần cuối: … | Lượt xem | Đăng bởi: <account>' (update the same evening), the formal 'TIN BUỒN' heading, a portrait caption naming the deceased, the biography sub-heading and six <li> with years, death and funeral days in the text, no byline, no lead, DNN schema.org crumb = 'Chuyên mục:'")


# ===================================================================== 7 Tỉnh ủy Gia Lai: Liferay DXP 7.2, Web Content Display on a friendly URL; a SPEECH; the portlet title as the only label; TWIST a hidden text-to-speech copy of the whole item before the text
SPEECH7 = [("p", "Kính thưa các đồng chí lãnh đạo, nguyên lãnh đạo tỉnh qua các thời kỳ!"),
           ("p", "Thưa các vị đại biểu, khách quý!"),
           ("p", "Thưa toàn thể các đồng chí!"),
           ("p", "Hôm nay, trong không khí phấn khởi của cả nước chào mừng thành công Đại hội đại biểu toàn quốc lần thứ XIV của Đảng và đón Xuân Bính Ngọ 2026, Đảng bộ, chính quyền và Nhân dân các dân tộc tỉnh Gia Lai long trọng tổ chức Lễ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026). Thay mặt Ban Chấp hành Đảng bộ tỉnh, tôi nhiệt liệt chào mừng các đồng chí lãnh đạo, nguyên lãnh đạo tỉnh, các vị đại biểu, khách quý cùng toàn thể các đồng chí."),
           ("p", "96 năm qua, dưới sự lãnh đạo của Đảng, dân tộc ta đã giành được những thắng lợi vĩ đại: thắng lợi của Cách mạng Tháng Tám năm 1945, của các cuộc kháng chiến trường kỳ giải phóng dân tộc, thống nhất đất nước và của công cuộc đổi mới, đưa nước ta vững bước trên con đường phát triển, hội nhập quốc tế sâu rộng."),
           ("p", "Trên vùng đất Gia Lai hôm nay - nơi hội tụ truyền thống cách mạng của Đảng bộ hai tỉnh Gia Lai và Bình Định trước đây - Nhân dân các dân tộc luôn một lòng đi theo Đảng, đóng góp sức người, sức của cho thắng lợi chung của cả nước. Những chiến công ở Plei Me, Đak Pơ, ở đồng bằng và miền núi Bình Định mãi là niềm tự hào của các thế hệ hôm nay."),
           ("img", "/documents/20121/0/le-ky-niem-96-nam-thanh-lap-dang.jpg", "Đồng chí Bí thư Tỉnh ủy Lê Quang Trung phát biểu tại Lễ kỷ niệm"),
           ("p", "Thưa các đồng chí!"),
           ("p", "Năm 2025 là năm đặc biệt của Đảng bộ tỉnh. Chúng ta vừa thực hiện việc hợp nhất tỉnh, sắp xếp đơn vị hành chính cấp xã và vận hành chính quyền địa phương hai cấp, vừa tổ chức thành công đại hội đảng bộ các cấp và Đại hội đại biểu Đảng bộ tỉnh nhiệm kỳ 2025 - 2030. Kinh tế của tỉnh tiếp tục tăng trưởng khá; thu ngân sách vượt dự toán; an sinh xã hội được bảo đảm; quốc phòng, an ninh được giữ vững."),
           ("p", "Bên cạnh những kết quả đạt được, chúng ta cũng thẳng thắn nhìn nhận còn không ít hạn chế: quy mô kinh tế chưa tương xứng với tiềm năng; hạ tầng giao thông kết nối giữa vùng cao nguyên và vùng ven biển còn thiếu đồng bộ; đời sống một bộ phận đồng bào dân tộc thiểu số còn nhiều khó khăn."),
           ("p", "Thưa các đồng chí!"),
           ("p", "Năm 2026 là năm đầu thực hiện Nghị quyết Đại hội XIV của Đảng và Nghị quyết Đại hội Đảng bộ tỉnh. Tôi đề nghị các cấp ủy, tổ chức đảng, toàn thể cán bộ, đảng viên tập trung làm tốt mấy nhiệm vụ trọng tâm sau:"),
           ("ul", ["Một là, tổ chức học tập, quán triệt và xây dựng chương trình hành động thực hiện Nghị quyết Đại hội XIV của Đảng sát với thực tiễn từng địa phương, đơn vị.",
                   "Hai là, tiếp tục hoàn thiện tổ chức bộ máy, nâng cao chất lượng hoạt động của chính quyền địa phương hai cấp, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.",
                   "Ba là, lãnh đạo tổ chức thành công cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu HĐND các cấp nhiệm kỳ 2026 - 2031.",
                   "Bốn là, chăm lo xây dựng Đảng bộ trong sạch, vững mạnh; tăng cường kiểm tra, giám sát, kiên quyết phòng, chống tham nhũng, lãng phí, tiêu cực."]),
           ("p", "Nhân dịp đón Xuân mới, thay mặt Ban Chấp hành Đảng bộ tỉnh, tôi xin kính chúc các đồng chí lãnh đạo, nguyên lãnh đạo tỉnh, các vị đại biểu, khách quý cùng toàn thể cán bộ, đảng viên và Nhân dân các dân tộc trong tỉnh một năm mới mạnh khỏe, hạnh phúc, thành công."),
           ("p", "Xin trân trọng cảm ơn!")]
A7 = Art("Phát biểu của đồng chí Bí thư Tỉnh ủy tại Lễ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam",
         "Sáng 2/2, Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức Lễ kỷ niệm 96 năm Ngày thành lập Đảng Cộng sản Việt Nam (3/2/1930 - 3/2/2026). Trang thông tin điện tử Tỉnh ủy trân trọng giới thiệu toàn văn bài phát biểu của đồng chí Lê Quang Trung, Bí thư Tỉnh ủy tại buổi lễ.",
         SPEECH7)


def page07():
    pub = T("2026-02-02 10:40")
    site = "https://tinhuygialai.vn"
    url = f"{site}/-/phat-bieu-cua-dong-chi-bi-thu-tinh-uy-tai-le-ky-niem-96-nam-ngay-thanh-lap-dang"
    pn = "com_liferay_journal_content_web_portlet_JournalContentPortlet_INSTANCE_kQ7rTbN2xZpL"
    tts = f"{A7.title}. " + " ".join([A7.lead] + A7.pars)

    def img(s, c, n):
        return f'<p style="text-align:center"><img alt="" src="{s}" style="width:760px" /></p><p class="img-caption" style="text-align:center">{esc(c)}</p>'

    def main(rng, rl, rd):
        body = A7.render(p=jp, img=img)
        others = "".join(f'<li><a href="{site}/-/{slug(t)}">{esc(t)}</a> <span class="date">({dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="portlet-boundary portlet-boundary_com_liferay_journal_content_web_portlet_JournalContentPortlet_ portlet-static portlet-static-end portlet-decorate portlet-journal-content" id="p_p_id_{pn}_"><span id="p_{pn}"></span>'
                f'<section class="portlet" id="portlet_{pn}"><div class="portlet-content"><div class="autofit-float autofit-row portlet-header"><div class="autofit-col autofit-col-expand"><h2 class="portlet-title-text">Phát biểu của lãnh đạo</h2></div></div>'
                f'<div class="portlet-content-container"><div class="portlet-body"><div class="journal-content-article" data-analytics-asset-id="3184427" data-analytics-asset-title="{esc(A7.title, True)}" data-analytics-asset-type="web-content">'
                f'<div class="tin-chi-tiet"><h1 class="tieu-de">{esc(A7.title)}</h1><div class="ngay-dang">{wd(pub)}, {pub.day:02d} tháng {pub.month} {pub.year} - {hm(pub)}</div>'
                f'<div class="nghe-doc"><button type="button" class="btn-nghe" onclick="ttsPlay(\'tts-content-3184427\')"><i class="icon-volume-up"></i> Nghe đọc bài viết</button> <select class="tts-voice"><option>Giọng nữ miền Bắc</option><option>Giọng nam miền Nam</option></select>'
                f'<audio id="tts-audio-3184427" preload="none"></audio><div id="tts-content-3184427" class="tts-content" style="display:none" aria-hidden="true">{esc(tts)}</div></div>'
                f'<div class="sapo"><em>{esc(A7.lead)}</em></div><div class="noi-dung">{body}</div></div></div>'
                f'<div class="lfr-meta-actions asset-actions"></div></div></div></div></section></div>'
                f'<div class="tin-khac"><h3>Các tin khác</h3><ul>{others}</ul></div>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A7.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><span class="date">{dmy(d)}</span></li>' for t, d in zip(ts, past(pub_, rng, 5, 0, 9)))
        return (f'<section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Tin mới</h2></div><div class="portlet-body"><ul>{li}</ul></div></section>'
                + '<section class="portlet"><div class="portlet-header"><h2 class="portlet-title-text">Chuyên đề</h2></div><div class="portlet-body"><a href="#"><img src="/documents/20121/0/banner-dai-hoi-xiv.jpg" alt="Đại hội XIV của Đảng" /></a><a href="#"><img src="/documents/20121/0/banner-bau-cu-2026.jpg" alt="Bầu cử đại biểu Quốc hội và HĐND các cấp" /></a></div></section>'
                + schedule(rng, pub_ + timedelta(days=1), "Lịch làm việc của Thường trực Tỉnh ủy", "portlet lich"))

    def top(rng, pub_):
        d = pub_ + timedelta(days=2)
        return (f'<div class="banner-top"><img src="/o/tinhuy-gialai-theme/images/banner.png" alt="Đảng bộ tỉnh Gia Lai" /><div class="today"><i class="icon-calendar"></i> {wd(d)}, {dmy(d)}</div></div>')

    head = ('<link class="lfr-css-file" href="/o/tinhuy-gialai-theme/css/main.css?browserId=other&amp;themeId=tinhuygialaitheme_WAR_tinhuygialaitheme&amp;languageId=vi_VN&amp;b=7210&amp;t=1766800000000" rel="stylesheet" type="text/css" />'
            '<script type="text/javascript">var Liferay=window.Liferay||{};Liferay.ThemeDisplay={getLanguageId:function(){return "vi_VN"},getScopeGroupId:function(){return "20121"},getLayoutRelativeURL:function(){return "/tin-chi-tiet"},isSignedIn:function(){return false}};'
            'function ttsPlay(id){var t=document.getElementById(id).textContent;var a=document.getElementById(id.replace("content","audio"));a.src="https://tts.example/v1/speak?voice=hn-female&text="+encodeURIComponent(t.slice(0,4800));a.play();}</script>'
            + og(A7.title, url, {"og:description": A7.lead, "og:site_name": "Đảng bộ tỉnh Gia Lai"}))
    return page("s30-07", family="province_party_liferay72_web_content_display_speech_hidden_tts_copy",
                name="gialai-tinhuy-liferay-dxp72-journal-content-friendly-url-portlet-title-phat-bieu-cua-lanh-dao-h1-weekday-dd-thang-m-yyyy-dash-hh-mm-hidden-tts-div-title-sapo-text-italic-sapo-salutations-ul-tasks-img-caption-no-byline",
                url=url, art=A7, main_fn=main, pub=pub, prefix="lr72", kb=190,
                org="Tỉnh ủy Gia Lai", addr="Số 02 đường Hoàng Văn Thụ, phường Pleiku, tỉnh Gia Lai", phone="0269.3824.113",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "liferay72", "head_extra": head, "title": "Tin chi tiết - Đảng bộ tỉnh Gia Lai"},
                exp=expected(A7, iso(pub), category="Phát biểu của lãnh đạo"),
                traps={"tts_copy": [f"{A7.title}. {A7.lead[:80]}"], "chrome": ["Nghe đọc bài viết", "Giọng nữ miền Bắc", "Các tin khác", "Lịch làm việc của Thường trực Tỉnh ủy", "Chuyên đề"], "related": lambda rl: rl[:5]},
                notes="TWIST: a SPEECH on a Tỉnh ủy portal built on Liferay DXP 7.2: a Web Content Display (JournalContentPortlet) on the display page the friendly URL '/-/<urlTitle>' opens; the portlet title 'Phát biểu của lãnh đạo' is the only section label (no breadcrumb) → category (set 29: a SPECIFIC portlet title). The web-content template prints h1.tieu-de, then the display date through Java's vi_VN month names, 'EEEE, dd MMMM yyyy - HH:mm': 'Thứ Hai, 02 tháng 2 2026 - 10:40' → 2026-02-02T10:40:00+07:00, then a 'Nghe đọc bài viết' widget whose text source is a div#tts-content-3184427 with style='display:none' and aria-hidden='true' holding the WHOLE item as one run of text — the headline, a full stop, the sapo and every paragraph of the speech joined by spaces — and only then the italic sapo and the text. What no reader sees is not printed (sets 26 and 29): the hidden copy is neither lead nor body; an extractor that keeps it stores the speech twice, or stores one paragraph starting with the headline as the whole body. Lead: the italic sapo (it names the speaker). Body: the sapo + the speech as printed — the salutations ('Kính thưa …', 'Thưa các vị đại biểu, khách quý!', 'Thưa toàn thể các đồng chí!', the repeated 'Thưa các đồng chí!'), the four tasks as <li> (one paragraph each) and the closing 'Xin trân trọng cảm ơn!' are the speech's words (set 28). The speaker is not the author, and nothing signs the item → author null. Caption: the centred p.img-caption under the picture. Dates in the text (3/2/1930 - 3/2/2026, 'Sáng 2/2') are the anniversary's and the ceremony's. <title> is the layout's ('Tin chi tiết - …'); the header's day is the crawl day.",
                readme="TWIST a HIDDEN text-to-speech copy of the whole item (div#tts-content style='display:none': headline + sapo + every paragraph run together) printed between the stamp and the sapo → neither lead nor body; Liferay DXP 7.2 Web Content Display on a friendly URL, Tỉnh ủy, a SPEECH: portlet title 'Phát biểu của lãnh đạo' as the only label (category), Java vi_VN 'Thứ Hai, 02 tháng 2 2026 - 10:40', italic sapo, salutations and closing as body, <li> tasks, a p.img-caption, no byline, the layout's <title>")


# ===================================================================== 8 Tỉnh ủy An Giang: SharePoint Server 2019 publishing page; an item that is mostly TABLES; 'Ngày đăng | Ngày cập nhật'; office signature
ROWS8A = [["STT", "Đảng bộ trực thuộc", "Chỉ tiêu (đảng viên)", "Kết nạp (đảng viên)", "Tỷ lệ so với chỉ tiêu (%)"],
          ["1", "Các đảng bộ xã, phường, đặc khu", "3.900", "4.052", "103,9"],
          ["2", "Đảng bộ các cơ quan Đảng tỉnh", "120", "131", "109,2"],
          ["3", "Đảng bộ Ủy ban nhân dân tỉnh", "420", "446", "106,2"],
          ["4", "Đảng bộ Quân sự tỉnh", "210", "228", "108,6"],
          ["5", "Đảng bộ Công an tỉnh", "250", "269", "107,6"],
          ["Tổng cộng", "4.900", "5.126", "104,6"]]
ROWS8B = [["Cơ cấu đảng viên mới", "Số lượng", "Tỷ lệ so với tổng số (%)"],
          ["Đảng viên nữ", "2.307", "45,0"],
          ["Đoàn viên Đoàn TNCS Hồ Chí Minh", "3.998", "78,0"],
          ["Người dân tộc thiểu số", "441", "8,6"],
          ["Người có đạo", "287", "5,6"],
          ["Trình độ đại học trở lên", "2.153", "42,0"],
          ["Trong doanh nghiệp ngoài khu vực nhà nước", "184", "3,6"]]
A8 = Art("Năm 2025, toàn Đảng bộ tỉnh kết nạp 5.126 đảng viên mới",
         "Theo báo cáo của Ban Tổ chức Tỉnh ủy, năm 2025 các đảng bộ trực thuộc Tỉnh ủy đã kết nạp 5.126 đảng viên, đạt 104,6% chỉ tiêu Nghị quyết Tỉnh ủy giao; chất lượng đảng viên mới tiếp tục được nâng lên.",
         [("p", "Kết quả kết nạp đảng viên năm 2025 của các đảng bộ trực thuộc Tỉnh ủy như sau:"),
          ("table", ROWS8A),
          ("p", "Về cơ cấu, trong tổng số đảng viên mới được kết nạp có:"),
          ("table", ROWS8B),
          ("p", "Năm 2026, Ban Thường vụ Tỉnh ủy giao chỉ tiêu kết nạp 5.000 đảng viên; yêu cầu các cấp ủy chú trọng phát triển đảng viên ở những ấp, khóm chưa có chi bộ hoặc chưa có đảng viên, trong doanh nghiệp ngoài khu vực nhà nước, trong đồng bào dân tộc Khmer, Chăm và người có đạo.")])


def page08():
    pub = T("2026-01-09 15:20")
    upd = T("2026-01-10 08:05")
    site = "https://angiang.dcs.vn"
    url = f"{site}/xay-dung-dang/to-chuc-can-bo/Pages/2026/01/nam-2025-toan-dang-bo-tinh-ket-nap-5126-dang-vien-moi.aspx"

    def table(rows):
        head, body_rows = rows[0], rows[1:]
        th = "".join(f'<th class="ms-rteTableHeader{"FirstCol" if i == 0 else "EvenCol" if i % 2 else "OddCol"}-default" rowspan="1" colspan="1" style="text-align:center">{esc(c)}</th>' for i, c in enumerate(head))
        out = [f'<table width="100%" class="ms-rteTable-default" cellspacing="0"><tbody><tr class="ms-rteTableHeaderRow-default">{th}</tr>']
        for k, r in enumerate(body_rows):
            cls = "ms-rteTableOddRow-default" if k % 2 == 0 else "ms-rteTableEvenRow-default"
            if len(r) < len(head):  # the total row: its label spans the first two columns
                tds = f'<td class="ms-rteTableFirstCol-default" colspan="2" style="text-align:center"><strong>{esc(r[0])}</strong></td>' + "".join(f'<td style="text-align:center"><strong>{esc(c)}</strong></td>' for c in r[1:])
                cls = "ms-rteTableFooterRow-default"
            else:
                tds = "".join(f'<td class="ms-rteTable{"FirstCol" if i == 0 else "EvenCol" if i % 2 else "OddCol"}-default" style="text-align:{"left" if i == 1 or len(head) == 3 and i == 0 else "center"}">{esc(c)}</td>' for i, c in enumerate(r))
            out.append(f'<tr class="{cls}">{tds}</tr>')
        return "".join(out) + "</tbody></table>"

    def main(rng, rl, rd):
        body = A8.render(p=lambda t: f'<p class="ms-rteElement-P" style="text-align:justify">{esc(t)}</p>', table=table)
        others = "".join(f'<li><a href="{site}/xay-dung-dang/to-chuc-can-bo/Pages/{slug(t)}.aspx">{esc(t)}</a><span class="date"> (Ngày {dmy(d)})</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="news-detail">'
                f'<div class="breadcrumb"><span id="ctl00_PlaceHolderMain_ctl00_siteMapPath"><a href="#ctl00_PlaceHolderMain_ctl00_siteMapPath_SkipLink"><img alt="Skip Navigation Links" height="0" width="0" src="/WebResource.axd?d=x&amp;t=1" style="border-width:0px;" /></a>'
                f'<span><a href="/">Trang chủ</a></span><span> &gt; </span><span><a href="/xay-dung-dang/Pages/default.aspx">Xây dựng Đảng</a></span><span> &gt; </span><span><a href="/xay-dung-dang/to-chuc-can-bo/Pages/default.aspx">Tổ chức - Cán bộ</a></span><a id="ctl00_PlaceHolderMain_ctl00_siteMapPath_SkipLink"></a></span></div>'
                f'<h1 class="news-title"><span id="ctl00_PlaceHolderMain_ctl01_ctl00_ctl00_TextField">{esc(A8.title)}</span></h1>'
                f'<div class="news-date">Ngày đăng: {dmy(pub)} {hm(pub)} | Ngày cập nhật: {dmy(upd)} {hm(upd)}</div>'
                f'<div class="news-sapo"><div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label"><strong>{esc(A8.lead)}</strong></div></div>'
                f'<div class="news-content"><div id="ctl00_PlaceHolderMain_ctl03__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl03_label">{body}'
                f'<p class="ms-rteElement-P" style="text-align:right"><strong>Ban Tổ chức Tỉnh ủy</strong></p></div></div>'
                f'<div class="news-tools"><a href="javascript:window.print()">In trang</a> | <a href="#">Gửi email</a> | <a href="#">Về đầu trang</a></div>'
                f'<div class="other-news"><div class="top_F">Các tin khác</div><ul>{others}</ul></div></div>')

    def side(rng, pub_):
        ts = heads11(rng, 6, avoid=[A8.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a> <span class="time_update">(Ngày {dmy(d)})</span></li>' for t, d in zip(ts, past(pub_, rng, 6, 0, 10)))
        return (f'<div class="right-box"><div class="right-box-title">Tin mới nhất</div><ul>{li}</ul></div>'
                + vb_box(["Hướng dẫn đánh giá, xếp loại chất lượng tổ chức đảng, đảng viên năm 2025", "Quy định về công tác phát triển đảng viên trong doanh nghiệp ngoài khu vực nhà nước"], "Văn bản hướng dẫn", "right-box van-ban")
                + '<div class="right-box"><div class="right-box-title">Thống kê truy cập</div><p>Trực tuyến: 216</p><p>Tổng lượt truy cập: 12.483.902</p></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=2)
        return (f'<div class="banner"><img src="/PublishingImages/banner-dang-bo-an-giang.png" alt="Cổng thông tin điện tử Đảng bộ tỉnh An Giang" /></div>'
                f'<div class="date-today">{wd(d)}, ngày {d.day:02d} tháng {d.month:02d} năm {d.year}</div>')

    head = ('<meta name="GENERATOR" content="Microsoft SharePoint" /><link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=VY3ApFTaUDqMc9fWNnOqzA%3D%3DTAG0" />'
            '<script type="text/javascript">var _spPageContextInfo={webServerRelativeUrl:"\\u002fxay-dung-dang\\u002fto-chuc-can-bo",webAbsoluteUrl:"https:\\u002f\\u002fangiang.dcs.vn\\u002fxay-dung-dang\\u002fto-chuc-can-bo",siteAbsoluteUrl:"https:\\u002f\\u002fangiang.dcs.vn",'
            'serverRequestPath:"\\u002fxay-dung-dang\\u002fto-chuc-can-bo\\u002fPages\\u002f2026\\u002f01\\u002fnam-2025-toan-dang-bo-tinh-ket-nap-5126-dang-vien-moi.aspx",layoutsUrl:"_layouts\\u002f15",webTitle:"Tổ chức - Cán bộ",webLanguage:1066,currentLanguage:1066,currentUICultureName:"vi-VN",currentCultureName:"vi-VN",'
            'pageListId:"{8f3a2c41-5b7e-4d19-9a0c-2e6f1d4b7c90}",pageItemId:412,userId:0,siteClientTag:"412$$16.0.10412.20001",PublishingFeatureOn:true};</script>'
            + og(A8.title, url))
    return page("s30-08", family="province_party_sharepoint2019_publishing_table_item_office_signature",
                name="angiang-dangbotinh-sharepoint2019-publishing-sitemappath-to-chuc-can-bo-h1-textfield-ngay-dang-ngay-cap-nhat-dd-mm-yyyy-hh-mm-bold-sapo-two-ms-rtetable-tables-th-header-row-colspan-total-row-bold-right-ban-to-chuc",
                url=url, art=A8, main_fn=main, pub=pub, prefix="sp19", kb=160,
                org="Đảng bộ tỉnh An Giang", addr="Số 02 đường Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang", phone="0296.3852.531",
                crumbs="", top=top, side=side,
                shell_kw={"layout": "sharepoint", "form": True, "head_extra": head, "title": "Trang - " + A8.title, "action": "./nam-2025-toan-dang-bo-tinh-ket-nap-5126-dang-vien-moi.aspx"},
                exp=expected(A8, iso(pub), updated=iso(upd), unit="Ban Tổ chức Tỉnh ủy", category="Tổ chức - Cán bộ", captions=[]),
                traps={"chrome": ["In trang", "Về đầu trang", "Các tin khác", "Tin mới nhất", "Văn bản hướng dẫn", "Thống kê truy cập", "Trực tuyến: 216"], "related": lambda rl: rl[:5]},
                notes="An item that is MOSTLY TABLES on a provincial Party portal built on SharePoint Server 2019 (a classic publishing page: the SiteMapPath, a TextField title, two RichHtmlField controls — the sapo and the PublishingPageContent — with ms-rtestate-field wrappers; _spPageContextInfo; __VIEWSTATE). Meta: 'Ngày đăng: 09/01/2026 15:20 | Ngày cập nhật: 10/01/2026 08:05' → published 2026-01-09T15:20:00+07:00, updated 2026-01-10T08:05:00+07:00. Lead: the bold sapo. Body: the sapo, a one-line introduction, TABLE 1 (the header row of <th> cells is a row like the others; the total row's label spans two columns, so it has four cells: 'Tổng cộng | 4.900 | 5.126 | 104,6'), a second introduction, TABLE 2 (three columns), and the closing paragraph — each table row one paragraph, its cells joined by ' | ' (the convention since set 11). The bold right 'Ban Tổ chức Tỉnh ủy' signs the item as a body (set 26: a signature naming an office) → unit, author null. Crumb 'Trang chủ > Xây dựng Đảng > Tổ chức - Cán bộ' → category. No pictures. The header prints the crawl day in words ('Chủ Nhật, ngày 11 tháng 01 năm 2026'); the 'Các tin khác' and 'Tin mới nhất' lists print '(Ngày dd/mm/yyyy)'; <title> is SharePoint's 'Trang - <headline>'.",
                readme="SharePoint Server 2019 publishing page, Đảng bộ tỉnh, an item that is MOSTLY TABLES: SiteMapPath ending at the section, 'Ngày đăng: … | Ngày cập nhật: …', a bold RichHtmlField sapo, two ms-rteTable tables (a <th> header row; a total row whose label spans two columns), the office signature 'Ban Tổ chức Tỉnh ủy' (unit, no author), no pictures")


# ===================================================================== 9 Đảng ủy xã Hoàn Long (Hưng Yên): the '.dcs.vn' platform's sub-site skin; a COMMUNE PARTY CONGRESS; TWIST the headline typed again in capitals as the first, bold paragraph of the Word-pasted text
A9 = Art("Đại hội đại biểu Đảng bộ xã Hoàn Long lần thứ I, nhiệm kỳ 2025 - 2030",
         "Ngày 15/8, Đảng bộ xã Hoàn Long long trọng tổ chức phiên chính thức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Dự Đại hội có đồng chí Đào Quang Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy; 200 đại biểu đại diện cho gần 1.900 đảng viên của 46 tổ chức cơ sở đảng trong toàn Đảng bộ.",
         [("p", "Xã Hoàn Long được thành lập từ ngày 1/7/2025 trên cơ sở sáp nhập toàn bộ diện tích tự nhiên, quy mô dân số của ba xã cũ, có diện tích gần 24 km², dân số hơn 38.000 người. Đây là Đại hội đầu tiên của Đảng bộ xã sau sắp xếp, có ý nghĩa quan trọng trong việc thống nhất ý chí và hành động của cán bộ, đảng viên và Nhân dân."),
          ("img", "/ckfinder/userfiles/images/2025/08/dai-hoi-hoan-long-toan-canh.jpg", "Toàn cảnh phiên chính thức Đại hội đại biểu Đảng bộ xã Hoàn Long lần thứ I"),
          ("p", "Báo cáo chính trị trình Đại hội nêu rõ, nhiệm kỳ 2020 - 2025, kinh tế của các xã trước sáp nhập tăng trưởng bình quân 9,2%/năm; cơ cấu kinh tế chuyển dịch mạnh sang công nghiệp, thương mại, dịch vụ; thu nhập bình quân đầu người năm 2024 đạt 92 triệu đồng; cả ba xã cũ đều đạt chuẩn nông thôn mới nâng cao, tỷ lệ hộ nghèo còn 0,6%."),
          ("p", "Nhiệm kỳ 2025 - 2030, Đảng bộ xã xác định ba khâu đột phá: hoàn thiện hạ tầng giao thông kết nối các khu, cụm công nghiệp; đẩy mạnh chuyển đổi số trong lãnh đạo, điều hành và phục vụ người dân; xây dựng đội ngũ cán bộ đủ phẩm chất, năng lực đáp ứng yêu cầu vận hành chính quyền địa phương hai cấp. Phấn đấu đến năm 2030, thu nhập bình quân đầu người đạt 150 triệu đồng, xã đạt chuẩn nông thôn mới kiểu mẫu."),
          ("img", "/ckfinder/userfiles/images/2025/08/dai-hoi-hoan-long-phat-bieu.jpg", "Đồng chí Đào Quang Hiếu, Ủy viên Ban Thường vụ Tỉnh ủy, Trưởng Ban Tuyên giáo và Dân vận Tỉnh ủy phát biểu chỉ đạo Đại hội"),
          ("p", "Phát biểu chỉ đạo Đại hội, đồng chí Đào Quang Hiếu đề nghị Đảng bộ xã phát huy tinh thần đoàn kết, khai thác hiệu quả lợi thế nằm trên trục giao thông kết nối với Thủ đô Hà Nội; chú trọng công tác bồi thường, giải phóng mặt bằng các dự án, giải quyết tốt việc làm cho người lao động; làm tốt công tác dân vận, giữ vững an ninh, trật tự ở cơ sở."),
          ("p", "Đại hội đã công bố quyết định của Ban Thường vụ Tỉnh ủy chỉ định Ban Chấp hành Đảng bộ xã khóa I gồm 33 đồng chí; Ban Thường vụ gồm 11 đồng chí. Đồng chí Lê Văn Thành được chỉ định giữ chức Bí thư Đảng ủy xã; Đại hội bầu 9 đại biểu chính thức đi dự Đại hội đại biểu Đảng bộ tỉnh."),
          ("img", "/ckfinder/userfiles/images/2025/08/bch-khoa-i-ra-mat.jpg", "Ban Chấp hành Đảng bộ xã Hoàn Long khóa I, nhiệm kỳ 2025 - 2030 ra mắt Đại hội"),
          ("p", "Đại hội đã thảo luận, biểu quyết thông qua Nghị quyết Đại hội với 100% đại biểu tán thành.")])
BYL9 = "Tin, ảnh: Nguyễn Ngọc Ánh (Văn phòng Đảng ủy xã)"


def page09():
    pub = T("2025-08-15 17:20")
    site = "https://hoanlong.hungyen.dcs.vn"
    url = f"{site}/dai-hoi-dai-bieu-dang-bo-xa-hoan-long-lan-thu-i-nhiem-ky-2025-2030-c220314.html"
    caps = A9.title.upper()
    stamp = lambda d: f"{wd(d)}, {d.day}/{d.month}/{d.year} - {hm(d)}"

    def img(s, c, n):
        return f'<figure class="image" style="display:inline-block"><img alt="" height="533" src="{s}" width="800" /><figcaption>{esc(c)}</figcaption></figure>'

    def main(rng, rl, rd):
        body = (f'<p style="text-align:center"><span style="font-size:16px"><strong>{esc(caps)}</strong></span></p>'
                f'<p style="text-align:justify"><strong>{esc(A9.lead)}</strong></p>' + A9.render(p=jp, img=img) + right_bold(BYL9))
        others = "".join(f'<li><a href="{site}/{slug(t)}-c{rng.randint(219900, 220313)}.html">{esc(t)}</a> <span class="date">{d.day}/{d.month}/{d.year}</span></li>' for t, d in zip(rl[:6], rd))
        return (f'<div class="detail-sub"><h1 class="title-detail">{esc(A9.title)}</h1>'
                f'<div class="meta-detail"><span class="date"><i class="fa fa-calendar"></i> {stamp(pub)}</span> <span class="view"><i class="fa fa-eye"></i> 687</span>'
                f' <span class="tool"><a href="javascript:window.print()"><i class="fa fa-print"></i></a> <a href="#" class="zoom-in">A+</a> <a href="#" class="zoom-out">A-</a></span></div>'
                f'<div class="sapo-detail"></div><div class="content-detail">{body}</div>'
                f'<div class="share-detail">{share("share-sub")}</div>'
                f'<div class="other-detail"><h3 class="title-other">Tin khác</h3><ul>{others}</ul></div></div>')

    crumbs = ('<ol class="breadcrumb-sub"><li><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li><li><a href="/tin-tuc-su-kien-c219600.html">Tin tức - Sự kiện</a></li>'
              '<li class="active"><a href="/dai-hoi-dang-cac-cap-c219611.html">Đại hội Đảng các cấp</a></li></ol>')

    def side(rng, pub_):
        ts = heads11(rng, 5, avoid=[A9.title])
        li = "".join(f'<li><a href="#">{esc(t)}</a><p class="date">{stamp(d)}</p></li>' for t, d in zip(ts, past(pub_, rng, 5, 1, 12)))
        docs = "".join(f'<li><a href="#">{esc(t)}</a></li>' for t in ["Báo cáo chính trị trình Đại hội đại biểu Đảng bộ xã lần thứ I", "Báo cáo kiểm điểm của Ban Chấp hành", "Nghị quyết Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030"])
        return (f'<div class="box-sub"><h3 class="box-sub-title">Tin mới</h3><ul class="list-new">{li}</ul></div>'
                f'<div class="box-sub"><h3 class="box-sub-title">Văn kiện Đại hội</h3><ul>{docs}</ul></div>'
                '<div class="box-sub"><h3 class="box-sub-title">Đại hội Đảng bộ tỉnh</h3><p>Đại hội đại biểu Đảng bộ tỉnh Hưng Yên nhiệm kỳ 2025 - 2030 dự kiến diễn ra trong tháng 10/2025.</p></div>')

    def top(rng, pub_):
        d = pub_ + timedelta(days=3, hours=-9)
        return (f'<div class="container"><div class="logo-sub"><img src="/Content/sub/images/dang-ky.png" alt="" width="70" /><div class="name-sub"><p class="n1">ĐẢNG BỘ TỈNH HƯNG YÊN</p><p class="n2">ĐẢNG ỦY XÃ HOÀN LONG</p></div></div>'
                f'<div class="time-sub">{stamp(d)}</div></div>')

    head = og(A9.title, url, {"og:site_name": "Đảng ủy xã Hoàn Long"}) + '<link href="/Content/sub/css/style.css?v=2.3" rel="stylesheet" /><script src="/Scripts/jquery-3.6.0.min.js"></script>'
    return page("s30-09", family="commune_party_dcs_subsite_congress_headline_pasted_again_in_capitals",
                name="hungyen-hoanlong-danguyxa-dcs-vn-subsite-c-id-crumb-dai-hoi-dang-cac-cap-h1-weekday-d-m-yyyy-unpadded-dash-hh-mm-empty-sapo-pasted-caps-headline-bold-centred-then-bold-first-p-lead-figcaptions-tin-anh-name-paren-unit",
                url=url, art=A9, main_fn=main, pub=pub, prefix="sub", kb=125,
                org="Đảng ủy xã Hoàn Long", addr="Thôn Đông, xã Hoàn Long, tỉnh Hưng Yên", phone="0221.3862.117",
                crumbs=crumbs, top=top, side=side,
                shell_kw={"layout": "dcs_sub", "head_extra": head, "title": A9.title},
                exp=expected(A9, iso(pub), author="Nguyễn Ngọc Ánh", unit="Văn phòng Đảng ủy xã", photographer="Nguyễn Ngọc Ánh", category="Đại hội Đảng các cấp"),
                traps={"pasted_headline": [caps], "bylines": [BYL9], "chrome": ["Tin khác", "Văn kiện Đại hội", "Đại hội đại biểu Đảng bộ tỉnh Hưng Yên nhiệm kỳ 2025 - 2030 dự kiến diễn ra trong tháng 10/2025."], "related": lambda rl: rl[:5]},
                notes="TWIST: a COMMUNE'S PARTY CONGRESS on an Đảng ủy xã's sub-site of the '.dcs.vn' platform (the sub-site skin: header 'ĐẢNG BỘ TỈNH … / ĐẢNG ỦY XÃ …', ol.breadcrumb-sub, h1.title-detail, div.meta-detail, an EMPTY div.sapo-detail, div.content-detail; '-c<id>.html' URLs). The text was pasted from the Word file of the news item, and it begins with the HEADLINE typed again in capitals — a centred, bold paragraph 'ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ HOÀN LONG LẦN THỨ I, NHIỆM KỲ 2025 - 2030' — and only then the bold opening paragraph (the sapo of the Word file). → the caps headline is the pasted document's own heading (set 28: a formal part, whatever its markup): neither lead nor body; lead = the bold paragraph after it ('Ngày 15/8, …'). An extractor that takes the first bold paragraph as the lead stores the headline in capitals as the sapo, and the body starts with it. Stamp: 'Thứ Sáu, 15/8/2025 - 17:20' (day and month unpadded, read as printed, set 28) → 2025-08-15T17:20:00+07:00; the header prints the crawl moment in the SAME shape ('Thứ Hai, 18/8/2025 - 08:20') and so do the 'Tin mới' items. Captions: three CKEditor 4 figure.image figcaptions. Byline: the bold right 'Tin, ảnh: Nguyễn Ngọc Ánh (Văn phòng Đảng ủy xã)' → author = photographer 'Nguyễn Ngọc Ánh', unit 'Văn phòng Đảng ủy xã' (as printed, without the commune's name). Crumb 'Trang chủ / Tin tức - Sự kiện / Đại hội Đảng các cấp' → category. Dates in the text: 1/7/2025 (the commune's founding), 15/8 (the congress); the sidebar announces the provincial congress for 10/2025.",
                readme="TWIST the Word-pasted text begins with the HEADLINE typed again in CAPITALS (a centred bold paragraph) before the bold opening paragraph → neither lead nor body (a pasted document's heading); '.dcs.vn' platform, an Đảng ủy xã's sub-site skin, a COMMUNE PARTY CONGRESS: empty sapo div, 'Thứ Sáu, 15/8/2025 - 17:20' (unpadded) with the header clock and lists in the same shape, CKEditor figcaptions, 'Tin, ảnh: Name (Văn phòng Đảng ủy xã)' (author = photographer + unit), crumb 'Đại hội Đảng các cấp'")


PAGES = [page01, page02, page03, page04, page05, page06, page07, page08, page09]
