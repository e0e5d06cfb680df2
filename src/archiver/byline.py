"""Byline parsing: who wrote a Vietnamese article, for whom, from where, who took the photos.

``parse_byline`` reads ONE short line ("Tác giả: Minh Anh", "Tin, ảnh: KHÁNH TRUNG",
"Phạm Thảo, Chi bộ Sở Thông tin và Truyền thông", "Nguồn: baochinhphu.vn", "Theo Báo Lạng Sơn")
and returns a :class:`Byline`, or None when the line does not look like a byline at all (so
callers can test trailing body paragraphs with it without eating real text).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace

from archiver.dates import is_stamp_line
from archiver.text import fold
from archiver.vocab import BYLINE_ROLE, COMMENTS_HEADING, NEXT_FIELD, OUTLET_NAME, RELATED_PREFIX

__all__ = [
    "DATA_SOURCE",
    "Byline",
    "is_credit_role",
    "is_organisation",
    "is_person_name",
    "is_portrait_label",
    "is_translator_credit",
    "is_writer_label",
    "merge",
    "opens_with_credit_label",
    "parse_byline",
    "split_authors",
    "unit_line",
    "writers_after_by",
]


@dataclass(frozen=True, slots=True)
class Byline:
    author: str | None = None
    author_unit: str | None = None
    source: str | None = None
    photographer: str | None = None

    def empty(self) -> bool:
        return not (self.author or self.author_unit or self.source or self.photographer)


def merge(first: Byline, second: Byline) -> Byline:
    """Fields of ``first`` win; ``second`` fills the gaps."""
    return replace(
        first,
        author=first.author or second.author,
        author_unit=first.author_unit or second.author_unit,
        source=first.source or second.source,
        photographer=first.photographer or second.photographer,
    )


_SPACE = re.compile(r"\s+")
_COLON = r"\s*[:：]\s*"
#: The video's credit joined to the pictures' ("Ảnh & clip:", "Tin, ảnh, video:").
_AND_VIDEO = r"(?:\s*(?:,|/|và|-|&)\s*(?i:video|clip))?"
# label -> (author?, photographer?); "hình" is the South's word for the pictures ("Tin,
# hình: …", "Hình: …")
_AUTHOR_PHOTO = re.compile(
    r"^(?:(?:tin(?:\s*bài)?|bài|nội\s*dung)\s*(?:,|/|và|-|&)\s*(?:ảnh|hình)|"
    r"tin\s*(?:,|/|và)\s*bài|bài\s*và\s*(?:ảnh|hình)|"
    r"(?:ảnh|hình)\s*(?:,|/|và|-|&)\s*(?:bài|nội\s*dung)|phóng\s*sự\s*ảnh|ảnh\s*và\s*bài|"
    # a photo story's "pictures and words" ("Ảnh và lời: Nguyễn Hữu Lộc")
    r"(?:ảnh|hình)\s*(?:,|/|và|-)\s*lời|lời\s*(?:,|/|và|-)\s*(?:ảnh|hình))"
    # and the video too ("Tin, ảnh, video: Giàng Thị Mỷ")
    + _AND_VIDEO + _COLON,
    re.IGNORECASE,
)
_AUTHOR = re.compile(
    r"^(?:tác\s*giả(?:\s*bài\s*viết)?|người\s*viết|bài\s*viết|người\s*đăng|phóng\s*viên|bài|"
    r"tin\s*bài|tin|pv|người\s*đưa\s*tin|"
    r"người\s*thực\s*hiện|thực\s*hiện|nhóm\s*pv|ptv|(?:nhóm\s*)?tường\s*thuật|"
    r"nhóm\s*phóng\s*viên|nhóm\s*thực\s*hiện|nhóm\s*tác\s*giả|"
    # who translated it, where no one else signs ("Lược dịch: Minh Châu")
    r"lược\s*dịch|biên\s*dịch\s*và\s*tổng\s*hợp|dịch\s*giả|người\s*dịch|dịch|"
    # who compiled it ("Tổng hợp: Ban Tuyên giáo LĐLĐ tỉnh") or took a speech down
    # ("Lược ghi: Phan Thị Thu Hằng", as its "(lược ghi)" suffix): words that also head a
    # summary in a text, so only a person's or a body's name after them (``_NAMES_ONLY``)
    r"tổng\s*hợp|lược\s*ghi|"
    # a reader who wrote the letter ("Bạn đọc: Trần Thị Thu Hà (xã Yên Thành)")
    r"bạn\s*đọc)" + _COLON
    # the English pages of a portal: "Written by Thu Hang", "Reported by …", "Author: …"
    + r"|^(?:written|reported|story|text|translated)\s+by\s*[:：]?\s*|^author" + _COLON
    # an English edition's "By Nguyen Thanh Tam" (a capital after it: a name follows)
    + r"|^by\s+(?=(?-i:[A-ZĐ]))",
    re.IGNORECASE,
)
_PHOTO = re.compile(r"^(?:ảnh|hình|hình\s*ảnh|ảnh\s*minh\s*họa|ảnh\s*minh\s*hoạ|photos?)"
                    # and the video ("Ảnh & clip: Minh Luân", "Ảnh, video: …")
                    + _AND_VIDEO + _COLON, re.IGNORECASE)
#: A picture's credit that names no one: collected ("ST", "sưu tầm"), the internet, archive
#: pictures, whoever's archive they are ("Tư liệu Đoàn xã"), or illustrations.
_NOBODY = re.compile(r"^(?:st|sưu\s*tầm|s\.?t\.?|internet|nguồn\s*internet|"
                     r"tư\s*liệu(?:\s+[^\s\-–|,;][^\-–|,;]{0,59})?|tl|minh\s*họa|minh\s*hoạ|"
                     r"ảnh\s*minh\s*họa|"
                     # pictures the person the item is about supplied ("NVCC")
                     r"nvcc|nhân\s*vật\s*cung\s*cấp|"
                     r"ảnh\s*minh\s*hoạ)$", re.IGNORECASE)
#: A piece's genre and whose it is, no colon: "Bút ký của Lam Khê", "Bài viết của đồng chí
#: Nguyễn Văn Hùng, Bí thư Tỉnh ủy".
_WORK_OF = re.compile(
    r"^(?:bài\s*viết|bút\s*ký|ghi\s*chép|phóng\s*sự|tùy\s*bút|tuỳ\s*bút|tản\s*văn|ký\s*sự|"
    r"bình\s*luận|chuyên\s*luận|bài\s*phát\s*biểu|thư)\s+của\s+", re.IGNORECASE)
#: Who is addressed as comrade (or Mr/Ms) before a name: not part of it.
_HONORIFIC = re.compile(r"^(?:đồng\s*chí|đ/c|ông(?!\s+(?-i:Thị)\b)|bà|bạn\s*đọc)\s+"
                        # ("Ông Thị Mỹ Linh": a woman whose family name is Ông; no man is
                        # "Ông Thị …")
                        r"(?=[A-ZĐÀ-ỸÂĂÊÔƠƯ])", re.IGNORECASE)
#: Where a writer lives, in parentheses after a reader's name ("(tổ dân phố Tân Mỹ, phường
#: Quảng Thuận)", "(thôn 3, xã …)"): an address, not a unit.
#: A place's name alone: two or three capitalised words ("Lâm Bình", "Cao Phong").
_PLACE = re.compile(r"(?-i:[A-ZĐÀ-Ỹ][^\s()]*)(?:\s(?-i:[A-ZĐÀ-Ỹ][^\s()]*)){1,2}")
_ADDRESS = re.compile(r"^(?:(?:tổ\s*dân\s*phố|tdp|thôn|ấp|khóm|khu\s*phố|xóm|số\s*nhà)\b|"
                      # (words that open other names too: with a comma after, an address)
                      r"(?:bản|buôn|làng|đường|tổ\s*\d|kp\s*\d|số\s*\d)\b[^,]*,)",
                      re.IGNORECASE)
#: A role printed after a writer's name in a unit's place ("Văn Tùng - CTV"): no unit.
_ROLE_ALONE = re.compile(r"^(?:(?-i:PV|CTV|BTV|PTV|PV-CTV)|cộng\s*tác\s*viên|phóng\s*viên|"
                         r"biên\s*tập\s*viên|thực\s*hiện)\.?$", re.IGNORECASE)
#: A source after the writer in the same line ("Khánh Linh - Theo Báo Bắc Kạn").
_THEO_TAIL = re.compile(r"(?:\s*[-–—|;,]\s*|\s+(?=\())\(?theo\s+(?P<src>[^():：]{2,100}?)\)?\.?$",
                        re.IGNORECASE)
#: A source named by its site's address ("theo baobackan.vn").
_DOMAIN = re.compile(r"^[\w.-]+\.(?:vn|com|net|org|gov\.vn)\b", re.IGNORECASE)
#: Another role credited after the writer in the same line ("PV: A - Quay phim: B",
#: "A, Biên tập: B"): the writer's name ends there (not the pictures' label's own video:
#: "Ảnh, video: C").
_OTHER_CREDIT = re.compile(r"(?<![Ảả]nh)(?<!ẢNH)(?<![Hh]ình)\s*[-–,;|]\s*(?:quay\s*phim|"
                           r"dựng\s*phim|biên\s*tập(?:\s*viên)?|video|"
                           r"kỹ\s*thuật(?:\s*viên)?|đồ\s*h[ọo]a|thiết\s*kế|âm\s*thanh|"
                           r"giọng\s*đọc|phát\s*thanh\s*viên|người\s*đọc|đọc|lồng\s*tiếng|"
                           r"trình\s*bày|dẫn\s*chương\s*trình|mc|"
                           # (who approved or checked the item: "Duyệt tin: …")
                           r"(?:người\s*)?duyệt(?:\s*(?:tin|bài))?|kiểm\s*duyệt|hiệu\s*đính)"
                           r"\s*[:：]"
                           # any other field of the row after a bar ("A | Nguồn tin: …")
                           # (a photo's or a source's credit is read apart, after)
                           r"|\s*[|•]\s*(?!(?:ảnh|nguồn|photo|video|clip|bài|tin)\b)"
                           r"(?=[^\W\d_][^\W\d_ ]*(?:\s[^\W\d_]+){0,3}\s*[:：])",
                           re.IGNORECASE)
#: A translator credited after the writer in the same line ("By A Translated by B").
_TRANSLATED_BY = re.compile(r"\s+(?:translated|edited)\s+by\s+", re.IGNORECASE)
#: An English edition's byline: "By Nguyen Thanh Tam", "Translated by Ha Vy".
_BY_NAME = re.compile(r"^(?:translated\s+)?by\s+(?-i:[A-ZĐ]\w*(?:\s+[A-ZĐ]\w*){1,4})$",
                      re.IGNORECASE)
#: A post or unit as a label before the name: "Công chức VH-XH: Lê Văn Tám".
_POST_LABEL = re.compile(r"^(?P<post>[^:：]{4,60}?)\s*[:：]\s*(?P<name>[^:：,()]{3,40})$")
#: PHP-Nuke's "Hoàng Thanh Bình viết:" over a quoted story.
_WROTE = re.compile(r"^(?P<name>[^:：\"“\s]+(?:\s+[^:：\"“\s]+){1,4})\s+viết\s*[:：]?\s*$")
#: Archive pictures after a photographer's name ("Ảnh: Tuấn Anh, tư liệu"): no name.
_ARCHIVE_PHOTO = re.compile(r"\s*(?:[,;-]\s*|\()?\s*(?:ảnh\s*)?tư\s*liệu\)?\.?$", re.IGNORECASE)
# A credit block's roles (videos, podcasts, e-magazines): who wrote the content is the
# author, who filmed is the photographer, and the others (editor, voice, design, sound) are
# credits that are neither; each only before a person's name.
_CONTENT_AUTHOR = re.compile(r"^(?:nội\s*dung|kịch\s*bản)" + _COLON, re.IGNORECASE)
_FILMED = re.compile(r"^(?:quay\s*phim|camera|quay\s*phim\s*(?:và|-|,)\s*dựng\s*phim)" + _COLON,
                     re.IGNORECASE)
_OTHER_ROLE = re.compile(
    r"^(?:biên\s*tập(?:\s*viên)?|kỹ\s*thuật(?:\s*viên)?|giọng\s*đọc|người\s*đọc|thiết\s*kế|"
    r"đồ\s*h[ọo]a|dựng\s*phim|trình\s*bày|âm\s*thanh|biên\s*dịch|hiệu\s*đính|dẫn\s*chương\s*trình|"
    r"video)"
    + _COLON, re.IGNORECASE)
#: Where an infographic's figures come from ("Nguồn số liệu: Sở Nội vụ tỉnh"): a line of a
#: credit block naming no writer, no unit and no source of the article.
DATA_SOURCE = re.compile(r"^nguồn\s*số\s*liệu\s*[:：]\s*\S", re.IGNORECASE)
# Who answers a reader's question: the unit it speaks for ("Cơ quan trả lời: Sở Nội vụ").
_ANSWERED_BY = re.compile(r"^(?:cơ\s*quan|đơn\s*vị)\s*trả\s*lời" + _COLON, re.IGNORECASE)
#: The writer's unit in a field of its own ("Đơn vị: Ban Tuyên giáo Huyện ủy").
_UNIT_LABEL = re.compile(r"^(?:đơn\s*vị(?:\s*công\s*tác)?|cơ\s*quan\s*công\s*tác)" + _COLON,
                         re.IGNORECASE)
_SOURCE = re.compile(r"^(?:nguồn\s*tin|nguồn|theo\s*nguồn)" + _COLON, re.IGNORECASE)
#: A source's own label after the writer's in one line ("Tác giả: A Nguồn: B").
_INNER_SOURCE = re.compile(r"\s*[-–—|;,.]?\s+(?:nguồn\s*tin|nguồn)\s*[:：]\s*", re.IGNORECASE)
#: The writer's credit after a photographer's in one line ("Ảnh: A - Bài: B").
_WRITER_AFTER = re.compile(r"\s*[-–—|;,]\s*((?:bài(?:\s*viết)?|tin|nội\s*dung)\s*[:：])",
                           re.IGNORECASE)
_THEO = re.compile(r"^\(?theo\s+(?P<src>[^)]{2,120})\)?\.?$", re.IGNORECASE)
def _reprint_writer(name: str, paper: str) -> bool:
    """"Theo <name> (<paper>)" names a writer: a person's name, no outlet ("Thanh Niên
    (thanhnien.vn)", "TTXVN (baotintuc.vn)", "Người Lao Động (nld.com.vn)": the paper named
    twice), and a paper named beyond "Báo điện tử"."""
    if not is_person_name(name) or OUTLET_NAME.match(name.strip()) or name.isupper() or \
            is_organisation(name) or _GENERIC_PAPER.match(paper.strip()):
        return False
    folded = fold(name).replace(" ", "").lower()
    initials = "".join(w[0] for w in fold(name).lower().split() if w)
    label = paper.strip().lower().split(".")[0] if "." in paper and " " not in paper.strip() \
        else ""
    return not (label and (label.startswith(folded) or folded.startswith(label)
                           or label == initials))


#: A paper named only by its medium ("Báo điện tử", "bản điện tử").
_GENERIC_PAPER = re.compile(r"^(?:báo|bản)\s*(?:điện\s*tử|in|giấy)?$", re.IGNORECASE)
#: A writer and the paper they wrote for, after "Theo": "Hoàng Anh (Báo Hải Phòng)".
_WRITER_OF_PAPER = re.compile(
    r"^(?P<name>[^():,/]{3,40}?)\s*(?:\(|/\s*)(?P<paper>(?:báo|tạp\s*chí|đài|ttxvn|vov|vtv|"
    r"cổng|trang)\b[^()]{0,80}|[\w.-]+\.(?:vn|com|net|org))\)?$", re.IGNORECASE)
# "Bài: X - Ảnh: Y" / "X; Ảnh: Y" inside one line
_INNER_PHOTO = re.compile(
    r"\s*(?:[-–—;,|.]\s*)?\(?\b(?:ảnh|Ảnh|ẢNH|hình|Hình|HÌNH|Photos?|PHOTOS?)"
    # (with the video's: "Ảnh & clip: …")
    + _AND_VIDEO + _COLON + r"(?P<ph>[^)]+)\)?$"
)
_AUTHOR_SPLIT = re.compile(r"\s+[-–—]\s+|\s*;\s*|\s*/\s*|\s+&\s+")

_UNIT_WORDS = (
    "chi bộ", "đảng bộ", "đảng ủy", "đảng uỷ", "sở", "ban", "phòng", "trung tâm", "ubnd",
    "ubmttq", "huyện ủy", "huyện uỷ", "thành ủy", "thành uỷ", "tỉnh ủy", "tỉnh uỷ",
    "thị ủy", "thị uỷ", "văn phòng", "báo", "đài", "hội", "công an", "trường", "cục",
    "khoa", "bộ môn", "học viện", "ubkt", "mttq", "hđnd", "hlhpn", "lđlđ", "công chức",
    "công đoàn", "liên đoàn lao động", "cđ",
    "chi cục", "viện", "bệnh viện", "mặt trận", "đoàn", "liên đoàn", "ủy ban", "uỷ ban",
    "hội đồng", "xã", "phường", "thị trấn", "huyện", "thành phố", "tp", "bộ", "quân",
    "bộ chỉ huy", "bch", "cơ quan", "tòa án", "toà án", "viện kiểm sát", "kho bạc",
    "ngân hàng", "công ty", "tổng công ty", "ủy ban kiểm tra", "cổng", "trang", "tạp chí",
    "thông tấn", "ttxvn", "vtv", "bí thư", "phó", "chủ tịch", "giám đốc", "trưởng",
    "cộng tác viên", "ctv", "học viên", "học viện", "đại học", "trường đại học",
    "nhà xuất bản", "sinh viên", "giáo viên", "thư viện", "ban tuyên giáo",
    "btg", "khối", "đảng bộ khối", "lữ đoàn", "trung đoàn", "sư đoàn", "biên phòng",
    # the bodies of a commune and a village ("Chi hội CCB thôn Đông", "Tổ công tác Đảng ủy
    # xã …", "HTX …"), and a command's smaller ones (not a village alone, "Thôn Đồng Ao, xã
    # …": a reader's address)
    "chi hội", "chi đoàn", "tổ công tác", "hợp tác xã", "htx",
    # a commune's or an office's teams ("Tổ công nghệ số cộng đồng xã …", "Tổ biên tập")
    "tổ công nghệ số", "tổ chuyên gia", "tổ biên tập", "tổ phóng viên", "tổ tuyên truyền",
    "tổ giúp việc", "tổ thư ký",
    "câu lạc bộ", "clb", "chi nhánh", "ban quản lý", "bql", "ban chỉ huy", "tiểu đoàn",
    "đại đội", "đồn biên phòng", "trạm y tế", "nhà văn hóa", "nhà văn hoá",
    # alliances, federations and enterprises ("Liên minh Hợp tác xã tỉnh", "Liên hiệp các
    # tổ chức hữu nghị", "Hiệp hội …", "Nhà máy …")
    # (not "Liên Minh" alone: a person's name may be)
    "liên minh hợp tác xã", "liên minh htx", "liên hiệp các", "liên hiệp hội", "hiệp hội",
    "tập đoàn", "nhà máy", "xí nghiệp",
)
#: The unit words written as initials, in capitals ("HTX Chè Hoàng Bình", "UBND xã …").
#: (Not "CTV", a collaborator: a person's title, "CTV Minh Anh"; nor "TP", initials too.)
#: A vowel, marked or not: a word without one is no Vietnamese syllable (initials).
_VOWEL = re.compile(r"[aăâeêioôơuưyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]",
                    re.IGNORECASE)
_UNIT_ACRONYMS = frozenset({"HTX", "UBND", "UBMTTQ", "UBKT", "MTTQ", "HĐND", "HLHPN", "LĐLĐ",
                            "CĐ", "BCH", "TTXVN", "VTV", "BTG", "CLB", "BQL"})
_UNIT_RE = re.compile(
    r"^(?:" + "|".join(re.escape(w) for w in sorted(_UNIT_WORDS, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
#: A unit named by its initials and more words: "VP Đảng ủy xã", "CDC tỉnh", "TTVH-TT huyện
#: Ba Tơ", "TTYT huyện": a word in small letters after the initials, not "và" (a name in
#: capitals, and the next writer's name, have none).
_ACRONYM_UNIT = re.compile(r"^([A-ZĐ]{2,6}(?:[-–][A-ZĐ]{1,6})*)\s+(\S+)")
_INITIALS = re.compile(r"^[A-ZĐ]{2,6}$")
#: Initials that stand for a person's role, never their unit.
_NOT_UNITS = frozenset({"PV", "CTV", "BTV", "KTV", "BBT", "PTV", "MC", "TS", "BS", "KS", "LS",
                        "CCB", "NCS", "GS", "PGS", "THS", "NXB",
                        # degrees and titles in pairs ("CN ĐD", "DS CKI", "NSND", "KTS")
                        "CN", "ĐD", "DS", "CK", "CKI", "CKII", "BSCK", "KTS", "NSND", "NSƯT",
                        "NGND", "NGƯT"})
_PAREN_UNIT = re.compile(r"^(?P<name>[^()]{2,60}?)\s*\((?P<unit>[^()]{3,100})\)\.?$")
_SLASH_UNIT = re.compile(r"^(?P<name>[^/()]{2,40}?)\s*/\s*(?P<unit>[^/()]{3,120})$")
#: A family name that is also a unit's word, before a name's two or three words.
_FAMILY_UNIT = re.compile(r"^Đoàn(?!\s+(?:thanh\s*niên|luật\s*sư|đbqh|đại\s*biểu|ca\s*múa|"
                          r"nghệ\s*thuật|văn\s*công|kinh\s*tế|công\s*tác|kiểm\s*tra|"
                          r"thanh\s*tra|giám\s*sát|khảo\s*sát|tnxp|y\s*tế|xe)\b)"
                          r"(?:\s+\S+){1,3}$", re.IGNORECASE)
_DASHES = re.compile(r"\s+[-–—]\s+")
#: (the unit may end in its place, in parentheses: "Hội LHPN xã Minh Xuân (huyện Lục Yên)")
_DASH_UNIT = re.compile(r"^(?P<name>[^-–—()]{2,60}?)\s+[-–—]\s+"
                        r"(?P<unit>[^()]{3,120}(?:\s*\([^()]{2,60}\))?)$")
_SPECIAL_AUTHORS = frozenset({"BBT", "PV", "CTV", "TTXVN", "BTV", "PV-CTV", "Ban Biên tập"})
#: A byline naming writers together, as printed: "Nhóm phóng viên", "Nhóm PV", "Nhóm tác giả".
#: (set as a byline, with its capital: "nhóm phóng viên" in a sentence is none)
_COLLECTIVE = re.compile(r"^(?:Nhóm|NHÓM)\s+(?i:phóng\s*viên(?:\s*ảnh)?|pv|tác\s*giả|ctv|"
                         r"cộng\s*tác\s*viên|biên\s*tập(?:\s*viên)?|thực\s*hiện)$")
#: A lower-case Vietnamese letter (a syllable joined to a foreign name's first).
_LOWER = ("[a-zđàáảãạăắằẳẵặâấầẩẫậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ]")
_NAME_WORD = re.compile(
    r"^(?:[A-ZĐÀ-ỸÂĂÊÔƠƯ][\wÀ-ỹ'’]*\.?|(?:[A-ZĐÂĂÊÔƠƯ]\.)+[A-ZĐÀ-ỸÂĂÊÔƠƯ][\wÀ-ỹ]*\.?|"
    r"[A-ZĐ]{1,4}\.|"
    # a foreign name as Vietnamese writes it, its syllables joined by hyphens ("Bun-thăn
    # Xổm-phon-vi-lay", "Xi-ha-núc")
    r"[A-ZĐÀ-ỸÂĂÊÔƠƯ][\wÀ-ỹ]+(?:-" + _LOWER + r"+){1,5})$"
)
_LOWER_NAME_PARTICLES = frozenset({"thị", "văn", "đức", "hữu", "bá", "công", "ngọc", "minh",
                                   # a foreign name's particles ("Hendrik van der Berg")
                                   "van", "der", "den", "von", "de", "du", "di", "da", "del",
                                   "la", "le", "ten", "ter"})


def _clean(text: str) -> str:
    text = unicodedata.normalize("NFC", text.replace("\xa0", " ")).replace("Ð", "Đ")
    if _EMOJI_LABEL.search(text):
        text = _EMOJI_LABEL.sub(lambda m: _EMOJI_WORDS[m.group(1)], text)
    return _SPACE.sub(" ", text).strip()


#: Credits labelled by pictures, as a page's editor types them from a social post: the
#: writing hand or a pen the writer's label, a camera the photographer's ("✍️ A - 📸 B").
_EMOJI_WORDS = {"✍": " Bài: ", "🖊": " Bài: ", "🖋": " Bài: ", "✒": " Bài: ", "📝": " Bài: ",
                "📸": " Ảnh: ", "📷": " Ảnh: ", "🎥": " Video: "}
_EMOJI_LABEL = re.compile("([" + "".join(_EMOJI_WORDS) + "])\ufe0f?" + r"\s*")


_WEEKDAY = re.compile(r"^(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)[\s,.-]*$",
                      re.IGNORECASE)
#: An academic or professional degree before a name ("PGS.TS", "ThS.", "TS", "BSCKII"):
#: part of the name as printed, but no name word itself.
_DEGREE = re.compile(r"^(?:(?:P?GS|TS|Th[Ss]|BSCKI{1,2}|BS|KS|NCS|LS)\.?[\s,.]*|"
                     # the same spelled out ("Luật sư Trần Minh Đức", "Bác sĩ …")
                     r"(?i:(?:phó\s+)?giáo\s*sư|tiến\s*sĩ|thạc\s*sĩ|bác\s*sĩ|dược\s*sĩ|"
                     r"kỹ\s*sư|kĩ\s*sư|luật\s*sư|kiến\s*trúc\s*sư|nhà\s*báo)[\s,]+){1,3}"
                     r"(?=[A-ZĐÀ-ỸÂĂÊÔƠƯ])")


#: Words of a sidebar box's heading that no person's name holds.
_BOX_WORDS = re.compile(r"(?<!\w)(?:website|liên kết|tin tức|thông báo|văn bản|chuyên mục|"
                        r"danh mục|thống kê|truy cập|quảng cáo|tìm kiếm|video|hình ảnh|podcast|"
                        r"infographic|tin|bài|lịch)(?!\w)")


#: A translator's credit ("Người dịch: Lương Thị Hoài", "Dịch giả: …", "Lược dịch: …").
_TRANSLATOR = re.compile(r"^\W*(?:người\s*dịch|dịch\s*giả|lược\s*dịch|biên\s*dịch\s*và\s*"
                         r"tổng\s*hợp|dịch)\s*[:：]", re.IGNORECASE)


#: A translator's role after the name ("Trần Thu Hà (dịch)", "(người dịch)", "(chuyển
#: ngữ)"); not "(lược dịch)": an abridged translation is its maker's own item.
_TRANSLATOR_ROLE = re.compile(r"[(\[]\s*(?:người\s*dịch|biên\s*dịch|chuyển\s*ngữ|dịch)\s*[)\]]"
                            r"\.?$", re.IGNORECASE)


def is_credit_role(role: str) -> bool:
    """``role`` is a credit's own label ("Nội dung", "Ảnh", "Biên tập", "Nguồn"), not a post
    ("Bí thư Đảng ủy": a table of who was elected)."""
    label = f"{role.strip().rstrip(':：')}: "
    return any(p.match(label) for p in (_AUTHOR_PHOTO, _AUTHOR, _PHOTO, _CONTENT_AUTHOR,
                                        _FILMED, _OTHER_ROLE, _SOURCE))


def is_translator_credit(text: str) -> bool:
    """The line credits who translated the text: its author only where no one else signs
    ("Người dịch: Lương Thị Hoài", or the name with the role after it: "Thu Hà (dịch)")."""
    return bool(_TRANSLATOR.match(text) or _TRANSLATOR_ROLE.search(text))


def is_writer_label(text: str) -> bool:
    """``text`` is a writer's label alone ("Tác giả", "Người viết:"), over the names."""
    return _LABEL_ALONE.match(text) is not None


