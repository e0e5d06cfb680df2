"""VNPT e-Portal (ASP.NET MVC, Razor) — two skins."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, dump, esc,
                     expected, fake_min_js, ga_snippet, headlines, hexid, hm, iso_min,
                     menu_tree, NOTICE_TITLES, MINISTRIES, alnum, b64blob, svg_sprite,
                     TICKER_FUTURE, wd, days_before, slugify)


def _mega(tree, cls="mega"):
    out = [f'<ul class="{cls}-root">']
    for label, url, kids in tree:
        out.append(f'<li class="{cls}-item has-child"><a href="{url}">{esc(label)}</a>')
        if kids:
            out.append(f'<div class="{cls}-panel"><ul class="{cls}-col">')
            for kl, ku, gk in kids:
                out.append(f'<li><a href="{ku}" title="{esc(kl, attr=True)}">{esc(kl)}</a>')
                if gk:
                    out.append('<ul class="sub-3">' + "".join(
                        f'<li><a href="{gu}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>")
                out.append("</li>")
            out.append("</ul></div>")
        out.append("</li>")
    out.append("</ul>")
    return "\n".join(out)


# =====================================================================
# Page 1: Tỉnh ủy Ninh Thuận — generic "portlet-news" class on every module
# =====================================================================
ART1 = Art(
    "Ban Chỉ đạo Chuyển đổi số tỉnh sơ kết 9 tháng đầu năm 2024",
    "Chiều 9/10, Ban Chỉ đạo Chuyển đổi số tỉnh tổ chức hội nghị sơ kết công tác chuyển đổi số "
    "9 tháng đầu năm, triển khai nhiệm vụ trọng tâm những tháng cuối năm 2024. Đồng chí Lê Văn Thạnh, "
    "Phó Bí thư Thường trực Tỉnh ủy, Phó Trưởng ban Thường trực Ban Chỉ đạo chủ trì hội nghị.",
    [
        ("p", "Theo báo cáo của Sở Thông tin và Truyền thông, 9 tháng qua, các cấp ủy, chính quyền đã tập "
              "trung lãnh đạo, chỉ đạo triển khai đồng bộ các nhiệm vụ chuyển đổi số trên cả ba trụ cột "
              "chính quyền số, kinh tế số và xã hội số. Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận, giải "
              "quyết trực tuyến toàn trình đạt 62,4%, tăng 18% so với cùng kỳ năm 2023; 100% cơ quan nhà nước "
              "cấp tỉnh, cấp huyện sử dụng văn bản điện tử có ký số trong gửi, nhận văn bản."),
        ("p", "Hạ tầng số tiếp tục được đầu tư, mở rộng; toàn tỉnh đã phủ sóng di động 4G đến 100% thôn, khu "
              "phố, tỷ lệ hộ gia đình có kết nối internet cáp quang đạt 78%. Nền tảng tích hợp, chia sẻ dữ liệu "
              "cấp tỉnh (LGSP) đã kết nối với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia và 12 cơ sở dữ liệu "
              "chuyên ngành, phục vụ hiệu quả công tác chỉ đạo, điều hành."),
        ("img", "/Uploads/images/2024/10/09/cds-so-ket-1.jpg",
         "Đồng chí Lê Văn Thạnh, Phó Bí thư Thường trực Tỉnh ủy phát biểu chỉ đạo tại hội nghị"),
        ("p", "Đáng chú ý, 465 Tổ công nghệ số cộng đồng với hơn 3.100 thành viên đã được thành lập ở các thôn, "
              "khu phố, trực tiếp hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử, sử dụng "
              "dịch vụ công trực tuyến và thanh toán không dùng tiền mặt. Nhiều địa phương như thành phố Phan "
              "Rang - Tháp Chàm, huyện Ninh Hải có cách làm sáng tạo, gắn chuyển đổi số với xây dựng đô thị "
              "thông minh và phát triển du lịch."),
        ("p", "Tuy nhiên, hội nghị cũng chỉ ra một số hạn chế: việc số hóa hồ sơ, kết quả giải quyết thủ tục "
              "hành chính ở cấp xã còn chậm; nguồn nhân lực công nghệ thông tin tại các cơ quan, đơn vị còn "
              "thiếu; một số cơ sở dữ liệu chuyên ngành chưa được cập nhật thường xuyên, chưa bảo đảm “đúng, "
              "đủ, sạch, sống”."),
        ("img", "/Uploads/images/2024/10/09/cds-so-ket-2.jpg",
         "Quang cảnh hội nghị sơ kết công tác chuyển đổi số 9 tháng đầu năm 2024"),
        ("p", "Phát biểu chỉ đạo, đồng chí Lê Văn Thạnh đề nghị các thành viên Ban Chỉ đạo, người đứng đầu các "
              "sở, ngành, địa phương phải trực tiếp chỉ đạo, chịu trách nhiệm về kết quả chuyển đổi số tại cơ "
              "quan, đơn vị mình; coi chuyển đổi số là nhiệm vụ chính trị thường xuyên, gắn với cải cách hành "
              "chính và thực hiện Đề án 06 của Chính phủ."),
        ("p", "Đồng chí yêu cầu trong quý IV/2024, các đơn vị tập trung hoàn thành chỉ tiêu số hóa hồ sơ, nâng "
              "tỷ lệ thanh toán trực tuyến phí, lệ phí; đẩy mạnh tuyên truyền các hoạt động hưởng ứng Ngày "
              "Chuyển đổi số quốc gia; đồng thời rà soát, bảo đảm an toàn, an ninh thông tin cho các hệ thống "
              "dùng chung của tỉnh, không để xảy ra sự cố mất an toàn thông tin mạng."),
        ("p", "Dịp này, Ban Chỉ đạo đã biểu dương 5 tập thể và 8 cá nhân có thành tích tiêu biểu trong triển "
              "khai mô hình Tổ công nghệ số cộng đồng."),
    ])


def page1():
    rng = random.Random("vnpt-ninhthuan-1")
    prov = "Ninh Thuận"
    pub = T("2024-10-09 16:25")
    today = T("2024-12-05 08:00")
    byline = "Tin: Ngọc Trang - Ảnh: Đức Minh"
    host = "https://ninhthuan.dcs.vn"
    url = f"{host}/tin-tuc-su-kien/hoat-dong-cua-tinh-uy/ban-chi-dao-chuyen-doi-so-tinh-so-ket-9-thang-dau-nam-2024-19845.html"
    tree = menu_tree(rng, prov, "party", base="", n_communes=9)
    heads = headlines(rng, 34, prov, exclude=[ART1.title], avoid=ART1.body)
    same_cat, newest, older = heads[:8], heads[8:16], heads[16:26]
    ticker = TICKER_FUTURE[:5]
    dts = days_before(pub, rng, 8, 1, 20)
    dts_new = days_before(today, rng, 8, 0, 6)
    docs = doc_titles(rng, 8)

    def img(src, cap, alt, n):
        return (f'<p style="text-align:center"><img alt="{alt}" src="{src}" style="width:100%;max-width:680px" /></p>\n'
                f'<p style="text-align:center"><em>{cap}</em></p>')

    content = ART1.render(p=lambda t: f'<p style="text-align:justify">{t}</p>', img=img)
    content += f'\n<p style="text-align:right"><strong>{esc(byline)}</strong></p>'

    teaser_pars = [
        "Sáng nay, đoàn công tác đã kiểm tra thực tế tại một số địa phương, làm việc với Ban Thường vụ cấp ủy "
        "và lãnh đạo các ban, ngành; ghi nhận những kết quả nổi bật, đồng thời chỉ ra các hạn chế cần sớm khắc "
        "phục trong thời gian tới, nhất là công tác phát triển đảng viên và sinh hoạt chi bộ ở cơ sở.",
        "Hội nghị đã thông qua các báo cáo, đánh giá khách quan kết quả đạt được trong năm, thảo luận, thống "
        "nhất phương hướng, nhiệm vụ và giải pháp trọng tâm cho năm tiếp theo, bảo đảm bám sát chương trình "
        "công tác toàn khóa và nghị quyết đại hội đảng bộ các cấp.",
    ]
    newest_html = "\n".join(
        f'<div class="item-news clearfix"><a class="thumb" href="/tin-tuc-su-kien/tin-trong-tinh/{slugify(t)}-{19900 + i}.html">'
        f'<img src="/Uploads/thumbs/2024/12/{hexid(rng, 10)}.jpg" alt="{esc(t, attr=True)}"></a>'
        f'<h3 class="title-item"><a href="/tin-tuc-su-kien/tin-trong-tinh/{slugify(t)}-{19900 + i}.html">{esc(t)}</a></h3>'
        f'<span class="date-item">{dmy(d)}</span><p class="summary-item">{esc(teaser_pars[i % 2])}</p></div>'
        for i, (t, d) in enumerate(zip(newest, dts_new)))
    same_html = "\n".join(
        f'<li><a href="/tin-tuc-su-kien/hoat-dong-cua-tinh-uy/{slugify(t)}-{19700 + i}.html">{esc(t)}</a> '
        f'<span class="date-item">({dmy(d)})</span></li>' for i, (t, d) in enumerate(zip(same_cat, dts)))
    older_html = "\n".join(f'<li><a href="/tin-tuc-su-kien/{slugify(t)}-{18000 + 37 * i}.html">{esc(t)}</a></li>'
                           for i, t in enumerate(older))
    notice_html = "\n".join(f'<li><a href="/thong-bao/{slugify(t)}.html">{esc(t)}</a></li>' for t in NOTICE_TITLES[:5])
    docs_html = "\n".join(f'<li><a href="/van-ban/{slugify(t)[:60]}.html">{esc(t)}</a></li>' for t in docs)
    links_html = "\n".join(f'<option value="https://{slugify(m)[:20]}.gov.vn">{esc(m)}</option>' for m in MINISTRIES)
    counters = counter_block(rng)
    token = b64blob(rng, 96)
    css = css_blob(rng, "vp", 520)
    js = fake_min_js(rng, 140, "VnptPortal")

    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Đảng bộ tỉnh Ninh Thuận</title>
<meta name="description" content="Trang thông tin điện tử Đảng bộ tỉnh Ninh Thuận" />
<meta name="generator" content="VNPT ePortal 4.2" />
<link rel="shortcut icon" href="/Content/images/favicon.ico" />
<link href="/Content/bootstrap.min.css?v=4.2.1" rel="stylesheet" />
<link href="/Content/font-awesome.min.css" rel="stylesheet" />
<link href="/Themes/DangBo/css/style.css?v=20240915" rel="stylesheet" />
<script type="application/ld+json">{dump({"@context": "https://schema.org", "@type": "WebSite", "name": "Đảng bộ tỉnh Ninh Thuận", "url": host + "/"})}</script>
<style>{css}</style>
{ga_snippet(rng)}
</head>
<body class="vnpt-portal layout-2col">
{svg_sprite(rng, 40, "vp")}
<div id="wrapper">
<div class="header-top">
  <div class="container">
    <span class="today"><i class="fa fa-calendar"></i> {wd(today)}, {dmy(today)}</span>
    <div class="top-links"><a href="/rss.html">RSS</a> | <a href="/so-do-trang.html">Sơ đồ trang</a> | <a href="/lien-he.html">Liên hệ</a> | <a href="/Account/Login?ReturnUrl=%2F">Đăng nhập</a></div>
    <form class="search-top" action="/tim-kiem.html" method="get"><input type="text" name="q" placeholder="Tìm kiếm..." /><button type="submit">Tìm</button></form>
  </div>
</div>
<div class="banner"><div class="container"><a href="/"><img src="/Themes/DangBo/images/banner-ninhthuan.png" alt="Đảng bộ tỉnh Ninh Thuận" /></a>
<div class="banner-text"><span class="t1">ĐẢNG CỘNG SẢN VIỆT NAM</span><span class="t2">ĐẢNG BỘ TỈNH NINH THUẬN</span></div></div></div>
<nav class="mainmenu"><div class="container">
<a class="home" href="/"><i class="fa fa-home"></i></a>
{_mega(tree, "mm")}
</div></nav>
<div class="ticker"><div class="container"><span class="ticker-label">Tiêu điểm:</span>
<marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">
{" &nbsp;&nbsp;|&nbsp;&nbsp; ".join(f'<a href="/su-kien/{slugify(t)[:50]}.html">{esc(t)}</a>' for t in ticker)}
</marquee></div></div>
<div class="container main-content">
<div class="row">
<div class="col-md-8 col-main">
<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li><li class="active"><a href="/tin-tuc-su-kien/hoat-dong-cua-tinh-uy.html">Hoạt động của Tỉnh ủy</a></li></ol>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Tin tức - Sự kiện</span></h2></div>
  <div class="portlet-body">
    <div class="news-detail">
      <h1 class="title-news">{esc(ART1.title)}</h1>
      <div class="meta-news clearfix">
        <span class="date-news"><i class="fa fa-clock-o"></i> {wd(pub)}, {dmy(pub)} - {hm(pub)}</span>
        <span class="view-news"><i class="fa fa-eye"></i> Lượt xem: 1.284</span>
        <div class="tool-news"><a href="javascript:void(0)" class="font-minus" title="Giảm cỡ chữ">A-</a> <a href="javascript:void(0)" class="font-normal">A</a> <a href="javascript:void(0)" class="font-plus" title="Tăng cỡ chữ">A+</a> <a href="javascript:window.print()" class="print-news"><i class="fa fa-print"></i> In bài</a> <a href="mailto:?subject=Ban%20Ch%E1%BB%89%20%C4%91%E1%BA%A1o" class="email-news"><i class="fa fa-envelope"></i> Gửi email</a></div>
      </div>
      <div class="sapo-news"><strong>{esc(ART1.lead)}</strong></div>
      <div class="content-news" id="contentNews">
{content}
      </div>
      <div class="share-news"><div class="zalo-share-button" data-href="{url}" data-oaid="579745863508352884" data-layout="1" data-color="blue"></div><div class="fb-share-button" data-href="{url}" data-layout="button_count"></div></div>
    </div>
  </div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Tin cùng chuyên mục</span></h2></div>
  <div class="portlet-body"><ul class="list-news">
{same_html}
  </ul></div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Các tin đã đưa</span></h2></div>
  <div class="portlet-body"><div class="filter-date">Xem tin ngày: <input type="text" class="datepicker" value="{dmy(today)}" /> <button>Xem</button></div><ul class="list-news list-older">
{older_html}
  </ul></div>
</div>
</div>
<div class="col-md-4 col-right">
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Tin mới</span></h2></div>
  <div class="portlet-body">
{newest_html}
  </div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Thông báo</span></h2></div>
  <div class="portlet-body"><ul class="list-notice">{notice_html}</ul></div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Văn bản mới</span></h2></div>
  <div class="portlet-body"><ul class="list-doc">{docs_html}</ul></div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Thăm dò ý kiến</span></h2></div>
  <div class="portlet-body"><form action="/Poll/Vote" method="post"><input name="__RequestVerificationToken" type="hidden" value="{token}" />
  <p>Bạn quan tâm nội dung nào trên Trang thông tin điện tử Đảng bộ tỉnh?</p>
  <label><input type="radio" name="opt" value="1"> Tin hoạt động</label><br><label><input type="radio" name="opt" value="2"> Văn bản, tài liệu</label><br><label><input type="radio" name="opt" value="3"> Chuyên đề</label><br>
  <button type="submit">Biểu quyết</button> <a href="/Poll/Result/3">Xem kết quả</a></form></div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Liên kết website</span></h2></div>
  <div class="portlet-body"><select onchange="window.open(this.value)"><option>-- Chọn liên kết --</option>{links_html}</select></div>
</div>
<div class="portlet-news">
  <div class="portlet-title"><h2><span>Thống kê truy cập</span></h2></div>
  <div class="portlet-body"><ul class="counter">{"".join(f"<li>{l}: <b>{v}</b></li>" for l, v in counters)}</ul></div>
</div>
</div>
</div>
</div>
<footer class="footer"><div class="container">
<p><strong>TRANG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH NINH THUẬN</strong></p>
<p>Cơ quan chủ quản: Ban Thường vụ Tỉnh ủy Ninh Thuận. Chịu trách nhiệm chính: Trưởng Ban Tuyên giáo Tỉnh ủy.</p>
<p>Địa chỉ: Số 450 đường 16 Tháng 4, phường Mỹ Hải, TP Phan Rang - Tháp Chàm, tỉnh Ninh Thuận. Điện thoại: 0259.3822.xxx - Email: bbt@ninhthuan.dcs.vn</p>
<p>Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 15/3/2019. Ghi rõ nguồn “Trang TTĐT Đảng bộ tỉnh Ninh Thuận” khi phát hành lại thông tin từ website này.</p>
<p class="copyright">Thiết kế và phát triển bởi VNPT Ninh Thuận</p>
</div></footer>
</div>
<script src="/Scripts/jquery-3.6.0.min.js"></script>
<script src="/Scripts/bootstrap.bundle.min.js"></script>
<script src="https://sp.zalo.me/plugins/sdk.js"></script>
<script>{js}</script>
<script>$(function(){{VnptPortal.f1&&VnptPortal.f1();$('.font-plus').click(function(){{$('#contentNews').css('font-size','+=1')}});$('.font-minus').click(function(){{$('#contentNews').css('font-size','-=1')}});}});</script>
</body>
</html>
"""
    related = same_cat[:6] + newest[:4]
    return dict(
        family="vnpt_eportal", name="ninhthuan-chuyen-doi-so-portlet-news", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART1, published=iso_min(pub), author="Ngọc Trang",
                          photographer="Đức Minh", category="Hoạt động của Tỉnh ủy"),
        traps={"bylines": [byline], "related": related,
               "chrome": ["Tin tức - Sự kiện", "Tin cùng chuyên mục", ticker[0], ticker[1]]},
        notes="VNPT e-Portal MVC skin: <title> is only the site name; a 'Tin tức - Sự kiện' panel heading sits "
              "above the h1; every module (article, Tin cùng chuyên mục, Tin mới with long teasers, Thông báo, "
              "Văn bản mới, poll, counter) shares the class portlet-news — the article is the one holding the h1. "
              "Header clock 'Thứ Năm, 05/12/2024' and a ticker with future event dates. Byline 'Tin: X - Ảnh: Y' "
              "as the last right-aligned paragraph inside the content div; captions are centred <em> paragraphs.",
        readme="VNPT e-Portal; title=site name, panel heading above h1, all modules share one class, "
               "'Tin: X - Ảnh: Y' byline inside content, header clock + future-dated ticker",
    )


