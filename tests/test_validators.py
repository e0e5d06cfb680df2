"""Re-checks against validators that never change, and an address given to another article.

A site whose ``ETag`` / ``Last-Modified`` are built from each record's creation answers a
conditional re-check of an edited page with 304 (sites18 C). Recent articles are re-checked
whole, an archived article a listing shows under a new headline is re-checked whole, and a
host caught answering a changed page with its archived validators has every re-check
fetched whole from then on (``hosts.validators_untrusted_at``). A page at an article's own
address that is another article is a row of its own; the old row is withdrawn, never
overwritten (``store.upsert``)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from archiver.models import Article
from archiver.store import Archive
from daykit import PLACES, WORDS, DaySite, crawl_site, distrusted, paragraphs, record, serve


@pytest.fixture
def served() -> Iterator[tuple[DaySite, str]]:
    with serve() as both_:
        yield both_


def test_the_daily_run_fetches_recent_articles_whole_and_catches_lying_validators(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    assert distrusted(db) == []
    # silent corrections of two recent articles and of an old one: all still answer 304 to
    # the validators they were archived with
    for i in (3101, 3102, 3107):
        site.posts[i].body[1] = site.posts[i].body[1].replace("tỷ đồng", "tỷ đồng (đã đính chính)")
    site.log.clear()
    report = crawl_site(db, base)
    recent = [c for p, c, _ in site.log if p == "/tin-tuc/view/3102"]
    assert recent == [False]                        # fetched whole
    assert "đã đính chính" in record(db, base, 2)[1]
    assert record(db, base, 2)[2] == 2
    # caught by the second page changed under its archived validators: the host is
    # distrusted, and the run's notes say so
    assert distrusted(db) == [f"127.0.0.1:{base.rsplit(':', 1)[1]}"]
    assert any("validators do not change" in n for n in report.notes.get("htx", []))
    # from then on its re-checks fetch whole pages: the old correction is seen by the next
    # full re-check, where a conditional request would have been told 304
    site.log.clear()
    crawl_site(db, base, revisit=True)
    assert not [p for p, c, _ in site.log if c and p.startswith("/tin-tuc/")]
    assert "đã đính chính" in record(db, base, 7)[1]


def test_a_listing_naming_an_article_anew_has_it_checked_whole(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    """Old articles only (no recent one to catch the host by): a headline corrected, which
    the home page shows, is re-checked whole; the host is caught by it, and the run's 304s
    (a silent correction among them) are asked again whole."""
    site, base = served
    for post in site.posts.values():
        post.published -= timedelta(days=30)
    db = tmp_path / "a.db"
    crawl_site(db, base)
    for i in (3104, 3105):
        site.posts[i].title = site.posts[i].title.replace(f"lần thứ {i - 3100}",
                                                          "lần thứ năm (sửa tên)")
    site.posts[3106].body[2] = site.posts[3106].body[2].replace("giải pháp", "giải pháp trọng tâm")
    site.log.clear()
    crawl_site(db, base, revisit=True)
    assert "(sửa tên)" in record(db, base, 4)[0] and "(sửa tên)" in record(db, base, 5)[0]
    assert "giải pháp trọng tâm" in record(db, base, 6)[1]
    assert distrusted(db)
    # the unchanged ones stay one version each
    assert all(record(db, base, i)[2] == 1 for i in (1, 2, 3, 7, 8))
    # and the host's home page is still asked for conditionally (only articles are not)
    site.log.clear()
    crawl_site(db, base)
    assert [c for p, c, _ in site.log if p == "/"] == [True]


def test_one_changed_page_or_a_new_extractor_distrusts_nobody(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    """One page changed under its validators (a counter in the text under a record's
    Last-Modified) is not yet a lying host; nor is a record made by an older extractor
    (its stored text differs from what today's extractor reads in the same capture)."""
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    conn = sqlite3.connect(db)
    conn.execute("update articles set content_hash = 'made-by-an-older-extractor'")
    conn.commit()
    conn.close()
    site.posts[3101].body[0] += " Cập nhật số liệu."
    crawl_site(db, base)
    assert distrusted(db) == []
    assert "Cập nhật số liệu" in record(db, base, 1)[1]


def test_a_full_revisit_fetches_recent_articles_whole(
        served: tuple[DaySite, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    crawl_site(db, base)
    site.log.clear()
    crawl_site(db, base, revisit=True)
    sent = {p: c for p, c, _ in site.log if p.startswith("/tin-tuc/view/")}
    assert sent["/tin-tuc/view/3102"] is False and sent["/tin-tuc/view/3107"] is True


@pytest.mark.parametrize("wording", [
    lambda title, n: f"{title} {n * 37} lượt xem",          # a count of views after it
    lambda title, n: f"Video: {title} ({n} giờ trước)",      # a kind before, a time after
    lambda title, n: " ".join(title.split()[:6]) + " [...]",  # cut short
], ids=["views", "label-and-time", "cut"])
def test_a_listing_wording_a_headline_its_own_way_costs_nothing(
        served: tuple[DaySite, str], tmp_path: Path,
        wording: Callable[[str, int], str]) -> None:
    """A listing printing a count of views or a time with each headline (changing every
    run), a kind before it, or cutting it short asks for nothing whole."""
    site, base = served
    for post in site.posts.values():
        post.published -= timedelta(days=30)
    db = tmp_path / "a.db"
    crawl_site(db, base)
    for run in (1, 2):
        site.list_titles.update({i: wording(p.title, i + run) for i, p in site.posts.items()})
        site.log.clear()
        crawl_site(db, base, revisit=True)
        checks = [(p, c, s) for p, c, s in site.log if p.startswith("/tin-tuc/view/")]
        assert checks and all(c and s == 304 for _, c, s in checks), run
    assert distrusted(db) == []


# -- an address given to another article ------------------------------------------------------

URL = "https://htx.vn/tin-tuc/view/3286"


def _article(i: int, published: str, title: str | None = None,
             body: list[str] | None = None) -> Article:
    return Article(url=URL, title=title or f"Hội nghị {WORDS[i]} tại {PLACES[i % 6]} năm 2025",
                   published_at=published, body="\n\n".join(body or paragraphs(i)))


def _rows(archive: Archive) -> list[tuple[Any, ...]]:
    return archive.conn.execute("select id, url, title, withdrawn_at, version_count "
                                "from articles order by id").fetchall()


def test_another_article_at_an_articles_own_address_is_a_row_of_its_own(tmp_path: Path) -> None:
    archive = Archive(tmp_path / "a.db")
    archive.upsert(_article(1, "2025-03-31T13:25:00+07:00"), site="htx",
                   seen_at="2025-06-24T02:00:00Z")
    outcome = archive.upsert(_article(8, "2025-06-24T15:10:00+07:00"), site="htx",
                             seen_at="2025-06-25T02:00:00Z")
    assert outcome == "new"
    (_, old_url, old_title, withdrawn, old_versions), (new_id, url, title, live, _) = \
        _rows(archive)
    # the old article: withdrawn, its text and headline kept, under its address marked
    assert old_url == URL + "#replaced-2025-06-25" and withdrawn and old_versions == 1
    assert old_title == _article(1, "x").title
    assert url == URL and live is None and title == _article(8, "x").title
    held = archive.get(URL)
    assert held is not None and held["id"] == new_id          # the address: the new one
    # re-reading the day-1 capture (reextract) goes back to the old row, changing nothing
    assert archive.upsert(_article(1, "2025-03-31T13:25:00+07:00"), site="htx",
                          seen_at="2025-06-24T02:00:00Z") == "unchanged"
    assert [r[4] for r in _rows(archive)] == [1, 1]
    # the next re-check of the address updates the new article, as any other
    assert archive.upsert(_article(8, "2025-06-24T15:10:00+07:00"), site="htx",
                          seen_at="2025-06-26T02:00:00Z") == "unchanged"
    assert len(_rows(archive)) == 2


@pytest.mark.parametrize("edit", [
    # another headline and a rewritten half, the same day: an edit
    lambda: _article(1, "2025-03-31T13:25:00+07:00", title="Tháo gỡ khó khăn cho hợp tác xã ở "
                     "Văn Chấn", body=paragraphs(1)[:2] + paragraphs(9)[2:]),
    # a corrected day and headline over the same text: an edit
    lambda: _article(1, "2025-04-01T13:25:00+07:00", title="Hội nghị chuyển đổi số hợp tác xã "
                     "tại Mù Cang Chải"),
    # a generic headline ("Thông báo") over another text, another day: nothing told, an edit
    lambda: _article(8, "2025-06-24T15:10:00+07:00", title="Thông báo"),
], ids=["rewritten-same-day", "redated-same-text", "generic-headline"])
def test_an_edit_at_its_own_address_stays_the_same_row(tmp_path: Path,
                                                       edit: Callable[[], Article]) -> None:
    archive = Archive(tmp_path / "a.db")
    first = _article(1, "2025-03-31T13:25:00+07:00")
    if edit().title == "Thông báo":
        first.title = "Thông báo"
    archive.upsert(first, site="htx", seen_at="2025-06-24T02:00:00Z")
    assert archive.upsert(edit(), site="htx", seen_at="2025-06-25T02:00:00Z") == "updated"
    (_, url, _, withdrawn, versions), = _rows(archive)
    assert url == URL and withdrawn is None and versions == 2


def test_the_article_back_at_its_address_takes_it_back(tmp_path: Path) -> None:
    """Another article shown once at an article's address (a glitch, a cache mix-up, an
    editor's undo): when the first is there again, the address is its own again — its
    row's ``url``, its later edits — and the other one leaves it, withdrawn."""
    archive = Archive(tmp_path / "a.db")
    archive.upsert(_article(1, "2025-03-31T13:25:00+07:00"), site="htx",
                   seen_at="2025-06-24T02:00:00Z")
    archive.upsert(_article(8, "2025-06-24T15:10:00+07:00"), site="htx",
                   seen_at="2025-06-25T02:00:00Z")
    archive.upsert(_article(1, "2025-03-31T13:25:00+07:00"), site="htx",
                   seen_at="2025-06-26T02:00:00Z")
    (first, url, _, withdrawn, _), (_, other_url, _, other_withdrawn, _) = _rows(archive)
    assert url == URL and withdrawn is None
    assert other_url.startswith(URL + "#replaced-") and other_withdrawn
    edited = _article(1, "2025-03-31T13:25:00+07:00", body=[*paragraphs(1), "Đính chính: số liệu."])
    assert archive.upsert(edited, site="htx", seen_at="2025-06-27T02:00:00Z") == "updated"
    held = archive.get(URL)
    assert held is not None and held["id"] == first and held["version_count"] == 2


def test_a_sitemap_stamping_every_entry_with_its_own_time_queues_nothing_again(
        tmp_path: Path) -> None:
    """A sitemap generated on request whose every lastmod is the moment it was asked for
    says nothing of any page: the next run checks what the daily schedule checks (a few
    old articles in turn), as it does with a sitemap that tells each page's last change —
    not every article the sitemap lists. A later lastmod of one entry in an honest sitemap
    still has that article asked again."""
    old = {f"/tin-tuc/view/{3100 + i}" for i in range(4, 9)}    # months old
    asked: dict[str, set[str]] = {}
    for lastmods in ("honest", "now"):
        with serve() as (site, base):
            site.lastmods = lastmods
            db = tmp_path / f"{lastmods}.db"
            crawl_site(db, base, sitemap=True)
            assert old <= {p for p, _, _ in site.log}
            site.log.clear()
            site.ahead = timedelta(hours=1)   # the next run: "now" has moved on
            site.modified[3106] = datetime.now() + site.ahead
            crawl_site(db, base, sitemap=True)
            asked[lastmods] = {p for p, _, _ in site.log} & old
    assert "/tin-tuc/view/3106" in asked["honest"]
    # (as many as the daily schedule checks in turn — which of the equally old ones it
    # takes is the order of their fetch times, a tie on a fast machine)
    assert len(asked["now"]) == len(asked["honest"] - {"/tin-tuc/view/3106"})
    assert len(asked["now"]) < len(old)
