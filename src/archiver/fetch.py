"""The HTTP fetcher: one httpx client, timeouts, size caps, and a declared retry policy.

Bodies are read as transferred (``aiter_raw``: chunked framing removed, Content-Encoding
kept) for the WARC capture, and decoded here, within ``max_response_bytes`` and
``max_decoded_ratio`` (:mod:`archiver.codings`): a decompression bomb fails its page with
a :class:`PermanentFetchError`. Only ``gzip, deflate`` are asked for.

Retry policy (tenacity): only :class:`TransientFetchError` is retried — transport errors,
timeouts, truncated bodies and HTTP 408/429/5xx — at most ``max_attempts`` times, with jittered
exponential backoff that never waits less than the server's ``Retry-After``. Every attempt goes
through the :class:`HostGate`, so retries respect per-host delay and concurrency too, and a
Retry-After holds the whole host (kept in the archive for the next run). Each request reports
the moment its headers are written to its host's turn (httpcore's ``trace`` extension): the
delay counts from there. Sleeping goes through the injected clock, so tests take no wall time.
"""

from __future__ import annotations

import asyncio
import email.utils
import logging
import random
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime

import httpx
from tenacity import AsyncRetrying, RetryCallState, retry_if_exception_type, stop_after_attempt

from archiver.clock import Clock, utc_now
from archiver.codings import ACCEPT_ENCODING, decode_content
from archiver.config import CrawlSettings
from archiver.errors import (
    ContentCodingError,
    DecodedTooLargeError,
    FetchError,
    PermanentFetchError,
    TransientFetchError,
    UnsupportedCodingError,
)
from archiver.models import RawResponse
from archiver.politeness import HostGate, Turn
from archiver.pools import HostPools, env_proxies
from archiver.urls import host_of, resolve

__all__ = ["RETRY_STATUSES", "Fetcher", "HopCheck", "parse_retry_after"]

log = logging.getLogger(__name__)

#: ``hop_check(url)``: why a redirect target may not be requested, or None.
HopCheck = Callable[[str], Awaitable[str | None]]
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
RETRY_STATUSES = frozenset({408, 425, 429, 500, 502, 503, 504, 507, 509, 520, 521, 522, 523, 524})


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    now = now or datetime.now(UTC)
    return max(0.0, (when - now).total_seconds())


def _redirect_target(raw: RawResponse) -> str | None:
    """The absolute URL a redirect response points at (None for any other response)."""
    if raw.status not in REDIRECT_STATUSES:
        return None
    location = raw.header("location")
    return resolve(raw.url, location) if location else None


def _h2_available() -> bool:
    """httpx speaks HTTP/2 only with the ``h2`` package (a dependency; checked for installs
    that left the extra out)."""
    try:
        import h2  # noqa: F401
    except ImportError:
        return False
    return True


def _raw_stream(response: httpx.Response) -> AsyncIterator[bytes]:
    """The body as transferred. A response built in memory (``httpx.MockTransport``)
    arrives already read; its stream still holds the bytes as given."""
    if response.is_stream_consumed and isinstance(response.stream, httpx.AsyncByteStream):
        return aiter(response.stream)
    return response.aiter_raw()


def _headers_as_sent(headers: httpx.Headers) -> dict[str, str]:
    """The headers with their names as the server spelled them (httpx's ``items()`` lowers
    them); a repeated header joined with ``", "`` as httpx does."""
    out: dict[str, str] = {}
    names: dict[str, str] = {}
    for raw_name, raw_value in headers.raw:
        name = raw_name.decode(headers.encoding)
        value = raw_value.decode(headers.encoding)
        key = names.setdefault(name.lower(), name)
        out[key] = f"{out[key]}, {value}" if key in out else value
    return out


def _reports_sent(turn: Turn) -> Callable[[str, Mapping[str, object]], Awaitable[None]]:
    """An httpcore ``trace`` hook waiting for ``turn`` to be ready right before the request's
    headers are written, and marking it sent once they are (HTTP/1.1 or HTTP/2)."""

    async def trace(event: str, info: Mapping[str, object]) -> None:
        if event.endswith("send_request_headers.started"):
            await turn.ready()
        elif event.endswith("send_request_headers.complete"):
            turn.sent()

    return trace


@dataclass(frozen=True, slots=True)
class _Payload:
    """What a request sends: its method, a form (POST), or a JSON body."""

    method: str
    form: Mapping[str, str] | None
    body: str | None


