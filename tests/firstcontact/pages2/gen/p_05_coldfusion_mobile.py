"""ColdFusion nested-table portal with a 2-page article (Hải Dương) and a mobile m. page (Bắc Ninh)."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, dump, esc, expected, fake_min_js, headlines, hexid,
                     hm, iso_min, menu_tree, MINISTRIES, NOTICE_TITLES, days_before, slugify, ul_tree, wd, alnum,
                     guid, b64blob, doc_titles)


# =====================================================================
# Page 9: Huyện ủy Kim Thành (Hải Dương) — ColdFusion, nested tables, page 1 of 2
# =====================================================================
ART9 = Art(
    "Kim Thành sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội Đảng bộ huyện",
    "Ngày 11/3, Ban Chấp hành Đảng bộ huyện Kim Thành tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết "
    "Đại hội đại biểu Đảng bộ huyện lần thứ XXVI, nhiệm kỳ 2020 - 2025.",
    [
        ("p", "Báo cáo tại hội nghị cho thấy, sau hơn hai năm rưỡi thực hiện Nghị quyết, tình hình kinh tế - xã hội "
              "của huyện tiếp tục phát triển khá toàn diện. Tốc độ tăng trưởng giá trị sản xuất bình quân giai đoạn "
              "2021 - 2023 đạt 11,2%/năm; cơ cấu kinh tế chuyển dịch theo hướng tích cực, tỷ trọng công nghiệp - xây "
              "dựng chiếm 58,4%, thương mại - dịch vụ 30,1%, nông nghiệp 11,5%."),
        ("p", "Thu ngân sách nhà nước trên địa bàn năm 2023 đạt 812 tỷ đồng, tăng 1,6 lần so với năm 2020. Hạ tầng "
              "giao thông, khu công nghiệp, cụm công nghiệp được quan tâm đầu tư; Khu công nghiệp Kim Thành giai đoạn "
              "1 đã thu hút 14 dự án với tổng vốn đăng ký hơn 560 triệu USD, giải quyết việc làm cho khoảng 9.000 lao "
              "động."),
        ("img", "/Portals/upload/2024/3/11/KimThanh_soket_1.jpg", "Quang cảnh hội nghị sơ kết giữa nhiệm kỳ"),
        ("p", "Trong lĩnh vực nông nghiệp, huyện đã hình thành các vùng sản xuất hàng hóa tập trung như vùng trồng "
              "cây ăn quả ở xã Cẩm La, Đồng Cẩm; vùng trồng rau màu ở xã Tuấn Việt, Cổ Dũng. Đến nay, toàn huyện có 5 "
              "xã đạt chuẩn nông thôn mới kiểu mẫu; thu nhập bình quân đầu người năm 2023 đạt 72 triệu đồng."),
        ("p", "Công tác xây dựng Đảng và hệ thống chính trị được chú trọng. Các cấp ủy đã cụ thể hóa Nghị quyết Đại "
              "hội bằng 4 chương trình, 12 đề án trọng tâm; công tác kiểm tra, giám sát được tăng cường, trong nửa "
              "nhiệm kỳ, cấp ủy và Ủy ban Kiểm tra các cấp đã kiểm tra 312 lượt tổ chức đảng và đảng viên, giám sát "
              "chuyên đề 248 lượt. Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên hằng năm đạt trên 85%."),
    ])


def page9():
    rng = random.Random("coldfusion-haiduong-09")
    prov = "Hải Dương"
    pub = T("2024-03-11 16:20")
    today = T("2025-01-10 08:30")
    host = "http://huyenuykimthanh.haiduong.dcs.vn"
    cf = f"CFID={rng.randint(1000000, 9999999)}&CFTOKEN={rng.randint(10 ** 7, 10 ** 8)}"
    url = f"{host}/index.cfm?fuseaction=news.detail&id=4821&page=1"
    tree = menu_tree(rng, prov, "party", base="/index.cfm?fuseaction=cat.view&amp;c=", n_communes=10, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART9.title], avoid=ART9.body)
    dts = days_before(pub, rng, 30, 1, 40)

    def img(src, cap, alt, n):
        return (f'<table align="center" border="0" cellpadding="2" cellspacing="0" width="460"><tr><td align="center">'
                f'<img src="{src}" width="450" border="0" alt="{alt}"></td></tr><tr><td class="chuthich" align="center">{cap}</td></tr></table>')

    body = ART9.render(p=lambda t: f'<p class="noidung" align="justify">{t}</p>', img=img)

    def left_menu():
        rows = []
        for label, u, kids in tree:
            rows.append(f'<tr><td class="menu_trai_cap1"><img src="images/icon_menu.gif" width="9" height="9"> <a href="{u}{slugify(label)}&amp;{cf}">{esc(label)}</a></td></tr>')
            for kl, ku, gk in kids[:12]:
                rows.append(f'<tr><td class="menu_trai_cap2">&nbsp;&nbsp;- <a href="{ku}&amp;{cf}">{esc(kl)}</a></td></tr>')
        return "".join(rows)

    other = "".join(f'<tr><td class="tinkhac" valign="top"><img src="images/bullet_red.gif"></td><td class="tinkhac"><a href="index.cfm?fuseaction=news.detail&amp;id={4820 - i}&amp;{cf}">{esc(t)}</a> <span class="ngay">({d.day}/{d.month}/{d.year})</span></td></tr>'
                    for i, (t, d) in enumerate(zip(heads[:10], dts)))
    newest = "".join(f'<tr><td class="tinmoi"><a href="index.cfm?fuseaction=news.detail&amp;id={4830 + i}&amp;{cf}">{esc(t)}</a></td></tr>' for i, t in enumerate(heads[10:20]))
    docs = "".join(f'<tr><td class="vanban"><a href="index.cfm?fuseaction=doc.detail&amp;id={900 + i}">{esc(t)}</a></td></tr>' for i, t in enumerate(doc_titles(rng, 8)))
    html = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>HUYỆN ỦY KIM THÀNH - TỈNH HẢI DƯƠNG</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="javascript" src="js/menu.js"></script>
<script language="javascript">
function OpenPrint(id) {{ window.open('index.cfm?fuseaction=news.print&id='+id,'print','width=720,height=600,scrollbars=yes'); }}
function doiTrang(p) {{ document.location = 'index.cfm?fuseaction=news.detail&id=4821&page=' + p; }}
</script>
<style>{css_blob(rng, "kt", 260)}</style>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#F3E9D2">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="1000" height="160" background="images/banner_kimthanh.jpg" valign="bottom" align="right"><span class="ngaythang">{wd(today)}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}</span></td></tr></table></td></tr>
<tr><td height="30" bgcolor="#B71C1C"><table border="0" cellspacing="0" cellpadding="0"><tr>{"".join(f'<td class="menungang"><a href="{u}{slugify(l)}&amp;{cf}">{esc(l.upper())}</a></td><td><img src="images/sep.gif"></td>' for l, u, _ in tree[:8])}</tr></table></td></tr>
<tr><td height="24" bgcolor="#FFF3E0"><marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="2" class="chaychu">Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025) &nbsp;***&nbsp; Chào mừng Đại hội Đảng bộ huyện Kim Thành lần thứ XXVII, nhiệm kỳ 2025 - 2030</marquee></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="210" valign="top" bgcolor="#FBF3E4">
  <table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td class="tieude_trai">DANH MỤC</td></tr>
  {left_menu()}
  <tr><td class="tieude_trai">TÌM KIẾM</td></tr>
  <tr><td><form action="index.cfm?fuseaction=search" method="post"><input type="text" name="keyword" size="20"><input type="submit" value="Tìm"></form></td></tr>
  <tr><td class="tieude_trai">LIÊN KẾT</td></tr>
  <tr><td><select onchange="window.open(this.value)"><option>--- Liên kết website ---</option>{"".join(f'<option value="https://{slugify(m)[:16]}.vn">{esc(m)}</option>' for m in MINISTRIES)}</select></td></tr>
  </table>
</td>
<td width="580" valign="top">
  <table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td class="duongdan">Bạn đang ở: <a href="index.cfm?{cf}">Trang chủ</a> &gt; <a href="index.cfm?fuseaction=cat.view&amp;c=xay-dung-dang&amp;{cf}">Xây dựng Đảng</a></td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="0" cellpadding="0" class="khung_chitiet">
    <tr><td>
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
      <tr><td class="tieude_tin">{esc(ART9.title)}</td></tr>
      <tr><td class="ngaydang">Ngày đăng: {pub.day}/{pub.month}/{pub.year} {hm(pub)} &nbsp;|&nbsp; Lượt xem: 856 &nbsp;|&nbsp; <a href="javascript:OpenPrint(4821)">In bài</a></td></tr>
      <tr><td class="trichdan"><b>{esc(ART9.lead)}</b></td></tr>
      <tr><td>
{body}
      </td></tr>
      <tr><td align="center" class="phantrang">Trang: <b>[1]</b> <a href="index.cfm?fuseaction=news.detail&amp;id=4821&amp;page=2&amp;{cf}">2</a> &nbsp; <a href="index.cfm?fuseaction=news.detail&amp;id=4821&amp;page=2&amp;{cf}" title="Trang 2">Trang sau &raquo;</a></td></tr>
      </table>
    </td></tr>
    </table>
  </td></tr>
  <tr><td class="tieude_tinkhac">CÁC TIN KHÁC</td></tr>
  <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{other}</table></td></tr>
  </table>
</td>
<td width="210" valign="top" bgcolor="#FBF3E4">
  <table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td class="tieude_phai">TIN MỚI NHẤT</td></tr>
  {newest}
  <tr><td class="tieude_phai">VĂN BẢN</td></tr>
  {docs}
  <tr><td class="tieude_phai">THÔNG BÁO</td></tr>
  {"".join(f'<tr><td class="thongbao"><a href="index.cfm?fuseaction=notice&amp;id={i}">{esc(t)}</a></td></tr>' for i, t in enumerate(NOTICE_TITLES[:5]))}
  <tr><td class="tieude_phai">THỐNG KÊ</td></tr>
  <tr><td class="thongke">{"<br>".join(f'{esc(l)}: {v}' for l, v in counter_block(rng))}</td></tr>
  </table>
</td>
</tr></table>
</td></tr>
<tr><td bgcolor="#B71C1C" align="center" class="chantrang"><font color="#FFFFFF">TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY KIM THÀNH<br>
Địa chỉ: Thị trấn Phú Thái, huyện Kim Thành, tỉnh Hải Dương. Điện thoại: 0220.37xx.xxx<br>
Ghi rõ nguồn khi phát hành lại thông tin từ website này</font></td></tr>
</table>
<script>{fake_min_js(rng, 100, "cf")}</script>
</body>
</html>
"""
    return dict(
        family="coldfusion", name="haiduong-kimthanh-page1-of-2-nested-tables", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART9, published=iso_min(pub), category="Xây dựng Đảng"),
        traps={"bylines": [], "related": heads[:10],
               "chrome": ["Trang sau »", "CÁC TIN KHÁC", "Bạn đang ở:",
                          "Chào mừng Đại hội Đảng bộ huyện Kim Thành lần thứ XXVII, nhiệm kỳ 2025 - 2030"],
               "dates": [f"{wd(today)}, ngày {today.day:02d} tháng {today.month:02d} năm {today.year}"]},
        notes="ColdFusion (index.cfm?fuseaction=…, CFID/CFTOKEN in every link) on a four-level nested-table "
              "layout; the title is a td.tieude_tin inside the third nested table, <title> is the upper-case site "
              "name. The article is split into 2 pages: this is page 1 (pager 'Trang: [1] 2  Trang sau »'); the "
              "byline is printed only at the end of page 2, so author is null and the body is page 1's text only. "
              "Stamp 'Ngày đăng: 11/3/2024 16:20' (unpadded d/M). Captions in a two-row table (td.chuthich). "
              "Header shows the crawl day in words; marquee with a future congress.",
        readme="ColdFusion nested tables; page 1 of a 2-page article (pager 'Trang sau »', byline only on page 2 "
               "→ author null), unpadded '11/3/2024 16:20', <title>=site name, table captions",
    )


