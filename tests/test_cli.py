"""The command line: contract, one-line errors, exit codes (click's runner and real processes)."""

from __future__ import annotations

import json
import os
import re
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from archiver.cli import main
from archiver.replica import ReplicaServer, langson_site
from archiver.urls import canonicalize
from crawlkit import free_port, sources_text, wait_http

SEED_TITLE = ("Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết công tác 6 tháng "
              "đầu năm 2023")


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def fast_langson() -> object:
    site = langson_site(66)
    site.crawl_delay = None
    with ReplicaServer(site) as server:
        yield server


@pytest.fixture
def crawled(fast_langson: ReplicaServer, tmp_path: Path) -> tuple[ReplicaServer, Path, Path]:
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_text(fast_langson, "duk_langson"), encoding="utf-8")
    db = tmp_path / "archive.db"
    code, _, err = invoke("crawl", "--sources", str(sources), "--db", str(db))
    assert code == 0, err
    assert err.strip().splitlines()[-1].startswith("crawl completed: 1 site(s), 66 new")
    return fast_langson, sources, db


def test_extract_seed_page_golden(fast_langson: ReplicaServer, tmp_path: Path) -> None:
    path = "/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"
    page = tmp_path / "seed.html"
    page.write_bytes(httpx.get(fast_langson.base_url + path).content)
    code, out, _ = invoke("extract", str(page), "--url",
                          "http://duk.langson.gov.vn" + path)
    assert code == 0
    record = json.loads(out)
    assert set(record) >= {"url", "title", "published_at", "updated_at", "author",
                           "author_unit", "source", "category", "lead", "body", "captions",
                           "images", "tags", "related"}
    assert record["title"] == SEED_TITLE
    assert record["published_at"] == "2023-06-14T14:15:00+07:00"
    assert record["author"] == "Phạm Thảo"
    assert record["author_unit"] == "Chi bộ Sở Thông tin và Truyền thông"
    assert record["category"] == "Hoạt động của các tổ chức Đảng cơ sở"
    assert record["captions"] == ["Đồng chí Nguyễn Trọng Hùng, Quyền Bí thư Chi bộ, Phó Giám "
                                  "đốc phụ trách Sở chủ trì Hội nghị"]
    paragraphs = record["body"].split("\n\n")
    assert paragraphs[0].startswith("Ngày 7/6/2023, Chi bộ Sở Thông tin và Truyền thông")
    assert paragraphs[-1].startswith("Phát biểu kết luận Hội nghị")
    assert len(paragraphs) == 4
    for leak in ("chủ trì Hội nghị\n", "Phạm Thảo", "Tin liên quan", SEED_TITLE, "14-06-2023"):
        assert leak not in record["body"]
    assert record["images"][0]["src"].startswith("http://duk.langson.gov.vn/")
    assert record["related"] and all(r["url"].startswith("http") for r in record["related"])


def test_search_finds_seed_with_and_without_diacritics(crawled: tuple[object, Path, Path]
                                                       ) -> None:
    _, _, db = crawled
    for query in ("dang", "Nguyễn Trọng Hùng", '"Nguyễn Trọng Hùng"', "nguyen trong hung"):
        code, out, _ = invoke("search", query, "--db", str(db), "--json", "--limit", "100")
        assert code == 0
        hits = [json.loads(line) for line in out.splitlines()]
        assert any(h["title"] == SEED_TITLE for h in hits), query
        assert all({"url", "title", "published_at", "snippet"} <= set(h) for h in hits)
        # what a citation of the archived copy needs: the capture and when it was fetched
        seed = next(h for h in hits if h["title"] == SEED_TITLE)
        assert isinstance(seed["id"], int) and isinstance(seed["capture_id"], int)
        assert re.fullmatch(r"20\d{12}/http\S+", str(seed["capture"]))