def is_person_name(text: str) -> bool:
    """A short capitalised word run: "Phạm Thảo", "KHÁNH TRUNG", "B.NG", "T.H", "BBT",
    after a degree ("PGS.TS Phan Văn Hùng")."""
    text = _DEGREE.sub("", _RANK.sub("", text.strip())).strip().strip(".").strip()
    if not text or len(text) > 40:
        return False
    if text in _SPECIAL_AUTHORS or text.upper() in _SPECIAL_AUTHORS or _COLLECTIVE.match(text):
        return True
    if _WEEKDAY.match(text) or _POST_ALONE.match(text):
        return False    # "Thứ Hai", left of a stamp; "CHỦ TỊCH" over a signature
    if RELATED_PREFIX.match(text.lower()) or COMMENTS_HEADING.match(text.lower()) or \
            _BOX_WORDS.search(text.lower()):
        return False    # a box's heading in capitals ("CÁC TIN KHÁC", "LIÊN KẾT WEBSITE")
    words = text.split(" ")
    if len(words) > 6 or (len(words) > 2 and _by_initials(text)) or (
            words[0] == "Đoàn" and not _FAMILY_UNIT.match(text)):
        return False    # (an office by its initials, "BDV HU Hồng Dân"; "Đoàn Thanh Niên …")
    if len(words) == 1 and not (text.isupper() or "." in text):
        return False    # one word ("Created", "Đăng"): a label; initials and "PV" are names
    if any(ch.isdigit() for ch in text) or not any(w[:1].isupper() for w in words):
        return False    # (a name has a capital: "la de" is no name)
    for word in words:
        if _NAME_WORD.match(word) and not word[0].islower():
            continue
        if word.lower() in _LOWER_NAME_PARTICLES:
            continue
        return False
    return True


