"""The crawl lock: one crawl at a time per archive, whatever path reaches it.

An exclusive ``flock`` on ``<real path of the database>.lock`` (released by the kernel even
after SIGKILL): a symlink, a relative path or ``..`` reach the same lock file. For paths
that reach the same file with another real path (a bind mount, a hard link), the run log
refuses a second start while the first run's process is alive
(:mod:`archiver.crawl.runs`). The lock file also says who holds it and which URLs it has
in flight: a crawl that dies leaves that list for the next one to read.
"""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO

from archiver.clock import utc_now
from archiver.errors import LockError

__all__ = ["CrawlLock"]

_IN_FLIGHT = "in flight:"


class CrawlLock:
    def __init__(self, db_path: Path | str) -> None:
        self.path = Path(f"{Path(db_path).resolve()}.lock")
        self._fh: IO[str] | None = None
        self._holder = ""
        #: The URLs the previous holder had in flight when it stopped (empty when it ended
        #: cleanly): read when the lock is taken.
        self.previous_in_flight: list[str] = []

    def acquire(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fh = open(self.path, "a+")  # noqa: SIM115 - held open for the lock's lifetime
        try:
            fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            fh.seek(0)
            holder = fh.read().split("\n", 1)[0].strip() or "another process"
            fh.close()
            raise LockError(f"another crawl is running on this database ({holder}); "
                            "wait for it to finish") from None
        fh.seek(0)
        lines = fh.read().split("\n")
        if _IN_FLIGHT in lines:
            self.previous_in_flight = [u for u in lines[lines.index(_IN_FLIGHT) + 1:] if u]
        self._fh = fh
        self._holder = f"pid {os.getpid()} since {utc_now()}"
        self.note(())

    def note(self, in_flight: Iterable[str]) -> None:
        """Rewrite the lock file: who holds it and the URLs it has in flight now."""
        if self._fh is None:
            return
        urls = list(in_flight)
        text = self._holder + ("\n" + _IN_FLIGHT + "\n" + "\n".join(urls) if urls else "")
        self._fh.seek(0)
        self._fh.truncate()
        self._fh.write(text + "\n")
        self._fh.flush()

    def release(self) -> None:
        if self._fh is not None:
            self.note(())   # ended cleanly: nothing was in flight
            fcntl.flock(self._fh.fileno(), fcntl.LOCK_UN)
            self._fh.close()
            self._fh = None

    def __enter__(self) -> CrawlLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
