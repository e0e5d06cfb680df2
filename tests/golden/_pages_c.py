"""Hand-written articles of golden corpus part c (rendered by ``_make_c.py``)."""

# ruff: noqa: E501
from __future__ import annotations

from _make_c import Art, Img, T  # type: ignore[import-not-found]

P = [T(x) for x in (
    "Theo báo cáo, 6 tháng đầu năm, Đảng ủy đã lãnh đạo các chi bộ trực thuộc tổ chức sinh hoạt định kỳ đúng quy định, nội dung sinh hoạt được đổi mới theo hướng thiết thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị.",
    "Công tác kiểm tra, giám sát được triển khai đồng bộ; Ủy ban Kiểm tra Đảng ủy đã kiểm tra 5 tổ chức đảng và 12 đảng viên, giám sát chuyên đề đối với 4 chi bộ, qua đó kịp thời nhắc nhở, chấn chỉnh những hạn chế.",
    "Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh tiếp tục được cụ thể hóa bằng những việc làm thiết thực, nhiều mô hình hay, cách làm sáng tạo được nhân rộng trong toàn Đảng bộ.",
    "Phát biểu chỉ đạo hội nghị, đồng chí Bí thư Đảng ủy đề nghị các chi bộ tập trung nâng cao chất lượng sinh hoạt, chú trọng công tác phát triển đảng viên, nhất là trong đoàn viên thanh niên ưu tú.",
    "Dịp này, Đảng ủy đã tặng Giấy khen cho 3 tập thể và 7 cá nhân có thành tích xuất sắc trong thực hiện nhiệm vụ chính trị 6 tháng đầu năm.",
    "Tại hội nghị, các đại biểu đã được nghe báo cáo viên Ban Tuyên giáo Tỉnh ủy thông tin chuyên đề về tình hình kinh tế - xã hội của tỉnh và những vấn đề dư luận xã hội quan tâm.",
    "Năm 2023, toàn tỉnh có hơn 1.200 buổi sinh hoạt báo cáo viên được tổ chức ở cơ sở, thu hút trên 85.000 lượt cán bộ, đảng viên và nhân dân tham gia, góp phần định hướng tư tưởng, tạo đồng thuận xã hội.",
    "Các đại biểu thống nhất cho rằng, công tác dân vận chính quyền cần gắn với cải cách hành chính, nâng cao tinh thần trách nhiệm, thái độ phục vụ nhân dân của đội ngũ cán bộ, công chức.",
    "Qua 5 năm thực hiện, phong trào thi đua “Dân vận khéo” đã có hơn 300 mô hình được công nhận, trong đó nhiều mô hình về phát triển kinh tế, xây dựng nông thôn mới mang lại hiệu quả thiết thực.",
    "Hội nghị đã tiến hành bầu bổ sung Ban Chấp hành Đảng bộ nhiệm kỳ 2020 - 2025 với tỷ lệ tín nhiệm cao; các đồng chí trúng cử hứa sẽ nỗ lực hoàn thành tốt nhiệm vụ được giao.",
    "Đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy nhấn mạnh, mỗi cán bộ, đảng viên phải thường xuyên tự soi, tự sửa, nêu cao tinh thần trách nhiệm, gương mẫu trong công việc và trong cuộc sống.",
    "Trên cơ sở đó, Đảng ủy xây dựng kế hoạch thực hiện với các giải pháp cụ thể, phân công rõ người, rõ việc, rõ thời gian hoàn thành và định kỳ sơ kết, đánh giá kết quả.",
    "Chương trình hội thi gồm hai phần: phần thi kiến thức tìm hiểu các văn kiện của Đảng và phần thi thuyết trình về những tấm gương điển hình tiên tiến ở địa phương.",
    "Kết thúc hội thi, Ban Tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 5 giải Khuyến khích cho các thí sinh đạt thành tích cao.",
    "Lễ kết nạp được tổ chức trang trọng theo đúng quy trình, thủ tục; đảng viên mới đã đọc lời tuyên thệ dưới cờ Đảng, hứa suốt đời phấn đấu cho lý tưởng của Đảng.",
    "Đồng chí Phó Bí thư Thường trực Huyện ủy đề nghị chi bộ tiếp tục quan tâm giúp đỡ đảng viên mới trong thời gian dự bị để sớm trở thành đảng viên chính thức.",
    "Bên cạnh những kết quả đạt được, hội nghị cũng chỉ ra một số hạn chế như: chất lượng sinh hoạt chuyên đề ở một số chi bộ chưa cao, việc nắm bắt tình hình tư tưởng có lúc chưa kịp thời.",
    "Nhiệm vụ trọng tâm 6 tháng cuối năm là tiếp tục đẩy mạnh công tác xây dựng, chỉnh đốn Đảng, chuẩn bị tốt các điều kiện tiến tới đại hội đảng bộ các cấp nhiệm kỳ 2025 - 2030.",
    "Đợt sinh hoạt chính trị được tổ chức từ nay đến hết tháng 12, bằng nhiều hình thức phong phú như hội nghị, tọa đàm, sinh hoạt chi bộ và thông tin trên các phương tiện truyền thông.",
    "Ngay sau hội nghị, các chi bộ trực thuộc xây dựng chương trình hành động, đưa nội dung nghị quyết vào sinh hoạt thường kỳ và gắn với việc đánh giá, xếp loại đảng viên cuối năm.",
    "Cùng ngày, Ban Thường vụ Huyện ủy đã tổ chức gặp mặt, biểu dương 25 đảng viên trẻ tiêu biểu trong học tập, lao động sản xuất và bảo vệ Tổ quốc.",
    "Tính đến nay, Đảng bộ huyện có 54 tổ chức cơ sở đảng với gần 4.000 đảng viên; tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên đạt trên 90%.",
    "Chuyển đổi số trong công tác đảng được xác định là nhiệm vụ quan trọng; 100% chi bộ đã sử dụng sổ tay đảng viên điện tử và tài liệu họp không giấy.",
    "Hội nghị cũng dành thời gian thảo luận, đóng góp ý kiến vào dự thảo các văn bản trình Đại hội và thống nhất phương án nhân sự Ban Chấp hành khóa mới.",
)]
LEADS = [T(x) for x in (
    "Sáng 14/6, Đảng ủy Khối các cơ quan tỉnh tổ chức hội nghị sơ kết công tác xây dựng Đảng 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2023.",
    "Ngày 20/9, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên định kỳ quý III, thông tin thời sự cho đội ngũ báo cáo viên cấp tỉnh và cấp huyện.",
    "Chiều 5/3, Chi bộ Văn phòng Huyện ủy tổ chức sinh hoạt chuyên đề “Nâng cao đạo đức cách mạng, quét sạch chủ nghĩa cá nhân”.",
    "Thực hiện kế hoạch của Ban Thường vụ Tỉnh ủy, ngày 12/10, Đảng ủy xã tổ chức hội nghị học tập, quán triệt Nghị quyết Trung ương 8 khóa XIII.",
    "(TTXVN) - Sáng 22/5, Ban Dân vận Tỉnh ủy tổ chức hội nghị tổng kết 5 năm phong trào thi đua “Dân vận khéo” giai đoạn 2019 - 2023.",
    "Nhằm tuyên truyền sâu rộng kết quả thực hiện Chỉ thị 05-CT/TW, Đảng ủy phường tổ chức hội thi báo cáo viên, tuyên truyền viên giỏi năm 2024.",
)]


def body(i: int, n: int = 3) -> list[str]:
    return [P[(i + k) % len(P)] for k in range(n)]


def rel(base: str, i: int, heads: int = 2, dated: bool = True) -> list[tuple[str, str, str]]:
    titles = [
        "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 15",
        "Tổng kết công tác tuyên giáo năm 2022",
        "Kết nạp 12 đảng viên mới là học sinh trung học phổ thông",
        "Sơ kết 3 năm thực hiện Kết luận 01-KL/TW",
        "Trao Huy hiệu 40 năm tuổi Đảng cho đảng viên cao tuổi",
        "Đảng ủy Khối tập huấn nghiệp vụ công tác kiểm tra",
    ]
    days = ["12/05/2023", "03/04/2023", "28/02/2023", "15/01/2023", "09/12/2022", "20/11/2022"]
    return [(f"{base}-{700 + i * 3 + k}.html", titles[(i + k) % 6], days[(i + k) % 6] if dated else "")
            for k in range(heads)]


def img(base: str, n: int, cap: str | None, cap_html: str | None = None) -> Img:
    return Img(f"{base}/uploads/news/2023_06/anh-{n}.jpg", cap, cap_html)


ARTICLES: list[tuple[Art, str]] = []