def test_status_export_coverage_and_reextract(crawled: tuple[object, Path, Path]) -> None:
    _, _, db = crawled
    code, out, _ = invoke("status", "--db", str(db), "--json")
    row = json.loads(out)
    assert code == 0 and row["health"] == "ok" and row["articles"] == 66 and row["new"] == 66
    code, out, _ = invoke("export", "--db", str(db), "--format", "jsonl")
    assert code == 0 and len(out.splitlines()) == 66
    code, out, _ = invoke("coverage", "--db", str(db))
    assert code == 0 and "66 articles" in out and "None" not in out
    # an unknown site is said so, and a missing --template before any report is printed
    code, out, err = invoke("coverage", "--db", str(db), "--site", "nope")
    assert (code, out) == (2, "") and "no articles of a site named 'nope'" in err
    code, out, err = invoke("coverage", "--db", str(db), "--fetch-gaps")
    assert (code, out) == (2, "") and "--template" in err
    code, _, err = invoke("reextract", "--db", str(db))
    assert code == 0 and "66 articles" in err and "66 unchanged" in err
    assert "0 captures unreadable or not extractable" in err


@pytest.mark.parametrize(("args", "code", "message"), [
    (["crawl", "--sources", "{bad}", "--db", "{db}"], 2, "unknown key 'colour'"),
    (["crawl", "--sources", "{missing}"], 2, "sources file not found"),
    (["crawl", "--sources", "{good}", "--site", "nope", "--db", "{db}"], 2, "no site named"),
    (["search", "dang", "--db", "{missing}"], 3, "no such archive"),
    (["search", '"unbalanced', "--db", "{db}"], 2, "quote"),
    (["extract", "{page}", "--profile", "joomla9"], 2, "unknown profile"),
    (["crawl", "--sources", "{good}", "--db", "{notdb}"], 3, "database"),
    # an output in a missing directory is one usage error for every export (it was 1, 3, 2)
    (["export", "--db", "{db}", "-o", "{nodir}/a.jsonl"], 2, "not a file in an existing"),
    (["export-warc", "--db", "{db}", "{nodir}/a.warc.gz"], 2, "not a file in an existing"),
    (["export-wacz", "--db", "{db}", "-o", "{nodir}/a.wacz"], 2, "not a file in an existing"),
    (["show", "--db", "{missingdb}", "https://tinhuy.vn/a.html"], 3, "no such archive"),
])
def test_errors_are_one_line_without_traceback(tmp_path: Path, args: list[str], code: int,
                                               message: str) -> None:
    good = tmp_path / "good.toml"
    good.write_text(sources_text(_Fake(), "auto"), encoding="utf-8")  # type: ignore[arg-type]
    bad = tmp_path / "bad.toml"
    bad.write_text(good.read_text() + 'colour = "red"\n', encoding="utf-8")
    db = tmp_path / "db.db"
    sqlite3.connect(db).execute("create table t (x)").connection.close()
    notdb = tmp_path / "notdb.db"
    notdb.write_bytes(b"this is not a database" * 100)
    page = tmp_path / "p.html"
    page.write_text("<html><body><p>x</p></body></html>")
    values = {"bad": bad, "good": good, "db": db, "notdb": notdb, "page": page,
              "missing": tmp_path / "missing.toml", "nodir": tmp_path / "nodir",
              "missingdb": tmp_path / "missing.db"}
    argv = [a.format(**{k: str(v) for k, v in values.items()}) for a in args]
    result = subprocess.run([sys.executable, "-m", "archiver", *argv], capture_output=True,
                            text=True, timeout=60)
    assert result.returncode == code, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    assert "Traceback" not in result.stderr


class _Fake:
    base_url = "http://127.0.0.1:9"

    class site:
        @staticmethod
        def start_paths() -> list[str]:
            return ["/Default.aspx?siteid=1&c=content&a=list&catid=3"]