#: A military or police rank, or what the writer is to the paper, before a name ("Thượng tá
#: Lê Minh Tuấn", "PV Hồng Hạnh", "CTV Minh Anh", "CCB Trần Đình Lộc"): a title, not the
#: name ("PV" alone is a byline as printed: the name must follow).
_RANK = re.compile(r"^(?:(?:đại|thượng|trung|thiếu)\s*(?:tướng|tá|úy|uý)|(?-i:PV|CTV|CCB|PTV))"
                   r"\s*,?\s+(?=\w)", re.IGNORECASE)
#: What the writer is to a station, spelled out before the name at a line's start
#: ("Thông tin viên H'Liên, Video: Quang Hải").
_CORRESPONDENT = re.compile(r"^thông\s*tin\s*viên\s+(?=[A-ZĐÀ-Ỹ])", re.IGNORECASE)
#: "… và cộng sự", "… và nhóm nghiên cứu" after the writer's name: the colleagues unnamed.
_AND_COLLEAGUES = re.compile(r"\s+(?:và|cùng)\s+(?:các\s+)?(?:cộng\s*sự|đồng\s*nghiệp|nhóm\s*"
                             r"(?:tác\s*giả|nghiên\s*cứu|thực\s*hiện))\b", re.IGNORECASE)
#: A credit of another role in a list of names ("PV Hồng Hạnh - KTV Trung Kiên"): the
#: technician, the editor, the presenter, none of them a writer.
_OTHER_ROLE_NAME = re.compile(r"^(?:(?-i:KTV|BTV|MC|QP)|kỹ\s*thuật(?:\s*viên)?|biên\s*tập"
                              r"(?:\s*viên)?|dẫn\s*chương\s*trình|quay\s*phim|dựng\s*phim)"
                              r"\s*[:：]?\s+(?=\w)", re.IGNORECASE)


