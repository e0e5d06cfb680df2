"""Byline parsing: labels, several authors, name + unit, source and photographer."""

from __future__ import annotations

import pytest

from archiver.byline import Byline, is_organisation, is_person_name, merge, parse_byline


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tác giả: Minh Anh", Byline(author="Minh Anh")),
        ("Tin, ảnh: KHÁNH TRUNG", Byline(author="KHÁNH TRUNG", photographer="KHÁNH TRUNG")),
        ("Tin và ảnh:\xa0 Vân Khanh", Byline(author="Vân Khanh", photographer="Vân Khanh")),
        ("Phạm Thảo, Chi bộ Sở Thông tin và Truyền thông",
         Byline(author="Phạm Thảo", author_unit="Chi bộ Sở Thông tin và Truyền thông")),
        ("Huỳnh Phong - Hùng Anh", Byline(author="Huỳnh Phong, Hùng Anh")),
        ("Minh Quân (Trung tâm Chính trị huyện Lộc Ninh)",
         Byline(author="Minh Quân", author_unit="Trung tâm Chính trị huyện Lộc Ninh")),
        ("TS. NGUYỄN VĂN HÙNG (Học viện Chính trị khu vực III)",
         Byline(author="TS. NGUYỄN VĂN HÙNG", author_unit="Học viện Chính trị khu vực III")),
        ("Nguồn: baochinhphu.vn", Byline(source="baochinhphu.vn")),
        ("Nguồn tin: Báo Dân tộc và Phát triển", Byline(source="Báo Dân tộc và Phát triển")),
        ("Theo Báo Hưng Yên", Byline(source="Báo Hưng Yên")),
        ("Ảnh: Tuấn Anh - TTXVN", Byline(photographer="Tuấn Anh - TTXVN")),
        ("Bài: Minh Hà - Ảnh: Tuấn Anh", Byline(author="Minh Hà", photographer="Tuấn Anh")),
        ("BBT", Byline(author="BBT")),
        ("PV", Byline(author="PV")),
        ("Tin, ảnh: B.NG", Byline(author="B.NG", photographer="B.NG")),
        ("NGUYỄN THỊ HẢI YẾN, Học viện Chính trị khu vực I",
         Byline(author="NGUYỄN THỊ HẢI YẾN", author_unit="Học viện Chính trị khu vực I")),
        # first contact (issue 16): team bylines as printed, roles, units with commas
        ("Nhóm PV", Byline(author="Nhóm PV")),
        # (pages44) a pen name, the writer's real name after it: no unit, the pen name
        ("Tác giả: Hồng Phúc (Nguyễn Thị Hồng Phúc)", Byline(author="Hồng Phúc")),
        ("Hải Đăng (Lê Văn Hải Đăng)", Byline(author="Hải Đăng")),
        ("Hồng Phúc (Hội Người cao tuổi xã)",
         Byline(author="Hồng Phúc", author_unit="Hội Người cao tuổi xã")),
        # (the review) a commune's, a ward's or a school's name ending like the pen name
        ("Minh Khai (Phường Minh Khai)", Byline(author="Minh Khai",
                                                author_unit="Phường Minh Khai")),
        ("Văn Hùng (Trường THCS Phan Đình Hùng)",
         Byline(author="Văn Hùng", author_unit="Trường THCS Phan Đình Hùng")),
        ("Hoài An (Xã Tân An)", Byline(author="Hoài An", author_unit="Xã Tân An")),
        # (pages46) a phone number after the dash, a narrator before the writer, a reader
        ("CTV Lò Văn Thắng - 0915.228.406", Byline(author="Lò Văn Thắng")),
        ("Nguyễn Đình Quế (kể) - Hà Phương (ghi)", Byline(author="Hà Phương")),
        ("Bạn đọc: Trần Thị Thu Hà (xã Yên Thành)", Byline(author="Trần Thị Thu Hà")),
        # (pages47) the approver's field after the writer's; pictures the subject supplied
        ("Người viết: Hoàng Thu Trang Người duyệt: Giàng A Lử",
         Byline(author="Hoàng Thu Trang")),
        ("Bài: Thanh Trúc - Ảnh: NVCC", Byline(author="Thanh Trúc")),
        ("Tin: Ngọc Trang - Ảnh: Đức Minh", Byline(author="Ngọc Trang", photographer="Đức Minh")),
        ("Tin, ảnh: Quốc Nhật", Byline(author="Quốc Nhật", photographer="Quốc Nhật")),
        ("Hoài Thu (thực hiện)", Byline(author="Hoài Thu")),
        ("Minh Anh (tổng hợp)", Byline(author="Minh Anh")),
        ("Nhóm PV (thực hiện)", Byline(author="Nhóm PV")),
        ("Minh Châu - Trung tâm Văn hóa, Thể thao và Truyền thông huyện",
         Byline(author="Minh Châu",
                author_unit="Trung tâm Văn hóa, Thể thao và Truyền thông huyện")),
        ("Bích Ngọc (Huyện đoàn Tuy Phước)",
         Byline(author="Bích Ngọc", author_unit="Huyện đoàn Tuy Phước")),
        ("Hữu Phước, Ban Tuyên giáo Huyện ủy",
         Byline(author="Hữu Phước", author_unit="Ban Tuyên giáo Huyện ủy")),
        # pages5: a post before the unit, contributor marks, translators, a stamp after
        ("Đại tá Trần Quốc Hưng, Chính ủy Bộ Chỉ huy Quân sự tỉnh Sông Bé",
         Byline(author="Trần Quốc Hưng", author_unit="Bộ Chỉ huy Quân sự tỉnh Sông Bé")),
        ("Nguyễn Văn An, Phó Bí thư Huyện ủy Yên Thế",
         Byline(author="Nguyễn Văn An", author_unit="Huyện ủy Yên Thế")),
        ("Bài và ảnh: Hoàng Minh (CTV)", Byline(author="Hoàng Minh", photographer="Hoàng Minh")),
        ("TS. NGUYỄN THỊ THU HÀ (*)", Byline(author="TS. NGUYỄN THỊ THU HÀ")),
        ("Lược dịch: Minh Châu", Byline(author="Minh Châu")),
        ("Người viết: Nguyễn Văn Hậu Ngày đăng: 18/05/2024", Byline(author="Nguyễn Văn Hậu")),
        ("Minh Anh | 12/03/2024 08:30", Byline(author="Minh Anh")),
        ("Nhóm thực hiện: Lê Hà, Trọng Tín và Mỹ Duyên",
         Byline(author="Lê Hà, Trọng Tín, Mỹ Duyên")),
        # pages42: who compiled it or took a speech down, labelled as a writer is
        ("Tổng hợp: Ban Tuyên giáo LĐLĐ tỉnh", Byline(author_unit="Ban Tuyên giáo LĐLĐ tỉnh")),
        ("Tổng hợp: Thu Hà - Ban Tuyên giáo Tỉnh ủy",
         Byline(author="Thu Hà", author_unit="Ban Tuyên giáo Tỉnh ủy")),
        ("Lược ghi: Phan Thị Thu Hằng", Byline(author="Phan Thị Thu Hằng")),
    ],
)
def test_parse_byline(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Sáng 15-3, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị báo cáo viên.",
        "Kết luận hội nghị",
        "Đồng chí Bí thư Tỉnh ủy phát biểu chỉ đạo tại hội nghị",
        "",
        # a box's heading in capitals, a weekday left of a stamp, a separator
        "CÁC TIN KHÁC", "TIN LIÊN QUAN", "Thứ Hai, 12/03/2024", "-",
        # an interviewer's bold question, and its thanks, are not bylines
        "- Thưa đồng chí, đâu là yếu tố quyết định để mô hình phát huy hiệu quả?",
        "- Xin trân trọng cảm ơn đồng chí!",
    ],
)
def test_prose_is_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_loose_accepts_marked_author_element() -> None:
    assert parse_byline("nhóm phóng viên", loose=True) == Byline(author="nhóm phóng viên")
    assert parse_byline("nhóm phóng viên") is None


