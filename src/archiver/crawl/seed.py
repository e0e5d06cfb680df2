"""Seeding: what a site's frontier holds before its workers start."""

from __future__ import annotations

from archiver.config import DEFAULT_MAX_PAGES, Site
from archiver.crawl.frontier import Frontier
from archiver.crawl.report import CrawlOptions, SiteRun
from archiver.crawl.writer import PageWriter
from archiver.politeness import HostGate
from archiver.profiles import load_profile
from archiver.urls import canonicalize

__all__ = ["seed"]


def seed(site: Site, *, frontier: Frontier, writer: PageWriter, gate: HostGate,
         options: CrawlOptions, run_id: int) -> SiteRun:
    """The site's run state, with its start URLs, sitemaps and feeds queued (listings and
    sitemaps again each run), its failed URLs queued again, and its known articles when a
    revisit is due (``--revisit``, or ``revisit_days``)."""
    run = SiteRun(site, budget=options.max_pages or site.max_pages or DEFAULT_MAX_PAGES,
                  profile=site.profile)
    if site.profile not in ("auto", "auto-only"):
        run.rules = load_profile(site.profile).listing
    for host in site.scope_hosts:
        gate.configure(host, delay=site.delay, concurrency=site.concurrency)
    scheme = site.scheme
    with writer.page():
        for url in options.extra_articles.get(site.name, ()):
            frontier.enqueue(canonicalize(url, scheme), site=site.name, kind="article",
                             depth=0, run_id=run_id)
        if options.skip_start:
            return run
        for url in site.start_urls:
            if frontier.enqueue(canonicalize(url, scheme), site=site.name, kind="listing",
                                depth=0, run_id=run_id, requeue_known=True):
                run.counts["discovered"] += 1
        for url in site.sitemaps:
            frontier.enqueue(canonicalize(url, scheme), site=site.name, kind="sitemap",
                             depth=0, run_id=run_id, requeue_known=True)
        for url in site.feeds:
            frontier.enqueue(canonicalize(url, scheme), site=site.name, kind="feed",
                             depth=0, run_id=run_id, requeue_known=True)
    frontier.requeue(site.name, kinds=("article", "listing"), states=("failed",))
    if options.revisit:
        frontier.requeue(site.name, kinds=("article",), states=("done",))
    elif site.revisit_days is not None:
        frontier.requeue(site.name, kinds=("article",), states=("done",),
                         fetched_before=Frontier.cutoff(site.revisit_days))
    return run
