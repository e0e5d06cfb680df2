"""Hold-out pages 9-16: SharePoint x2, DNN, ASP.NET ArticleDetail, ASP.NET custom
(meta-line byline), table-era CMS.TTV, *.dcs.vn DetailView, sphere."""
import datetime as _dt

from _lib import attr, emit, ent, esc, fill, render

G1 = "a3f5c2d1_7e4b_4c8a_9f0d_2b6e8c1a4d7f"
# ---------------------------------------------------------------- P9 SharePoint CQ web part
lead9 = "Thực hiện Kế hoạch số 153-KH/TU của Tỉnh ủy, đến nay 100% cơ quan Đảng từ tỉnh đến cơ sở đã sử dụng hệ thống quản lý văn bản và điều hành, chữ ký số trong xử lý công việc."
items = [
    "Theo Văn phòng Tỉnh ủy, năm 2023 toàn tỉnh đã gửi, nhận hơn 215.000 văn bản điện tử có ký số qua mạng thông tin diện rộng của Đảng, chiếm tỷ lệ 98,5% tổng số văn bản. Hệ thống hội nghị truyền hình trực tuyến được kết nối thông suốt từ Tỉnh ủy đến 13 huyện ủy, thị ủy, thành ủy và 177 đảng ủy xã, phường, thị trấn, giúp tiết kiệm đáng kể thời gian, chi phí tổ chức hội nghị.",
    ("img", "/SiteAssets/2023/06/chuyen-doi-so-co-quan-dang.jpg", "Cán bộ Văn phòng Tỉnh ủy xử lý văn bản điện tử trên hệ thống"),
    "Bên cạnh đó, tỉnh đã đưa vào vận hành phần mềm quản lý hồ sơ đảng viên, cơ sở dữ liệu tổ chức đảng và ứng dụng “Sổ tay đảng viên điện tử” với hơn 95.000 tài khoản được kích hoạt. Thông qua ứng dụng, đảng viên có thể tra cứu văn kiện, nghị quyết, tài liệu sinh hoạt chi bộ và thực hiện một số nghiệp vụ như chuyển sinh hoạt đảng, đóng đảng phí trực tuyến.",
    "Trong thời gian tới, Tỉnh ủy Quảng Ninh tiếp tục đầu tư hạ tầng công nghệ thông tin bảo đảm an toàn, bảo mật; đào tạo, bồi dưỡng kỹ năng số cho cán bộ làm công tác đảng; phấn đấu đến năm 2025 hoàn thành số hóa toàn bộ hồ sơ lưu trữ của các cơ quan Đảng cấp tỉnh.",
]
def img9(src, cap):
    return f'''<table border="0" cellpadding="0" cellspacing="0" align="center" width="500">
<tr><td align="center"><img src="{src}" alt="" width="500" border="0"/></td></tr>
<tr><td align="center" class="image_desc" style="font-style:italic">{esc(cap)}</td></tr>
</table>'''
body = render(items, '<p style="text-align:justify">[[T]]</p>', img9)
other9 = [("Quảng Ninh: Tổng kết 10 năm thực hiện Nghị quyết Trung ương 9 khóa XI", "11835", "12/06/2023"),
          ("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 14", "11829", "09/06/2023"),
          ("Ra mắt ứng dụng “Quảng Ninh số” phiên bản mới", "11811", "02/06/2023")]
tpl9 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta http-equiv="Content-type" content="text/html; charset=utf-8" /><meta http-equiv="X-UA-Compatible" content="IE=8" /><meta http-equiv="Expires" content="0" />
<title>Tin chi tiết</title>
<link rel="stylesheet" type="text/css" href="/_layouts/1066/styles/Themable/corev4.css?rev=cubXaUcHdBKtPJZrjM%2FyXQ%3D%3D"/>
<link rel="stylesheet" type="text/css" href="/Style%20Library/CQ/css/style.css"/>
<script type="text/javascript">var _spPageContextInfo = {webServerRelativeUrl: "\\u002f", webLanguage: 1066, currentLanguage: 1066, webUIVersion:4,pageListId:"{a9b1d4f0-4a77-4d25-9e5c-1d2c1b3f0e11}",pageItemId:12, alertsEnabled:false, siteServerRelativeUrl: "\\u002f", allowSilverlightPrompt:'True'};</script>
</head>
<body scroll="no" onload="javascript:_spBodyOnLoadWrapper();">
<form name="aspnetForm" method="post" action="newsdetail.aspx?NewsId=11842&amp;CatId=61" onsubmit="javascript:return WebForm_OnSubmit();" id="aspnetForm">
<div><input type="hidden" name="MSOWebPartPage_PostbackSource" id="MSOWebPartPage_PostbackSource" value="" /><input type="hidden" name="__REQUESTDIGEST" id="__REQUESTDIGEST" value="0x4F1D2C7A9E0B,18 Nov 2024 01:12:44 -0000" /><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBAIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3VzQ29udHJvbE1vZGULKYgBTWljcm9zb2Z0LlNoYXJlUG9pbnQuV2ViQ29udHJvbHM=" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
 <div class="header">
  <div class="top_header"><span class="today">Thứ Hai, ngày 18/11/2024</span><a href="/Pages/sitemap.aspx">Sơ đồ cổng</a> | <a href="/Pages/lienhe.aspx">Liên hệ</a></div>
  <div class="banner"><img src="/Style%20Library/CQ/images/banner.jpg" alt="Sở Thông tin và Truyền thông Quảng Ninh" /></div>
  <div class="menu_top"><ul>
   <li><a href="/Pages/default.aspx">Trang chủ</a></li><li><a href="/Pages/newslist.aspx?CatId=61">Tin tức - Sự kiện</a></li>
   <li><a href="/Pages/vanban.aspx">Văn bản chỉ đạo điều hành</a></li><li><a href="/Pages/dichvucong.aspx">Dịch vụ công</a></li>
  </ul></div>
 </div>
 <div class="main_content">
  <div class="left_col">
   <div id="ctl00_m_g_[[G]]" class="ms-WPBody noindex">
    <div class="detail_artical">
     <div class="path"><div class="arr_B"><span id="ctl00_m_g_[[G]]_ctl00_lblBreadCrum">Trang chủ &gt; Tin tức - Sự kiện &gt; Chuyển đổi số</span></div></div>
     <div>
      <table cellpadding="0" cellspacing="0"><tr><td><table cellpadding="0" cellspacing="0"><tr>
        <td><a href="#"><img src="/Style%20Library/CQ/images/icon_date.jpg" alt="" /></a></td>
        <td><span id="ctl00_m_g_[[G]]_ctl00_lblCreatedDate" class="date">14/06/2023 10:25</span></td>
      </tr></table></td></tr></table>
     </div>
     <h2><span id="ctl00_m_g_[[G]]_ctl00_lblTitle">[[TITLE]]</span></h2>
     <p><b>[[LEAD]]</b></p>
     <p>
      <table width="100%" cellpadding="0" cellspacing="0">
       <tr><td>
[[BODY]]
       </td></tr>
       <tr><td align="right" style="font-weight:bold"><span id="ctl00_m_g_[[G]]_ctl00_lblAuthor">Hồng Nhung</span><br /><span id="ctl00_m_g_[[G]]_ctl00_lblSource">Trung tâm Truyền thông tỉnh</span></td></tr>
      </table>
     </p>
     <div class="tool_detail"><a href="javascript:window.print();">In bài viết</a> | <a href="mailto:?subject=Tin%20bai">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
    </div>
   </div>
   <div id="ctl00_m_g_5c8d1e2f_0a9b_4e7c_8d6f_1a2b3c4d5e6f" class="ms-WPBody noindex">
    <div class="other_News">
     <div class="top_F">Các tin khác</div>
     <div class="inner_F_otherNew"><ul>