def is_organisation(name: str | None) -> bool:
    """A body's name where a person's should be ("Ban Tuyên giáo Tỉnh ủy Cà Mau", a Zalo
    account's or a site's name in the author slot): it opens with a unit word and names
    another one before its last word, or runs to five words or more (a person's name that
    opens like a unit, "Đoàn Thị Thanh Hương", "Đoàn Thu Trang", does neither)."""
    if not name or not _UNIT_RE.match(name) or _DEGREE.match(name):
        return False    # ("Phó Giáo sư Nguyễn Văn Anh": a degree opens a person's name)
    words = name.split()
    if len(words) >= 2 and words[0] in _UNIT_ACRONYMS and not name.isupper():
        return True     # "HTX Chè Hoàng Bình", "UBND xã Tân Lập": no person's name opens so
        # (a name printed in capitals, "ĐOÀN THU TRANG", is all capitals)
    if len(words) >= 3 and not name.isupper() and any(
            2 <= len(w) <= 6 and w.isalpha() and w.isupper() and (
                w in _UNIT_ACRONYMS or not _VOWEL.search(w)) for w in words[1:-1]):
        return True     # a unit's initials after its word: "Hội NCT Hòa Khánh", "Đoàn TN xã"
        # (initials, no syllable: "Đoàn THU Hà" is a name set partly in capitals)
    # another unit word inside the name, not as its last word ("Đoàn Thu Trang" is a
    # person: "trang" ends it)
    return len(words) >= 5 or any(_UNIT_RE.match(" ".join(words[i:]))
                                  for i in range(1, len(words) - 1))


#: Between writers each followed by their unit in parentheses ("A (…) - B (…)"): a unit's
#: own dash ("Đài Truyền thanh - Truyền hình") is inside its parentheses.
_AFTER_PAREN = re.compile(r"(?<=\))\s*(?:[-–—;,]|\s+và)\s*")
#: Names listed in one run: "A, B và C".
_NAME_LIST = re.compile(r"\s*,\s*|\s+(?:và|cùng)\s+")


def split_authors(text: str) -> list[str]:
    """"Huỳnh Phong - Hùng Anh" -> ["Huỳnh Phong", "Hùng Anh"], "A, B và C" -> [A, B, C]
    when each is a name; a rank before a name is left out ("Thượng tá Lê Minh Tuấn" ->
    "Lê Minh Tuấn")."""
    parts = [_RANK.sub("", p.strip(" .,")) for p in _AUTHOR_SPLIT.split(text)]
    out: list[str] = []
    for part in parts:
        if not part or (out and _OTHER_ROLE_NAME.match(part)):
            continue
        names = [_RANK.sub("", p.strip(" .")) for p in _NAME_LIST.split(part) if p.strip(" .")]
        if len(names) > 1 and all(is_person_name(n) for n in names):
            out.extend(names)
        else:
            out.append(part)
    return out


#: A post before the unit an author holds it in ("Chính ủy Bộ Chỉ huy Quân sự tỉnh", "Phó
#: Bí thư Huyện ủy"): the unit is what follows it.
_POST = re.compile(
    r"^(?:phó\s+)?(?:bí\s*thư|chủ\s*tịch|giám\s*đốc|chính\s*[uủ]y|trưởng\s*ban|"
    r"trưởng\s*phòng|trưởng\s*khoa|hiệu\s*trưởng|chỉ\s*huy\s*trưởng|tổng\s*biên\s*tập|"
    r"[uủ]y\s*viên(?:\s*ban\s*thường\s*vụ)?|chánh\s*văn\s*phòng|trưởng|phó|"
    # a teacher's or an official's post ("Giảng viên Khoa Lý luận cơ sở")
    r"giảng\s*viên(?:\s*chính)?|nghiên\s*cứu\s*viên|chuyên\s*viên(?:\s*chính)?|giáo\s*viên)"
    r"\s+(?=\w)",
    re.IGNORECASE)


