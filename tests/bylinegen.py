"""A grammar of Vietnamese news bylines, for property tests (Hypothesis strategies).

Every form here was met on a blind page (tests/firstcontact) or a golden one, and each
comes with what a careful reader takes from it, by the conventions of the first-contact
sets: names as printed (capitals, initials and degrees kept), several names joined by
", ", the unit from the parentheses or after the comma or dash, working notes such as
"(thực hiện)" dropped, a photographer only where the line names one.

    line, want = data.draw(bylines())
"""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import assume
from hypothesis import strategies as st

FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
          "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Lò", "Hà", "Triệu", "Quàng", "Mai", "Tạ")
MIDDLE = ("Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc", "Thu", "Kim", "Xuân")
GIVEN = ("Anh", "Hùng", "Trang", "Hà", "Phong", "Yến", "Nhung", "Tuấn", "Hằng", "Dũng",
         "Thảo", "Khánh", "Long", "Lan", "Quân", "Hiền", "Nga", "Thủy", "Sơn", "Phương")
#: Pen names: two syllables, as most reporters sign.
PEN_FIRST = ("Minh", "Thu", "Hoài", "Ngọc", "Quang", "Bích", "Hồng", "Thanh", "Phương",
             "Mai", "Hải", "Đức", "Kim", "Lệ", "Tuệ", "Khánh")
#: Names of the Central Highlands (U+2019 as printed).
HIGHLANDS = ("H’Yâo Knul", "Y Phương Niê", "H’Xuân Êban", "Ksor Hơ", "Rơ Chăm Long")
#: Degrees are part of the name as printed ("ThS. Trần Thị Mai", pages4)...
DEGREE = ("TS.", "ThS.", "PGS.TS", "PGS. TS.", "TS",
          # spelled out, kept as printed too (pages19)
          "Luật sư", "Bác sĩ", "Thạc sĩ", "Kỹ sư", "Nhà báo",
          # a degree and a speciality by their initials ("CN ĐD", "DS CKI")
          "CN ĐD", "DS CKI", "BS CKII")
#: ...ranks are titles, left out ("Thượng tá Lê Minh Tuấn" -> "Lê Minh Tuấn", pages3).
RANK = ("Đại tá", "Thượng tá", "Trung tá", "Thiếu tá", "Đại úy")
STATUS = ("PV", "CTV", "CCB")
#: The writer's colleagues, unnamed.
COLLEAGUES = ("và cộng sự", "và nhóm nghiên cứu", "cùng cộng sự")
#: Other roles credited beside the writer, none of them a writer.
CREW = ("KTV", "BTV", "Kỹ thuật viên", "Biên tập")
UNIT = ("Ban Tuyên giáo Huyện ủy {p}", "Trung tâm Chính trị huyện {p}",
        "Huyện đoàn {p}", "Hội Nông dân xã {p}", "Đảng ủy Khối Doanh nghiệp tỉnh",
        "Trường Chính trị tỉnh {p}", "Học viện Chính trị khu vực III",
        "Trung tâm Văn hóa - Thông tin và Thể thao huyện {p}", "Văn phòng Tỉnh ủy",
        "Ủy ban MTTQ Việt Nam huyện {p}", "Ban Dân vận Thị ủy {p}",
        "Đài Truyền thanh - Truyền hình huyện {p}", "Hội Cựu chiến binh tỉnh",
        "Bộ Chỉ huy Quân sự tỉnh", "Công an huyện {p}",
        # offices by their initials (pages16)
        "VP Đảng ủy xã", "CDC tỉnh", "TTVH-TT huyện", "TTYT huyện {p}", "Hội ND huyện {p}",
        "LĐLĐ huyện {p}",
        # initials after initials, then the place (pages19)
        "BDV HU {p}", "UBND TP {p}", "Cổng TTĐT tỉnh",
        # units opening with "Đoàn", a family name too, in capitals as some print them
        "Đoàn Thanh Niên {p}", "Đoàn Luật sư tỉnh", "Đoàn Ca Múa Nhạc tỉnh")
PLACE = ("Tuy Phước", "Lộc Ninh", "Krông Pắc", "Mường Nhé", "Cái Bè", "Yên Thế", "Hòa An",
         "Tân Lập", "Đồng Xoài", "Hữu Lũng")
#: Labels of who wrote it (and took the pictures).
AUTHOR_LABEL = ("", "", "", "Tác giả: ", "Bài: ", "Tin: ", "Người viết: ", "Bài viết: ",
                "Phóng viên: ", "Thực hiện: ", "Tin bài: ", "Người đưa tin: ")
BOTH_LABEL = ("Tin, ảnh: ", "Bài và ảnh: ", "Tin và ảnh: ", "Bài, ảnh: ", "Tin/ảnh: ",
              "Bài, ảnh: ",
              # the content's word, '&' for 'và', the video too (pages56)
              "Nội dung & ảnh: ", "Nội dung và ảnh: ", "Bài & ảnh: ", "Tin, ảnh, video: ",
              "Tin - ảnh - video: ", "Tin bài, ảnh: ")