def _orphan_workers() -> set[str]:
    """Python worker processes whose parent died (re-parented to init)."""
    out = subprocess.run(["ps", "-eo", "pid=,ppid=,args="], capture_output=True,
                         text=True).stdout
    return {line.split()[0] for line in out.splitlines()
            if "multiprocessing" in line and line.split()[1] == "1"}


def _count(db: Path) -> int:
    try:
        conn = sqlite3.connect(db)
        return int(conn.execute("select count(*) from articles").fetchone()[0])
    except sqlite3.Error:
        return 0


@pytest.mark.slow
def test_sigkill_at_several_points_then_resume_matches_uninterrupted(
        fast_langson: ReplicaServer, tmp_path: Path) -> None:
    fast_langson.faults.add(r"a=detail", "slow", chunk=2048, delay=0.02)
    sources = tmp_path / "sources.toml"
    sources.write_text(sources_text(fast_langson, "duk_langson", concurrency=2),
                       encoding="utf-8")
    cols = "url, title, published_at, author, author_unit, category, body, captions, " \
           "content_hash"

    def crawl_cmd(db: Path) -> list[str]:
        return [sys.executable, "-m", "archiver", "-q", "crawl", "--sources", str(sources),
                "--db", str(db)]

    reference = tmp_path / "reference.db"
    subprocess.run(crawl_cmd(reference), check=True, timeout=120)
    expected = sqlite3.connect(reference).execute(
        f"select {cols} from articles order by url").fetchall()
    assert len(expected) == 66

    db = tmp_path / "killed.db"
    orphans_before = _orphan_workers()
    fetched_before_kill: set[str] = set()
    for _ in range(3):
        # killed once the run has committed articles of its own (commits come every second,
        # so each kill lands well before the end)
        start = _count(db) if db.exists() else 0
        fast_langson.reset_log()
        proc = subprocess.Popen(crawl_cmd(db))
        deadline = time.monotonic() + 60
        while _count(db) <= start and time.monotonic() < deadline and proc.poll() is None:
            time.sleep(0.01)
        assert proc.poll() is None, "the crawl ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        refetched = {canonicalize(fast_langson.base_url + r.path)
                     for r in fast_langson.log if "a=detail" in r.path}
        assert refetched   # the run did fetch articles before it was killed
        assert not refetched & fetched_before_kill   # nothing saved is fetched again
        conn = sqlite3.connect(db)
        fetched_before_kill |= {u for (u,) in conn.execute("select url from articles")}
        conn.close()
    subprocess.run(crawl_cmd(db), timeout=120)
    time.sleep(1.5)   # extraction workers of the killed crawls notice their parent is gone
    assert _orphan_workers() <= orphans_before
    got = sqlite3.connect(db).execute(f"select {cols} from articles order by url").fetchall()
    assert got == expected
    runs = sqlite3.connect(db).execute("select status from crawl_runs order by id").fetchall()
    assert [r[0] for r in runs][-1] == "completed"
    # a run killed with SIGKILL never recorded its end: the next start marks it crashed
    assert [r[0] for r in runs][:-1] == ["crashed"] * 3


def test_serve_answers_a_search_over_http(crawled: tuple[object, Path, Path]) -> None:
    _, _, db = crawled
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "archiver", "serve", "--db", str(db),
                             "--port", str(port)], stderr=subprocess.DEVNULL)
    try:
        wait_http(f"http://127.0.0.1:{port}/-/versions.json", alive=proc)
        response = httpx.get(f"http://127.0.0.1:{port}/{db.stem}/articles.json",
                             params={"_search": "dang", "_shape": "array"}, timeout=5)
        assert response.status_code == 200
        from archiver.text import fold

        rows = response.json()
        assert rows and all("dang" in fold(r["title"] + " " + r["body"]).split() for r in rows)
        assert SEED_TITLE in [row["title"] for row in httpx.get(
            f"http://127.0.0.1:{port}/{db.stem}/articles.json",
            params={"_search": "nguyen trong hung", "_shape": "array"}).json()]
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    # stopping `archiver serve` stops its Datasette too: nothing is left on the port
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/", timeout=1)
        except httpx.TransportError:
            break
        time.sleep(0.2)
    else:
        pytest.fail("Datasette still answers after `archiver serve` was terminated")