[[OTHER]]
     </ul></div>
    </div>
   </div>
  </div>
  <div class="right_col">
   <div class="box_right"><div class="title_box">Tin mới nhất</div><ul>
     <li><a href="/Pages/newsdetail.aspx?NewsId=13901&amp;CatId=61">Quảng Ninh đứng đầu cả nước về Chỉ số chuyển đổi số năm 2023</a><span class="time_update">(Ngày 15/11/2024)</span></li>
   </ul></div>
  </div>
 </div>
 <div class="footer"><p>Cơ quan chủ quản: Sở Thông tin và Truyền thông tỉnh Quảng Ninh</p><p>Ghi rõ nguồn “stttt.quangninh.gov.vn” khi phát hành lại thông tin từ Cổng thông tin này.</p></div>
</div></div>
</form>
</body>
</html>
'''
title9 = "Quảng Ninh: Đẩy mạnh chuyển đổi số trong các cơ quan Đảng"
page = fill(tpl9, G=G1, TITLE=esc(title9), LEAD=esc(lead9), BODY=body,
    OTHER="\n".join(f'<li><a href="/Pages/newsdetail.aspx?NewsId={i}&amp;CatId=61">{esc(t)}</a> <span class="time_update">(Ngày {d})</span></li>' for t, i, d in other9))
emit("sharepoint", "quangninh-chuyen-doi-so-co-quan-dang",
     "https://stttt.quangninh.gov.vn/Pages/newsdetail.aspx?NewsId=11842&CatId=61", page,
     title=title9, published_at="2023-06-14T10:25:00+07:00", author="Hồng Nhung", items=items, lead=lead9,
     bylines=["Hồng Nhung", "Trung tâm Truyền thông tỉnh"], related=[t for t, _, _ in other9] + ["Quảng Ninh đứng đầu cả nước về Chỉ số chuyển đổi số năm 2023"],
     notes="CQ NewsDetail web part; author and source in the right-aligned bold cell (source is not the author_unit)")

# ---------------------------------------------------------------- P10 SharePoint divArticleDescription, on a *.dcs.vn host
G2 = "g_0e1f2a3b_4c5d_4e6f_8a9b_0c1d2e3f4a5b"
lead10 = "Chiều 12/8, đồng chí Nguyễn Văn Phước, Ủy viên Ban Thường vụ, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc của Ban Thường vụ Tỉnh ủy với Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh về kết quả thực hiện nhiệm vụ 6 tháng đầu năm 2022."
items = [
    "Báo cáo tại buổi làm việc cho thấy, Đảng bộ Khối Doanh nghiệp hiện có 46 tổ chức cơ sở đảng với hơn 2.100 đảng viên. 6 tháng đầu năm, các doanh nghiệp trong khối duy trì sản xuất, kinh doanh ổn định; tổng doanh thu ước đạt 18.640 tỷ đồng, tăng 12,4% so với cùng kỳ; nộp ngân sách nhà nước hơn 1.150 tỷ đồng.",
    ("img", "/SiteAssets/Lists/TinTuc/Attachments/6021/lam-viec-dang-uy-khoi-dn.jpg", "Đồng chí Phó Bí thư Thường trực Tỉnh ủy phát biểu kết luận buổi làm việc"),
    "Công tác xây dựng Đảng trong doanh nghiệp có nhiều chuyển biến; Đảng ủy Khối đã kết nạp 58 đảng viên mới, thành lập mới 2 tổ chức đảng tại doanh nghiệp ngoài khu vực nhà nước. Tuy nhiên, việc phát triển tổ chức đảng, đoàn thể trong doanh nghiệp tư nhân còn gặp nhiều khó khăn; một số chi bộ sinh hoạt chưa đều đặn do đặc thù sản xuất theo ca.",
    "Kết luận buổi làm việc, đồng chí Phó Bí thư Thường trực Tỉnh ủy đề nghị Đảng ủy Khối tập trung nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng; phối hợp chặt chẽ với chủ doanh nghiệp để tạo điều kiện cho hoạt động của tổ chức đảng và các đoàn thể; quan tâm chăm lo đời sống, việc làm cho người lao động.",
]
MS = '<span style="font-size:13pt;font-family:&quot;Times New Roman&quot;,serif">'
def img10(src, cap):
    return f'''<p class="MsoNormal" style="text-align:center" align="center"><img alt="" src="{src}" style="width:600px;height:400px" /></p>
<p class="MsoNormal" style="text-align:center" align="center"><em>{MS}{esc(cap)}</span></em></p>
<p class="MsoNormal" style="text-align:center" align="center">{MS}Ảnh: Thanh Tâm</span></p>'''
body = render(items, '<p class="MsoNormal" style="margin-bottom:6pt;text-align:justify;text-indent:1cm">' + MS + '[[T]]<o:p></o:p></span></p>', img10)
old10 = [("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 9, khóa XI", "6014", "10/08/2022"),
         ("Đoàn công tác Tỉnh ủy thăm, làm việc tại huyện Tri Tôn", "6002", "05/08/2022"),
         ("Sơ kết 6 tháng thực hiện Nghị quyết Đại hội Đảng bộ tỉnh", "5987", "29/07/2022")]
tpl10 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html dir="ltr" lang="vi-VN">
<head><meta name="GENERATOR" content="Microsoft SharePoint" /><meta name="progid" content="SharePoint.WebPartPage.Document" /><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp tỉnh</title>
<link rel="stylesheet" type="text/css" href="/_layouts/15/1066/styles/Themable/corev15.css?rev=2a%2BdHn5ZCLqMZUmmHEJELw%3D%3D"/>
<script type="text/javascript" src="/_layouts/15/init.js?rev=ZoTiNGrbwOGKk7L9G8m1bg%3D%3D"></script>
</head>
<body>
<form method="post" action="./ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-khoi-doanh-nghiep.aspx" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUBMA9kFgJmD2QWAgIBD2QWBgIBD2QWAgIFD2QWAmYPZBYCAgEPFgIeE1ByZXZpb3Vz" /></div>
<div id="s4-workspace"><div id="s4-bodyContainer">
 <div id="header"><div class="clock">Hôm nay, thứ hai 18/11/2024</div><a href="/"><img src="/SiteAssets/banner-tinhuy.png" alt="Đảng bộ tỉnh An Giang" /></a>
  <ul class="menu"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc/Pages/default.aspx">Tin tức</a></li><li><a href="/van-kien/Pages/default.aspx">Văn kiện</a></li></ul>
 </div>
 <div id="contentBox">
  <div class="breadcrumb"><a href="/">Trang chủ</a> » <a href="/tin-tuc/Pages/default.aspx">Tin tức</a> » Tin hoạt động</div>
  <div id="ctl00_ctl39_[[G]]" class="ms-webpart-zone">
   <div id="WebPartWPQ1" class="ms-WPBody">
    <div id="divArticleDescription3"><h1>[[TITLE]]</h1></div>
    <div id="ctl00_ctl39_[[G]]_ctl00_pnHide"><span class="date">15/08/2022 15:41</span> <span class="view">Lượt xem: 1.032</span></div>
    <div id="divArticleDescription1"><p><strong>[[LEAD]]</strong></p></div>
    <div id="divArticleDescription2">
     <div id="ctl00_PlaceHolderMain_ctl02__ControlWrapper_RichHtmlField" class="ms-rtestate-field" style="display:inline" aria-labelledby="ctl00_PlaceHolderMain_ctl02_label">
[[BODY]]
     </div>
    </div>
    <div id="ctl00_ctl39_[[G]]_ctl00_pnNguontin"><p style="text-align:right"><font color="#333333"><b>Nguồn: Báo An Giang</b></font></p></div>
    <div class="share-tools"><a href="javascript:window.print()">In</a> <a href="#">Gửi email</a> <a href="#">Về đầu trang</a></div>
   </div>
  </div>
  <div id="ctl00_ctl39_g_7a8b9c0d_1e2f_4a3b_9c4d_5e6f7a8b9c0d" class="ms-WPBody">
   <div class="tin-da-dua">
    <div class="tieude">Các tin đã đưa</div>
    <div class="chonngay">Các tin đã đưa ngày: <input type="text" name="ctl00$ctl39$g_7a8b9c0d$txtDate" value="18/11/2024" /> <a href="javascript:__doPostBack('ctl00$ctl39$g_7a8b9c0d$btnXem','')">Xem</a></div>
    <ul>
[[OLD]]
    </ul>
   </div>
  </div>
 </div>
 <div id="footer"><p>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH AN GIANG</p><p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div></div>
</form>
</body>
</html>
'''
title10 = "Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp tỉnh"
page = fill(tpl10, G=G2, TITLE=esc(title10), LEAD=esc(lead10), BODY=body,
    OLD="\n".join(f'<li><a href="/tin-tuc/Pages/bai-{i}.aspx">{esc(t)}</a> ({d})</li>' for t, i, d in old10))