NOTE = ("(thực hiện)", "(tổng hợp)", "(lược dịch)")
#: A role where a unit would stand ("Văn Tùng - CTV"): no unit (pages19).
ROLE_TAIL = (" - CTV", " - PV", " - Cộng tác viên", " – CTV")
#: Where the piece comes from, after the writer ("… - Theo Báo Bắc Kạn"): no unit (pages19).
THEO_TAIL = (" - Theo Báo {p}", " - Theo baobackan.vn", " (Theo Báo {p})")
#: A post before the unit, no part of either (pages23): "… - Giảng viên Khoa …".
POST = ("Giảng viên", "Giảng viên chính", "Chuyên viên", "Nghiên cứu viên", "Giáo viên")
#: Where such posts are held.
POST_UNIT = ("Khoa Lý luận cơ sở, Trường Chính trị tỉnh", "Trường Chính trị tỉnh {p}",
             "Khoa Xây dựng Đảng, Trường Chính trị tỉnh", "Phòng Tổ chức cán bộ, Sở Nội vụ",
             "Ban Tuyên giáo Huyện ủy {p}", "Trường THPT {p}", "Học viện Chính trị khu vực III")
#: A reader's address after their name, in parentheses: no unit (pages19).
ADDRESS = ("tổ dân phố Tân Mỹ, phường {p}", "thôn 3, xã {p}", "ấp Phú Hòa, xã {p}",
           "khu phố 2, thị trấn {p}", "số nhà 12, đường Lê Lợi, {p}")


@dataclass(frozen=True)
class Want:
    """What a reader takes from the line."""

    author: str | None = None
    author_unit: str | None = None
    photographer: str | None = None


@st.composite
def person(draw: st.DrawFn) -> tuple[str, str]:
    """One person as a byline prints them, and as a reader names them."""
    kind = draw(st.sampled_from(("pen", "pen", "full", "initials", "highlands", "degree",
                                 "rank", "status")))
    if kind == "pen":
        name = f"{draw(st.sampled_from(PEN_FIRST))} {draw(st.sampled_from(GIVEN))}"
    elif kind == "full":
        name = (f"{draw(st.sampled_from(FAMILY))} {draw(st.sampled_from(MIDDLE))} "
                f"{draw(st.sampled_from(GIVEN))}")
    elif kind == "initials":
        first = draw(st.sampled_from(FAMILY))[0]
        name = f"{first}.{draw(st.sampled_from(GIVEN))}"
    elif kind == "highlands":
        name = draw(st.sampled_from(HIGHLANDS))
    else:
        name = (f"{draw(st.sampled_from(FAMILY))} {draw(st.sampled_from(MIDDLE))} "
                f"{draw(st.sampled_from(GIVEN))}")
    if kind in ("pen", "full") and draw(st.integers(0, 3)) == 0:
        name = name.upper()
    if kind == "degree":
        name = f"{draw(st.sampled_from(DEGREE))} {name}"
    if kind == "rank":   # "Đại tá Nguyễn Văn Hùng", "Thượng tá, TS. Phan Đình Khôi"
        if draw(st.booleans()):
            degree = draw(st.sampled_from(DEGREE))
            return f"{draw(st.sampled_from(RANK))}, {degree} {name}", f"{degree} {name}"
        return f"{draw(st.sampled_from(RANK))} {name}", name
    if kind == "status":   # what the writer is to the paper: "PV", "CTV", a veteran's "CCB"
        return f"{draw(st.sampled_from(STATUS))} {name}", name
    return name, name


@st.composite
def unit(draw: st.DrawFn) -> str:
    return draw(st.sampled_from(UNIT)).format(p=draw(st.sampled_from(PLACE)))


