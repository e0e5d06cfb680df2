"""A page saved with SingleFile (inlined assets) from a Hue-S district portal (A Lưới, Thừa Thiên Huế),
and an ASP.NET MVC page whose UTF-8 bytes are declared windows-1252 (Trà Vinh)."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, dump, esc, expected, fake_min_js, headlines, hexid,
                     hm, iso_min, menu_tree, MINISTRIES, NOTICE_TITLES, days_before, slugify, ul_tree, wd, alnum,
                     guid, b64blob, doc_titles)


# =====================================================================
# Page 13: Huyện A Lưới — Hue-S portal page saved by SingleFile
# =====================================================================
ART13 = Art(
    "Huyện ủy A Lưới sơ kết 3 năm thực hiện Nghị quyết về phát triển kinh tế dưới tán rừng",
    "Sáng 8/3, Ban Thường vụ Huyện ủy A Lưới tổ chức hội nghị sơ kết 3 năm thực hiện Nghị quyết số 05-NQ/HU về "
    "phát triển kinh tế dưới tán rừng gắn với bảo vệ, phát triển rừng bền vững giai đoạn 2021 - 2025.",
    [
        ("p", "Sau 3 năm triển khai, toàn huyện đã phát triển được hơn 420 ha cây dược liệu dưới tán rừng, chủ yếu là "
              "ba kích, sa nhân tím, cà gai leo, lá khôi; hình thành 11 tổ hợp tác, 3 hợp tác xã trồng và chế biến "
              "dược liệu. Nhiều mô hình nuôi ong lấy mật, nuôi gà thả vườn dưới tán rừng mang lại thu nhập từ 60 - 80 "
              "triệu đồng/hộ/năm."),
        ("p", "Công tác giao đất, giao rừng cho cộng đồng dân cư thôn được đẩy mạnh. Hiện nay, 100% diện tích rừng tự "
              "nhiên của huyện đã có chủ quản lý; tỷ lệ che phủ rừng duy trì ở mức 74,6%. Các cộng đồng nhận rừng được "
              "hưởng lợi từ chi trả dịch vụ môi trường rừng, bình quân mỗi năm trên 10 tỷ đồng."),
        ("img", "SF1", "Mô hình trồng sa nhân tím dưới tán rừng tại xã Hồng Thượng"),
        ("p", "Tuy nhiên, hội nghị cũng chỉ ra một số khó khăn như diện tích trồng dược liệu còn manh mún, chưa có "
              "doanh nghiệp lớn đầu tư chế biến sâu; việc chứng nhận sản phẩm OCOP, xây dựng thương hiệu cho dược liệu "
              "A Lưới còn chậm; một bộ phận người dân còn tâm lý trông chờ vào hỗ trợ của Nhà nước."),
        ("p", "Phát biểu kết luận, đồng chí Bí thư Huyện ủy đề nghị các cấp ủy, chính quyền tiếp tục quán triệt quan "
              "điểm “giữ rừng để làm giàu từ rừng”; lồng ghép hiệu quả các chương trình mục tiêu quốc gia để hỗ trợ "
              "giống, kỹ thuật; kêu gọi doanh nghiệp liên kết bao tiêu sản phẩm, phấn đấu đến năm 2025 nâng diện tích "
              "dược liệu dưới tán rừng lên 600 ha."),
    ])


def page13():
    rng = random.Random("singlefile-aluoi-13")
    prov = "Thừa Thiên Huế"
    pub = T("2024-03-08 16:30")
    host = "https://aluoi.thuathienhue.gov.vn"
    url = f"{host}/?gd=1&cn=28&tc=13542"
    tree = menu_tree(rng, prov, "gov", base="/?gd=1&amp;cn=", n_communes=6, ext="")
    heads = headlines(rng, 30, prov, exclude=[ART13.title], avoid=ART13.body)
    dts = days_before(pub, rng, 30, 0, 30)

    def datauri(kind, n):
        return f"data:image/{kind};base64,{b64blob(rng, n)}"

    def img(src, cap, alt, n):
        return (f'<p style=text-align:center><img alt="{alt}" src={datauri("webp", 26000)} style=width:600px;height:400px></p>'
                f'<p style=text-align:center><em>{cap}</em></p>')

    body = ART13.render(img=img, p=lambda t: f'<p style=text-align:justify>{t}</p>')
    # SingleFile strips quotes from simple attribute values and drops optional closing tags
    other = "".join(f'<li><a href="{host}/?gd=1&amp;cn=28&amp;tc={13541 - i}">{esc(t)}</a> <span class=ngay>({dmy(d)})</span>'
                    for i, (t, d) in enumerate(zip(heads[:10], dts)))
    newest = "".join(f'<li><a href="{host}/?gd=1&amp;cn=28&amp;tc={13560 + i}"><img src={datauri("webp", 1400)} alt> {esc(t)}</a>'
                     for i, t in enumerate(heads[10:18]))
    font = b64blob(rng, 42000)
    html = f"""<!DOCTYPE html> <html lang=vi><!--
 Page saved with SingleFile 
 url: {url} 
 saved date: Thu Jan 09 2025 21:14:07 GMT+0700 (Giờ Đông Dương)