# =====================================================================
# Page 2: Ban Tuyên giáo Kon Tum — series kicker, update-only stamp, lazy images
# =====================================================================
KICKER2 = "Xây dựng chi bộ vững mạnh ở vùng đồng bào dân tộc thiểu số - Kỳ 2:"
ART2 = Art(
    "Nâng chất sinh hoạt chi bộ thôn, làng",
    "Xác định chất lượng sinh hoạt chi bộ là thước đo năng lực lãnh đạo của tổ chức cơ sở đảng, thời gian "
    "qua, nhiều chi bộ thôn, làng vùng đồng bào dân tộc thiểu số trên địa bàn tỉnh đã đổi mới nội dung, hình "
    "thức sinh hoạt, đưa nghị quyết của Đảng đến gần hơn với từng hộ dân.",
    [
        ("p", "Chúng tôi có mặt tại Chi bộ làng Kon Jơ Ri, xã Đắk Rơ Wa (thành phố Kon Tum) đúng vào buổi sinh "
              "hoạt định kỳ tháng 3. Khác với trước đây, buổi sinh hoạt không chỉ đọc báo cáo, triển khai văn bản "
              "mà dành phần lớn thời gian cho đảng viên thảo luận những việc cụ thể của làng: sửa lại đoạn đường "
              "nội đồng bị xói lở sau mùa mưa, vận động 3 hộ còn để trẻ nghỉ học theo bố mẹ lên rẫy, phân công "
              "đảng viên kèm cặp hộ nghèo chăm sóc vườn cà phê."),
        ("p", "Bí thư Chi bộ A Thiên cho biết, chi bộ hiện có 21 đảng viên, trong đó 17 đảng viên là người Ba Na. "
              "Trước mỗi kỳ sinh hoạt, cấp ủy chi bộ họp chuẩn bị nội dung, gửi trước dự thảo nghị quyết để đảng "
              "viên nghiên cứu; khi sinh hoạt, những nội dung khó hiểu được giải thích bằng tiếng Ba Na để mọi "
              "người cùng nắm. “Đảng viên hiểu thì mới nói lại được với bà con, làm trước cho bà con theo”, "
              "anh A Thiên chia sẻ."),
        ("img", "/Uploads/images/2024/3/11/chi-bo-kon-jo-ri.jpg",
         "Chi bộ làng Kon Jơ Ri sinh hoạt định kỳ, bàn việc sửa đường nội đồng"),
        ("p", "Theo Ban Tổ chức Tỉnh ủy, đến nay 100% chi bộ thôn, làng trên địa bàn tỉnh duy trì sinh hoạt định "
              "kỳ hằng tháng; trên 85% chi bộ tổ chức sinh hoạt theo chủ đề ít nhất mỗi quý một lần. Nhiều đảng bộ "
              "xã đã cử cán bộ phụ trách dự, hướng dẫn trực tiếp, kịp thời chấn chỉnh những buổi sinh hoạt còn "
              "hình thức, nặng về thông báo tình hình."),
        ("p", "Tại huyện Kon Plông, mô hình “Chi bộ 4 tốt” được triển khai ở 38 chi bộ thôn, làng với tiêu chí: "
              "sinh hoạt đúng kỳ, nội dung sát thực tế, đảng viên gương mẫu, nghị quyết được thực hiện đến nơi "
              "đến chốn. Sau hơn một năm, tỷ lệ chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên tăng 12% so "
              "với năm trước."),
        ("img", "/Uploads/images/2024/3/11/mang-but-2.jpg",
         "Đảng viên Chi bộ thôn Măng Bút 2 (huyện Kon Plông) thảo luận kế hoạch trồng sâm dây dưới tán rừng"),
        ("p", "Dù vậy, theo đánh giá của nhiều cấp ủy cơ sở, chất lượng sinh hoạt chi bộ ở một số nơi vẫn chưa "
              "đồng đều. Trình độ của một bộ phận bí thư chi bộ còn hạn chế, lúng túng trong điều hành; một số "
              "đảng viên lớn tuổi, ở xa, đi làm rẫy dài ngày nên tham gia sinh hoạt chưa đầy đủ."),
        ("p", "Để khắc phục, Ban Thường vụ Tỉnh ủy chỉ đạo tăng cường bồi dưỡng kỹ năng cho bí thư chi bộ, biên "
              "soạn tài liệu sinh hoạt song ngữ, đồng thời đưa chất lượng sinh hoạt chi bộ trở thành tiêu chí quan "
              "trọng khi đánh giá, xếp loại tổ chức đảng cuối năm."),
    ])