def add(variant: str, **kw: object) -> None:
    ARTICLES.append((Art(**kw), variant))  # type: ignore[arg-type]


# ---------------------------------------------------------------- nukeviet4
B = "https://tuyengiaothainguyen.org.vn"
add("A", family="nukeviet4", slug="tn-so-ket-xay-dung-dang-6-thang",
    url=f"{B}/vi/news/xay-dung-dang/so-ket-cong-tac-xay-dung-dang-6-thang-1188.html",
    notes="Restyled NukeViet 4: date 'Thứ Năm, 15/06/2023 | 08:30' (capitalised weekday, pipe); figure.article.center lead image with figcaption; p.h5.text-right 'Tác giả:' + 'Nguồn tin:' outside the body; 'Tin cùng chuyên mục' related.",
    title="Sơ kết công tác xây dựng Đảng 6 tháng đầu năm 2023", published="2023-06-15T08:30:00+07:00",
    shown_date="Thứ Năm, 15/06/2023 | 08:30", category="Xây dựng Đảng", lead=LEADS[0], paras=body(0),
    images=[img(B, 1, "Quang cảnh hội nghị sơ kết công tác xây dựng Đảng")],
    author="Minh Hằng", source="Ban Tuyên giáo Tỉnh ủy",
    byline_html='<div class="margin-bottom-lg"><p class="h5 text-right"><strong>Tác giả: </strong>Minh Hằng</p><p class="h5 text-right"><strong>Nguồn tin: </strong>Ban Tuyên giáo Tỉnh ủy</p></div>',
    tags=["xây dựng Đảng", "sơ kết"], related=rel(f"{B}/vi/news/xay-dung-dang/a", 0), related_head="Tin cùng chuyên mục")
add("B", family="nukeviet4", slug="tn-hoi-nghi-bao-cao-vien-quy-iii-am-pm",
    url=f"{B}/vi/news/tuyen-truyen/hoi-nghi-bao-cao-vien-quy-iii-1203.html",
    notes="NukeViet 4 with the listing-style English 12h stamp '20/09/2023 02:45:00 PM' in span.h5; 'Tin và ảnh: Lê Hoa' as the last right-aligned bold body paragraph (author + photographer); p > em caption under the body image; related heading 'Xem thêm'.",
    title="Hội nghị báo cáo viên cấp tỉnh quý III năm 2023", published="2023-09-20T14:45:00+07:00",
    shown_date="20/09/2023 02:45:00 PM", category="Tuyên truyền", lead=LEADS[1], paras=body(5),
    images=[img(B, 2, "Báo cáo viên Ban Tuyên giáo Tỉnh ủy thông tin tại hội nghị")],
    author="Lê Hoa", photographer="Lê Hoa",
    byline_html='<p style="text-align: right;"><strong>Tin và ảnh: Lê Hoa</strong></p>',
    tags=["báo cáo viên"], related=rel(f"{B}/vi/news/tuyen-truyen/b", 1), related_head="Xem thêm")

# ---------------------------------------------------------------- nukeviet3
B = "https://binhphuoc.dcs.vn"
add("A", family="nukeviet3", slug="bp-hoc-tap-nghi-quyet-tw8-weekday-dash",
    url=f"{B}/news/xay-dung-dang/hoc-tap-nghi-quyet-trung-uong-8-4410.html",
    notes="NukeViet 3 party theme: span.time 'Thứ sáu, 13/10/2023 - 09:20'; div#imghome lead image with p > em caption inside hometext; 'Theo Báo Bình Phước' closing line -> source, no author; related 'Tin cùng chuyên mục'.",
    title="Đảng ủy xã Tân Thành học tập Nghị quyết Trung ương 8 khóa XIII", published="2023-10-13T09:20:00+07:00",
    shown_date="Thứ sáu, 13/10/2023 - 09:20", category="Xây dựng Đảng", lead=LEADS[3], paras=body(18),
    images=[img(B, 3, "Đảng viên xã Tân Thành dự hội nghị học tập nghị quyết")],
    source="Báo Bình Phước", byline_html='<p style="text-align:right"><em>Theo Báo Bình Phước</em></p>',
    related=rel(f"{B}/news/xay-dung-dang/c", 2), related_head="Tin cùng chuyên mục")
add("B", family="nukeviet3", slug="bp-cap-nhat-luc-name-unit-paren",
    url=f"{B}/news/tin-tuc/chi-bo-sinh-hoat-chuyen-de-4388.html",
    notes="NukeViet 3: span.time 'Cập nhật lúc: 18:00 |22/05/2022' (label + odd pipe); no hometext; &nbsp; indents; centred p > em caption under the image; byline 'Minh Quân (Trung tâm Chính trị huyện Lộc Ninh)' in a right-aligned div -> name + unit.",
    title="Chi bộ Văn phòng Huyện ủy sinh hoạt chuyên đề về đạo đức cách mạng", published="2022-05-22T18:00:00+07:00",
    shown_date="Cập nhật lúc: 18:00 |22/05/2022", category="Tin tức", lead=None, paras=body(10, 4),
    images=[img(B, 4, "Các đảng viên thảo luận tại buổi sinh hoạt chuyên đề")],
    author="Minh Quân", author_unit="Trung tâm Chính trị huyện Lộc Ninh",
    byline_html='<div style="text-align: right;"><b>Minh Quân (Trung tâm Chính trị huyện Lộc Ninh)</b></div>',
    related=rel(f"{B}/news/tin-tuc/d", 3), related_head="Các tin khác")

# ---------------------------------------------------------------- liferay
B = "https://hoabinh.dcs.vn"
add("A", family="liferay", slug="hb-tplcaption-bbt-bai-viet-lien-quan",
    url=f"{B}/-/asset_publisher/tin-tuc/content/ban-dan-van-tong-ket-dan-van-kheo-7710021",
    notes="Stock Liferay; body image in table.tplCaption with a p.Image caption cell; metadata-publish-date '22/05/2023 10:05'; closing 'BBT' right bold; related heading 'Bài viết liên quan' in taglib-asset-links.",
    title="Tổng kết 5 năm phong trào thi đua “Dân vận khéo”", published="2023-05-22T10:05:00+07:00",
    shown_date="22/05/2023 10:05", category="Tin tức - Sự kiện", lead=None, paras=[LEADS[4], *body(7, 3)],
    images=[img(B, 5, "Lãnh đạo Ban Dân vận Tỉnh ủy trao khen thưởng cho các tập thể")],
    author="BBT", byline_html='<p style="text-align: right;"><strong>BBT</strong></p>',
    related=rel(f"{B}/-/asset_publisher/tin-tuc/content/e", 4), related_head="Bài viết liên quan")
add("B", family="liferay", slug="hb-cap-nhat-anh-only-nguon",
    url=f"{B}/-/asset_publisher/tin-tuc/content/hoi-nghi-dang-uy-khoi-7712230",
    notes="Stock Liferay with 'Cập nhật: 17/06/2023 16:40' in metadata-modified-date (-> updated_at) and publish date '15/06/2023 08:00'; 'Ảnh: Trần Long' credit only (photographer, no author); 'Nguồn: Báo Hòa Bình' source; caption table td.image_desc with <br>.",
    title="Đảng ủy Khối các cơ quan tỉnh sơ kết 6 tháng đầu năm", published="2023-06-15T08:00:00+07:00",
    updated="2023-06-17T16:40:00+07:00", x_upd="17/06/2023 16:40",
    shown_date="15/06/2023 08:00", category="Tin tức - Sự kiện", lead=None, paras=body(0, 4),
    images=[img(B, 6, "Đồng chí Bí thư Đảng ủy Khối phát biểu chỉ đạo hội nghị", "Đồng chí Bí thư Đảng ủy Khối<br>phát biểu chỉ đạo hội nghị")],
    photographer="Trần Long", source="Báo Hòa Bình",
    byline_html='<p style="text-align: right;"><em>Ảnh: Trần Long</em></p><p style="text-align: right;"><strong>Nguồn: Báo Hòa Bình</strong></p>',
    related=rel(f"{B}/-/asset_publisher/tin-tuc/content/f", 5), related_head="Tin liên quan")

# ---------------------------------------------------------------- liferay_vn
B = "https://btg.dongthap.gov.vn"
add("A", family="liferay_vn", slug="dt-chu-nhat-div-right-author",
    url=f"{B}/-/asset_publisher/tin-tuc/content/hoi-thi-bao-cao-vien-gioi-5560120",
    notes="liferay_vn: 'Chủ nhật, ngày 10/09/2023 08:05' (Chủ nhật weekday); bold assetdesc lead; author in <div style=text-align:right><strong>; related 'Các tin đã đưa'.",
    title="Hội thi báo cáo viên, tuyên truyền viên giỏi năm 2023", published="2023-09-10T08:05:00+07:00",
    shown_date="Chủ nhật, ngày 10/09/2023 08:05", category="Tin hoạt động", lead=LEADS[5], paras=body(12),
    images=[img(B, 7, "Thí sinh trình bày phần thi thuyết trình")],
    author="Hoàng Nam", byline_html='<div style="text-align:right"><strong>Hoàng Nam</strong></div>',
    related=rel(f"{B}/-/asset_publisher/tin-tuc/content/g", 0), related_head="Các tin đã đưa")