#: A portrait's label: a person's name, a dash, the post they hold ("Nguyễn Thế Vinh - Bí
#: thư Đảng ủy xã Tam Nông").
_PORTRAIT = re.compile(r"^(?P<name>[^-–—:()]{3,40}?)\s+[-–—]\s+(?P<post>[^-–—]{6,100})$")


def is_portrait_label(text: str) -> bool:
    """``text`` names a person and the post they hold, as a portrait's caption does
    ("Đinh Thị Lan - Phó Trưởng Ban Tổ chức Tỉnh ủy")."""
    m = _PORTRAIT.match(_clean(text))
    return m is not None and is_person_name(m["name"]) and _POST.match(m["post"]) is not None


#: A post named for the unit it heads, the unit's word after it: "Phó Trưởng Khoa Xây dựng
#: Đảng" is the faculty's deputy head — the unit keeps its word ("Khoa Xây dựng Đảng").
_HEAD_POST = re.compile(r"^(?:phó\s+)?trưởng\s+(?=(?:khoa|phòng|ban|bộ\s+môn)\s)", re.IGNORECASE)
#: A post going on after the unit's word ("Phó Trưởng ban Thường trực Ban …", "Phó Trưởng
#: phòng phụ trách Phòng …"): not the unit itself.
_HEAD_POST_MORE = re.compile(r"^\w+\s+(?:thường\s+trực|phụ\s+trách|kiêm)\b", re.IGNORECASE)
#: A post printed alone, as a document's signature block sets it ("CHỦ TỊCH" between "TM.
#: BAN THƯỜNG TRỰC" and the signer's name): no one's name.
_POST_ALONE = re.compile(r"^(?:(?:tm|kt|tl|tuq)\.\s*)?(?:phó\s+)?(?:bí\s*thư|chủ\s*tịch|"
                         r"giám\s*đốc|chính\s*[uủ]y|trưởng\s*ban|trưởng\s*phòng|thủ\s*trưởng|"
                         r"tổng\s*biên\s*tập|chánh\s*văn\s*phòng|chủ\s*nhiệm|trưởng\s*đoàn)$",
                         re.IGNORECASE)


#: What a unit's name never holds: a reporting verb; a clause after a comma in lower case,
#: past a unit's length ("Phòng Phổ biến, giáo dục pháp luật" is one).
_SENTENCE = re.compile(r"\b(?:cho\s+biết|cho\s+rằng|nhấn\s+mạnh|khẳng\s+định|đề\s+nghị|"
                       r"phát\s+biểu)\b", re.IGNORECASE)
_CLAUSE = re.compile(r",\s+[a-zà-ỹđ]")


def _unit(text: str) -> str | None:
    """``text`` as a unit ("Ban Tuyên giáo Huyện ủy"), a post in one dropped ("Chính ủy Bộ
    Chỉ huy Quân sự tỉnh" -> "Bộ Chỉ huy Quân sự tỉnh"); None when it is none."""
    text = text.split("|", 1)[0].strip(" .")   # (a unit holds no bar: a meta row's next cell)
    if text.startswith("(") and text.endswith(")"):
        text = text[1:-1].strip(" .")
    if ";" in text and len(parts := [p.strip() for p in text.split(";") if p.strip()]) > 1:
        # a unit field listing each writer's ("Đảng ủy xã Ea Kar; Trung tâm Dịch vụ …"): the
        # units in order, joined as a byline joins them
        units = [u for p in parts if (u := _unit(p)) is not None]
        return ", ".join(dict.fromkeys(units)) if len(units) == len(parts) else None
    if _SENTENCE.search(text) or (len(text) > 60 and _CLAUSE.search(text)):
        return None     # "UBND xã cho biết, xã sẽ …": a sentence of the text, no unit
    if (_FAMILY_UNIT.match(text) or _DEGREE.match(text)) and is_person_name(text):
        return None     # "Đoàn Thu Trang", "Phó Giáo sư Lê Văn An": a person, not a unit
    rest = _HEAD_POST.sub("", text, count=1)   # ("Phó Trưởng Khoa X" -> "Khoa X")
    rest = rest[:1].upper() + rest[1:]
    words = rest.split()
    if len(words) > 1 and words[0].lower() == words[1].lower():
        rest = " ".join(words[1:])   # "Trưởng khoa Khoa X", the formal wording
    if rest != text and _UNIT_RE.match(rest) and not _HEAD_POST_MORE.match(rest):
        return rest
    rest = _POST.sub("", text, count=1)
    if rest != text and _UNIT_RE.match(rest):
        return rest[:1].upper() + rest[1:]   # ("Trưởng trạm Y tế xã …" -> "Trạm Y tế xã …")
    if _UNIT_RE.match(text):
        return text
    if _by_initials(text):
        return text   # an office by its initials: "VP Đảng ủy xã", "CDC tỉnh", "TTVH-TT huyện"
    if "," in text and _POST.match(text):
        # posts held at once, the unit after the last ("Ủy viên Trung ương Đảng, Bí thư
        # Tỉnh ủy Hà Bắc" -> "Tỉnh ủy Hà Bắc")
        last = text.rsplit(",", 1)[1].strip()
        rest = _POST.sub("", last, count=1)
        if rest != last and _UNIT_RE.match(rest):
            return rest
    return None


def _by_initials(text: str) -> bool:
    """``text`` names an office by its initials and more words, one of them in small
    letters ("CDC tỉnh"); not a role's initials ("PV"), nor names in capitals, nor a list."""
    head = _ACRONYM_UNIT.match(text)
    if head is None or head.group(1) in _NOT_UNITS or " - " in text \
            or any(ch.isdigit() or ch in ",;" for ch in text):
        return False
    rest = text[head.end(1):].split()
    if _INITIALS.match(rest[0]) and rest[0] not in _NOT_UNITS and "và" not in rest \
            and any(not set(w) & set("AEIOUY") for w in (head.group(1), rest[0])) \
            and any(w[:1].isupper() and not w.isupper() for w in rest[1:]):
        # initials after initials (one of them no syllable: no vowel), then a place: "BDV
        # HU Hồng Dân", "UBND TP Vị Thanh"; not names in capitals ("MINH TRANG và …")
        return True
    for word in rest:   # (a small word after "và" may be the next writer's rank)
        if word in ("và", "cùng", "với"):
            return False
        if word[:1].islower():
            return True
    return False


def unit_of(text: str) -> str | None:
    """A line that names a unit and nothing else ("Văn phòng Hội Doanh nhân trẻ tỉnh", "Bí
    thư Đoàn trường THPT Bắc Mê" -> "Đoàn trường THPT Bắc Mê"), as a card prints it under
    the author's name; else None."""
    text = _clean(text)
    return _unit(text) if 3 <= len(text) <= 120 and not is_person_name(text) else None


def unit_line(text: str) -> str | None:
    """A line that is a unit alone, in parentheses, printed under the author's name
    ("(Văn phòng Đảng ủy xã Ia Kha)"): the unit; else None."""
    text = _clean(text)
    if not (text.startswith("(") and text.rstrip(".").endswith(")")) or len(text) > 120:
        return None
    return _unit(text.rstrip("."))


def _people(text: str) -> bool:
    """One person's name, or a few joined by commas or "và" ("Minh Khang, Hồng Vân")."""
    names = [n for n in re.split(r"\s*,\s*|\s+và\s+", text.strip()) if n]
    return 1 <= len(names) <= 4 and all(map(is_person_name, names))


def _readers(found: Byline | None) -> Byline | None:
    """A reader's letter's signature: the parenthesis is where the reader lives (no unit)."""
    return replace(found, author_unit=None) if found is not None and found.author else found


#: The label of a reader who wrote the letter: "Bạn đọc: …".
_READER = re.compile(r"^bạn\s*đọc\s*[:：]\s*", re.IGNORECASE)
#: A phone number closing a signature, unlabelled ("CTV Lò Văn Thắng - 0915.228.406"): no
#: unit (a labelled one is ``_CONTACT_TAIL``'s).
_PHONE_TAIL = re.compile(r"\s*[-–,|]\s*\+?\d[\d .]{7,14}\d\s*$")
#: Who told the story, before who wrote it down ("Nguyễn Đình Quế (kể) - Hà Phương (ghi)"):
#: the narrator, the text's speaker, not its writer.
_NARRATOR = re.compile(r"^[^()\-–,]{2,40}\(\s*(?:kể|kể\s*lại|lời\s*kể|thuật\s*lại)\s*\)\s*"
                       r"[-–,]\s*(?=\S)", re.IGNORECASE)
#: "Hồng Phúc (Nguyễn Thị Hồng Phúc)": a pen name, then in parentheses a name.
_PEN_NAME = re.compile(r"^(?P<pen>[^()]{2,40}?)\s*\((?P<real>[^()]{5,40})\)$")


