"""MinHash signatures: stable, tolerant of small edits, distinct for different texts."""

from __future__ import annotations

import struct
import zlib

from archiver import dedupe
from archiver.text import fold

TEXT = fold(
    "Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị quán triệt Nghị quyết số 18-NQ/TW "
    "về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động "
    "hiệu lực, hiệu quả. Đồng chí Bí thư Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng khẩn "
    "trương rà soát chức năng, nhiệm vụ, giảm đầu mối bên trong, nâng cao chất lượng đội "
    "ngũ cán bộ gắn với tinh giản biên chế theo đúng lộ trình đề ra."
)


def test_signature_is_stable_and_encodable() -> None:
    sig = dedupe.signature(TEXT)
    assert sig is not None and len(sig) == dedupe.NUM_BINS
    assert dedupe.signature(TEXT) == sig
    assert dedupe.decode(dedupe.encode(sig)) == sig
    # pinned values: stored signatures must not change between releases
    assert sig[:3] == (10790708, 11052782, 49400884)
    assert dedupe.band_keys(sig)[0] == 3203625088
    assert dedupe.band_keys(sig)[-1] == 67456850863
    assert len(dedupe.band_keys(sig)) == dedupe.BANDS


def test_band_keys_are_the_crc_of_each_band() -> None:
    sig = dedupe.signature(TEXT)
    assert sig is not None
    rows = dedupe.ROWS
    assert dedupe.band_keys(sig) == [
        (band << 32) | zlib.crc32(struct.pack(f"<{rows}I", *sig[band * rows:(band + 1) * rows]))
        for band in range(dedupe.BANDS)]


def test_small_edit_stays_similar() -> None:
    edited = TEXT.replace("sang 12/3, ban thuong vu tinh uy to chuc",
                          "chieu 13/3, tinh uy da khai mac")
    a, b = dedupe.signature(TEXT), dedupe.signature(edited)
    assert a is not None and b is not None
    assert dedupe.similarity(a, b) >= dedupe.THRESHOLD
    assert set(dedupe.band_keys(a)) & set(dedupe.band_keys(b))


def test_different_text_with_shared_phrases_is_dissimilar() -> None:
    other = fold(
        "Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị nghe báo cáo tình hình thu hút đầu "
        "tư vào các khu công nghiệp, tháo gỡ vướng mắc giải phóng mặt bằng, đẩy nhanh tiến độ "
        "các công trình giao thông trọng điểm kết nối vùng và hoàn thiện hạ tầng đô thị."
    )
    a, b = dedupe.signature(TEXT), dedupe.signature(other)
    assert a is not None and b is not None
    assert dedupe.similarity(a, b) < dedupe.THRESHOLD


def test_short_text_has_no_signature() -> None:
    assert dedupe.signature("tin anh hoi nghi") is None
    assert dedupe.signature("") is None
