"""Connections: one keep-alive pool per host, under one httpx client.

httpcore keeps a client's connections in one list and walks it whenever a request is queued
and whenever a response is closed — quadratically, when it tidies idle connections. A crawl
of a few hosts never notices; a crawl of every province at once does: with 200 hosts behind
one pool (capped at 64 connections, so connections were also closed and reopened all the
time) that walk was 29% of the crawler's CPU. Here each host has its own small pool, found
by a dictionary lookup; the per-host limit on requests in flight is the host gate's
(:mod:`archiver.politeness`), so a pool itself is not capped. One TLS context serves every
pool (each would otherwise load the CA bundle again).
"""

from __future__ import annotations

import ssl
import urllib.request

import httpx

__all__ = ["HostPools", "env_proxies"]


def env_proxies() -> bool:
    """Whether the environment names an HTTP(S) proxy, which httpx's own client honours (a
    client given a transport would not)."""
    proxies = urllib.request.getproxies()
    return any(key in proxies for key in ("http", "https", "all"))


class HostPools(httpx.AsyncBaseTransport):
    """An httpx transport keeping one connection pool per (scheme, host, port)."""

    def __init__(self, *, http2: bool, keepalive_expiry: float = 5.0) -> None:
        self._http2 = http2
        self._limits = httpx.Limits(max_connections=None, max_keepalive_connections=None,
                                    keepalive_expiry=keepalive_expiry)
        self._tls: ssl.SSLContext = httpx.create_ssl_context()
        self._pools: dict[tuple[bytes, bytes, int | None], httpx.AsyncHTTPTransport] = {}

    @property
    def hosts(self) -> int:
        """How many hosts have a pool (not ``__len__``: an empty transport is not false)."""
        return len(self._pools)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        url = request.url
        key = (url.raw_scheme, url.raw_host, url.port)
        pool = self._pools.get(key)
        if pool is None:
            pool = self._pools[key] = httpx.AsyncHTTPTransport(
                verify=self._tls, http2=self._http2, limits=self._limits)
        return await pool.handle_async_request(request)

    async def aclose(self) -> None:
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            await pool.aclose()