PREV2 = "Kỳ 1: Gỡ khó trong phát triển đảng viên ở thôn, làng đặc biệt khó khăn"
NEXT2 = "Kỳ 3: Phát huy vai trò người có uy tín trong công tác xây dựng Đảng"


def page2():
    rng = random.Random("vnpt-kontum-2")
    prov = "Kon Tum"
    upd = T("2024-03-11 09:40")
    today = T("2024-03-14 10:12")
    host = "https://tuyengiao.kontum.dcs.vn"
    url = f"{host}/chuyen-de/xay-dung-dang-vung-dtts/ky-2-nang-chat-sinh-hoat-chi-bo-thon-lang-a1742.html"
    tree = menu_tree(rng, prov, "party", base="", n_communes=8)
    heads = headlines(rng, 22, prov, exclude=[ART2.title], avoid=ART2.body)
    dts = days_before(upd, rng, 22, 0, 25)

    def img(src, cap, alt, n):
        return (f'<div class="news-image" style="text-align:center">'
                f'<img class="lazyload" src="/Content/images/blank-16x9.gif" data-src="{src}" alt="{alt}" width="700" height="420" />'
                f'<noscript><img src="{src}" alt="{alt}" /></noscript>'
                f'<div class="img-desc">{cap}</div></div>')

    content = ART2.render(p=lambda t: f'<p style="text-align:justify">&nbsp; &nbsp; {t}</p>', img=img)
    hot = "\n".join(
        f'<article class="art-item"><a href="/tin-tuc/{slugify(t)}-a{1700 - 3 * i}.html" class="art-thumb"><img class="lazyload" src="/Content/images/blank-16x9.gif" data-src="/Uploads/thumb/{hexid(rng, 12)}.jpg" alt=""></a>'
        f'<h4 class="art-title"><a href="/tin-tuc/{slugify(t)}-a{1700 - 3 * i}.html">{esc(t)}</a></h4>'
        f'<time class="art-time">{hm(d)} {dmy(d)}</time></article>'
        for i, (t, d) in enumerate(zip(heads[:12], dts)))
    most = "\n".join(f'<li><span class="num">{i + 1}</span><a href="/tin-tuc/{slugify(t)}-a{1500 + 7 * i}.html">{esc(t)}</a></li>'
                     for i, t in enumerate(heads[12:20]))
    series = [PREV2, "Kỳ 2: " + ART2.title, NEXT2]
    series_html = "".join(f'<li><a href="/chuyen-de/xay-dung-dang-vung-dtts/{slugify(s)}.html">{esc(s)}</a></li>' for s in series)
    rvt = b64blob(rng, 108)
    js = fake_min_js(rng, 150, "ePortal")
    css = css_blob(rng, "ep", 420)
    html = f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Nâng chất sinh hoạt chi bộ thôn, làng - Ban Tuyên giáo Tỉnh ủy Kon Tum</title>