--><meta charset=utf-8>
<title>Cổng thông tin điện tử huyện A Lưới</title>
<meta name=viewport content="width=device-width, initial-scale=1">
<meta name=description content="Cổng thông tin điện tử huyện A Lưới, tỉnh Thừa Thiên Huế">
<style>@font-face{{font-family:Roboto;font-style:normal;font-weight:400;src:url(data:font/woff2;base64,{font}) format("woff2")}}{css_blob(rng, "hs", 520)}</style>
<meta http-equiv=content-security-policy content="default-src 'none'; font-src 'self' data:; img-src 'self' data:; style-src 'unsafe-inline'; media-src 'self' data:; script-src 'unsafe-inline' data:; object-src 'self' data:; frame-src 'self' data:;"><style>img[src="data:,"],source[src="data:,"]{{display:none!important}}</style><style>.sf-hidden{{display:none!important}}</style>
<link rel=canonical href="{url}">
<body>
<div id=wrapper>
<div class=top-header><div class=container><span class=ngayhientai>Thứ Năm, 09/01/2025</span><a href="{host}/?gd=31">Sơ đồ cổng</a> | <a href="{host}/?gd=32">Hướng dẫn sử dụng</a> | <a href="https://thuathienhue.gov.vn">Cổng TTĐT tỉnh</a></div></div>
<div class=header><div class=container><img class=logo src={datauri("png", 7800)} alt="Cổng thông tin điện tử huyện A Lưới"><div class=ten-don-vi><span class=dong1>CỔNG THÔNG TIN ĐIỆN TỬ</span><span class=dong2>HUYỆN A LƯỚI</span></div></div></div>
<div class=menu-ngang><div class=container>{ul_tree(tree, "menu-cap1", "menu-item", "menu-cap2 sf-hidden")}</div></div>
<div class=thongbao-chay><div class=container><span class=nhan>Thông báo:</span><div class=chay-chu>{" &nbsp;|&nbsp; ".join(esc(t) for t in NOTICE_TITLES[:4])}</div></div></div>
<div class=container><div class=row>
<div class=col-trai>
<div class=duong-dan><a href="{host}/">Trang chủ</a> &gt; <a href="{host}/?gd=1&amp;cn=1">Tin tức</a> &gt; <a href="{host}/?gd=1&amp;cn=28">Tin hoạt động</a></div>
<div class=box-tinchitiet>
<div class=tieude-box><span>Tin hoạt động</span></div>
<div class=ngaydang>{wd(pub)}, {dmy(pub)} - {hm(pub)}</div>
<h1 class=tieude-tin>{esc(ART13.title)}</h1>
<div class=congcu><a href="{url}#">A-</a> <a href="{url}#">A+</a> <a href="{host}/?gd=1&amp;cn=28&amp;tc=13542&amp;in=1">In trang</a> <a href="{host}/?gd=12&amp;tc=13542">Gửi email</a></div>
<div class=tomtat><strong>{esc(ART13.lead)}</strong></div>
<div class=noidung-tin>
{body}
<p style=text-align:right><strong>Kăn Ngọc</strong><br><em>(Trung tâm Văn hóa - Thông tin và Thể thao huyện)</em></p>
</div>
<div class=chia-se><span>Chia sẻ:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={host}/%3Fgd%3D1%26cn%3D28%26tc%3D13542">Facebook</a> <a href="https://zalo.me/share">Zalo</a></div>
</div>
<div class=box-tinkhac><div class=tieude-box><span>Các tin khác</span></div><ul>{other}</ul></div>
</div>
<div class=col-phai>
<div class=box-phai><div class=tieude-box><span>Tin mới</span></div><ul class=tinmoi>{newest}</ul></div>
<div class=box-phai><div class=tieude-box><span>Văn bản chỉ đạo điều hành</span></div><ul>{"".join(f'<li><a href="{host}/?gd=8&amp;vb={i}">{esc(t)}</a>' for i, t in enumerate(doc_titles(rng, 8)))}</ul></div>
<div class=box-phai><div class=tieude-box><span>Dịch vụ công</span></div><a href="https://dichvucong.thuathienhue.gov.vn"><img src={datauri("webp", 5200)} alt="Dịch vụ công trực tuyến"></a><a href="https://hueS.vn"><img src={datauri("webp", 4800)} alt="Ứng dụng Hue-S"></a></div>
<div class=box-phai><div class=tieude-box><span>Thống kê truy cập</span></div><ul>{"".join(f'<li>{esc(l)}: {v}' for l, v in counter_block(rng))}</ul></div>
</div>
</div></div>
<div class=footer><div class=container><p><strong>CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN A LƯỚI</strong><p>Cơ quan chủ quản: UBND huyện A Lưới. Địa chỉ: Số 1 Hồ Chí Minh, thị trấn A Lưới, huyện A Lưới, tỉnh Thừa Thiên Huế.<p>Ghi rõ nguồn “Cổng thông tin điện tử huyện A Lưới” khi phát hành lại thông tin từ cổng này.</div></div>
</div>
"""
    return dict(
        family="singlefile_save", name="aluoi-hues-portal-saved-with-inlined-assets", url=url,
        content_type="text/html", encoding="utf-8", html=html,
        expected=expected(ART13, published=iso_min(pub), author="Kăn Ngọc",
                          author_unit="Trung tâm Văn hóa - Thông tin và Thể thao huyện", category="Tin hoạt động"),
        traps={"bylines": ["(Trung tâm Văn hóa - Thông tin và Thể thao huyện)"], "related": heads[:10],
               "chrome": ["Các tin khác", "Tin hoạt động", "In trang"],
               "dates": ["saved date: Thu Jan 09 2025 21:14:07 GMT+0700", "Thứ Năm, 09/01/2025"]},
        notes="A Hue-S district portal article saved in the browser with the SingleFile extension: leading "
              "'Page saved with SingleFile / url / saved date' comment (saved date is not the article date), "
              "scripts removed, CSS + a web font inlined, every image a base64 data: URI (~220 KB page), quotes "
              "dropped from simple attributes and optional </p></li> end tags omitted, no <head>/<body> close tags, "
              "a CSP meta, sf-hidden sub-menus. URL is the portal's '?gd=1&cn=28&tc=13542' query style. "
              "<title> is the site name; panel heading 'Tin hoạt động' (same as the category) above the stamp "
              "'Thứ Sáu, 08/03/2024 - 16:30' which sits ABOVE the h1. Byline 'Kăn Ngọc' + '<br>' + italic "
              "'(unit)' on the next line → author + unit. The saved HTTP header has no charset.",
        readme="SingleFile save of a Hue-S portal; 'saved date' comment, data: URI images + inlined font, unquoted "
               "attrs/omitted end tags, <title>=site name, panel heading + date above h1, 'Name<br>(Unit)' byline",
    )


# =====================================================================
# Page 14: Huyện ủy Châu Thành (Trà Vinh) — UTF-8 bytes declared windows-1252
# =====================================================================
ART14 = Art(
    "Châu Thành chú trọng phát triển đảng viên trong đồng bào Khmer",
    "Xác định công tác phát triển đảng viên là nhiệm vụ quan trọng, thường xuyên, những năm qua, Đảng bộ huyện "
    "Châu Thành đã có nhiều giải pháp tạo nguồn, kết nạp đảng viên là người dân tộc Khmer, góp phần củng cố tổ chức "
    "cơ sở đảng ở các ấp, phum sóc.",
    [
        ("p", "Huyện Châu Thành có hơn 38% dân số là đồng bào dân tộc Khmer, sinh sống tập trung ở các xã Lương Hòa, "
              "Lương Hòa A, Song Lộc, Nguyệt Hóa, Đa Lộc. Từ đầu nhiệm kỳ đến nay, toàn Đảng bộ huyện đã kết nạp 412 "
              "đảng viên, trong đó có 163 đảng viên là người dân tộc Khmer, chiếm 39,6%."),
        ("p", "Để có nguồn kết nạp, các chi bộ ấp phân công đảng viên theo dõi, giúp đỡ quần chúng ưu tú là đoàn viên "
              "thanh niên, hội viên nông dân, người làm kinh tế giỏi; phối hợp với Ban Quản trị chùa vận động các vị "
              "sư, achar (người chủ trì nghi lễ trong chùa Khmer) ủng hộ thanh niên phấn đấu vào Đảng."),
        ("img", "/Uploads/Images/2024/04/09/ket-nap-dang-vien-o-chich-a.jpg",
         "Lễ kết nạp đảng viên tại Chi bộ ấp Ô Chích A, xã Lương Hòa"),
        ("p", "Anh Thạch Sa Rươne, đảng viên trẻ ở ấp Bót Chếch, xã Lương Hòa A chia sẻ: “Được chi bộ giúp đỡ, hướng "
              "dẫn làm kinh tế, nuôi bò, trồng màu, gia đình tôi có cuộc sống ổn định. Vào Đảng, tôi muốn góp sức vận "
              "động bà con trong phum sóc cùng làm ăn, cho con em đi học đầy đủ”."),
        ("p", "Ban Thường vụ Huyện ủy đặt mục tiêu đến cuối nhiệm kỳ, 100% ấp có đông đồng bào Khmer có chi bộ độc "
              "lập, có đảng viên là người dân tộc Khmer tham gia cấp ủy; đồng thời tiếp tục quan tâm đào tạo, bồi "
              "dưỡng cán bộ người dân tộc Khmer để bổ sung cho hệ thống chính trị cơ sở."),
    ])

SPAM14 = ["link vào w88 không bị chặn", "tải game nổ hũ đổi thưởng", "kèo nhà cái 5 trực tuyến"]


def page14():
    rng = random.Random("mislabel-travinh-14")
    prov = "Trà Vinh"
    pub = T("2024-04-09 15:10")
    today = T("2025-01-10 09:00")
    host = "https://huyenuychauthanh.travinh.gov.vn"
    path = "/tin-tuc/xay-dung-dang/chau-thanh-chu-trong-phat-trien-dang-vien-trong-dong-bao-khmer-2107.html"
    url = host + path
    tree = menu_tree(rng, prov, "party", base="", n_communes=10, ext=".html")
    heads = headlines(rng, 30, prov, exclude=[ART14.title], avoid=ART14.body)
    dts = days_before(pub, rng, 30, 1, 30)

    def img(src, cap, alt, n):
        return (f'<div class="image-center"><img src="{src}" alt="{alt}" class="img-fluid" />'
                f'<div class="image-caption">{cap}</div></div>')

    body = ART14.render(img=img, p=lambda t: f'<p style="text-align:justify">{t}</p>')
    spam = ('<div style="display:none">' + " ".join(f'<a href="https://{slugify(s)}.{rng.choice(["club", "bet", "top"])}/">{esc(s)}</a>' for s in SPAM14) + "</div>")
    same = "".join(f'<li class="list-group-item"><a href="/tin-tuc/xay-dung-dang/{slugify(t)}-{2106 - i}.html">{esc(t)}</a> <small class="text-muted">{dmy(d)}</small></li>'
                   for i, (t, d) in enumerate(zip(heads[:10], dts)))
    popular = "".join(f'<li><a href="/tin-tuc/{slugify(t)}.html">{esc(t)}</a></li>' for t in heads[10:18])
    html = f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta http-equiv="Content-Type" content="text/html; charset=windows-1252" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{esc(ART14.title)} - Huyện ủy Châu Thành</title>
    <meta name="description" content="{esc(ART14.lead, attr=True)}" />
    <link href="/Content/bootstrap.min.css" rel="stylesheet" />
    <link href="/Content/site.css?v={hexid(rng, 8)}" rel="stylesheet" />
    <style>{css_blob(rng, "ct", 420)}</style>
    <script src="/Scripts/modernizr-2.8.3.js"></script>
</head>
<body>
    <div class="top-bar"><div class="container"><span class="today">{wd(today)}, {dmy(today)}</span><span class="hotline">Đường dây nóng: 0294.38xx.xxx</span></div></div>
    <header class="header"><div class="container"><a href="/"><img src="/Content/images/banner-huyen-uy.png" alt="Huyện ủy Châu Thành" class="img-fluid" /></a></div></header>
    <nav class="navbar navbar-expand-lg navbar-dark bg-danger"><div class="container">{ul_tree(tree, "navbar-nav", "nav-item dropdown", "dropdown-menu")}</div></nav>
    <div class="container body-content">
        <ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="/tin-tuc.html">Tin tức</a></li><li class="breadcrumb-item active">Xây dựng Đảng</li></ol>
        <div class="row">
            <div class="col-md-8">
                <div class="news-detail">
                    <h1 class="news-title">{esc(ART14.title)}</h1>
                    <p class="news-date"><i class="fa fa-clock-o"></i> {wd(pub).replace("Thứ B", "Thứ b").replace("Thứ H", "Thứ h").replace("Thứ T", "Thứ t").replace("Thứ N", "Thứ n").replace("Thứ S", "Thứ s")}, {dmy(pub)} {hm(pub)}</p>
                    <div class="news-summary"><strong>{esc(ART14.lead)}</strong></div>
                    <div class="news-content">
{body}
<p style="text-align:right"><strong>Thạch Sô Phanh</strong></p>
{spam}
                    </div>
                    <div class="news-tools"><a href="javascript:window.print()">In bài viết</a> | <a href="javascript:history.back()">Trở về</a></div>
                </div>
                <div class="card mt-3"><div class="card-header">Bài viết cùng chuyên mục</div><ul class="list-group list-group-flush">{same}</ul></div>
            </div>
            <div class="col-md-4">
                <div class="card"><div class="card-header">Xem nhiều nhất</div><div class="card-body"><ol>{popular}</ol></div></div>
                <div class="card mt-3"><div class="card-header">Văn bản mới</div><div class="card-body"><ul>{"".join(f'<li><a href="/van-ban/{slugify(t)[:60]}.html">{esc(t)}</a></li>' for t in doc_titles(rng, 8))}</ul></div></div>
                <div class="card mt-3"><div class="card-header">Liên kết website</div><div class="card-body"><select class="form-control" onchange="window.open(this.value)"><option>-- Chọn --</option>{"".join(f'<option value="https://{slugify(m)[:16]}.vn">{esc(m)}</option>' for m in MINISTRIES)}</select></div></div>
                <div class="card mt-3"><div class="card-header">Thống kê truy cập</div><div class="card-body"><ul>{"".join(f'<li>{esc(l)}: {v}</li>' for l, v in counter_block(rng))}</ul></div></div>
            </div>
        </div>
    </div>
    <footer class="footer"><div class="container"><p><strong>TRANG THÔNG TIN ĐIỆN TỬ HUYỆN ỦY CHÂU THÀNH</strong></p><p>Địa chỉ: Khóm 2, thị trấn Châu Thành, huyện Châu Thành, tỉnh Trà Vinh.</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div></footer>
    <script src="/Scripts/jquery-3.4.1.min.js"></script>
    <script src="/Scripts/bootstrap.bundle.min.js"></script>
    <script>{fake_min_js(rng, 120, "ct")}</script>
</body>
</html>
"""
    return dict(
        family="aspnet_mvc_mislabelled", name="travinh-chauthanh-utf8-declared-1252", url=url,
        content_type="text/html", encoding="utf-8", declared="windows-1252", html=html,
        expected=expected(ART14, published=iso_min(pub), author="Thạch Sô Phanh", category="Xây dựng Đảng"),
        traps={"bylines": ["Thạch Sô Phanh"], "related": heads[:10],
               "chrome": SPAM14 + ["Bài viết cùng chuyên mục", "In bài viết"]},
        notes="ASP.NET MVC 5 / Bootstrap page whose bytes are UTF-8 but whose only charset declaration is "
              "<meta http-equiv=Content-Type content='text/html; charset=windows-1252'> (the HTTP header is bare "
              "'text/html'). Decoding as declared gives mojibake ('Ä\u2018áº£ng'); the expected text is the correct "
              "Vietnamese, so the extractor must detect that the bytes are valid UTF-8. Lower-case weekday 'Thứ ba, "
              "09/04/2024 15:10'. Hidden (display:none) betting spam links injected inside the content after the "
              "byline. Khmer personal names (Thạch Sô Phanh, Thạch Sa Rươne) and the word 'achar'.",
        readme="ASP.NET MVC; UTF-8 bytes declared windows-1252 in meta (header without charset), lower-case "
               "'Thứ ba', display:none spam inside the content after the byline, Khmer names",
    )


PAGES = [page13, page14]
