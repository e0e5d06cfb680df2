"""The robots.txt policy: one fetch per host per run, shared by every worker.

The first request for a host stores a future and fetches ``/robots.txt``; every other
request for that host awaits the same future, so two workers never fetch it twice. A 200
is parsed (wildcards, ``$``, ``Crawl-delay``, ``Sitemap:``); a 4xx means no rules; a 5xx
means "keep out" for this run; a host that does not answer at all is marked unreachable.
A ``Crawl-delay`` above the configured delay raises the host's delay.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from urllib.parse import urlsplit

from archiver.config import CrawlSettings
from archiver.crawl.context import Context
from archiver.crawl.report import SiteRun
from archiver.errors import FetchError
from archiver.fetch import Fetcher
from archiver.politeness import RobotsRules
from archiver.urls import canonicalize, host_of, resolve, same_site

__all__ = ["HostRobots", "RobotsPolicy"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class HostRobots:
    """A host's robots.txt as this run read it."""

    rules: RobotsRules
    url: str                        # the robots.txt URL
    error: FetchError | None = None  # why it could not be read


class RobotsPolicy:
    def __init__(self, fetcher: Fetcher, settings: CrawlSettings) -> None:
        self.fetcher = fetcher
        self.settings = settings
        self._hosts: dict[str, asyncio.Future[HostRobots]] = {}

    async def rules_for(self, url: str) -> tuple[HostRobots, bool]:
        """The robots of ``url``'s host, and whether this call is the one that fetched them
        (its caller does the run's bookkeeping: the request, a failure, the sitemaps)."""
        agent = self.settings.user_agent
        if not self.settings.respect_robots:
            return HostRobots(RobotsRules.allow_all(agent), ""), False
        host = host_of(url)
        known = self._hosts.get(host)
        if known is not None:
            return await asyncio.shield(known), False
        future: asyncio.Future[HostRobots] = asyncio.get_running_loop().create_future()
        self._hosts[host] = future
        try:
            robots = await self._fetch(f"{urlsplit(url).scheme}://{host}/robots.txt")
        except BaseException as exc:
            del self._hosts[host]     # cancelled: the next caller tries again
            future.set_exception(exc)
            future.exception()        # retrieved: no "never retrieved" warning
            raise
        future.set_result(robots)
        if robots.rules.crawl_delay:
            self.fetcher.gate.raise_delay(host, robots.rules.crawl_delay)
        return robots, True

    async def check(self, ctx: Context, run: SiteRun, url: str) -> HostRobots:
        """The robots of ``url``'s host, with the site's bookkeeping for it when this call is
        the one that read it: the request counted, a failure recorded, its ``Sitemap:``
        lines queued."""
        robots, first = await self.rules_for(url)
        if not first:
            return robots
        site = run.site
        if robots.error is None:
            run.requests += 1
        else:
            exc = robots.error
            ctx.frontier.record_failure(ctx.run_id, site.name, robots.url, "robots", str(exc),
                                        type(exc).__name__, exc.status,
                                        self.fetcher.attempts.get(robots.url, 1))
            run.counts["failed"] += 1
        with ctx.writer.page():
            for sitemap in robots.rules.sitemaps:
                absolute = resolve(robots.url, sitemap)
                if absolute and same_site(absolute, site.scope_hosts):
                    ctx.frontier.enqueue(canonicalize(absolute, site.scheme, as_written=True),
                                         site=site.name, kind="sitemap", depth=0, run_id=ctx.run_id,
                                         requeue_known=True, parent="robots.txt")
        return robots

    async def _fetch(self, robots_url: str) -> HostRobots:
        agent = self.settings.user_agent
        try:
            raw = await self.fetcher.fetch(robots_url)
        except FetchError as exc:
            log.warning("%s: robots.txt unavailable (%s); not crawling this host this run",
                        host_of(robots_url), exc)
            rules = RobotsRules("User-agent: *\nDisallow: /\n", agent,
                                unreachable=exc.status is None)
            return HostRobots(rules, robots_url, exc)
        if raw.status == 200:
            return HostRobots(RobotsRules(raw.body.decode("utf-8", "replace"), agent),
                              robots_url)
        if 400 <= raw.status < 500:
            return HostRobots(RobotsRules.allow_all(agent), robots_url)
        return HostRobots(RobotsRules.deny_all(agent), robots_url)
