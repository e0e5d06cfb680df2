"""Content codings: the fetcher keeps the payload as transferred and decodes it itself, within
a size and a ratio cap; a decompression bomb fails its page, never the memory."""

from __future__ import annotations

import asyncio
import gzip
import os
import tracemalloc
import zlib

import brotli
import httpx
import pytest
from hypothesis import given
from hypothesis import strategies as st

from archiver.clock import FakeClock
from archiver.codings import RATIO_FLOOR, decode_content
from archiver.config import CrawlSettings
from archiver.errors import (
    ContentCodingError,
    DecodedTooLargeError,
    FetchError,
    PermanentFetchError,
    TransientFetchError,
    UnsupportedCodingError,
)
from archiver.fetch import Fetcher
from archiver.models import RawResponse
from archiver.politeness import HostGate

PAGE = "<p>Ban Tuyên giáo Tỉnh ủy Lạng Sơn</p>".encode() * 200
MiB = 1024 * 1024


def _deflate_raw(data: bytes) -> bytes:
    packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    return packer.compress(data) + packer.flush()


def _bomb(decoded: int) -> bytes:
    """A gzip body of a few KiB per 10 MiB of zeros: members of one compressed block."""
    member = gzip.compress(b"\0" * (10 * MiB), mtime=0)
    return member * (decoded // (10 * MiB))


@given(st.binary(max_size=5000))
def test_gzip_and_deflate_round_trip(data: bytes) -> None:
    for coded, coding in ((gzip.compress(data), "gzip"), (zlib.compress(data), "deflate"),
                          (_deflate_raw(data), "deflate"), (brotli.compress(data), "br"),
                          (data, "identity"), (data, None)):
        assert decode_content(coded, coding, max_size=MiB, max_ratio=100) == data


def test_several_members_codings_in_order_and_odd_tokens() -> None:
    assert decode_content(gzip.compress(PAGE) + gzip.compress(b"!"), "gzip",
                          max_size=MiB) == PAGE + b"!"
    assert decode_content(gzip.compress(zlib.compress(PAGE)), "deflate, gzip",
                          max_size=MiB) == PAGE
    assert decode_content(gzip.compress(PAGE) + b"\0\0\0", "x-gzip", max_size=MiB) == PAGE
    assert decode_content(PAGE, "utf-8", max_size=MiB) == PAGE   # a misconfigured server
    cut = gzip.compress(PAGE)[:-40]                               # cut short: what it holds
    assert PAGE.startswith(decode_content(cut, "gzip", max_size=MiB)[:1000])


def test_bombs_stop_at_the_caps_without_the_memory() -> None:
    bomb = _bomb(1024 * MiB)                  # 1 GiB of zeros in about 1 MiB of gzip
    assert len(bomb) < 2 * MiB
    tracemalloc.start()
    try:
        with pytest.raises(DecodedTooLargeError, match="too large"):
            decode_content(bomb, "gzip", max_size=10 * MiB, max_ratio=100)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * MiB
    with pytest.raises(DecodedTooLargeError, match="decompression bomb"):
        decode_content(_bomb(10 * MiB), "gzip", max_size=10 * MiB, max_ratio=100)
    br_bomb = brotli.compress(b"\0" * (256 * MiB), quality=1)      # 256 MiB in ~100 KiB
    tracemalloc.start()
    try:
        with pytest.raises(DecodedTooLargeError, match="too large"):
            decode_content(br_bomb, "br", max_size=10 * MiB)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 40 * MiB
    # a page that merely compresses well is not a bomb: the ratio cap has a floor
    small = gzip.compress(b" " * (RATIO_FLOOR - 1))
    assert len(decode_content(small, "gzip", max_size=10 * MiB, max_ratio=2)) == RATIO_FLOOR - 1


def test_a_gzip_sitemap_bomb_is_refused() -> None:
    from archiver.discover import parse_sitemap

    sitemap = b"<urlset><url><loc>http://a.vn/tin-1.html</loc></url></urlset>"
    assert parse_sitemap(gzip.compress(sitemap))[0] == [("http://a.vn/tin-1.html", None)]
    with pytest.raises(DecodedTooLargeError):
        parse_sitemap(_bomb(100 * MiB))


def test_unsupported_and_corrupt_codings() -> None:
    with pytest.raises(UnsupportedCodingError, match="'zstd'"):
        decode_content(b"\x28\xb5\x2f\xfd", "zstd", max_size=MiB)
    with pytest.raises(ContentCodingError, match="not valid br"):
        decode_content(PAGE, "br", max_size=MiB)
    with pytest.raises(ContentCodingError, match="not valid gzip"):
        decode_content(PAGE, "gzip", max_size=MiB)


# -- the fetcher ------------------------------------------------------------------------------
def _fetch(handler: object, **settings: object) -> tuple[RawResponse | FetchError, int]:
    """What fetching ``http://a.vn/tin`` from ``handler`` gives, and in how many attempts."""
    url = "http://a.vn/tin"

    async def main() -> tuple[RawResponse | FetchError, int]:
        transport = httpx.MockTransport(handler)  # type: ignore[arg-type]
        fetcher = Fetcher(CrawlSettings(**settings), HostGate(FakeClock()),  # type: ignore[arg-type]
                          FakeClock(), transport)
        async with fetcher:
            try:
                outcome: RawResponse | FetchError = await fetcher.fetch(url)
            except FetchError as exc:
                outcome = exc
            return outcome, fetcher.attempts[url]

    return asyncio.run(main())


def _ok(handler: object, **settings: object) -> RawResponse:
    outcome, _ = _fetch(handler, **settings)
    assert isinstance(outcome, RawResponse), outcome
    return outcome


def _served(body: bytes, coding: str | None, seen: dict[str, str] | None = None) -> object:
    def handler(request: httpx.Request) -> httpx.Response:
        if seen is not None:
            seen.update(request.headers)
        headers = {"Content-Type": "text/html; charset=utf-8"}
        if coding:
            headers["Content-Encoding"] = coding
        # a stream, as from the network (content= would be read, and decoded, by httpx)
        return httpx.Response(200, headers=headers, stream=httpx.ByteStream(body))
    return handler


def test_fetch_keeps_the_payload_as_transferred_and_decodes_the_body() -> None:
    wire = gzip.compress(PAGE, mtime=0)
    seen: dict[str, str] = {}
    raw = _ok(_served(wire, "gzip", seen))
    assert raw.transferred == wire and raw.body == PAGE and raw.payload == wire
    assert raw.header("content-encoding") == "gzip"
    assert seen["accept-encoding"] == "gzip, deflate"       # never br, even if importable
    plain = _ok(_served(PAGE, None))
    assert plain.body == plain.payload == PAGE


def test_a_br_body_sent_unasked_is_decoded_and_kept_as_transferred() -> None:
    wire = brotli.compress(PAGE)
    seen: dict[str, str] = {}
    raw = _ok(_served(wire, "br", seen))
    assert seen["accept-encoding"] == "gzip, deflate"        # not asked for
    assert raw.body == PAGE and raw.payload == wire and raw.header("content-encoding") == "br"


@pytest.mark.parametrize("cut", [0.25, 0.5, 0.9])
def test_a_br_stream_cut_short_decodes_to_a_prefix(cut: float) -> None:
    page = PAGE + os.urandom(50_000).hex().encode()
    wire = brotli.compress(page)
    got = decode_content(wire[:int(len(wire) * cut)], "br", max_size=MiB)
    assert page.startswith(got) and len(got) < len(page)


def test_a_decompression_bomb_fails_its_page_for_good() -> None:
    cases = [
        ((_bomb(10 * MiB), "gzip"), {}, PermanentFetchError, "decompression bomb", 1),
        ((_bomb(200 * MiB), "gzip"), {}, PermanentFetchError, "too large", 1),
        ((gzip.compress(PAGE), "gzip"), {"max_response_bytes": len(PAGE) - 1},
         PermanentFetchError, "too large", 1),                 # the cap on decoded size
        ((brotli.compress(b"\0" * 10 * MiB), "br"), {}, PermanentFetchError,
         "decompression bomb", 1),
        ((b"\x28\xb5\x2f\xfd", "zstd"), {}, PermanentFetchError,
         "unsupported Content-Encoding 'zstd'", 1),
        ((PAGE, "gzip"), {"max_attempts": 2}, TransientFetchError, "undecodable body", 2),
    ]
    for served, settings, kind, message, tries in cases:
        outcome, attempts = _fetch(_served(*served), **settings)
        assert isinstance(outcome, kind) and message in str(outcome), outcome
        assert attempts == tries                               # a bomb is not fetched again