<meta property="og:title" content="Kỳ 2: Nâng chất sinh hoạt chi bộ thôn, làng" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{host}/Uploads/images/2024/3/11/chi-bo-kon-jo-ri.jpg" />
<meta property="og:description" content="{esc(ART2.lead, attr=True)}" />
<link rel="stylesheet" href="/bundles/css?v=mQ8f2kX0wO1yC7Gk3" />
<style>{css}</style>
</head>
<body>
<input name="__RequestVerificationToken" type="hidden" value="{rvt}" />
<div class="page">
<header class="site-header">
 <div class="hd-top"><div class="wrap"><span class="hd-date">Kon Tum, {wd(today)} ngày {today.day} tháng {today.month} năm {today.year}</span>
 <a href="/Account/Login" class="hd-login">Đăng nhập</a> | <a href="/en">English</a></div></div>
 <div class="hd-banner wrap"><a href="/" class="logo"><img src="/Content/themes/tuyengiao/logo.png" alt="Ban Tuyên giáo Tỉnh ủy Kon Tum"></a></div>
 <nav class="hd-nav"><div class="wrap">{_mega(tree, "nav")}</div></nav>
</header>
<main class="wrap main">
<div class="col-left">
<div class="breadcrumbs"><a href="/">Trang chủ</a> » <a href="/chuyen-de.html">Chuyên đề</a> » <a href="/chuyen-de/xay-dung-dang-vung-dtts.html">Xây dựng Đảng ở vùng đồng bào DTTS</a></div>
<div class="article-detail">
  <div class="art-label"><a href="/chuyen-de.html" class="tag-chuyende">Chuyên đề</a></div>
  <p class="art-kicker">{esc(KICKER2)}</p>
  <h1 class="art-heading">{esc(ART2.title)}</h1>
  <div class="art-meta"><span class="art-update">(Cập nhật: {upd.strftime('%d-%m-%Y')} {hm(upd)})</span>
   <span class="art-tools"><a href="#" onclick="ePortal.f3&&ePortal.f3();return false;">Đọc bài</a> · <a href="/print/a1742">In</a> · <a href="#" class="fs-down">A-</a> <a href="#" class="fs-up">A+</a></span></div>
  <div class="art-sapo">{esc(ART2.lead)}</div>
  <div class="art-content">
{content}
  </div>
  <div class="art-author" style="text-align:right"><b>Nhóm PV</b></div>
  <div class="art-series"><div class="series-title">Các bài trong loạt bài</div><ul>{series_html}</ul></div>
  <div class="art-prevnext">
   <a class="prev" href="/chuyen-de/xay-dung-dang-vung-dtts/{slugify(PREV2)}.html">« {esc(PREV2)}</a>
   <a class="next" href="/chuyen-de/xay-dung-dang-vung-dtts/{slugify(NEXT2)}.html">{esc(NEXT2)} »</a>
  </div>