class Fetcher:
    """Fetch URLs politely. Use as an async context manager.

    Long because it holds one request's whole path: headers and validators, the retry
    policy, redirects hop by hop, the host gate, the size cap and the response record."""

    def __init__(self, settings: CrawlSettings, gate: HostGate, clock: Clock,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.settings = settings
        self.gate = gate
        self.clock = clock
        timeout = httpx.Timeout(settings.read_timeout, connect=settings.connect_timeout)
        headers = {
            "User-Agent": settings.user_agent,
            "Accept": "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8",
            "Accept-Language": "vi,en;q=0.5",
            "Accept-Encoding": ACCEPT_ENCODING,   # what codings.decode_content undoes
            **settings.extra_headers,
        }
        http2 = settings.http2 and _h2_available()
        # one pool per host (see archiver.pools), unless the environment names a proxy:
        # then httpx's own transport, which honours it (and NO_PROXY)
        self.pools = HostPools(http2=http2) if transport is None and not env_proxies() else None
        if self.pools is not None:
            transport = self.pools
        # redirects are followed by fetch() itself, hop by hop: each hop is checked (scope,
        # robots) by the caller and waits for its host's delay like any request
        self.client = httpx.AsyncClient(
            headers=headers, timeout=timeout, follow_redirects=False, transport=transport,
            limits=httpx.Limits(max_connections=64, max_keepalive_connections=32),
            http2=http2,
        )
        self.attempts: dict[str, int] = {}
        #: a site's own headers (its ``headers`` setting), by host
        self.host_headers: dict[str, dict[str, str]] = {}

    def add_headers(self, hosts: Iterable[str], headers: Iterable[tuple[str, str]]) -> None:
        """Send ``headers`` with every request to ``hosts`` (a site's ``headers``: a cookie
        its firewall's challenge sets), redirect hops and robots.txt included."""
        pairs = dict(headers)
        if pairs:
            for host in hosts:
                self.host_headers.setdefault(host.lower(), {}).update(pairs)

    async def __aenter__(self) -> Fetcher:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.client.aclose()

    def _wait(self, state: RetryCallState) -> float:
        s = self.settings
        backoff = min(s.backoff_max, s.backoff_base * 2 ** (state.attempt_number - 1))
        backoff = backoff * (0.5 + random.random() / 2)  # jitter
        exc = state.outcome.exception() if state.outcome else None
        if isinstance(exc, FetchError) and exc.retry_after is not None:
            return float(max(backoff, exc.retry_after))
        return float(backoff)

    async def fetch(self, url: str, *, etag: str | None = None,
                    last_modified: str | None = None,
                    form: Mapping[str, str] | None = None,
                    hop_check: HopCheck | None = None, xhr: bool = False,
                    headers: Mapping[str, str] | None = None, body: str | None = None,
                    method: str | None = None) -> RawResponse:
        """GET (or POST ``form``) ``url`` with retries, following redirects hop by hop.
        Returns the final response, including 304 and 4xx, with the redirect answers that
        led to it (``hops``); raises TransientFetchError when
        retries are exhausted and PermanentFetchError for unrecoverable problems (too large,
        redirect loop, a redirect ``hop_check`` refuses, bad URL).

        ``hop_check(url)`` is asked about every redirect target before it is requested and
        returns why it may not be (scope, internal address, robots.txt), or None. Every hop
        goes through the host gate: its host's delay and concurrency hold for it too.
        ``xhr``: asked for as a page's script asks (``X-Requested-With: XMLHttpRequest``),
        a "Xem thêm" fragment some servers answer only so. ``headers``, ``body`` (JSON) and
        ``method``: a request a page's script makes, sent as it sends it."""
        own = dict(headers or {})
        sent: dict[str, str] = {"X-Requested-With": "XMLHttpRequest"} if xhr else {}
        sent.update(own)
        if etag:
            sent["If-None-Match"] = etag
        if last_modified:
            sent["If-Modified-Since"] = last_modified
        payload = _Payload(method or ("POST" if form is not None or body is not None else "GET"),
                           form, body)
        current, seen = url, {url}
        hops: list[RawResponse] = []
        self.attempts[url] = 0
        for _hop in range(self.settings.max_redirects + 1):
            raw = await self._with_retries(current, sent, payload, count=url)
            target = _redirect_target(raw)
            if target is None:
                return replace(raw, request_url=url, hops=tuple(hops))
            if target in seen:
                raise PermanentFetchError("redirect loop or too many redirects",
                                          url=url, status=raw.status)
            refusal = await hop_check(target) if hop_check is not None else None
            if refusal:
                raise PermanentFetchError(f"redirect to {target} refused: {refusal}",
                                          url=url, status=raw.status, redirect_to=target,
                                          response=replace(raw, request_url=url,
                                                           hops=tuple(hops)))
            log.debug("%s: %d -> %s", current, raw.status, target)
            hops.append(raw)   # captured with the answer it leads to (replay follows it)
            seen.add(target)
            if raw.status == 303 or (raw.status in (301, 302) and payload.method == "POST"):
                payload = _Payload("GET", None, None)   # what browsers do: the next hop a GET
            # validators belong to the URL that was asked for
            sent = {"X-Requested-With": "XMLHttpRequest"} if xhr else {}
            sent.update(own)
            current = target
        raise PermanentFetchError("redirect loop or too many redirects", url=url)

    async def _with_retries(self, url: str, headers: dict[str, str],
                            form: _Payload, *, count: str) -> RawResponse:
        """One request with the retry policy; its attempts are counted under ``count``."""
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self.settings.max_attempts),
            retry=retry_if_exception_type(TransientFetchError),
            wait=self._wait, sleep=self.clock.sleep, reraise=True,
        )
        async for attempt in retrying:
            with attempt:
                self.attempts[count] = self.attempts.get(count, 0) + 1
                return await self._once(url, headers, form)
        raise AssertionError("unreachable")  # pragma: no cover

    async def _once(self, url: str, headers: dict[str, str],
                    form: _Payload) -> RawResponse:
        host = host_of(url)
        # late: the last moments of the host's delay are waited for in the trace hook, which
        # our own transport is known to call (an injected one may not)
        async with self.gate.slot(host, late=self.pools is not None) as turn:
            try:
                raw = await asyncio.wait_for(self._request(url, headers, form, turn),
                                             self.settings.total_timeout)
            except TimeoutError:
                self.gate.record_result(host, ok=False)
                raise TransientFetchError(
                    f"no complete response within {self.settings.total_timeout:g}s",
                    url=url) from None
            except FetchError as exc:
                if isinstance(exc, TransientFetchError):
                    self.gate.record_result(host, ok=False)
                if exc.retry_after:   # the whole host waits, beyond this run if need be
                    self.gate.hold(host, exc.retry_after,
                                   f"HTTP {exc.status} Retry-After {exc.retry_after:.0f}s")
                raise
        self.gate.record_result(host, ok=raw.status < 500)
        return raw

    async def _request(self, url: str, headers: dict[str, str],
                       form: _Payload, turn: Turn | None = None
                       ) -> RawResponse:
        method = form.method
        fetched_at = utc_now()
        limit = self.settings.max_response_bytes
        try:
            own = self.host_headers.get(host_of(url)) if self.host_headers else None
            asked = {**own, **headers} if own else dict(headers)
            if form.body is not None:
                asked.setdefault("Content-Type", "application/json; charset=utf-8")
            request = self.client.build_request(
                method, url, data=form.form,
                content=form.body.encode("utf-8") if form.body is not None else None,
                headers=asked)
            if turn is not None:
                request.extensions["trace"] = _reports_sent(turn)
            response = await self.client.send(request, stream=True)
            try:
                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > limit:
                    raise PermanentFetchError(
                        f"response too large ({int(declared)} bytes > {limit})", url=url,
                        status=response.status_code)
                chunks: list[bytes] = []
                size = 0
                async for chunk in _raw_stream(response):   # de-chunked, still encoded
                    size += len(chunk)
                    if size > limit:
                        raise PermanentFetchError(
                            f"response too large (over {limit} bytes)", url=url,
                            status=response.status_code)
                    chunks.append(chunk)
            finally:
                await response.aclose()
        except (httpx.UnsupportedProtocol, httpx.InvalidURL) as exc:
            raise PermanentFetchError(f"bad URL: {exc}", url=url) from None
        except httpx.TransportError as exc:
            kind = type(exc).__name__
            raise TransientFetchError(f"{kind}: {exc or 'connection problem'}", url=url) from None
        status = response.status_code
        if status in RETRY_STATUSES:
            retry_after = parse_retry_after(response.headers.get("retry-after"))
            if retry_after is not None and retry_after > self.settings.max_retry_after:
                raise PermanentFetchError(
                    f"HTTP {status} with Retry-After {retry_after:.0f}s (over the "
                    f"{self.settings.max_retry_after:.0f}s cap; try again later)",
                    url=url, status=status, retry_after=retry_after)
            raise TransientFetchError(f"HTTP {status}", url=url, status=status,
                                      retry_after=retry_after)
        transferred = b"".join(chunks)
        body = self._decode(url, response, transferred)
        sent = response.request   # the last request, after any redirect
        return RawResponse(
            url=str(response.url), status=status,
            headers=_headers_as_sent(response.headers),
            body=body, transferred=transferred, fetched_at=fetched_at, request_url=url,
            request_headers=_headers_as_sent(sent.headers),
            method=sent.method, request_body=sent.content if sent.method == "POST" else b"",
            http_version=response.http_version,
        )

    def _decode(self, url: str, response: httpx.Response, transferred: bytes) -> bytes:
        """The body with its Content-Encoding undone, within the size and ratio caps."""
        try:
            return decode_content(transferred, response.headers.get("content-encoding"),
                                  max_size=self.settings.max_response_bytes,
                                  max_ratio=self.settings.max_decoded_ratio)
        except (DecodedTooLargeError, UnsupportedCodingError) as exc:
            raise PermanentFetchError(str(exc), url=url, status=response.status_code) from None
        except ContentCodingError as exc:
            raise TransientFetchError(f"undecodable body: {exc}", url=url,
                                      status=response.status_code) from None