def _without_real_name(text: str) -> str:
    """A pen name with the writer's real name in parentheses ("Hồng Phúc (Nguyễn Thị Hồng
    Phúc)": a person's full name of three words or more ending in the whole pen name, no
    unit's head word opening it) is the pen name, as printed over the text: the
    parenthesis is no unit."""
    m = _PEN_NAME.match(text)
    if m is None:
        return text
    pen, real = m.group("pen").strip(), m.group("real").strip()
    if len(real.split()) >= 3 and is_person_name(pen) and is_person_name(real) and \
            real.lower().endswith(" " + pen.lower()) and not _UNIT_RE.match(real):
        return pen   # (not "Minh Khai (Phường Minh Khai)": a ward's name, the unit)
    return text


def _authors_and_unit(text: str, strict: bool) -> tuple[str | None, str | None]:
    """Split "Name, Unit" / "A - B" / "A, B". ``strict`` requires names to look like names."""
    text = BYLINE_ROLE.sub("", text.strip()).strip().strip(".").strip()
    text = _AND_COLLEAGUES.sub("", _RANK.sub("", _HONORIFIC.sub("", text)))
    text = _without_real_name(_NARRATOR.sub("", _PHONE_TAIL.sub("", text))).strip()
    if not text:
        return None, None
    unit: str | None = None
    each = [_PAREN_UNIT.match(p.strip()) for p in _AFTER_PAREN.split(text)]
    if len(each) > 1 and all(m is not None and _unit(m.group("unit")) and is_person_name(
            m.group("name")) for m in each):
        # "Nguyễn Thu Hiền (Đảng ủy Sở Tư pháp) - Vũ Mạnh Cường (Ban Tuyên giáo …)": each
        # writer's own unit, in the writers' order
        units = list(dict.fromkeys(_unit(m.group("unit")) or "" for m in each if m))
        return (", ".join(_RANK.sub("", m.group("name").strip()) for m in each if m),
                ", ".join(units))
    chain = _DASHES.split(text)
    if len(chain) > 2 and any(_ROLE_ALONE.match(p.strip()) for p in chain[1:-1]):
        # "Minh Anh - CTV - Trung tâm Văn hóa huyện": the role between is no writer
        chain = [chain[0], *(p for p in chain[1:-1] if not _ROLE_ALONE.match(p.strip())),
                 chain[-1]]
        text = " - ".join(chain)
    for cut in range(2, len(chain) if is_person_name(chain[0]) else 0):
        # "Thảo Nguyên - Hữu Phước - Cổng TTĐT tỉnh": writers, then the unit they share
        # (its own dashes kept: "… - Trung tâm Văn hóa - Thông tin huyện")
        if not is_person_name(chain[cut - 1]):
            break
        if not is_person_name(chain[cut]) and (
                unit := _unit(" - ".join(chain[cut:]))):
            return ", ".join(_RANK.sub("", p.strip()) for p in chain[:cut]), unit
    slash = _SLASH_UNIT.match(text)
    if slash and is_person_name(slash.group("name")) and (unit := _unit(slash.group("unit"))):
        return slash.group("name").strip(), unit   # "Kim Oanh/Trung tâm Truyền thông …"
    paren = _PAREN_UNIT.match(text)
    dash = _DASH_UNIT.match(text)
    if paren and (_ADDRESS.match(paren.group("unit").strip()) or (_PLACE.fullmatch(
            paren.group("unit").strip()) and not _unit(paren.group("unit")))) \
            and is_person_name(paren.group("name")):
        # a reader's address, or a place alone ("Vũ Minh Anh (Lâm Bình)": where the writer
        # is from or wrote from): neither name nor unit
        text = paren.group("name").strip()
    elif len(chain) >= 2 and _ROLE_ALONE.match(chain[-1].strip()) \
            and all(is_person_name(p) for p in chain[:-1]):
        text = " - ".join(chain[:-1])       # "Văn Tùng - CTV": a role, no unit
    elif paren and _unit(paren.group("unit")) and not (
            dash and is_person_name(dash.group("name")) and _unit(dash.group("unit"))
            and not _ROLE_ALONE.match(dash.group("unit").split("(")[0].strip())):
        # "Minh Quân (Trung tâm Chính trị huyện Lộc Ninh)" (not "A - Hội X (huyện Y)": the
        # unit after the dash, its place in parentheses)
        text, unit = paren.group("name").strip(), _unit(paren.group("unit"))
    elif dash and _unit(dash.group("unit")) and _people(dash.group("name")) \
            and not _RANK.match(dash.group("unit")):
        # "Minh Châu - Trung tâm Văn hóa, Thể thao và Truyền thông huyện" (commas in the
        # unit); "Minh Khang, Hồng Vân - Phòng Tổ chức đảng, đảng viên" (two writers, one unit)
        text, unit = dash.group("name").strip(), _unit(dash.group("unit"))
    elif "," in text:
        head, _, tail = text.partition(",")
        tail = tail.strip()
        if tail and _unit(tail) and not is_person_name(tail) and not _RANK.match(tail):
            text, unit = head.strip(), _unit(tail)
    names = split_authors(text)
    if not names:
        return None, unit
    if strict and not all(is_person_name(n) for n in names):
        return None, None
    return ", ".join(names), unit


#: The writer's phone and e-mail after the name ("Phạm Quốc Thắng - ĐT: 0939 421 556 - Email:
#: …"): contact details, not part of the byline.
_CONTACT_TAIL = re.compile(r"(?:\s*[-–|,;]\s*|\s+)(?:đt|điện\s*thoại|sđt|tel|phone|di\s*động|"
                           r"e-?mail|email)\s*[:：.]?\s*[\d\w.+@ ()-]*(?:\s*[-–|,;]\s*(?:e-?mail|"
                           r"email|đt)\s*[:：]?\s*\S+)*\s*$", re.IGNORECASE)
#: An e-mail address printed beside the name ("Ngọc Trâm ngoctram@baocuulong.vn", "… -
#: x@y.vn"), or Cloudflare's stand-in for one where its e-mail protection hid it ("Rơ Châm
#: H'Lan ([email protected])").
_EMAIL = re.compile(r"(?:\s*[-–|]\s*|\s*)\(?(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|"
                    r"\[email[\s\xa0]*protected\])\)?")
#: A stamp printed after the name in the same line ("Người viết: Nguyễn Văn Hậu Ngày đăng:
#: 18/05/2024", "Minh Anh | 12/03/2024 08:30"): not part of the byline.
_STAMP_TAIL = re.compile(
    r"(?:\s*[|•·–—-]\s*|\s+)(?:(?:ngày\s*đăng|đăng\s*ngày|ngày\s*cập\s*nhật|cập\s*nhật|"
    r"đăng\s*lúc|lượt\s*xem|ngày)\s*[:：].*|(?:\d{1,2}[:h]\d{2}\s*[,|-]?\s*)?"
    r"\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b.*)$",
    re.IGNORECASE)
#: A particulars line whose label ends in a lower-case "ngày" before its first colon ("Vào
#: Đảng ngày: 19/5/1962", "Sinh ngày: …"): a field of a person's record, whatever the words
#: before it look like (a stamp after a name is spelled after a separator or a label, or as
#: "… đăng ngày:", "… cập nhật ngày:").
_FIELD_DAY = re.compile(r"^[^:：|•·–—-]*?\w(?<!đăng)(?<!nhật)(?<!gửi)(?<!viết)\s+(?-i:ngày)"
                        r"\s*[:：]", re.IGNORECASE)


#: A team's credit naming its members in brackets ("Nhóm PV (Thu Hằng, Trọng Nhân)", "Ê-kíp
#: thực hiện (…)"): the members are the writers, not a unit.
_GROUP_MEMBERS = re.compile(r"^(?:nhóm\s+(?:pv|phóng\s+viên|tác\s+giả|thực\s+hiện)|"
                            r"(?:ê-?kíp|ekip)(?:\s+thực\s+hiện)?)\s*\((?P<names>[^()]{3,120})\)",
                            re.IGNORECASE)


#: An interviewer's closing thanks ("Xin cảm ơn đồng chí", "Trân trọng cảm ơn ông").
_THANKS = re.compile(r"^(?:xin\s+|trân\s+trọng\s+)?(?:chân\s+thành\s+)?cảm\s+ơn\b", re.IGNORECASE)
#: An author label printed alone, its name on the next line.
_LABEL_ALONE = re.compile(r"^(?:tác\s*giả|người\s*viết|bài\s*viết|người\s*đăng|bài|tin|"
                          r"người\s*thực\s*hiện|thực\s*hiện|author|written\s*by|"
                          # a stamp's or a poster's label ("Đăng vào", "bởi", "Posted by")
                          r"đăng\s*(?:vào|lúc|ngày|bởi)?|bởi|posted(?:\s*(?:on|by))?|by)"
                          r"\s*[:：]?\s*$", re.IGNORECASE)
#: An author label before the name with no colon ("Tác giả hoilhpn_trabong": a theme's
#: screen-reader text, the account's link after it).
_LABEL_LEAD = re.compile(r"^(?:tác\s*giả(?:\s*bài\s*viết)?|người\s*viết|người\s*đăng|author|"
                         r"written\s*by|posted\s*by)\s+(?=\S)", re.IGNORECASE)