</div>
</div>
<aside class="col-right">
 <section class="box"><h3 class="box-title">Tin mới cập nhật</h3>{hot}</section>
 <section class="box"><h3 class="box-title">Đọc nhiều</h3><ol class="most">{most}</ol></section>
 <section class="box box-banner">{"".join(f'<a href="https://{slugify(m)[:18]}.vn" target="_blank"><img src="/Uploads/banner/{slugify(m)[:18]}.png" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES[:10])}</section>
</aside>
</main>
<footer class="site-footer"><div class="wrap">
<p>BAN TUYÊN GIÁO TỈNH ỦY KON TUM</p>
<p>Địa chỉ: 258 Bà Triệu, TP Kon Tum, tỉnh Kon Tum. ĐT: 0260.386x.xxx</p>
<p>Chịu trách nhiệm nội dung: Phó Trưởng Ban Thường trực Ban Tuyên giáo Tỉnh ủy</p>
<p>© Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Kon Tum. Phát triển bởi VNPT Kon Tum.</p>
</div></footer>
</div>
<script src="/bundles/jquery?v=2uTyQ9"></script>
<script src="/Scripts/lazysizes.min.js" async></script>
<script>{js}</script>
</body>
</html>
"""
    return dict(
        family="vnpt_eportal", name="kontum-ky-2-sinh-hoat-chi-bo-kicker", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART2, published=iso_min(upd), author="Nhóm PV",
                          category="Xây dựng Đảng ở vùng đồng bào DTTS"),
        traps={"bylines": ["Nhóm PV"], "related": [PREV2, NEXT2] + heads[:6],
               "chrome": [KICKER2, "Các bài trong loạt bài"]},
        notes="VNPT e-Portal second skin: small 'Chuyên đề' label plus a series kicker line ('… - Kỳ 2:') above "
              "the h1 (og:title and the series list carry 'Kỳ 2: …'; the headline itself does not). The only "
              "stamp is '(Cập nhật: 11-03-2024 09:40)', so published_at takes it and updated_at is null. Lazy "
              "images (blank gif src, data-src, noscript copy) with div captions; 'Nhóm PV' byline after the "
              "content; series list and prev/next links to Kỳ 1 / Kỳ 3; header shows the crawl day in words.",
        readme="VNPT e-Portal; series kicker + 'Chuyên đề' label above h1, update-only stamp, lazy images, "
               "'Nhóm PV', prev/next series links",
    )


PAGES = [page1, page2]
