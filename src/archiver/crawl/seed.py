"""Seeding: what a site's frontier holds before its workers start."""

from __future__ import annotations

import logging

from archiver.clock import utc_iso
from archiver.config import DEFAULT_MAX_PAGES, Site
from archiver.crawl.frontier import Frontier
from archiver.crawl.report import CrawlOptions, SiteRun
from archiver.crawl.validators import HostValidators
from archiver.crawl.writer import PageWriter
from archiver.politeness import HostGate
from archiver.profiles import load_profile
from archiver.urls import canonicalize

__all__ = ["schedule_rechecks", "seed"]

log = logging.getLogger(__name__)


def seed(site: Site, *, frontier: Frontier, writer: PageWriter, gate: HostGate,
         options: CrawlOptions, run_id: int, validators: HostValidators | None = None,
         now: float | None = None) -> SiteRun:
    """The site's run state, with its start URLs, sitemaps and feeds queued (listings and
    sitemaps again each run), its failed URLs queued again, and its known articles when a
    revisit is due (``--revisit``, or ``revisit_days``) or a re-check (the daily timer's:
    :func:`schedule_rechecks`, by the wall clock ``now``). A site whose host was caught
    answering 304 for changed pages (``validators``) has them re-checked whole."""
    whole = validators is not None and validators.any_untrusted(site.scope_hosts)
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
            frontier.enqueue(canonicalize(url, scheme, as_written=True), site=site.name,
                             kind="sitemap",
                             depth=0, run_id=run_id, requeue_known=True)
        for url in site.feeds:
            frontier.enqueue(canonicalize(url, scheme), site=site.name, kind="feed",
                             depth=0, run_id=run_id, requeue_known=True)
    frontier.requeue(site.name, kinds=("article", "listing"), states=("failed",))
    if options.revisit or site.revisit_days is not None:
        frontier.requeue(site.name, kinds=("article",), states=("done",), whole=whole,
                         fetched_before=None if options.revisit else
                         Frontier.cutoff(site.revisit_days or 0))
        # (the recent ones whole, as the daily re-checks ask for them)
        frontier.recent_whole(site.name, _recent_since(site, now))
    elif site.recheck_share > 0 and not options.skip_start:
        schedule_rechecks(site, frontier, run, now=now, whole=whole)
    return run


def _recent_since(site: Site, now: float | None) -> str:
    """The day from which an article is recent (``recheck_recent_days`` before ``now``)."""
    return (Frontier.cutoff(site.recheck_recent_days) if now is None else
            utc_iso(now - site.recheck_recent_days * 86_400))[:10]


def schedule_rechecks(site: Site, frontier: Frontier, run: SiteRun, *,
                      now: float | None = None, whole: bool = False) -> None:
    """The daily timer's freshness: articles published in the last ``recheck_recent_days``
    before ``now`` (wall-clock seconds; the present by default) are checked again every
    run, whole (the days an article is corrected, and a host whose validators do not
    change with its pages is caught there); every other one once in ``recheck_cycle_runs``
    runs (the longest unchecked first), with conditional requests (``whole``: without);
    within ``recheck_share`` of the run's budget, after the run's new URLs. An edit becomes
    a new version, a removal a withdrawal."""
    archived = frontier.conn.execute(
        "select count(*) from articles where site = ? and withdrawn_at is null",
        [site.name]).fetchone()[0]
    if not archived:
        return
    cap = int(run.budget * site.recheck_share)
    rolling = -(-int(archived) // site.recheck_cycle_runs)
    since = _recent_since(site, now)
    recent, older = frontier.schedule_rechecks(site.name, recent_since=since, rolling=rolling,
                                               cap=cap, whole=whole)
    run.rechecks = recent + older
    log.info("%s: %d recent and %d older articles queued to be checked again", site.name,
             recent, older)