add("B", family="liferay_vn", slug="dt-thu-hai-dash-tin-anh-caption-br",
    url=f"{B}/-/asset_publisher/tin-tuc/content/ket-nap-dang-vien-moi-5561003",
    notes="liferay_vn: 'Thứ Hai, ngày 02/10/2023 - 15:30' (dash before time); no sapo; caption as <em> after <br> in the image paragraph; 'Tin, ảnh: Thanh Tùng - Ngọc Hân' -> two authors, photographers.",
    title="Chi bộ ấp Tân Hòa kết nạp đảng viên mới", published="2023-10-02T15:30:00+07:00",
    shown_date="Thứ Hai, ngày 02/10/2023 - 15:30", category="Tin hoạt động", lead=None, paras=body(14, 3),
    images=[img(B, 8, "Đảng viên mới tuyên thệ dưới cờ Đảng")],
    author="Thanh Tùng, Ngọc Hân", photographer="Thanh Tùng, Ngọc Hân",
    byline_html='<p style="text-align: right;"><strong>Tin, ảnh: Thanh Tùng - Ngọc Hân</strong></p>',
    related=rel(f"{B}/-/asset_publisher/tin-tuc/content/h", 1), related_head="Tin cùng chuyên mục")

# ---------------------------------------------------------------- sharepoint_cq
B = "https://dangbokhoicq.quangninh.gov.vn"
add("A", family="sharepoint_cq", slug="qn-weekday-date-upper-author",
    url=f"{B}/Pages/dang-uy-khoi-tap-huan-kiem-tra-12033.aspx",
    notes="SharePoint CQ: lblCreatedDate 'Thứ Ba, 12/03/2024 09:05'; upper-case lblAuthor 'THU TRANG' kept; lblSource 'Theo Báo Quảng Ninh' -> 'Báo Quảng Ninh'; related '(Ngày dd/mm/yyyy)'.",
    title="Đảng ủy Khối tập huấn nghiệp vụ công tác kiểm tra, giám sát", published="2024-03-12T09:05:00+07:00",
    shown_date="Thứ Ba, 12/03/2024 09:05", category="Tin hoạt động", lead=LEADS[2], paras=body(1),
    images=[img(B, 9, "Quang cảnh lớp tập huấn")],
    author="THU TRANG", source="Báo Quảng Ninh",
    byline_html='<span id="ctl00_m_g_7a1d2f4e_93b1_4c1e_8f0a_2b3c4d5e6f70_ctl00_lblAuthor">THU TRANG</span><br><span id="ctl00_m_g_7a1d2f4e_93b1_4c1e_8f0a_2b3c4d5e6f70_ctl00_lblSource">Theo Báo Quảng Ninh</span>',
    related=rel(f"{B}/Pages/i", 2), related_head="Các tin khác")
add("B", family="sharepoint_cq", slug="qn-pm-date-bbt-empty-source",
    url=f"{B}/Pages/sinh-hoat-chinh-tri-12102.aspx",
    notes="SharePoint CQ with a 12h stamp '05/07/2023 02:30 PM'; lblAuthor 'BBT', empty lblSource; no sapo; related 'Tin khác'.",
    title="Sinh hoạt chính trị về Nghị quyết Trung ương 8 trong các chi bộ", published="2023-07-05T14:30:00+07:00",
    shown_date="05/07/2023 02:30 PM", category="Tin hoạt động", lead=None, paras=body(18, 3),
    images=[], author="BBT",
    byline_html='<span id="ctl00_m_g_7a1d2f4e_93b1_4c1e_8f0a_2b3c4d5e6f70_ctl00_lblAuthor">BBT</span><br><span id="ctl00_m_g_7a1d2f4e_93b1_4c1e_8f0a_2b3c4d5e6f70_ctl00_lblSource"></span>',
    related=rel(f"{B}/Pages/j", 3), related_head="Tin khác")

# ---------------------------------------------------------------- sharepoint_desc
B = "https://angiang.gov.vn"
add("A", family="sharepoint_desc", slug="ag-nguon-tin-figcaption-xem-them",
    url=f"{B}/tintuc/Pages/hoi-nghi-bao-cao-vien-2023.aspx",
    notes="divArticleDescription template: pnHide span '20/09/2023 15:10'; sapo in #divArticleDescription1; figure/figcaption body image; closing 'Nguồn: Báo An Giang' only (source, no author); related heading 'Xem thêm'.",
    title="An Giang tổ chức hội nghị báo cáo viên quý III", published="2023-09-20T15:10:00+07:00",
    shown_date="20/09/2023 15:10", category="Tin tức", lead=LEADS[1], paras=body(6),
    images=[img(B, 10, "Đại biểu dự hội nghị báo cáo viên")],
    source="Báo An Giang", byline_html='<p style="text-align:right"><strong>Nguồn: Báo An Giang</strong></p>',
    related=rel(f"{B}/tintuc/Pages/k", 4), related_head="Xem thêm")
add("B", family="sharepoint_desc", slug="ag-news-title-txtdatestring",
    url=f"{B}/tintuc/Pages/chuyen-doi-so-cong-tac-dang.aspx",
    notes="Other SharePoint template: #news-title / #txtDateString 'Thứ tư, 02/10/2013 - 10:12' / #news-detail; caption table; 'Hải Yến - Tấn Phát' right em line -> two authors; 'Tin khác' in div.tinkhac.",
    title="Đẩy mạnh chuyển đổi số trong công tác Đảng", published="2013-10-02T10:12:00+07:00",
    shown_date="Thứ tư, 02/10/2013 - 10:12", category="Tin tức", lead=None, paras=body(22, 3),
    images=[img(B, 11, "Cán bộ sử dụng sổ tay đảng viên điện tử")],
    author="Hải Yến, Tấn Phát", byline_html='<p style="text-align:right"><em>Hải Yến - Tấn Phát</em></p>',
    related=rel(f"{B}/tintuc/Pages/l", 5), related_head="Tin khác")

# ---------------------------------------------------------------- dnn
B = "https://dangbokhoi.quangtri.gov.vn"
add("A", family="dnn", slug="qt-tin-anh-panel-time-before-date",
    url=f"{B}/Default.aspx?tabid=88&ndid=5120",
    notes="DNN news module: lblDate '09:41 21/01/2021' (time first); lblSummary bold lead; p > em caption; author panel 'Tin, ảnh: Văn Sơn' after the content div; related 'Các tin đã đưa'.",
    title="Đảng ủy Khối triển khai nhiệm vụ năm 2021", published="2021-01-21T09:41:00+07:00",
    shown_date="09:41 21/01/2021", category="Tin hoạt động", lead=LEADS[3], paras=body(19),
    images=[img(B, 12, "Quang cảnh hội nghị triển khai nhiệm vụ")],
    author="Văn Sơn", photographer="Văn Sơn", byline_html='<p style="text-align:right"><strong>Tin, ảnh: Văn Sơn</strong></p>',
    related=rel(f"{B}/Default.aspx?tabid=88&ndid=m", 0), related_head="Các tin đã đưa")
add("B", family="dnn", slug="qt-ngay-thang-nam-theo",
    url=f"{B}/Default.aspx?tabid=88&ndid=5133",
    notes="DNN with lblDate 'Ngày 15 tháng 3 năm 2024' (words, date only); no summary; caption table with <br>; closing 'Theo Báo Quảng Trị' -> source; related 'Bài viết khác'.",
    title="Trao Huy hiệu Đảng đợt 3/2 cho đảng viên cao tuổi", published="2024-03-15",
    shown_date="Ngày 15 tháng 3 năm 2024", category="Tin hoạt động", lead=None, paras=body(20, 3),
    images=[img(B, 13, "Lãnh đạo Đảng ủy Khối trao Huy hiệu Đảng cho các đảng viên", "Lãnh đạo Đảng ủy Khối trao Huy hiệu Đảng<br>cho các đảng viên")],
    source="Báo Quảng Trị", byline_html='<p style="text-align:right"><i>Theo Báo Quảng Trị</i></p>',
    related=rel(f"{B}/Default.aspx?tabid=88&ndid=n", 1), related_head="Bài viết khác")

