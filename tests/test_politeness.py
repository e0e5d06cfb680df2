from __future__ import annotations

import asyncio
import email.utils
import itertools
import socket
import subprocess
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx
import pytest

from archiver.clock import FakeClock
from archiver.config import CrawlSettings
from archiver.errors import HostGaveUpError, PermanentFetchError, TransientFetchError
from archiver.fetch import Fetcher, parse_retry_after
from archiver.politeness import HostGate, RobotsRules


def test_gate_spaces_request_starts_by_the_delay() -> None:
    clock = FakeClock()
    gate = HostGate(clock)
    gate.configure("a.vn", delay=2.0, concurrency=1)
    starts: list[float] = []

    async def one() -> None:
        async with gate.slot("a.vn"):
            starts.append(clock.now())

    async def main() -> None:
        await asyncio.gather(*(one() for _ in range(5)))

    asyncio.run(main())
    gaps = [b - a for a, b in itertools.pairwise(starts)]
    assert len(starts) == 5 and all(g >= 2.0 for g in gaps)


def test_gate_limits_concurrency_per_host() -> None:
    clock = FakeClock()
    gate = HostGate(clock)
    gate.configure("a.vn", delay=0.0, concurrency=2)
    active, peak = 0, 0

    async def one() -> None:
        nonlocal active, peak
        async with gate.slot("a.vn"):
            active += 1
            peak = max(peak, active)
            await asyncio.sleep(0.001)
            active -= 1

    async def main() -> None:
        await asyncio.gather(*(one() for _ in range(8)))

    asyncio.run(main())
    assert peak == 2


def test_pause_and_backoff_after_repeated_failures() -> None:
    clock = FakeClock()
    gate = HostGate(clock, failure_threshold=3)
    gate.configure("a.vn", delay=1.0, concurrency=1)
    for _ in range(3):
        gate.record_result("a.vn", ok=False)
    assert gate.hosts["a.vn"].paused_until > clock.now()
    gate.pause("a.vn", 30)
    assert gate.hosts["a.vn"].paused_until >= clock.now() + 30


def test_robots_wildcards_and_crawl_delay() -> None:
    rules = RobotsRules("User-agent: *\nDisallow: /Admin/\nDisallow: /*a=print\n"
                        "Crawl-delay: 4\nSitemap: http://a.vn/sitemap.xml\n", "archiver/0.1")
    assert not rules.allowed("http://a.vn/Admin/login.aspx")
    assert not rules.allowed("http://a.vn/Default.aspx?siteid=1&a=print&id=3")
    assert rules.allowed("http://a.vn/Default.aspx?siteid=1&a=detail&id=3")
    assert rules.crawl_delay == 4.0 and rules.sitemaps == ["http://a.vn/sitemap.xml"]
    assert not RobotsRules.deny_all("archiver").allowed("http://a.vn/")


def test_parse_retry_after_forms() -> None:
    now = datetime(2026, 11, 28, 3, 0, tzinfo=UTC)
    later = email.utils.format_datetime(now + timedelta(seconds=90), usegmt=True)
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(later, now) == pytest.approx(90.0)
    assert parse_retry_after("soon") is None


def _fetcher(handler: object, clock: FakeClock, **settings: object) -> Fetcher:
    transport = httpx.MockTransport(handler)  # type: ignore[arg-type]
    gate = HostGate(clock)
    return Fetcher(CrawlSettings(**settings), gate, clock, transport)  # type: ignore[arg-type]


def test_fetch_retries_only_transient_statuses() -> None:
    calls: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path == "/busy":
            return httpx.Response(503, headers={"Retry-After": "12"})
        return httpx.Response(403)

    clock = FakeClock()

    async def main() -> None:
        async with _fetcher(handler, clock, max_attempts=3) as fetcher:
            with pytest.raises(TransientFetchError):
                await fetcher.fetch("http://a.vn/busy")
            forbidden = await fetcher.fetch("http://a.vn/forbidden")
            assert forbidden.status == 403

    asyncio.run(main())
    assert calls.count("/busy") == 3 and calls.count("/forbidden") == 1
    assert len([s for s in clock.sleeps if s >= 12]) >= 2   # waited Retry-After, no real time


