"""Extraction beside the crawler: worker processes that turn article responses into records
while the crawler's own thread goes on fetching and writing.

With no workers (the default below 4 CPUs) pages are extracted in the crawler itself. A
worker that dies (out of memory, killed) is not retried: the crawler extracts in-process
from then on, and says so once.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from archiver.extract import ExtractedPage, extract_page

__all__ = ["ExtractionPool"]

log = logging.getLogger(__name__)


class ExtractionPool:
    def __init__(self, workers: int) -> None:
        self._pool: ProcessPoolExecutor | None = None
        if workers > 0:
            self._pool = ProcessPoolExecutor(
                workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init_worker, initargs=(logging.getLogger().level, os.getpid()))

    async def extract(self, body: bytes, url: str, profile: str,
                      content_type: str | None) -> ExtractedPage:
        """:func:`archiver.extract.extract_page`, in a worker process when there is one."""
        if self._pool is not None:   # extraction on another core while this one fetches
            try:
                return await asyncio.get_running_loop().run_in_executor(
                    self._pool, extract_page, body, url, profile, content_type)
            except BrokenProcessPool:
                log.warning("extraction worker died; extracting in the crawler from now on")
                self._pool = None
        return extract_page(body, url, profile, content_type)

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
