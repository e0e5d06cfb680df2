"""Page reading beside the crawler: worker processes read listings and articles as the
crawler itself would, and a worker that dies leaves the work to the crawler."""

from __future__ import annotations

import asyncio
import functools
import logging
import os

import pytest

from archiver.crawl.workers import ExtractionPool
from archiver.discover import Links, read_listing
from test_discover import BASE, HOSTS, LISTING

BODY = LISTING.encode()
JSON_BODY = b'{"items": [{"url": "/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=7"}]}'


def exit_if_worker(parent: int) -> str:
    """Kills the worker process it runs in; in the crawler's own process, returns."""
    if os.getpid() != parent:
        os._exit(1)
    return "in the crawler"


async def read(pool: ExtractionPool, body: bytes = BODY, *, is_json: bool = False) -> Links:
    return await pool.links(body, BASE, "text/html; charset=utf-8", is_json=is_json,
                            hosts=HOSTS, scheme="http", rules=None, sections=False)


def expected(body: bytes = BODY, *, is_json: bool = False) -> Links:
    return read_listing(body, BASE, "text/html; charset=utf-8", is_json=is_json, hosts=HOSTS,
                        scheme="http", rules=None, sections=False)


def test_without_workers_listings_are_read_in_the_crawler() -> None:
    pool = ExtractionPool(0)
    try:
        links = asyncio.run(read(pool))
        assert links == expected() and links.articles
        assert asyncio.run(read(pool, JSON_BODY, is_json=True)) == expected(JSON_BODY,
                                                                            is_json=True)
        assert asyncio.run(read(pool, b"{not json", is_json=True)) == Links()
    finally:
        pool.close()


def test_a_worker_reads_a_listing_as_the_crawler_would(caplog: pytest.LogCaptureFixture,
                                                       ) -> None:
    pool = ExtractionPool(1)
    try:
        async def go() -> tuple[Links, str, Links, Links]:
            in_worker = await read(pool)
            # the worker dies: the crawler says so once and reads pages itself from then on
            died = await pool._run(functools.partial(exit_if_worker, os.getpid()))
            return in_worker, died, await read(pool), await read(pool)

        with caplog.at_level(logging.WARNING, logger="archiver.crawl.workers"):
            in_worker, died, after, again = asyncio.run(go())
        assert in_worker == expected() and in_worker.articles
        assert died == "in the crawler"
        assert after == again == expected()
        warnings = [r for r in caplog.records if "worker died" in r.getMessage()]
        assert len(warnings) == 1
    finally:
        pool.close()