emit("sharepoint", "angiang-btv-lam-viec-dang-uy-khoi-dn",
     "https://angiang.dcs.vn/tin-tuc/Pages/ban-thuong-vu-tinh-uy-lam-viec-voi-dang-uy-khoi-doanh-nghiep.aspx", page,
     title=title10, published_at="2022-08-15T15:41:00+07:00", author=None, items=items, lead=lead10,
     bylines=["Nguồn: Báo An Giang", "Ảnh: Thanh Tâm"], related=[t for t, _, _ in old10],
     notes="SharePoint divArticleDescription template on a *.dcs.vn host (SharePoint, not DetailView); only a source line, no author; photographer line under caption")

# ---------------------------------------------------------------- P11 DotNetNuke
items = [
    "Chiều 20/5, Đảng bộ Sở Y tế tổ chức Hội nghị học tập, quán triệt chuyên đề năm 2022 “Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc”. Tham dự hội nghị có hơn 300 cán bộ, đảng viên thuộc 18 chi bộ, đảng bộ trực thuộc.",
    ("img", "/Portals/0/Images/2022/05/hoc-tap-chuyen-de-2022.jpg", "Báo cáo viên Ban Tuyên giáo Tỉnh ủy truyền đạt nội dung chuyên đề"),
    "Tại hội nghị, báo cáo viên đã truyền đạt những nội dung cơ bản của chuyên đề, làm rõ giá trị lý luận và thực tiễn của tư tưởng Hồ Chí Minh về ý chí tự lực, tự cường; đồng thời liên hệ với yêu cầu xây dựng đội ngũ cán bộ y tế “Lương y phải như từ mẫu” trong giai đoạn hiện nay.",
    "Thời gian qua, đội ngũ y, bác sĩ ngành y tế tỉnh đã phát huy tinh thần trách nhiệm, không quản khó khăn, nguy hiểm trong công tác phòng, chống dịch COVID-19. Nhiều tập thể, cá nhân được các cấp khen thưởng; các bệnh viện tuyến tỉnh triển khai thành công nhiều kỹ thuật chuyên sâu như can thiệp tim mạch, phẫu thuật nội soi, lọc máu liên tục, giúp người dân được chăm sóc sức khỏe ngay tại địa phương.",
    "Kết thúc hội nghị, Đảng ủy Sở Y tế yêu cầu các chi bộ, đảng bộ trực thuộc xây dựng kế hoạch thực hiện chuyên đề, gắn với nhiệm vụ chuyên môn; mỗi cán bộ, đảng viên đăng ký ít nhất một việc làm cụ thể để thực hiện trong năm.",
]
def img11(src, cap):
    return f'''<table style="width: 100%;" cellspacing="0" cellpadding="2" border="0">
    <tbody>
        <tr>
            <td style="text-align: center;"><img alt="" src="{src}" width="550" height="367" /></td>
        </tr>
        <tr>
            <td style="text-align: center;"><span style="font-size: 12px;"><em>{esc(cap)}</em></span></td>
        </tr>
    </tbody>
</table>'''
body = render(items, '<p style="text-align: justify;"><span style="font-family: Arial; font-size: 14px;">[[T]]</span></p>', img11)
old11 = [("Chi bộ Bệnh viện Đa khoa tỉnh kết nạp 3 đảng viên mới", "4516", "20/05/2022"),
         ("Đảng ủy Sở Y tế sơ kết công tác kiểm tra, giám sát quý I/2022", "4498", "11/05/2022"),
         ("Ngành Y tế triển khai tiêm vắc xin phòng COVID-19 cho trẻ từ 5 đến dưới 12 tuổi", "4487", "06/05/2022")]
tpl11 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="vi-VN" lang="vi-VN" xmlns="http://www.w3.org/1999/xhtml">
<head id="Head">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type" />
<meta id="MetaGenerator" name="GENERATOR" content="DotNetNuke " />
<title>Đảng bộ Sở Y tế tỉnh Quảng Trị &gt; Tin tức &gt; Hoạt động Đảng bộ</title>
<link href="/Portals/_default/default.css?cdv=39" type="text/css" rel="stylesheet"/>
<link href="/Portals/_default/Skins/SoYTe2019/skin.css?cdv=39" type="text/css" rel="stylesheet"/>
<script src="/Resources/libraries/jQuery/03_05_01/jquery.js?cdv=39" type="text/javascript"></script>
</head>
<body id="Body">
<form method="post" action="/Default.aspx?tabid=1126&amp;ndid=4521" id="Form" enctype="multipart/form-data">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="Y3Xf3K9z2bS+Tq1Lk8sPpS0YcE6w9aJH1dQw0oQk5kY8mTn2vRbA4eU7hJ3gF6iL" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['Form'];
function __doPostBack(eventTarget, eventArgument) { if (!theForm.onsubmit || (theForm.onsubmit() != false)) { theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit(); } }
//]]>
</script>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="k1Zt0pW3c4hG7uQ9r2Xb6yN8mV5sA1dF" /></div>
<div id="skin_wrapper">
 <div id="skin_header">
  <div class="skin_time"><span id="dnn_dnnCURRENTDATE_lblDate" class="DateToken">Thứ hai, 18 tháng 11 năm 2024</span></div>
  <div id="dnn_dnnLOGO_imgLogo_wrap"><a id="dnn_dnnLOGO_hypLogo" title="Đảng bộ Sở Y tế" href="https://dangbo.soyte.quangtri.gov.vn/"><img id="dnn_dnnLOGO_imgLogo" src="/Portals/0/banner-dangbo-syt.png" alt="Đảng bộ Sở Y tế" /></a></div>
  <div id="skin_menu"><ul class="topLevel">
   <li class="item first"><a href="/Default.aspx?tabid=1099">Trang chủ</a></li>
   <li class="item selected"><a href="/Default.aspx?tabid=1126">Hoạt động Đảng bộ</a></li>
   <li class="item"><a href="/Default.aspx?tabid=1130">Văn bản</a></li>
   <li class="item last"><a href="/Default.aspx?tabid=1140">Liên hệ</a></li>
  </ul></div>
 </div>
 <div id="skin_content">
  <div id="dnn_ContentPane" class="contentPane">
   <div class="DnnModule DnnModule-NewsDetail DnnModule-1487"><a name="1487"></a>
    <div class="container_news"><div id="dnn_ctr1487_ContentPane">
     <div id="dnn_ctr1487_ModuleContent" class="DNNModuleContent ModNewsDetailC">
      <div class="news-detail">
       <h1 class="news-title"><span id="dnn_ctr1487_ViewNewsDetail_lblTitle">[[TITLE]]</span></h1>
       <div class="news-date"><span id="dnn_ctr1487_ViewNewsDetail_lblNgayDang">Ngày đăng: 22/05/2022 - 18:00</span> <span id="dnn_ctr1487_ViewNewsDetail_lblLuotXem">Lượt xem: 487</span></div>
       <div id="dnn_ctr1487_ViewNewsDetail_pnlContent" class="news-content">
