"""Hold-out pages 1-8: duk.langson-style ASP.NET, NukeViet 4/3, Liferay."""
from _lib import attr, emit, ent, esc, fill, nfd, render

# ---------------------------------------------------------------- P1 duk.langson
items = [
    "Ngày 19/9/2023, Chi bộ Sở Xây dựng tổ chức sinh hoạt chuyên đề quý III năm 2023 với chủ đề “Nâng cao tinh thần trách nhiệm, tác phong, lề lối làm việc của cán bộ, đảng viên trong thực thi công vụ”. Tham dự buổi sinh hoạt có đồng chí Hoàng Văn Minh, Bí thư Chi bộ, Giám đốc Sở cùng toàn thể đảng viên trong Chi bộ.",
    "Tại buổi sinh hoạt, đồng chí Nông Thị Lan, Phó Bí thư Chi bộ đã trình bày báo cáo đề dẫn, trong đó nêu rõ thực trạng công tác thẩm định hồ sơ quy hoạch, cấp phép xây dựng và quản lý chất lượng công trình trên địa bàn tỉnh thời gian qua. Bên cạnh những kết quả đạt được, báo cáo cũng chỉ ra một số hạn chế như việc giải quyết hồ sơ ở một số bộ phận còn chậm so với thời gian quy định, việc phối hợp giữa các phòng chuyên môn có lúc chưa chặt chẽ.",
    ("img", "/Upload/Images/2023/9/sinh-hoat-chuyen-de-so-xd.jpg", "Đồng chí Hoàng Văn Minh, Bí thư Chi bộ, Giám đốc Sở Xây dựng|phát biểu tại buổi sinh hoạt chuyên đề"),
    "Các đảng viên trong Chi bộ đã tập trung thảo luận, làm rõ nguyên nhân của những hạn chế, đồng thời đề xuất nhiều giải pháp thiết thực như đẩy mạnh ứng dụng công nghệ thông tin trong tiếp nhận và trả kết quả hồ sơ, công khai quy trình giải quyết thủ tục hành chính, tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ của từng cán bộ, công chức.",
    "Phát biểu kết luận, đồng chí Bí thư Chi bộ ghi nhận tinh thần thẳng thắn, trách nhiệm của các đảng viên và yêu cầu mỗi đảng viên xây dựng kế hoạch khắc phục cụ thể, gắn với việc đánh giá, xếp loại chất lượng đảng viên cuối năm. Chi bộ giao các tổ công tác rà soát lại quy trình nội bộ, phấn đấu giảm ít nhất 20% thời gian giải quyết hồ sơ so với quy định trước ngày 31/12/2023.",
]
def img1(src, cap):
    a, b = cap.split("|")
    return f'''<p>&nbsp;</p>
<table align="center" border="0" cellpadding="1" cellspacing="1" style="width: 520px;">
\t<tbody>
\t\t<tr>
\t\t\t<td><img alt="" src="{src}" style="width: 520px; height: 347px;" /></td>
\t\t</tr>
\t\t<tr>
\t\t\t<td style="text-align: center;"><em>{esc(a)}<br />
\t\t\t{esc(b)}</em></td>
\t\t</tr>
\t</tbody>
</table>
<p>&nbsp;</p>'''
items_exp = [it if isinstance(it, str) else (it[0], it[1], it[2].replace("|", " ")) for it in items]
body = render(items, '<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;[[T]]</p>', img1)
rel1 = [
    ("Chi bộ Sở Tài chính quán triệt Nghị quyết Hội nghị Trung ương 7 khóa XIII", "2805", "18-09-2023"),
    ("Đảng bộ Công an tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm 2023", "2797", "12-09-2023"),
    ("Chi bộ Văn phòng UBND tỉnh kết nạp đảng viên mới", "2781", "30-08-2023"),
    ("Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2023", "2743", "14-06-2023"),
]
side1 = [
    ("Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ công tác tháng 11/2024", "3412", "15-11-2024"),
    ("Hội nghị Ban Chấp hành Đảng bộ Khối lần thứ 21", "3409", "14-11-2024"),
    ("Chi bộ Sở Nội vụ sinh hoạt chuyên đề quý IV", "3401", "12-11-2024"),
]
tpl1 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><title>
\tChi bộ Sở Xây dựng tổ chức sinh hoạt chuyên đề quý III năm 2023 - Đảng ủy Khối các cơ quan tỉnh Lạng Sơn
</title><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link href="/Portals/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=3&amp;id=2811" id="aspnetForm">
<div>
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwULLTE2MTY2ODcyMjkPZBYCZg9kFgICAw9kFgQCAQ9kFgJmD2QWAgIBDxYCHgRUZXh0BRdUaOG7qSBTw6F1LCAxNS8xMS8yMDI0ZGTf3Q==" />
</div>
<div id="wrapper">
  <div id="header">
    <div class="banner"><a href="Default.aspx?siteid=1"><img src="/Upload/banner_duk.png" alt="Đảng ủy Khối các cơ quan tỉnh Lạng Sơn" /></a></div>
    <div class="topbar">
      <span id="ctl00_lblDate" class="date-now">Thứ Sáu, 15/11/2024</span>
      <div class="search"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" class="txt-search" value="Tìm kiếm..." /><a id="ctl00_btnSearch" href="javascript:__doPostBack('ctl00$btnSearch','')">Tìm</a></div>
    </div>
    <ul id="menu">
      <li><a href="Default.aspx?siteid=1">Trang chủ</a></li>
      <li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=1">Giới thiệu</a></li>
      <li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=2">Tin tức - Sự kiện</a></li>
      <li class="active"><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=3">Hoạt động của các tổ chức Đảng cơ sở</a></li>
      <li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=5">Văn bản</a></li>
      <li><a href="Default.aspx?siteid=1&amp;c=contact">Liên hệ</a></li>
    </ul>
  </div>
  <table width="100%" cellpadding="0" cellspacing="0" border="0">
    <tr>
      <td valign="top" class="col-left" width="220">
        <div class="box-left"><div class="box-title">Liên kết</div>
          <ul><li><a href="http://langson.gov.vn">Cổng TTĐT tỉnh</a></li><li><a href="http://dangcongsan.vn">Báo Điện tử Đảng Cộng sản</a></li></ul>
        </div>
      </td>
      <td valign="top" class="col-main">
        <div class="cat-name"><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=3">Hoạt động của các tổ chức Đảng cơ sở</a></div>
        <div class="content-detail">
          <h2 class="title-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">[[TITLE]]</span></h2>
          <div class="date-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">21-09-2023 08:40</span></div>
          <div class="body-detail" id="ctl00_ContentPlaceHolder1_ctl00_divContent">
[[BODY]]
<p style="text-align: right;"><strong>Lương Thu Hà, Chi bộ Sở Xây dựng</strong></p>
          </div>
          <div class="tools"><a href="javascript:window.print();">In bài</a> | <a href="javascript:history.back();">Quay lại</a></div>
          <div class="related">
            <div class="related-title">Tin liên quan</div>
            <ul>
[[REL]]
            </ul>
          </div>
        </div>
      </td>
      <td valign="top" class="col-right" width="260">
        <div class="box-right"><div class="box-title">Tin mới</div>
          <ul class="news-new">
[[SIDE]]
          </ul>
        </div>
        <div class="box-right"><div class="box-title">Thống kê truy cập</div><div class="counter">Đang online: 27<br/>Tổng lượt truy cập: 1.254.881</div></div>
      </td>
    </tr>
  </table>
  <div id="footer">
    <p>ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH LẠNG SƠN</p>
    <p>Địa chỉ: Số 2, đường Hùng Vương, phường Chi Lăng, thành phố Lạng Sơn. Điện thoại: 0205.3812.xxx</p>
    <p>© 2023 Bản quyền thuộc Đảng ủy Khối các cơ quan tỉnh Lạng Sơn. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  </div>
