"""The list and article data behind the pages (no web framework): totals, facets exact or
sampled, the summary cache dropped by any commit, versions and copies."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver import browse
from archiver.models import Article
from archiver.store import Archive
from dskit import build_archive


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "b.db"
    build_archive(path)
    return path


def test_a_commit_drops_the_cached_totals_and_facets(db: Path) -> None:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    cache = browse.SummaryCache()
    first = browse.results(conn, "dang", cache=cache)
    assert browse.results(conn, "dang", cache=cache, offset=1, limit=1).total == first.total
    archive = Archive(db)
    archive.upsert(Article(url="https://x.vn/new", title="Đảng bộ mới", body="Đảng bộ.",
                           published_at="2025-01-01"), site="x", seen_at="2025-01-02T00:00:00Z")
    archive.close()
    after = browse.results(conn, "dang", cache=cache)
    assert after.total == first.total + 1
    assert ("x", 1) in next(f for f in after.facets if f.column == "site").values
    conn.close()


def test_facets_of_many_matches_are_estimated_from_an_even_sample(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = Archive(tmp_path / "many.db")
    archive.upsert_many((Article(url=f"https://x.vn/{i}", title=f"Tin {i}", body="Đảng bộ xã.",
                                 published_at=f"202{i % 2}-0{1 + i % 3}-01"),
                         "ab"[i % 4 == 0], "2024-01-02T00:00:00Z") for i in range(400))
    archive.close()
    conn = sqlite3.connect(tmp_path / "many.db")
    exact = browse.results(conn, "dang")
    assert not exact.facets_estimated and exact.total == 400
    sites = dict(next(f for f in exact.facets if f.column == "site").values)
    assert sites == {"a": 300, "b": 100}
    monkeypatch.setattr(browse, "EXACT_FACETS", 50)
    sampled = browse.results(conn, "dang")
    assert sampled.facets_estimated and sampled.total == 400
    estimate = dict(next(f for f in sampled.facets if f.column == "site").values)
    assert abs(estimate["a"] - 300) <= 40 and abs(estimate["b"] - 100) <= 40
    assert browse.results(conn, "dang", exact_facets=True).facets == exact.facets
    # a year chosen: exact counts over the narrowed matches, the total with them
    narrowed = browse.results(conn, "dang", [("year", "2021")])
    assert narrowed.total == 200 and not narrowed.facets_estimated
    conn.close()


def test_the_article_view_has_versions_copies_and_captures(db: Path) -> None:
    conn = sqlite3.connect(db)
    article_id = conn.execute("select id from articles where url = ?",
                              ["https://tinhuy.vn/news/dang-uy-1.html"]).fetchone()[0]
    view = browse.article(conn, article_id)
    assert view is not None
    assert [v["version"] for v in view.versions] == [1, 2]
    assert view.versions[1]["changed"] == ["title", "body"]
    assert [c["site"] for c in view.copies] == ["baotinh"]
    assert len(view.captures) == 1 and view.captures[0]["current"]
    assert browse.article(conn, 10**9) is None
    conn.close()


@pytest.mark.parametrize(("kwargs", "message"), [
    ({"limit": 0}, "page size"), ({"limit": 101}, "page size"), ({"offset": 10_001}, "past"),
    ({"equal": [("body", "x")]}, "cannot filter"),
])
def test_bounds_of_the_list(db: Path, kwargs: dict[str, object], message: str) -> None:
    from archiver.errors import QueryError

    conn = sqlite3.connect(db)
    with pytest.raises(QueryError, match=message):
        browse.results(conn, "dang", **kwargs)  # type: ignore[arg-type]
    conn.close()