# ---------------------------------------------------------------- aspnet_articledetail
B = "https://tuyengiao.hungyen.gov.vn"
add("A", family="aspnet_articledetail", slug="hy-bracket-date-views-name-unit-br",
    url=f"{B}/bai-viet/hoi-nghi-bao-cao-vien-thang-9-2211.aspx",
    notes="ArticleDetail control: date '[20/09/2023 - 08:15 - 1250 lượt xem]' (bracket + views); lead p > strong at the top; caption table; closing right-aligned bold name then <br> unit 'Ngọc Lan<br>Ban Tuyên giáo Huyện ủy Văn Lâm'.",
    title="Hội nghị báo cáo viên tháng 9 năm 2023", published="2023-09-20T08:15:00+07:00",
    shown_date="[20/09/2023 - 08:15 - 1250 lượt xem]", category="Tin tức trong tỉnh", lead=LEADS[1], paras=body(5),
    images=[img(B, 14, "Báo cáo viên cấp tỉnh thông tin tại hội nghị")],
    author="Ngọc Lan", author_unit="Ban Tuyên giáo Huyện ủy Văn Lâm",
    byline_html='<p style="text-align: right;"><strong>Ngọc Lan<br>Ban Tuyên giáo Huyện ủy Văn Lâm</strong></p>',
    related=rel(f"{B}/bai-viet/o", 2), related_head="Tin tức khác")
add("B", family="aspnet_articledetail", slug="hy-dang-luc-am-nguon-tin",
    url=f"{B}/bai-viet/ket-nap-dang-vien-hoc-sinh-2230.aspx",
    notes="ArticleDetail: date 'Đăng lúc: 9:05:12 AM, 03/10/2023' (time before date, 12h, unpadded hour); no lead; 'Nguồn tin: Báo Hưng Yên' closing; author none.",
    title="Kết nạp đảng viên là học sinh trường THPT Văn Giang", published="2023-10-03T09:05:12+07:00",
    shown_date="Đăng lúc: 9:05:12 AM, 03/10/2023", category="Tin tức trong tỉnh", lead=None, paras=body(14, 3),
    images=[], source="Báo Hưng Yên", byline_html='<p style="text-align: right;"><strong>Nguồn tin: Báo Hưng Yên</strong></p>',
    related=rel(f"{B}/bai-viet/p", 3), related_head="Tin khác")

# ---------------------------------------------------------------- aspnet_table
B = "http://baoquangngai.vn"
add("A", family="aspnet_table", slug="qng-chu-nhat-double-space-tin-va-anh",
    url=f"{B}/channel/2027/202309/dan-van-kheo-3150012/?ID=3150012",
    notes="CMS.TTV table layout: span.ngay_dang 'Chủ nhật,  24/09/2023' (double space, date only); lead image table[align=left] + span.image_desc; story_teaser; 'Tin và ảnh: NGỌC DIỄM' (upper case) -> author + photographer.",
    title="Lan tỏa phong trào thi đua “Dân vận khéo” ở Sơn Tịnh", published="2023-09-24",
    shown_date="Chủ nhật,  24/09/2023", category="Chính trị", lead=LEADS[4], paras=body(8),
    images=[img(B, 15, "Mô hình dân vận khéo trong xây dựng nông thôn mới")],
    author="NGỌC DIỄM", photographer="NGỌC DIỄM", byline_html='<p style="text-align:right"><strong>Tin và ảnh: NGỌC DIỄM</strong></p>',
    related=rel(f"{B}/channel/2027/q", 4), related_head="Tin khác")
add("B", family="aspnet_table", slug="qng-1258-time-first",
    url=f"{B}/channel/2027/202310/hoi-nghi-chuyen-de-3150555/?ID=3150555", content_type="text/html; charset=windows-1258", charset="windows-1258",
    notes="windows-1258 page (tones as combining bytes); span.ngay_dang '20:02, 23/10/2023' (time first); no lead, no image; 'Theo Báo Quảng Ngãi' source.",
    title="Đảng bộ huyện Sơn Hà tổng kết công tác xây dựng Đảng", published="2023-10-23T20:02:00+07:00",
    shown_date="20:02, 23/10/2023", category="Chính trị", lead=None, paras=body(16, 3),
    images=[], source="Báo Quảng Ngãi", byline_html='<p style="text-align:right">Theo Báo Quảng Ngãi</p>',
    related=rel(f"{B}/channel/2027/r", 5), related_head="Các tin khác")

# ---------------------------------------------------------------- dcs_detailview
B = "https://tuyenquang.dcs.vn"
add("A", family="dcs_detailview", slug="tq-news-detail-cap-nhat-pipe",
    url=f"{B}/Default.aspx/DetailView/2210/52/hoi-nghi-tinh-uy.html",
    notes="dcs 'news-detail' wrapper (not detail-view): span.date '08:30 | 13/08/2025' (time | date); sapo > strong; table.image + td.image_desc; 'Quốc Nhật' right strong author; related 'Tin cùng chuyên mục'.",
    title="Hội nghị Tỉnh ủy lần thứ 16 khóa XVII", published="2025-08-13T08:30:00+07:00",
    shown_date="08:30 | 13/08/2025", category="Tin hoạt động", lead=LEADS[0], paras=body(9),
    images=[img(B, 16, "Đồng chí Bí thư Tỉnh ủy phát biểu khai mạc hội nghị")],
    author="Quốc Nhật", byline_html='<p style="text-align:right"><strong>Quốc Nhật</strong></p>',
    related=rel(f"{B}/Default.aspx/DetailView/s", 0), related_head="Tin cùng chuyên mục")
add("B", family="dcs_detailview", slug="tq-ngay-dang-theo-photo-em",
    url=f"{B}/Default.aspx/DetailView/2290/52/sinh-hoat-chi-bo.html",
    notes="dcs: 'Cập nhật ngày: 05/03/2024 - 14:20' as the only stamp; p > em caption under image; 'Ảnh: Minh Tuấn' credit + 'Đức Anh' author right; related 'Các tin khác'.",
    title="Chi bộ Sở Nội vụ sinh hoạt chuyên đề quý I", published="2024-03-05T14:20:00+07:00",
    shown_date="Cập nhật ngày: 05/03/2024 - 14:20", category="Tin hoạt động", lead=None, paras=body(2, 3),
    images=[img(B, 17, "Các đảng viên tham gia ý kiến tại buổi sinh hoạt")],
    author="Đức Anh", photographer="Minh Tuấn",
    byline_html='<p style="text-align:right"><em>Ảnh: Minh Tuấn</em></p><p style="text-align:right"><strong>Đức Anh</strong></p>',
    related=rel(f"{B}/Default.aspx/DetailView/t", 1), related_head="Các tin khác")

# ---------------------------------------------------------------- sphere
B = "https://baria-vungtau.dcs.vn"
add("A", family="sphere", slug="brvt-figcaption-nguon",
    url=f"{B}/sphere/brvt/vi/news/hoi-nghi-bao-cao-vien.cpx?uuid=8f2a",
    notes="sphere: data-time epoch (1695197700000 = 2023-09-20 15:15 +07:00) and visible '20.09.2023'; figure/figcaption; 'Nguồn: Ban Tuyên giáo Tỉnh ủy' closing source; related 'Các tin khác' cw-items.",
    title="Bà Rịa - Vũng Tàu: hội nghị báo cáo viên tháng 9", published="2023-09-20T15:15:00+07:00",
    shown_date="20.09.2023", x_epoch="1695197700000", category="Tin hoạt động", lead=LEADS[1], paras=body(5),
    images=[img(B, 18, "Quang cảnh hội nghị báo cáo viên tháng 9")],
    source="Ban Tuyên giáo Tỉnh ủy", byline_html='<p style="text-align: right;" data-mce-style="text-align: right;"><strong>Nguồn: Ban Tuyên giáo Tỉnh ủy</strong></p>',
    related=rel(f"{B}/sphere/brvt/vi/news/u", 2, dated=False), related_head="Các tin khác")
add("B", family="sphere", slug="brvt-hyphen-authors-em-caption",
    url=f"{B}/sphere/brvt/vi/news/ket-nap-dang-vien.cpx?uuid=9c1d",
    notes="sphere: data-time 1696924800000 (2023-10-10 15:00 +07:00); no brief; centred p > em caption; 'Hữu Lộc - Minh Đức' right bold (two authors).",
    title="Kết nạp đảng viên mới tại Chi bộ khu phố 3", published="2023-10-10T15:00:00+07:00",
    shown_date="10.10.2023", x_epoch="1696924800000", category="Tin hoạt động", lead=None, paras=body(14, 3),
    images=[img(B, 19, "Đảng viên mới nhận quyết định kết nạp")],
    author="Hữu Lộc, Minh Đức", byline_html='<p style="text-align: right;"><strong>Hữu Lộc - Minh Đức</strong></p>',
    related=rel(f"{B}/sphere/brvt/vi/news/v", 3, dated=False), related_head="Các tin khác")

