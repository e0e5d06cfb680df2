"""A real HTTP server on 127.0.0.1 serving a replica site, with faults and a request log."""

from __future__ import annotations

import contextlib
import email.utils
import hashlib
import logging
import re
import select
import socket
import struct
import sys
import threading
import time
from dataclasses import dataclass
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, quote, unquote

from archiver.replica.faults import (
    Fault,
    FaultRegistry,
    breadth_page,
    calendar_page,
    document,
    gzip_bomb,
    huge_page,
    malform,
    nest,
    soft_404_page,
    to_cp1258,
    with_canonical,
)
from archiver.replica.site import ReplicaSite, Request, Response

__all__ = ["ReplicaServer", "RequestRecord"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class RequestRecord:
    started: float                 # time.monotonic() when the request line was read
    finished: float
    method: str
    path: str                      # path with query, as sent
    headers: dict[str, str]        # request headers, lower-cased names
    status: int                    # 0 when no status line was sent (hang)
    bytes_sent: int                # body bytes written
    body_sha1: str = ""            # SHA-1 (hex) of those body bytes, exactly as sent
    #: time.time() when the request's first bytes reached the server's socket: the kernel's
    #: receive timestamp (Linux), which no thread scheduling delays; the gaps between two
    #: requests' arrivals are what a site sees of a crawler's politeness
    arrived: float = 0.0


#: SO_TIMESTAMPNS (Linux; not exported by the socket module): the kernel stamps each
#: received packet, and recvmsg() hands the stamp over as ancillary data of that name
_SO_TIMESTAMPNS = 35


def _receive_timestamps(conn: socket.socket) -> bool:
    """Ask the kernel to timestamp what ``conn`` receives; False where it cannot."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        conn.setsockopt(socket.SOL_SOCKET, _SO_TIMESTAMPNS, 1)
    except OSError:
        return False
    return True


class _Aborted(Exception):
    """The connection was closed on purpose (fault) or by the peer."""


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    replica: ReplicaServer


class _Handler(BaseHTTPRequestHandler):
    """The replica's HTTP handler. Long because every fault a test can inject (resets,
    hangs, truncation, bad encodings, redirects, Retry-After) is a branch of it."""

    # headers and body go out in separate writes: without TCP_NODELAY each response can wait
    # ~40 ms for a delayed ACK on loopback
    disable_nagle_algorithm = True
    protocol_version = "HTTP/1.1"
    server: _HTTPServer

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("%s " + format, self.address_string(), *args)

    def setup(self) -> None:
        super().setup()
        self.server.replica._track(self.connection, True)
        self._stamps = _receive_timestamps(self.connection)

    def handle_one_request(self) -> None:
        self._arrived = self._arrival()
        super().handle_one_request()

    def _arrival(self) -> float:
        """When the next request's first bytes arrived: waits for them as the request line's
        read would, and reads the kernel's timestamp of them without consuming them. (The
        replica's clients never pipeline requests, so no request waits in the read buffer
        while this waits on the socket.)"""
        if not self._stamps:
            return time.time()
        try:
            _, ancillary, _, _ = self.connection.recvmsg(1, socket.CMSG_SPACE(16),
                                                         socket.MSG_PEEK)
        except OSError:
            return time.time()
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == _SO_TIMESTAMPNS and len(payload) >= 16:
                seconds, nanoseconds = struct.unpack("qq", payload[:16])
                return float(seconds + nanoseconds / 1e9)
        return time.time()

    def finish(self) -> None:
        self.server.replica._track(self.connection, False)
        with contextlib.suppress(OSError):
            super().finish()

    def do_GET(self) -> None:
        self._serve()

    def do_POST(self) -> None:
        self._serve()

    def do_HEAD(self) -> None:
        self._serve()

    # ------------------------------------------------------------------------------------
    def _serve(self) -> None:
        replica = self.server.replica
        self._started = time.monotonic()
        replica._enter()
        self._headers = {k.lower(): v for k, v in self.headers.items()}
        self._status, self._sent, self._logged = 0, 0, False
        self._sha1 = hashlib.sha1()
        try:
            length = int(self._headers.get("content-length", "0") or 0)
            raw = self.rfile.read(length) if length > 0 else b""
            form = {k: v[0] for k, v in parse_qs(raw.decode("utf-8", "replace")).items()}
            request = Request(self.command, self.path, self._headers, form)
            fault = None if request.path == "/__loop" else replica.faults.take(self.path)
            if fault is None:
                self._send(replica._handle(request))
            else:
                log.debug("fault %s on %s", fault.kind, self.path)
                self._fault(fault, request)
        except (_Aborted, OSError):
            self.close_connection = True
        finally:
            self._log_once(0)

    def _log_once(self, pending: int) -> None:
        """Record the request; called just before the last bytes leave, so that a client
        holding a complete response always finds its request in the log."""
        if not self._logged:
            self._logged = True
            self.server.replica._leave(RequestRecord(
                self._started, time.monotonic(), self.command, self.path, self._headers,
                self._status, self._sent + pending, self._sha1.hexdigest(),
                getattr(self, "_arrived", 0.0)))

    def _head(self, status: int, headers: list[tuple[str, str]], length: int | None,
              close: bool = False) -> None:
        self._status = status
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        if length is not None:
            self.send_header("Content-Length", str(length))
        if close:
            self.send_header("Connection", "close")
            self.close_connection = True
        if length == 0 or self.command == "HEAD":
            self._log_once(0)
        self.end_headers()

    def _write(self, data: bytes, last: bool = False) -> None:
        if self.command != "HEAD" and data:
            self._sha1.update(data)
            if last:
                self._log_once(len(data))
            self.wfile.write(data)
            self._sent += len(data)

    def _send(self, response: Response, close: bool = False) -> None:
        self._head(response.status, response.headers, len(response.body), close)
        self._write(response.body, last=True)

    def _plain(self, request: Request) -> Response:
        """The site's page for ``request`` without compression, for faults that rework it."""
        headers = {k: v for k, v in request.headers.items() if k != "accept-encoding"}
        return self.server.replica._handle(Request(request.method, request.target, headers,
                                                   request.form))

    def _fault(self, fault: Fault, request: Request) -> None:
        kind = fault.kind
        replica = self.server.replica
        if kind == "status":
            error = f"<html><body><h1>{fault['status']}</h1></body></html>".encode()
            self._send(Response(fault["status"], error, [("Content-Type", "text/html")]))
        elif kind == "retry_after":
            seconds = int(fault["seconds"])
            value = (email.utils.formatdate(time.time() + seconds, usegmt=True)
                     if fault["http_date"] else str(seconds))
            self._send(Response(fault["status"], b"Too busy, retry later",
                                [("Retry-After", value), ("Content-Type", "text/plain")]))
        elif kind in ("reset", "truncate"):
            page = self._plain(request)
            self._head(page.status, page.headers, len(page.body), close=True)
            keep = (int(fault["keep"]) if kind == "reset"
                    else int(len(page.body) * float(fault["fraction"])))
            self._write(page.body[:min(keep, max(0, len(page.body) - 1))])
            self.wfile.flush()
            self._log_once(0)
            if kind == "reset":
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER,
                                           struct.pack("ii", 1, 0))
            self.connection.close()
            raise _Aborted(kind)
        elif kind == "slow":
            page = self._plain(request)
            self._head(page.status, page.headers, len(page.body))
            step = max(1, int(fault["chunk"]))
            for start in range(0, len(page.body), step):
                if start and replica._stopping.wait(float(fault["delay"])):
                    raise _Aborted("server stopping")
                self._write(page.body[start:start + step], last=start + step >= len(page.body))
                self.wfile.flush()
        elif kind == "hang":
            self._hang()
        elif kind == "huge":
            self._send(Response(200, huge_page(int(fault["size"])),
                                [("Content-Type", "text/html; charset=utf-8")]))
        elif kind == "bomb":
            self._send(Response(200, gzip_bomb(int(fault["size"])),
                                [("Content-Type", "text/html; charset=utf-8"),
                                 ("Content-Encoding", "gzip")]))
        elif kind == "redirect_loop":
            self._send(Response.redirect("/__loop?back=" + quote(request.target, safe="")))
        elif kind == "redirect":
            self._send(Response.redirect(str(fault["location"]), int(fault["status"])))
        elif kind == "calendar_trap":
            try:
                day = date.fromisoformat(request.query.get("date", ""))
            except ValueError:
                day = replica.site.today
            self._send(Response.html(calendar_page(request.path, day)))
        elif kind == "charset":
            page = self._plain(request)
            text = page.body.decode("utf-8").replace('charset="utf-8"', 'charset="windows-1258"')
            headers = [(k, v) for k, v in page.headers if k.lower() != "content-type"]
            headers.append(("Content-Type", "text/html; charset=windows-1258"))
            self._send(Response(page.status, to_cp1258(text), headers))
        elif kind == "malformed":
            page = self._plain(request)
            self._send(Response(page.status, malform(page.body.decode("utf-8")), page.headers))
        elif kind in ("nested", "canonical"):
            page = self._plain(request)
            body = (nest(page.body, int(fault["depth"])) if kind == "nested"
                    else with_canonical(page.body, str(fault["location"])))
            self._send(Response(page.status, body, page.headers))
        elif kind == "gzip_bomb":
            self._send(Response(200, gzip_bomb(int(fault["mib"]) << 20),
                                [("Content-Type", "application/x-gzip")]))
        elif kind == "document":
            body, content_type = document(str(fault["format"]))
            self._send(Response(200, body, [("Content-Type", content_type)]))
        elif kind == "soft_404":
            self._send(Response.html(soft_404_page().decode("utf-8")))
        elif kind == "breadth":
            page_no = int(request.query.get("page", "1") or 1)
            self._send(Response.html(breadth_page(request.path, page_no,
                                                  int(fault["fanout"]),
                                                  replica.site.article_paths())))

    def _hang(self) -> None:
        """Answer nothing until the peer goes away or the server stops."""
        replica = self.server.replica
        self.close_connection = True
        while not replica._stopping.wait(0.02):
            readable, _, _ = select.select([self.connection], [], [], 0)
            if readable:
                try:
                    if not self.connection.recv(1, socket.MSG_PEEK):
                        break
                except OSError:
                    break
        raise _Aborted("hang")


