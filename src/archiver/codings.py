"""Content codings: undoing a payload's ``Content-Encoding`` within a size and a ratio cap.

Captures keep payloads as transferred (a gzip body stays gzip, as WARC wants it), so
archiver decodes them itself, for extraction and when a capture is read back. Decoding
never trusts the data: it stops as soon as the output passes ``max_size`` bytes, or
``max_ratio`` times the encoded size (never less than :data:`RATIO_FLOOR`, so a small page
that compresses well is not refused). A decompression bomb — kilobytes that inflate to
gigabytes — costs at most the cap in memory and fails with :class:`DecodedTooLargeError`.

Decoded: ``gzip`` / ``x-gzip`` (several members too), ``deflate`` (zlib-wrapped, or raw as
some servers send it) and ``br`` (Brotli: archiver never asks for it, but servers behind
some CDNs send it anyway; a page must not be lost for that). ``identity`` and unknown tokens
(``Content-Encoding: utf-8`` is a common misconfiguration) leave the bytes as they are, as
browsers do. ``zstd`` and ``compress`` are refused with :class:`UnsupportedCodingError`.
A stream cut short decodes to what it holds, as in a browser; bytes that are not the
coding at all raise :class:`ContentCodingError`.
"""

from __future__ import annotations

import zlib

import brotli

from archiver.errors import ContentCodingError, DecodedTooLargeError, UnsupportedCodingError

__all__ = ["ACCEPT_ENCODING", "RATIO_FLOOR", "codings", "decode_content"]

#: What the crawler asks for. :func:`decode_content` also undoes ``br``, sent unasked by some
#: servers, but archiver does not ask for it: captures keep payloads as transferred, and
#: gzip is what every WARC reader decodes.
ACCEPT_ENCODING = "gzip, deflate"
#: The ratio cap never refuses an output below this many bytes.
RATIO_FLOOR = 1024 * 1024
_IDENTITY = frozenset({"", "identity"})
_GZIP = frozenset({"gzip", "x-gzip"})
_UNSUPPORTED = frozenset({"zstd", "compress", "x-compress"})


def codings(header: str | None) -> list[str]:
    """The content codings a ``Content-Encoding`` value names, in the order applied
    (lower case; ``identity`` left out)."""
    tokens = (token.strip().lower() for token in (header or "").split(","))
    return [token for token in tokens if token not in _IDENTITY]


def decode_content(data: bytes, header: str | None, *, max_size: int,
                   max_ratio: float | None = None) -> bytes:
    """``data`` with the codings of ``header`` undone, last applied first.

    Raises :class:`DecodedTooLargeError` once the output would pass ``max_size`` bytes or
    ``max_ratio`` times ``len(data)`` (at least :data:`RATIO_FLOOR`),
    :class:`UnsupportedCodingError` for ``zstd``/``compress``, and
    :class:`ContentCodingError` for bytes that are not the coding they claim."""
    applied = codings(header)
    if not applied:
        return data
    cap = _Cap(max_size, len(data), max_ratio)
    out = data
    for coding in reversed(applied):
        if coding in _GZIP:
            out = _inflate(out, zlib.MAX_WBITS | 16, cap, "gzip")
        elif coding == "deflate":
            out = _deflate(out, cap)
        elif coding == "br":
            out = _unbrotli(out, cap)
        elif coding in _UNSUPPORTED:
            raise UnsupportedCodingError(f"unsupported Content-Encoding {coding!r} (archiver "
                                         f"asks for {ACCEPT_ENCODING} and decodes br)")
        # any other token is no coding at all: the bytes are what they are
    return out


class _Cap:
    """The most output decoding may make, and the error that says which cap it hit."""

    def __init__(self, max_size: int, encoded: int, max_ratio: float | None) -> None:
        self.max_size, self.encoded, self.max_ratio = max_size, encoded, max_ratio
        self.limit = max_size
        if max_ratio is not None:
            self.limit = min(max_size, max(RATIO_FLOOR, int(encoded * max_ratio)))

    def error(self, coding: str) -> DecodedTooLargeError:
        if self.limit >= self.max_size:
            return DecodedTooLargeError(f"response too large (over {self.max_size} bytes "
                                        f"once {coding}-decoded)")
        return DecodedTooLargeError(
            f"decompression bomb: {self.encoded} bytes of {coding} decode to over "
            f"{self.limit} bytes (cap: {self.max_ratio:g} times the transferred size)")


def _deflate(data: bytes, cap: _Cap) -> bytes:
    """``deflate`` is the zlib format; some servers send a raw deflate stream instead."""
    try:
        return _inflate(data, zlib.MAX_WBITS, cap, "deflate")
    except DecodedTooLargeError:
        raise
    except ContentCodingError:
        return _inflate(data, -zlib.MAX_WBITS, cap, "deflate")


def _unbrotli(data: bytes, cap: _Cap) -> bytes:
    """Brotli, never holding more than the cap + 1 bytes of output; a stream cut short
    decodes to what it holds."""
    limit = cap.limit
    stream = brotli.Decompressor()
    out = bytearray()
    try:
        chunk = stream.process(data, output_buffer_limit=limit + 1)
        while True:
            out += chunk
            if len(out) > limit:
                raise cap.error("br")
            if stream.is_finished() or stream.can_accept_more_data():
                break
            chunk = stream.process(b"", output_buffer_limit=limit + 1 - len(out))
    except brotli.error as exc:
        raise ContentCodingError(f"body is not valid br data ({exc})") from None
    return bytes(out)


def _inflate(data: bytes, wbits: int, cap: _Cap, coding: str) -> bytes:
    """Inflate ``data`` (gzip: member after member), never holding more than the cap + 1
    bytes of output."""
    limit = cap.limit
    out = bytearray()
    try:
        while data:
            stream = zlib.decompressobj(wbits)
            out += stream.decompress(data, limit + 1 - len(out))
            while stream.unconsumed_tail and len(out) <= limit:
                out += stream.decompress(stream.unconsumed_tail, limit + 1 - len(out))
            if len(out) > limit:
                raise cap.error(coding)
            if not stream.eof:
                # a stream cut short decodes to what it holds (as a browser shows it); what
                # zlib still buffers is bounded by its 32 KiB window
                out += stream.flush()
                break
            data = stream.unused_data if coding == "gzip" else b""
            if not data.strip(b"\0"):   # nothing, or padding after the last member
                break
    except zlib.error as exc:
        raise ContentCodingError(f"body is not valid {coding} data ({exc})") from None
    if len(out) > limit:
        raise cap.error(coding)
    return bytes(out)
