"""Politeness: robots.txt, per-host delay and concurrency, Retry-After pauses, host backoff.

Time comes from an injectable :class:`~archiver.clock.Clock`, so tests exercise Retry-After and
delays without sleeping in real time (:class:`~archiver.clock.FakeClock`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator
from dataclasses import dataclass, field

from protego import Protego

from archiver.clock import Clock
from archiver.errors import HostGaveUpError

__all__ = ["HostGate", "HostState", "RobotsRules"]

log = logging.getLogger(__name__)


@dataclass
class HostState:
    delay: float
    semaphore: asyncio.Semaphore
    next_start: float = 0.0          # earliest start of the next request (clock time)
    paused_until: float = 0.0        # Retry-After / backoff pause
    consecutive_failures: int = 0
    failing_since: float = 0.0       # clock time of the first of the consecutive failures
    given_up: bool = False           # failed for too long: no more requests this run
    requests: int = 0


@dataclass
class HostGate:
    """Per-host concurrency limit plus a minimum gap between request starts.

    ``async with gate.slot(host)`` waits for a free slot and for the host's delay (and any
    Retry-After pause) to pass, then lets one request through.
    """

    clock: Clock
    default_delay: float = 1.0
    default_concurrency: int = 2
    failure_threshold: int = 5
    backoff_max: float = 300.0
    give_up_after: float = 600.0
    hosts: dict[str, HostState] = field(default_factory=dict)

    def configure(self, host: str, *, delay: float, concurrency: int) -> None:
        state = self.hosts.get(host)
        if state is None:
            self.hosts[host] = HostState(delay=delay, semaphore=asyncio.Semaphore(concurrency))
        else:
            state.delay = max(state.delay, delay)

    def _state(self, host: str) -> HostState:
        if host not in self.hosts:
            self.configure(host, delay=self.default_delay, concurrency=self.default_concurrency)
        return self.hosts[host]

    def raise_delay(self, host: str, delay: float) -> None:
        """robots.txt Crawl-delay: never go faster than the site asks."""
        state = self._state(host)
        if delay > state.delay:
            log.info("%s: Crawl-delay %.1fs raises the per-host delay", host, delay)
            state.delay = delay

    def pause(self, host: str, seconds: float) -> None:
        """Hold every request to ``host`` for ``seconds`` (Retry-After)."""
        state = self._state(host)
        state.paused_until = max(state.paused_until, self.clock.now() + seconds)

    def record_result(self, host: str, ok: bool) -> None:
        """Track consecutive failures; a host that keeps failing is backed off exponentially,
        and given up for the run once it has failed for ``give_up_after`` seconds."""
        state = self._state(host)
        if ok:
            state.consecutive_failures = 0
            return
        now = self.clock.now()
        if state.consecutive_failures == 0:
            state.failing_since = now
        state.consecutive_failures += 1
        if state.consecutive_failures >= self.failure_threshold \
                and now - state.failing_since >= self.give_up_after and not state.given_up:
            log.warning("%s: failing for %.0fs (%d failures in a row); giving it up for this "
                        "run", host, now - state.failing_since, state.consecutive_failures)
            state.given_up = True
            return
        if state.consecutive_failures >= self.failure_threshold:
            extra = min(self.backoff_max,
                        max(state.delay, 1.0) * 2 ** (state.consecutive_failures
                                                      - self.failure_threshold))
            log.warning("%s: %d failures in a row, backing off %.0fs", host,
                        state.consecutive_failures, extra)
            self.pause(host, extra)

    def gave_up(self, host: str) -> bool:
        return host in self.hosts and self.hosts[host].given_up

    @contextlib.asynccontextmanager
    async def slot(self, host: str) -> AsyncIterator[None]:
        state = self._state(host)
        if state.given_up:
            raise HostGaveUpError(f"{host} kept failing: left for the next run")
        async with state.semaphore:
            while True:
                if state.given_up:
                    raise HostGaveUpError(f"{host} kept failing: left for the next run")
                now = self.clock.now()
                wait = max(state.next_start, state.paused_until) - now
                if wait <= 0:
                    break
                await self.clock.sleep(wait)
            state.next_start = self.clock.now() + state.delay
            state.requests += 1
            yield


class RobotsRules:
    """Parsed robots.txt for one host (Protego: wildcards, ``$``, Crawl-delay, Sitemap)."""

    def __init__(self, text: str | None, user_agent: str, *, unreachable: bool = False) -> None:
        self.text = text
        self.unreachable = unreachable   # the host did not answer at all
        self._agent = user_agent.split("/")[0]
        self._parser = Protego.parse(text) if text else None

    @classmethod
    def allow_all(cls, user_agent: str) -> RobotsRules:
        return cls(None, user_agent)

    @classmethod
    def deny_all(cls, user_agent: str) -> RobotsRules:
        return cls("User-agent: *\nDisallow: /\n", user_agent)

    def allowed(self, url: str) -> bool:
        if self._parser is None:
            return True
        return bool(self._parser.can_fetch(url, self._agent))

    @property
    def crawl_delay(self) -> float | None:
        if self._parser is None:
            return None
        delay = self._parser.crawl_delay(self._agent)
        return float(delay) if delay is not None else None

    @property
    def sitemaps(self) -> list[str]:
        if self._parser is None:
            return []
        return list(self._parser.sitemaps)
