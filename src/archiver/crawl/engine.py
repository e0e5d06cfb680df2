"""The crawler: a run's lifecycle.

``Crawler.run()`` takes the crawl lock, records the run (settling one that died), seeds every
site (:mod:`~archiver.crawl.seed`), crawls them all at once (:mod:`~archiver.crawl.sites`),
commits, records how the run ended and brings the captures' CDXJ indexes up to date. Only
storage errors (a full disk) stop a run (``failed``); an unexpected error outside a page
marks it ``crashed`` and is raised; SIGTERM or Ctrl-C end it ``interrupted``. The next
run resumes in every case.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
import sqlite3
import time
from pathlib import Path
from typing import Any

import httpx

from archiver.captures import CaptureStore
from archiver.clock import Clock
from archiver.config import CrawlSettings, Site
from archiver.crawl.context import Context
from archiver.crawl.frontier import Frontier
from archiver.crawl.holds import Holds
from archiver.crawl.lock import CrawlLock
from archiver.crawl.report import CrawlOptions, Progress, RunReport, SiteRun
from archiver.crawl.robots import RobotsPolicy
from archiver.crawl.runs import RunLog
from archiver.crawl.seed import seed
from archiver.crawl.sites import SiteCrawler, summarize
from archiver.crawl.validators import HostValidators
from archiver.crawl.workers import ExtractionPool
from archiver.crawl.writer import PageWriter
from archiver.errors import StorageError
from archiver.fetch import Fetcher
from archiver.models import RunStatus
from archiver.politeness import HostGate
from archiver.store import Archive, capture_dir_for, open_archive

__all__ = ["Crawler", "crawl"]

log = logging.getLogger(__name__)


class Crawler:
    #: SQLite page cache of a crawl, KiB. Measured on the 5,000- and 20,000-article crawl
    #: benchmark: 64 MiB peaked at 120 / 151 MB RSS, 16 MiB at 71 / 95 MB, equally fast.
    CACHE_KIB = 16384

    def __init__(self, db_path: Path | str, sites: list[Site], *,
                 settings: CrawlSettings | None = None, options: CrawlOptions | None = None,
                 clock: Clock | None = None, transport: httpx.AsyncBaseTransport | None = None,
                 progress: Progress | None = None) -> None:
        self.db_path = Path(db_path)
        self.sites = sites
        self.settings = settings or CrawlSettings()
        self.options = options or CrawlOptions()
        self.clock = clock or Clock()
        self.transport = transport
        self.progress = progress
        self.db = open_archive(self.db_path, mode="create", cache_kib=self.CACHE_KIB)
        self.frontier = Frontier(self.db)
        self.holds = Holds(self.db.conn)
        self.validators = HostValidators(self.db.conn, self.clock.wall())
        self.archive = Archive(self.db)
        self.captures = CaptureStore(self.db, self.options.capture_dir
                                     or capture_dir_for(self.db_path))
        self.lock = CrawlLock(self.db_path)
        self.run_id = 0
        self.gate: HostGate | None = None
        self.writer = PageWriter(self.db.conn, self.frontier, self.archive,
                                 run_id=lambda: self.run_id, attempts=self._attempts)

    def _keep_hold(self, host: str, not_before: float, reason: str) -> None:
        """A host's Retry-After, committed at once: a run killed a moment later still leaves
        it to the next."""
        with self.writer.page():
            self.holds.keep(host, not_before, reason, self.run_id)
        self.writer.commit()

    def _attempts(self, url: str) -> int:
        fetcher: Fetcher | None = getattr(self, "fetcher", None)
        return fetcher.attempts.get(url, 1) if fetcher is not None else 1

    # -- the run ---------------------------------------------------------------------------
    def run(self) -> RunReport:
        with self.lock:
            try:
                return asyncio.run(self._run())
            finally:   # however the run ended, what it captured becomes replayable
                _index_captures(self.captures)
                self._close()

    def _close(self) -> None:
        """Checkpoint the WAL into the file (a copy to read-only media then holds it all)
        and close the connection."""
        with contextlib.suppress(sqlite3.Error):
            self.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.db.close()

    async def _run(self) -> RunReport:
        started = time.monotonic()
        runs_log = RunLog(self.db.conn)
        self.run_id = runs_log.start([s.name for s in self.sites],
                                     self.lock.previous_in_flight)
        gate = self.gate = HostGate(
            self.clock, failure_threshold=self.settings.host_failure_threshold,
            give_up_after=self.settings.host_give_up_after,
            max_hold=self.settings.max_retry_after, on_hold=self._keep_hold)
        now = self.clock.wall()
        runs = [seed(site, frontier=self.frontier, writer=self.writer, gate=gate,
                     options=self.options, run_id=self.run_id, validators=self.validators,
                     now=now) for site in self.sites]
        # a Retry-After an earlier run received and did not outlive still holds
        for host, (not_before, reason) in self.holds.pending(now).items():
            gate.hold(host, not_before - now, reason, keep=False)
        status: RunStatus = "completed"
        task = asyncio.current_task()
        loop = asyncio.get_running_loop()
        with contextlib.suppress(NotImplementedError, RuntimeError):
            loop.add_signal_handler(signal.SIGTERM, lambda: task.cancel() if task else None)
        pool = ExtractionPool(self.settings.extract_workers)
        try:
            async with Fetcher(self.settings, gate, self.clock, self.transport) as fetcher:
                self.fetcher = fetcher
                for site in self.sites:
                    fetcher.add_headers(site.scope_hosts, site.headers)
                context = Context(self.writer, self.frontier, self.archive, self.captures,
                                  pool, self.options, self.run_id, self.validators)
                sites = SiteCrawler(context, fetcher, RobotsPolicy(fetcher, self.settings),
                                    gate, self.lock, self.progress)
                await asyncio.gather(*(sites.crawl(r) for r in runs))
            self.writer.commit()
        except asyncio.CancelledError:
            status = "interrupted"
            self.writer.commit()
        except StorageError as exc:
            self._stop(runs_log, runs, "failed", started, f"storage: {exc}")
            raise
        except Exception as exc:
            self._stop(runs_log, runs, "crashed", started,
                       f"{type(exc).__name__}: {exc}\n{summarize(exc)}")
            raise
        finally:
            with contextlib.suppress(NotImplementedError, RuntimeError):
                loop.remove_signal_handler(signal.SIGTERM)
            pool.close()
        return self._finish(runs_log, runs, status, started,
                            "interrupted (SIGTERM or Ctrl-C); the next run resumes"
                            if status == "interrupted" else None)

    def _stop(self, runs_log: RunLog, runs: list[SiteRun], status: RunStatus, started: float,
              error: str) -> None:
        """The run cannot go on: drop what is not committed and record why."""
        self.writer.rollback()
        self._finish(runs_log, runs, status, started, error)

    def _finish(self, runs_log: RunLog, runs: list[SiteRun], status: RunStatus,
                started: float, error: str | None) -> RunReport:
        report = RunReport(self.run_id, {r.site.name: r.counts for r in runs},
                           time.monotonic() - started, sum(r.requests for r in runs), status,
                           {r.site.name: r.notes for r in runs if r.notes}, error,
                           dict(self.gate.paced) if self.gate is not None else {})
        try:
            runs_log.finish(self.run_id, status, report.exit_code, report.sites,
                            {r.site.name: r.started_at for r in runs}, report.notes, error)
        except StorageError as exc:
            log.error("could not record the run: %s", exc)
        return report

def _index_captures(captures: CaptureStore) -> None:
    """The CDXJ indexes of the run's WARC files (and of any a killed run left), after the run
    and still under its lock."""
    try:
        captures.close()
    except (StorageError, OSError) as exc:
        log.error("could not index the captures: %s", exc)


def crawl(db_path: Path | str, sites: list[Site], **kwargs: Any) -> RunReport:
    """Crawl ``sites`` into the archive at ``db_path``. See :class:`Crawler` for options."""
    return Crawler(db_path, sites, **kwargs).run()