# =====================================================================
# Page 10: Tỉnh ủy Bắc Ninh — mobile m. subdomain (Bkav-style ASP.NET MVC)
# =====================================================================
ART10 = Art(
    "Thành ủy Từ Sơn triển khai nhiệm vụ kiểm tra, giám sát năm 2024",
    "Ngày 11/3, Ban Thường vụ Thành ủy Từ Sơn tổ chức hội nghị tổng kết công tác kiểm tra, giám sát và thi hành "
    "kỷ luật đảng năm 2023, triển khai nhiệm vụ năm 2024.",
    [
        ("p", "Năm 2023, cấp ủy các cấp trong Đảng bộ thành phố đã kiểm tra 96 tổ chức đảng và 214 đảng viên, giám sát "
              "chuyên đề 87 tổ chức đảng và 165 đảng viên. Ủy ban Kiểm tra các cấp kiểm tra khi có dấu hiệu vi phạm "
              "đối với 7 đảng viên, kết luận 5 đảng viên có vi phạm đến mức phải thi hành kỷ luật."),
        ("p", "Việc kiểm tra tài chính đảng, thu, nộp đảng phí được duy trì thường xuyên; công tác tiếp nhận, giải "
              "quyết đơn thư tố cáo, khiếu nại trong Đảng bảo đảm đúng quy định. Qua kiểm tra, giám sát đã kịp thời "
              "chấn chỉnh, khắc phục những hạn chế, thiếu sót, góp phần giữ nghiêm kỷ luật, kỷ cương trong Đảng."),
        ("img", "https://static.bacninh.dcs.vn/Uploads/images/2024/03/12/tu-son-ktgs.jpg",
         "Đồng chí Bí thư Thành ủy Từ Sơn phát biểu chỉ đạo hội nghị"),
        ("p", "Năm 2024, Ủy ban Kiểm tra Thành ủy tập trung kiểm tra, giám sát việc lãnh đạo chuẩn bị đại hội đảng bộ "
              "các cấp nhiệm kỳ 2025 - 2030; việc thực hiện các nghị quyết, kết luận của Trung ương, của Tỉnh ủy về "
              "công tác cán bộ; quản lý đất đai, đầu tư xây dựng cơ bản và phòng, chống tham nhũng, tiêu cực."),
        ("p", "Phát biểu chỉ đạo, đồng chí Bí thư Thành ủy đề nghị cấp ủy, ủy ban kiểm tra các cấp nâng cao chất "
              "lượng giám sát thường xuyên, chủ động phát hiện sớm vi phạm để cảnh báo, ngăn chặn từ xa; xử lý nghiêm "
              "minh những trường hợp vi phạm, không có vùng cấm, không có ngoại lệ."),
    ])


