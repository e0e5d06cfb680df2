"""A day the server misbehaves (sites20): what it answers in place of an archived article
never becomes the article's record, and new articles behind a script's list are found.

- a page cut off (a script dying after the response began: 200, no ``</body></html>``)
  shorter than the archived text is no edit;
- a section in maintenance answering 200 with a short notice ("đang được bảo trì") is no
  edit, no withdrawal, and no new article either;
- a section's first page that is an empty shell a script fills from "Xem thêm" is read
  through its fragment.
Each is held: the record kept whole, the address asked again next run (``deferred``: no
failure, no withdrawal), the run's notes saying so — however many runs it lasts (a site
away for weeks, sites21), the notes naming it apart from the third run in a row; only a
new address's maintenance notice is taken for the page at the third."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from daykit import DaySite, crawl_site, page_html, record, serve

CUT = "Bà Trần Thị"    # the last paragraph's opening words (daykit.paragraphs)



@pytest.fixture
def served() -> Iterator[tuple[DaySite, str]]:
    with serve() as both:
        yield both


def _failures(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [str(e) for (e,) in conn.execute("select error from fetch_failures")]
    finally:
        conn.close()


def _notes(report: Any) -> str:
    return " ".join(n for notes in report.notes.values() for n in notes)


_WEBSITE_AWAY = page_html(
    "Website đang bảo trì", "<div class='notice'><h1>Website đang bảo trì</h1><p>Trang thông "
    "tin điện tử đang được bảo trì, nâng cấp hệ thống. Mong quý bạn đọc thông cảm và quay lại "
    "sau.</p></div>")


def _answering(site: DaySite, where: Callable[[str], bool], status: str,
               headers: list[tuple[str, str]], body: str) -> Callable[[], None]:
    """Make the site answer ``status``/``headers``/``body`` at the paths ``where`` picks (as
    it does elsewhere); what puts it back as it was."""
    original = site._answer

    def answer(path: str, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], str]:
        return (status, headers, body) if where(path) else original(path, environ)

    site._answer = answer    # type: ignore[method-assign]

    def restore() -> None:
        site._answer = original  # type: ignore[method-assign]
    return restore


def test_a_page_cut_off_is_no_edit(served: tuple[DaySite, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    original = site._answer

    def cut(path: str, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], str]:
        status, headers, body = original(path, environ)
        if path == "/tin-tuc/view/3102":
            body = body[: body.index(CUT)] + '<div class="doc-them"><a href="/'
        return status, headers, body

    site._answer = cut    # type: ignore[method-assign]
    for run in range(4):
        report = crawl_site(db, base)
        _, body, versions = record(db, base, 2)
        assert CUT in body and versions == 1, run
        assert "cut off" in _notes(report) and not _failures(db)
        assert report.exit_code == 0
        # (from the third run in a row the notes say the site may be away for good)
        assert ("3 runs or more" in _notes(report)) == (run >= 2), run
    site._answer = original  # type: ignore[method-assign]


def test_maintenance_is_no_edit_no_withdrawal_and_no_article(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    notice = page_html("Thông báo bảo trì", "<div class='notice'><h1>Thông báo bảo trì</h1><p>"
                   "Chuyên mục đang được bảo trì, nâng cấp dữ liệu từ 22 giờ ngày 14/5/2025. "
                   "Mong quý bạn đọc thông cảm và quay lại sau.</p></div>")
    site.posts[3109] = site.posts[3108].__class__(
        "Bài mới đăng trong chuyên mục đang bảo trì dữ liệu", ["x"],
        site.posts[3101].published + timedelta(hours=1), "created-9")
    restore = _answering(site, lambda p: p.startswith("/tin-tuc/view/"), "200 OK", [], notice)
    for _ in range(2):   # (two runs: a new address's notice is taken for the page at the third)
        report = crawl_site(db, base)
        conn = sqlite3.connect(db)
        rows = conn.execute("select title, withdrawn_at, version_count from articles").fetchall()
        conn.close()
        assert len(rows) == 8                               # no notice stored as an article
        assert all(w is None and v == 1 and t != "Thông báo bảo trì" for t, w, v in rows)
        assert "away for now" in _notes(report) and not _failures(db)
    restore()
    crawl_site(db, base)          # the section is back: its new article archived at last
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 9
    conn.close()


def test_an_article_held_for_weeks_is_never_replaced(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    """A whole site answering one maintenance page for runs on end (sites21's weeks of
    migration): every archived article kept whole, never withdrawn, never a new version,
    the notes saying from the third run that the site may be away for good; when the site
    is back, what changed meanwhile is read as any other change."""
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    restore = _answering(site, lambda p: p.startswith("/tin-tuc/view/"), "200 OK", [],
                         _WEBSITE_AWAY)
    for run in range(5):
        report = crawl_site(db, base, revisit=True)
        conn = sqlite3.connect(db)
        rows = conn.execute("select title, withdrawn_at, version_count from articles").fetchall()
        conn.close()
        assert len(rows) == 8 and all(
            w is None and v == 1 and t != "Website đang bảo trì" for t, w, v in rows), run
        assert ("away for good" in _notes(report)) == (run >= 2), run
        assert not _failures(db) and report.exit_code == 0
        # asked again next run at first; from the third run in a row, in the re-checks'
        # turn as any archived article (a site away for good is not asked for every
        # article every run)
        conn = sqlite3.connect(db)
        states = {s for (s,) in conn.execute(
            "select state from urls where url like '%/tin-tuc/view/%'")}
        conn.close()
        assert states == ({"done"} if run >= 2 else {"deferred"}), (run, states)
    restore()
    report = crawl_site(db, base, revisit=True)
    assert "away" not in _notes(report)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles where withdrawn_at is null"
                        ).fetchone()[0] == 8
    conn.close()


def test_a_site_moved_to_another_host(served: tuple[DaySite, str], tmp_path: Path) -> None:
    """Every address of the site answers 301 to the same path on a new host name (a new
    domain; sites21): not followed off the site — nothing withdrawn, nothing failed twice
    over, the notes telling the archivist to add the host; with it in ``hosts``, each
    article followed there as the row it was (its address the new one)."""
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    original = site._answer
    port = base.rsplit(":", 1)[1]

    def moved(path: str, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], str]:
        if environ.get("HTTP_HOST", "").startswith("127.0.0.1"):
            return "301 Moved Permanently", [("Location", f"http://localhost:{port}{path}")], ""
        return original(path, environ)

    site._answer = moved    # type: ignore[method-assign]
    report = crawl_site(db, base, revisit=True)
    assert f'add "localhost:{port}" to its hosts' in _notes(report)
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*), count(withdrawn_at) from articles").fetchone() == (8, 0)
    conn.close()
    crawl_site(db, base, revisit=True, hosts=(f"localhost:{port}",))
    conn = sqlite3.connect(db)
    rows = conn.execute("select url, withdrawn_at from articles").fetchall()
    conn.close()
    assert len(rows) == 8 and all(u.startswith(f"http://localhost:{port}/") and w is None
                                  for u, w in rows)
    site._answer = original  # type: ignore[method-assign]


def test_a_site_away_for_good_is_not_asked_for_every_article_every_run(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    """Every address of the site, its home page too, answers one maintenance page: from
    the third run in a row its old articles' addresses wait for their re-checks' turn
    (a site gone for good is not asked for all its articles every night); the run the
    site lists its articles again, they are asked again at once, and what changed
    meanwhile (an article deleted) is read."""
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    old = [f"/tin-tuc/view/{i}" for i in range(3104, 3109)]   # (months old: no re-check due)
    restore = _answering(site, lambda p: True, "200 OK", [], _WEBSITE_AWAY)
    for _ in range(3):
        crawl_site(db, base, revisit=True)
    for _ in range(2):
        start = len(site.log)
        crawl_site(db, base)
        asked = {p for p, _, _ in site.log[start:] if p in old}
        assert len(asked) < len(old), asked   # (the rolling re-checks' share, not all)
    restore()
    del site.posts[3105]
    start = len(site.log)
    crawl_site(db, base)
    assert {p for p, _, _ in site.log[start:]} >= set(old)
    conn = sqlite3.connect(db)
    gone = conn.execute("select count(*) from articles where withdrawn_at is not null "
                        "and url like '%/3105'").fetchone()[0]
    kept = conn.execute("select count(*) from articles where withdrawn_at is null").fetchone()[0]
    conn.close()
    assert (gone, kept) == (1, 7)


@pytest.mark.parametrize(("words", "withdrawn"), [
    ("Tin bài này đã được thu hồi theo yêu cầu của cơ quan chủ quản. Thành thật xin lỗi bạn "
     "đọc.", True),                                   # the site's takedown notice: gone
    ("Nội dung đã hết hạn hoặc không còn hiệu lực.", True),   # past its display end: gone
    ("Bài viết này đã hết thời hạn đăng tải.", True),
    ("Nội dung đang được biên soạn lại, mời bạn đọc xem các tin khác trên trang chủ.", False),
], ids=["taken-down", "expired", "expired-posting", "short-notice"])
def test_one_articles_page_turned_into_a_notice_while_the_site_answers(
        served: tuple[DaySite, str], tmp_path: Path, words: str, withdrawn: bool) -> None:
    """One article's address answers a short undated notice while the site lists its
    articles as ever: a takedown notice is a withdrawal at once; any other short notice is
    held, then on its third run taken for the page (no outage: the page itself changed),
    never held for ever with notes blaming the site."""
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    notice = page_html("Thông báo", f"<article><h1>Thông báo</h1><p>{words}</p></article>")
    restore = _answering(site, lambda p: p == "/tin-tuc/view/3102", "200 OK", [], notice)
    for run in range(3):
        report = crawl_site(db, base, revisit=True)
        conn = sqlite3.connect(db)
        gone, versions = conn.execute("select withdrawn_at is not null, version_count from "
                                      "articles where url like '%/3102'").fetchone()
        conn.close()
        if withdrawn:
            assert gone, run
        else:
            assert not gone and versions == (2 if run == 2 else 1), run
            assert "away for good" not in _notes(report)
    restore()


def test_one_article_redirecting_off_the_site_is_no_move(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    """One item redirecting to a video host (or a sign-in page elsewhere): not followed,
    and no note telling the archivist the site moved."""
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    restore = _answering(site, lambda p: p == "/tin-tuc/view/3102", "302 Found",
                         [("Location", "https://video.example.com/watch?v=3102")], "")
    report = crawl_site(db, base, revisit=True)
    assert "to its hosts" not in _notes(report)
    restore()