def test_datasette_links_each_article_to_its_capture(crawled: tuple[object, Path, Path]
                                                     ) -> None:
    from archiver.serve import serve

    _, _, db = crawled
    port = free_port()
    proc = serve(db, port=port, metadata_dir=db.parent)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_http(base + "/-/versions.json", alive=proc)
        capture_id = sqlite3.connect(db).execute(
            "select capture_id from articles where title = ?", (SEED_TITLE,)).fetchone()[0]
        page = httpx.get(f"{base}/{db.stem}/articles", params={"title": SEED_TITLE}).text
        assert f"/-/capture/{db.stem}/{capture_id}" in page
        archived = httpx.get(f"{base}/-/capture/{db.stem}/{capture_id}")
        assert archived.status_code == 200
        assert archived.headers["content-security-policy"] == "sandbox"
        assert "Phạm Thảo, Chi bộ Sở Thông tin và Truyền thông" in archived.text
        assert httpx.get(f"{base}/-/capture/{db.stem}/999999").status_code == 404
    finally:
        proc.terminate()
        proc.wait(timeout=10)


@pytest.mark.parametrize(("hosts", "workers"), [(150, 1), (20, 0)])
def test_crawl_starts_a_worker_for_many_polite_hosts_on_two_cpus(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, hosts: int, workers: int) -> None:
    """`archiver crawl` without --workers on 2 CPUs: one extraction worker when the sources'
    delays allow ≥ 100 requests/s, none for a few sites."""
    import archiver.crawl

    seen: list[int] = []

    class Done(Exception):
        pass

    def fake_crawl(db: Path, sites: object, *, settings: object, **_: object) -> object:
        seen.append(settings.extract_workers)  # type: ignore[attr-defined]
        raise Done

    monkeypatch.setattr(os, "cpu_count", lambda: 2)
    monkeypatch.setattr(archiver.crawl, "crawl", fake_crawl)
    sources = tmp_path / "sources.toml"
    sources.write_text("".join(
        f'[[site]]\nname = "s{i}"\ntitle = "S{i}"\nprovince = "P"\nprofile = "auto"\n'
        f'base_url = "https://h{i}.example/"\nstart_urls = ["https://h{i}.example/"]\ndelay = 1\n\n'
        for i in range(hosts)), encoding="utf-8")
    result = CliRunner().invoke(main, ["crawl", "--sources", str(sources),
                                       "--db", str(tmp_path / "a.db")])
    assert isinstance(result.exception, Done) or seen, result.output
    assert seen == [workers]


def test_progress_off_a_terminal_is_a_line_a_minute(capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """A crawl run by a timer (stderr a journal, no terminal) says how it goes once a minute,
    a line of its own, not nothing for a quarter of an hour."""
    from archiver import cli

    counts = {"new": 3, "updated": 1, "unchanged": 2, "not_modified": 0, "failed": 0}
    progress = cli._Progress(True)
    assert not progress.tty
    progress("replica", counts, 40)            # (the first minute: nothing yet)
    monkeypatch.setattr(progress, "last", progress.last - cli._Progress.LOG_EVERY)
    progress("replica", counts, 40)
    progress("replica", counts, 39)            # (within the minute again: nothing)
    progress.close()
    assert capsys.readouterr().err == ("progress: replica: 6 articles (3 new, 1 updated), "
                                       "0 not modified, 0 failed, 40 queued\n")
    quiet = cli._Progress(False)
    monkeypatch.setattr(quiet, "last", quiet.last - cli._Progress.LOG_EVERY)
    quiet("replica", counts, 40)
    assert capsys.readouterr().err == ""