def page10():
    rng = random.Random("mobile-bacninh-10")
    prov = "Bắc Ninh"
    pub = T("2024-03-12 08:30")
    host = "https://m.bacninh.dcs.vn"
    nid = 58214
    path = f"/tin-tuc/chi-tiet/{nid}/thanh-uy-tu-son-trien-khai-nhiem-vu-kiem-tra-giam-sat-nam-2024.html"
    url = host + path
    tree = menu_tree(rng, prov, "party", base="", n_communes=10, ext=".html")
    heads = headlines(rng, 40, prov, exclude=[ART10.title], avoid=ART10.body)
    dts = days_before(pub, rng, 40, 0, 20)
    blank = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"

    def img(src, cap, alt, n):
        return (f'<div class="m-photo"><img src="{blank}" data-original="{src}" class="lazyload" alt="{alt}" width="100%">'
                f'<noscript><img src="{src}" alt="{alt}"></noscript><p class="m-photo__cap">{cap}</p></div>')

    body = ART10.render(img=img)
    more = "".join(f'<li class="m-item"><a href="/tin-tuc/chi-tiet/{nid - 1 - i}/{slugify(t)}.html"><div class="m-item__thumb"><img src="{blank}" data-original="https://static.bacninh.dcs.vn/Uploads/thumb/{hexid(rng, 12)}.jpg" class="lazyload" alt=""></div>'
                   f'<div class="m-item__info"><h3>{esc(t)}</h3><span class="m-item__time">{hm(d)} | {dmy(d)}</span></div></a></li>'
                   for i, (t, d) in enumerate(zip(heads[:20], dts)))
    drawer = ul_tree(tree, "m-drawer__menu", "m-drawer__item", "m-drawer__sub")
    state = {"page": "detail", "id": nid, "cat": {"id": 12, "name": "Tin hoạt động", "alias": "tin-hoat-dong"},
             "related": [{"id": nid - 1 - i, "title": t} for i, t in enumerate(heads[20:30])],
             "menu": [{"t": l, "u": u, "c": [{"t": kl, "u": ku} for kl, ku, _ in kids]} for l, u, kids in tree]}
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="format-detection" content="telephone=no" />
<title>Tỉnh ủy Bắc Ninh - Phiên bản di động</title>
<link rel="canonical" href="https://bacninh.dcs.vn{path}" />
<meta property="og:title" content="{esc(ART10.title, attr=True)}" />
<meta property="og:description" content="{esc(ART10.lead, attr=True)}" />
<meta property="og:image" content="https://static.bacninh.dcs.vn/Uploads/images/2024/03/12/tu-son-ktgs.jpg" />
<meta name="theme-color" content="#b71c1c" />
<link rel="manifest" href="/manifest.json" />
<link href="/Content/mobile.min.css?v=2.4.{rng.randint(100, 999)}" rel="stylesheet" />
<style>{css_blob(rng, "m", 400)}</style>
</head>
<body class="m-body m-detail">
<div class="m-header"><button class="m-header__burger" aria-label="Menu" onclick="document.body.classList.toggle('drawer-open')"><span></span><span></span><span></span></button>
<a class="m-header__logo" href="/"><img src="/Content/images/logo-m.png" alt="Tỉnh ủy Bắc Ninh" height="36" /></a>
<a class="m-header__search" href="/tim-kiem.html" aria-label="Tìm kiếm"><svg width="20" height="20" viewBox="0 0 24 24"><circle cx="11" cy="11" r="7" stroke="#fff" fill="none" stroke-width="2"/></svg></a></div>
<nav class="m-drawer" aria-hidden="true"><div class="m-drawer__head">DANH MỤC</div>{drawer}<a class="m-drawer__desktop" href="https://bacninh.dcs.vn{path}?desktop=1">Xem phiên bản máy tính</a></nav>
<div class="m-cats"><a href="/">Trang chủ</a><a href="/tin-hoat-dong.html" class="active">Tin hoạt động</a><a href="/xay-dung-dang.html">Xây dựng Đảng</a><a href="/chinh-tri-tu-tuong.html">Chính trị - Tư tưởng</a><a href="/video.html">Video</a></div>
<main class="m-main">
<article class="m-article">
<a class="m-article__cat" href="/tin-hoat-dong.html">Tin hoạt động</a>
<h1 class="m-article__title">{esc(ART10.title)}</h1>
<div class="m-article__meta"><span class="m-article__author">Minh Thu</span> <span class="dot">•</span> <span class="m-article__time">{hm(pub)} | {dmy(pub)}</span></div>
<div class="m-article__sapo">{esc(ART10.lead)}</div>
<div class="m-article__content">
{body}
</div>
<p class="m-article__source">Nguồn: Báo Bắc Ninh</p>
<div class="m-share"><a class="fb" href="https://www.facebook.com/sharer/sharer.php?u=https://bacninh.dcs.vn{path}">Chia sẻ</a><a class="zalo" href="https://zalo.me/share?u=https://bacninh.dcs.vn{path}">Zalo</a><a class="copy" href="javascript:void(0)" data-copy="https://bacninh.dcs.vn{path}">Sao chép link</a></div>
</article>
<section class="m-more"><h2 class="m-more__title">Tin khác</h2><ul class="m-list" id="more-list">{more}</ul>
<button class="m-more__btn" data-url="/Ajax/LoadMore?catId=12&amp;lastId={nid - 21}&amp;size=10">Xem thêm tin</button></section>
</main>
<div class="m-tabbar"><a href="/" class="home">Trang chủ</a><a href="/tin-moi.html" class="new">Tin mới</a><a href="/video.html" class="video">Video</a><a href="/van-ban.html" class="doc">Văn bản</a></div>
<footer class="m-footer"><p>TRANG THÔNG TIN ĐIỆN TỬ TỈNH ỦY BẮC NINH</p><p>Địa chỉ: Số 11 đường Phù Đổng Thiên Vương, TP Bắc Ninh</p><p><a href="https://bacninh.dcs.vn{path}?desktop=1">Phiên bản máy tính</a></p></footer>
<script>window.__PAGE_STATE__ = {dump(state)};</script>
<script src="/Scripts/lazysizes.min.js" async></script>
<script>{fake_min_js(rng, 130, "mob")}</script>
</body>
</html>
"""
    return dict(
        family="mobile_subdomain", name="bacninh-m-tu-son-lazy-data-original", url=url,
        content_type="text/html; charset=utf-8", encoding="utf-8", html=html,
        expected=expected(ART10, published=iso_min(pub), author="Minh Thu", category="Tin hoạt động"),
        traps={"bylines": ["Nguồn: Báo Bắc Ninh"], "related": heads[:20],
               "chrome": ["Xem phiên bản máy tính", "Tin khác", "Xem thêm tin", "Sao chép link", "DANH MỤC"]},
        notes="Mobile m. subdomain of an ASP.NET MVC party portal (Bkav-style): <title> is 'Tỉnh ủy Bắc Ninh - "
              "Phiên bản di động'; canonical points to the desktop host. Off-canvas drawer holds the whole "
              "mega-menu; category chip above the h1 (same as the active tab). Meta line 'Minh Thu • 08:30 | "
              "12/03/2024' (author before a time-first stamp). 'Nguồn: Báo Bắc Ninh' after the body is a source, "
              "not a unit. Lazy images: 1x1 gif src + data-original + <noscript> copy; caption in p.m-photo__cap. "
              "'Tin khác' list of 20 items with thumbnails and a load-more button; __PAGE_STATE__ JSON with menu and "
              "related titles.",
        readme="Mobile m. page; title='Site - Phiên bản di động', canonical to desktop, drawer menu, category chip, "
               "'Name • 08:30 | 12/03/2024', 'Nguồn: Báo X' source line, data-original lazy images, load-more list",
    )


PAGES = [page9, page10]
