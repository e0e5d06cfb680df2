"""Deterministic Vietnamese article text for the replica sites.

Every article is composed from its id with a seeded ``random.Random``: the same (seed, id)
always gives the same title, paragraphs, captions and byline. Nothing is cached here; the
sites render pages on demand so a 20,000-article site costs no memory up front.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from importlib import resources

__all__ = ["SEED_ID", "Text", "compose", "seed_text"]

SEED_ID = 2743

SURNAMES = ("Nguyễn", "Hoàng", "Lương", "Vi", "Nông", "Lăng", "Hà", "Triệu", "Đinh", "Phạm",
            "Trần", "Lê", "Vũ", "Đoàn", "Chu", "Mông", "Bế", "Lộc", "Dương", "Đặng")
MIDDLE_M = ("Văn", "Đức", "Trọng", "Quốc", "Minh", "Thế", "Xuân", "Hữu", "Công", "Tuấn")
MIDDLE_F = ("Thị", "Thu", "Thanh", "Ngọc", "Hồng", "Phương", "Bích", "Kim", "Thùy", "Mai")
GIVEN = ("Hùng", "Thảo", "Dũng", "Hạnh", "Lâm", "Hương", "Tuấn", "Quyên", "Khánh", "Thắng",
         "Huyền", "Việt", "Nga", "Bình", "Yến", "Sơn", "Trang", "Cường", "Liên", "Định",
         "Hiếu", "Oanh", "Toàn", "Luyến", "Thủy", "Nam", "Vân", "Đông", "Hải", "Ánh")
UNITS = ("Chi bộ Sở Tài chính", "Chi bộ Sở Thông tin và Truyền thông", "Đảng bộ Sở Y tế",
         "Chi bộ Văn phòng Đoàn ĐBQH và HĐND tỉnh", "Đảng bộ Sở Giáo dục và Đào tạo",
         "Chi bộ Sở Tư pháp", "Đảng bộ Sở Nông nghiệp và Phát triển nông thôn",
         "Chi bộ Sở Kế hoạch và Đầu tư", "Đảng bộ Công an tỉnh", "Chi bộ Sở Nội vụ",
         "Đảng bộ Sở Giao thông vận tải", "Chi bộ Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng",
         "Chi bộ Sở Văn hóa, Thể thao và Du lịch", "Đảng bộ Bảo hiểm xã hội tỉnh",
         "Chi bộ Thanh tra tỉnh", "Đảng bộ Kho bạc Nhà nước Lạng Sơn",
         "Chi bộ Sở Khoa học và Công nghệ", "Đảng bộ Cục Thuế tỉnh", "Chi bộ Sở Xây dựng",
         "Chi bộ Sở Lao động - Thương binh và Xã hội")
POSITIONS = ("Bí thư Chi bộ", "Phó Bí thư Đảng ủy Khối", "Ủy viên Ban Thường vụ Đảng ủy Khối",
             "Chủ nhiệm Ủy ban Kiểm tra Đảng ủy Khối", "Trưởng Ban Tuyên giáo Đảng ủy Khối",
             "Bí thư Đảng ủy, Giám đốc Sở", "Phó Bí thư Chi bộ, Phó Giám đốc Sở",
             "Trưởng Ban Dân vận Đảng ủy Khối")
EVENTS = ("Hội nghị sơ kết công tác 6 tháng đầu năm", "Hội nghị tổng kết công tác năm",
          "lễ kết nạp đảng viên mới", "sinh hoạt chuyên đề quý", "Hội nghị học tập, quán triệt Nghị quyết",
          "Hội nghị kiểm điểm, đánh giá chất lượng tổ chức đảng", "Đại hội Chi bộ nhiệm kỳ 2025 - 2030",
          "hội nghị tập huấn nghiệp vụ công tác kiểm tra, giám sát",
          "chương trình dân vận khéo tại thôn bản", "hội thảo về chuyển đổi số trong hoạt động của Đảng",
          "lễ trao Huy hiệu Đảng cho đảng viên", "buổi giao lưu kỷ niệm ngày thành lập Đảng")
TOPICS = ("chuyển đổi số", "cải cách hành chính", "công tác kiểm tra, giám sát", "công tác dân vận",
          "xây dựng Đảng về đạo đức", "phát triển đảng viên", "học tập và làm theo tư tưởng, đạo đức, "
          "phong cách Hồ Chí Minh", "phòng, chống tham nhũng, tiêu cực", "bảo vệ nền tảng tư tưởng của Đảng",
          "thực hành tiết kiệm, chống lãng phí", "xây dựng nông thôn mới", "an sinh xã hội")
ACTIONS = ("chủ trì Hội nghị", "phát biểu chỉ đạo", "trao Quyết định kết nạp đảng viên",
           "phát biểu tại buổi làm việc", "tặng quà các gia đình chính sách", "quán triệt Nghị quyết")

SENTENCES = (
    "Ngày {d}, {u} đã tổ chức {e}.",
    "Tham dự có đồng chí {n}, {p}, cùng toàn thể đảng viên trong {u}.",
    "Hội nghị đã đánh giá kết quả thực hiện nhiệm vụ chính trị và công tác xây dựng Đảng của đơn vị.",
    "Trong thời gian qua, cấp ủy đã tập trung lãnh đạo, chỉ đạo triển khai nghiêm túc các nghị quyết, "
    "chỉ thị của cấp trên.",
    "Công tác {t} được quan tâm chỉ đạo thường xuyên và đạt nhiều kết quả tích cực.",
    "Các đảng viên đã thảo luận, đóng góp ý kiến vào dự thảo báo cáo và chương trình công tác thời gian tới.",
    "{U} đã ban hành kế hoạch cụ thể, phân công nhiệm vụ rõ ràng cho từng đảng viên.",
    "Chế độ sinh hoạt chi bộ được duy trì nền nếp, nội dung sinh hoạt có nhiều đổi mới.",
    "Việc thực hiện Quy định số 69-QĐ/TW về kỷ luật tổ chức đảng, đảng viên vi phạm được quán triệt đầy đủ.",
    "Ủy ban Kiểm tra đã tiến hành kiểm tra, giám sát theo chương trình đề ra, không phát hiện sai phạm.",
    "Đồng chí {n} đề nghị các đảng viên tiếp tục nêu cao tinh thần trách nhiệm, gương mẫu trong công tác.",
    "Phát biểu kết luận, đồng chí {n}, {p} ghi nhận, biểu dương những kết quả đơn vị đã đạt được.",
    "Đồng thời lưu ý cấp ủy cần tập trung khắc phục những hạn chế, khuyết điểm đã được chỉ ra.",
    "Đến nay, 100% đảng viên đã hoàn thành việc học tập, quán triệt các nghị quyết của Đảng.",
    "Đơn vị đã kết nạp {k} quần chúng ưu tú vào Đảng, nâng tổng số đảng viên lên {m} đồng chí.",
    "Công tác dân vận chính quyền được đẩy mạnh, góp phần tạo sự đồng thuận trong Nhân dân.",
    "Mô hình \"Dân vận khéo\" tiếp tục được nhân rộng tại các thôn, bản vùng sâu, vùng xa.",
    "Việc ứng dụng phần mềm quản lý đảng viên và sổ tay đảng viên điện tử được triển khai đồng bộ.",
    "Cấp ủy đã chỉ đạo số hóa hồ sơ, tài liệu, từng bước thực hiện {t} trong hoạt động của tổ chức đảng.",
    "Qua đó nâng cao nhận thức, trách nhiệm của cán bộ, đảng viên đối với {t}.",
    "Các tổ chức đoàn thể phối hợp chặt chẽ, tổ chức nhiều hoạt động thiết thực hướng về cơ sở.",
    "Hội nghị đã thống nhất đề ra {k} nhóm nhiệm vụ, giải pháp trọng tâm trong thời gian tới.",
    "Trong đó tập trung nâng cao chất lượng sinh hoạt chi bộ và công tác giáo dục chính trị, tư tưởng.",
    "Đảng ủy Khối các cơ quan tỉnh đánh giá cao sự chủ động, sáng tạo của {u}.",
    "Thay mặt cấp ủy, đồng chí {n} đã trao tặng Giấy khen cho {k} đảng viên hoàn thành xuất sắc nhiệm vụ.",
    "Hoạt động kiểm tra, giám sát góp phần giữ nghiêm kỷ luật, kỷ cương trong Đảng.",
    "Công tác quản lý nhà nước trên các lĩnh vực được tăng cường, hiệu quả từng bước được nâng lên.",
    "Các đảng viên cam kết thực hiện nghiêm các điều đảng viên không được làm.",
    "Nhân dịp này, đơn vị đã trao {k} suất quà cho hộ nghèo, gia đình có hoàn cảnh khó khăn.",
    "Cấp ủy thường xuyên nắm bắt tâm tư, nguyện vọng của cán bộ, đảng viên và người lao động.",
    "Kết quả đánh giá, xếp loại năm qua có {k} đảng viên hoàn thành xuất sắc nhiệm vụ.",
    "Buổi sinh hoạt chuyên đề diễn ra sôi nổi, dân chủ với nhiều ý kiến tâm huyết.",
    "Việc triển khai Nghị quyết Trung ương 4 khóa XIII về xây dựng, chỉnh đốn Đảng đạt kết quả rõ nét.",
    "Tuy nhiên, vẫn còn một số hạn chế như chất lượng một số buổi sinh hoạt chưa cao.",
    "Thời gian tới, {u} tiếp tục đẩy mạnh {t}, phấn đấu hoàn thành toàn diện các chỉ tiêu đề ra.",
    "Đồng chí {n} yêu cầu các đảng viên phát huy vai trò tiên phong, gương mẫu, đoàn kết thống nhất.",
    "Hội nghị cũng đã thông qua quy chế làm việc của cấp ủy nhiệm kỳ mới.",
    "Chương trình nhằm tạo sự lan tỏa mạnh mẽ trong cán bộ, đảng viên và quần chúng.",
    "Sau {k} giờ làm việc khẩn trương, nghiêm túc, hội nghị đã hoàn thành toàn bộ nội dung đề ra.",
    "Thông qua hoạt động này góp phần củng cố niềm tin của Nhân dân đối với Đảng và chính quyền.",
)
TITLES = (
    "{U} tổ chức {e}",
    "{U}: Đẩy mạnh {t} trong tình hình mới",
    "Đảng ủy Khối các cơ quan tỉnh kiểm tra, giám sát tại {u}",
    "Nâng cao chất lượng sinh hoạt chi bộ tại {u}",
    "{U} với {t}",
    "Hiệu quả từ {t} ở {u}",
    "{U} sơ kết {k} năm thực hiện Kết luận số 21-KL/TW",
)


@dataclass(frozen=True, slots=True)
class Text:
    """Composed text of one article (no dates, ids or URLs)."""

    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[tuple[str, str], ...]   # (first line, second line) around the <br>
    author: str
    author_unit: str
    image_after: int                        # paragraph index the first image follows


def _name(rng: random.Random) -> str:
    female = rng.random() < 0.5
    middle = rng.choice(MIDDLE_F if female else MIDDLE_M)
    return f"{rng.choice(SURNAMES)} {middle} {rng.choice(GIVEN)}"


def _fill(template: str, rng: random.Random, ctx: dict[str, str]) -> str:
    values = dict(ctx)
    values["k"] = str(rng.randint(2, 9))
    values["m"] = str(rng.randint(20, 140))
    values["t"] = rng.choice(TOPICS)
    text = template.format(**values)
    return text[0].upper() + text[1:]


def compose(seed: int, article_id: int, day: str) -> Text:
    """Compose the text of article ``article_id``; ``day`` ("d/m/yyyy") appears in the lead."""
    rng = random.Random(seed * 1_000_003 + article_id)
    unit = rng.choice(UNITS)
    ctx = {"u": unit, "U": unit, "n": _name(rng), "p": rng.choice(POSITIONS),
           "e": rng.choice(EVENTS), "d": day}
    title = _fill(rng.choice(TITLES), rng, ctx)
    paragraphs = [_fill(SENTENCES[0], rng, ctx) + " " + _fill(SENTENCES[1], rng, ctx)]
    for _ in range(rng.randint(2, 5)):
        picks = rng.sample(SENTENCES[2:], rng.randint(2, 4))
        paragraphs.append(" ".join(_fill(s, rng, ctx) for s in picks))
    captions = tuple(
        (f"Đồng chí {ctx['n'] if i == 0 else _name(rng)}, {rng.choice(POSITIONS)}", rng.choice(ACTIONS))
        for i in range(rng.choice((0, 1, 1, 2))))
    return Text(title=title, paragraphs=tuple(paragraphs), captions=captions,
                author=_name(rng), author_unit=rng.choice(UNITS),
                image_after=min(1, len(paragraphs) - 1))


def seed_text() -> tuple[str, str, str, Text]:
    """The verbatim seed article: (category, title, "dd-mm-yyyy HH:MM", text)."""
    raw = resources.files(__package__).joinpath("seed_2743.txt").read_text(encoding="utf-8")
    lines = [" ".join(line.split()) for line in unicodedata.normalize("NFC", raw).splitlines()]
    lines = [line for line in lines if line]
    category, title, stamp, p1, p2, cap1, cap2, p3, p4, byline = lines[:10]
    author, unit = (part.strip() for part in byline.split(",", 1))
    text = Text(title=title, paragraphs=(p1, p2, p3, p4), captions=((cap1, cap2),),
                author=author, author_unit=unit, image_after=1)
    return category, title, stamp, text