[[BODY]]
<p style="text-align: right;"><strong><span style="font-family: Arial; font-size: 14px;">Lê Minh Thư</span></strong></p>
       </div>
       <div class="news-tools"><a id="dnn_ctr1487_ViewNewsDetail_lnkPrint" href="javascript:__doPostBack('dnn$ctr1487$ViewNewsDetail$lnkPrint','')">In bài viết này</a> <a id="dnn_ctr1487_ViewNewsDetail_lnkBack" href="javascript:history.go(-1)">Trở về</a></div>
      </div>
     </div>
    </div></div>
   </div>
   <div class="DnnModule DnnModule-NewsOther DnnModule-1488"><a name="1488"></a>
    <div id="dnn_ctr1488_ContentPane"><div id="dnn_ctr1488_ModuleContent" class="DNNModuleContent">
     <div class="tin-da-dua">
      <h3>Các tin đã đưa</h3>
      <div>Các tin đã đưa ngày: <input name="dnn$ctr1488$OtherNews$txtNgay" type="text" id="dnn_ctr1488_OtherNews_txtNgay" value="__/__/____" /> <a id="dnn_ctr1488_OtherNews_btnXem" href="javascript:__doPostBack('dnn$ctr1488$OtherNews$btnXem','')">Xem</a></div>
      <ul>
[[OLD]]
      </ul>
      <div class="pager"><a href="javascript:__doPostBack('dnn$ctr1488$OtherNews$grvTin','Page$2')">Trang sau</a></div>
     </div>
    </div></div>
   </div>
  </div>
  <div id="dnn_RightPane" class="rightPane">
   <div class="DnnModule DnnModule-1490"><div id="dnn_ctr1490_ContentPane"><div id="dnn_ctr1490_ModuleContent">
    <h3>Tin mới</h3><ul><li><a href="/Default.aspx?tabid=1126&amp;ndid=5907">Đảng bộ Sở Y tế tổng kết công tác năm 2024</a><br /><span class="date">15/11/2024</span></li></ul>
   </div></div></div>
  </div>
 </div>
 <div id="skin_footer"><span id="dnn_dnnCOPYRIGHT_lblCopyright" class="Footer">Copyright 2022 by Đảng bộ Sở Y tế tỉnh Quảng Trị</span></div>
</div>
<input name="ScrollTop" type="hidden" id="ScrollTop" />
<input name="__dnnVariable" type="hidden" id="__dnnVariable" autocomplete="off" value="`{`__scdoff`:`1`,`sf_siteRoot`:`/`,`sf_tabId`:`1126`}" />
</form>
</body>
</html>
'''
title11 = "Đảng bộ Sở Y tế tổ chức Hội nghị học tập chuyên đề năm 2022"
page = fill(tpl11, TITLE=esc(title11), BODY=body,
    OLD="\n".join(f'<li><a href="/Default.aspx?tabid=1126&amp;ndid={i}">{esc(t)}</a> <span class="date">({d})</span></li>' for t, i, d in old11))
emit("dnn", "soyte-hoc-tap-chuyen-de-2022",
     "https://dangbo.soyte.quangtri.gov.vn/Default.aspx?tabid=1126&ndid=4521", page,
     title=title11, published_at="2022-05-22T18:00:00+07:00", author="Lê Minh Thư", items=items,
     bylines=["Lê Minh Thư"], related=[t for t, _, _ in old11] + ["Đảng bộ Sở Y tế tổng kết công tác năm 2024"])

# ---------------------------------------------------------------- P12 ASP.NET ArticleDetail user control, entity-encoded
items = [
    "Sáng 2/11, Ban Tuyên giáo Tỉnh ủy tổ chức lễ tổng kết và trao giải Cuộc thi trắc nghiệm trực tuyến tìm hiểu lịch sử Đảng bộ tỉnh Cà Mau năm 2022. Sau 2 tháng phát động, cuộc thi đã thu hút hơn 86.000 lượt người dự thi, trong đó có nhiều cán bộ, đảng viên, đoàn viên thanh niên và học sinh các trường trung học phổ thông.",
    "Nội dung cuộc thi tập trung vào quá trình hình thành, phát triển của Đảng bộ tỉnh qua các thời kỳ; những sự kiện lịch sử tiêu biểu như khởi nghĩa Hòn Khoai năm 1940, chiến thắng Chắc Băng, Cái Nước; thành tựu trong công cuộc đổi mới, xây dựng và phát triển tỉnh Cà Mau.",
    ("img", "/Upload/Images/2022/11/trao-giai-cuoc-thi.jpg", "Ban Tổ chức trao giải Nhất cho các cá nhân đạt thành tích xuất sắc"),
    "Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba, 10 giải Khuyến khích cho các cá nhân và 5 giải tập thể cho các đơn vị có số lượng người tham gia đông, chất lượng bài thi cao. Huyện Trần Văn Thời là đơn vị có số lượt dự thi nhiều nhất với hơn 14.000 lượt.",
    "Phát biểu tại buổi lễ, lãnh đạo Ban Tuyên giáo Tỉnh ủy cho biết, cuộc thi góp phần giáo dục truyền thống cách mạng, bồi đắp lòng yêu quê hương, đất nước cho các tầng lớp Nhân dân, nhất là thế hệ trẻ; qua đó khơi dậy khát vọng xây dựng Cà Mau ngày càng giàu đẹp, văn minh.",
]
def img12(src, cap):
    return f'<p style="text-align: center;"><img alt="{attr(cap)}" src="{src}" style="width: 600px; height: 400px;" /></p>\n<p style="text-align: center;"><em><span style="font-size:12px;">{ent(cap)}</span></em></p>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img12, text=ent)
ref12 = [("Cà Mau: Hội nghị báo cáo viên tháng 10/2022", "hoi-nghi-bao-cao-vien-thang-10-2022", "01/11/2022"),
         ("Tuyên dương 45 gương điển hình học tập và làm theo Bác", "tuyen-duong-45-guong-dien-hinh", "27/10/2022"),
         ("Phát động Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Cà Mau năm 2022", "phat-dong-cuoc-thi-tim-hieu-lich-su", "01/09/2022")]
tpl12 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	Tổng kết Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Cà Mau năm 2022
</title><link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" /></head>
<body>
<form method="post" action="./tong-ket-cuoc-thi-tim-hieu-lich-su-dang-bo-tinh-ca-mau-nam-2022.aspx" id="form1">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKLTcxNDk0NDQ4Mw9kFgJmD2QWAgIDD2QWBgIBD2QWAgIBDxYCHgRUZXh0BRZUaOG7qSBIYWksIDE4LzExLzIwMjRkZA==" /></div>
<div id="page">
 <div id="header"><div class="logo"><a href="/"><img src="/Images/banner.png" alt="Ban Tuyên giáo Tỉnh ủy Cà Mau" /></a></div>
  <div class="header-date"><span id="ctl00_lblToday">Thứ Hai, 18/11/2024</span></div>
  <ul class="main-menu"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></li><li><a href="/chuyen-muc/hoc-tap-va-lam-theo-bac.aspx">Học tập và làm theo Bác</a></li><li><a href="/chuyen-muc/van-ban.aspx">Văn bản</a></li></ul>
 </div>
 <div id="main"><div class="col-main">
  <div class="box-border">
   <div class="nav"><h1><a class="home" href="/">Trang chủ</a><a class="arr" href="/chuyen-muc/tin-hoat-dong.aspx">Tin hoạt động</a></h1></div>
   <div class="article-detail">
    <div class="title"><span id="ctl00_cphMain_ArticleDetail1_ltlTitle" class="bullet-li">[[TITLE]]</span></div>
    <div class="TopToolbar">
      <span id="ctl00_cphMain_ArticleDetail1_lblDate" class="createdDate">Ngày đăng: 03/11/2022 09:15</span>
      <a class="back" href="javascript:history.back()">Quay lại</a>
      <a class="plusSize" href="javascript:void(0)" title="Tăng cỡ chữ">A+</a><a class="minusSize" href="javascript:void(0)" title="Giảm cỡ chữ">A-</a>
    </div>
    <div id="divDetailContent">
[[BODY]]
<p style="text-align: right;"><strong>Tin, ảnh:</strong>&nbsp;V&acirc;n Khanh</p>
    </div>
    <div class="BottomToolbar"><a href="javascript:window.print()">In bài</a> | <a href="mailto:?subject=Tin bai">Gửi email</a> | Lượt xem: 912</div>
   </div>
   <div class="article-reference">
    <div class="title"><a id="ctl00_cphMain_ArticleDetail1_articleReference_mrcArticle" href="/chuyen-muc/tin-hoat-dong.aspx">Tin tức khác</a></div>
    <ul>
[[REF]]
    </ul>
   </div>
  </div>
 </div>
 <div class="col-right">
  <div class="box-border"><div class="box-title">Tin mới cập nhật</div>
   <div class="article-listing"><div class="list">
    <div class="item"><h2><a class="title" href="/bai-viet/hoi-nghi-bao-cao-vien-thang-11-2024.aspx">Hội nghị báo cáo viên tháng 11/2024</a></h2><span class="createdDate">[15/11/2024 - 231 lượt xem]</span></div>
    <div class="item"><h2><a class="title" href="/bai-viet/tong-ket-cong-tac-tuyen-giao-2024.aspx">Chuẩn bị tổng kết công tác tuyên giáo năm 2024</a></h2><span class="createdDate">[12/11/2024 - 187 lượt xem]</span></div>
   </div></div>
  </div>
 </div></div>
 <div id="footer"><p>BAN TUYÊN GIÁO TỈNH ỦY CÀ MAU</p><p>Địa chỉ: số 02 Hùng Vương, Phường 5, TP. Cà Mau. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></div>
</div>
</form>
</body>
</html>
'''
title12 = "Tổng kết Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Cà Mau năm 2022"
page = fill(tpl12, TITLE=ent(title12), BODY=body,
    REF="\n".join(f'<li><a href="/bai-viet/{s}.aspx">{esc(t)}</a> <span class="date">({d})</span></li>' for t, s, d in ref12))
