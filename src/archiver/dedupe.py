"""Near-duplicate fingerprints: one-permutation MinHash with LSH banding.

The input is text already passed through ``archiver.text.fold`` (lower-case, no diacritics,
``đ -> d``), so "Tỉnh uỷ" and "Tỉnh ủy" and a retyped copy without accents all shingle alike.

* Shingles are overlapping runs of ``SHINGLE_WORDS`` words, each hashed once with CRC-32
  (stable across processes and machines, so signatures can be stored).
* One-permutation hashing (Li, Owen & Zhang 2012) with rotation densification (Shrivastava &
  Li 2014): each shingle hash falls into one of ``NUM_BINS`` bins by its low bits, each bin
  keeps its minimum; empty bins borrow from the next non-empty bin. That is one hash per
  shingle instead of one per shingle per permutation, which keeps loading fast.
  :func:`signatures` computes the same signatures for many texts at once: the shingle
  hashes still come from ``zlib.crc32``, the mixing and the bins' minima are done by numpy
  over the whole batch (bit for bit the values of :func:`signature`, tested).
* LSH: the signature is cut into ``BANDS`` bands of ``ROWS`` values; each band becomes one
  64-bit key stored in an indexed side table, so finding candidates is an index lookup,
  never a scan. With 16 x 4 the candidate threshold is about Jaccard 0.5; candidates are then
  verified with ``similarity`` >= ``THRESHOLD``.
"""

from __future__ import annotations

import operator
import struct
import zlib
from array import array
from collections.abc import Sequence

import numpy as np

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
    "signatures",
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


def signatures(folded_texts: Sequence[str]) -> list[Signature | None]:
    """:func:`signature` of each text, computed together: one pass of numpy over all the
    texts' shingle hashes instead of a Python loop over each text's (~75 -> ~35 µs a text,
    most of what is left being the shingles' CRC-32)."""
    hashes = array("I")
    counts: list[int] = []
    for text in folded_texts:
        words = text.encode("utf-8").split()
        n = len(words) - SHINGLE_WORDS + 1
        if n < MIN_SHINGLES:
            counts.append(0)
            continue
        hashes.extend(map(zlib.crc32, map(b" ".join, zip(
            *(words[i:] for i in range(SHINGLE_WORDS)), strict=False))))
        counts.append(n)
    out: list[Signature | None] = [None] * len(counts)
    signed = [i for i, n in enumerate(counts) if n]
    if not signed:
        return out
    mixed = (np.frombuffer(hashes, dtype=np.uint32).astype(np.uint64)
             * np.uint64(0x9E3779B1)) & np.uint64(_MASK32)
    rows = np.repeat(np.arange(len(signed), dtype=np.int64),
                     [counts[i] for i in signed])
    bins = rows * NUM_BINS + (mixed & np.uint64(NUM_BINS - 1)).astype(np.int64)
    mins = np.full(len(signed) * NUM_BINS, _EMPTY, dtype=np.uint64)
    np.minimum.at(mins, bins, mixed >> np.uint64(_BIN_BITS))
    dense = _densify_rows(mins.reshape(len(signed), NUM_BINS))
    for i, row in zip(signed, dense.tolist(), strict=True):
        out[i] = tuple(row)
    return out


def _densify_rows(mins: np.ndarray) -> np.ndarray:
    """:func:`_densify` of every row at once: an empty bin takes the value of the next
    non-empty bin (circularly) ``step`` places on, plus ``step * 0x01000193``."""
    twice = np.concatenate([mins, mins], axis=1)
    width = twice.shape[1]
    where = np.where(twice != _EMPTY, np.arange(width), width)
    # the first non-empty bin at or after each place (a running minimum from the right)
    after = np.minimum.accumulate(where[:, ::-1], axis=1)[:, ::-1]
    source = after[:, 1:NUM_BINS + 1]           # strictly after bin i: i + 1 .. i + 64
    steps = (source - np.arange(NUM_BINS)).astype(np.uint64)
    borrowed = (np.take_along_axis(twice, source, axis=1)
                + steps * np.uint64(0x01000193)) & np.uint64(_MASK32)
    return np.where(mins == _EMPTY, borrowed, mins)


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