#: Writers' labels that also head a summary in a text ("Tổng hợp: Năm 2024, …"): a name
#: must follow them, a person's or a body's.
_NAMES_ONLY = re.compile(r"^(?:tổng\s*hợp|lược\s*ghi|dịch)\s*[:：]", re.IGNORECASE)
#: A site account's handle: lower case, no spaces ("doantruong-bacme", "admin_01").
_HANDLE = re.compile(r"^[a-z0-9][a-z0-9._-]{2,40}$")


def _no_name(author: str, line: str) -> bool:
    """What follows a writer's label in ``line`` is words of a sentence, no name ("Tin:
    1.200 suất quà đã được trao…", "Thực hiện: các chi bộ …", "Tổng hợp: Năm 2024, toàn
    Đảng bộ …": after the labels that also head a summary, only people's names)."""
    return _clause(author) or (_NAMES_ONLY.match(line) is not None and not all(
        map(is_person_name, author.split(", "))))


def _clause(text: str) -> bool:
    """Words of a sentence, no name: opening with a figure, or four words or more none of
    which has a capital ("các chi bộ đã hoàn thành kế hoạch"; not "cô giáo Lê Thị Hoa",
    not "nguyễn văn an")."""
    words = text.split()
    return text[:1].isdigit() or (len(words) >= 4 and not any(w[:1].isupper() for w in words))


def opens_with_credit_label(text: str) -> bool:
    """The line opens with a writer's, a photographer's or a source's label ("Bài và ảnh:",
    "Tin:", "Ảnh:", "Nguồn:"), not any label ("Trưởng thôn:", "Lưu ý:")."""
    text = _clean(text)
    return any(label.match(text) for label in (_AUTHOR_PHOTO, _AUTHOR, _PHOTO, _SOURCE))


def names_its_writer(text: str) -> bool:
    """The line says whose piece it is in words, no colon needed ("Bài viết của đồng chí
    …", "Bút ký của Lam Khê", "Hoàng Thanh Bình viết:")."""
    text = _clean(text)
    return bool(_WORK_OF.match(text) or _WROTE.match(text) or _BY_NAME.match(text))


#: Words placing a body in the country's map ("… huyện Tuy Phước", "… tỉnh").
_PLACE_WORDS = frozenset({"tỉnh", "huyện", "xã", "phường", "quận", "thị", "thành", "tp"})


def _body_name(text: str) -> bool:
    """``text`` names a body (a unit, "Ban Tuyên giáo Huyện ủy", "BDV HU Tuy Phước"), not a
    section ("Xã hội") or a person."""
    if _unit(text) is None:
        return False
    words = text.split()
    return is_organisation(text) or any(_INITIALS.match(w) for w in words) or any(
        w.lower() in _PLACE_WORDS for w in words[1:])


def _writer_groups(text: str) -> tuple[str, str | None] | None:
    """Writers each with their own unit, in groups a semicolon separates ("A - Văn phòng
    Tỉnh ủy; CTV B - VP HU Mèo Vạc"): the names, and the units in their order (each once);
    None unless every group reads as a byline with a writer."""
    authors: list[str] = []
    units: list[str] = []
    for group in (g.strip() for g in text.split(";")):
        found = parse_byline(group) if group else None
        if found is None or not found.author:
            return None
        authors.append(found.author)
        if found.author_unit and found.author_unit not in units:
            units.append(found.author_unit)
    return ", ".join(authors), ", ".join(units) or None


def _shooter(raw: str) -> str | None:
    """A picture credit's name; None for one that names nobody ("ST", "Internet")."""
    name = _ARCHIVE_PHOTO.sub("", raw).strip().strip(".").strip()
    # "Minh Tâm (Trung tâm VH-TT-TT huyện)": the photographer's unit, not a name's part
    # (not "TTXVN (Thanh Hà)", "Lê Minh (Bông)": an agency's photographer, a pen name)
    tail = _PAREN_TAIL.search(name)
    head = name[:tail.start()].strip() if tail is not None else ""
    if tail is not None and head and not _NOBODY.match(head) and not is_organisation(head) \
            and _body_name(tail.group().strip(" ()")):
        name = head
    if not name or _NOBODY.match(name):
        return None
    # two photographers as a writers' line prints them ("Lê Thu Hà - Phan Văn Tín"): listed
    # as writers are, ", " between
    parts = [p.strip() for p in re.split(r"\s+[-–]\s+", name)] if "/" not in name else []
    if len(parts) >= 2 and all(is_person_name(p) and len(p.split()) >= 2 and not p.isupper()
                               and not _OUTLET.match(p) for p in parts):
        name = ", ".join(parts)   # (not "Việt Hưng - Báo Lào Cai", "Văn Điệp/TTXVN")
    return name


#: An outlet a photographer works for, after the name ("- Báo Lào Cai", "- Nhân Dân").
_OUTLET = re.compile(r"^(?:báo|tạp\s*chí|đài|cổng|trang|trung\s*tâm|nhân\s*dân|quân\s*đội|"
                     r"ttxvn|vtv|vov|tttxvn|thông\s*tấn)\b", re.IGNORECASE)
_PAREN_TAIL = re.compile(r"\s*\([^()]{3,}\)?$")


#: A line wholly in brackets.
_WRAPPED = re.compile(r"[(\[]\s*([^()\[\]]{3,150}?)\s*[)\]]")


#: "Bởi" / "By" before the writers' names (a poster's "Đăng bởi", "Viết bởi" is not this).
_BY = re.compile(r"^(?:bởi|by)\s+", re.IGNORECASE)


def writers_after_by(line: str, *, loose: bool = False) -> Byline | None:
    """The byline after a bare "Bởi" / "By" when every writer it names is a person ("Bởi A,
    B", "Bởi A - B", "By A (Báo Nam Định)"); None otherwise (no such word, or an account:
    "bởi admin")."""
    text = line.strip()
    by = _BY.match(text)
    inner = parse_byline(text[by.end():], loose=loose) if by is not None else None
    if inner is None or not inner.author or not all(
            is_person_name(name) for name in split_authors(inner.author)):
        return None
    return inner


def _bracketed_or_sourced(text: str, credit: str, loose: bool) -> Byline | None:
    """A whole signature in brackets that says more than a name ("(Lê Quốc Bảo, Hội Nông
    dân xã Đức Trọng)", "(Nguồn: TTXVN)"), or a writer then where the piece is from
    ("Khánh Linh - Theo Báo Bắc Kạn (- Ảnh: …)"; ``credit``: the photo credit closing it):
    the byline read so; a team's members in brackets (:func:`_team_members`); None
    otherwise."""
    team = _team_members(text)
    if team is not None:
        return team
    whole = _WRAPPED.fullmatch(text)
    if whole is not None:
        inner = parse_byline(whole.group(1), loose=loose)
        if inner is not None and (inner.author_unit or inner.source or inner.photographer):
            return inner
    theo = _THEO_TAIL.search(text[:len(text) - len(credit)])
    src = theo.group("src").strip() if theo is not None else ""
    if theo and theo.start() > 0 and (src[:1].isupper() or _DOMAIN.match(src)) \
            and not (_SENTENCE.search(src) or _CLAUSE.search(src)):
        # ("theo dõi", "theo đó", "theo kế hoạch" are words of a sentence)
        inner = parse_byline(text[:theo.start()] + credit, loose=loose)
        if inner is not None and inner.author:
            return replace(inner, source=inner.source or src)
    return None


def _with_ampersands(text: str, loose: bool) -> Byline | None:
    """"Bài & ảnh: Ngọc Diệp & Hoàng Long (Phòng VH&XH …)": "&" written for "và" between
    words, read as it; a unit and a source keep it as printed ("Báo Sức khỏe & Đời
    sống")."""
    got = parse_byline(text.replace(" & ", " và "), loose=loose)
    if got is None:
        return None
    return replace(got, author_unit=_as_printed(got.author_unit, text),
                   source=_as_printed(got.source, text))


def _as_printed(value: str | None, text: str) -> str | None:
    """``value`` (read with "và" for "&") as ``text`` prints it."""
    if not value or " và " not in value:
        return value
    printed = re.search(r"\s(?:và|&)\s".join(map(re.escape, value.split(" và "))), text)
    return printed.group(0) if printed is not None else value


def _team_members(text: str) -> Byline | None:
    """"Nhóm PV (Thu Hằng, Trọng Nhân) | Quay phim: …": a team's members in brackets are
    its writers (an outlet's name in them is the unit, read as any "Name (unit)")."""
    group = _GROUP_MEMBERS.match(text)
    if group is None:
        return None
    members = [n.strip() for n in re.split(r"\s*(?:,|;|\s-\s|–|\svà\s)\s*",
                                           group.group("names")) if n.strip()]
    if not members or not all(is_person_name(n) and _unit(n) is None for n in members):
        return None
    shot = _INNER_PHOTO.search(text, group.end())
    # (the team's unit after the brackets: "… (A, B) - Đài PT-TH Cà Mau")
    after = re.split(r"\s*[|]\s*", text[group.end():], maxsplit=1)[0].strip()
    unit = _unit(after.lstrip("-–,: ").strip()) if after[:1] in ("-", "–", ",") else None
    return Byline(author=", ".join(members), author_unit=unit,
                  photographer=_shooter(shot.group("ph")) if shot else None)


