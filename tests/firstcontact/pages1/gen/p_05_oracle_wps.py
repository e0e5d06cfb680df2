"""Oracle WebCenter Portal (ADF Faces) and IBM WebSphere Portal / WCM."""
import random

from .common import (Art, T, counter_block, css_blob, dmy, doc_titles, dump, esc, expected,
                     fake_min_js, ga_snippet, headlines, hexid, hm, h12, iso_min, menu_tree,
                     MINISTRIES, NOTICE_TITLES, alnum, b64blob, wd, days_before, slugify)


# =====================================================================
# Page 9: Quảng Nam on Oracle WebCenter — <title> = site name, SA clock, ADF ids
# =====================================================================
ART9 = Art(
    "Quảng Nam triển khai khẩn cấp các biện pháp ứng phó bão số 6",
    "Sáng 25/10, Ban Chỉ huy Phòng thủ dân sự tỉnh tổ chức cuộc họp khẩn triển khai các biện pháp ứng phó "
    "với bão số 6 (bão Trà Mi). Đồng chí Phó Chủ tịch UBND tỉnh, Trưởng Ban Chỉ huy chủ trì cuộc họp.",
    [
        ("p", "Theo Đài Khí tượng Thủy văn tỉnh, hồi 7 giờ sáng nay, tâm bão số 6 ở vào khoảng 16,5 độ Vĩ Bắc; "
              "112,8 độ Kinh Đông, cách Đà Nẵng khoảng 330 km về phía Đông, sức gió mạnh nhất vùng gần tâm bão "
              "mạnh cấp 10, giật cấp 12. Dự báo đêm 26 và ngày 27/10, bão đi vào vùng biển và đất liền các tỉnh "
              "từ Quảng Trị đến Quảng Ngãi, gây mưa rất to trên diện rộng."),
        ("p", "Trước diễn biến phức tạp của bão, UBND tỉnh yêu cầu các địa phương ven biển kiên quyết kêu gọi tàu "
              "thuyền đang hoạt động trên biển vào nơi tránh trú an toàn trước 17 giờ ngày 25/10; tổ chức sơ tán "
              "người dân ở các khu vực nguy hiểm, nhà ở không bảo đảm an toàn, vùng thấp trũng ven sông, vùng có "
              "nguy cơ sạt lở đất ở các huyện miền núi."),
        ("p", "Đến 8 giờ sáng nay, toàn tỉnh có 3.847 tàu thuyền với hơn 15.600 lao động đã nhận được thông tin "
              "về bão; 47 tàu đang hoạt động tại vùng biển Hoàng Sa và Trường Sa được hướng dẫn di chuyển tránh "
              "vùng nguy hiểm."),
        ("img", "/documents/10181/0/au-thuyen-tam-quang.jpg",
         "Lực lượng biên phòng hướng dẫn ngư dân neo đậu tàu thuyền tại âu thuyền Tam Quang (Núi Thành)"),
        ("p", "Đối với các huyện miền núi, đặc biệt là Nam Trà My, Bắc Trà My, Phước Sơn, Nam Giang, Tây Giang, "
              "UBND tỉnh yêu cầu rà soát 232 điểm có nguy cơ sạt lở cao, bố trí lực lượng, phương tiện, lương "
              "thực, thuốc men tại chỗ ở những khu vực có nguy cơ bị chia cắt; dừng các hoạt động khai thác khoáng "
              "sản, thi công công trình ở khu vực nguy hiểm."),
        ("p", "Các đơn vị quản lý hồ chứa thủy điện, thủy lợi phải vận hành đúng quy trình, chủ động hạ mực nước "
              "đón lũ theo chỉ đạo của Ban Chỉ huy; Sở Giáo dục và Đào tạo chỉ đạo các trường học cho học sinh "
              "nghỉ học khi có mưa to, gió mạnh, bảo đảm an toàn tuyệt đối cho học sinh."),
        ("p", "Ban Chỉ huy Phòng thủ dân sự tỉnh yêu cầu các sở, ngành, địa phương nghiêm túc thực hiện chế độ "
              "trực ban 24/24 giờ, thường xuyên báo cáo tình hình về Văn phòng thường trực trước 16 giờ hằng ngày "
              "để tổng hợp, báo cáo UBND tỉnh."),
    ])