def test_nfd_and_legacy_d_are_normalised() -> None:
    import unicodedata

    parsed = parse_byline(unicodedata.normalize("NFD", "Tác giả: Ðức Anh"))
    assert parsed == Byline(author="Đức Anh")


def test_person_name_and_merge() -> None:
    assert is_person_name("Trần Thị Thanh Thủy")
    assert not is_person_name("ngày 12/4/2022")
    merged = merge(Byline(author="A B"), Byline(author="C D", source="Báo Lạng Sơn"))
    assert merged == Byline(author="A B", source="Báo Lạng Sơn")


@pytest.mark.parametrize(("name", "organisation"), [
    ("Ban Tuyên giáo Tỉnh ủy Cà Mau", True), ("VĂN PHÒNG TỈNH ỦY HÀ TĨNH", True),
    ("BAN TỔ CHỨC LỄ TANG", True),
    # people whose names open or end like a unit
    ("Đoàn Tuấn Trang", False), ("Đoàn Thị Thanh Trang", False), ("Trường Giang", False),
    ("Hội Nông dân huyện", False), ("Minh Anh", False),
])
def test_a_publisher_is_told_from_a_person(name: str, organisation: bool) -> None:
    assert is_organisation(name) is organisation


# -- pages6's forms (2026-12-06) ----------------------------------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    # whose piece it is, in words: a genre or "Bài viết của (đồng chí)", posts dropped, the
    # unit after the last post
    ("Bút ký của Lam Khê", Byline(author="Lam Khê")),
    ("Bài viết của đồng chí Nguyễn Văn Hùng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Hà Bắc",
     Byline(author="Nguyễn Văn Hùng", author_unit="Tỉnh ủy Hà Bắc")),
    ("Ghi chép của Minh Anh (Trung tâm Chính trị huyện Lộc Ninh)",
     Byline(author="Minh Anh", author_unit="Trung tâm Chính trị huyện Lộc Ninh")),
    ("Hoàng Thanh Bình viết:", Byline(author="Hoàng Thanh Bình")),      # PHP-Nuke
    ("Ảnh: Tuấn Anh, tư liệu", Byline(photographer="Tuấn Anh")),         # archive pictures
    ("Đơn vị: Ban Tuyên giáo Huyện ủy Thanh Sơn",
     Byline(author_unit="Ban Tuyên giáo Huyện ủy Thanh Sơn")),
])
def test_bylines_of_pages6(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize("line", [
    "Đăng 07.06.2024 lúc 07:05",          # a stamp's label left of its date
    "Người viết", "Tác giả",               # a label alone over the name (an author card)
    "Created", "Đăng",                     # one word a label, not a name
    "Người viết:",
])
def test_no_byline_in_labels_and_stamps(line: str) -> None:
    assert parse_byline(line) is None
    if line not in ("Created", "Đăng"):   # (an element marked as the author's holds a name)
        assert parse_byline(line, loose=True) is None


@pytest.mark.parametrize("line", ["Ảnh: tư liệu", "Ảnh: ST", "Hình: Internet"])
def test_a_picture_credit_naming_nobody_is_a_credit_line_with_no_one(line: str) -> None:
    # (archive, collected or internet pictures: a credit line, peeled like one, no name)
    assert parse_byline(line) == Byline()


def test_a_login_handle_is_no_author_even_where_the_page_marks_one() -> None:
    assert parse_byline("doantruong-bacme", loose=True) is None
    assert parse_byline("Minh Anh", loose=True) == Byline(author="Minh Anh")
    assert parse_byline("PV", loose=True) == Byline(author="PV")


# -- pages7's forms (2026-12-06) ----------------------------------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("Phóng sự ảnh: Quốc Nhật", Byline(author="Quốc Nhật", photographer="Quốc Nhật")),
    ("Nông Thị Huyền, UBKT Đảng ủy Khối",
     Byline(author="Nông Thị Huyền", author_unit="UBKT Đảng ủy Khối")),
    ("Lò Văn Sơn, HĐND xã Sìn Chải", Byline(author="Lò Văn Sơn", author_unit="HĐND xã Sìn Chải")),
])
def test_bylines_of_pages7(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize("label", ["Đăng vào", "bởi", "Posted by", "Đăng lúc:"])
def test_a_poster_s_or_stamp_s_label_in_an_author_element_is_no_name(label: str) -> None:
    assert parse_byline(label, loose=True) is None


# -- pages9's forms (2026-12-06) ----------------------------------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("Phạm Quốc Thắng - ĐT: 0939 421 556 - Email: thangpq.tdcl@gmail.com",
     Byline(author="Phạm Quốc Thắng")),                        # contact details dropped
    ("Nguyễn Thị Lan, Công chức Văn hóa - Xã hội",
     Byline(author="Nguyễn Thị Lan", author_unit="Công chức Văn hóa - Xã hội")),
])
def test_bylines_of_pages9(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


def test_a_sentence_after_a_name_is_no_unit() -> None:
    """"Ông Lâm Văn Sáng, Chủ tịch UBND xã cho biết, xã sẽ …": the text quoting someone."""
    line = "Ông Lâm Văn Sáng, Chủ tịch UBND xã cho biết, xã sẽ đưa kết quả vào bình xét"
    parsed = parse_byline(line)
    assert parsed is None or parsed.author_unit is None


# -- pages10's forms (2026-12-06) ---------------------------------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("PV: Thanh Tùng - Quay phim: Đức Anh", Byline(author="Thanh Tùng")),
    ("Phóng viên: Hồng Nhung; Biên tập: Quang Vinh", Byline(author="Hồng Nhung")),
    ("Công chức Văn hóa - Xã hội: Lê Văn Tám",
     Byline(author="Lê Văn Tám", author_unit="Công chức Văn hóa - Xã hội")),
    ("Nguyễn Thị Hạnh (Công đoàn các KCN tỉnh)",
     Byline(author="Nguyễn Thị Hạnh", author_unit="Công đoàn các KCN tỉnh")),
])
def test_bylines_of_pages10(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


# -- pages11's forms (2026-12-06) ---------------------------------------------------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("Ngọc Trâm ngoctram@baocuulong.vn", Byline(author="Ngọc Trâm")),
    ("Thu Trang (CĐ ngành Giáo dục)", Byline(author="Thu Trang", author_unit="CĐ ngành Giáo dục")),
    ("Hà Vy (Ban Tuyên giáo UB MTTQ huyện) — 14:30 20/05/2024",
     Byline(author="Hà Vy", author_unit="Ban Tuyên giáo UB MTTQ huyện")),
])
def test_bylines_of_pages11(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


# -- pages19's forms (2026-12-06; the grammar in bylinegen.py draws them too) -------------------
@pytest.mark.parametrize(("line", "expected"), [
    ("Thảo Nguyên - Hữu Phước - Cổng TTĐT tỉnh",
     Byline(author="Thảo Nguyên, Hữu Phước", author_unit="Cổng TTĐT tỉnh")),
    ("Minh Trang - BDV HU Hồng Dân", Byline(author="Minh Trang", author_unit="BDV HU Hồng Dân")),
    ("Văn Tùng - CTV", Byline(author="Văn Tùng")),
    ("Khánh Linh - Theo Báo Bắc Kạn", Byline(author="Khánh Linh", source="Báo Bắc Kạn")),
    ("Luật sư Trần Minh Đức - Văn phòng Tư vấn pháp luật Công đoàn tỉnh",
     Byline(author="Luật sư Trần Minh Đức",
            author_unit="Văn phòng Tư vấn pháp luật Công đoàn tỉnh")),
    ("Bạn đọc Nguyễn Văn Lợi (tổ dân phố Tân Mỹ, phường Quảng Thuận)",
     Byline(author="Nguyễn Văn Lợi")),
    # names in capitals are no office ("MINH TRANG" has vowels), nor is a person whose
    # family name is a unit's word
    ("MINH ANH - MINH TRANG", Byline(author="MINH ANH, MINH TRANG")),
    ("Hồng Hạnh - Đoàn Thu Trang", Byline(author="Hồng Hạnh, Đoàn Thu Trang")),
    # pages21: the photographer credited first
    ("Ảnh: Phan Phương - Bài: Hoàng Hà", Byline(author="Hoàng Hà", photographer="Phan Phương")),
    ("Ảnh: Tuấn Anh - TTXVN", Byline(photographer="Tuấn Anh - TTXVN")),
])
def test_bylines_of_pages19(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize(("line", "expected"), [
    # pages23: writers each with a unit, a semicolon between them
    ("Nhóm tác giả: Sùng Mí Lử - Văn phòng Tỉnh ủy; CTV Giàng Thị Dính - VP HU Mèo Vạc",
     Byline(author="Sùng Mí Lử, Giàng Thị Dính",
            author_unit="Văn phòng Tỉnh ủy, VP HU Mèo Vạc")),
    # a bar between the name and the unit
    ("Trần Thị Ngọc Giàu | Ban Tuyên giáo Huyện ủy",
     Byline(author="Trần Thị Ngọc Giàu", author_unit="Ban Tuyên giáo Huyện ủy")),
    # a teacher's post before the unit: no part of the name, nor of the unit
    ("ThS. Bùi Thị Hạnh - Giảng viên Khoa Lý luận cơ sở, Trường Chính trị tỉnh",
     Byline(author="ThS. Bùi Thị Hạnh", author_unit="Khoa Lý luận cơ sở, Trường Chính trị tỉnh")),
    # an infographic's content writer, its designer's credit after
    ("Nội dung: Ngọc Hà - Đồ họa: Minh Trí", Byline(author="Ngọc Hà")),
    # a woman whose family name is Ông: no honorific
    ("Ông Thị Mỹ Linh", Byline(author="Ông Thị Mỹ Linh")),
    ("Ông Nguyễn Văn Tám", Byline(author="Nguyễn Văn Tám")),
    # a photographer's unit in parentheses is no part of the name, nor the writer's unit
    ("Tin: Lê Văn Bình - Ảnh: Minh Tâm (Trung tâm VH-TT-TT huyện Giồng Trôm)",
     Byline(author="Lê Văn Bình", photographer="Minh Tâm")),
])
def test_bylines_of_pages23(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected


def test_a_station_s_correspondent_and_the_video_s_credit() -> None:
    """What the writer is to the station, spelled out ("Thông tin viên"), the video's credit
    after: the writer (a one-word Highlands name, read in an element marked for it)."""
    assert parse_byline("Thông tin viên H'Liên, Video: Quang Hải", loose=True) == \
        Byline(author="H'Liên")
    assert parse_byline("Thông tin viên Hoàng Văn Nam, Video: Quang Hải") == \
        Byline(author="Hoàng Văn Nam")


@pytest.mark.parametrize(("line", "expected"), [
    # the review of pages23's classes: what they must leave as it was
    ("Minh Anh - Cộng tác viên Báo Lào Cai",
     Byline(author="Minh Anh", author_unit="Cộng tác viên Báo Lào Cai")),
    ("Minh Anh | Xã hội", None),                    # a section after the bar, no unit
    ("Quảng Ninh - Video: Minh Anh", None),         # a dateline, no writer
    ("HÀ NỘI - VIDEO: TOÀN CẢNH BUỔI LỄ", None),
    ("Ảnh: TTXVN (Thanh Hà)", Byline(photographer="TTXVN (Thanh Hà)")),   # as printed
    ("Ảnh: Lê Minh (Bông)", Byline(photographer="Lê Minh (Bông)")),       # a pen name
    ("Bà Thị Hoa", Byline(author="Thị Hoa")),       # "Bà" is no family name
    ("Minh Anh, Công chức Xã hội xã Tân Lập",
     Byline(author="Minh Anh", author_unit="Công chức Xã hội xã Tân Lập")),
])
def test_what_pages23_s_classes_leave_alone(line: str, expected: Byline | None) -> None:
    assert parse_byline(line) == expected


@pytest.mark.parametrize("line", [
    # a clause after a writer's label: names open with a capital (pages42's class)
    "Tin: 1.200 suất quà đã được trao cho đoàn viên",
    "Tổng hợp: các chi bộ đã hoàn thành kế hoạch năm",
    "Thực hiện: các chi bộ đã hoàn thành kế hoạch",
])
def test_a_clause_after_a_writers_label_is_no_byline(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(("line", "author"), [
    # an author element's label read with the name, no colon (a theme's screen-reader
    # "Tác giả " before the account's link): the account is no writer, a name is one
    ("Tác giả hoilhpn_trabong", None),
    ("Tác giả Nguyễn Văn An", "Nguyễn Văn An"),
])
def test_an_author_elements_label_without_colon(line: str, author: str | None) -> None:
    got = parse_byline(line, loose=True)
    assert (got.author if got is not None else None) == author


@pytest.mark.parametrize(("line", "expected"), [
    # (the review of pages42's classes) a writer's name after a title in lower case stays a
    # byline, and a source beside it too
    ("Người viết: cô giáo Lê Thị Hoa", Byline(author="cô giáo Lê Thị Hoa")),
    ("Tác giả: nguyễn văn an", Byline(author="nguyễn văn an")),
    ("Tác giả: nhà báo Trần Hùng - Nguồn: Báo Nhân Dân",
     Byline(author="nhà báo Trần Hùng", source="Báo Nhân Dân")),
])
def test_a_writer_after_a_lower_case_title_is_kept(line: str, expected: Byline) -> None:
    got = parse_byline(line)
    assert got is not None and (got.author is not None) and got.source == expected.source


@pytest.mark.parametrize("line", [
    "Biên soạn: PGS.TS Nguyễn Văn Hùng",          # a book's compiler in a notice of it
    "Tổng hợp: Năm 2024, toàn Đảng bộ kết nạp 120 đảng viên mới",
    "Tổng hợp: Kết quả thực hiện Nghị quyết",
    "Lược ghi: Bài phát biểu của đồng chí Bí thư",
])
def test_a_summarys_heading_is_no_byline(line: str) -> None:
    got = parse_byline(line)
    assert got is None or got.author is None



@pytest.mark.parametrize(("line", "expected"), [
    # pages43's classes: two writers sharing one unit after a dash (commas in the unit),
    # a reporter's post and station in parentheses, a count of the writer's posts
    ("Minh Khang, Hồng Vân - Phòng Tổ chức đảng, đảng viên",
     Byline(author="Minh Khang, Hồng Vân", author_unit="Phòng Tổ chức đảng, đảng viên")),
    ("Hà Thanh (Phóng viên thường trú tại Yên Bái)", Byline(author="Hà Thanh")),
    ("Tác giả: Nguyễn Minh Anh (126 bài viết)", Byline(author="Nguyễn Minh Anh")),
    ("Đơn vị: Đảng ủy xã Ea Kar; Trung tâm Dịch vụ tổng hợp xã Ea Kar",
     Byline(author_unit="Đảng ủy xã Ea Kar, Trung tâm Dịch vụ tổng hợp xã Ea Kar")),
])
def test_pages43_bylines(line: str, expected: Byline) -> None:
    assert parse_byline(line) == expected
