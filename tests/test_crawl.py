"""End-to-end crawls of the replica over real sockets (clock injected: no real sleeping)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest

from archiver.clock import FakeClock
from archiver.config import CrawlSettings
from archiver.crawl.lock import CrawlLock
from archiver.errors import LockError
from archiver.replica import ReplicaServer, langson_site
from archiver.replica.families import family_site
from crawlkit import FAST, detail_requests, run, sites_for

SEED_ID = 2743


def ids_of(server: ReplicaServer) -> list[int]:
    return [int(m.group(1)) for p in server.site.article_paths()
            if (m := re.search(r"[?&]id=(\d+)", p))]


def like(article_id: int) -> str:
    return f"%&id={article_id}&%"


def articles(db: Path) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute("select * from articles order by url").fetchall()
    finally:
        conn.close()


def scalar(db: Path, sql: str, *params: object) -> object:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchone()[0]
    finally:
        conn.close()


def test_crawl_archives_every_article_once(langson: ReplicaServer, tmp_path: Path) -> None:
    langson.site.sitemap = False  # type: ignore[attr-defined]  # listings and pagination only
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    live = langson.site.article_paths()
    assert len(live) >= 60
    assert report.exit_code == 0
    assert scalar(db, "select count(*) from articles") == len(live)
    # every article fetched exactly once; listings walked through their pagination
    details = detail_requests(langson)
    assert sorted(set(details)) == sorted(details)
    assert any("page=" in r.path for r in langson.log)
    # robots.txt: print views and /Admin/ are linked but never requested
    assert not [r.path for r in langson.log if "a=print" in r.path or "/Admin/" in r.path]
    assert report.totals()["new"] == len(live)
    seed = sqlite3.connect(db).execute(
        "select title, published_at, author, author_unit, category, captions from articles "
        "where url like ?", (like(SEED_ID),)).fetchone()
    assert seed[0] == ("Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác "
                       "6 tháng đầu năm 2023")
    assert seed[1:5] == ("2023-06-14T14:15:00+07:00", "Phạm Thảo",
                         "Chi bộ Sở Thông tin và Truyền thông",
                         "Hoạt động của các tổ chức Đảng cơ sở")
    assert "chủ trì Hội nghị" in seed[5]


def test_user_agent_identifies_project(langson: ReplicaServer, tmp_path: Path) -> None:
    run(tmp_path / "a.db", sites_for(langson), max_pages=3)
    agents = {r.headers.get("User-Agent") or r.headers.get("user-agent") for r in langson.log}
    assert len(agents) == 1
    agent = agents.pop()
    assert agent is not None and re.match(r"archiver/\d+\.\d+\.\d+ \(\+https?://", agent)


def test_recrawl_unchanged_is_cheap_and_leaves_db_identical(langson: ReplicaServer,
                                                           tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    # discovery alone: the daily re-checks (their own tests) are off
    sites = sites_for(langson, recheck_share=0)
    run(db, sites)
    before = articles(db)
    langson.reset_log()
    report = run(db, sites)
    assert report.exit_code == 0
    assert detail_requests(langson) == []
    # robots.txt + one (conditional) request per category listing + sitemap
    assert len(langson.log) <= len(langson.site.start_paths()) + 3
    assert articles(db) == before


def test_new_articles_are_fetched_and_nothing_else(langson: ReplicaServer,
                                                   tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    # discovery alone: the daily re-checks (their own tests) are off
    sites = sites_for(langson, recheck_share=0)
    run(db, sites)
    new_ids = langson.site.add_articles(10)
    langson.reset_log()
    report = run(db, sites)
    fetched = detail_requests(langson)
    assert report.totals()["new"] == 10
    assert len(fetched) == 10
    assert {int(m.group(1)) for p in fetched if (m := re.search(r"[?&]id=(\d+)", p))} \
        == set(new_ids)
    # the listing walks stop at archived pages although the "Tin mới" sidebar of every
    # page links the new articles: a few requests per category, not every listing page
    listings = [r.path for r in langson.log if "a=list" in r.path]
    categories = {m.group(1) for p in listings if (m := re.search(r"catid=(\d+)", p))}
    assert len(listings) <= 3 * len(categories)


def test_revisit_keeps_versions_and_marks_withdrawn(langson: ReplicaServer,
                                                    tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    sites = sites_for(langson)
    run(db, sites)
    ids = ids_of(langson)
    edited, removed = ids[:3], ids[5]
    for article_id in edited:
        langson.site.edit_article(article_id, "Đoạn văn được biên tập lại sau khi đăng.")
    langson.site.remove_article(removed)
    report = run(db, sites, revisit=True)
    totals = report.totals()
    assert totals["updated"] == 3
    assert totals["withdrawn"] == 1
    assert totals["not_modified"] >= len(ids) - 4   # the rest answered 304
    assert scalar(db, "select count(*) from article_versions") == 3
    assert scalar(db, "select count(*) from articles") == len(ids)   # nothing deleted
    assert scalar(db, "select count(*) from articles where withdrawn_at is not null") == 1
    assert scalar(db, "select withdrawn_reason from articles where url like ?",
                  like(removed)) == "HTTP 404"


def test_an_article_turned_soft_404_is_withdrawn_not_stored(langson: ReplicaServer,
                                                              tmp_path: Path) -> None:
    """A deleted article a site answers with 200 and its "Không tìm thấy bài viết" page:
    the archived article is marked withdrawn (its text kept), and no row is made of the
    notice."""
    db = tmp_path / "a.db"
    sites = sites_for(langson)
    run(db, sites)
    gone = ids_of(langson)[2]
    rows = scalar(db, "select count(*) from articles")
    langson.faults.add(rf"id={gone}\b", "soft_404")
    report = run(db, sites, revisit=True)
    assert report.totals()["withdrawn"] == 1
    assert scalar(db, "select count(*) from articles") == rows
    reason = scalar(db, "select withdrawn_reason from articles where url like ?", like(gone))
    assert "soft 404" in str(reason)
    kept = scalar(db, "select length(body) from articles where url like ?", like(gone))
    assert isinstance(kept, int) and kept > 300   # the text archived before is kept


@pytest.mark.parametrize("allowed", [False, True], ids=["login disallowed", "login allowed"])
def test_an_article_made_private_is_withdrawn(langson: ReplicaServer, tmp_path: Path,
                                             allowed: bool) -> None:
    """An archived article now redirecting to the login page (made private): withdrawn, its
    text kept — whether robots.txt forbids the login page (the redirect is not followed)
    or not (the login form is no new text of the article). Not a failure to retry forever."""
    db = tmp_path / "a.db"
    sites = sites_for(langson)
    run(db, sites)
    private = ids_of(langson)[3]
    login = "/Admin/Login.aspx" if not allowed else "/dang-nhap.aspx"
    langson.faults.add(rf"id={private}\b", "redirect", status=302,
                       location=f"{login}?ReturnUrl=%2fDefault.aspx%3fid%3d{private}")
    body = scalar(db, "select body from articles where url like ?", like(private))
    report = run(db, sites, revisit=True)
    assert report.totals()["withdrawn"] == 1
    assert report.failed == 0
    reason = scalar(db, "select withdrawn_reason from articles where url like ?", like(private))
    assert "login page" in str(reason)
    assert scalar(db, "select body from articles where url like ?", like(private)) == body
    assert scalar(db, "select count(*) from articles where title like '%ng nh%p%'") == 0


def test_retry_after_is_honoured_without_sleeping(langson: ReplicaServer,
                                                  tmp_path: Path) -> None:
    langson.faults.add(rf"id={SEED_ID}\b", "retry_after", status=429, seconds=7, times=2)
    clock = FakeClock()
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson), clock=clock)
    assert report.exit_code == 0
    assert len(detail_requests(langson, rf"id={SEED_ID}\b")) == 3
    assert sum(1 for s in clock.sleeps if s >= 7) >= 2
    assert scalar(db, "select count(*) from articles where url like ?", like(SEED_ID)) == 1


def test_server_errors_retried_then_recorded(langson: ReplicaServer, tmp_path: Path) -> None:
    langson.faults.add(rf"id={SEED_ID}\b", "status", status=503, times=2)
    other = ids_of(langson)[1]
    langson.faults.add(rf"id={other}\b", "status", status=500, times=None)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    assert scalar(db, "select count(*) from articles where url like ?", like(SEED_ID)) == 1
    assert report.exit_code == 1
    assert len(detail_requests(langson, rf"id={other}\b")) == FAST.max_attempts
    row = sqlite3.connect(db).execute(
        "select error, attempts, status from fetch_failures where url like ?",
        (like(other),)).fetchone()
    assert row == ("HTTP 500", FAST.max_attempts, 500)


def test_permanent_404_not_retried(langson: ReplicaServer, tmp_path: Path) -> None:
    other = ids_of(langson)[1]
    langson.faults.add(rf"id={other}\b", "status", status=404, times=None)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    assert report.exit_code == 1
    assert len(detail_requests(langson, rf"id={other}\b")) == 1
    assert scalar(db, "select status from fetch_failures") == 404


@pytest.mark.parametrize("kind", ["reset", "truncate"])
def test_broken_transfers_are_retried(langson: ReplicaServer, tmp_path: Path,
                                      kind: str) -> None:
    langson.faults.add(rf"id={SEED_ID}\b", kind, times=1)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    assert report.exit_code == 0
    assert len(detail_requests(langson, rf"id={SEED_ID}\b")) == 2
    assert scalar(db, "select author from articles where url like ?",
                  like(SEED_ID)) == "Phạm Thảo"


def test_hanging_url_does_not_stall_the_run(langson: ReplicaServer, tmp_path: Path) -> None:
    langson.faults.add(rf"id={ids_of(langson)[1]}\b", "hang")
    settings = CrawlSettings(connect_timeout=1, read_timeout=0.3, total_timeout=0.6,
                             max_attempts=2)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson), settings=settings)
    assert report.exit_code == 1
    assert scalar(db, "select count(*) from articles") == len(langson.site.article_paths()) - 1
    assert scalar(db, "select error_class from fetch_failures") == "TransientFetchError"


def test_huge_page_and_redirect_loop_recorded(langson: ReplicaServer, tmp_path: Path) -> None:
    big, loop = ids_of(langson)[1:3]
    langson.faults.add(rf"id={big}\b", "huge")
    langson.faults.add(rf"id={loop}\b", "redirect_loop")
    settings = CrawlSettings(max_response_bytes=1024 * 1024, max_attempts=2)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson), settings=settings)
    assert report.exit_code == 1
    errors = dict(sqlite3.connect(db).execute("select url, error from fetch_failures"))
    assert any(f"&id={big}&" in u and "too large" in e for u, e in errors.items())
    assert any(f"&id={loop}&" in u and "redirect" in e for u, e in errors.items())
    assert len(detail_requests(langson, rf"id={big}\b")) == 1   # permanent: not retried


def test_a_decompression_bomb_fails_its_page_alone(langson: ReplicaServer,
                                                    tmp_path: Path) -> None:
    """1 GiB of gzip-compressed spaces (1 MiB on the wire) under the default caps: decoding
    stops at 10 MiB, that page fails for good after one request, the rest is archived."""
    bomb = ids_of(langson)[1]
    langson.faults.add(rf"id={bomb}\b", "bomb")
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson), settings=CrawlSettings(max_attempts=2))
    assert report.exit_code == 1
    (url, error, error_class), = sqlite3.connect(db).execute(
        "select url, error, error_class from fetch_failures")
    assert f"&id={bomb}&" in url and error_class == "PermanentFetchError"
    assert error == "response too large (over 10485760 bytes once gzip-decoded)"
    assert len(detail_requests(langson, rf"id={bomb}\b")) == 1
    assert scalar(db, "select count(*) from articles") == len(langson.site.article_paths()) - 1


def test_windows_1258_and_malformed_pages(langson: ReplicaServer, tmp_path: Path) -> None:
    langson.faults.add(rf"id={SEED_ID}\b", "charset")
    langson.faults.add(rf"id={ids_of(langson)[1]}\b", "malformed")
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    assert report.totals()["new"] == len(langson.site.article_paths())
    title = scalar(db, "select title from articles where url like ?", like(SEED_ID))
    assert title == ("Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác "
                     "6 tháng đầu năm 2023")


def test_concurrency_and_delay_per_host(tmp_path: Path) -> None:
    with ReplicaServer(langson_site(66)) as server:
        server.faults.add(r"a=detail", "slow", chunk=4096, delay=0.01)
        clock = FakeClock()
        run(tmp_path / "a.db", sites_for(server, concurrency=2, delay=0.5), clock=clock,
            max_pages=12)
        assert 1 <= server.max_in_flight <= 2
        # 12 fetches spaced by at least the robots Crawl-delay (2 s > configured 0.5 s)
        assert sum(clock.sleeps) >= 2.0 * 10


def test_lock_refuses_a_second_crawl(langson: ReplicaServer, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    with CrawlLock(db), pytest.raises(LockError, match="another crawl is running"):
        run(db, sites_for(langson))


def test_the_lock_file_names_what_is_in_flight_and_nothing_done(tmp_path: Path) -> None:
    """A URL done leaves the lock file at once: a crawl killed afterwards never blames it
    (a page blamed for two crashes is set aside; review of a throttled rewrite)."""
    with CrawlLock(tmp_path / "a.db") as lock:
        lock.note(["http://x/a=detail&id=1"])
        assert "http://x/a=detail&id=1" in lock.path.read_text()
        lock.note([])
        assert "in flight" not in lock.path.read_text()


def test_sitemap_and_feed_discovery(langson: ReplicaServer, tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    sites = sites_for(langson, start_urls=[langson.base_url + "/"],
                      sitemaps=[langson.base_url + "/sitemap.xml"])
    run(db, sites)
    assert scalar(db, "select count(*) from articles") == len(langson.site.article_paths())


@pytest.mark.parametrize(("family", "profile"), [
    ("nukeviet", "nukeviet4"), ("liferay", "liferay"), ("dnn", "dnn"),
    ("wordpress", "wordpress"), ("nukeviet", "auto"), ("dnn", "auto"),
    ("wordpress", "auto"), ("liferay", "auto")])
def test_pagination_schemes(tmp_path: Path, family: str, profile: str) -> None:
    with ReplicaServer(family_site(family, 25)) as server:  # type: ignore[arg-type]
        db = tmp_path / "a.db"
        report = run(db, sites_for(server, profile))
        assert report.exit_code == 0
        assert scalar(db, "select count(*) from articles") == 25
        if family == "dnn":
            assert any(r.method == "POST" for r in server.log)


def test_resume_after_interruption_fetches_nothing_twice(langson: ReplicaServer,
                                                         tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    # discovery alone: the daily re-checks (their own tests) are off
    sites = sites_for(langson, recheck_share=0)
    run(db, sites, max_pages=20)          # a run cut short (budget) leaves a queue behind
    first = set(detail_requests(langson))
    langson.reset_log()
    run(db, sites)
    second = set(detail_requests(langson))
    assert first and second and not first & second
    assert scalar(db, "select count(*) from articles") == len(langson.site.article_paths())


def test_reextract_rebuilds_rows_from_captures_alone(langson: ReplicaServer,
                                                     tmp_path: Path) -> None:
    from archiver.reextract import reextract

    db = tmp_path / "a.db"
    run(db, sites_for(langson))
    cols = "url, site, title, published_at, author, author_unit, category, body, captions, " \
           "content_hash"
    before = sqlite3.connect(db).execute(f"select {cols} from articles order by url").fetchall()
    langson.stop()                          # no network from here on
    conn = sqlite3.connect(db)
    conn.execute("delete from articles")
    conn.commit()
    conn.close()
    report = reextract(db)
    assert report.articles == len(before)
    after = sqlite3.connect(db).execute(f"select {cols} from articles order by url").fetchall()
    assert after == before


def test_shortlinks_collapse_through_rel_canonical(tmp_path: Path) -> None:
    with ReplicaServer(family_site("wordpress", 25)) as server:
        db = tmp_path / "a.db"
        run(db, sites_for(server, "auto"))
        urls = [u for (u,) in sqlite3.connect(db).execute("select url from articles")]
        assert len(urls) == 25 and not [u for u in urls if "?p=" in u]


def test_calendar_trap_is_refused(langson: ReplicaServer, tmp_path: Path) -> None:
    langson.faults.add(r"^/Lich", "calendar_trap")
    start = langson.base_url + "/Lich.aspx"
    db = tmp_path / "a.db"
    run(db, sites_for(langson, start_urls=[start, *(langson.base_url + p for p in
                                                   langson.site.start_paths())]))
    calendar = [r for r in langson.log if r.path.startswith("/Lich")]
    assert len(calendar) <= 1     # the start page itself; no date-parameter link followed
    assert scalar(db, "select count(*) from articles") == len(langson.site.article_paths())


def test_fetch_gaps_tries_missing_ids(langson: ReplicaServer, tmp_path: Path) -> None:
    from archiver.coverage import coverage
    from archiver.gaps import fetch_gaps

    db = tmp_path / "a.db"
    sources = tmp_path / "s.toml"
    from crawlkit import sources_text

    sources.write_text(sources_text(langson, "duk_langson", delay=0.0), encoding="utf-8")
    run(db, sites_for(langson))
    reports = coverage(db)
    assert reports[0].missing_ids > 0
    langson.reset_log()
    template = langson.base_url + "/Default.aspx?siteid=1&c=content&a=detail&catid=3&id={id}"
    report = fetch_gaps(db, sources, reports, template, clock=FakeClock(), settings=FAST)
    tried = detail_requests(langson)
    assert len(tried) == reports[0].missing_ids
    assert report.totals()["new"] == 0 and report.totals()["failed"] == len(tried)


def test_unreachable_site_is_reported_not_skipped(tmp_path: Path) -> None:
    from archiver.config import parse_sources
    from crawlkit import free_port

    port = free_port()          # nothing listens there once the probe socket is closed

    sites = parse_sources(f'''[[site]]
name = "gone"
title = "Trang đã đóng"
province = "Lạng Sơn"
base_url = "http://127.0.0.1:{port}/"
start_urls = ["http://127.0.0.1:{port}/Default.aspx?siteid=1&c=content&a=list&catid=3"]
profile = "auto"
''')
    db = tmp_path / "a.db"
    report = run(db, sites)
    assert report.exit_code == 1
    assert report.totals()["skipped_robots"] == 0 and report.totals()["failed"] == 1
    assert scalar(db, "select error_class from fetch_failures") == "TransientFetchError"
    assert scalar(db, "select state from urls where kind = 'listing'") == "queued"


def test_pending_articles_are_those_not_archived_before_this_run(tmp_path: Path) -> None:
    """A listing is paged through while it holds articles not archived before this run,
    including ones first seen earlier in the same run (in a sidebar, say)."""
    from archiver.crawl.frontier import Frontier
    from archiver.crawl.runs import RunLog
    from archiver.store import open_archive

    db = open_archive(tmp_path / "f.db", mode="create")
    frontier, runs = Frontier(db), RunLog(db.conn)
    first = runs.start(["s"])
    assert frontier.enqueue("http://a.vn/1", site="s", kind="article", depth=0, run_id=first)
    assert frontier.pending("http://a.vn/1", first)          # found in this run
    frontier.complete("http://a.vn/1")
    assert frontier.pending("http://a.vn/1", first)          # archived in this run: still news
    frontier.enqueue("http://a.vn/2", site="s", kind="article", depth=0, run_id=first)
    second = runs.start(["s"])
    assert not frontier.pending("http://a.vn/1", second)     # archived in an earlier run
    assert frontier.pending("http://a.vn/2", second)         # queued, never fetched
    assert frontier.pending("http://a.vn/3", second)         # unknown


def test_crawl_keeps_a_small_page_cache(langson: ReplicaServer, tmp_path: Path) -> None:
    """A crawl writes page by page, so it holds a 16 MiB page cache, not the 64 MiB a bulk
    load uses for FTS merges: the crawler's memory stays flat as the archive grows."""
    from archiver.crawl import Crawler
    from archiver.store import Archive

    crawler = Crawler(tmp_path / "a.db", sites_for(langson))
    try:
        assert crawler.db.execute("PRAGMA cache_size").fetchone()[0] == -16384
    finally:
        crawler.db.close()
    loader = Archive(tmp_path / "b.db")
    assert loader.conn.execute("PRAGMA cache_size").fetchone()[0] == -65536
    loader.close()