</div>
<script type="text/javascript">
//<![CDATA[
function __doPostBack(eventTarget, eventArgument) { var theForm = document.forms['aspnetForm']; theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }
//]]>
</script>
</form>
</body>
</html>
'''
title1 = "Chi bộ Sở Xây dựng tổ chức sinh hoạt chuyên đề quý III năm 2023"
page = fill(tpl1, TITLE=esc(title1), BODY=body,
    REL="\n".join(f'<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=3&amp;id={i}">{esc(t)}</a> <span class="date">({d})</span></li>' for t, i, d in rel1),
    SIDE="\n".join(f'<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=2&amp;id={i}">{esc(t)}</a><span class="date">{d}</span></li>' for t, i, d in side1))
emit("duk_langson", "chibo-so-xay-dung-sinh-hoat-chuyen-de",
     "https://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2811", page,
     title=title1, published_at="2023-09-21T08:40:00+07:00", author="Lương Thu Hà",
     author_unit="Chi bộ Sở Xây dựng", items=items_exp,
     bylines=["Lương Thu Hà, Chi bộ Sở Xây dựng"], related=[t for t, _, _ in rel1 + side1])

# ---------------------------------------------------------------- P2 duk.langson windows-1258 Word export
items = [
    "Ngày 2/6, Đoàn kiểm tra của Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh do đồng chí Vy Thị Hồng, Phó Bí thư Thường trực Đảng ủy Khối làm trưởng đoàn đã tiến hành kiểm tra việc lãnh đạo, chỉ đạo thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng năm 2022 và 5 tháng đầu năm 2023 tại Đảng bộ Sở Giáo dục và Đào tạo.",
    "Theo báo cáo, Đảng bộ Sở hiện có 7 chi bộ trực thuộc với 112 đảng viên. Thời gian qua, Đảng ủy Sở đã lãnh đạo triển khai đồng bộ các giải pháp nâng cao chất lượng giáo dục toàn diện, tập trung thực hiện Chương trình giáo dục phổ thông 2018, rà soát, sắp xếp mạng lưới trường, lớp học phù hợp với điều kiện thực tế của địa phương. Năm học 2022 - 2023, tỷ lệ học sinh tốt nghiệp trung học phổ thông của tỉnh đạt 98,7%, tăng 1,2% so với năm học trước.",
    ("img", "/Upload/Images/2023/6/kiem-tra-dang-bo-so-gddt.jpg", "Đồng chí Vy Thị Hồng, Phó Bí thư Thường trực Đảng ủy Khối các cơ quan tỉnh phát biểu tại buổi kiểm tra"),
    "Công tác giáo dục chính trị tư tưởng, học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh được cấp ủy quan tâm chỉ đạo; công tác phát triển đảng viên đạt kết quả tích cực, trong năm 2022 kết nạp được 9 đảng viên mới, đạt 112,5% chỉ tiêu nghị quyết đề ra.",
    "Kết luận buổi kiểm tra, đồng chí Trưởng đoàn đề nghị Đảng ủy Sở tiếp tục đổi mới phương thức lãnh đạo, nâng cao chất lượng sinh hoạt chi bộ, nhất là sinh hoạt chuyên đề; chú trọng công tác kiểm tra, giám sát, kịp thời chấn chỉnh những biểu hiện vi phạm; quan tâm bồi dưỡng, phát triển đảng viên là giáo viên, học sinh có thành tích xuất sắc.",
]
SPAN = '<span lang="VI" style=\'font-size:14.0pt;line-height:150%;font-family:"Times New Roman","serif";mso-fareast-font-family:"Times New Roman"\'>'
def img2(src, cap):
    return f'''<table class="MsoNormalTable" border="0" cellspacing="0" cellpadding="0" align="center" style="border-collapse:collapse;mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt">
 <tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes">
  <td width="560" valign="top" style="width:420.0pt;padding:0cm 5.4pt 0cm 5.4pt">
  <p class="MsoNormal" align="center" style="text-align:center"><span lang="VI"><img width="560" height="373" src="{src}" alt="" /></span></p>
  </td>
 </tr>
 <tr style="mso-yfti-irow:1;mso-yfti-lastrow:yes">
  <td width="560" valign="top" style="width:420.0pt;padding:0cm 5.4pt 0cm 5.4pt">
  <p class="MsoNormal" align="center" style="text-align:center"><i><span lang="VI" style='font-size:12.0pt;font-family:"Times New Roman","serif"'>{esc(cap)}<o:p></o:p></span></i></p>
  </td>
 </tr>
</table>
<p class="MsoNormal" style="text-align:justify"><span lang="VI"><o:p>&nbsp;</o:p></span></p>'''
body = render(items, '<p class="MsoNormal" style="margin-bottom:6.0pt;text-align:justify;text-indent:36.0pt;line-height:150%">' + SPAN + '[[T]]<o:p></o:p></span></p>', img2)
rel2 = [
    ("Đảng ủy Khối các cơ quan tỉnh kiểm tra công tác xây dựng Đảng tại Đảng bộ Sở Y tế", "2731", "29-05-2023"),
    ("Chi bộ Ban Dân tộc tỉnh tổ chức sinh hoạt chi bộ thường kỳ tháng 5", "2722", "24-05-2023"),
    ("Tổng kết Cuộc thi tìm hiểu 95 năm Ngày thành lập Đảng bộ tỉnh", "2710", "17-05-2023"),
]
tpl2 = '''<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-1258">
<title>Đảng ủy Khối các cơ quan tỉnh kiểm tra công tác xây dựng Đảng tại Đảng bộ Sở Giáo dục và Đào tạo</title>
<link href="/Portals/css/style.css" rel="stylesheet" type="text/css">
</head>
<body>
<form name="aspnetForm" method="post" action="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=2&amp;id=2738" id="aspnetForm">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTQ2OTkzNDMyMWRkTmV3c0RldGFpbA==">
<div id="wrapper">
  <div id="header">
    <div class="banner"><img src="/Upload/banner_duk.png" alt="Đảng ủy Khối"></div>
    <div class="topbar"><span id="ctl00_lblDate" class="date-now">Thứ Sáu, 15/11/2024</span></div>
    <ul id="menu">
      <li><a href="Default.aspx?siteid=1">Trang chủ</a></li>
      <li class="active"><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=2">Tin tức - Sự kiện</a></li>
      <li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=3">Hoạt động của các tổ chức Đảng cơ sở</a></li>
      <li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=4">Kiểm tra - Giám sát</a></li>
    </ul>
  </div>
  <table width="100%" cellpadding="0" cellspacing="0" border="0"><tr>
    <td valign="top" class="col-main">
      <div class="cat-name"><a href="Default.aspx?siteid=1&amp;c=content&amp;a=list&amp;catid=2">Tin tức - Sự kiện</a></div>
      <div class="content-detail">
        <h2 class="title-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">[[TITLE]]</span></h2>
        <div class="date-detail"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">05-06-2023 16:02</span></div>
        <div class="body-detail" id="ctl00_ContentPlaceHolder1_ctl00_divContent">
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Normal</w:View>
  <w:Zoom>0</w:Zoom>
  <w:TrackMoves/>
  <w:DoNotOptimizeForBrowser/>
 </w:WordDocument>
</xml><![endif]--><!--[if gte mso 10]>
<style>
 table.MsoNormalTable {mso-style-name:"Table Normal"; mso-tstyle-rowband-size:0; font-size:10.0pt; font-family:"Times New Roman","serif";}
</style>
<![endif]-->
[[BODY]]
<p class="MsoNormal" align="right" style="margin-bottom:6.0pt;text-align:right;line-height:150%"><b><span lang="VI" style='font-size:14.0pt;line-height:150%;font-family:"Times New Roman","serif"'>Tin, ảnh: Hoàng Thị Ngân<o:p></o:p></span></b></p>
        </div>
        <div class="related">
          <div class="related-title">Tin liên quan</div>
          <ul>
[[REL]]
          </ul>
        </div>
      </div>
    </td>
    <td valign="top" class="col-right" width="260">
      <div class="box-right"><div class="box-title">Tin mới</div>
        <ul class="news-new">
          <li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=2&amp;id=3412">Đảng ủy Khối các cơ quan tỉnh triển khai nhiệm vụ công tác tháng 11/2024</a><span class="date">15-11-2024</span></li>
        </ul>
      </div>
    </td>
  </tr></table>
  <div id="footer"><p>© 2023 Bản quyền thuộc Đảng ủy Khối các cơ quan tỉnh Lạng Sơn.</p></div>
