"""Vietnamese search: folded and exact indexes, query language, filters, order, errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.errors import QueryError
from archiver.models import Article
from archiver.search import parse_query, search
from archiver.store import Archive

DOCS = [
    ("https://tinhuy.vn/news/dang-uy-khoi-101.html", "tinhuy", "2024-05-02T08:00:00+07:00",
     "Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh sơ kết 6 tháng",
     "Sáng 2/5, Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh tổ chức hội nghị sơ kết công tác "
     "xây dựng Đảng.", "Nguyễn Trọng Hùng", "Xây dựng Đảng"),
    ("https://tinhuy.vn/news/hoa-binh-102.html", "tinhuy", "2023-01-15",
     "Giữ gìn môi trường hoà bình ở khu dân cư",
     "Bà con xã Tân Lập giữ gìn cuộc sống hoà bình, đoàn kết, ủng hộ cuộc vận động.",
     "Lê Thị Lan", "Dân vận"),
    ("https://baotinh.vn/chinh-tri/hoa-binh-103.html", "baotinh", "2024-08-20T15:00:00+07:00",
     "Tỉnh Hòa Bình phát triển du lịch cộng đồng",
     "Ban Thường vụ Tỉnh ủy Hòa Bình chỉ đạo phát triển du lịch cộng đồng gắn với giảm nghèo.",
     "Nguyễn Văn Nam", "Kinh tế"),
    ("https://baotinh.vn/chinh-tri/nguyen-104.html", "baotinh", "2022-11-03T07:00:00+07:00",
     "Hội nghị Ban Chấp hành lần thứ 12",
     "Đồng chí Nguyễn Trọng Hùng phát biểu. Ban Thường vụ Tỉnh ủy thống nhất chủ trương.",
     "Trần Minh Đức", "Chính trị"),
    ("https://baotinh.vn/xa-hoi/dang-105.html", "baotinh", "2024-09-01T07:00:00+07:00",
     "Người dân đang thu hoạch lúa",
     "Nông dân đang khẩn trương thu hoạch lúa mùa trước mùa mưa bão.",
     "Phạm Thu Hà", "Xã hội"),
]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "search.db")
    for url, site, published, title, body, author, category in DOCS:
        archive.upsert(Article(url=url, title=title, published_at=published, body=body,
                               author=author, category=category),
                       site=site, seen_at="2024-10-01T00:00:00Z")
    return archive


def urls(hits: list) -> list[str]:  # type: ignore[type-arg]
    return [h.url for h in hits]


def test_unaccented_query_finds_accented_text(archive: Archive) -> None:
    assert urls(search(archive.db, "dang uy khoi")) == [DOCS[0][0]]


def test_accented_query(archive: Archive) -> None:
    assert urls(search(archive.db, "Đảng ủy Khối")) == [DOCS[0][0]]


def test_phrase_query(archive: Archive) -> None:
    # newest first: 2024-08-20 before 2022-11-03
    assert urls(search(archive.db, '"Ban Thường vụ Tỉnh ủy"')) == [DOCS[2][0], DOCS[3][0]]
    assert search(archive.db, '"Tỉnh ủy Ban Thường vụ"') == []


def test_hoa_binh_finds_both_tone_styles(archive: Archive) -> None:
    assert set(urls(search(archive.db, "hoa binh"))) == {DOCS[1][0], DOCS[2][0]}
    # exact index with canonical tones: hoà == hòa, but not unaccented "hoa"
    assert set(urls(search(archive.db, "hòa bình", exact=True))) == {DOCS[1][0], DOCS[2][0]}
    assert set(urls(search(archive.db, "hoà bình", exact=True))) == {DOCS[1][0], DOCS[2][0]}
    assert search(archive.db, "hoa binh", exact=True) == []


def test_prefix_query(archive: Archive) -> None:
    assert set(urls(search(archive.db, "Nguyen*"))) == {DOCS[0][0], DOCS[2][0], DOCS[3][0]}


def test_dang_finds_dang_and_exact_ranks_first(archive: Archive) -> None:
    found = urls(search(archive.db, "dang"))
    assert DOCS[0][0] in found and DOCS[4][0] in found  # Đảng and đang
    ranked = search(archive.db, "Đảng", order="relevance")
    assert ranked[0].url == DOCS[0][0] and ranked[0].exact
    assert not next(h for h in ranked if h.url == DOCS[4][0]).exact


def test_person_phrase_and_snippet_highlight(archive: Archive) -> None:
    hits = search(archive.db, '"Nguyễn Trọng Hùng"')
    assert urls(hits) == [DOCS[0][0], DOCS[3][0]]  # as author (meta column) and in the body
    assert "[Nguyễn] [Trọng] [Hùng] phát biểu" in hits[1].snippet
    hits = search(archive.db, "du lich", mark=("<mark>", "</mark>"))
    assert "<mark>du</mark> <mark>lịch</mark>" in hits[0].snippet


def test_operators_and_parentheses(archive: Archive) -> None:
    assert set(urls(search(archive.db, "lua OR (du AND lich)"))) == {DOCS[4][0], DOCS[2][0]}
    assert urls(search(archive.db, "hoa binh NOT du")) == [DOCS[1][0]]
    assert urls(search(archive.db, "hoa AND binh AND Tan")) == [DOCS[1][0]]


def test_filters(archive: Archive) -> None:
    assert urls(search(archive.db, '"Ban Thuong vu"', site="tinhuy")) == []
    assert urls(search(archive.db, '"Ban Thuong vu"', since="2023-01-01")) == [DOCS[2][0]]
    assert urls(search(archive.db, '"Ban Thuong vu"', until="2022-11-03")) == [DOCS[3][0]]
    assert urls(search(archive.db, "hoa binh", since="2023-01-15", until="2023-01-15")) \
        == [DOCS[1][0]]
    assert urls(search(archive.db, "dang", author="Phạm Thu Hà")) == [DOCS[4][0]]
    assert urls(search(archive.db, "dang", category="Xây dựng Đảng")) == [DOCS[0][0]]
    assert len(search(archive.db, "dang", limit=1)) == 1


def test_search_accepts_a_path(archive: Archive, tmp_path: Path) -> None:
    archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert urls(search(tmp_path / "search.db", "dang uy khoi")) == [DOCS[0][0]]


@pytest.mark.parametrize("bad", [
    '"Ban Thường vụ', "(dang OR uy", "dang)", "AND dang", "dang OR", "dang AND OR uy",
    "()", "", "   ", "NOT dang", '""', "!!!",
])
def test_malformed_queries_raise_query_error(archive: Archive, bad: str) -> None:
    with pytest.raises(QueryError):
        search(archive.db, bad)


def test_parse_renders_fts_for_both_indexes() -> None:
    from archiver.text import canonical_tones, fold

    q = parse_query('Đảng (hoà OR "Tỉnh uỷ") NOT Nguyễn*')
    assert q.fts(fold) == '("dang" AND (("hoa" OR "tinh uy") NOT "nguyen"*))'
    assert q.fts(canonical_tones) == '("Đảng" AND (("hòa" OR "Tỉnh ủy") NOT "Nguyễn"*))'


def test_bad_order_is_query_error(archive: Archive) -> None:
    with pytest.raises(QueryError):
        search(archive.db, "dang", order="oldest")  # type: ignore[arg-type]


def test_non_archive_is_storage_error(tmp_path: Path) -> None:
    import sqlite3

    from archiver.errors import StorageError

    path = tmp_path / "empty.db"
    sqlite3.connect(path).close()
    with pytest.raises(StorageError):
        search(path, "dang")


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from(list('ab đĐảủ"()*-:^+.AND OR NOT')), max_size=20))
def test_any_input_is_results_or_query_error(archive: Archive, text: str) -> None:
    try:
        hits = search(archive.db, text)
    except QueryError:
        return
    assert isinstance(hits, list)


def test_newest_order_also_flags_exact_matches(archive: Archive) -> None:
    hits = {h.url: h.exact for h in search(archive.db, "Đảng")}
    assert hits[DOCS[0][0]] is True
    assert hits[DOCS[4][0]] is False  # "đang" matches folded only


def test_exact_hits_highlight_the_words_as_typed(tmp_path: Path) -> None:
    """An exact match marks "Trọng", not the unrelated "trong" that folds to the same key;
    an unaccented query marks both, and tone placement still does not matter."""
    archive = Archive(tmp_path / "marks.db")
    archive.upsert(Article(url="https://tinhuy.vn/a/1.html", title="Hội nghị giữ gìn hoà bình",
                           published_at="2024-05-02", body="Trong hội nghị, đồng chí Nguyễn "
                           "Trọng Hùng phát biểu trong không khí hoà bình, HOÀ BÌNH."),
                   site="tinhuy", seen_at="2024-10-01T00:00:00Z")
    [hit] = search(archive.db, '"Nguyễn Trọng Hùng"')
    assert hit.exact
    assert "[Nguyễn] [Trọng] [Hùng]" in hit.snippet and "[trong]" not in hit.snippet.lower()
    [hit] = search(archive.db, "trong")
    assert hit.snippet.count("[Trong]") == 1 and hit.snippet.count("[trong]") == 1
    assert "[Trọng]" in hit.snippet
    [hit] = search(archive.db, "hòa bình")  # new-style tone placement in the query
    assert hit.exact and "[hoà] [bình]" in hit.snippet and "[HOÀ] [BÌNH]" in hit.snippet


def test_snippet_opens_at_the_phrase_not_at_an_earlier_lone_word(tmp_path: Path) -> None:
    """A phrase far into the body is shown, not a lone word of it near the top ("quan
    trọng" before "Nguyễn Trọng Hùng"), for the query typed with or without diacritics."""
    filler = " ".join(f"Câu thứ {n} nói về công tác xây dựng Đảng ở cơ sở." for n in range(12))
    archive = Archive(tmp_path / "phrase.db")
    archive.upsert(Article(url="https://tinhuy.vn/a/2.html", title="Sơ kết công tác",
                           published_at="2024-05-02",
                           body="Việc này có ý nghĩa quan trọng. " + filler
                           + " Đồng chí Nguyễn Trọng Hùng phát biểu kết luận hội nghị."),
                   site="tinhuy", seen_at="2024-10-01T00:00:00Z")
    [hit] = search(archive.db, '"Nguyễn Trọng Hùng"')
    assert "[Nguyễn] [Trọng] [Hùng]" in hit.snippet and "quan" not in hit.snippet
    [hit] = search(archive.db, '"nguyen trong hung"')
    assert "[Nguyễn] [Trọng] [Hùng]" in hit.snippet and "quan" not in hit.snippet
    [hit] = search(archive.db, "trọng")   # one word: the first occurrence, as before
    assert "quan [trọng]" in hit.snippet


# -- one Search: counts, pages, orders, bounds ---------------------------------------------------

def test_exact_first_gives_the_spelling_typed_first_then_newest(archive: Archive) -> None:
    from archiver.search import Search

    hits = search(archive.db, "Đảng", order="exact-first", limit=10)
    assert [h.exact for h in hits] == sorted((h.exact for h in hits), reverse=True)
    assert hits[0].url == DOCS[0][0] and hits[-1].url == DOCS[4][0] and not hits[-1].exact
    search_ = Search(archive.conn, "Đảng")
    assert search_.count() == len(hits) and search_.exact_count() == 1
    # paging across the boundary between the exact matches and the others
    pages = [search_.hits(1, offset, "exact-first") for offset in range(len(hits) + 1)]
    assert [p[0].url for p in pages if p] == [h.url for h in hits] and pages[-1] == []


def test_offset_pages_through_every_order(archive: Archive) -> None:
    for order in ("newest", "exact-first", "relevance"):
        everything = [h.url for h in search(archive.db, "dang OR hoa", order=order, limit=50)]
        paged = [h.url for start in range(0, len(everything), 2)
                 for h in search(archive.db, "dang OR hoa", order=order, limit=2,
                                 offset=start)]
        assert paged == everything, order


def test_count_respects_filters(archive: Archive) -> None:
    from archiver.search import Filters, Search

    assert Search(archive.conn, "dang").count() == 2
    assert Search(archive.conn, "hoa binh", Filters(site="baotinh")).count() == 1
    narrowed = Search(archive.conn, "hoa binh", Filters(equal=(("year", "2023"),)))
    assert narrowed.count() == 1 and narrowed.hits()[0].url == DOCS[1][0]
    with pytest.raises(QueryError, match="cannot filter"):
        Search(archive.conn, "dang", Filters(equal=(("body", "x"),)))


@pytest.mark.parametrize(("text", "why"), [
    ("dang " * 51, "terms"), ("x" * 1001, "characters"), ("(" * 11 + "a" + ")" * 11, "nested"),
])
def test_queries_are_bounded_before_any_sql(text: str, why: str) -> None:
    import time

    started = time.perf_counter()
    with pytest.raises(QueryError, match=why):
        parse_query(text)
    assert time.perf_counter() - started < 0.1
    parse_query("dang " * 50)   # the limit itself is fine
    parse_query("(" * 10 + "a" + ")" * 10)


def test_bad_dates_are_refused_not_ignored(archive: Archive) -> None:
    with pytest.raises(QueryError, match="2023-13-01"):
        search(archive.db, "dang", since="2023-13-01")
    with pytest.raises(QueryError, match="until"):
        search(archive.db, "dang", until="soon")


def test_snippets_keep_accents_with_any_mark(archive: Archive) -> None:
    [hit] = search(archive.db, "dang uy khoi", mark=("<mark>", "</mark>"), limit=1)
    assert "<mark>Đảng</mark> <mark>ủy</mark> <mark>Khối</mark>" in hit.snippet


def _full_relevance(archive: Archive, query: str) -> list[str]:
    """Relevance order with every match scored: the matches as typed by the exact index's
    bm25, then the others by the folded index's."""
    from archiver.text import canonical_tones, fold

    parsed = parse_query(query)
    exact = [u for (u,) in archive.conn.execute(
        "SELECT a.url FROM articles_fts f JOIN articles a ON a.sort_key = f.rowid "
        "WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 10, 1, 3), f.rowid",
        (parsed.fts(canonical_tones),))]
    others = [u for (u,) in archive.conn.execute(
        "SELECT a.url FROM articles_fts_folded f JOIN articles a ON a.sort_key = f.rowid "
        "WHERE articles_fts_folded MATCH ? ORDER BY bm25(articles_fts_folded, 10, 1, 3), "
        "f.rowid", (parsed.fts(fold),)) if u not in exact]
    return exact + others


@pytest.mark.parametrize("query", ["dang OR hoa", "Đảng", "hoà bình", "Hòa Bình OR Đảng",
                                   '"Ban Thường vụ"', "Nguy* OR dang", "(dang OR hoa) NOT binh"])
def test_relevance_ranks_groups_within_the_window_whole(archive: Archive, query: str) -> None:
    assert urls(search(archive.db, query, order="relevance", limit=50)) == _full_relevance(
        archive, query)


@pytest.mark.parametrize("query", ["dang OR hoa OR ban", "Đảng OR Hòa Bình OR ban"])
def test_relevance_past_the_window_lists_every_match_once(
        archive: Archive, query: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """With a window of 2, each group's 2 newest matches are ranked by bm25, then its older
    ones follow newest first, as typed before the others; pages of any size agree."""
    import archiver.search

    monkeypatch.setattr(archiver.search, "RELEVANCE_WINDOW", 2)
    ranked = search(archive.db, query, order="relevance", limit=50)
    newest = search(archive.db, query, order="newest", limit=50)
    assert sorted(urls(ranked)) == sorted(urls(newest))
    exact = [h for h in ranked if h.exact]
    assert ranked[:len(exact)] == exact                      # as typed first
    for group in (exact, ranked[len(exact):]):
        dates = [h.published_at or "" for h in group[2:]]
        assert dates == sorted(dates, reverse=True)          # past the window: newest first
        assert {h.url for h in group[:2]} == {               # the window: the 2 newest
            h.url for h in sorted(group, key=lambda h: h.published_at or "",
                                  reverse=True)[:2]}
    for size in (1, 2, 3):
        paged = [h.url for start in range(0, len(ranked), size)
                 for h in search(archive.db, query, order="relevance", limit=size,
                                 offset=start)]
        assert paged == urls(ranked), size
