"""Politeness: robots.txt, per-host delay and concurrency, Retry-After holds, host backoff.

Every request to a host — pages, redirect hops, robots.txt, sitemaps, retries — takes a
:class:`Turn` at the host's :class:`HostGate` slot. A host with a delay has one turn at a
time: the next request waits until the one before it has been *sent* and the host's delay
has passed since then, whatever the host's concurrency (concurrency bounds the requests in
flight, the delay separates the starts of any two). The fetcher marks a turn sent when the
request's headers have been written (:meth:`Turn.sent`, from httpcore's trace hooks), so
time between deciding to send and sending — a busy event loop, a connection being opened —
never eats into the delay.

A server's Retry-After is a hold: no request to the host before that time, kept in the
archive (``on_hold``) so that a run killed during it leaves it to the next run. A hold longer
than ``max_hold`` gives the host up for the run (its URLs are left for the next).

Time comes from an injectable :class:`~archiver.clock.Clock`, so tests exercise Retry-After and
delays without sleeping in real time (:class:`~archiver.clock.FakeClock`).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import math
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field

from protego import Protego

from archiver.clock import Clock, utc_iso
from archiver.errors import HostGaveUpError

__all__ = ["HostGate", "HostState", "OnHold", "RobotsRules", "Turn"]

log = logging.getLogger(__name__)

#: ``on_hold(host, not_before, reason)``: a host asked for no request before ``not_before``
#: (wall-clock seconds since the epoch); the crawler keeps it for the next runs.
OnHold = Callable[[str, float, str], None]


@dataclass
class HostState:
    delay: float
    semaphore: asyncio.Semaphore
    last_sent: float = -math.inf     # clock time the last request to the host was sent
    sending: bool = False            # a request holds the host's turn and is not sent yet
    turn_free: asyncio.Event = field(default_factory=asyncio.Event)   # set: nobody holds it
    paused_until: float = 0.0        # Retry-After hold / backoff pause (clock time)
    consecutive_failures: int = 0
    failing_since: float = 0.0       # clock time of the first of the consecutive failures
    given_up: str | None = None      # why no more requests go to the host this run
    requests: int = 0

    def __post_init__(self) -> None:
        self.turn_free.set()


class Turn:
    """One request's turn at its host. :meth:`sent` is called when the request has left (its
    headers written): the host's delay counts from then, and the next request to the host
    waits for it. A turn that ends without being marked (the connection failed, a transport
    that does not report) counts as sent when it ends."""

    __slots__ = ("_clock", "_exclusive", "_state", "sent_at")

    def __init__(self, state: HostState, clock: Clock, exclusive: bool) -> None:
        self._state = state
        self._clock = clock
        self._exclusive = exclusive   # the next request waits for this one to leave
        self.sent_at: float | None = None
        if exclusive:
            state.sending = True
            state.turn_free.clear()

    async def ready(self) -> None:
        """Wait until the host's delay has passed since the request before was sent. A slot
        taken ``late`` leaves the last moments of the delay to this, called right before the
        request's headers are written; otherwise there is nothing left to wait for."""
        state = self._state
        while (wait := state.last_sent + state.delay - self._clock.now()) > 0:
            await self._clock.sleep(wait)

    def sent(self) -> None:
        if self.sent_at is not None:
            return
        self.sent_at = now = self._clock.now()
        state = self._state
        state.last_sent = max(state.last_sent, now)
        if self._exclusive:
            state.sending = False
            state.turn_free.set()


@dataclass
class HostGate:
    """Per-host concurrency limit plus a minimum gap between the moments requests are sent.

    ``async with gate.slot(host) as turn`` waits for a free slot, for the host's turn (the
    request before has been sent), for its delay and for any hold to pass; the request then
    calls ``turn.sent()`` when it leaves.
    """

    clock: Clock
    default_delay: float = 1.0
    default_concurrency: int = 2
    failure_threshold: int = 5
    backoff_max: float = 300.0
    give_up_after: float = 600.0
    max_hold: float = 600.0          # a Retry-After beyond this gives the host up for the run
    on_hold: OnHold | None = None
    hosts: dict[str, HostState] = field(default_factory=dict)
    #: hosts whose robots.txt Crawl-delay slowed them: (the delay configured, the one asked)
    paced: dict[str, tuple[float, float]] = field(default_factory=dict)

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
            self.paced[host] = (self.paced.get(host, (state.delay, delay))[0], delay)
            state.delay = delay

    def pause(self, host: str, seconds: float) -> None:
        """Hold every request to ``host`` for ``seconds`` (our own backoff, this run only)."""
        state = self._state(host)
        state.paused_until = max(state.paused_until, self.clock.now() + seconds)

    def hold(self, host: str, seconds: float, reason: str, *, keep: bool = True) -> None:
        """The host asked for no request for ``seconds`` (Retry-After). Beyond ``max_hold``
        it is given up for this run. ``keep``: hand the not-before time to ``on_hold``, so
        that the next run holds it too if this one ends first."""
        seconds = max(0.0, seconds)
        not_before = self.clock.wall() + seconds
        state = self._state(host)
        if seconds > self.max_hold:
            if state.given_up is None:
                log.warning("%s: %s: no request before %s; left for the next run", host,
                            reason, utc_iso(not_before))
                state.given_up = (f"asked for no request before {utc_iso(not_before)} "
                                  f"({reason}) and was left alone for this run")
        else:
            self.pause(host, seconds)
        if keep and self.on_hold is not None:
            self.on_hold(host, not_before, reason)

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
            state.given_up = (f"kept failing and was given up for this run after "
                              f"{self.give_up_after:.0f}s")
            return
        if state.consecutive_failures >= self.failure_threshold:
            extra = min(self.backoff_max,
                        max(state.delay, 1.0) * 2 ** (state.consecutive_failures
                                                      - self.failure_threshold))
            log.warning("%s: %d failures in a row, backing off %.0fs", host,
                        state.consecutive_failures, extra)
            self.pause(host, extra)

    def gave_up(self, host: str) -> bool:
        return host in self.hosts and self.hosts[host].given_up is not None

    def why_given_up(self, host: str) -> str | None:
        state = self.hosts.get(host)
        return state.given_up if state is not None else None

    #: how much of the delay a ``late`` slot leaves to :meth:`Turn.ready` (seconds)
    LATE = 0.25

    @contextlib.asynccontextmanager
    async def slot(self, host: str, *, late: bool = False) -> AsyncIterator[Turn]:
        """``late``: the slot is given up to :attr:`LATE` seconds before the delay has
        passed, and the caller awaits :meth:`Turn.ready` right before the request leaves
        (the fetcher does so from httpcore's trace hook, once a connection is in hand). On
        a busy event loop, the steps between a turn and the send — a connection taken from
        its pool, each lock on the way — each wait their turn in the loop; done inside the
        delay, they no longer add to it."""
        state = self._state(host)
        lead = self.LATE if late else 0.0
        async with state.semaphore:
            while True:
                if state.given_up:
                    raise HostGaveUpError(f"{host} {state.given_up}: left for the next run")
                if state.sending:          # the request before has not left yet
                    await state.turn_free.wait()
                    continue
                wait = max(state.last_sent + state.delay - lead, state.paused_until) \
                    - self.clock.now()
                if wait <= 0:
                    break
                await self.clock.sleep(wait)
            state.requests += 1
            # with no delay (politeness off) nothing separates requests: no turn to wait for
            turn = Turn(state, self.clock, exclusive=state.delay > 0)
            try:
                yield turn
            finally:
                turn.sent()


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