def test_fetch_gives_up_on_absurd_retry_after_and_huge_bodies() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/later":
            return httpx.Response(429, headers={"Retry-After": "86400"})
        return httpx.Response(200, content=b"x" * 5000)

    async def main() -> None:
        async with _fetcher(handler, FakeClock(), max_response_bytes=1000) as fetcher:
            with pytest.raises(PermanentFetchError, match="Retry-After"):
                await fetcher.fetch("http://a.vn/later")
            # the host asked to be left alone for a day: nothing more goes to it this run
            with pytest.raises(HostGaveUpError, match="no request before"):
                await fetcher.fetch("http://a.vn/other")
            with pytest.raises(PermanentFetchError, match="too large"):
                await fetcher.fetch("http://b.vn/big")

    asyncio.run(main())


def test_conditional_headers_sent() -> None:
    seen: dict[str, str] = {}

    def handler(request: httpx.Request) -> httpx.Response:
        seen.update(request.headers)
        return httpx.Response(304)

    async def main() -> None:
        async with _fetcher(handler, FakeClock()) as fetcher:
            raw = await fetcher.fetch("http://a.vn/x", etag='"v1"',
                                      last_modified="Wed, 14 Jun 2023 07:15:00 GMT")
            assert raw.status == 304

    asyncio.run(main())
    assert seen["if-none-match"] == '"v1"' and seen["if-modified-since"].startswith("Wed")
    assert seen["user-agent"].startswith("archiver/")


def _tls_server(tmp_path: Path, protocols: list[str]) -> tuple[int, list[str], threading.Thread,
                                                                Path]:
    """A one-connection HTTPS server on 127.0.0.1 that answers over HTTP/2 (h2) when the
    client negotiates it by ALPN, else HTTP/1.1. Returns (port, negotiated, thread, cert)."""
    import ssl

    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    made = subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
         "-out", str(cert), "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"], capture_output=True)
    if made.returncode:
        pytest.skip("openssl could not make a test certificate")
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    ctx.set_alpn_protocols(protocols)
    listener = socket.create_server(("127.0.0.1", 0))
    negotiated: list[str] = []
    body = "<html><body>Tỉnh ủy</body></html>".encode()

    def serve() -> None:
        import h2.config
        import h2.connection
        import h2.events

        raw, _ = listener.accept()
        listener.close()
        with ctx.wrap_socket(raw, server_side=True) as tls:
            negotiated.append(tls.selected_alpn_protocol() or "none")
            if negotiated[0] != "h2":
                tls.recv(65536)
                tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
                            b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
                return
            conn = h2.connection.H2Connection(h2.config.H2Configuration(client_side=False))
            conn.initiate_connection()
            tls.sendall(conn.data_to_send())
            while True:
                data = tls.recv(65536)
                if not data:
                    return
                for event in conn.receive_data(data):
                    if isinstance(event, h2.events.RequestReceived):
                        conn.send_headers(event.stream_id, [
                            (":status", "200"), ("content-type", "text/html; charset=utf-8"),
                            ("content-length", str(len(body)))])
                        conn.send_data(event.stream_id, body, end_stream=True)
                tls.sendall(conn.data_to_send())

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return listener.getsockname()[1], negotiated, thread, cert


@pytest.mark.parametrize(("http2", "expected"), [(True, "h2"), (False, "http/1.1")])
def test_http2_negotiated_where_a_site_offers_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 http2: bool, expected: str) -> None:
    port, negotiated, thread, cert = _tls_server(tmp_path, ["h2", "http/1.1"])
    monkeypatch.setenv("SSL_CERT_FILE", str(cert))
    clock = FakeClock()

    async def main() -> tuple[int, bytes, str]:
        async with Fetcher(CrawlSettings(http2=http2, max_attempts=1), HostGate(clock),
                           clock) as fetcher:
            raw = await fetcher.fetch(f"https://127.0.0.1:{port}/tin-tuc/1.html")
            return raw.status, raw.body, raw.http_version

    status, body, version = asyncio.run(main())
    thread.join(5)
    assert negotiated == [expected]
    assert status == 200 and "Tỉnh ủy".encode() in body
    assert version == {"h2": "HTTP/2", "http/1.1": "HTTP/1.1"}[expected]


