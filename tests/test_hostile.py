"""Hostile servers on 127.0.0.1: one bad page never stops the archive, never leaves its
scope, and never hides a failed run.

Each scenario arms faults on the replica (deep nesting, decompression bombs, redirects off
the site and to internal addresses, documents at article URLs, endless breadth, hanging and
torn responses, a torn WARC tail, a second crawl through another path, a crawl that dies)
and checks what an archivist would: every other page of the site archived, no request
outside the site's scope, the bad page recorded with its reason, a run row and
``archiver status`` that tell what happened, and — for the crawls run as the archivist's
own command — peak memory under 300 MB.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from warcio.archiveiterator import ArchiveIterator

from archiver.cli import main
from archiver.clock import FakeClock
from archiver.config import CrawlSettings
from archiver.crawl.runs import RunLog
from archiver.replica import ReplicaServer, langson_site
from archiver.store import open_archive
from crawlkit import run, sites_for, sources_text

MEMORY_CAP_MB = 300


@pytest.fixture
def site() -> Iterator[ReplicaServer]:
    replica = langson_site(66)
    replica.crawl_delay = None
    with ReplicaServer(replica) as server:
        yield server


def ids(server: ReplicaServer) -> list[int]:
    return [int(m.group(1)) for p in server.site.article_paths()
            if (m := re.search(r"[?&]id=(\d+)", p))]


def rows(db: Path, sql: str, *params: object) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


def failure(db: Path, article_id: int) -> str:
    found = rows(db, "select error from fetch_failures where url like ?", f"%&id={article_id}&%")
    assert found, f"article {article_id} has no failure recorded"
    return str(found[-1][0])


def archived_ids(db: Path) -> set[int]:
    return {int(m.group(1)) for (url,) in rows(db, "select url from articles")
            if (m := re.search(r"[?&]id=(\d+)", str(url)))}


def crawl_command(server: ReplicaServer, tmp_path: Path, db: Path,
                  **extra: object) -> tuple[int, float, str]:
    """``archiver crawl`` as a timer runs it, in its own process: (exit code, peak RSS in MB,
    stderr). The peak is the largest child's ``ru_maxrss``, read by a small wrapper."""
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_text(server, "duk_langson", **extra), encoding="utf-8")
    wrapper = ("import resource, subprocess, sys\n"
               "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
               "sys.stderr.write(p.stderr)\n"
               "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
               "sys.exit(p.returncode)\n")
    proc = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "archiver",
                           "-q", "crawl", "--sources", str(sources), "--db", str(db),
                           "--workers", "0"],
                          capture_output=True, text=True, timeout=180, check=False)
    return proc.returncode, int(proc.stdout.strip() or 0) / 1024, proc.stderr


def status(db: Path, *args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["status", "--db", str(db), *args])
    return result.exit_code, result.output


# -- one page fails alone  --------------------------------------------------------------------
def test_nested_pages_and_a_gzip_bomb_fail_alone_in_bounded_memory(
        site: ReplicaServer, tmp_path: Path) -> None:
    moderate, absurd = ids(site)[3], ids(site)[4]
    site.faults.add(rf"id={moderate}\b", "nested", depth=1500)     # RecursionError before
    site.faults.add(rf"id={absurd}\b", "nested", depth=30_000)     # minutes of parsing before
    site.faults.add(r"^/sitemap\.xml", "gzip_bomb", mib=512)       # 512 MiB inflated
    db = tmp_path / "a.db"
    code, peak_mb, err = crawl_command(site, tmp_path, db)
    assert code == 1, err                        # complete, some pages failed for good
    assert peak_mb < MEMORY_CAP_MB
    assert "nested 30" in failure(db, absurd) and "levels deep" in failure(db, absurd)
    assert archived_ids(db) == set(ids(site)) - {absurd}   # the moderate one too
    bomb = rows(db, "select error from fetch_failures where url like '%sitemap.xml'")
    assert bomb and "too large" in str(bomb[0][0]) and "gzip-decoded" in str(bomb[0][0])
    health = status(db)[1]
    # the bomb was the sitemap: what only it listed may be missing, and status says so
    assert "incomplete" in health and "could not be read" in health and "failed:" in health


def test_documents_at_article_urls_are_captured_not_extracted(
        site: ReplicaServer, tmp_path: Path) -> None:
    pdf, docx = ids(site)[5], ids(site)[6]
    site.faults.add(rf"id={pdf}\b", "document", format="pdf")
    site.faults.add(rf"id={docx}\b", "document", format="docx")
    db = tmp_path / "a.db"
    report = run(db, sites_for(site))
    assert report.exit_code == 0
    assert archived_ids(db) == set(ids(site)) - {pdf, docx}
    states = {str(u): str(e) for u, e in rows(db, "select url, error from urls where "
                                              "state = 'skipped' and kind = 'article'")}
    assert any(f"&id={pdf}&" in str(u) and "a PDF document: captured" in str(e)
               for u, e in states.items())
    assert any(f"&id={docx}&" in str(u) for u in states)
    assert rows(db, "select count(*) from captures where content_type = 'application/pdf'"
                ) == [(1,)]