# ---------------------------------------------------------------- vhv
B = "https://thuongtin.hanoi.gov.vn"
add("A", family="vhv", slug="tt-author-unit-paren-em-caption",
    url=f"{B}/tin-tuc/hoi-nghi-dang-uy-xa.html",
    notes="VHV: meta datePublished '2024-05-14T08:20:00+07:00', post-date '08:20:00 | 14/05/2024'; p > em caption; 'Thu Hương (Trung tâm VH-TT&TT)' right -> name + unit; 'Tin cùng chuyên mục' related.",
    title="Đảng ủy xã Văn Bình sơ kết công tác quý I", published="2024-05-14T08:20:00+07:00",
    x_iso="2024-05-14T08:20:00+07:00", shown_date="08:20:00 | 14/05/2024", category="Tin tức - Sự kiện", lead=LEADS[2], paras=body(0),
    images=[img(B, 20, "Đồng chí Bí thư Đảng ủy xã phát biểu tại hội nghị")],
    author="Thu Hương", author_unit="Trung tâm VH-TT&TT",
    byline_html='<p style="text-align: right;"><strong>Thu Hương (Trung tâm VH-TT&amp;TT)</strong></p>',
    related=rel(f"{B}/tin-tuc/w", 4, dated=False), related_head="Tin cùng chuyên mục")
add("B", family="vhv", slug="tt-modified-tin-anh",
    url=f"{B}/tin-tuc/hoi-thi-bao-cao-vien.html",
    notes="VHV: datePublished + dateModified meta (modified differs -> updated_at); caption table; 'Tin, ảnh: Văn Sơn' -> author + photographer.",
    title="Hội thi báo cáo viên giỏi huyện Thường Tín năm 2024", published="2024-06-03T09:00:00+07:00",
    updated="2024-06-04T10:30:00+07:00", x_iso="2024-06-03T09:00:00+07:00", x_mod="2024-06-04T10:30:00+07:00",
    shown_date="09:00:00 | 03/06/2024", category="Tin tức - Sự kiện", lead=None, paras=body(12, 3),
    images=[img(B, 21, "Thí sinh dự thi phần thuyết trình")],
    author="Văn Sơn", photographer="Văn Sơn", byline_html='<p style="text-align: right;"><strong>Tin, ảnh: Văn Sơn</strong></p>',
    related=rel(f"{B}/tin-tuc/x", 5, dated=False), related_head="Bài viết khác")

# ---------------------------------------------------------------- drupal
B = "https://tinhuylaichau.vn"
add("A", family="drupal", slug="lc-d7-pem-br-caption",
    url=f"{B}/node/2417",
    notes="Drupal 7: dc:created content ISO with visible 'Thứ tư, 02/10/2013 - 10:12'; field-tom-tat lead; image + <br> + <em> caption in the same paragraph; tags field 'Từ khóa'; author 'Đức Anh - Thu Hằng' right em.",
    title="Tỉnh ủy Lai Châu quán triệt Nghị quyết Trung ương 8", published="2013-10-02T10:12:00+07:00",
    x_iso="2013-10-02T10:12:00+07:00", shown_date="Thứ tư, 02/10/2013 - 10:12", category="Xây dựng Đảng", lead=LEADS[3], paras=body(19),
    images=[img(B, 22, "Các đại biểu dự hội nghị quán triệt")],
    author="Đức Anh, Thu Hằng", byline_html='<p style="text-align:right"><em>Đức Anh - Thu Hằng</em></p>',
    tags=["Nghị quyết Trung ương 8", "Lai Châu"], related=rel(f"{B}/node/y", 0), related_head="Tin liên quan")
add("B", family="drupal", slug="lc-d9-created-text-only",
    url=f"{B}/node/2519",
    notes="Drupal 9 article with only a visible created field '15/03/2024 - 14:05' (no <time>, no RDFa); sapo field; figure/figcaption; 'Tin, ảnh: Quang Vinh'; related 'Bài viết liên quan'.",
    title="Đảng bộ huyện Tam Đường kết nạp 30 đảng viên mới", published="2024-03-15T14:05:00+07:00",
    shown_date="15/03/2024 - 14:05", category="Xây dựng Đảng", lead=LEADS[2], paras=body(15),
    images=[img(B, 23, "Lễ kết nạp đảng viên mới")],
    author="Quang Vinh", photographer="Quang Vinh", byline_html='<p style="text-align:right"><strong>Tin, ảnh: Quang Vinh</strong></p>',
    related=rel(f"{B}/node/z", 1), related_head="Bài viết liên quan")

# ---------------------------------------------------------------- joomla_k2
B = "http://lyluanchinhtri.vn"
add("A", family="joomla_k2", slug="llct-chu-nhat-credits-theo",
    url=f"{B}/home/index.php/dien-dan/item/5120-xay-dung-dang.html",
    notes="K2: 'Chủ nhật, 10 Tháng 9 2023 09:15'; itemImageCaption + itemImageCredits 'Ảnh: TTXVN' (photographer); intro lead; closing 'Theo Tạp chí Cộng sản' -> source; related 'Bài viết liên quan'.",
    title="Nâng cao chất lượng sinh hoạt chi bộ trong tình hình mới", published="2023-09-10T09:15:00+07:00",
    shown_date="Chủ nhật, 10 Tháng 9 2023 09:15", category="Diễn đàn", lead=LEADS[2], paras=body(10),
    images=[img(B, 24, "Một buổi sinh hoạt chi bộ")], x_credit="Ảnh: TTXVN",
    photographer="TTXVN", source="Tạp chí Cộng sản", byline_html='<p style="text-align: right;"><em>Theo Tạp chí Cộng sản</em></p>',
    related=rel(f"{B}/home/index.php/dien-dan/item/aa", 2), related_head="Bài viết liên quan")
add("B", family="joomla_k2", slug="llct-upper-author-unit-paren",
    url=f"{B}/home/index.php/nghien-cuu/item/5188-dao-duc-can-bo.html",
    notes="K2: 'Thứ bảy, 07 Tháng 10 2023 14:00'; no image, no intro; closing upper-case 'TS. NGUYỄN VĂN HÙNG (Học viện Chính trị khu vực III)' -> name + unit.",
    title="Giữ gìn đạo đức cách mạng của cán bộ, đảng viên", published="2023-10-07T14:00:00+07:00",
    shown_date="Thứ bảy, 07 Tháng 10 2023 14:00", category="Nghiên cứu", lead=None, paras=body(2, 4),
    images=[], author="TS. NGUYỄN VĂN HÙNG", author_unit="Học viện Chính trị khu vực III",
    byline_html='<p style="text-align: right;"><strong>TS. NGUYỄN VĂN HÙNG</strong> (Học viện Chính trị khu vực III)</p>',
    related=rel(f"{B}/home/index.php/nghien-cuu/item/bb", 3), related_head="Bài viết khác")

# ---------------------------------------------------------------- wordpress
B = "https://baotayninh.vn"
add("A", family="wordpress", slug="tn-comment-form-nguon",
    url=f"{B}/2023/10/25/hoi-nghi-ban-thuong-vu/",
    notes="WordPress: time.entry-date.published datetime ISO, visible '25 Tháng Mười, 2023'; bold lead paragraph; figure/figcaption; 'Nguồn: Báo Tây Ninh' closing; comment form 'Ý kiến bạn đọc'; tags 'Thẻ:'.",
    title="Ban Thường vụ Tỉnh ủy cho ý kiến về công tác cán bộ", published="2023-10-25T14:30:00+07:00",
    x_iso="2023-10-25T14:30:00+07:00", shown_date="25 Tháng Mười, 2023", category="Chính trị", lead=LEADS[3], paras=body(3),
    images=[img(B, 25, "Quang cảnh hội nghị Ban Thường vụ Tỉnh ủy")],
    source="Báo Tây Ninh", byline_html='<p style="text-align: right;"><strong>Nguồn: Báo Tây Ninh</strong></p>',
    tags=["Ban Thường vụ", "công tác cán bộ"], related=rel(f"{B}/cc", 4), related_head="Tin cùng chuyên mục")
