"""Helpers for crawler tests: a replica on a real socket, a sources file for it, a crawl."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from archiver.clock import Clock, FakeClock
from archiver.config import CrawlSettings, Site, parse_sources
from archiver.crawl import CrawlOptions, RunReport, crawl
from archiver.replica import ReplicaServer

FAST = CrawlSettings(connect_timeout=2.0, read_timeout=2.0, total_timeout=5.0, max_attempts=3,
                     backoff_base=0.5)


def sources_text(server: ReplicaServer, profile: str, **extra: Any) -> str:
    starts = extra.pop("start_urls", [server.base_url + p for p in server.site.start_paths()])
    lines = [
        "[[site]]",
        f'name = "{extra.pop("name", "replica")}"',
        'title = "Bản sao thử nghiệm"',
        'province = "Lạng Sơn"',
        f'base_url = "{server.base_url}/"',
        "start_urls = [" + ", ".join(f'"{u}"' for u in starts) + "]",
        f'profile = "{profile}"',
        f"delay = {extra.pop('delay', 0.0)}",
        f"concurrency = {extra.pop('concurrency', 4)}",
    ]
    for key, value in extra.items():
        if isinstance(value, list):
            lines.append(f"{key} = [" + ", ".join(f'"{v}"' for v in value) + "]")
        elif isinstance(value, bool):
            lines.append(f"{key} = {str(value).lower()}")
        elif isinstance(value, str):
            lines.append(f'{key} = "{value}"')
        else:
            lines.append(f"{key} = {value}")
    return "\n".join(lines) + "\n"


def sites_for(server: ReplicaServer, profile: str = "duk_langson", **extra: Any) -> list[Site]:
    return parse_sources(sources_text(server, profile, **extra))


def run(db: Path, sites: list[Site], *, clock: Clock | None = None,
        settings: CrawlSettings = FAST, **options: Any) -> RunReport:
    return crawl(db, sites, settings=settings, options=CrawlOptions(**options),
                 clock=clock or FakeClock())


def detail_requests(server: ReplicaServer, pattern: str = r"a=detail") -> list[str]:
    return [r.path for r in server.log if re.search(pattern, r.path)]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(url: str, seconds: float = 30, alive: Any = None) -> None:
    """Poll ``url`` until it answers (``alive``: a Popen that must keep running)."""
    import time

    import httpx

    deadline = time.monotonic() + seconds
    while True:
        try:
            httpx.get(url, timeout=2)
            return
        except httpx.TransportError:
            if time.monotonic() > deadline or (alive is not None and alive.poll() is not None):
                raise
            time.sleep(0.2)