def test_the_next_request_waits_until_the_one_before_has_left() -> None:
    """With concurrency 2, the second request's delay counts from the moment the first
    was sent, however long that took after the first was let through."""
    clock = FakeClock()
    gate = HostGate(clock)
    gate.configure("a.vn", delay=1.0, concurrency=2)
    sent: list[float] = []

    async def first() -> None:
        async with gate.slot("a.vn") as turn:
            await clock.sleep(5.0)         # held up before it leaves
            turn.sent()
            sent.append(clock.now())

    async def second() -> None:
        await asyncio.sleep(0)
        async with gate.slot("a.vn") as turn:
            turn.sent()
            sent.append(clock.now())

    async def main() -> None:
        await asyncio.gather(first(), second())

    asyncio.run(main())
    assert sent == [1005.0, 1006.0]


def test_a_late_slot_leaves_the_end_of_the_delay_to_just_before_the_send() -> None:
    """A late slot is given LATE seconds early (a connection can be taken from its pool
    meanwhile); ready() waits out the rest, so the sends are still a delay apart."""
    clock = FakeClock()
    gate = HostGate(clock)
    gate.configure("a.vn", delay=2.0, concurrency=1)
    given: list[float] = []
    sent: list[float] = []

    async def one() -> None:
        async with gate.slot("a.vn", late=True) as turn:
            given.append(clock.now())
            await turn.ready()
            turn.sent()
            sent.append(clock.now())

    async def main() -> None:
        await asyncio.gather(one(), one(), one())

    asyncio.run(main())
    assert sent == [1000.0, 1002.0, 1004.0]
    assert given == [1000.0, 1002.0 - HostGate.LATE, 1004.0 - HostGate.LATE]


def test_a_retry_after_is_kept_and_a_long_one_leaves_the_host_for_the_next_run() -> None:
    clock = FakeClock()
    kept: list[tuple[str, float, str]] = []
    gate = HostGate(clock, max_hold=600, on_hold=lambda *hold: kept.append(hold))
    gate.configure("a.vn", delay=1.0, concurrency=1)
    gate.hold("a.vn", 120, "HTTP 503 Retry-After 120s")
    assert gate.hosts["a.vn"].paused_until == clock.now() + 120 and not gate.gave_up("a.vn")
    assert kept == [("a.vn", clock.wall() + 120, "HTTP 503 Retry-After 120s")]
    gate.hold("b.vn", 3600, "HTTP 429 Retry-After 3600s", keep=False)   # read back: not kept
    assert gate.gave_up("b.vn") and len(kept) == 1
    assert "no request before" in (gate.why_given_up("b.vn") or "")


def test_a_crawl_delay_that_slows_a_host_is_said_in_the_runs_summary() -> None:
    """The sources file's delay is a floor: a robots.txt Crawl-delay above it wins, and the
    run's summary says so (an archivist who set 0.05 s sees why the crawl took minutes)."""
    from archiver.crawl.report import RunReport

    gate = HostGate(FakeClock())
    gate.configure("a.vn", delay=0.05, concurrency=1)
    gate.configure("b.vn", delay=3.0, concurrency=1)
    gate.raise_delay("a.vn", 2.0)
    gate.raise_delay("b.vn", 2.0)          # (below its own delay: nothing to say)
    assert gate.paced == {"a.vn": (0.05, 2.0)}
    summary = RunReport(1, {}, 1.0, 0, paced=gate.paced).summary()
    assert "a.vn: its robots.txt asks a Crawl-delay of 2 s, honoured over the configured " \
           "delay (0.05 s)" in summary and "b.vn" not in summary