add("B", family="wordpress", slug="tn-em-caption-ptv",
    url=f"{B}/2024/03/20/chi-bo-sinh-hoat/",
    notes="WordPress classic editor: datetime ISO; p > em caption under image; closing 'PV' right; tags; related 'Bài viết liên quan'.",
    title="Chi bộ khu phố 2 sinh hoạt chuyên đề tháng 3", published="2024-03-20T16:05:00+07:00",
    x_iso="2024-03-20T16:05:00+07:00", shown_date="20/03/2024", category="Chính trị", lead=None, paras=body(11, 3),
    images=[img(B, 26, "Đảng viên phát biểu tại buổi sinh hoạt")],
    author="PV", byline_html='<p style="text-align: right;"><strong>PV</strong></p>',
    tags=["sinh hoạt chi bộ"], related=rel(f"{B}/dd", 5), related_head="Bài viết liên quan")

# ---------------------------------------------------------------- duk_langson
B = "https://duk.langson.gov.vn"
add("A", family="duk_langson", slug="duk-dashes-name-unit-br",
    url=f"{B}/Default.aspx?siteid=1&c=content&a=detail&id=3201",
    notes="duk_langson replica with other wrappers: lblDate '18-07-2023 08:45'; caption table; trailing right-aligned 'Lê Minh, Chi bộ Sở Tài chính'.",
    title="Chi bộ Sở Tài chính sơ kết công tác 6 tháng", published="2023-07-18T08:45:00+07:00",
    shown_date="18-07-2023 08:45", category="Hoạt động của các tổ chức Đảng cơ sở", lead=None, paras=body(0, 4),
    images=[img(B, 27, "Đồng chí Bí thư Chi bộ chủ trì hội nghị")],
    author="Lê Minh", author_unit="Chi bộ Sở Tài chính",
    byline_html='<p style="text-align: right;"><strong>Lê Minh, Chi bộ Sở Tài chính</strong></p>',
    related=rel(f"{B}/Default.aspx?siteid=1&c=content&a=detail&id=ee", 0), related_head="Tin liên quan")
add("B", family="duk_langson", slug="duk-time-first-tin-anh-br-em",
    url=f"{B}/Default.aspx?siteid=1&c=content&a=detail&id=3245",
    notes="duk_langson: lblDate '14:15 03-10-2023' (time first); image paragraph with <br><em> caption; 'Tin, ảnh: Hoàng Linh' right.",
    title="Đảng ủy Khối tổ chức hội nghị học tập chuyên đề năm 2023", published="2023-10-03T14:15:00+07:00",
    shown_date="14:15 03-10-2023", category="Hoạt động của các tổ chức Đảng cơ sở", lead=None, paras=body(4, 3),
    images=[img(B, 28, "Đại biểu dự hội nghị học tập chuyên đề")],
    author="Hoàng Linh", photographer="Hoàng Linh", byline_html='<p style="text-align: right;"><em>Tin, ảnh: Hoàng Linh</em></p>',
    related=rel(f"{B}/Default.aspx?siteid=1&c=content&a=detail&id=ff", 1), related_head="Các tin khác")

# ---------------------------------------------------------------- auto (no profile)
add("bootstrap", family="auto", slug="yenlap-bootstrap-post-detail",
    url="https://yenlap.phutho.gov.vn/tin-tuc/hoi-nghi-bao-cao-vien-huyen-1452.html",
    notes="Generic Bootstrap district portal: h1.post-detail-title; meta line '(clock) 15:30 - 12/06/2024  (eye) Lượt xem: 287'; bold sapo p; figure/figcaption; 'Tin, ảnh: Hà Phương' right; share bar; related 'Tin cùng chuyên mục'.",
    title="Huyện Yên Lập tổ chức hội nghị báo cáo viên tháng 6", published="2024-06-12T15:30:00+07:00",
    shown_date="15:30 - 12/06/2024", category="Tin tức - Sự kiện", lead=LEADS[1], paras=body(5),
    images=[img("https://yenlap.phutho.gov.vn", 29, "Báo cáo viên thông tin tại hội nghị")],
    author="Hà Phương", photographer="Hà Phương", byline_html='<p style="text-align:right"><strong>Tin, ảnh: Hà Phương</strong></p>',
    related=rel("https://yenlap.phutho.gov.vn/tin-tuc/gg", 2), related_head="Tin cùng chuyên mục")
add("table", family="auto", slug="legacy-table-font-site",
    url="http://www.dangbo.namdinh.vn/tintuc.php?id=812",
    notes="Legacy table layout (no CSS classes on the article): <font> title and date 'Cập nhật lúc: 18:00 |22/05/2022'; caption table; 'Nguồn: Báo Nam Định' closing; 'Tin khác:' list with dates and <br>.",
    title="Đảng bộ huyện Ý Yên sơ kết 6 tháng đầu năm 2022", published="2022-05-22T18:00:00+07:00",
    shown_date="Cập nhật lúc: 18:00 |22/05/2022", category="Tin hoạt động", lead=None, paras=body(16, 3),
    images=[img("http://www.dangbo.namdinh.vn", 30, "Quang cảnh hội nghị sơ kết")],
    source="Báo Nam Định", byline_html='<p align="right"><b>Nguồn: Báo Nam Định</b></p>',
    related=rel("http://www.dangbo.namdinh.vn/tintuc.php?id=hh", 3), related_head="Tin khác")
add("joomla3", family="auto", slug="joomla3-item-page",
    url="https://tinhuyquangtri.vn/index.php/tin-tuc/139-hoi-nghi-dan-van",
    notes="Joomla 3 com_content (no K2): div.item-page h2[itemprop=headline]; time[datetime] + 'Chi tiết'/'Danh mục:' info; p > em caption; prev/next pager not related; 'Thanh Hà' right author; relateditems module without dates.",
    title="Hội nghị công tác dân vận khối các cơ quan tỉnh", published="2023-05-22T09:00:00+07:00",
    x_iso="2023-05-22T09:00:00+07:00", shown_date="22/05/2023", category="Tin tức", lead=None, paras=body(7, 3),
    images=[img("https://tinhuyquangtri.vn", 31, "Đại biểu dự hội nghị công tác dân vận")],
    author="Thanh Hà", byline_html='<p style="text-align: right;"><strong>Thanh Hà</strong></p>',
    related=rel("https://tinhuyquangtri.vn/index.php/tin-tuc/ii", 4, dated=False), related_head="Bài viết liên quan")
add("php", family="auto", slug="custom-php-chitiet-tin",
    url="https://dangbo.bacninh.gov.vn/chitiet.php?idtin=2291",
    notes="Custom PHP CMS: div.tieude-tin title; 'Thứ Ba, 20/02/2024 - 10:30 AM' date; bold p lead; p > em caption; 'Ảnh: Ngọc Anh' credit and 'Nguyễn Hoa' right; comment form 'Ý kiến bạn đọc'; related 'Các tin khác'.",
    title="Bắc Ninh kết nạp đảng viên đầu năm 2024", published="2024-02-20T10:30:00+07:00",
    shown_date="Thứ Ba, 20/02/2024 - 10:30 AM", category="Xây dựng Đảng", lead=LEADS[5], paras=body(14),
    images=[img("https://dangbo.bacninh.gov.vn", 32, "Các đảng viên mới tuyên thệ")],
    author="Nguyễn Hoa", photographer="Ngọc Anh",
    byline_html='<p style="text-align:right"><em>Ảnh: Ngọc Anh</em></p><p style="text-align:right"><strong>Nguyễn Hoa</strong></p>',
    related=rel("https://dangbo.bacninh.gov.vn/chitiet.php?idtin=jj", 5), related_head="Các tin khác")
add("jsonld", family="auto", slug="jsonld-modified-tags",
    url="https://baohaiduong.vn/chinh-tri/ban-chap-hanh-dang-bo-hop-240101.html",
    notes="Unknown news CMS with JSON-LD NewsArticle (datePublished, distinct dateModified -> updated_at) and visible 'Thứ ba, 20:02, 23/01/2024'; h2.detail-sapo lead; caption table; 'Tags:' tags; 'PV' author; related heading 'Tin cùng chuyên mục'.",
    title="Ban Chấp hành Đảng bộ tỉnh họp phiên đầu năm", published="2024-01-23T20:02:00+07:00",
    updated="2024-01-24T08:00:00+07:00", x_iso="2024-01-23T20:02:00+07:00", x_mod="2024-01-24T08:00:00+07:00",
    shown_date="Thứ ba, 20:02, 23/01/2024", category="Chính trị", lead=LEADS[0], paras=body(9),
    images=[img("https://baohaiduong.vn", 33, "Quang cảnh phiên họp")],
    author="PV", byline_html='<p style="text-align:right"><strong>PV</strong></p>',
    tags=["Ban Chấp hành", "Hải Dương"], related=rel("https://baohaiduong.vn/chinh-tri/kk", 0), related_head="Tin cùng chuyên mục")
