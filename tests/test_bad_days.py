"""A day the server misbehaves (sites20): what it answers in place of an archived article
never becomes the article's record, and new articles behind a script's list are found.

- a page cut off (a script dying after the response began: 200, no ``</body></html>``)
  shorter than the archived text is no edit;
- a section in maintenance answering 200 with a short notice ("đang được bảo trì") is no
  edit, no withdrawal, and no new article either;
- a section's first page that is an empty shell a script fills from "Xem thêm" is read
  through its fragment.
Each is held: the record kept whole, the address asked again next run (``deferred``: no
failure, no withdrawal), the run's notes saying so — until the same answer has come on
three runs in a row, when it is the page as it now is."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
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
    for run in range(2):
        report = crawl_site(db, base)
        _, body, versions = record(db, base, 2)
        assert CUT in body and versions == 1, run
        assert "cut off" in _notes(report) and not _failures(db)
        assert report.exit_code == 0
    # the same cut page on a third run in a row: the page as it now is
    crawl_site(db, base)
    _, body, versions = record(db, base, 2)
    assert CUT not in body and versions == 2
    site._answer = original  # type: ignore[method-assign]


def test_maintenance_is_no_edit_no_withdrawal_and_no_article(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    original = site._answer
    notice = page_html("Thông báo bảo trì", "<div class='notice'><h1>Thông báo bảo trì</h1><p>"
                   "Chuyên mục đang được bảo trì, nâng cấp dữ liệu từ 22 giờ ngày 14/5/2025. "
                   "Mong quý bạn đọc thông cảm và quay lại sau.</p></div>")

    def away(path: str, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], str]:
        if path.startswith("/tin-tuc/view/"):
            return "200 OK", [], notice
        return original(path, environ)

    site.posts[3109] = site.posts[3108].__class__(
        "Bài mới đăng trong chuyên mục đang bảo trì dữ liệu", ["x"],
        site.posts[3101].published + timedelta(hours=1), "created-9")
    site._answer = away    # type: ignore[method-assign]
    for _ in range(2):
        report = crawl_site(db, base)
        conn = sqlite3.connect(db)
        rows = conn.execute("select title, withdrawn_at, version_count from articles").fetchall()
        conn.close()
        assert len(rows) == 8                               # no notice stored as an article
        assert all(w is None and v == 1 and t != "Thông báo bảo trì" for t, w, v in rows)
        assert "away for now" in _notes(report) and not _failures(db)
    site._answer = original  # type: ignore[method-assign]
    crawl_site(db, base)          # the section is back: its new article archived at last
    conn = sqlite3.connect(db)
    assert conn.execute("select count(*) from articles").fetchone()[0] == 9
    conn.close()
    site._answer = original  # type: ignore[method-assign]