def page9():
    rng = random.Random("webcenter-quangnam-9")
    prov = "Quảng Nam"
    pub = T("2024-10-25 09:12")
    today = T("2024-10-28 14:40")
    host = "https://quangnam.gov.vn"
    doc = "PORTAL0517342"
    loop = str(rng.randint(10 ** 14, 10 ** 15 - 1))
    url = f"{host}/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName={doc}"
    tree = menu_tree(rng, prov, "gov", base="/webcenter/portal/ubnd/pages_", n_communes=6, ext="")
    heads = headlines(rng, 28, prov, exclude=[ART9.title], avoid=ART9.body)
    dts = days_before(pub, rng, 28, 0, 20)
    oc = f"T:oc_{rng.randint(10 ** 9, 10 ** 10 - 1)}region1"
    ticker = ["Lễ kỷ niệm 50 năm Ngày giải phóng tỉnh Quảng Nam (24/3/1975 - 24/3/2025)",
              "Kỳ họp thứ 26 HĐND tỉnh khóa X dự kiến diễn ra từ ngày 10/12/2024"]
    comps = []

    def adf(tag, cid, cls, inner, extra=""):
        comps.append(cid)
        return f'<{tag} id="{cid}" class="{cls}"{extra}>{inner}</{tag}>'

    def img(src, cap, alt, n):
        return (f'<p style="text-align:center"><img src="{src}?dDocName=PORTAL0517{300 + n}" alt="{alt}" width="640" /></p>'
                f'<p style="text-align:center"><span style="font-size:10pt"><em>{cap}</em></span></p>')

    body = ART9.render(p=lambda t: f'<p style="text-align:justify">{t}</p>', img=img)

    def menu():
        out = []
        for i, (label, u, kids) in enumerate(tree):
            inner = f'<a href="{u}?_afrLoop={loop}" class="xh7">{esc(label)}</a>'
            if kids:
                inner += '<ul class="sub-menu">' + "".join(
                    f'<li><a href="{ku}?_afrLoop={loop}">{esc(kl)}</a>' +
                    ("<ul>" + "".join(f'<li><a href="{gu}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>" if gk else "") +
                    "</li>" for kl, ku, gk in kids) + "</ul>"
            out.append(adf("li", f"T:nav:{i}:navItem", "af_commandNavigationItem", inner))
        return '<ul class="qnam-menu">' + "".join(out) + "</ul>"

    news_list = "".join(adf("div", f"{oc}:listTmplt:i{i}:pgl{i}", "af_panelGroupLayout item-news",
                            f'<a href="/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL0517{200 + i}" class="af_goLink">{esc(t)}</a> '
                            f'<span class="af_outputText date">({dmy(d)})</span>')
                        for i, (t, d) in enumerate(zip(heads[:10], dts)))
    hot = "".join(f'<li><a href="/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?dDocName=PORTAL0516{900 + i}">{esc(t)}</a></li>'
                  for i, t in enumerate(heads[10:20]))
    docs = "".join(f'<tr><td>{esc(t)}</td><td>{dmy(d)}</td></tr>' for t, d in zip(doc_titles(rng, 8), dts[10:18]))
    detail = (
        adf("div", f"{oc}:cpDetail:pgl1", "af_panelGroupLayout news-detail",
            f'<div class="news-detail-title">{adf("span", oc + ":cpDetail:ot1", "af_outputText", esc(ART9.title))}</div>'
            f'<div class="news-detail-date">{adf("span", oc + ":cpDetail:ot2", "af_outputText", dmy(pub) + " " + h12(pub, "SA", "CH", pad=False))}'
            f' <span class="tools"><a href="javascript:printNews()">In trang</a> | <a href="#" class="zoom-in">A+</a> <a href="#" class="zoom-out">A-</a></span></div>'
            f'<div class="news-detail-summary">{adf("span", oc + ":cpDetail:ot3", "af_outputText", "<b>" + esc(ART9.lead) + "</b>")}</div>'
            f'<div class="news-detail-content">{body}</div>'
            f'<div class="news-detail-author" style="text-align:right"><b>PV</b></div>'))
    init_js = "".join(
        f"AdfPage.PAGE.addComponents(new AdfRichPanelGroupLayout('{c}',{{'layout':'vertical','inlineStyle':''}}));"
        for c in comps)
    init_js += "".join(
        f"AdfPage.PAGE.addComponents(new AdfRichOutputText('{oc}:hidden:ot{i}',{{'value':'{alnum(rng, 24)}'}}));"
        for i in range(220))
    html = f"""<!DOCTYPE html>
<html lang="vi-VN" dir="ltr" class="p_AFMaximized"><head>
<meta http-equiv="Content-Type" content="text/html;charset=UTF-8">
<title>Cổng thông tin điện tử tỉnh Quảng Nam</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" charset="UTF-8" type="text/css" href="/webcenter/afr/alta-v1/skins/alta-v1-desktop-{alnum(rng, 10)}.css">
<link rel="stylesheet" type="text/css" href="/webcenter/portal/ubnd/css/qnam-portal.css">
<script type="text/javascript" src="/webcenter/afr/partition/gecko/default/opt/boot-12.2.1.4.0-{rng.randint(1000, 9999)}.js"></script>
<script type="text/javascript" src="/webcenter/afr/partition/gecko/default/opt/core-12.2.1.4.0-{rng.randint(1000, 9999)}.js"></script>
<style>{css_blob(rng, "qn", 330)}</style>
{ga_snippet(rng)}
</head>
<body onload="AdfPage.PAGE.onLoad()" onunload="AdfPage.PAGE.onUnload()" class="AFBrowserGecko af_document p_AFMaximized">
<form id="f1" name="f1" style="margin:0px" method="POST" onkeypress="return _submitOnEnter(event,'f1');" action="/webcenter/portal/ubnd/pages_tin-tuc/chi-tiet?_adf.ctrl-state={alnum(rng, 10)}_4&amp;dDocName={doc}&amp;_afrLoop={loop}">
<div id="pt1:r1:0:pt1" class="af_pageTemplate">
<div class="qnam-top">{adf("span", "pt1:r1:0:clock", "af_outputText today", wd(today) + ", " + dmy(today))} <span class="weather">Tam Kỳ <b>24°C</b> Mưa to, gió giật mạnh</span> <a href="/webcenter/portal/ubnd/pages_dang-nhap">Đăng nhập</a></div>
<div class="qnam-banner"><img src="/webcenter/portal/ubnd/images/banner-qnam.png" alt="Cổng thông tin điện tử tỉnh Quảng Nam"></div>
<nav class="qnam-nav">{menu()}</nav>
<div class="qnam-ticker"><marquee scrollamount="3">{" ★ ".join(esc(t) for t in ticker)}</marquee></div>
<div class="qnam-body"><div class="qnam-col-main">
<div class="qnam-breadcrumb">{adf("div", "pt1:r1:0:bc1", "af_breadCrumbs", '<a href="/webcenter/portal/ubnd">Trang chủ</a> &gt; <a href="/webcenter/portal/ubnd/pages_tin-tuc">Tin tức</a> &gt; <a href="/webcenter/portal/ubnd/pages_tin-tuc/phong-chong-thien-tai">Phòng chống thiên tai</a>')}</div>
{detail}
{adf("div", oc + ":listTmplt:pbl6", "af_panelBox other-news", '<div class="af_panelBox_header"><h2 class="af_panelBox_header-element">Các tin khác</h2></div><div class="af_panelBox_content">' + news_list + "</div>")}
</div>
<div class="qnam-col-right">
{adf("div", "pt1:r1:0:pb2", "af_panelBox", '<h2>Tin nổi bật</h2><ul>' + hot + "</ul>")}
{adf("div", "pt1:r1:0:pb3", "af_panelBox", '<h2>Văn bản mới ban hành</h2><table class="af_table">' + docs + "</table>")}
{adf("div", "pt1:r1:0:pb4", "af_panelBox", '<h2>Thông báo</h2><ul>' + "".join(f"<li>{esc(t)}</li>" for t in NOTICE_TITLES) + "</ul>")}
{adf("div", "pt1:r1:0:pb5", "af_panelBox", '<h2>Liên kết</h2>' + "".join(f'<a href="https://{slugify(m)[:16]}.vn"><img src="/webcenter/content/conn/UCM/banner/{slugify(m)[:16]}.png" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES))}
{adf("div", "pt1:r1:0:pb6", "af_panelBox counter", "<h2>Thống kê truy cập</h2>" + "".join(f"<p>{l}: {v}</p>" for l, v in counter_block(rng)))}
</div></div>
<div class="qnam-footer"><p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH QUẢNG NAM</b></p><p>Cơ quan chủ quản: UBND tỉnh Quảng Nam. Cơ quan thường trực: Sở Thông tin và Truyền thông.</p><p>Địa chỉ: 62 Hùng Vương, TP Tam Kỳ, tỉnh Quảng Nam. Email: bbt@quangnam.gov.vn</p></div>
</div>
<input type="hidden" name="org.apache.myfaces.trinidad.faces.FORM" value="f1"><input type="hidden" name="javax.faces.ViewState" value="!{alnum(rng, 12)}">
<span id="f1::postscript"><input type="hidden" name="event"><input type="hidden" name="event.f1"><input type="hidden" name="oracle.adf.view.rich.DELTAS" value="{{{b64blob(rng, 600)}}}"></span>
</form>
<script type="text/javascript">AdfPage.PAGE.__initializePage('f1',{{'_afrLoop':'{loop}','_skin':'alta-v1','locale':'vi-VN'}});{init_js}AdfPage.PAGE.clearMessages();AdfPage.PAGE.clearSubtreeMessages('f1');</script>
<script>{fake_min_js(rng, 120, "qnamPortal")}</script>
</body></html>
"""
    return dict(
        family="oracle_webcenter", name="quangnam-bao-so-6-title-site-name", url=url,
        content_type="text/html;charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART9, published=iso_min(pub), author="PV", category="Phòng chống thiên tai"),
        traps={"bylines": ["PV"], "related": heads[:8] + heads[10:12], "chrome": ticker + ["Các tin khác"]},
        notes="Oracle WebCenter Portal (ADF Faces, ids like 'T:oc_…region1:cpDetail:ot1', _afrLoop, dDocName). "
              "<title> holds only the site name; title is in a span.af_outputText under div.news-detail-title. "
              "Stamp '25/10/2024 9:12 SA' (12-hour Vietnamese SA/CH, unpadded). Header clock and weather widget "
              "show the crawl day; a marquee lists future events (24/3/2025, 10/12/2024). 'PV' byline.",
        readme="Oracle WebCenter (ADF); <title> = site name, '9:12 SA' clock, ticker with future dates, 'PV'",
    )


# =====================================================================
# Page 10: Cà Mau on IBM WebSphere Portal / WCM — "Tin, ảnh:", AM clock
# =====================================================================
ART10 = Art(
    "Cà Mau bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo huyện Ngọc Hiển",
    "Ngày 21/11, Ủy ban MTTQ Việt Nam tỉnh phối hợp với UBND huyện Ngọc Hiển tổ chức lễ bàn giao 120 căn nhà "
    "Đại đoàn kết cho hộ nghèo, hộ có hoàn cảnh khó khăn về nhà ở trên địa bàn huyện.",
    [
        ("p", "Mỗi căn nhà có diện tích từ 40 - 50 m², kết cấu khung bê tông cốt thép, mái lợp tôn, nền lát gạch, "
              "được thiết kế phù hợp với điều kiện sông nước, bảo đảm “3 cứng” gồm nền cứng, khung cứng, mái "
              "cứng. Kinh phí xây dựng mỗi căn 60 triệu đồng từ Quỹ “Vì người nghèo” tỉnh và nguồn vận động các "
              "doanh nghiệp, nhà hảo tâm; các hộ dân đóng góp thêm ngày công và một phần kinh phí."),
        ("p", "Bà Nguyễn Thị Út, ngụ ấp Kinh Ráng, xã Tân Ân, xúc động chia sẻ: “Nhà tôi trước đây là căn chòi lá "
              "dựng tạm ven kênh, mùa mưa dột khắp nơi, triều cường nước vô tới giường. Giờ được Nhà nước, Mặt "
              "trận hỗ trợ cất nhà mới kiên cố, mẹ con tôi yên tâm làm ăn, lo cho con cái đi học”."),
        ("img", "/wps/wcm/connect/camau/anh/ban-giao-nha-tan-an.jpg?MOD=AJPERES",
         "Lãnh đạo tỉnh trao quyết định bàn giao nhà Đại đoàn kết cho các hộ dân xã Tân Ân"),
        ("p", "Phát biểu tại buổi lễ, đồng chí Chủ tịch Ủy ban MTTQ Việt Nam tỉnh đề nghị chính quyền địa phương "
              "tiếp tục quan tâm hỗ trợ sinh kế, tạo việc làm ổn định cho các hộ được nhận nhà, giúp các hộ sớm "
              "vươn lên thoát nghèo bền vững; các hộ dân giữ gìn, sử dụng hiệu quả căn nhà được hỗ trợ."),
        ("p", "Năm 2024, Cà Mau phấn đấu hỗ trợ xây dựng, sửa chữa 1.500 căn nhà Đại đoàn kết cho hộ nghèo, hộ cận "
              "nghèo. Đến nay, toàn tỉnh đã khởi công 1.312 căn, trong đó 1.086 căn đã hoàn thành, bàn giao đưa vào "
              "sử dụng."),
        ("img", "/wps/wcm/connect/camau/anh/nha-dai-doan-ket-ngoc-hien.jpg?MOD=AJPERES",
         "Một trong những căn nhà Đại đoàn kết vừa được bàn giao tại huyện Ngọc Hiển"),
        ("p", "Dịp này, Ban Tổ chức trao tặng mỗi hộ nhận nhà một phần quà gồm tiền mặt và nhu yếu phẩm trị giá "
              "1 triệu đồng."),
    ])


def page10():
    rng = random.Random("wps-camau-10")
    prov = "Cà Mau"
    pub = T("2024-11-22 07:45")
    today = T("2024-12-05 09:02")
    host = "https://camau.gov.vn"
    state = "z1/" + alnum(rng, 180) + "/dz/d5/L2dBISEvZ0FBIS9nQSEh/"
    url = f"{host}/wps/portal/trang-chu/tin-tuc/an-sinh-xa-hoi/!ut/p/{state}?1dmy&current=true&urile=wcm%3Apath%3A%2Fcamau%2Ftin-tuc%2Fan-sinh-xa-hoi%2Fban-giao-120-can-nha-dai-doan-ket-ngoc-hien"
    byline = "Tin, ảnh: Quốc Nhật"
    tree = menu_tree(rng, prov, "gov", base="/wps/portal/trang-chu", n_communes=8, ext="")
    heads = headlines(rng, 26, prov, exclude=[ART10.title], avoid=ART10.body)
    dts = days_before(pub, rng, 26, 1, 25)

    def wid():
        return f"Z7_{alnum(rng, 26).upper()}"

    def img(src, cap, alt, n):
        return (f'<div style="text-align:center"><img src="{src}&amp;CACHEID=ROOTWORKSPACE.Z18_{alnum(rng, 26).upper()}" alt="{alt}" style="width:620px"/></div>'
                f'<div style="text-align:center"><i>{cap}</i></div>')

    body = ART10.render(p=lambda t: f'<p style="text-align:justify">{t}</p>', img=img)

    def portlet(title, inner, skin="wpthemeNoSkin"):
        w = wid()
        return (f'<div class="component-control id-{w}"><section class="ibmPortalControl wpthemeControl {skin} a11yRegionTarget" id="portletState{w}" role="region">'
                f'<div class="wpthemeControlHeader"><div class="wpthemeInner"><h2><span class="wpthemeAltText">Portlet Actions</span>{esc(title)}</h2></div></div>'
                f'<div class="wpthemeControlBody wpthemeOverflowAuto wpthemeClear"><!-- start portlet {w} -->{inner}<!-- end portlet --></div></section></div>')

    def menu():
        out = ['<ul class="wpthemeNavList wpthemePrimaryNav">']
        for label, u, kids in tree:
            out.append(f'<li class="wpthemeNavListItem wpthemeLeft"><a href="{u}/!ut/p/z1/{alnum(rng, 60)}/" class="wpthemeLeft">{esc(label)}</a>')
            if kids:
                out.append('<ul class="wpthemeSecondaryNav">' + "".join(
                    f'<li><a href="{ku}">{esc(kl)}</a>' + ("<ul>" + "".join(f'<li><a href="{gu}">{esc(gl)}</a></li>' for gl, gu in gk) + "</ul>" if gk else "") + "</li>"
                    for kl, ku, gk in kids) + "</ul>")
            out.append("</li>")
        out.append("</ul>")
        return "".join(out)

    detail = (f'<div class="wcm-news-detail"><div class="wcm-title"><h3>{esc(ART10.title)}</h3></div>'
              f'<div class="wcm-date">Ngày đăng: {dmy(pub)} {h12(pub)}</div>'
              f'<div class="wcm-summary"><p><b>{esc(ART10.lead)}</b></p></div>'
              f'<div class="wcm-body">{body}<p style="text-align:right"><b>{esc(byline)}</b></p></div>'
              f'<div class="wcm-tools"><a href="?1dmy&amp;page=print">In bài viết</a> | <a href="mailto:?subject=camau.gov.vn">Gửi email</a> | <a href="#">Về đầu trang</a></div></div>')
    others = "".join(f'<li><a href="/wps/portal/trang-chu/tin-tuc/an-sinh-xa-hoi/!ut/p/z1/{alnum(rng, 70)}/">{esc(t)}</a> <span>({dmy(d)})</span></li>'
                     for t, d in zip(heads[:10], dts))
    hot = "".join(f'<li><a href="/wps/portal/trang-chu/tin-tuc/!ut/p/z1/{alnum(rng, 70)}/">{esc(t)}</a></li>' for t in heads[10:18])
    poll = ('<form action="/wps/portal/poll" method="post"><p>Theo bạn, thông tin nào trên Cổng cần được bổ sung?</p>'
            '<label><input type="radio" name="q1"> Thủ tục hành chính</label><br><label><input type="radio" name="q1"> Tin tức</label><br>'
            '<label><input type="radio" name="q1"> Văn bản pháp luật</label><br><input type="submit" value="Bình chọn"></form>')
    counters = counter_block(rng)
    js_cfg = {"wpModules": [{"id": f"wp_{alnum(rng, 8)}", "deps": [alnum(rng, 6) for _ in range(4)]} for _ in range(90)]}
    html = f"""<!DOCTYPE html>
<html lang="vi" xml:lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>Cà Mau bàn giao 120 căn nhà Đại đoàn kết cho hộ nghèo huyện Ngọc Hiển</title>
<link id="com.ibm.lotus.NavStateUrl" rel="alternate" href="/wps/portal/trang-chu/tin-tuc/an-sinh-xa-hoi/!ut/p/{state}" />
<link rel="bookmark" title="Cổng thông tin điện tử tỉnh Cà Mau" href="/wps/portal/trang-chu/!ut/p/z1/{alnum(rng, 90)}/" hreflang="vi"/>
<link rel="stylesheet" href="/wps/contenthandler/!ut/p/digest!{alnum(rng, 22)}/mashup/ra:collection?themeID=ZJ_{alnum(rng, 26).upper()}&amp;locale=vi&amp;mime-type=text%2Fcss&amp;lm=1700000000000&amp;entry=wp_theme_portal_85__0.0%3Ahead_css&amp;entry=wp_portlet_css__0.0%3Ahead_css">
<style>{css_blob(rng, "cm", 340)}</style>
<script>var wpModulesConfig={dump(js_cfg)};</script>
</head>
<body class="lotusui30dojo tundra locale_vi">
<div class="wpthemeFrame">
<header role="banner"><div class="wpthemeHeader"><div class="wpthemeInner">
<div class="cm-topbar"><span class="cm-clock">{wd(today)}, {dmy(today)}</span> <a href="/wps/myportal">Đăng nhập</a> | <a href="/wps/portal/en">English</a></div>
<div class="wpthemeBanner"><img src="/wps/wcm/connect/camau/theme/banner.png?MOD=AJPERES" alt="Cổng thông tin điện tử tỉnh Cà Mau"></div>
<nav class="wpthemeNav">{menu()}</nav>
</div></div></header>
<div class="wpthemeMainContent" role="main"><div class="wpthemeInner">
<div id="layoutContainers" class="wpthemeLayoutContainers"><div class="hiddenWidgetsDiv"><!-- widgets in this container are hidden in the UI by default --></div>
<div class="wpthemeClear"></div>
<div class="component-container wpthemeCol wpthemeCol8 id-{wid()}">
<div class="cm-breadcrumb"><a href="/wps/portal/trang-chu">Trang chủ</a> / <a href="/wps/portal/trang-chu/tin-tuc">Tin tức</a> / <a href="/wps/portal/trang-chu/tin-tuc/an-sinh-xa-hoi">An sinh xã hội</a></div>
{portlet("Chi tiết tin", detail)}
{portlet("Tin cùng chuyên mục", "<ul>" + others + "</ul>")}
</div>
<div class="component-container wpthemeCol wpthemeCol4 id-{wid()}">
{portlet("Tin nổi bật", "<ul>" + hot + "</ul>")}
{portlet("Thông báo", "<ul>" + "".join(f"<li>{esc(t)}</li>" for t in NOTICE_TITLES) + "</ul>")}
{portlet("Thăm dò ý kiến", poll)}
{portlet("Liên kết", "".join(f'<a href="https://{slugify(m)[:16]}.vn"><img src="/wps/wcm/connect/camau/banner/{slugify(m)[:16]}.png?MOD=AJPERES" alt="{esc(m, attr=True)}"></a>' for m in MINISTRIES))}
{portlet("Thống kê truy cập", "".join(f"<p>{l}: <b>{v}</b></p>" for l, v in counters))}
</div>
</div></div></div>
<footer role="contentinfo"><div class="wpthemeFooter"><div class="wpthemeInner">
<p><b>CỔNG THÔNG TIN ĐIỆN TỬ TỈNH CÀ MAU</b></p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Cà Mau. Địa chỉ: Số 02 Hùng Vương, Phường 5, TP Cà Mau.</p>
<p>Điện thoại: 0290.382x.xxx - Email: banbientap@camau.gov.vn</p></div></div></footer>
</div>
<script type="text/javascript" src="/wps/contenthandler/!ut/p/digest!{alnum(rng, 22)}/mashup/ra:collection?themeID=ZJ_{alnum(rng, 26).upper()}&amp;locale=vi&amp;mime-type=text%2Fjavascript&amp;entry=wp_client_main__0.0%3Ahead_js"></script>
<script>{fake_min_js(rng, 160, "wptheme")}</script>
</body>
</html>
"""
    return dict(
        family="websphere_portal", name="camau-nha-dai-doan-ket-tin-anh", url=url,
        content_type="text/html; charset=UTF-8", encoding="utf-8", html=html,
        expected=expected(ART10, published=iso_min(pub), author="Quốc Nhật", photographer="Quốc Nhật",
                          category="An sinh xã hội"),
        traps={"bylines": [byline], "related": heads[:8] + heads[10:12],
               "chrome": ["Chi tiết tin", "Tin cùng chuyên mục", "In bài viết"]},
        notes="IBM WebSphere Portal 8.5 theme with WCM rendering portlet: state-encoded !ut/p/z1/… URL, every "
              "block is a wpthemeControl section with an h2 portlet title ('Chi tiết tin' above the article's h3 "
              "headline). Stamp 'Ngày đăng: 22/11/2024 07:45 AM' (English AM). Byline 'Tin, ảnh: Quốc Nhật' "
              "→ author and photographer are the same person. Poll, counter, header clock with crawl day.",
        readme="IBM WebSphere Portal/WCM; 'Chi tiết tin' portlet heading over an h3 title, AM/PM stamp, "
               "'Tin, ảnh: X' byline (author = photographer)",
    )


PAGES = [page9, page10]