add("legacy", family="auto", slug="legacy-nfd-ids-only",
    url="https://huyenuy.vinhbao.haiphong.gov.vn/tin-tuc/dai-hoi-chi-bo-418/", nfd=True,
    notes="Div-with-ids legacy theme, whole page typed as NFD; 'Ngày 09/12/2023' date only; &nbsp; indents; p > em caption; 'Thu Hà - Minh Tuấn' right em; related 'Các tin đã đưa'.",
    title="Đại hội điểm chi bộ thôn Tân Hòa nhiệm kỳ 2023 - 2025", published="2023-12-09",
    shown_date="Ngày 09/12/2023", category="Xây dựng Đảng", lead=None, paras=body(21, 3),
    images=[img("https://huyenuy.vinhbao.haiphong.gov.vn", 34, "Đại hội biểu quyết thông qua nghị quyết")],
    author="Thu Hà, Minh Tuấn", byline_html='<p style="text-align:right"><em>Thu Hà - Minh Tuấn</em></p>',
    related=rel("https://huyenuy.vinhbao.haiphong.gov.vn/tin-tuc/ll", 1), related_head="Các tin đã đưa")

# ================================================================ batch 2: harder themes
add("nv3", family="nukeviet3", slug="bp-h2-title-site-h1-bai-va-anh",
    url="https://binhphuoc.dcs.vn/news/tin-tuc/dai-hoi-chi-bo-thon-4502.html",
    notes="NukeViet 3 restyle: title in h2.title-news inside div#news_detail while the header carries an h1 site name; span.time '(29/06/2024, 14:49)' inside parentheses; bold hometext; caption table; 'Bài và ảnh: Thành Vinh'; uppercase related heading 'TIN LIÊN QUAN KHÁC' in div.tinlienquan.",
    title="Đại hội điểm chi bộ thôn Phú Lạc nhiệm kỳ 2024 - 2026", published="2024-06-29T14:49:00+07:00",
    shown_date="(29/06/2024, 14:49)", category="Tin tức", lead=LEADS[2], paras=body(9),
    images=[img("https://binhphuoc.dcs.vn", 40, "Đại hội biểu quyết thông qua nghị quyết")],
    author="Thành Vinh", photographer="Thành Vinh", byline_html='<p style="text-align:right"><strong>Bài và ảnh: Thành Vinh</strong></p>',
    related=rel("https://binhphuoc.dcs.vn/news/tin-tuc/mm", 2), related_head="TIN LIÊN QUAN KHÁC")
add("nv4", family="nukeviet4", slug="tn-left-sidebar-author-anh-inline",
    url="https://tuyengiaothainguyen.org.vn/vi/news/xay-dung-dang/hoc-tap-chuyen-de-2024-1290.html",
    notes="NukeViet 4 theme with a dated left column BEFORE the article (trap); span.h5 'Thứ bảy - 08/06/2024 07:05'; figure/figcaption in the body; byline 'Thu Hà - Ảnh: Minh Đức' in p.h5.text-right (author + photographer on one line); related 'Những tin cũ hơn'.",
    title="Học tập chuyên đề năm 2024 về tư tưởng, đạo đức Hồ Chí Minh", published="2024-06-08T07:05:00+07:00",
    shown_date="Thứ bảy - 08/06/2024 07:05", category=None, lead=LEADS[3], paras=body(2),
    images=[img("https://tuyengiaothainguyen.org.vn", 41, "Đảng viên nghiên cứu tài liệu học tập chuyên đề")],
    author="Thu Hà", photographer="Minh Đức", byline_html='<p class="h5 text-right"><strong>Thu Hà - Ảnh: Minh Đức</strong></p>',
    related=rel("https://tuyengiaothainguyen.org.vn/vi/news/xay-dung-dang/nn", 3), related_head="Những tin cũ hơn")
add("wp", family="wordpress", slug="tn-newspaper-theme-td-post",
    url="https://baotayninh.vn/2024/01/15/tong-ket-cong-tac-dan-van/",
    notes="WordPress 'Newspaper' theme: time.entry-date.updated.td-module-date (no .published) with datetime ISO and visible date only; 'Bởi Ban biên tập' CMS user link (not the byline); body div.td-post-content; 'Nguyễn Văn Hải - Thanh Tâm' closing right strong; td_block_related_posts 'BÀI VIẾT LIÊN QUAN' with a 'CÙNG TÁC GIẢ' tab.",
    title="Tổng kết công tác dân vận năm 2023 trên địa bàn tỉnh", published="2024-01-15T10:20:00+07:00",
    x_iso="2024-01-15T10:20:00+07:00", shown_date="15/01/2024", category="Chính trị", lead=None, paras=body(7, 4),
    images=[img("https://baotayninh.vn", 42, "Quang cảnh hội nghị tổng kết công tác dân vận")],
    author="Nguyễn Văn Hải, Thanh Tâm", byline_html='<p style="text-align: right;"><strong>Nguyễn Văn Hải - Thanh Tâm</strong></p>',
    related=rel("https://baotayninh.vn/oo", 4, dated=False), related_head="BÀI VIẾT LIÊN QUAN")
add("fusion", family="auto", slug="byline-date-fusion-left-column",
    url="https://baohaiduong.vn/chinh-tri/hoi-nghi-quan-triet-240128.html",
    notes="Unknown CMS: dated left column before the article; meta line 'PV•28/01/2025 08:22' fuses the byline with the date (author PV); bold sapo; caption table; 'Từ khóa:' tags; related 'Tin liên quan'.",
    title="Hội nghị quán triệt Nghị quyết của Ban Chấp hành Trung ương", published="2025-01-28T08:22:00+07:00",
    shown_date="PV•28/01/2025 08:22", category="Chính trị", lead=LEADS[3], paras=body(19),
    images=[img("https://baohaiduong.vn", 43, "Đại biểu dự hội nghị quán triệt")],
    author="PV", tags=["nghị quyết", "Hải Dương"],
    related=rel("https://baohaiduong.vn/chinh-tri/pp", 5), related_head="Tin liên quan")
add("lr5", family="liferay_vn", slug="nd-liferay5-h5-title-h1-date",
    url="https://sonoivu.namdinh.gov.vn/web/guest/tin-tuc/-/asset_publisher/aBc1/content/so-noi-vu-so-ket-6-thang",
    notes="Liferay 5 vendor EXT: category in div.titlecategories h6, title in div.txtdetail h5, date in an h1 'Cập nhật: 14/06/2023 14:15' (HH:ss as printed); lead p > strong; p > em caption; 'Phòng Xây dựng chính quyền' is not an author - closing 'Hồng Nhung' right; related in div.other-news 'Các tin khác'.",
    title="Sở Nội vụ sơ kết công tác 6 tháng đầu năm 2023", published="2023-06-14T14:15:00+07:00",
    shown_date="14/06/2023 14:15", category="Tin hoạt động", lead=LEADS[0], paras=body(16),
    images=[img("https://sonoivu.namdinh.gov.vn", 44, "Lãnh đạo Sở Nội vụ phát biểu tại hội nghị")],
    author="Hồng Nhung", byline_html='<p style="text-align:right"><strong>Hồng Nhung</strong></p>',
    related=rel("https://sonoivu.namdinh.gov.vn/web/guest/tin-tuc/-/asset_publisher/aBc1/content/qq", 0), related_head="Các tin khác")
add("ecoit", family="liferay_vn", slug="pt-ecoit-portlet-article",
    url="https://phutho.gov.vn/CmsView-EcoIT-portlet/html/print_cms.jsp?articleId=88120",
    notes="EcoIT vendor portlet on Liferay: section > article > h1 title, p.date 'Thứ Sáu, 20/10/2023 - 16:45', div.author 'Minh Phương'; sapo p#change_font_size; body div#contentnews with caption table; related-assets 'Tin cùng chuyên mục'.",
    title="Phú Thọ sơ kết 3 năm thực hiện Kết luận 01-KL/TW", published="2023-10-20T16:45:00+07:00",
    shown_date="Thứ Sáu, 20/10/2023 - 16:45", category="Tin tức", lead=LEADS[5], paras=body(3),
    images=[img("https://phutho.gov.vn", 45, "Các đại biểu dự hội nghị sơ kết")],
    author="Minh Phương", related=rel("https://phutho.gov.vn/CmsView?articleId=rr", 1), related_head="Tin cùng chuyên mục")
