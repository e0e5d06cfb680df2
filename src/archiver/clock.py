"""Time: the injectable monotonic clock the crawler waits on, and wall-clock timestamps.

:class:`Clock` is real time; :class:`FakeClock` advances only when slept, so tests exercise
delays, Retry-After and backoff without waiting. :func:`utc_now` is the one format for the
timestamps archiver records (ISO 8601, UTC, seconds, ``Z``).
"""

from __future__ import annotations

import asyncio
import time
from datetime import UTC, datetime, timedelta

__all__ = ["Clock", "FakeClock", "parse_utc", "utc_iso", "utc_now", "utc_time_ago"]


def utc_now() -> str:
    """``2026-12-05T21:09:38Z``."""
    return _iso(datetime.now(UTC))


def utc_iso(epoch: float) -> str:
    """Wall-clock seconds as ``2026-12-05T21:09:38.125Z`` (milliseconds: a not-before time
    a second early would be a second too early)."""
    when = datetime.fromtimestamp(epoch, UTC)
    return when.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_utc(text: str) -> float:
    """The wall-clock seconds of a timestamp written by :func:`utc_iso` or :func:`utc_now`."""
    when = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return (when if when.tzinfo else when.replace(tzinfo=UTC)).timestamp()


def utc_time_ago(days: float) -> str:
    """:func:`utc_now` of ``days`` ago."""
    return _iso(datetime.now(UTC) - timedelta(days=days))


def _iso(when: datetime) -> str:
    return when.isoformat(timespec="seconds").replace("+00:00", "Z")


class Clock:
    """Real time. ``now`` is monotonic seconds; ``wall`` seconds since the epoch (for times
    kept beyond a run); ``sleep`` is asyncio.sleep."""

    def now(self) -> float:
        return time.monotonic()

    def wall(self) -> float:
        return time.time()

    async def sleep(self, seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)


class FakeClock(Clock):
    """Time that advances only when slept: records every sleep, never waits."""

    def __init__(self, start: float = 1000.0, wall: float | None = None) -> None:
        self.t = start
        self.start = start
        # its wall clock starts at the real time (or ``wall``: a day to be, in a test of the
        # daily run) and moves with it
        self.wall0 = time.time() if wall is None else wall
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.t

    def wall(self) -> float:
        return self.wall0 + (self.t - self.start)

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        if seconds > 0:
            self.t += seconds
        await asyncio.sleep(0)