def parse_byline(line: str, *, loose: bool = False) -> Byline | None:
    """Parse one byline-looking line; None when it is not one. ``loose`` accepts an
    unlabeled line as an author even when it does not look like a name (used for elements
    a profile already marks as the author)."""
    text = _EMAIL.sub("", _CONTACT_TAIL.sub("", _STAMP_TAIL.sub("", _clean(line)))).strip()
    if not text or len(text) > 160 or not any(ch.isalpha() for ch in text) or \
            _FIELD_DAY.match(line.strip()):
        return None     # (a separator, "-", in an author element; a particulars line)
    if (reader := _READER.match(text)) is not None:
        return _readers(parse_byline(text[reader.end():]))
    if " & " in text:
        return _with_ampersands(text, loose)
    text = NEXT_FIELD.split(text, maxsplit=1)[0]   # ("… Người duyệt: Y": the writer's own)
    photo = _INNER_PHOTO.search(text)
    credit = text[photo.start():] if photo is not None and photo.start() > 0 else ""
    inner = _bracketed_or_sourced(text, credit, loose)
    if inner is not None:
        return inner
    if text != line.strip() and is_stamp_line(_clean(line)):
        return None     # a stamp's label left of its date ("Đăng 07.06.2024 lúc 07:05")
    if _BY.match(text):
        # "Bởi Nguyễn Hải Đăng, Trần Mai Phương", "By A (Báo Nam Định)": the writers
        writers = writers_after_by(text, loose=loose)
        if writers is not None:
            return writers
    m = _WORK_OF.match(text)
    if m:
        author, unit = _authors_and_unit(text[m.end():], strict=False)
        return Byline(author=author, author_unit=unit) if author else None
    m = _WROTE.match(text)
    if m and is_person_name(m.group("name")):
        return Byline(author=m.group("name").strip())
    m = _POST_LABEL.match(text) if not credit else None   # ("A - Ảnh: B": no post's label)
    if m and is_person_name(m.group("name")) and (unit := _unit(m.group("post"))) is not None:
        # "Công chức Văn hóa - Xã hội: Lê Văn Tám": the writer's post, then the name
        return Byline(author=m.group("name").strip(), author_unit=unit)
    m = _AUTHOR_PHOTO.match(text)
    if m:
        rest = text[m.end():].strip()
        author, unit = _authors_and_unit(rest, strict=False)
        if author is None:
            return None
        return Byline(author=author, author_unit=unit, photographer=author)
    m = _SOURCE.match(text)
    if m:
        src = text[m.end():].strip().strip(".").strip()
        return Byline(source=src) if src else None
    m = _PHOTO.match(text)
    if m:
        if not text[m.end():].strip(" ."):
            return None
        then = _WRITER_AFTER.search(text, m.end())
        if then is not None:
            # "Ảnh: Phan Phương - Bài: Hoàng Hà": the photographer first, then the writer
            writer = parse_byline(text[then.start(1):], loose=loose)
            if writer is not None and writer.author:
                return replace(writer, photographer=_shooter(text[m.end():then.start()]))
        ph = _shooter(text[m.end():])
        return Byline(photographer=ph)   # (a credit naming nobody: a credit line still)
    m = _UNIT_LABEL.match(text)
    if m:
        unit = text[m.end():].strip(" .")
        if ";" in unit:   # (each writer's unit in one field: as a byline joins them)
            unit = _unit(unit) or unit
        return Byline(author_unit=unit) if 3 <= len(unit) <= 120 else None
    m = _ANSWERED_BY.match(text)
    if m:
        unit = re.split(r"\s*[|•·]\s*", text[m.end():], maxsplit=1)[0].strip(" .")
        return Byline(author_unit=unit) if 2 <= len(unit) <= 120 else None
    for role in (_CONTENT_AUTHOR, _FILMED, _OTHER_ROLE):
        m = role.match(text)
        if m:
            # ("Nội dung: Ngọc Hà - Đồ họa: Minh Trí": the designer's credit after)
            names, _role_unit = _authors_and_unit(
                _OTHER_CREDIT.split(text[m.end():], maxsplit=1)[0], strict=True)
            if names is None:
                return None
            if role is _CONTENT_AUTHOR:
                return Byline(author=names)
            return Byline(photographer=names) if role is _FILMED else Byline()
    m = _AUTHOR.match(text)
    if m:
        rest = _CORRESPONDENT.sub("", _OTHER_CREDIT.split(
            _TRANSLATED_BY.split(text[m.end():], maxsplit=1)[0], maxsplit=1)[0].strip())
        if "?" in text[m.end():] or (rest.endswith("!") and not is_person_name(
                rest.rstrip("! "))) or _THANKS.match(rest):
            # an interview's question or its closing thanks ("Phóng viên: Điều gì khiến
            # ông …?", "PV: Xin cảm ơn đồng chí!")
            return None
        photographer = source = None
        sm = _INNER_SOURCE.search(rest)
        if sm is not None and sm.start() > 0:
            # "Tác giả: Thanh Tâm Nguồn: Sở Văn hóa và Thể thao": the source's own label
            source = rest[sm.end():].strip(" .") or None
            rest = rest[:sm.start()].strip()
        pm = _INNER_PHOTO.search(rest)
        if pm:
            photographer = _shooter(pm.group("ph"))
            rest = rest[: pm.start()].strip()
        groups = _writer_groups(rest) if ";" in rest else None
        author, unit = groups or _authors_and_unit(rest, strict=False)
        if author is not None and unit is None and is_organisation(author):
            author, unit = None, author   # "Tác giả: Phòng Văn hóa và Thông tin huyện …"
        if author is not None and _no_name(author, text):
            author = None   # a clause after a writer's label ("Tin: 1.200 suất quà …")
            if unit is None and photographer is None and source is None:
                return None
        if author is None and photographer is None and unit is None:
            return None
        if len(rest.split()) > 12 and not (
                author and all(is_person_name(a) for a in author.split(", "))):
            return None   # a sentence after the label, not names (and a unit)
        return Byline(author=author, author_unit=unit, photographer=photographer, source=source)
    m = _THEO.match(text)
    if m and len(text) <= 100 and not (_SENTENCE.search(m.group("src"))
                                       or _CLAUSE.search(m.group("src"))) \
            and (m.group("src")[:1].isupper() or _DOMAIN.match(m.group("src").strip())):
        # (not "Theo thống kê ban đầu, thiệt hại …": a sentence of the text; nor "Theo kế
        # hoạch, …sẽ tổ chức … vào ngày 25/3/2025", a sentence cut at its date: a source is
        # a name, "Theo TTXVN", "Theo baochinhphu.vn")
        src = m.group("src").strip()
        if src.count("(") > src.count(")"):
            src += ")"   # (the pattern's optional closing bracket took the source's own)
        reprint = _WRITER_OF_PAPER.match(src)
        if reprint is not None and _reprint_writer(reprint.group("name"),
                                                   reprint.group("paper")):
            # "Theo Hoàng Anh (Báo Hải Phòng)": a reprint's writer, and the paper its source
            return Byline(author=reprint.group("name"), source=reprint.group("paper").strip())
        return Byline(source=src)
    # unlabeled: "Phạm Thảo, Chi bộ …", "Huỳnh Phong - Hùng Anh", "BBT", "KHÁNH TRUNG"
    photographer = None
    pm = _INNER_PHOTO.search(text)
    if pm and pm.start() > 0:
        photographer = _shooter(pm.group("ph"))
        text = text[: pm.start()].strip()
    marked = _CORRESPONDENT.match(text)
    if marked is not None or loose:
        # a writer marked as one (a station's correspondent, an author element), another
        # role's credit after the name ("…, Video: Quang Hải")
        text = _OTHER_CREDIT.split(text[marked.end() if marked else 0:], maxsplit=1)[0].strip()
    if _LABEL_ALONE.match(text):
        return None     # a label alone over the name ("Người viết" in an author card)
    if loose:
        # an author element's label read with its name, no colon between (a theme's
        # screen-reader "Tác giả " before the account's link)
        text = _LABEL_LEAD.sub("", text, count=1)
    if text.count("|") == 1:
        # "Trần Thị Ngọc Giàu | Ban Tuyên giáo Huyện ủy": a bar between name and unit (a
        # body's name; not a section's, "Minh Anh | Xã hội")
        name, _, rest = (p.strip() for p in text.partition("|"))
        unit = _unit(rest) if is_person_name(name) and _body_name(rest) else None
        if unit is not None:
            return Byline(author=name, author_unit=unit, photographer=photographer)
    if len(text) > 120 or (loose and _HANDLE.match(text)):
        return None     # (a login handle in the author element, "doantruong-bacme")
    author, unit = _authors_and_unit(text, strict=not loose)
    if author is None:
        return None
    return Byline(author=author, author_unit=unit, photographer=photographer)