</div>
</form>
</body>
</html>
'''
title2 = "Đảng ủy Khối các cơ quan tỉnh kiểm tra công tác xây dựng Đảng tại Đảng bộ Sở Giáo dục và Đào tạo"
page = fill(tpl2, TITLE=esc(title2), BODY=body,
    REL="\n".join(f'<li><a href="Default.aspx?siteid=1&amp;c=content&amp;a=detail&amp;catid=2&amp;id={i}">{esc(t)}</a> <span class="date">({d})</span></li>' for t, i, d in rel2))
emit("duk_langson", "kiem-tra-dang-bo-so-gddt-cp1258",
     "https://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=2&id=2738", page,
     encoding="cp1258", title=title2, published_at="2023-06-05T16:02:00+07:00",
     author="Hoàng Thị Ngân", items=items,
     bylines=["Tin, ảnh: Hoàng Thị Ngân"], related=[t for t, _, _ in rel2],
     notes="windows-1258 bytes (combining tones), Word MsoNormal export; 05-06 must be read D-M")

# ---------------------------------------------------------------- P3 NukeViet 4 default theme
lead3 = "Sáng 12/10, Ban Tuyên giáo Tỉnh ủy tổ chức Hội nghị báo cáo viên tháng 10 năm 2023 theo hình thức trực tiếp kết hợp trực tuyến đến điểm cầu các huyện, thành phố."
cap3 = "Quang cảnh Hội nghị tại điểm cầu Tỉnh ủy"
items = [
    "Đồng chí Trần Thị Thu Hương, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy chủ trì hội nghị. Dự hội nghị tại điểm cầu tỉnh có các đồng chí lãnh đạo các ban xây dựng Đảng, báo cáo viên cấp tỉnh; tại các điểm cầu cấp huyện có lãnh đạo Ban Tuyên giáo các huyện ủy, thành ủy và đội ngũ báo cáo viên cơ sở.",
    "Tại hội nghị, các đại biểu được nghe báo cáo chuyên đề về tình hình kinh tế - xã hội 9 tháng đầu năm, nhiệm vụ trọng tâm những tháng cuối năm 2023 của tỉnh. Theo đó, tổng sản phẩm trên địa bàn (GRDP) 9 tháng ước tăng 7,85% so với cùng kỳ; thu ngân sách nhà nước đạt 82,3% dự toán; công tác an sinh xã hội được bảo đảm, quốc phòng, an ninh được giữ vững.",
    ("img", "/uploads/news/2023_10/bcv-thang-10-2.jpg", "Đồng chí Trần Thị Thu Hương, Trưởng Ban Tuyên giáo Tỉnh ủy phát biểu chỉ đạo hội nghị"),
    "Hội nghị cũng thông tin một số vấn đề thời sự nổi bật trong nước và quốc tế; kết quả triển khai Chỉ thị số 23-CT/TW của Ban Bí thư về tiếp tục đổi mới, nâng cao chất lượng công tác nghiên cứu, học tập, quán triệt, tuyên truyền và tổ chức thực hiện nghị quyết của Đảng; định hướng công tác tuyên truyền tháng 11 năm 2023.",
    "Phát biểu tại hội nghị, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy đề nghị đội ngũ báo cáo viên tiếp tục bám sát cơ sở, nắm bắt kịp thời tâm tư, nguyện vọng của cán bộ, đảng viên và Nhân dân; chủ động cung cấp thông tin chính thống, đấu tranh phản bác các quan điểm sai trái, thù địch trên không gian mạng.",
]
def img3(src, cap):
    return f'<figure class="image"><img alt="{attr(cap)}" height="400" src="{src}" width="600" />\n<figcaption>{esc(cap)}</figcaption>\n</figure>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img3)
newer3 = [("Ban Tuyên giáo Tỉnh ủy triển khai Cuộc thi chính luận bảo vệ nền tảng tư tưởng của Đảng năm 2023", "1541", "16/10/2023"),
          ("Tổng kết công tác tuyên giáo năm 2023 tại huyện Kim Sơn", "1550", "20/10/2023")]
older3 = [("Hội nghị báo cáo viên tháng 9 năm 2023", "1507", "14/09/2023"),
          ("Tập huấn nghiệp vụ công tác tuyên giáo cơ sở năm 2023", "1498", "05/09/2023"),
          ("Hội nghị báo cáo viên tháng 8 năm 2023", "1470", "10/08/2023")]
def nvrel(lst):
    return "\n".join(f'''<li>
        <a href="/news/tin-hoat-dong/bai-viet-{i}.html" title="{attr(t)}"><h4>{esc(t)}</h4></a>
        <em>({d})</em>
    </li>''' for t, i, d in lst)
tpl3 = '''<!DOCTYPE html>
<html lang="vi" xmlns="http://www.w3.org/1999/xhtml" prefix="og: http://ogp.me/ns#">
<head>
<title>Hội nghị báo cáo viên tháng 10 năm 2023 - Tin hoạt động - Ban Tuyên giáo Tỉnh ủy Ninh Bình</title>
<meta name="description" content="[[LEADATTR]]" />
<meta name="generator" content="NukeViet v4.5" />
<meta property="og:title" content="Hội nghị báo cáo viên tháng 10 năm 2023" />
<meta property="og:type" content="article" />
<meta property="og:image" content="https://btgtu.ninhbinh.org.vn/uploads/news/2023_10/bcv-thang-10.jpg" />
<meta charset="utf-8" />
<link rel="StyleSheet" href="/themes/default/css/bootstrap.min.css">
<link rel="StyleSheet" href="/themes/default/css/news.css">
<script src="/assets/js/jquery/jquery.min.js"></script>
<script>var nv_base_siteurl="/",nv_lang_data="vi",nv_name_variable="nv",nv_module_name="news",nv_func_name="detail";</script>
</head>
<body>
<div class="body-bg">
<div class="wraper">
  <header>
    <div class="container">
      <div id="header" class="row">
        <div class="logo col-xs-24 col-sm-24 col-md-8"><a title="Ban Tuyên giáo Tỉnh ủy Ninh Bình" href="/"><img src="/uploads/logo.png" alt="Ban Tuyên giáo Tỉnh ủy Ninh Bình"></a></div>
        <div class="col-xs-24 col-sm-24 col-md-16"><div class="current-time text-right"><span class="fa fa-clock-o"></span> Thứ bảy, 16/11/2024 | 08:12</div></div>
      </div>
    </div>
  </header>
  <nav class="second-nav" id="menusite">
    <div class="container"><div class="row"><div class="bg box-shadow">
      <ul class="nav navbar-nav">
        <li><a title="Trang nhất" href="/"><em class="fa fa-lg fa-home">&nbsp;</em> Trang nhất</a></li>
        <li><a title="Giới thiệu" href="/about/">Giới thiệu</a></li>
        <li class="active"><a title="Tin tức" href="/news/">Tin tức</a></li>
        <li><a title="Văn bản" href="/laws/">Văn bản</a></li>
        <li><a title="Liên hệ" href="/contact/">Liên hệ</a></li>
      </ul>
    </div></div></div>
  </nav>
  <section>
    <div class="container" id="body">
      <nav class="third-nav">
        <div class="row"><div class="bg"><div class="clearfix">
          <div class="col-xs-24 col-sm-18 col-md-18">
            <div class="breadcrumbs-wrap">
              <div class="display">
                <ul class="breadcrumbs list-none">
                  <li id="brcr_0" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" itemprop="url" title="Trang nhất"><span itemprop="title"><em class="fa fa-lg fa-home">&nbsp;</em> Trang nhất</span></a></li>
                  <li id="brcr_1" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/news/" itemprop="url" title="Tin tức"><span itemprop="title">Tin tức</span></a></li>
                  <li id="brcr_2" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/news/tin-hoat-dong/" itemprop="url" title="Tin hoạt động"><span itemprop="title">Tin hoạt động</span></a></li>
                </ul>
              </div>
            </div>
          </div>
        </div></div></div>
      </nav>
      <div class="row">
        <div class="col-md-18">
<div class="news_column panel panel-default" itemtype="http://schema.org/NewsArticle" itemscope>
    <div class="panel-body">
        <h1 class="title margin-bottom-lg" itemprop="headline">[[TITLE]]</h1>
        <div class="row margin-bottom-lg">
            <div class="col-md-12">
                <span class="h5">Thứ năm - 12/10/2023 15:20</span>
            </div>
            <div class="col-md-12">
                <ul class="list-inline text-right">
                    <li><a class="dimgray" rel="nofollow" title="Giới thiệu bài viết cho bạn bè" href="javascript:void(0);" onclick="nv_open_browse('/sendmail/tin-hoat-dong/1532','',650,500,'resizable=no,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-envelope fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="In ra" href="javascript: void(0)" onclick="nv_open_browse('/news/print/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-10-nam-2023-1532.html','',840,500,'resizable=yes,scrollbars=yes,toolbar=no,location=no,status=no');return false"><em class="fa fa-print fa-lg">&nbsp;</em></a></li>
                    <li><a class="dimgray" rel="nofollow" title="Lưu bài viết này" href="/news/savefile/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-10-nam-2023-1532.html"><em class="fa fa-save fa-lg">&nbsp;</em></a></li>
                </ul>
            </div>
        </div>
        <div class="clearfix">
            <figure class="article left pointer" onclick="modalShowByObj('#imgpreview');">
                <div id="imgpreview" style="width:400px">
                    <p class="text-center"><img alt="Hội nghị báo cáo viên tháng 10 năm 2023" src="/uploads/news/2023_10/bcv-thang-10.jpg" width="400" class="img-thumbnail"/></p>
                    <figcaption>[[CAP]]</figcaption>
                </div>
            </figure>
            <div class="hometext m-bottom" itemprop="description">[[LEAD]]</div>
        </div>
        <div id="news-bodyhtml" class="bodytext margin-bottom-lg">
[[BODY]]
        </div>
        <div class="margin-bottom-lg">
            <p class="h5 text-right">
                <strong>Tác giả: </strong>Nguyễn Thu Trang
            </p>
            <p class="h5 text-right">
                <strong>Nguồn tin: </strong>Ban Tuyên giáo Tỉnh ủy
            </p>
        </div>
    </div>
</div>
<div class="news_column panel panel-default">
    <div class="panel-body">
        <div class="h5">
            <em class="fa fa-tags">&nbsp;</em><strong>Từ khóa: </strong>
            <a title="báo cáo viên" href="/news/tag/b%C3%A1o-c%C3%A1o-vi%C3%AAn"><em>báo cáo viên</em></a>,
            <a title="tuyên giáo" href="/news/tag/tuy%C3%AAn-gi%C3%A1o"><em>tuyên giáo</em></a>
        </div>
    </div>
</div>
<div class="news_column panel panel-default">
    <div class="panel-body">
        <form id="form3B" action="">
            <div class="h5 clearfix">
                <p>Tổng số điểm của bài viết là: 15 trong 3 đánh giá</p>
                <div style="padding: 5px;"><input class="hover-star" type="radio" value="1" title="Bài viết rất kém" /><input class="hover-star" type="radio" value="5" title="Bài viết rất tốt" /><span id="hover-test" style="margin: 0 0 0 20px;">Click để đánh giá bài viết</span></div>
            </div>
        </form>
    </div>
</div>
<div class="news_column panel panel-default">
    <div class="panel-body other-news">
        <p class="h3"><strong>Những tin mới hơn</strong></p>
        <div class="clearfix">
            <ul class="related list-inline">
