"""Freshness without flags: the daily timer's plain ``archiver crawl`` re-checks recently
published articles every run and every other one on a rolling cycle, with conditional
requests, after the new URLs and within a share of the run's budget — so an edit becomes a
new version and a removal a withdrawal without a separate ``--revisit`` job. And a small
budget archives articles, not only listings."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from archiver.config import parse_sources
from archiver.replica import ReplicaServer
from archiver.replica.generated import GeneratedSite, generated_site
from crawlkit import run, sources_text


def _site(articles: int = 40) -> GeneratedSite:
    # the newest article published an hour ago; one every 9 hours before it, so about the
    # 18 newest are within the last week
    return generated_site(articles=articles, categories=1, per_page=10, pager="numbers",
                          newest=datetime.now() - timedelta(hours=1))


def _crawl(server: ReplicaServer, db: Path, **extra: Any) -> None:
    text = sources_text(server, "auto", start_urls=[server.base_url + "/"], **extra)
    run(db, parse_sources(text))


def _versions(db: Path, path: str, server: ReplicaServer) -> int:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select version_count from articles a join article_urls u on "
                           "u.article_id = a.id where u.url = ?",
                           [server.base_url + path]).fetchone()
        return int(row[0])
    finally:
        conn.close()


def _withdrawn(db: Path, path: str, server: ReplicaServer) -> bool:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select withdrawn_at from articles where url = ?",
                           [server.base_url + path]).fetchone()
        return row is not None and row[0] is not None
    finally:
        conn.close()


def test_edits_and_removals_are_caught_by_the_plain_daily_run(tmp_path: Path) -> None:
    site = _site()
    db = tmp_path / "a.db"
    with ReplicaServer(site) as server:
        _crawl(server, db, recheck_cycle_runs=4)
        ids = list(site.catalog.live_ids())            # newest first
        recent, gone, old = ids[0], ids[1], ids[-1]
        recent_path, gone_path, old_path = (site.detail_path(i) for i in (recent, gone, old))
        site.edit_article(recent, "Đoạn bổ sung sau khi đăng.")
        site.edit_article(old, "Đính chính: số liệu đã được cập nhật.")
        site.remove_article(gone)
        server.reset_log()

        _crawl(server, db, recheck_cycle_runs=4)      # the next day's run, no flags
        assert _versions(db, recent_path, server) == 2         # the edit: a new version
        assert _withdrawn(db, gone_path, server)              # the removal: withdrawn
        rechecked = [r for r in server.log if site.article_id_of(r.path) is not None]
        conditional = [r for r in rechecked if "if-none-match" in r.headers
                       or "if-modified-since" in r.headers]
        # the recent ones fetched whole (the days an article is corrected; a host whose
        # validators never change is caught there), the older ones with conditional
        # requests: unchanged, they answered 304
        assert not [r for r in rechecked if r.path == recent_path and r in conditional]
        assert [r for r in rechecked if r.path == recent_path and r.status == 200]
        assert conditional and all(r.status == 304 for r in conditional
                                   if r.path != old_path)

        # the old article's edit is caught within the rolling cycle (4 runs here)
        for _ in range(4):
            if _versions(db, old_path, server) == 2:
                break
            _crawl(server, db, recheck_cycle_runs=4)
        assert _versions(db, old_path, server) == 2


def test_rechecks_stay_within_their_share_and_after_new_urls(tmp_path: Path) -> None:
    site = _site(60)
    db = tmp_path / "a.db"
    with ReplicaServer(site) as server:
        _crawl(server, db)
        added = site.add_articles(3)
        server.reset_log()
        # one worker: the order requests reach the site is the order they were claimed in
        _crawl(server, db, max_pages=20, recheck_share=0.25, concurrency=1)
        articles = [site.article_id_of(r.path) for r in server.log]
        fetched = [a for a in articles if a is not None]
        known = [a for a in fetched if a not in added]
        assert len(known) <= 5                                # 25% of 20 requests
        assert set(added) <= set(fetched)                     # the new ones all came
        assert all(fetched.index(a) < fetched.index(k) for a in added for k in known)


def test_rechecks_off(tmp_path: Path) -> None:
    site = _site()
    db = tmp_path / "a.db"
    with ReplicaServer(site) as server:
        _crawl(server, db, recheck_share=0)
        server.reset_log()
        _crawl(server, db, recheck_share=0)
        assert not [r for r in server.log if site.article_id_of(r.path) is not None]


def test_a_small_budget_archives_articles_not_only_listings(tmp_path: Path) -> None:
    """The README's trial, ``--max-pages 20`` on a site with more listing pages than that:
    once listings have had half the budget, articles come first."""
    site = generated_site(articles=90, categories=3, per_page=3, pager="next_only")
    with ReplicaServer(site) as server:
        text = sources_text(server, "auto", start_urls=[server.base_url + "/"])
        report = run(tmp_path / "a.db", parse_sources(text), max_pages=20)
    assert report.sites["replica"]["new"] >= 8
    assert any("budget of 20 requests" in n for n in report.notes["replica"])