def test_torn_and_reset_bodies_fail_alone(site: ReplicaServer, tmp_path: Path) -> None:
    torn, reset = ids(site)[7], ids(site)[8]
    site.faults.add(rf"id={torn}\b", "truncate", fraction=0.4)
    site.faults.add(rf"id={reset}\b", "reset", keep=100)
    db = tmp_path / "a.db"
    report = run(db, sites_for(site))
    assert report.exit_code == 1 and report.totals()["failed"] == 2
    assert archived_ids(db) == set(ids(site)) - {torn, reset}
    assert "TransientFetchError" in {str(r[0]) for r in rows(
        db, "select error_class from fetch_failures")}


# -- nothing leaves the site's scope  ---------------------------------------------------------
def test_redirects_off_the_site_or_to_internal_addresses_are_refused(
        site: ReplicaServer, tmp_path: Path) -> None:
    other = ReplicaServer(langson_site(60)).start()
    try:
        targets = {ids(site)[10]: f"{other.base_url}/stolen",
                   ids(site)[11]: "http://169.254.169.254/latest/meta-data/",
                   ids(site)[12]: "http://10.20.30.40/admin",
                   ids(site)[13]: "http://[::ffff:192.168.1.1]/"}
        for article, location in targets.items():
            site.faults.add(rf"id={article}\b", "redirect", location=location)
        moved_from, moved_to = ids(site)[14], ids(site)[15]
        site.faults.add(rf"id={moved_from}\b", "redirect", location=next(
            p for p in site.site.article_paths() if re.search(rf"id={moved_to}\b", p)))
        db = tmp_path / "a.db"
        report = run(db, sites_for(site))
        assert other.log == []                         # not one request left the site
        assert report.exit_code == 1
        reasons = {a: failure(db, a) for a in targets}
        assert "outside the site's hosts" in reasons[ids(site)[10]]
        assert "internal (link-local)" in reasons[ids(site)[11]]
        assert "internal (private)" in reasons[ids(site)[12]]
        assert "internal (private)" in reasons[ids(site)[13]]
        assert archived_ids(db) == set(ids(site)) - set(targets) - {moved_from}
    finally:
        other.stop()


# -- bounded runs  ----------------------------------------------------------------------------
def test_endless_breadth_is_bounded_and_reported(site: ReplicaServer, tmp_path: Path) -> None:
    site.faults.add(r"^/tin-tuc/vo-tan", "breadth", fanout=20)
    starts = [site.base_url + p for p in site.site.start_paths()]
    db = tmp_path / "a.db"
    report = run(db, sites_for(site, start_urls=[*starts, site.base_url + "/tin-tuc/vo-tan"],
                               max_listing_pages=40))
    endless = [r for r in site.log if r.path.startswith("/tin-tuc/vo-tan")]
    assert len(endless) <= 41
    assert int(str(rows(db, "select count(*) from urls where url like '%vo-tan%'")[0][0])) <= 41
    notes = report.notes["replica"]
    assert any("budget of 40 listing pages" in n and "not followed" in n for n in notes)
    assert archived_ids(db) == set(ids(site))
    assert "incomplete" in status(db)[1]
    assert status(db, "--check")[0] == 1


def test_a_listing_page_that_fails_for_good_is_named_in_the_run_notes(
        site: ReplicaServer, tmp_path: Path) -> None:
    site.faults.add(r"a=list&c=content&catid=5&siteid=1$", "status", status=500, times=None)
    quick = CrawlSettings(max_attempts=2, backoff_base=1.0)
    db = tmp_path / "a.db"
    report = run(db, sites_for(site), settings=quick, clock=FakeClock())
    notes = report.notes["replica"]
    assert any("1 listing page(s) could not be read" in n and "catid=5&siteid=1 (HTTP 500)" in n
               for n in notes), notes
    assert "incomplete" in status(db)[1]
    assert "catid=5" in report.summary()