[[NEWER]]
            </ul>
        </div>
        <p class="h3"><strong>Những tin cũ hơn</strong></p>
        <div class="clearfix">
            <ul class="related list-inline">
[[OLDER]]
            </ul>
        </div>
    </div>
</div>
        </div>
        <div class="col-md-6">
          <div class="panel panel-default"><div class="panel-heading">Tin mới nhất</div><div class="panel-body">
            <ul class="block_tophits list-none list-items">
              <li class="clearfix"><a href="/news/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-11-nam-2024-2210.html" title="Hội nghị báo cáo viên tháng 11 năm 2024">Hội nghị báo cáo viên tháng 11 năm 2024</a> <span class="text-muted">15/11/2024</span></li>
              <li class="clearfix"><a href="/news/tin-hoat-dong/so-ket-cong-tac-tuyen-giao-2209.html" title="Sơ kết công tác tuyên giáo 10 tháng năm 2024">Sơ kết công tác tuyên giáo 10 tháng năm 2024</a> <span class="text-muted">13/11/2024</span></li>
            </ul>
          </div></div>
        </div>
      </div>
    </div>
  </section>
  <footer id="footer">
    <div class="container"><div class="row">
      <div class="col-xs-24 col-sm-24 col-md-12"><strong>BAN TUYÊN GIÁO TỈNH ỦY NINH BÌNH</strong><br>Chịu trách nhiệm xuất bản: Trưởng Ban Tuyên giáo Tỉnh ủy<br>Ghi rõ nguồn "btgtu.ninhbinh.org.vn" khi phát hành lại thông tin từ website này.</div>
      <div class="col-xs-24 col-sm-24 col-md-12 text-right">Đang truy cập: 32 | Hôm nay: 1.874 | Tổng lượt truy cập: 3.210.554</div>
    </div></div>
  </footer>
</div>
</div>
<script src="/themes/default/js/main.js"></script>
</body>
</html>
'''
title3 = "Hội nghị báo cáo viên tháng 10 năm 2023"
page = fill(tpl3, TITLE=esc(title3), LEAD=esc(lead3), LEADATTR=attr(lead3), CAP=esc(cap3), BODY=body,
            NEWER=nvrel(newer3), OLDER=nvrel(older3))
emit("nukeviet4", "hoi-nghi-bao-cao-vien-thang-10",
     "https://btgtu.ninhbinh.org.vn/news/tin-hoat-dong/hoi-nghi-bao-cao-vien-thang-10-nam-2023-1532.html", page,
     title=title3, published_at="2023-10-12T15:20:00+07:00", author="Nguyễn Thu Trang",
     items=items, lead=lead3, lead_caption=cap3,
     bylines=["Tác giả: Nguyễn Thu Trang", "Nguồn tin: Ban Tuyên giáo Tỉnh ủy"],
     related=[t for t, _, _ in newer3 + older3])

# ---------------------------------------------------------------- P4 NukeViet 4 restyled, time-first, entity-encoded
lead4 = "Những năm qua, phong trào thi đua “Dân vận khéo” đã lan tỏa sâu rộng trong các cơ quan, đơn vị, địa phương, góp phần quan trọng vào việc thực hiện thắng lợi nhiệm vụ chính trị của tỉnh."
items = [
    "Theo Ban Dân vận Tỉnh ủy, từ năm 2016 đến nay, toàn tỉnh đã xây dựng và nhân rộng hơn 1.200 mô hình “Dân vận khéo” trên các lĩnh vực kinh tế, văn hóa - xã hội, quốc phòng - an ninh và xây dựng hệ thống chính trị. Nhiều mô hình mang lại hiệu quả thiết thực như “Tuyến đường nông thôn kiểu mẫu”, “Ngôi nhà nhân ái”, “Chợ 0 đồng” hay “Tổ tự quản an ninh trật tự”.",
    ("img", "/uploads/chuyen-de/2021_01/dan-van-kheo-1.jpg", "Người dân xã Vị Thanh cùng nhau làm đường giao thông nông thôn"),
    "Điểm chung của các mô hình là xuất phát từ nhu cầu thực tế của người dân, do người dân bàn bạc, quyết định và cùng tham gia thực hiện. Cán bộ, đảng viên đóng vai trò gợi mở, hướng dẫn và đi đầu làm trước để người dân làm theo, đúng với lời dạy của Bác “dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong”.",
    "Tại huyện Long Mỹ, mô hình “Đoạn đường tự quản” do Hội Liên hiệp Phụ nữ xã Lương Tâm khởi xướng đã giúp hơn 15 km đường nông thôn luôn sạch đẹp, hai bên trồng hoa, cây xanh. Chỉ trong năm 2020, các hộ dân đã hiến hơn 8.000 m² đất, đóng góp hàng nghìn ngày công để mở rộng các tuyến đường liên ấp.",
    ("img", "/uploads/chuyen-de/2021_01/dan-van-kheo-2.jpg", "Thành viên tổ tự quản thu gom rác thải trên tuyến đường liên ấp"),
    "Để phong trào tiếp tục phát triển bền vững, thời gian tới các cấp ủy, chính quyền cần quan tâm hơn nữa đến việc sơ kết, tổng kết, biểu dương, khen thưởng kịp thời các tập thể, cá nhân điển hình; đồng thời chú trọng xây dựng mô hình gắn với chuyển đổi số, cải cách hành chính và phát triển kinh tế nông nghiệp.",
]
def img4(src, cap):
    return f'<p style="text-align: center;"><img alt="{attr(cap)}" height="427" src="{src}" width="640" /></p>\n<p style="text-align: center;"><em>{ent(cap)}</em></p>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img4, text=ent)
event4 = [("Học tập và làm theo Bác: Những tấm gương bình dị mà cao quý", "288", "09:15 12/01/2021"),
          ("Hậu Giang tuyên dương 50 điển hình “Dân vận khéo” giai đoạn 2016 - 2020", "276", "14:02 28/12/2020")]
older4 = [("Cựu chiến binh Phụng Hiệp gương mẫu trong phát triển kinh tế", "291", "16:40 18/01/2021"),
          ("Vị Thủy: Khởi sắc từ phong trào xây dựng nông thôn mới", "285", "07:55 08/01/2021")]
def rel4(lst):
    return "\n".join(f'<li><em class="fa fa-angle-right">&nbsp;</em><a href="/vi/chuyen-de/Hoc-tap-va-lam-theo-Bac/bai-{i}.html" title="{attr(t)}">{esc(t)}</a> <em>({d})</em></li>' for t, i, d in lst)
tpl4 = '''<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Nhân rộng các mô hình “Dân vận khéo” gắn với học tập và làm theo Bác - Tỉnh ủy Hậu Giang</title>
<meta name="generator" content="NukeViet v4.3">
<link rel="stylesheet" href="/themes/tinhuy/css/style.css">
</head>
<body>
<div id="top-bar"><div class="container"><span class="today">04:35 Thứ hai, 18/11/2024</span><span class="hotline">Đường dây nóng: 0293.3878.xxx</span></div></div>
<div id="banner"><div class="container"><a href="/vi/"><img src="/themes/tinhuy/images/banner.png" alt="Cổng thông tin điện tử Đảng bộ tỉnh Hậu Giang"></a></div></div>
<div id="main-menu"><div class="container"><ul class="menu">
 <li><a href="/vi/">Trang chủ</a></li><li><a href="/vi/news/Tin-tuc-su-kien/">Tin tức - Sự kiện</a></li>
 <li class="current"><a href="/vi/chuyen-de/">Chuyên đề</a></li><li><a href="/vi/van-kien/">Văn kiện</a></li><li><a href="/vi/news/Xay-dung-Dang/">Xây dựng Đảng</a></li>
</ul></div></div>
<div class="container main">
 <div class="row">
  <div class="col-md-16 col-main">
   <div class="breadcrumbs-wrap"><div class="display"><ul class="breadcrumbs list-none">
     <li id="brcr_0"><a href="/vi/" title="Trang chủ"><span><em class="fa fa-home">&nbsp;</em> Trang chủ</span></a></li>
     <li id="brcr_1"><a href="/vi/chuyen-de/" title="Chuyên đề"><span>Chuyên đề</span></a></li>
     <li id="brcr_2"><a href="/vi/chuyen-de/Hoc-tap-va-lam-theo-Bac/" title="Học tập và làm theo Bác"><span>Học tập và làm theo Bác</span></a></li>
   </ul></div></div>
   <div class="news_column detail-news">
     <h1 class="title">[[TITLE]]</h1>
     <div class="meta clearfix">
       <span class="date"><i class="fa fa-clock-o"></i> 09:41 21/01/2021</span>
       <span class="view"><i class="fa fa-eye"></i> Đã xem: 1.254</span>
       <span class="comment"><i class="fa fa-comment"></i> Phản hồi: 0</span>
       <span class="tools pull-right"><a class="print" rel="nofollow" href="/vi/chuyen-de/print/Hoc-tap-va-lam-theo-Bac/nhan-rong-cac-mo-hinh-dan-van-kheo-297.html" title="In ra">In bài</a> <a class="sendmail" href="#" title="Gửi email">Gửi email</a></span>
     </div>
     <div class="hometext"><strong>[[LEAD]]</strong></div>
     <div id="news-bodyhtml" class="bodytext">
