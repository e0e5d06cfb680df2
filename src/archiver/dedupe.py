"""Near-duplicate fingerprints: one-permutation MinHash with LSH banding.

The input is text already passed through ``archiver.text.fold`` (lower-case, no diacritics,
``đ -> d``), so "Tỉnh uỷ" and "Tỉnh ủy" and a retyped copy without accents all shingle alike.

* Shingles are overlapping runs of ``SHINGLE_WORDS`` words, each hashed once with CRC-32
  (stable across processes and machines, so signatures can be stored).
* One-permutation hashing (Li, Owen & Zhang 2012) with rotation densification (Shrivastava &
  Li 2014): each shingle hash falls into one of ``NUM_BINS`` bins by its low bits, each bin
  keeps its minimum; empty bins borrow from the next non-empty bin. That is one hash per
  shingle instead of one per shingle per permutation, which keeps loading fast.
* LSH: the signature is cut into ``BANDS`` bands of ``ROWS`` values; each band becomes one
  64-bit key stored in an indexed side table, so finding candidates is an index lookup,
  never a scan. With 16 x 4 the candidate threshold is about Jaccard 0.5; candidates are then
  verified with ``similarity`` >= ``THRESHOLD``.
"""

from __future__ import annotations

import operator
import struct
import zlib
from collections.abc import Sequence

__all__ = [
    "BANDS",
    "MIN_SHINGLES",
    "NUM_BINS",
    "ROWS",
    "SHINGLE_WORDS",
    "THRESHOLD",
    "band_keys",
    "decode",
    "encode",
    "signature",
    "similarity",
]

SHINGLE_WORDS = 3
NUM_BINS = 64
BANDS = 16
ROWS = NUM_BINS // BANDS
THRESHOLD = 0.5           # estimated Jaccard needed to link two articles
MIN_SHINGLES = 12         # shorter texts are too generic to link safely

_BIN_BITS = 6             # 2**6 == NUM_BINS
_MASK32 = 0xFFFFFFFF
_EMPTY = 1 << 32
_SIG_FORMAT = f"<{NUM_BINS}I"

Signature = tuple[int, ...]


def signature(folded_text: str) -> Signature | None:
    """MinHash signature of ``folded_text``; None when it has fewer than MIN_SHINGLES shingles."""
    words = folded_text.encode("utf-8").split()
    if len(words) - SHINGLE_WORDS + 1 < MIN_SHINGLES:
        return None
    shingles = zip(*(words[i:] for i in range(SHINGLE_WORDS)), strict=False)
    mins = [_EMPTY] * NUM_BINS
    for value in map(zlib.crc32, map(b" ".join, shingles)):
        mixed = (value * 0x9E3779B1) & _MASK32
        slot = mixed & (NUM_BINS - 1)
        rest = mixed >> _BIN_BITS
        if rest < mins[slot]:
            mins[slot] = rest
    return _densify(mins)


def _densify(mins: list[int]) -> Signature:
    out = list(mins)
    for i, value in enumerate(mins):
        if value != _EMPTY:
            continue
        for step in range(1, NUM_BINS):
            borrowed = mins[(i + step) % NUM_BINS]
            if borrowed != _EMPTY:
                # offset by the distance so borrowed copies do not collide by accident
                out[i] = (borrowed + step * 0x01000193) & _MASK32
                break
    return tuple(out)


def similarity(a: Sequence[int], b: Sequence[int]) -> float:
    """Estimated Jaccard similarity of the shingle sets behind two signatures."""
    if len(a) != len(b) or not a:
        return 0.0
    same: int = sum(map(operator.eq, a, b))
    return same / len(a)


def band_keys(sig: Sequence[int]) -> list[int]:
    """One signed 64-bit key per band (band number in the high bits), for an indexed table:
    the CRC-32 of the band's values as little-endian uint32s."""
    packed = encode(sig)
    width = ROWS * 4
    return [(band << 32) | zlib.crc32(packed[band * width:(band + 1) * width])
            for band in range(BANDS)]


def encode(sig: Sequence[int]) -> bytes:
    """Signature as a compact BLOB (little-endian uint32s)."""
    return struct.pack(_SIG_FORMAT, *sig)


def decode(blob: bytes) -> Signature:
    return struct.unpack(_SIG_FORMAT, blob)