add("spc", family="sharepoint_desc", slug="ag-divarticlecontent-txttitle",
    url="https://angiang.gov.vn/tintuc/Pages/ban-dan-van-tinh-uy-2024.aspx",
    notes="SharePoint template with #txtTitle / #txtDateString '15/03/2024 - 08:30 AM' / #divArticleContent; lead p > b inside the content; p > em caption; 'Nguồn tin: Ban Dân vận Tỉnh ủy' closing; related in [id$=OtherNews] 'Tin khác'.",
    title="Ban Dân vận Tỉnh ủy triển khai nhiệm vụ năm 2024", published="2024-03-15T08:30:00+07:00",
    shown_date="15/03/2024 - 08:30 AM", category="Tin tức", lead=LEADS[4], paras=body(7),
    images=[img("https://angiang.gov.vn", 46, "Trưởng Ban Dân vận Tỉnh ủy phát biểu")],
    source="Ban Dân vận Tỉnh ủy", byline_html='<p style="text-align:right"><strong>Nguồn tin: Ban Dân vận Tỉnh ủy</strong></p>',
    related=rel("https://angiang.gov.vn/tintuc/Pages/ss", 2), related_head="Tin khác")
add("d7", family="drupal", slug="ls-d7-node-h2-site-h1",
    url="https://langson.dcs.vn/node/3120",
    notes="Drupal 7 node view with the title as h2 > a inside div.node-article and an h1#site-name in the header; dc:created RDFa ISO with visible 'Chủ nhật,  27/09/2020 - 07:30' (double space); lead p > strong at the top of the body; image + <br> + em caption; 'Đã xem: 412' in links; 'Tin, ảnh: Nông Hà'.",
    title="Lạng Sơn tổng kết công tác tuyên giáo 9 tháng năm 2020", published="2020-09-27T07:30:00+07:00",
    x_iso="2020-09-27T07:30:00+07:00", shown_date="Chủ nhật,  27/09/2020 - 07:30", category="Tin tức", lead=LEADS[1], paras=body(5),
    images=[img("https://langson.dcs.vn", 47, "Quang cảnh hội nghị tổng kết")],
    author="Nông Hà", photographer="Nông Hà", byline_html='<p style="text-align:right"><strong>Tin, ảnh: Nông Hà</strong></p>',
    related=rel("https://langson.dcs.vn/node/tt", 3), related_head="Tin liên quan")
add("k2mod", family="joomla_k2", slug="nb-k2-modified-strong-lead",
    url="https://baoninhbinh.org.vn/index.php/chinh-tri/item/6120-hoi-nghi.html",
    notes="K2 without image block: itemDateCreated 'Thứ năm, 12 Tháng 10 2023 08:30' and itemDateModified 'Cập nhật lần cuối: Thứ sáu, 13 Tháng 10 2023 09:10' (-> updated_at); lead p > strong at the top of itemFullText; caption table; 'Minh Hằng (Báo Ninh Bình)' name + unit; related 'Tin cùng chuyên mục'.",
    title="Ninh Bình triển khai Nghị quyết Trung ương 8 khóa XIII", published="2023-10-12T08:30:00+07:00",
    updated="2023-10-13T09:10:00+07:00", x_upd="Thứ sáu, 13 Tháng 10 2023 09:10",
    shown_date="Thứ năm, 12 Tháng 10 2023 08:30", category="Chính trị", lead=LEADS[3], paras=body(18),
    images=[img("https://baoninhbinh.org.vn", 48, "Đồng chí Bí thư Tỉnh ủy quán triệt nghị quyết")],
    author="Minh Hằng", author_unit="Báo Ninh Bình", byline_html='<p style="text-align:right"><strong>Minh Hằng (Báo Ninh Bình)</strong></p>',
    related=rel("https://baoninhbinh.org.vn/index.php/chinh-tri/item/uu", 4), related_head="Tin cùng chuyên mục")
add("vhv2", family="vhv", slug="ql-post-date-paren-no-meta",
    url="https://quangluu.gov.vn/tin-tuc/ket-nap-dang-vien-moi-2024.html",
    notes="VHV without itemprop metadata: only span.post-date '&nbsp;(14:30:00 | 05/06/2024)' glued to a paren; no brief; p > em caption; 'BBT' closing; related 'Tin liên quan'.",
    title="Chi bộ thôn 5 kết nạp đảng viên mới năm 2024", published="2024-06-05T14:30:00+07:00",
    shown_date="14:30:00 | 05/06/2024", category="Tin tức", lead=None, paras=body(14, 3),
    images=[img("https://quangluu.gov.vn", 49, "Đảng viên mới tuyên thệ dưới cờ Đảng")],
    author="BBT", byline_html='<p style="text-align:right"><strong>BBT</strong></p>',
    related=rel("https://quangluu.gov.vn/tin-tuc/vv", 5, dated=False), related_head="Tin liên quan")

# ================================================================ batch 3: credit lines, odd stamps
add("B", family="dcs_detailview", slug="tq-credit-under-image-no-caption",
    url="https://tuyenquang.dcs.vn/Default.aspx/DetailView/2301/52/trao-huy-hieu.html",
    notes="dcs: 'Cập nhật ngày: 19/05/2024  08:53' (double space); first image followed only by a centred 'Ảnh: Minh Tuấn' credit (photographer, image without caption), second image with a real p > em caption; 'Tố Tuấn - Quốc Nhật' closing authors.",
    title="Trao Huy hiệu 55 năm tuổi Đảng cho đảng viên lão thành", published="2024-05-19T08:53:00+07:00",
    shown_date="Cập nhật ngày: 19/05/2024  08:53", category="Tin hoạt động", lead=None, paras=body(20, 4),
    images=[Img("https://tuyenquang.dcs.vn/uploads/news/2024_05/huy-hieu-1.jpg", None, credit="Ảnh: Minh Tuấn"),
            Img("https://tuyenquang.dcs.vn/uploads/news/2024_05/huy-hieu-2.jpg", "Các đảng viên chụp ảnh lưu niệm")],
    author="Tố Tuấn, Quốc Nhật", photographer="Minh Tuấn",
    byline_html='<p style="text-align:right"><strong>Tố Tuấn - Quốc Nhật</strong></p>',
    related=rel("https://tuyenquang.dcs.vn/Default.aspx/DetailView/ww", 0), related_head="Các tin, bài đã đưa")
add("php", family="auto", slug="custom-php-credit-agency",
    url="https://dangbo.bacninh.gov.vn/chitiet.php?idtin=2340",
    notes="Custom PHP CMS: 'Thứ Hai, 15/1/2024 | 14:05 GMT+7'; the body image has a caption and then a separate 'Ảnh: Tuấn Anh - TTXVN' credit (photographer as printed 'Tuấn Anh - TTXVN'); closing 'Theo TTXVN' source; related 'Các tin khác'.",
    title="Bắc Ninh triển khai nhiệm vụ công tác tổ chức xây dựng Đảng năm 2024", published="2024-01-15T14:05:00+07:00",
    shown_date="Thứ Hai, 15/1/2024 | 14:05 GMT+7", category="Xây dựng Đảng", lead=None, paras=body(17, 4),
    images=[Img("https://dangbo.bacninh.gov.vn/uploads/2024/01/hoi-nghi-to-chuc.jpg", "Quang cảnh hội nghị triển khai nhiệm vụ", credit="Ảnh: Tuấn Anh - TTXVN")],
    photographer="Tuấn Anh - TTXVN", source="TTXVN", byline_html='<p style="text-align:right"><em>Theo TTXVN</em></p>',
    related=rel("https://dangbo.bacninh.gov.vn/chitiet.php?idtin=xx", 1), related_head="Các tin khác")
add("inline", family="auto", slug="inline-comments-gmt-top-byline",
    url="https://huyenuytiendu.vn/thoi-su/ban-thuong-vu-lam-viec-2231.html",
    notes="Unknown CMS where date line 'Thứ Tư, 14/06/2023, 14:15 (GMT+7)', a control row 'In bài viết | Gửi email | Lên đầu trang', the reader-comment box 'Ý kiến bạn đọc' (with a form) and the related list 'CÁC TIN, BÀI ĐÃ ĐƯA' (date picker + dated items) all share the body's parent; byline 'Thực hiện: Nhóm PV' as the FIRST body paragraph; 'Số lượt xem' inside the body.",
    title="Ban Thường vụ Tỉnh ủy làm việc với Đảng ủy Khối doanh nghiệp", published="2023-06-14T14:15:00+07:00",
    shown_date="Thứ Tư, 14/06/2023, 14:15 (GMT+7)", category="Thời sự", lead=None, paras=body(0, 3),
    images=[img("https://huyenuytiendu.vn", 50, "Quang cảnh buổi làm việc")],
    author="Nhóm PV", byline_html="<p>Thực hiện: Nhóm PV</p>",
    related=rel("https://huyenuytiendu.vn/thoi-su/yy", 2), related_head="CÁC TIN, BÀI ĐÃ ĐƯA")