[[BODY]]
<p style="text-align: right;"><strong>Huỳnh Phong - Hùng Anh</strong></p>
     </div>
     <div class="share"><div class="zalo-share-button" data-href="" data-oaid="579745863508352884" data-layout="1"></div><div class="fb-like" data-layout="button_count"></div></div>
     <div class="other-news">
       <p class="h3"><strong>Theo dòng sự kiện</strong></p>
       <ul class="related">
[[EVENT]]
       </ul>
       <p class="h3"><strong>Những tin cũ hơn</strong></p>
       <ul class="related">
[[OLDER]]
       </ul>
     </div>
   </div>
  </div>
  <div class="col-md-8 col-side">
   <div class="block"><h3 class="block-title">Tin đọc nhiều</h3><ul>
     <li><a href="/vi/news/Tin-tuc-su-kien/hoi-nghi-tinh-uy-lan-thu-20-3110.html">Hội nghị Tỉnh ủy lần thứ 20</a><span class="time">08:30 15/11/2024</span></li>
     <li><a href="/vi/news/Tin-tuc-su-kien/khai-mac-ky-hop-hdnd-3102.html">Khai mạc kỳ họp thứ 18 HĐND tỉnh khóa X</a><span class="time">07:45 12/11/2024</span></li>
   </ul></div>
   <div class="block"><h3 class="block-title">Lịch công tác</h3><p>Lịch công tác tuần 47 (18/11/2024 - 24/11/2024)</p></div>
  </div>
 </div>
</div>
<div id="footer"><div class="container">
 <p><strong>CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH HẬU GIANG</strong></p>
 <p>Cơ quan chủ quản: Văn phòng Tỉnh ủy Hậu Giang. Giấy phép số 12/GP-TTĐT ngày 05/03/2019.</p>
</div></div>
</body>
</html>
'''
title4 = "Nhân rộng các mô hình “Dân vận khéo” gắn với học tập và làm theo Bác"
page = fill(tpl4, TITLE=ent(title4), LEAD=ent(lead4), BODY=body, EVENT=rel4(event4), OLDER=rel4(older4))
emit("nukeviet4", "nhan-rong-mo-hinh-dan-van-kheo-entities",
     "https://tinhuyhaugiang.org.vn/vi/chuyen-de/Hoc-tap-va-lam-theo-Bac/nhan-rong-cac-mo-hinh-dan-van-kheo-297.html", page,
     title=title4, published_at="2021-01-21T09:41:00+07:00", author="Huỳnh Phong - Hùng Anh",
     items=items, lead=lead4, bylines=["Huỳnh Phong - Hùng Anh"], related=[t for t, _, _ in event4 + older4],
     notes="restyled NukeViet 4 theme; time-first date; entity-encoded body; two authors joined by ' - '")

# ---------------------------------------------------------------- P5 NukeViet 3, NFD text
lead5 = "Ngày 14/7, Huyện ủy Tam Đường tổ chức hội nghị sơ kết công tác dân vận 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2016."
cap5 = "Đồng chí Lò Văn Hùng, Phó Bí thư Thường trực Huyện ủy phát biểu tại hội nghị"
items = [
    "6 tháng đầu năm, công tác dân vận của hệ thống chính trị huyện đã có nhiều chuyển biến tích cực. Ban Dân vận Huyện ủy đã tham mưu cho Ban Thường vụ Huyện ủy ban hành 3 kế hoạch, 2 hướng dẫn về công tác dân vận; chỉ đạo các cấp ủy cơ sở thực hiện tốt quy chế dân chủ ở cơ sở, tạo sự đồng thuận trong Nhân dân.",
    "Phong trào thi đua “Dân vận khéo” tiếp tục được triển khai sâu rộng; toàn huyện đã xây dựng 27 mô hình, điển hình dân vận khéo, trong đó có nhiều mô hình hiệu quả như vận động Nhân dân hiến đất làm đường, xóa bỏ hủ tục trong việc cưới, việc tang, phát triển cây chè, cây quế theo hướng hàng hóa.",
    "Tuy nhiên, công tác nắm bắt tình hình Nhân dân ở một số cơ sở chưa kịp thời; việc phối hợp giữa chính quyền với Mặt trận Tổ quốc và các đoàn thể trong vận động quần chúng có lúc còn thiếu đồng bộ.",
    "Phát biểu chỉ đạo, đồng chí Phó Bí thư Thường trực Huyện ủy yêu cầu các cấp ủy, tổ chức đảng tiếp tục đổi mới nội dung, phương thức công tác dân vận, tăng cường đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với Nhân dân; chú trọng công tác vận động đồng bào dân tộc thiểu số phát triển kinh tế, giữ vững an ninh trật tự vùng biên.",
]
body = render(items, '<p style="text-align: justify;">[[T]]</p>', None, text=lambda s: esc(nfd(s)))
older5 = [("Hội nghị Ban Chấp hành Đảng bộ huyện lần thứ 4", "427", "13/07/2016"),
          ("Tam Đường: Tổng kết công tác khuyến nông năm 2015", "410", "29/06/2016"),
          ("Huyện ủy Tam Đường trao Huy hiệu Đảng đợt 19/5", "398", "20/05/2016")]
tpl5 = '''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>[[TITLE]] - Hoạt động cơ sở - Ban Tuyên giáo Tỉnh ủy Lai Châu</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="NukeViet v3.4" />
<link rel="stylesheet" type="text/css" href="/themes/laichau/css/tab_info.css" />
<script type="text/javascript" src="/js/jquery/jquery.min.js"></script>
<script type="text/javascript" src="/js/shadowbox/shadowbox.js"></script>
</head>
<body>
<div id="container">
  <div id="header">
    <div class="logo"><a href="/"><img src="/themes/laichau/images/logo.jpg" alt="Ban Tuyên giáo Tỉnh ủy Lai Châu" /></a></div>
    <div class="clock">Hôm nay: Thứ hai, 18/11/2024</div>
  </div>
  <div id="topmenu"><ul>
    <li><a href="/">Trang nhất</a></li><li><a href="/news/Tin-tuc/">Tin tức</a></li>
    <li class="current"><a href="/news/Hoat-dong-co-so/">Hoạt động cơ sở</a></li><li><a href="/news/Nghien-cuu-Trao-doi/">Nghiên cứu - Trao đổi</a></li>
  </ul></div>
  <div id="breadcrumbs"><a href="/">Trang nhất</a> &raquo; <a href="/news/">Tin tức</a> &raquo; <a href="/news/Hoat-dong-co-so/">Hoạt động cơ sở</a></div>
  <div class="contentwrapper">
   <div class="span-16">
    <div id="news_detail">
      <h1>[[TITLE]]</h1>
      <span class="time">Thứ sáu, 15/07/2016 - 10:12</span>
      <div class="control">
        <ul>
          <li><a rel="nofollow" class="sendmail" title="Gửi bài viết qua email" href="javascript:void(0);" onclick="NewWindow('/news/sendmail/Hoat-dong-co-so/432','','500','400','no');return false">Gửi bài viết qua email</a></li>
          <li><a class="print" title="In ra" href="javascript:void(0);" onclick="NewWindow('/news/print/Hoat-dong-co-so/Huyen-uy-Tam-Duong-so-ket-cong-tac-dan-van-432.html','','840','768','yes');return false">In ra</a></li>
          <li><a class="savefile" title="Lưu bài viết này" href="/news/savefile/Hoat-dong-co-so/Huyen-uy-Tam-Duong-so-ket-cong-tac-dan-van-432.html">Lưu bài viết này</a></li>
        </ul>
      </div>
      <div id="hometext">
        <div id="imghome" class="fl" style="width:220px;">
          <a href="/uploads/news/2016_07/so-ket-dan-van.jpg" title="[[TITLE]]" rel="shadowbox"><img alt="[[TITLE]]" src="/uploads/news/2016_07/so-ket-dan-van.jpg" width="220" /></a>
          <p><em>[[CAP]]</em></p>
        </div>
        <h2>[[LEAD]]</h2>
      </div>
      <div class="clear"></div>
      <div class="bodytext">
[[BODY]]
      </div>
      <p style="text-align: right;"><strong>Tác giả: </strong>[[AUTHOR]]</p>
      <div class="copyright">Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Lai Châu</div>
      <div class="keywords"><strong>Từ khóa:</strong> <a href="/news/tag/d%C3%A2n-v%E1%BA%ADn">dân vận</a></div>
      <div class="other_news">
        <h4>Những tin cũ hơn</h4>
        <ul class="related">
[[OLDER]]
        </ul>
      </div>
    </div>
   </div>
   <div class="span-8 last">
     <div class="block"><div class="block-title">Tin mới</div><ul>
       <li><a href="/news/Tin-tuc/Hoi-nghi-bao-cao-vien-thang-11-2024-2871.html">Hội nghị báo cáo viên tháng 11/2024</a> <span>(15/11/2024)</span></li>
     </ul></div>
     <div class="block"><div class="block-title">Thăm dò ý kiến</div><p>Bạn quan tâm chuyên mục nào nhất?</p></div>
   </div>
  </div>
  <div id="footer">Ban Tuyên giáo Tỉnh ủy Lai Châu - Phường Tân Phong, thành phố Lai Châu<br />Powered by NukeViet</div>
