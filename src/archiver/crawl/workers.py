"""Page reading beside the crawler: worker processes that turn article responses into
records and listing responses into links, while the crawler's own thread goes on fetching
and writing.

With no workers pages are read in the crawler itself. A worker that dies (out of memory,
killed) is not retried: the crawler reads pages in-process from then on, and says so once.
How many workers ``archiver crawl`` starts is :func:`archiver.config.default_extract_workers`.
"""

from __future__ import annotations

import asyncio
import functools
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

from archiver.discover import ItemPattern, Links, read_listing
from archiver.extract import ExtractedPage, extract_page
from archiver.profiles import ListingRules

__all__ = ["ExtractionPool"]

log = logging.getLogger(__name__)

T = TypeVar("T")


class ExtractionPool:
    def __init__(self, workers: int) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(logging.getLogger().level, os.getpid()))

    async def _run(self, work: Callable[[], T]) -> T:
        """``work`` (a picklable partial) in a worker process when there is one."""
        if self._pool is not None:   # on another core while this one fetches
            try:
                return await asyncio.get_running_loop().run_in_executor(self._pool, work)
            except BrokenProcessPool:
                log.warning("extraction worker died; reading pages in the crawler from now on")
                self._pool = None
        return work()

    async def extract(self, body: bytes, url: str, profile: str,
                      content_type: str | None) -> ExtractedPage:
        """:func:`archiver.extract.extract_page`, in a worker process when there is one."""
        return await self._run(functools.partial(extract_page, body, url, profile,
                                                 content_type))

    async def links(self, body: bytes, url: str, content_type: str | None, *, is_json: bool,
                    hosts: frozenset[str], scheme: str | None, rules: ListingRules | None,
                    sections: bool, items: frozenset[ItemPattern] = frozenset()) -> Links:
        """:func:`archiver.discover.read_listing`, in a worker process when there is one."""
        return await self._run(functools.partial(
            read_listing, body, url, content_type, is_json=is_json, hosts=hosts,
            scheme=scheme, rules=rules, sections=sections, items=items))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None


def _init_worker(level: int, parent: int) -> None:
    """Worker processes log like the parent (warnings about pages go to stderr) and exit
    when the crawler dies, even by SIGKILL, instead of lingering as orphans."""

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()
    root = logging.getLogger()
    if not root.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
        root.addHandler(handler)
    root.setLevel(level)
