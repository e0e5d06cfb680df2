"""Relevance scores: archiver's bm25 against FTS5's bm25(), what it runs, what it samples."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from archiver import ranking
from archiver.models import Article
from archiver.search import Filters, Search, _phrases, search
from archiver.store import Archive

#: (title, body, author, captions, tags, published): repeats, phrases split by punctuation,
#: words in the title, the byline and the captions, both tone placements.
DOCS = [
    ("Đảng ủy Khối tổ chức hội nghị Ban Thường vụ",
     "Ban Thường vụ Đảng ủy Khối họp. Ban Thường-vụ thống nhất. Đảng viên dự.",
     "Nguyễn Trọng Hùng", ["Quang cảnh hội nghị Đảng ủy"], ["Xây dựng Đảng"], "2024-05-02"),
    ("Giữ gìn môi trường hoà bình",
     "Bà con giữ gìn cuộc sống hoà bình, hòa bình và đoàn kết. Nguyên tắc hoà bình.",
     "Lê Thị Lan", [], ["Dân vận"], "2024-04-01"),
    ("Tỉnh Hòa Bình phát triển du lịch",
     "Ban Thường vụ Tỉnh ủy Hòa Bình chỉ đạo. Người dân đang thu hoạch lúa. " * 3,
     "Nguyễn Văn Nam", ["Du lịch Hòa Bình"], [], "2023-11-20"),
    ("Hội nghị Ban Chấp hành",
     "Đồng chí Nguyễn Trọng Hùng phát biểu. Ban thường thường vụ làm việc. Đảng ủy, Đảng ủy.",
     "Trần Minh Đức", [], ["Chính trị"], "2023-06-03"),
    ("Người dân đang thu hoạch lúa",
     "Nông dân đang khẩn trương thu hoạch lúa mùa. Đảng bộ xã hỗ trợ.",
     "Phạm Thu Hà", ["Đảng viên giúp dân"], [], "2022-09-01"),
    ("Nguyên tắc tập trung dân chủ trong Đảng",
     "Nguyên tắc tập trung dân chủ là nguyên tắc tổ chức cơ bản của Đảng. " * 5,
     "Nguyễn Thị Hoa", [], ["Xây dựng Đảng"], "2021-03-15"),
    ("Khối thi đua",
     "Khối thi đua các huyện ký kết giao ước. Ban Thường vụ Huyện ủy chứng kiến.",
     "Hoàng Văn Bình", [], [], "2020-01-10"),
]

QUERIES = ["dang", "Đảng ủy", "dang uy khoi", '"Ban Thường vụ"', '"ban thuong vu"', "Nguy*",
           "nguyen* hung", "hoa OR binh", "hòa bình", "(hoa OR dang) NOT binh",
           '"ban thuong" "thuong vu"', "dang dang", 'dang "dang uy"', "nguyen tac"]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "rank.db")
    for i, (title, body, author, captions, tags, published) in enumerate(DOCS):
        archive.upsert(Article(url=f"https://tinhuy.vn/news/{i}.html", title=title,
                               published_at=published, body=body, author=author,
                               captions=captions, tags=tags),
                       site="tinhuy" if i % 2 else "baotinh", seen_at="2024-10-01T00:00:00Z")
    return archive


def _ranked(conn: sqlite3.Connection, query: str, index: str, window: int = 100
            ) -> ranking.Ranked:
    found = Search(conn, query)
    expression = found.exact_q if index == "articles_fts" else found.folded_q
    return ranking.rank_window(found._run, index, f"FROM {index} f WHERE {index} MATCH ?",
                               [expression], _phrases(found.query, index), window)


@pytest.mark.parametrize("index", ["articles_fts", "articles_fts_folded"])
@pytest.mark.parametrize("query", QUERIES)
def test_scores_are_fts5s_bm25(archive: Archive, query: str, index: str) -> None:
    """Every column weight, phrase, prefix, OR, NOT and overlapping phrases scored as
    FTS5's bm25() scores them (the archive is smaller than the sample: exact IDFs); a
    query of one phrase up to its IDF, the same factor for every row."""
    found = Search(archive.conn, query)
    expression = found.exact_q if index == "articles_fts" else found.folded_q
    expected = dict(archive.conn.execute(
        f"SELECT rowid, -bm25({index}, 10.0, 1.0, 3.0) FROM {index} WHERE {index} MATCH ?",
        (expression,)).fetchall())
    ranked = _ranked(archive.conn, query, index)
    assert sorted(ranked.rowids) == sorted(expected) and ranked.edge is None
    factors = [expected[r] / score for r, score in zip(ranked.rowids, ranked.scores,
                                                          strict=True)]
    one_phrase = len({p.fts for p in _phrases(found.query, index)}) == 1
    assert factors == pytest.approx([factors[0] if one_phrase and factors else 1.0]
                                    * len(factors),
                                    rel=1e-9)   # (no match at all in one index: [] == [])
    assert ranked.scores == sorted(ranked.scores, reverse=True)


def test_the_window_is_the_newest_matches(archive: Archive) -> None:
    ranked = _ranked(archive.conn, "dang", "articles_fts_folded", window=3)
    newest = [r for (r,) in archive.conn.execute(
        "SELECT rowid FROM articles_fts_folded WHERE articles_fts_folded MATCH 'dang' "
        "ORDER BY rowid LIMIT 3")]
    assert sorted(ranked.rowids) == sorted(newest) and ranked.edge == newest[-1]


def test_relevance_runs_no_bm25_and_counts_only_the_sample(
        archive: Archive, monkeypatch: pytest.MonkeyPatch) -> None:
    """What keeps a common word fast at any size: FTS5's bm25() is never called (it counts
    each phrase's matches in the whole index first), and a phrase's matches are counted
    among the newest IDF_SAMPLE rows only; a query of one phrase counts nothing."""
    monkeypatch.setattr(ranking, "IDF_SAMPLE", 3)
    statements: list[str] = []
    archive.conn.set_trace_callback(statements.append)
    try:
        search(archive.db, "dang uy khoi", order="relevance")
        counts = [s for s in statements if "count(*)" in s and "MATCH" in s]
        statements.clear()
        search(archive.db, '"ban thuong vu"', order="relevance")
    finally:
        archive.conn.set_trace_callback(None)
    assert counts and all("rowid <=" in s for s in counts)
    assert not [s for s in statements if "count(*)" in s]
    assert not [s for s in [*counts, *statements] if "bm25(" in s]


def test_document_frequencies_come_from_the_newest_rows(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """'alpha' is in each of the 4 newest articles and in none of the 8 older ones, 'beta'
    in one of the newest and in all the older ones. Over the whole index alpha is the rarer
    word and decides; over a sample of the 4 newest, beta is, and alpha counts as common
    (bm25's floor)."""
    archive = Archive(tmp_path / "sample.db")
    bodies = [("alpha beta beta beta", "2024-02-01"), ("alpha alpha alpha alpha", "2024-02-02"),
              ("alpha gamma", "2024-02-03"), ("alpha delta", "2024-02-04"),
              *[("beta gamma", f"2023-01-0{i + 1}") for i in range(8)]]
    for i, (body, published) in enumerate(bodies):
        archive.upsert(Article(url=f"https://x.vn/{i}.html", title=f"tin {i}", body=body,
                               published_at=published), site="x",
                       seen_at="2024-10-01T00:00:00Z")
    whole = [h.title for h in search(archive.db, "alpha OR beta", order="relevance")]
    monkeypatch.setattr(ranking, "IDF_SAMPLE", 4)
    sampled = [h.title for h in search(archive.db, "alpha OR beta", order="relevance")]
    assert whole[0] == "tin 1"        # four alphas
    assert sampled[0] == "tin 0"      # three betas


def test_relevance_with_filters_ranks_the_filtered_matches(archive: Archive) -> None:
    conn = archive.conn
    for filters in (Filters(site="baotinh"), Filters(since="2023-01-01"),
                    Filters(site="tinhuy", until="2024-04-30")):
        found = Search(conn, "dang", filters)
        sql, params = found.matches_sql()
        expected = [r for (r,) in conn.execute(
            f"SELECT f.rowid {sql} ORDER BY bm25(articles_fts_folded, 10.0, 1.0, 3.0), "
            f"f.rowid", params)]
        ranked = [hit.id for hit in found.hits(20, 0, "relevance")]
        ids = {r: i for r, i in conn.execute("SELECT sort_key, id FROM articles")}
        assert ranked == [ids[r] for r in expected], filters
        assert ranked   # the filters leave matches


def test_varints_read_fts5_records() -> None:
    assert ranking._varints(bytes([0x05, 0x81, 0x00, 0x7F, 0x82, 0x80, 0x01])) == [
        5, 128, 127, 32769]