</div>
</body>
</html>
'''
title5 = "Huyện ủy Tam Đường sơ kết công tác dân vận 6 tháng đầu năm 2016"
page = fill(tpl5, TITLE=esc(nfd(title5)), LEAD=esc(nfd(lead5)), CAP=esc(nfd(cap5)), BODY=body,
            AUTHOR=esc(nfd("Lò Thị Xuân")),
            OLDER="\n".join(f'<li><a href="/news/Hoat-dong-co-so/bai-{i}.html" title="{attr(t)}">{esc(t)}</a> <span class="date">({d})</span></li>' for t, i, d in older5))
emit("nukeviet3", "tam-duong-so-ket-dan-van-nfd",
     "http://btgtulaichau.org.vn/news/Hoat-dong-co-so/Huyen-uy-Tam-Duong-so-ket-cong-tac-dan-van-432.html", page,
     title=title5, published_at="2016-07-15T10:12:00+07:00", author="Lò Thị Xuân",
     items=items, lead=lead5, lead_caption=cap5,
     bylines=["Tác giả: Lò Thị Xuân"], related=[t for t, _, _ in older5],
     notes="title, lead, caption, body and author typed in NFD (Unicode to hop); expected is NFC")

# ---------------------------------------------------------------- P6 Liferay 6 stock asset publisher
items = [
    "Ngày 13/6, Sở Thông tin và Truyền thông phối hợp với Viễn thông Hòa Bình tổ chức hội nghị triển khai nền tảng hỗ trợ người dân thực hiện dịch vụ công trực tuyến trên địa bàn tỉnh.",
    "Nền tảng được xây dựng trên cơ sở tích hợp Cổng dịch vụ công và Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, cho phép người dân tra cứu, nộp hồ sơ, thanh toán phí, lệ phí trực tuyến và theo dõi tiến độ giải quyết hồ sơ ngay trên điện thoại di động. Đặc biệt, nền tảng tích hợp tính năng trợ lý ảo hướng dẫn từng bước bằng giọng nói, phù hợp với người cao tuổi và đồng bào vùng sâu, vùng xa.",
    ("img", "/documents/20182/5931021/dich-vu-cong-truc-tuyen.jpg/7b1f0f5e-3c4d-4a8e-9d61-0c2a1f7e8b90?t=1686712200000", "Cán bộ Bộ phận một cửa hướng dẫn người dân nộp hồ sơ trực tuyến"),
    "Theo thống kê, 5 tháng đầu năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh mới đạt 31,6%, thấp hơn so với mục tiêu đề ra. Nguyên nhân chủ yếu là nhiều người dân chưa có tài khoản định danh điện tử, kỹ năng số còn hạn chế, trong khi một số thủ tục vẫn yêu cầu nộp bản giấy.",
    "Tại hội nghị, các đại biểu đã được hướng dẫn cài đặt, sử dụng nền tảng và thảo luận các giải pháp đẩy mạnh tuyên truyền. Sở Thông tin và Truyền thông đề nghị các huyện, thành phố chỉ đạo Tổ công nghệ số cộng đồng đến từng thôn, xóm hỗ trợ người dân; phấn đấu đến hết năm 2023, tỷ lệ hồ sơ trực tuyến toàn trình đạt trên 50%.",
]
def img6(src, cap):
    return f'''<table align="center" border="0" cellpadding="1" cellspacing="1" class="image" style="width:600px">
\t<tbody>
\t\t<tr>
\t\t\t<td><img alt="" src="{src}" style="height:400px; width:600px" /></td>
\t\t</tr>
\t\t<tr>
\t\t\t<td class="image_desc" style="text-align:center"><em>{esc(cap)}</em></td>
\t\t</tr>
\t</tbody>
</table>'''
body = "\n".join(
    [f'<p style="text-align:justify"><strong>{esc(items[0])}</strong></p>'] +
    [render(items[1:], '<p style="text-align:justify">[[T]]</p>', img6)])
links6 = [("Hòa Bình: Hơn 70% người dân trưởng thành có tài khoản định danh điện tử mức 2", "7338412"),
          ("Ra mắt Tổ công nghệ số cộng đồng tại huyện Lạc Thủy", "7330951")]
new6 = [("Hội nghị tập huấn chuyển đổi số cho cán bộ cấp xã năm 2024", "8812034", "15/11/2024"),
        ("Sở Thông tin và Truyền thông sơ kết công tác quý III/2024", "8790117", "08/10/2024")]
tpl6 = '''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Hòa Bình triển khai nền tảng số hỗ trợ người dân thực hiện dịch vụ công trực tuyến - Tin hoạt động - Sở Thông tin và Truyền thông tỉnh Hòa Bình</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/html/portal/css.jsp?browserId=other&amp;themeId=stttthoabinh_WAR_stttthoabinhtheme&amp;languageId=vi_VN&amp;b=6120&amp;t=1686712200000" rel="stylesheet" type="text/css" />
<script type="text/javascript">var themeDisplay={getCompanyId:function(){return"20154"},getScopeGroupId:function(){return"20182"},getLanguageId:function(){return"vi_VN"}};</script>
</head>
<body class="yui3-skin-sam controls-visible guest-site signed-out public-page site">
<div id="wrapper">
  <header id="banner" role="banner">
    <div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/web/so-thong-tin-va-truyen-thong" title="Đi tới Sở Thông tin và Truyền thông"><img alt="Sở Thông tin và Truyền thông tỉnh Hòa Bình" height="120" src="/image/company_logo?img_id=20188&amp;t=1686712200000" width="1000" /></a></h1></div>
    <div class="date-time">Thứ bảy, 16/11/2024</div>
    <nav class="sort-pages modify-pages" id="navigation" role="navigation">
      <ul aria-label="Trang web" role="menubar">
        <li><a href="/web/so-thong-tin-va-truyen-thong/trang-chu" role="menuitem"><span>Trang chủ</span></a></li>
        <li class="selected"><a href="/web/so-thong-tin-va-truyen-thong/tin-hoat-dong" role="menuitem"><span>Tin hoạt động</span></a></li>
        <li><a href="/web/so-thong-tin-va-truyen-thong/van-ban" role="menuitem"><span>Văn bản</span></a></li>
      </ul>
    </nav>
  </header>
  <div id="content">
    <nav class="site-breadcrumbs" id="breadcrumbs"><ul class="breadcrumb breadcrumb-horizontal">
      <li class="first"><a href="/web/so-thong-tin-va-truyen-thong/trang-chu">Trang chủ</a></li>
      <li class="current-parent breadcrumb-truncate"><a href="/web/so-thong-tin-va-truyen-thong/tin-hoat-dong">Tin hoạt động</a></li>
    </ul></nav>
    <div class="columns-2-1" id="main-content" role="main">
     <div class="portlet-layout row-fluid">
      <div class="portlet-column portlet-column-first span8" id="column-1">
       <div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
        <div class="portlet-boundary portlet-boundary_101_ portlet-static portlet-static-end portlet-borderless portlet-asset-publisher" id="p_p_id_101_INSTANCE_Xk3bT9pLmQ2a_">
         <span id="p_101_INSTANCE_Xk3bT9pLmQ2a"></span>
         <section class="portlet" id="portlet_101_INSTANCE_Xk3bT9pLmQ2a">
          <header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Xuất bản thông tin</span></h1></header>
          <div class="portlet-content"><div class="portlet-content-container"><div class="portlet-body">
           <div class="taglib-header">
             <span class="header-back-to"><a class="icon-circle-arrow-left previous-level" href="/web/so-thong-tin-va-truyen-thong/tin-hoat-dong" id="_101_INSTANCE_Xk3bT9pLmQ2a_TabsBack" title="Trở lại"><span class="helper-hidden-accessible">Trở lại</span></a></span>
             <h3 class="header-title"><span>[[TITLE]]</span></h3>
           </div>
           <div class="asset-full-content default-asset-publisher show-asset-title">
             <div class="asset-user-actions">
               <div class="print-action"><span class=""><a href="javascript:_101_INSTANCE_Xk3bT9pLmQ2a_printPage_0();" class="taglib-icon" id="_101_INSTANCE_Xk3bT9pLmQ2a_rjus"><img id="rjus" src="/html/themes/classic/images/common/print.png" alt="In" title="In" /><span class="taglib-text">In</span></a></span></div>
             </div>
             <div class="asset-content" id="_101_INSTANCE_Xk3bT9pLmQ2a_7341182">
               <div class="journal-content-article">
[[BODY]]
<p style="text-align:right"><strong>Quốc Nhật</strong></p>
               </div>
             </div>
             <div class="asset-ratings"><div class="taglib-ratings stars">Đánh giá (0 Số phiếu bầu)</div></div>
             <div class="asset-related-assets"><div class="taglib-asset-links"><h2 class="asset-links-title"><i class="icon-link"></i> Nội dung liên quan</h2>
               <ul class="asset-links-list">
[[LINKS]]
               </ul></div></div>
             <div class="asset-metadata">
               <span class="metadata-entry metadata-publish-date">14/06/2023</span>
               <span class="metadata-entry metadata-view-count">215 Lượt xem</span>
               <span class="metadata-entry metadata-author">Quản trị hệ thống</span>
             </div>
           </div>
          </div></div></div>
         </section>
        </div>
       </div>
      </div>
      <div class="portlet-column portlet-column-last span4" id="column-2">
        <div class="portlet-boundary portlet-boundary_101_" id="p_p_id_101_INSTANCE_Qw8eRt5yUi3o_">
          <section class="portlet"><header class="portlet-topper"><h1 class="portlet-title"><span class="portlet-title-text">Tin mới</span></h1></header>
          <div class="portlet-body"><div class="asset-abstract">