@st.composite
def bylines(draw: st.DrawFn) -> tuple[str, Want]:
    """A byline line and what it says."""
    drawn = draw(st.lists(person(), min_size=1, max_size=3, unique_by=lambda p: p[1].lower()))
    people = [printed for printed, _ in drawn]
    joiner = draw(st.sampled_from((" - ", ", ", " và "))) if len(people) > 1 else ""
    if joiner and any("," in p for p in people):
        joiner = " - "   # ("Đại tá, TS. X" is listed with dashes, not commas)
    names = joiner.join(people) if len(people) < 3 or joiner != " và " else \
        ", ".join(people[:-1]) + " và " + people[-1]
    author = ", ".join(name for _, name in drawn)
    shape = draw(st.sampled_from(("plain", "plain", "unit", "both", "photo", "note", "units",
                                  "crew", "colleagues", "shared", "role", "theo", "reader",
                                  "groups", "bar", "post", "shooter_unit")))
    if shape == "groups" and len(people) == 2:
        # writers each with their own unit, a semicolon between (pages23): "Nhóm tác giả:
        # A - Văn phòng Tỉnh ủy; CTV B - VP HU Mèo Vạc"
        wheres = [draw(unit()) for _ in people]
        text = "Nhóm tác giả: " + "; ".join(f"{p} - {w}" for p, w in
                                            zip(people, wheres, strict=True))
        assume(len(text) <= 117)   # (a longer line is read as prose)
        return text, Want(author=author, author_unit=", ".join(dict.fromkeys(wheres)))
    if shape == "bar" and len(people) == 1 and drawn[0][0] == drawn[0][1]:
        where = draw(unit())   # "Trần Thị Ngọc Giàu | Ban Tuyên giáo Huyện ủy" (pages23)
        return f"{names} | {where}", Want(author=author, author_unit=where)
    if shape == "post" and len(people) == 1:
        # a post before the unit (pages23): "ThS. X - Giảng viên Khoa …, Trường Chính trị …"
        where = draw(st.sampled_from(POST_UNIT)).format(p=draw(st.sampled_from(PLACE)))
        return (f"{names} - {draw(st.sampled_from(POST))} {where}",
                Want(author=author, author_unit=where))
    if shape == "shooter_unit":
        # the photographer's unit in parentheses is neither the name nor the writer's unit
        shooter = draw(person().filter(lambda p: p[1] not in author))[1]
        text = f"Tin: {names} - Ảnh: {shooter} ({draw(unit())})"
        assume(len(text) <= 110)   # (a longer line is read as prose)
        return text, Want(author=author, photographer=shooter)
    if shape == "shared" and len(people) >= 2 and joiner == " - ":
        # writers, then the unit they share, all dashed: "A - B - Cổng TTĐT tỉnh"
        where = draw(unit())
        assume(len(names) + len(where) <= 117)   # (a longer line is read as prose)
        return f"{names} - {where}", Want(author=author, author_unit=where)
    if shape == "role" and len(people) == 1:
        return names + draw(st.sampled_from(ROLE_TAIL)), Want(author=author)
    if shape == "theo":
        tail = draw(st.sampled_from(THEO_TAIL)).format(p=draw(st.sampled_from(PLACE)))
        if draw(st.booleans()):   # and the pictures' credit after it
            shooter = draw(person().filter(lambda p: p[1] not in author))[1]
            text = draw(st.sampled_from(AUTHOR_LABEL)) + names + tail + f" - Ảnh: {shooter}"
            assume(len(text) <= 117)   # (a longer line is read as prose)
            return text, Want(author=author, photographer=shooter)
        return draw(st.sampled_from(AUTHOR_LABEL)) + names + tail, Want(author=author)
    if shape == "role" and len(people) == 1 and draw(st.booleans()):
        # the role between the writer and the unit: "Minh Anh - CTV - Trung tâm …"
        where = draw(unit())
        return f"{names} - CTV - {where}", Want(author=author, author_unit=where)
    if shape == "reader" and len(people) == 1 and drawn[0][0] == drawn[0][1] \
            and not names.isupper() and "." not in names:
        where = draw(st.sampled_from(ADDRESS)).format(p=draw(st.sampled_from(PLACE)))
        return f"Bạn đọc {names} ({where})", Want(author=author)
    if shape == "units" and len(people) == 2:
        # each writer with their own unit: "A (Đảng ủy Sở Tư pháp) - B (Ban Tuyên giáo …)"
        wheres = [draw(unit()) for _ in people]
        text = " - ".join(f"{p} ({w})" for p, w in zip(people, wheres, strict=True))
        assume(len(text) <= 120)   # (a longer line is read as prose)
        return text, Want(author=author, author_unit=", ".join(dict.fromkeys(wheres)))
    if shape == "colleagues" and len(people) == 1:   # "ThS. X và cộng sự": X alone
        return f"{names} {draw(st.sampled_from(COLLEAGUES))}", Want(author=author)
    if shape == "crew" and len(people) == 1:
        other = draw(person().filter(lambda p: p[1] not in author))[1]
        return f"{names} - {draw(st.sampled_from(CREW))} {other}", Want(author=author)
    if shape == "unit" and len(people) == 1:
        where = draw(unit())
        form = draw(st.sampled_from((" ({})", ", {}", " - {}")))
        text = draw(st.sampled_from(AUTHOR_LABEL)) + names + form.format(where)
        return text, Want(author=author, author_unit=where)
    if shape == "both":
        return draw(st.sampled_from(BOTH_LABEL)) + names, Want(author=author,
                                                                photographer=author)
    if shape == "photo":
        shooter = draw(person().filter(lambda p: p[1] not in author))[1]
        label = draw(st.sampled_from(("Bài: ", "Tin: ", "Bài viết: ", "Tin bài: ")))
        sep = draw(st.sampled_from((" - ", " – ", "; ", " | ")))
        # (the pictures' label with the video's: "Ảnh & clip:", pages56)
        photo = draw(st.sampled_from(("Ảnh: ", "Ảnh: ", "Ảnh & clip: ", "Ảnh, video: ")))
        return f"{label}{names}{sep}{photo}{shooter}", Want(author=author, photographer=shooter)
    if shape == "note" and len(people) == 1:
        return f"{names} {draw(st.sampled_from(NOTE))}", Want(author=author)
    return draw(st.sampled_from(AUTHOR_LABEL)) + names, Want(author=author)
