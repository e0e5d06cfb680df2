"""Connections: the fetcher keeps one pool per host, and leaves proxies to httpx."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from archiver.clock import Clock
from archiver.config import CrawlSettings
from archiver.fetch import Fetcher
from archiver.politeness import HostGate
from archiver.pools import HostPools, env_proxies
from archiver.replica import ReplicaServer, langson_site

PROXY_VARS = ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY",
              "ALL_PROXY")


@pytest.fixture
def no_proxy_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARS:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def two_hosts() -> Iterator[list[ReplicaServer]]:
    with ReplicaServer(langson_site(3)) as a, ReplicaServer(langson_site(3)) as b:
        yield [a, b]


def fetcher() -> Fetcher:
    clock = Clock()
    return Fetcher(CrawlSettings(), HostGate(clock), clock)


@pytest.mark.usefixtures("no_proxy_env")
def test_one_pool_per_host_reused_across_requests(two_hosts: list[ReplicaServer]) -> None:
    async def go() -> tuple[list[int], int]:
        async with fetcher() as f:
            assert isinstance(f.pools, HostPools)
            statuses = [(await f.fetch(f"{server.base_url}/robots.txt")).status
                        for server in two_hosts * 2]
            return statuses, f.pools.hosts

    statuses, hosts = asyncio.run(go())
    assert statuses == [200] * 4
    assert hosts == 2


@pytest.mark.usefixtures("no_proxy_env")
def test_a_proxy_in_the_environment_leaves_httpx_its_own_transport(
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert not env_proxies()
    monkeypatch.setenv("HTTPS_PROXY", "http://127.0.0.1:9")
    assert env_proxies()
    f = fetcher()
    assert f.pools is None
    asyncio.run(f.client.aclose())


def test_an_injected_transport_is_used_as_given() -> None:
    import httpx

    transport = httpx.MockTransport(lambda request: httpx.Response(204))
    clock = Clock()
    f = Fetcher(CrawlSettings(), HostGate(clock), clock, transport)
    assert f.pools is None
    asyncio.run(f.client.aclose())