[[NEW]]
          </div></div></section>
        </div>
      </div>
     </div>
    </div>
  </div>
  <footer id="footer" role="contentinfo">
    <p>SỞ THÔNG TIN VÀ TRUYỀN THÔNG TỈNH HÒA BÌNH</p>
    <p>Địa chỉ: Phường Phương Lâm, thành phố Hòa Bình, tỉnh Hòa Bình. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
    <p class="powered-by">Powered By <a href="http://www.liferay.com" rel="external">Liferay</a></p>
  </footer>
</div>
</body>
</html>
'''
title6 = "Hòa Bình triển khai nền tảng số hỗ trợ người dân thực hiện dịch vụ công trực tuyến"
page = fill(tpl6, TITLE=esc(title6), BODY=body,
    LINKS="\n".join(f'<li class="asset-links-list-item"><a class="asset-links-list-item-link" href="/web/so-thong-tin-va-truyen-thong/tin-hoat-dong/-/asset_publisher/Xk3bT9pLmQ2a/content/id/{i}">{esc(t)}</a></li>' for t, i in links6),
    NEW="\n".join(f'<h3 class="asset-title"><a href="/web/so-thong-tin-va-truyen-thong/tin-hoat-dong/-/asset_publisher/Xk3bT9pLmQ2a/content/id/{i}">{esc(t)}</a></h3><div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{d}</span></div>' for t, i, d in new6))
emit("liferay", "hoabinh-nen-tang-dich-vu-cong",
     "https://stttt.hoabinh.gov.vn/web/so-thong-tin-va-truyen-thong/tin-hoat-dong/-/asset_publisher/Xk3bT9pLmQ2a/content/id/7341182", page,
     title=title6, published_at="2023-06-14", author="Quốc Nhật", items=items,
     bylines=["Quốc Nhật", "Quản trị hệ thống"], related=[t for t, _ in links6] + [t for t, _, _ in new6],
     notes="stock Liferay 6 asset publisher; date only (no time shown); metadata-author is the CMS account, byline is the trailing bold line")

# ---------------------------------------------------------------- P7 Liferay Vietnamese-customised (asset_publisher_view_full_content)
lead7 = "Sáng 17/6, Tỉnh đoàn Đồng Tháp tổ chức Lễ ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023 tại xã Tân Hộ Cơ, huyện Tân Hồng với sự tham gia của hơn 500 đoàn viên, thanh niên."
items = [
    "Chiến dịch năm nay có chủ đề “Tuổi trẻ Đồng Tháp xung kích, tình nguyện vì cộng đồng”, được triển khai từ tháng 6 đến tháng 8/2023 với 4 chương trình trọng tâm: Mùa hè xanh, Hoa phượng đỏ, Tiếp sức mùa thi và Kỳ nghỉ hồng. Các đội hình tình nguyện sẽ tập trung xây dựng công trình thanh niên, hỗ trợ phát triển kinh tế nông thôn và chăm lo cho thiếu nhi trong dịp hè.",
    ("img", "/documents/10180/0/ra-quan-tntn-2023.jpg", "Đại biểu trao cờ cho các đội hình thanh niên tình nguyện"),
    "Tại lễ ra quân, Ban Tổ chức đã khởi công xây dựng 2 cây cầu giao thông nông thôn tại ấp Gò Thông và ấp Chòi Mòi với tổng kinh phí hơn 600 triệu đồng; trao 50 suất học bổng cho học sinh có hoàn cảnh khó khăn, 20 xe đạp và 200 phần quà cho các gia đình chính sách trên địa bàn xã.",
    "Dịp này, các đội hình tình nguyện cũng tổ chức khám bệnh, cấp thuốc miễn phí cho 300 người dân, ra mắt công trình “Tuyến đường thắp sáng” dài 2 km và hướng dẫn người dân cài đặt ứng dụng VNeID, thanh toán không dùng tiền mặt.",
    "Phát biểu tại buổi lễ, đồng chí Bí thư Tỉnh đoàn đề nghị các đội hình phát huy tinh thần xung kích, sáng tạo, bám sát nhu cầu thực tế của địa phương, bảo đảm an toàn tuyệt đối trong quá trình tham gia chiến dịch.",
]
def img7(src, cap):
    return f'<p style="text-align: center;"><img alt="" src="{src}" style="width: 700px; height: 466px;" /></p>\n<p style="text-align: center;"><em>{esc(cap)}</em></p>'
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img7)
rel7 = [("Tỉnh đoàn Đồng Tháp tuyên dương 95 “Thanh niên tiên tiến làm theo lời Bác”", "tinh-doan-dong-thap-tuyen-duong", "Thứ Sáu, ngày 19/05/2023 15:40"),
        ("Khai mạc Hội trại “Tuổi trẻ Đồng Tháp tự hào tiến bước dưới cờ Đảng”", "khai-mac-hoi-trai", "Thứ Tư, ngày 29/03/2023 08:05")]
tpl7 = '''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Tuổi trẻ Đồng Tháp ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023 - Ban Tuyên giáo Tỉnh ủy Đồng Tháp</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta property="og:title" content="Tuổi trẻ Đồng Tháp ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023" />
<link href="/o/dongthap-theme/css/main.css?browserId=other&amp;themeId=dongthaptheme_WAR_dongthaptheme&amp;languageId=vi_VN" rel="stylesheet" type="text/css" />
</head>
<body class=" controls-visible signed-out public-page site">
<div class="container-fluid" id="wrapper">
 <header id="banner">
   <div class="top-header"><span class="current-date">Thứ Hai, ngày 18/11/2024</span> <a href="/c/portal/login">Đăng nhập</a></div>
   <div class="logo"><a href="/vi/"><img src="/o/dongthap-theme/images/banner.png" alt="Ban Tuyên giáo Tỉnh ủy Đồng Tháp" /></a></div>
   <nav id="navigation"><ul>
     <li><a href="/vi/trang-chu">Trang chủ</a></li><li class="selected"><a href="/vi/tin-tuc-su-kien">Tin tức - Sự kiện</a></li>
     <li><a href="/vi/hoc-tap-va-lam-theo-bac">Học tập và làm theo Bác</a></li><li><a href="/vi/van-ban">Văn bản</a></li>
   </ul></nav>
 </header>
 <section id="content">
  <div class="columns-2" id="main-content" role="main">
   <div class="portlet-layout row">
    <div class="col-md-8 portlet-column portlet-column-first" id="column-1">
     <div class="portlet-boundary portlet-boundary_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_ portlet-static portlet-static-end portlet-decorate portlet-asset-publisher" id="p_p_id_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_aB3dE5fG7hJ9_">
      <section class="portlet" id="portlet_com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet_INSTANCE_aB3dE5fG7hJ9">
       <div class="portlet-content"><h2 class="portlet-title-text">Chi tiết bài viết Tin tức</h2>
        <div class="portlet-content-container"><div class="portlet-body">
         <div class="asset_publisher_view_full_content">
           <div class="asset-category">null</div>
           <div class="asset_title"><span>[[TITLE]]</span></div>
           <div class="social-panel">
             <div class="asset-publish-date"><span>Thứ Bẩy, ngày 17/06/2023 09:32</span></div>
             <div class="social-icon">
               <span class="mail_icon"><a href="mailto:?subject=Tu%E1%BB%95i%20tr%E1%BA%BB&amp;body=https://btg.dongthap.gov.vn/vi/-/tuoi-tre-dong-thap-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2023">Email</a></span>
               <a href="javascript:void(0)" id="decreaseText">A-</a>
               <a href="javascript:void(0)" id="increaseText">A+</a>
               <button class="article-audio" id="btnSpeak" type="button">Nghe đọc bài</button>
             </div>
           </div>
           <div class="asset-abstract"><div class="assetdesc"><span class="assetdesc-text"><strong>[[LEAD]]</strong></span></div></div>
           <div class="asset-full-content clearfix default-asset-publisher">
             <div class="asset-content">
               <div class="journal-content-article" data-analytics-asset-id="7337177" data-analytics-asset-title="[[TITLEATTR]]" data-analytics-asset-type="web-content">
[[BODY]]
<p style="text-align: right;"><strong>Tin, ảnh: KHÁNH TRUNG</strong></p>
               </div>
             </div>
             <div class="asset-links"><h4 class="asset-links-title">Tin liên quan</h4>
               <ul class="list-unstyled">
[[REL]]
               </ul>
             </div>
             <div class="asset-metadata"><span class="metadata-entry metadata-view-count">Lượt xem: 642</span></div>
           </div>
         </div>
        </div></div>
       </div>
      </section>
     </div>
    </div>
    <div class="col-md-4 portlet-column portlet-column-last" id="column-2">
      <div class="portlet-boundary" id="p_p_id_dsnews_WAR_vnpteportalnewsportlet_INSTANCE_k8Lm2Np4Qr6s_">
        <h2 class="portlet-title-text">Tin mới</h2>
        <ul class="tin-moi">
          <li><a href="/vi/-/dong-thap-hoi-nghi-bao-cao-vien-thang-11-2024">Đồng Tháp: Hội nghị báo cáo viên tháng 11/2024</a><span class="date">Thứ Sáu, ngày 15/11/2024 14:02</span></li>
        </ul>
      </div>
    </div>
   </div>
  </div>
 </section>
 <footer id="footer"><p>Bản quyền thuộc Ban Tuyên giáo Tỉnh ủy Đồng Tháp. Ghi rõ nguồn khi phát hành lại thông tin từ trang này.</p></footer>