def test_crawled_articles_are_loaded_in_batches_and_counted_once(
        langson: ReplicaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Articles wait for the next commit and go in together (bulk statements), each
    counted once with the outcome a one-by-one upsert would give."""
    from archiver.store import Archive, UpsertResult

    sizes: list[int] = []
    load_batch = Archive.load_batch

    def spy(self: Archive, items: list[object]) -> list[UpsertResult]:
        sizes.append(len(items))
        return load_batch(self, items)  # type: ignore[arg-type]

    monkeypatch.setattr(Archive, "load_batch", spy)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    live = len(langson.site.article_paths())
    assert report.totals()["new"] == live == sum(sizes)
    assert max(sizes) > 1
    assert scalar(db, "select count(*) from articles") == live
    # a second run after edits: the same batching, outcomes counted as updates
    langson.site.edit_article(ids_of(langson)[0], "Nội dung đã sửa lại hoàn toàn.")
    sizes.clear()
    again = run(db, sites_for(langson), revisit=True)
    assert again.totals()["updated"] == 1
    assert again.totals()["new"] == 0
    assert sum(sizes) == again.totals()["updated"] + again.totals()["unchanged"]


def test_reextract_in_batches_skips_a_capture_it_cannot_extract(
        langson: ReplicaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Rows are rebuilt in several transactions (a batch of 7 here) with the same result,
    and one page that fails to extract is counted, logged and skipped, not fatal."""
    from archiver import reextract as pipeline
    from archiver.errors import ExtractError
    from archiver.urls import canonicalize

    db = tmp_path / "a.db"
    run(db, sites_for(langson))
    cols = "url, title, published_at, author, body, captions, content_hash, capture_id"
    before = sqlite3.connect(db).execute(f"select {cols} from articles order by url").fetchall()
    broken = before[3][0]
    real_extract = pipeline.extract_page  # type: ignore[attr-defined]

    def extract(body: bytes, url: str, *args: object) -> object:
        if canonicalize(url) == broken:
            raise ExtractError(f"{url}: no <body> to extract from")
        return real_extract(body, url, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "extract_page", extract)
    monkeypatch.setattr(pipeline, "REEXTRACT_BATCH", 7)
    conn = sqlite3.connect(db)
    conn.execute("delete from articles")
    conn.commit()
    conn.close()
    report = pipeline.reextract(db)
    assert report.failed == 1
    assert report.articles == report.new == len(before) - 1 > 14
    after = sqlite3.connect(db).execute(f"select {cols} from articles order by url").fetchall()
    assert after == [row for row in before if row[0] != broken]


def test_an_article_the_batch_cannot_take_fails_alone(
        langson: ReplicaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A record that breaks its load batch (a data error, not storage) sends the batch
    through one-by-one upserts: that page is marked failed, every other one archived, and
    no page is left done without its article (found in review: 63 were)."""
    from archiver.store import rows as store

    real = store.prepare
    victim = f"&id={ids_of(langson)[9]}&"

    def prepare(article: object, site: str) -> object:
        if victim in article.url:  # type: ignore[attr-defined]
            raise ValueError("simulated data error")
        return real(article, site)  # type: ignore[arg-type]

    monkeypatch.setattr(store, "prepare", prepare)
    db = tmp_path / "a.db"
    report = run(db, sites_for(langson))
    live = len(langson.site.article_paths())
    assert report.totals()["failed"] == 1
    assert report.totals()["new"] == live - 1
    assert scalar(db, "select count(*) from articles") == live - 1
    assert scalar(db, "select count(*) from urls u where kind = 'article' and state = 'done' "
                      "and not exists (select 1 from articles a where a.url = u.url)") == 0
    assert scalar(db, "select error from urls where state = 'failed' and kind = 'article'"
                  ) == "cannot archive: simulated data error"
    # the failed page is fetched again by the next run, and archived once the error is gone
    monkeypatch.setattr(store, "prepare", real)
    again = run(db, sites_for(langson))
    assert again.totals()["new"] == 1
    assert scalar(db, "select count(*) from articles") == live


@pytest.mark.parametrize(("final", "login"), [
    ("https://s.vn/accounts/login/?next=/tin-hoat-dong/bai-viet/", True),      # Django
    ("https://s.vn/admin/login/?next=/tin/", True),
    ("https://s.vn/wp-login.php?redirect_to=%2Fbai-viet%2F", True),             # WordPress
    ("https://s.vn/Admin/Login.aspx?ReturnUrl=%2fDefault.aspx%3fid%3d12", True),  # ASP.NET
    ("https://s.vn/acl_users/credentials_cookie_auth/require_login?came_from=x", True),  # Plone
    ("https://s.vn/dang-nhap?returnUrl=/tin-tuc/a.html", True),
    ("https://s.vn/web/guest/home?p_p_id=com_liferay_login_web_portlet_LoginPortlet", True),
    ("https://s.vn/index.php?option=com_users&view=login&return=aW5kZXg", True),  # Joomla
    ("https://s.vn/index.php?language=vi&nv=users&op=login", True),              # NukeViet
    ("https://s.vn/_layouts/15/Authenticate.aspx?Source=%2Ftin%2Fa", True),       # SharePoint
    ("https://s.vn/_windows/default.aspx?ReturnUrl=/_layouts/Authenticate.aspx", True),
    ("https://s.vn/web/guest/home?p_p_id=58&_58_struts_action=%2Flogin%2Flogin", True),
    ("https://s.vn/tin-tuc/huong-dan-dang-nhap-he-thong-quan-ly-dang-vien.html", False),
    ("https://s.vn/tin-tuc/bai-khac.html?ref=/login", False),     # a word in a query value
    ("https://s.vn/tin-tuc/bai-viet-moi.html", False),
    ("https://s.vn/tin-tuc/bai-viet.html", False),    # not redirected at all
])
def test_which_redirects_end_on_a_login_page(final: str, login: bool) -> None:
    """A login page is a path segment of its own (or a login portlet), never a word in an
    article's slug: an article about how to sign in is an article."""
    from archiver.crawl.triage import is_login_redirect
    assert is_login_redirect(final, "https://s.vn/tin-tuc/bai-viet.html") is login


def _path_of(server: ReplicaServer, article_id: int) -> str:
    return next(p for p in server.site.article_paths() if re.search(rf"[?&]id={article_id}\b", p))


@pytest.mark.parametrize("day_two", ["moved and edited", "another article", "made private"])
def test_reextract_after_a_second_day_keeps_what_the_crawl_decided(
        langson: ReplicaServer, tmp_path: Path, day_two: str) -> None:
    """``reextract`` reads a redirected capture as the crawl did — under the address it
    ended at, the address asked for its alias — and reads no withdrawal's capture (a login
    page) as the article: a moved article's row is rebuilt from its new capture, a
    withdrawn article keeps its own text (review of the day-2 change: the first was never
    refreshed again, the others were overwritten by the other article or the login form)."""
    from archiver.reextract import reextract
    db = tmp_path / "a.db"
    sites = sites_for(langson)
    run(db, sites)
    ids = ids_of(langson)
    moved = ids[3]
    if day_two == "moved and edited":
        langson.site.edit_article(moved, "Bổ sung: Hội nghị đã thống nhất thông qua kế hoạch "
                                         "công tác 6 tháng cuối năm với nhiều chỉ tiêu quan trọng.")
        location = _path_of(langson, moved) + "&lang=vi"
    elif day_two == "another article":
        location = _path_of(langson, ids[5])
    else:
        location = f"/Admin/Login.aspx?ReturnUrl=%2fDefault.aspx%3fid%3d{moved}"
    langson.faults.add(rf"id={moved}&siteid=1$", "redirect", status=301, location=location)
    run(db, sites, revisit=True)
    before = sqlite3.connect(db).execute(
        "select id, title, body, withdrawn_at is not null from articles where id = (select "
        "article_id from article_urls where url like ? limit 1)", (f"%&id={moved}&siteid=1",)
    ).fetchone()
    assert before[3] == (day_two != "moved and edited")
    if day_two == "moved and edited":
        assert "Bổ sung" in before[2]
    with sqlite3.connect(db) as conn:   # a stale extraction, as after an extractor fix
        conn.execute("update articles set body = 'STALE', title = 'STALE' where id = ?",
                     (before[0],))
        conn.execute("update articles set content_hash = 'x' where id = ?", (before[0],))
    reextract(db)
    after = sqlite3.connect(db).execute("select title, body, withdrawn_at is not null from "
                                        "articles where id = ?", (before[0],)).fetchone()
    rows = scalar(db, "select count(*) from articles")
    assert rows == len(ids)
    if day_two == "moved and edited":
        assert (after[0], after[1]) == (before[1], before[2])   # rebuilt, from the new capture
    else:
        # its last capture is the redirect's: the row is left as it was (nothing of the
        # other article or of a login form is read into it), still withdrawn
        assert after == ("STALE", "STALE", 1)
        assert scalar(db, "select count(*) from articles where title like 'Đăng nhập%'") == 0