emit("aspnet_articledetail", "camau-tong-ket-cuoc-thi-lich-su-dang-bo",
     "https://btgtu.camau.gov.vn/bai-viet/tong-ket-cuoc-thi-tim-hieu-lich-su-dang-bo-tinh-ca-mau-nam-2022.aspx", page,
     title=title12, published_at="2022-11-03T09:15:00+07:00", author="Vân Khanh", items=items,
     bylines=["Tin, ảnh: Vân Khanh"], related=[t for t, _, _ in ref12] + ["Hội nghị báo cáo viên tháng 11/2024"],
     notes="ArticleDetail user control; entity-encoded editor HTML; bold 'Tin, ảnh:' label then &nbsp; and entity name")

# ---------------------------------------------------------------- P13 custom ASP.NET with meta-line byline and header clock (tuyengiaohungyen style)
items = [
    "Chiều 13/2, huyện Kim Động tổ chức lễ đón nhận Quyết định của Thủ tướng Chính phủ công nhận huyện đạt chuẩn nông thôn mới năm 2019. Đây là huyện thứ 3 của tỉnh Hưng Yên hoàn thành nhiệm vụ xây dựng nông thôn mới.",
    "Sau gần 10 năm triển khai chương trình, tổng nguồn lực huy động để xây dựng nông thôn mới trên địa bàn huyện đạt hơn 2.300 tỷ đồng, trong đó Nhân dân đóng góp trên 420 tỷ đồng và hiến hơn 65.000 m² đất. Bộ mặt nông thôn có nhiều khởi sắc; thu nhập bình quân đầu người năm 2019 đạt 52 triệu đồng, tỷ lệ hộ nghèo giảm còn 1,8%.",
    ("img", "/Upload/2020/2/kim-dong-nong-thon-moi.jpg", "Lãnh đạo tỉnh trao Bằng công nhận huyện đạt chuẩn nông thôn mới cho huyện Kim Động"),
    "Hệ thống giao thông, thủy lợi, trường học, trạm y tế, nhà văn hóa được đầu tư đồng bộ; 100% số xã đạt chuẩn quốc gia về y tế; 88% trường học đạt chuẩn quốc gia. Nhiều mô hình sản xuất nông nghiệp ứng dụng công nghệ cao như trồng nhãn lồng, bưởi diễn, nuôi cá lồng trên sông Luộc mang lại hiệu quả kinh tế cao.",
    "Phát biểu tại buổi lễ, đồng chí Phó Chủ tịch UBND tỉnh đề nghị huyện Kim Động tiếp tục duy trì, nâng cao chất lượng các tiêu chí đã đạt, tập trung xây dựng các xã nông thôn mới nâng cao, nông thôn mới kiểu mẫu, phấn đấu trở thành huyện nông thôn mới nâng cao trước năm 2025.",
]
def img13(src, cap):
    return f'<div style="text-align: center;"><img src="{src}" alt="" width="600" /></div>\n<p style="text-align: center;"><em>{esc(cap)}</em></p>'
body = render(items, '<p>[[T]]</p>', img13)
oth13 = [("Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 19", "5506", "12/02/2020"),
         ("Tuyên truyền phòng, chống dịch bệnh viêm đường hô hấp cấp do chủng mới của vi rút Corona", "5498", "05/02/2020"),
         ("Khoái Châu kỷ niệm 90 năm Ngày thành lập Đảng", "5490", "03/02/2020")]
tpl13 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>Ban Tuyên giáo Tỉnh ủy Hưng Yên - Huyện Kim Động đón Bằng công nhận huyện đạt chuẩn nông thôn mới</title>
<link rel="stylesheet" href="/css/main.css" type="text/css" /></head>
<body>
<form method="post" action="Huyen-Kim-Dong-don-bang-cong-nhan-huyen-dat-chuan-nong-thon-moi-5512.aspx" id="form1">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUJNzgzNDMwNTMzZGRK1r3vbzN0ZkZl" />
<div class="wrap">
 <div class="top"><div class="clock" id="clock">Thứ Bảy, ngày 29 tháng 2 năm 2020 - 8:28:19 PM</div></div>
 <div class="banner"><img src="/images/banner-btg.jpg" alt="Ban Tuyên giáo Tỉnh ủy Hưng Yên" /></div>
 <div class="menu"><a href="/">Trang chủ</a> <a href="/Chinh-tri-Xa-hoi.aspx">Chính trị - Xã hội</a> <a href="/Kinh-te.aspx">Kinh tế</a> <a href="/Van-hoa.aspx">Văn hóa</a> <a href="/Lich-su-Dang.aspx">Lịch sử Đảng</a></div>
 <table class="layout" width="1000" cellpadding="0" cellspacing="0"><tr>
  <td class="left" valign="top">
   <div class="crumb">Trang chủ » Chính trị - Xã hội » Tin tức trong tỉnh</div>
   <div class="detail">
    <div class="detail-title">[[TITLE]]</div>
    <div class="detail-info">Đăng ngày: 14/02/2020 - 3:05:41 PM | Lượt xem: 1231 | Đỗ Văn Hùng</div>
    <div class="detail-content">
[[BODY]]
    </div>
    <div class="detail-tool"><a href="javascript:window.print()">In trang</a> <a href="#top">Lên đầu trang</a></div>
    <div class="detail-other">
     <div class="other-title">Các tin khác</div>
     <ul>
[[OTH]]
     </ul>
    </div>
   </div>
  </td>
  <td class="right" valign="top" width="280">
   <div class="box"><div class="box-title">Tin xem nhiều</div><ul>
    <li><a href="/Tin-tuc-trong-tinh/Hung-Yen-trien-khai-cong-tac-phong-chong-dich-5520.aspx">Hưng Yên triển khai công tác phòng, chống dịch</a> (27/02/2020)</li>
   </ul></div>
  </td>
 </tr></table>
 <div class="footer">Ban Tuyên giáo Tỉnh ủy Hưng Yên - Số 8 đường Chùa Chuông, TP Hưng Yên<br />Ghi rõ nguồn "tuyengiaohungyen.vn" khi phát hành lại thông tin từ website này</div>