class ReplicaServer:
    """Serve ``site`` on a real socket; ``port=0`` picks a free port. A context manager."""

    def __init__(self, site: ReplicaSite, host: str = "127.0.0.1", port: int = 0) -> None:
        self.site = site
        self.host, self.port = host, port
        self.faults = FaultRegistry()
        self.base_url = ""
        self.max_in_flight = 0
        self._log: list[RequestRecord] = []
        self._in_flight = 0
        self._lock = threading.Lock()
        self._stopping = threading.Event()
        self._conns: set[socket.socket] = set()
        self._httpd: _HTTPServer | None = None
        self._thread: threading.Thread | None = None

    # lifecycle ------------------------------------------------------------------------------
    def start(self) -> ReplicaServer:
        if self._httpd is not None:
            return self
        self._stopping.clear()
        httpd = _HTTPServer((self.host, self.port), _Handler)
        httpd.replica = self
        # stamped from the listening socket on, so that a request sent with its connection
        # is stamped when it arrives, not when its connection is accepted
        _receive_timestamps(httpd.socket)
        self._httpd = httpd
        self.port = httpd.server_address[1]
        self.base_url = f"http://{self.host}:{self.port}"
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"replica-{self.site.name}-{self.port}", daemon=True)
        self._thread.start()
        log.info("replica %s serving at %s", self.site.name, self.base_url)
        return self

    def stop(self) -> None:
        """Stop promptly: hanging and slow responses are abandoned, idle sockets closed."""
        httpd, self._httpd = self._httpd, None
        if httpd is None:
            return
        self._stopping.set()
        httpd.shutdown()
        with self._lock:
            conns = list(self._conns)
        for conn in conns:
            with contextlib.suppress(OSError):
                conn.shutdown(socket.SHUT_RDWR)
        httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=2)

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()

    def url(self, path: str) -> str:
        return self.base_url + path

    # observation ------------------------------------------------------------------------------
    @property
    def log(self) -> list[RequestRecord]:
        with self._lock:
            return list(self._log)

    @property
    def in_flight(self) -> int:
        with self._lock:
            return self._in_flight

    def reset_log(self) -> None:
        with self._lock:
            self._log.clear()
            self.max_in_flight = self._in_flight

    def requests_for(self, path_regex: str) -> list[RequestRecord]:
        pattern = re.compile(path_regex)
        return [record for record in self.log if pattern.search(record.path)]

    # handler callbacks ------------------------------------------------------------------------
    def _handle(self, request: Request) -> Response:
        if request.path == "/__loop":
            return Response.redirect(unquote(request.query.get("back", "/")))
        try:
            return self.site.handle(request)
        except Exception:  # a replica bug must show up as a 500 and a log line, not a hang
            log.exception("replica %s failed on %s", self.site.name, request.target)
            return Response.html("<h1>500 Internal Server Error</h1>", status=500)

    def _track(self, conn: socket.socket, add: bool) -> None:
        with self._lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    def _enter(self) -> None:
        with self._lock:
            self._in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self._in_flight)

    def _leave(self, record: RequestRecord) -> None:
        with self._lock:
            self._in_flight -= 1
            self._log.append(record)