</div>
</body>
</html>
'''
title7 = "Tuổi trẻ Đồng Tháp ra quân Chiến dịch Thanh niên tình nguyện hè năm 2023"
page = fill(tpl7, TITLE=esc(title7), TITLEATTR=attr(title7), LEAD=esc(lead7), BODY=body,
    REL="\n".join(f'<li><a href="/vi/-/{s}">{esc(t)}</a> <span class="date">({d})</span></li>' for t, s, d in rel7))
emit("liferay_vn", "dongthap-ra-quan-thanh-nien-tinh-nguyen",
     "https://btg.dongthap.gov.vn/vi/-/tuoi-tre-dong-thap-ra-quan-chien-dich-thanh-nien-tinh-nguyen-he-nam-2023", page,
     title=title7, published_at="2023-06-17T09:32:00+07:00", author="KHÁNH TRUNG", items=items, lead=lead7,
     bylines=["Tin, ảnh: KHÁNH TRUNG"], related=[t for t, _, _ in rel7] + ["Đồng Tháp: Hội nghị báo cáo viên tháng 11/2024"],
     notes="Vietnamese-customised Liferay; 'Thứ Bẩy' spelling; stray 'null' before title; author compared case-insensitively")

# ---------------------------------------------------------------- P8 Liferay EcoIT vendor portlet
lead8 = "(BTG) - Sáng 3/7, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị trực tuyến học tập, quán triệt Kết luận số 57-KL/TW ngày 15/6/2023 của Bộ Chính trị về tiếp tục nâng cao chất lượng, hiệu quả công tác thông tin đối ngoại trong tình hình mới."
items = [
    "Hội nghị được tổ chức tại điểm cầu Tỉnh ủy và 15 điểm cầu huyện, thị xã, thành phố với hơn 1.200 đại biểu là cán bộ chủ chốt, báo cáo viên, phóng viên các cơ quan báo chí trên địa bàn tỉnh.",
    ("img", "/documents/10181/1543210/hoi-nghi-kl57-1.jpg", "Các đại biểu dự hội nghị tại điểm cầu Tỉnh ủy"),
    "Tại hội nghị, đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy đã quán triệt những nội dung cơ bản của Kết luận số 57-KL/TW, trong đó nhấn mạnh yêu cầu đổi mới mạnh mẽ nội dung, phương thức thông tin đối ngoại, phát huy sức mạnh tổng hợp của cả hệ thống chính trị, ứng dụng hiệu quả công nghệ số trong quảng bá hình ảnh đất nước, con người Việt Nam.",
    "Đối với tỉnh Đắk Lắk, công tác thông tin đối ngoại cần gắn với quảng bá tiềm năng du lịch, cà phê, văn hóa cồng chiêng Tây Nguyên; chủ động cung cấp thông tin về chính sách dân tộc, tôn giáo, kịp thời đấu tranh với các luận điệu xuyên tạc của các thế lực thù địch.",
    ("img", "/documents/10181/1543210/hoi-nghi-kl57-2.jpg", "Đồng chí Phó Trưởng Ban Tuyên giáo Tỉnh ủy quán triệt Kết luận số 57-KL/TW"),
    "Sau hội nghị, các cấp ủy, tổ chức đảng sẽ xây dựng chương trình, kế hoạch cụ thể để triển khai thực hiện Kết luận, bảo đảm phù hợp với đặc điểm, tình hình của từng địa phương, cơ quan, đơn vị.",
]
body = render(items, '<p style="text-align: justify;">[[T]]</p>', img6)
rel8 = [("Đắk Lắk tổng kết 10 năm thực hiện Chỉ thị số 32-CT/TW của Ban Bí thư", "5498", "30/06/2023"),
        ("Hội nghị báo cáo viên Tỉnh ủy tháng 6/2023", "5476", "21/06/2023"),
        ("Triển khai Cuộc thi tìm hiểu lịch sử Đảng bộ tỉnh Đắk Lắk", "5450", "09/06/2023")]
tpl8 = '''<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>Chi tiết bài viết - Ban Tuyên giáo Tỉnh ủy Đắk Lắk</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<link href="/btgdaklak-theme/css/main.css?browserId=other&amp;themeId=btgdaklak_WAR_btgdaklaktheme&amp;languageId=vi_VN&amp;b=6205" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp?browserId=other&amp;themeId=btgdaklak_WAR_btgdaklaktheme&amp;colorSchemeId=01&amp;minifierType=js&amp;minifierBundleId=javascript.barebone.files&amp;languageId=vi_VN&amp;b=6205" type="text/javascript"></script>
</head>
<body class="green controls-visible guest-site signed-out public-page site">
<div id="wrapper">
 <div class="header-top"><div class="container"><span id="clock">Thứ Hai, 18/11/2024</span><div class="search-box"><input type="text" placeholder="Tìm kiếm" /></div></div></div>
 <div class="banner"><img src="/btgdaklak-theme/images/banner.jpg" alt="Ban Tuyên giáo Tỉnh ủy Đắk Lắk" /></div>
 <div class="menu-main"><ul>
  <li><a href="/web/guest/trang-chu">Trang chủ</a></li><li class="active"><a href="/web/guest/tin-tuc">Tin tức</a></li><li><a href="/web/guest/thong-tin-doi-ngoai">Thông tin đối ngoại</a></li>
 </ul></div>
 <div class="container" id="content">
  <div class="row">
   <div class="col-md-8">
    <div class="portlet-boundary portlet-boundary_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_ portlet-static portlet-static-end portlet-borderless" id="p_p_id_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_INSTANCE_u7Yh3Ke9Lp2D_">
     <span id="p_CmsViewChiTietBaiViet_WAR_CmsViewEcoITportlet_INSTANCE_u7Yh3Ke9Lp2D"></span>
     <div class="portlet-body">
      <div class="breadcrumb-news"><a href="/web/guest/trang-chu">Trang chủ</a> / <a href="/web/guest/tin-tuc">Tin tức</a> / <span>Tin hoạt động</span></div>
      <section class="detail-news">
       <article>
        <h1>[[TITLE]]</h1>
        <p class="date-news">03/07/2023 10:05</p>
        <div class="author-news">Hoàng Anh, Ban Tuyên giáo Huyện ủy Krông Pắc</div>
        <div class="tool-news"><a href="javascript:window.print()">In bài viết</a> <a href="javascript:void(0)" onclick="changeFontSize(1)">A+</a> <a href="javascript:void(0)" onclick="changeFontSize(-1)">A-</a></div>
        <p id="change_font_size"><strong>[[LEAD]]</strong></p>
        <div id="contentnews">
[[BODY]]
        </div>
       </article>
      </section>
      <div class="other-news">
       <h3 class="title-other">Tin khác</h3>
       <section>
[[REL]]
       </section>
      </div>
     </div>
    </div>
   </div>
   <div class="col-md-4">
    <div class="portlet-boundary" id="p_p_id_CmsViewTinTrangChuyenMuc_WAR_CmsViewEcoITportlet_INSTANCE_h5Tg2Wq8Zx1C_">
     <h3 class="portlet-title">Tin nổi bật</h3>
     <ul><li><a href="/web/guest/tin-tuc/-/view_content/6120">Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18</a> <span>(14/11/2024)</span></li></ul>
    </div>
   </div>
  </div>
 </div>
 <div id="footer"><p>BAN TUYÊN GIÁO TỈNH ỦY ĐẮK LẮK</p><p>Giấy phép số 45/GP-TTĐT. Thiết kế bởi EcoIT.</p></div>
</div>
</body>
</html>
'''
title8 = "Đắk Lắk: Hơn 1.200 đại biểu dự Hội nghị học tập, quán triệt Kết luận số 57-KL/TW"
page = fill(tpl8, TITLE=esc(title8), LEAD=esc(lead8), BODY=body,
    REL="\n".join(f'<div><article><div class="img-other"><img src="/documents/10181/thumb-{i}.jpg" alt="" /></div><div><a href="/web/guest/tin-tuc/-/view_content/{i}">{esc(t)}</a> <span class="date">({d})</span></div></article></div>' for t, i, d in rel8))
emit("liferay_vn", "daklak-quan-triet-ket-luan-57-ecoit",
     "https://btgtu.daklak.gov.vn/web/guest/tin-tuc/-/view_content/5521-dak-lak-hon-1-200-dai-bieu-du-hoi-nghi-quan-triet-ket-luan-57", page,
     title=title8, published_at="2023-07-03T10:05:00+07:00", author="Hoàng Anh",
     author_unit="Ban Tuyên giáo Huyện ủy Krông Pắc", items=items, lead=lead8,
     bylines=["Hoàng Anh, Ban Tuyên giáo Huyện ủy Krông Pắc"], related=[t for t, _, _ in rel8] + ["Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18"],
     notes="EcoIT CmsViewChiTietBaiViet vendor portlet; byline under title with unit")