</div>
</form>
</body>
</html>
'''
title13 = "Huyện Kim Động đón Bằng công nhận huyện đạt chuẩn nông thôn mới"
page = fill(tpl13, TITLE=esc(title13), BODY=body,
    OTH="\n".join(f'<li><a href="/Tin-tuc-trong-tinh/bai-{i}.aspx">{esc(t)}</a> ({d})</li>' for t, i, d in oth13))
emit("aspnet_custom", "kim-dong-nong-thon-moi-meta-byline",
     "http://tuyengiaohungyen.vn/Tin-tuc-trong-tinh/Huyen-Kim-Dong-don-bang-cong-nhan-huyen-dat-chuan-nong-thon-moi-5512.aspx", page,
     title=title13, published_at="2020-02-14T15:05:41+07:00", author="Đỗ Văn Hùng", items=items,
     bylines=["Đỗ Văn Hùng"], related=[t for t, _, _ in oth13] + ["Hưng Yên triển khai công tác phòng, chống dịch"],
     notes="header clock (29/2/2020 8:28:19 PM) is a trap; meta line 12h '3:05:41 PM' with author in the meta line")

# ---------------------------------------------------------------- P14 table-era CMS.TTV
lead14 = "(TTV) - Ngày 9/8, Ban Thường vụ Huyện ủy Mang Thít tổ chức hội nghị tổng kết 15 năm thực hiện Nghị quyết số 26-NQ/TW của Ban Chấp hành Trung ương Đảng khóa X về nông nghiệp, nông dân, nông thôn."
cap14 = "Đồng chí Bí thư Huyện ủy Mang Thít phát biểu tại hội nghị"
items = [
    "Qua 15 năm thực hiện nghị quyết, kinh tế nông nghiệp của huyện tăng trưởng bình quân 3,8%/năm; cơ cấu cây trồng, vật nuôi chuyển dịch theo hướng nâng cao giá trị, nhiều diện tích lúa kém hiệu quả được chuyển sang trồng cây ăn trái như cam sành, bưởi năm roi, chôm chôm. Giá trị sản xuất trên 1 ha đất canh tác đạt 186 triệu đồng, gấp 3,4 lần so với năm 2008.",
    "Đến nay, huyện có 8/12 xã đạt chuẩn nông thôn mới, 1 xã đạt chuẩn nông thôn mới nâng cao; thu nhập bình quân đầu người khu vực nông thôn đạt 46,5 triệu đồng/năm. Hệ thống hợp tác xã, tổ hợp tác được củng cố, phát triển với 14 hợp tác xã nông nghiệp, thu hút hơn 1.300 thành viên.",
    "Hội nghị cũng chỉ ra một số hạn chế như sản xuất nông nghiệp còn manh mún, liên kết tiêu thụ sản phẩm chưa bền vững; lao động nông thôn qua đào tạo nghề còn thấp; tình trạng sạt lở bờ sông, xâm nhập mặn ảnh hưởng đến sản xuất và đời sống người dân.",
    "Dịp này, Ban Thường vụ Huyện ủy đã khen thưởng 12 tập thể và 18 cá nhân có thành tích xuất sắc trong thực hiện Nghị quyết số 26-NQ/TW.",
]
body = "\n".join(f"{esc(p)}<br /><br />" for p in items)
oth14 = [("Vũng Liêm: Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 15", "3281", "08/08/2019"),
         ("Tam Bình sơ kết công tác dân vận 6 tháng đầu năm", "3270", "02/08/2019"),
         ("Trao Huy hiệu Đảng cho đảng viên cao tuổi Đảng tại Long Hồ", "3259", "29/07/2019")]
tpl14 = '''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Tỉnh ủy Vĩnh Long</title>
<link href="/css/ttv.css" rel="stylesheet" type="text/css">
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<form name="Form1" method="post" action="Tin-tuc.aspx?ArticleID=3287&amp;CatID=12" id="Form1">
<input type="hidden" name="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDs7PpM5cM5T1xHq4dN2Fz8oX8Jm2e0v" />
<table width="980" border="0" cellspacing="0" cellpadding="0" align="center">
 <tr><td colspan="3"><img src="/images/banner_tinhuy.jpg" width="980" height="150" alt=""></td></tr>
 <tr><td colspan="3" class="menungang" height="28">
   &nbsp;<a href="/" class="menu">TRANG CHỦ</a> | <a href="/Tin-tuc.aspx?CatID=10" class="menu">TIN TỨC - SỰ KIỆN</a> | <a href="/Tin-tuc.aspx?CatID=12" class="menu">XÂY DỰNG ĐẢNG</a> | <a href="/Van-ban.aspx" class="menu">VĂN BẢN</a>
   <span class="ngaythang">Thứ Hai, 18/11/2024</span>
 </td></tr>
 <tr>
  <td width="190" valign="top" class="cotrai">
   <table width="100%" cellpadding="3"><tr><td class="tieude_khung">LIÊN KẾT WEBSITE</td></tr>
    <tr><td><a href="http://www.dangcongsan.vn">Báo Điện tử Đảng Cộng sản Việt Nam</a></td></tr></table>
  </td>
  <td width="560" valign="top">
   <table width="100%" border="0" cellspacing="0" cellpadding="4">
    <tr><td class="duongdan"><a href="/">Trang chủ</a> &gt; <a href="/Tin-tuc.aspx?CatID=12">Xây dựng Đảng</a></td></tr>
    <tr><td><a class="tieu_de_tin" href="Tin-tuc.aspx?ArticleID=3287&amp;CatID=12">[[TITLE]]</a></td></tr>
    <tr><td class="ngay_dang">Thứ bảy, 10/08/2019, 07:30</td></tr>
    <tr><td>
      <table align="left" width="260" border="0" cellpadding="3" cellspacing="0">
        <tr><td><img src="/Uploads/2019/8/mang-thit-tong-ket-nq26.jpg" width="250" border="0" alt=""></td></tr>
        <tr><td align="center"><span class="image_desc">[[CAP]]</span></td></tr>
      </table>
      <span class="story_teaser"><b>[[LEAD]]</b></span>
    </td></tr>
    <tr><td>
      <div style="text-align:justify">
[[BODY]]
<div align="right"><b>Tố Tuấn</b></div>
      </div>
    </td></tr>
    <tr><td align="right"><a href="javascript:window.print()" class="lienket">[In trang]</a> <a href="javascript:history.back()" class="lienket">[Quay lại]</a></td></tr>
    <tr><td>
      <div class="tinkhac">Tin khác</div>
      <div class="khung_tinkhac">
[[OTH]]
      </div>
    </td></tr>
   </table>
  </td>
  <td width="230" valign="top" class="cotphai">
    <table width="100%" cellpadding="3"><tr><td class="tieude_khung">TIN MỚI NHẤT</td></tr>
     <tr><td>&#8226; <a href="Tin-tuc.aspx?ArticleID=8120&amp;CatID=10">Tỉnh ủy Vĩnh Long tổ chức Hội nghị lần thứ 22</a> <span class="ngay">(15/11/2024)</span></td></tr></table>
  </td>
 </tr>
 <tr><td colspan="3" class="footer" align="center">BẢN QUYỀN THUỘC TỈNH ỦY VĨNH LONG<br>Thiết kế bởi TTV</td></tr>