def test_a_listing_reader_bug_is_named_and_the_other_listings_go_on(
        site: ReplicaServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from archiver.crawl import handlers
    real = handlers._links

    async def broken(ctx, raw, run_, item):  # type: ignore[no-untyped-def]
        if "catid=7" in item.url:
            raise NameError("name 'bug' is not defined")
        return await real(ctx, raw, run_, item)

    monkeypatch.setattr(handlers, "_links", broken)
    db = tmp_path / "a.db"
    report = run(db, sites_for(site))
    notes = report.notes["replica"]
    assert any("could not be read" in n and "NameError" in n for n in notes), notes
    assert report.totals()["new"] > 0       # the other sections were read


def test_a_listing_the_server_says_is_gone_is_not_a_gap(
        site: ReplicaServer, tmp_path: Path) -> None:
    dead = site.base_url + "/Default.aspx?siteid=1&c=content&a=list&catid=404"
    starts = [site.base_url + p for p in site.site.start_paths()]
    db = tmp_path / "a.db"
    report = run(db, sites_for(site, start_urls=[*starts, dead]))
    assert rows(db, "select status from fetch_failures where url like '%catid=404%'") == [(404,)]
    assert not any("could not be read" in n for n in report.notes.get("replica", []))


def test_a_hanging_host_is_given_up_and_its_pages_left_for_the_next_run(
        site: ReplicaServer, tmp_path: Path) -> None:
    site.faults.add(r"a=detail", "hang")
    quick = CrawlSettings(connect_timeout=1.0, read_timeout=0.3, total_timeout=1.0,
                          max_attempts=2, backoff_base=1.0, host_give_up_after=30.0)
    db = tmp_path / "a.db"
    started = time.monotonic()
    report = run(db, sites_for(site), settings=quick, clock=FakeClock())
    assert time.monotonic() - started < 30        # bounded, not hours
    deferred = int(str(rows(db, "select count(*) from urls where state = 'deferred'")[0][0]))
    assert deferred > 40 and report.totals()["deferred"] == deferred
    assert any("given up for this run" in n for n in report.notes["replica"])
    site.faults.clear()
    again = run(db, sites_for(site))
    assert again.exit_code == 0
    assert archived_ids(db) == set(ids(site))     # retried on the next run


# -- one crawl at a time, whatever the path  --------------------------------------------------
def test_a_second_crawl_through_a_symlink_is_refused(site: ReplicaServer, tmp_path: Path) -> None:
    from archiver.crawl.lock import CrawlLock
    from archiver.errors import LockError

    db = tmp_path / "real" / "a.db"
    db.parent.mkdir()
    run(db, sites_for(site))
    link = tmp_path / "link.db"
    link.symlink_to(db)
    with CrawlLock(db), pytest.raises(LockError, match="another crawl"):
        run(link, sites_for(site))


def test_a_live_crawl_of_another_path_is_not_disturbed(site: ReplicaServer,
                                                        tmp_path: Path) -> None:
    """A hard link (or a bind mount) reaches the file through another real path: the run
    log sees the live run's process and refuses, leaving its row as it is."""
    from archiver.errors import LockError

    db = tmp_path / "a.db"
    run(db, sites_for(site))
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # archiver"])
    try:
        conn = sqlite3.connect(db)
        conn.execute("insert into crawl_runs (started_at, status, pid) values (?, ?, ?)",
                     ("2026-12-05T00:00:00Z", "running", live.pid))
        conn.commit()
        conn.close()
        other = tmp_path / "hard.db"
        os.link(db, other)
        with pytest.raises(LockError, match="another crawl"):
            run(other, sites_for(site))
        assert rows(db, "select status from crawl_runs where pid = ?", live.pid) == [
            ("running",)]
    finally:
        live.kill()
        live.wait()
    report = run(db, sites_for(site))
    assert report.status == "completed"
    assert rows(db, "select status from crawl_runs where pid = ?", live.pid) == [("crashed",)]


# -- honest status  ---------------------------------------------------------------------------
def test_a_killed_crawl_is_marked_crashed_and_status_names_what_was_in_flight(
        site: ReplicaServer, tmp_path: Path) -> None:
    site.faults.add(r"a=detail", "slow", chunk=512, delay=0.05)
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_text(site, "duk_langson"), encoding="utf-8")
    db = tmp_path / "a.db"
    proc = subprocess.Popen([sys.executable, "-m", "archiver", "-q", "crawl", "--sources",
                             str(sources), "--db", str(db), "--workers", "0"])
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not any("a=detail" in r.path for r in site.log):
        time.sleep(0.02)
    time.sleep(0.2)
    proc.kill()
    proc.wait()
    site.faults.clear()
    report = run(db, sites_for(site))
    crashed = rows(db, "select status, error, exit_code from crawl_runs order by id")[0]
    assert crashed[0] == "crashed" and crashed[2] == 4
    assert "in flight:" in str(crashed[1]) and "a=detail" in str(crashed[1])
    assert report.status == "completed" and archived_ids(db) == set(ids(site))


def test_status_says_crashed_and_check_exits_non_zero(site: ReplicaServer,
                                                      tmp_path: Path) -> None:
    db = tmp_path / "a.db"
    run(db, sites_for(site))
    assert status(db, "--check")[0] == 0
    conn = sqlite3.connect(db)
    conn.execute("update crawl_runs set status = 'crashed', error = 'the crawl ended without "
                 "finishing its run; in flight: http://x/a=detail&id=1'")
    conn.commit()
    conn.close()
    code, out = status(db, "--check")
    assert code == 3
    assert "replica: crashed" in out and "in flight: http://x/a=detail&id=1" in out