</table>
</form>
</body>
</html>
'''
title14 = "Mang Thít tổng kết 15 năm thực hiện Nghị quyết về nông nghiệp, nông dân, nông thôn"
page = fill(tpl14, TITLE=esc(title14), CAP=esc(cap14), LEAD=esc(lead14), BODY=body,
    OTH="\n".join(f'<div class="dong_tinkhac">&#187; <a href="Tin-tuc.aspx?ArticleID={i}&amp;CatID=12">{esc(t)}</a> <span class="ngay">({d})</span></div>' for t, i, d in oth14))
emit("aspnet_table", "mang-thit-tong-ket-nq26",
     "http://tinhuyvinhlong.org.vn/Tin-tuc.aspx?ArticleID=3287&CatID=12", page,
     title=title14, published_at="2019-08-10T07:30:00+07:00", author="Tố Tuấn", items=items,
     lead=lead14, lead_caption=cap14, bylines=["Tố Tuấn"], related=[t for t, _, _ in oth14] + ["Tỉnh ủy Vĩnh Long tổ chức Hội nghị lần thứ 22"],
     notes="table-era CMS.TTV; body paragraphs separated by <br /><br /> only")

# ---------------------------------------------------------------- P15 *.dcs.vn DetailView
lead15 = "TTĐT - Ngày 12/8, Ban Chấp hành Đảng bộ tỉnh khóa XVII tổ chức Hội nghị lần thứ 15 để thảo luận, cho ý kiến vào một số nội dung quan trọng."
items = [
    "Đồng chí Bí thư Tỉnh ủy chủ trì hội nghị. Tham dự có các đồng chí Ủy viên Ban Chấp hành Đảng bộ tỉnh; lãnh đạo các ban, sở, ngành, đoàn thể cấp tỉnh; bí thư các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.",
    "Tại hội nghị, Ban Chấp hành Đảng bộ tỉnh đã thảo luận, cho ý kiến vào dự thảo Báo cáo chính trị trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XVIII, nhiệm kỳ 2025 - 2030; dự thảo Báo cáo kiểm điểm sự lãnh đạo, chỉ đạo của Ban Chấp hành Đảng bộ tỉnh nhiệm kỳ 2020 - 2025; phương án nhân sự và công tác chuẩn bị đại hội.",
    ("img", "/Image/Large/2025813081522_144605.jpg", "Đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị"),
    "Các ý kiến thảo luận cơ bản thống nhất với các dự thảo văn kiện, đồng thời đề nghị bổ sung, làm rõ hơn những kết quả nổi bật trong nhiệm kỳ như tốc độ tăng trưởng kinh tế bình quân đạt 8,6%/năm, thu ngân sách vượt mốc 5.000 tỷ đồng, tỷ lệ che phủ rừng duy trì ở mức trên 65%; đồng thời phân tích sâu sắc hơn nguyên nhân của các hạn chế, khuyết điểm.",
    ("img", "/Image/Large/2025813081610_144606.jpg", "Các đại biểu biểu quyết thông qua các nội dung tại hội nghị"),
    "Kết luận hội nghị, đồng chí Bí thư Tỉnh ủy yêu cầu các cơ quan tham mưu tiếp thu tối đa ý kiến đóng góp, hoàn thiện các dự thảo văn kiện để lấy ý kiến rộng rãi của cán bộ, đảng viên và Nhân dân trước khi trình Đại hội.",
]
def img15(src, cap):
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 100%;" /></p>\n<p style="text-align: center;"><span style="font-size:12px;"><em>{esc(cap)}</em></span></p>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img15)
cat15 = [("Ban Thường vụ Tỉnh ủy cho ý kiến về phương án nhân sự đại hội", "8119", "41", "Ban-Thuong-vu-Tinh-uy-cho-y-kien-ve-phuong-an-nhan-su-dai-hoi", "11/08/2025", "215"),
         ("Đại hội Đảng bộ huyện Chiêm Hóa lần thứ XXIII, nhiệm kỳ 2025 - 2030", "8101", "41", "Dai-hoi-Dang-bo-huyen-Chiem-Hoa-lan-thu-XXIII---nhiem-ky-2025---2030", "06/08/2025", "402")]
tpl15 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 - Thông qua nhiều nội dung quan trọng - Đảng bộ tỉnh Tuyên Quang</title>
<link href="/Content/bootstrap.min.css" rel="stylesheet" />
<link href="/Content/site.css" rel="stylesheet" />
</head>
<body>
<div class="header">
  <div class="container"><div class="top-info"><span class="ngay-hien-tai">Thứ Năm, 14/08/2025</span> <a href="/Account/Login">Đăng nhập</a></div>
  <a href="/"><img src="/Content/images/banner.png" alt="Cổng TTĐT Đảng bộ tỉnh Tuyên Quang" /></a></div>
  <nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">
    <li><a href="/">Trang chủ</a></li><li class="active"><a href="/ListView/41/Tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li>
    <li><a href="/ListView/45/Xay-dung-Dang.html">Xây dựng Đảng</a></li><li><a href="/ListView/52/Van-kien-Dang.html">Văn kiện Đảng</a></li>
  </ul></div></nav>
</div>
<div class="container main-content">
 <div class="row">
  <div class="col-md-8">
   <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/ListView/41/Tin-tuc-su-kien.html">Tin tức - Sự kiện</a></li></ol>
   <div class="detail-news">
     <h1 class="title-detail">[[TITLE]]</h1>
     <div class="date-view"><i class="fa fa-calendar"></i> 13/08/2025 08:15 &nbsp;|&nbsp; <i class="fa fa-eye"></i> 329</div>
     <div class="sapo"><strong>[[LEAD]]</strong></div>
     <div class="content-detail">
[[BODY]]
     </div>
     <p class="author-detail" style="text-align: right;"><strong>Thu Hương</strong></p>
     <div class="share-bar"><a href="https://www.facebook.com/sharer/sharer.php?u=https://tuyenquang.dcs.vn/DetailView/8123/41/x.html" target="_blank">Chia sẻ</a> <a href="javascript:window.print()">In bài viết</a></div>
   </div>
   <div class="tin-cung-chuyen-muc">
     <h3 class="title-box">Tin cùng chuyên mục</h3>
     <ul>
[[CAT]]
     </ul>
   </div>
  </div>
  <div class="col-md-4">
   <div class="box-right"><h3 class="title-box">Tin mới nhất</h3><ul>
     <li><a href="/DetailView/8130/41/Tuyen-Quang-trien-khai-nhiem-vu-thang-9.html">Tuyên Quang triển khai nhiệm vụ tháng 9</a><div class="meta">14/08/2025 | 57</div></li>
     <li><a href="/DetailView/8127/45/So-ket-cong-tac-kiem-tra-giam-sat.html">Sơ kết công tác kiểm tra, giám sát 7 tháng</a><div class="meta">13/08/2025 | 112</div></li>
   </ul></div>
  </div>
 </div>
</div>
<footer class="footer"><div class="container"><p>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH TUYÊN QUANG</p><p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin.</p></div></footer>
<script src="/Scripts/jquery-3.4.1.min.js"></script>
</body>
</html>
'''
title15 = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15 - Thông qua nhiều nội dung quan trọng"
page = fill(tpl15, TITLE=esc(title15), LEAD=esc(lead15), BODY=body,
    CAT="\n".join(f'<li><a href="/DetailView/{i}/{c}/{s}.html">{esc(t)}</a><div class="meta">{d} | {v}</div></li>' for t, i, c, s, d, v in cat15))
emit("dcs_detailview", "hoi-nghi-bch-dang-bo-tinh-lan-15",
     "https://tuyenquang.dcs.vn/DetailView/8123/41/Hoi-nghi-Ban-Chap-hanh-Dang-bo-tinh-lan-thu-15---Thong-qua-nhieu-noi-dung-quan-trong.html", page,
     title=title15, published_at="2025-08-13T08:15:00+07:00", author="Thu Hương", items=items, lead=lead15,
     bylines=["Thu Hương"], related=[t for t, *_ in cat15] + ["Tuyên Quang triển khai nhiệm vụ tháng 9", "Sơ kết công tác kiểm tra, giám sát 7 tháng"],
     notes="DetailView page markup is invented (research gap); date | views meta")

# ---------------------------------------------------------------- P16 sphere portal (BRVT)
lead16 = "Sáng 16/5, Ủy ban MTTQ Việt Nam phường Thắng Tam, TP. Vũng Tàu ra mắt mô hình “Khu dân cư không rác thải nhựa” tại khu phố 4."
items = [
    "Mô hình được triển khai nhằm nâng cao nhận thức của người dân về tác hại của rác thải nhựa, từng bước thay đổi thói quen sử dụng túi ni lông và các sản phẩm nhựa dùng một lần trong sinh hoạt hằng ngày. Ban điều hành khu phố đã phát động các hộ gia đình ký cam kết phân loại rác tại nguồn, sử dụng giỏ xách, túi vải khi đi chợ.",
    ("img", "/sphere/baria/vungtau/file/public/2022/05/khu-dan-cu-khong-rac-thai-nhua.jpg", "Người dân khu phố 4 nhận túi vải thân thiện với môi trường"),
    "Tại buổi ra mắt, Ban Tổ chức đã trao tặng 500 túi vải, 200 bình nước inox cho các hộ dân và tổ chức đổi 5 kg rác thải nhựa lấy 1 cây xanh. Các tổ chức đoàn thể trong khu phố cũng ra quân thu gom rác thải dọc tuyến đường Thùy Vân và bãi biển Thùy Vân.",
    "Theo Ủy ban MTTQ Việt Nam phường Thắng Tam, sau khu phố 4, mô hình sẽ được nhân rộng ra 8 khu phố còn lại trong năm 2022, hướng tới mục tiêu xây dựng phường du lịch xanh, sạch, đẹp.",
]
JS = 'text-align: justify;'
def img16(src, cap):
    return f'<p style="text-align: center;" data-mce-style="text-align: center;"><img src="{src}" alt="" width="700" height="467" data-mce-src="{src}" /></p>\n<p style="text-align: center;" data-mce-style="text-align: center;"><em>{esc(cap)}</em></p>'
body = render(items, f'<p style="{JS}" data-mce-style="{JS}">[[T]]</p>', img16)
epoch16 = int(_dt.datetime(2022, 5, 17, 9, 30, tzinfo=_dt.timezone(_dt.timedelta(hours=7))).timestamp() * 1000)
rel16 = [("Vũng Tàu ra quân Ngày Chủ nhật xanh lần thứ 3", "6280f1a2e4b0a7f2d9c51d77", "1.204"),
         ("Phường Thắng Tam tổ chức Hội nghị đại biểu Nhân dân", "627c5e90e4b0a7f2d9c51c10", "836"),
         ("Ra mắt mô hình “Tuyến phố văn minh” trên đường Hoàng Hoa Thám", "6275a3c0e4b0a7f2d9c51a02", "2.017")]
tpl16 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>Xem tin - Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu</title>
<link rel="stylesheet" href="/sphere/baria/vungtau/resources/css/bootstrap.min.css">
<link rel="stylesheet" href="/sphere/baria/vungtau/resources/css/portal.css">
</head>
<body>
<header class="header">
  <div class="container">
    <div class="top-bar d-flex justify-content-between"><span class="today">Thứ Hai, 18/11/2024</span><span><a href="/sphere/baria/vungtau/page/lien-he.cpx">Liên hệ</a> | <a href="/sphere/baria/vungtau/page/so-do.cpx">Sơ đồ cổng</a></span></div>
    <a class="logo" href="/sphere/baria/vungtau/page/home.cpx"><img src="/sphere/baria/vungtau/resources/img/logo.png" alt="Bà Rịa - Vũng Tàu"></a>
  </div>
  <nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link" href="/sphere/baria/vungtau/page/home.cpx">Trang chủ</a></li>
    <li class="nav-item active"><a class="nav-link" href="/sphere/baria/vungtau/page/tin-tuc.cpx">Tin tức - Sự kiện</a></li>
    <li class="nav-item"><a class="nav-link" href="/sphere/baria/vungtau/page/cong-dan.cpx">Công dân</a></li>
  </ul></div></nav>
</header>
<div class="container">
 <div class="row body">
  <div class="col-sm-9">
   <div class="card card-box">
    <div class="card-header"><span><img src="/sphere/baria/vungtau/resources/img/icon-news.png" alt=""></span><span class="title">Chi tiết tin tức</span></div>
    <div class="card-body">
     <div class="item content" id="detail-item">
      <h4 class="title">[[TITLE]]</h4>
      <div class="item-info clearfix">
        <span class="time" data-time="[[EPOCH]]">17.05.2022</span>
        <div class="float-right">
          <audio id="audio-player" src="" preload="none"></audio>
          <a href="javascript:void(0)" class="read-article"><i class="fa fa-volume-up"></i> Đọc bài viết</a>
          <a href="/sphere/baria/vungtau/page/print.cpx?uuid=6284b3c1e4b0a7f2d9c51e08" target="_blank"><i class="fa fa-print"></i> In bài</a>
          <a href="javascript:void(0)" class="contrast">&#9680;</a>
          <button type="button" class="btn btn-sm font-minus">A-</button>
          <button type="button" class="btn btn-sm font-plus">A+</button>
        </div>
      </div>
      <div class="brief"><strong>[[LEAD]]</strong></div>
      <div class="content">
[[BODY]]
<p style="text-align: right;" data-mce-style="text-align: right;"><strong>Thanh Hải</strong></p>
      </div>
     </div>
     <div class="row footer-detail">
      <div class="col-6"><div class="fb-share-button" data-href="https://www.baria-vungtau.gov.vn/sphere/baria/vungtau/page/xem-tin.cpx?uuid=6284b3c1e4b0a7f2d9c51e08" data-layout="button_count"></div><div class="g-plus" data-action="share"></div></div>
      <div class="col-6 text-right">Đánh giá: <span class="stars">&#9734;&#9734;&#9734;&#9734;&#9734;</span></div>
     </div>
    </div>
   </div>
   <div class="card card-box list-news-box">
    <div class="card-header"><span class="title">Các tin khác</span></div>
    <div class="card-body related-content"><div class="row cat-content">
[[REL]]
    </div></div>
   </div>
  </div>
  <div class="col-sm-3">
   <div class="card card-box"><div class="card-header"><span class="title">Tin mới</span></div><div class="card-body">
     <div class="cw-item"><a href="/sphere/baria/vungtau/page/xem-tin.cpx?uuid=6738a1f0e4b0c2d1a9f33e41">Bà Rịa - Vũng Tàu đón 8,9 triệu lượt khách du lịch</a> <span class="time" data-time="1731571200000">14.11.2024</span></div>
   </div></div>
  </div>
 </div>
</div>
<footer class="footer"><div class="container"><p>Cổng Thông tin điện tử tỉnh Bà Rịa - Vũng Tàu</p><p>Cơ quan chủ quản: Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu</p></div></footer>
</body>
</html>
'''
title16 = "Bà Rịa - Vũng Tàu: Ra mắt mô hình “Khu dân cư không rác thải nhựa”"
page = fill(tpl16, TITLE=esc(title16), EPOCH=epoch16, LEAD=esc(lead16), BODY=body,
    REL="\n".join(f'<div class="col-md-4 cw-item"><a href="/sphere/baria/vungtau/page/xem-tin.cpx?uuid={u}"><div class="img-news"><img src="/sphere/baria/vungtau/file/thumb/{u}.jpg" alt=""></div></a><div class="cwi-caption"><h2 class="cwi-title"><a href="/sphere/baria/vungtau/page/xem-tin.cpx?uuid={u}">{esc(t)}</a></h2><p class="cwi-download">{v} lượt Xem</p></div></div>' for t, u, v in rel16))
emit("sphere", "vungtau-khu-dan-cu-khong-rac-thai-nhua",
     "https://www.baria-vungtau.gov.vn/sphere/baria/vungtau/page/xem-tin.cpx?uuid=6284b3c1e4b0a7f2d9c51e08", page,
     title=title16, published_at="2022-05-17T09:30:00+07:00", author="Thanh Hải", items=items, lead=lead16,
     bylines=["Thanh Hải"], related=[t for t, _, _ in rel16] + ["Bà Rịa - Vũng Tàu đón 8,9 triệu lượt khách du lịch"],
     notes="visible date is dd.mm.yyyy only; data-time epoch ms carries 09:30 +07:00, expected uses it")