@pytest.mark.parametrize("first", [True, False], ids=["first-crawl", "after-a-completed-one"])
def test_status_sees_a_run_going_on_and_one_killed_before_it_recorded_its_end(
        site: ReplicaServer, tmp_path: Path, first: bool) -> None:
    """A crawl writes each site's counts when it ends: until then (or for ever, if it was
    killed) ``status`` says it is running, or crashed once its process is gone — never the
    completed run before it, "ok", nor "no crawls recorded yet"."""
    db = tmp_path / "a.db"
    run(db, sites_for(site))
    conn = sqlite3.connect(db)
    if first:   # (the archive's first crawl: no site has a completed run yet)
        conn.execute("delete from crawl_run_sites")
        conn.execute("delete from crawl_runs")
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)  # archiver"])
    try:
        conn.execute("insert into crawl_runs (started_at, status, pid, sites) values "
                     "('2026-12-05T00:00:00Z', 'running', ?, '[\"replica\"]')", [live.pid])
        conn.commit()
        code, out = status(db, "--check")
        assert code == 0 and "replica: running — since 2026-12-05T00:00:00Z" in out
        assert f"(pid {live.pid})" in out and "no crawls recorded" not in out
    finally:
        live.kill()
        live.wait()
    code, out = status(db, "--check")
    assert code == 3 and "replica: crashed" in out and "ended without recording its end" in out
    conn.close()


def test_a_page_in_flight_at_two_crashes_is_set_aside(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db", mode="create")
    url = "http://a.vn/x-123.html"
    db.execute("insert into urls (url, site, kind, state, priority) values "
               "(?, 's', 'article', 'in_flight', 3)", [url])
    log = RunLog(db.conn)
    for round_ in (1, 2):
        db.execute("insert into crawl_runs (started_at, status, pid) values "
                   "('t', 'running', 999999999)")
        log.start(["s"], in_flight=[url])
        state, crashes = db.execute("select state, crashes from urls where url = ?",
                                    [url]).fetchone()
        assert crashes == round_
        assert state == ("queued" if round_ == 1 else "skipped")
    assert db.execute("select error_class from fetch_failures where url = ?",
                      [url]).fetchone() == ("CrashSuspect",)


# -- export integrity  ------------------------------------------------------------------------
def test_export_warc_writes_whole_records_and_reports_a_torn_tail(
        site: ReplicaServer, tmp_path: Path) -> None:
    from archiver.store import capture_dir_for

    db = tmp_path / "a.db"
    run(db, sites_for(site))
    files = sorted(capture_dir_for(db).glob("*.warc.gz"))
    whole = CliRunner().invoke(main, ["export-warc", "--db", str(db), str(tmp_path / "w.gz")])
    assert whole.exit_code == 0
    with open(files[-1], "r+b") as fh:      # a disk-full stop tears the last record
        fh.truncate(fh.seek(0, 2) - 100)
    out = tmp_path / "all.warc.gz"
    result = CliRunner().invoke(main, ["export-warc", "--db", str(db), str(out)])
    assert result.exit_code == 1
    assert "torn tail" in result.output and files[-1].name in result.output
    with open(out, "rb") as fh:
        records = [r.rec_headers.get_header("WARC-Type") for r in ArchiveIterator(fh)
                   if r.content_stream().read() is not None]
    written = int(re.search(r"wrote (\d+) records", result.output).group(1))  # type: ignore[union-attr]
    assert len(records) == written > 100


# -- read-only media  -------------------------------------------------------------------------
def test_readers_work_on_read_only_media_and_change_nothing(
        site: ReplicaServer, tmp_path: Path) -> None:
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    media = tmp_path / "media"
    media.mkdir()
    db = media / "a.db"
    run(db, sites_for(site))
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in media.iterdir()
              if p.is_file()}
    commands = " && ".join(
        f"{sys.executable} -m archiver {args} --db {db} > /dev/null"
        for args in ("status", "search dang", "export", "coverage"))
    script = (f"mount --bind {media} {media} && mount -o remount,bind,ro {media} && "
              f"touch {media}/probe 2>/dev/null && exit 97; {commands}")
    proc = subprocess.run(["unshare", "--mount", "sh", "-c", script], capture_output=True,
                          text=True, timeout=120, check=False)
    if proc.returncode == 97 or "mount:" in proc.stderr or "unshare:" in proc.stderr:
        pytest.skip(f"no read-only bind mount here: {proc.stderr.strip()[:120]}")
    assert proc.returncode == 0, proc.stderr
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in media.iterdir()
             if p.is_file()}
    assert after == before
