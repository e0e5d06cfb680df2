"""Archive: migrations, idempotent upserts, revisions, withdrawals, FTS sync, duplicates."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.errors import StorageError
from archiver.models import Article, Image, Related
from archiver.store import FTS_AUTOMERGE, PAGE_SIZE, SCHEMA_VERSION, Archive, LoadItem

BODY = (
    "Sáng 12/3, Ban Thường vụ Tỉnh ủy Thái Nguyên tổ chức hội nghị quán triệt Nghị quyết "
    "số 18-NQ/TW của Ban Chấp hành Trung ương Đảng về tiếp tục đổi mới, sắp xếp tổ chức bộ "
    "máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả.\n\n"
    "Đồng chí Nguyễn Trọng Hùng, Phó Bí thư Thường trực Tỉnh ủy, chủ trì hội nghị. "
    "Các đại biểu thảo luận sôi nổi về giải pháp nâng cao chất lượng đội ngũ cán bộ."
)


def make(url: str = "https://tinhuythainguyen.vn/news/xay-dung-dang/hoi-nghi-2743.html",
         **kw: object) -> Article:
    base: dict[str, object] = dict(
        url=url, title="Ban Thường vụ Tỉnh uỷ quán triệt Nghị quyết 18",
        published_at="2024-03-12T09:30:00+07:00", author="Nguyễn Trọng Hùng",
        author_unit="Ban Tuyên giáo Tỉnh ủy", category="Xây dựng Đảng",
        lead="Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", body=BODY,
        captions=["Quang cảnh hội nghị."],
        images=[Image(src="https://tinhuythainguyen.vn/uploads/news/2024_03/a.jpg",
                      caption="Quang cảnh hội nghị.")],
        tags=["Nghị quyết 18"],
        related=[Related(url="https://tinhuythainguyen.vn/news/a-1.html", title="Tin cũ")])
    base.update(kw)
    return Article(**base)  # type: ignore[arg-type]


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "archive.db")


def article_rows(archive: Archive) -> list[tuple[object, ...]]:
    return archive.conn.execute("SELECT * FROM articles ORDER BY id").fetchall()


def fts_integrity(archive: Archive) -> None:
    for table in ("articles_fts", "articles_fts_folded"):
        archive.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


def test_open_sets_wal_and_records_migrations(archive: Archive) -> None:
    assert archive.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert archive.conn.execute("PRAGMA synchronous").fetchone()[0] == 1  # NORMAL
    versions = [r[0] for r in archive.conn.execute(
        "SELECT version FROM schema_migrations WHERE component='articles' ORDER BY version")]
    assert versions == list(range(1, SCHEMA_VERSION + 1))
    assert archive.migrate() == SCHEMA_VERSION  # idempotent


def test_older_database_is_upgraded_and_indexed(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    old = Archive.__new__(Archive)
    old.db = __import__("sqlite_utils").Database(sqlite3.connect(path, isolation_level=None))
    old.conn = old.db.conn
    assert old.migrate(target=1) == 1
    old.conn.execute(
        "INSERT INTO articles (id, url, site, title, body, content_hash, first_seen_at, "
        "last_seen_at, version_seen_at, sort_key) VALUES (1, 'https://a.vn/1.html', 'a', "
        "'Đảng ủy Khối họp', 'Nội dung', 'h', 't', 't', 't', -1)")
    old.conn.close()
    upgraded = Archive(path)
    assert upgraded.schema_version() == SCHEMA_VERSION
    hits = upgraded.conn.execute(
        "SELECT rowid FROM articles_fts_folded WHERE articles_fts_folded MATCH 'dang uy khoi'"
    ).fetchall()
    assert hits == [(-1,)]
    fts_integrity(upgraded)
    assert fts_automerge(upgraded) == {"articles_fts": FTS_AUTOMERGE,
                                       "articles_fts_folded": FTS_AUTOMERGE}


def fts_automerge(archive: Archive) -> dict[str, int]:
    return {table: archive.conn.execute(
        f"SELECT v FROM {table}_config WHERE k = 'automerge'").fetchone()[0]
        for table in ("articles_fts", "articles_fts_folded")}


def test_fts_indexes_merge_with_a_wide_fan_in(archive: Archive) -> None:
    assert FTS_AUTOMERGE > 4  # SQLite's default
    assert fts_automerge(archive) == {"articles_fts": FTS_AUTOMERGE,
                                      "articles_fts_folded": FTS_AUTOMERGE}


def test_newer_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    Archive(path).conn.execute(
        "INSERT INTO schema_migrations VALUES ('articles', 999, 'future', 'now')")
    with pytest.raises(StorageError, match="newer than this archiver"):
        Archive(path)


def test_upsert_new_unchanged_is_byte_identical(archive: Archive) -> None:
    assert archive.upsert(make(), site="thainguyen", seen_at="2024-03-12T03:00:00Z",
                          capture_id=7) == "new"
    before = article_rows(archive)
    assert archive.upsert(make(), site="thainguyen", seen_at="2024-03-12T03:00:00Z",
                          capture_id=8) == "unchanged"
    assert article_rows(archive) == before
    # an older sighting changes nothing either
    assert archive.upsert(make(), site="thainguyen", seen_at="2024-03-01T00:00:00Z") \
        == "unchanged"
    assert article_rows(archive) == before
    # a newer sighting moves last_seen_at only
    assert archive.upsert(make(), site="thainguyen", seen_at="2024-04-01T00:00:00Z") \
        == "unchanged"
    row = archive.get(make().url)
    assert row is not None
    assert row["last_seen_at"] == "2024-04-01T00:00:00Z"
    assert row["first_seen_at"] == "2024-03-12T03:00:00Z"
    assert row["capture_id"] == 7
    assert row["captions"] == ["Quang cảnh hội nghị."]
    assert row["images"][0]["caption"] == "Quang cảnh hội nghị."
    assert (row["year"], row["month"], row["published_date"]) == (2024, "2024-03", "2024-03-12")
    assert archive.count() == 1


def test_the_current_texts_own_capture_re_read_rebuilds_the_row(archive: Archive) -> None:
    """Re-extraction stamps a record with its capture's fetch time, which may fall a second
    before the time the crawl stamped its version with: the current text's own capture is
    no older capture, and its new reading replaces the row (the reextract flake: a stale
    row kept as it was when the crawl's stamp crossed a second)."""
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:01Z", capture_id=5)
    fixed = make(body=BODY.replace("Sáng 12/3", "Chiều 12/3"))
    assert archive.upsert(fixed, site="tn", seen_at="2024-03-12T03:00:00Z",
                          capture_id=5) == "updated"
    row = archive.get(fixed.url)
    assert row is not None and row["body"].startswith("Chiều 12/3")
    # the version keeps its time, and the reading it replaced ends no earlier than it began
    assert archive.conn.execute("select version_seen_at from articles").fetchone()[0] == \
        "2024-03-12T03:00:01Z"
    assert all(r[0] <= r[1] for r in archive.conn.execute(
        "select valid_from, valid_to from article_versions"))
    # an older capture's reading is still history only
    older = make(body=BODY.replace("Sáng 12/3", "Tối 12/3"))
    archive.upsert(older, site="tn", seen_at="2024-03-11T00:00:00Z", capture_id=4)
    row = archive.get(fixed.url)
    assert row is not None and row["body"].startswith("Chiều 12/3")


def test_an_older_text_loaded_later_without_captures_is_history_only(archive: Archive) -> None:
    """Records loaded with no capture (the library's ``upsert`` default): a text seen
    earlier than the current one never replaces it."""
    edited = make(body=BODY.replace("Sáng 12/3", "Chiều 12/3"))
    archive.upsert(edited, site="tn", seen_at="2024-03-14T00:00:00Z")
    archive.upsert(make(), site="tn", seen_at="2024-03-12T00:00:00Z")
    row = archive.get(edited.url)
    assert row is not None and row["body"].startswith("Chiều 12/3")
    assert all(r[0] <= r[1] for r in archive.conn.execute(
        "select valid_from, valid_to from article_versions"))


def test_url_variants_are_one_row(archive: Archive) -> None:
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:00Z")
    variant = make(url="https://TinhUyThaiNguyen.vn:443/news/xay-dung-dang/hoi-nghi-2743.html"
                       "?utm_source=zalo#top")
    assert archive.upsert(variant, site="tn", seen_at="2024-03-13T03:00:00Z") == "unchanged"
    assert archive.count() == 1
    assert archive.known_hash(variant.url) == archive.known_hash(make().url) is not None


def test_text_change_creates_revision(archive: Archive) -> None:
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:00Z", capture_id=1)
    edited = make(body=BODY.replace("Sáng 12/3", "Chiều 12/3"))
    assert archive.upsert(edited, site="tn", seen_at="2024-03-14T03:00:00Z",
                          capture_id=2) == "updated"
    row = archive.get(edited.url)
    assert row is not None
    assert row["version_count"] == 2
    assert row["body"].startswith("Chiều 12/3")
    assert row["capture_id"] == 2
    versions = archive.versions(edited.url)
    assert len(versions) == 1
    assert versions[0]["body"].startswith("Sáng 12/3")
    assert versions[0]["capture_id"] == 1
    assert (versions[0]["valid_from"], versions[0]["valid_to"]) == (
        "2024-03-12T03:00:00Z", "2024-03-14T03:00:00Z")
    # search follows the new text only
    q = "SELECT count(*) FROM articles_fts_folded WHERE articles_fts_folded MATCH ?"
    assert archive.conn.execute(q, ("chieu",)).fetchone()[0] == 1
    assert archive.conn.execute(q, ('"sang 12 3"',)).fetchone()[0] == 0
    fts_integrity(archive)


def test_tone_style_change_is_not_a_revision(archive: Archive) -> None:
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:00Z")
    retyped = make(title="Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết 18")
    assert archive.upsert(retyped, site="tn", seen_at="2024-03-13T03:00:00Z") == "updated"
    row = archive.get(retyped.url)
    assert row is not None
    assert row["version_count"] == 1
    assert row["title"] == "Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết 18"


def test_metadata_change_updates_without_revision(archive: Archive) -> None:
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:00Z")
    assert archive.upsert(make(category="Chính trị", published_at="2024-03-11"), site="tn",
                          seen_at="2024-03-13T03:00:00Z") == "updated"
    row = archive.get(make().url)
    assert row is not None
    assert (row["category"], row["version_count"], row["month"]) == ("Chính trị", 1, "2024-03")
    fts_integrity(archive)


def test_a_printed_update_and_the_metadata_s_modified_time_are_two_columns(
        archive: Archive) -> None:
    """``updated_at`` is what the page prints, ``modified_at`` what its metadata declares:
    both stored, by one upsert and by the bulk path alike, and a later fetch that finds
    a new modified time changes the column without a revision."""
    first = make(updated_at="2024-03-12T15:20:00+07:00", modified_at="2024-03-12T16:02:11+07:00")
    other = make(url="https://tinhuythainguyen.vn/news/xay-dung-dang/hoi-nghi-2744.html",
                 body=BODY.replace("Thái Nguyên", "Bắc Kạn"),
                 modified_at="2024-03-13T08:00:00+07:00")
    archive.upsert(first, site="tn", seen_at="2024-03-12T03:00:00Z")
    archive.upsert_many([(other, "tn", "2024-03-12T03:00:00Z")])
    rows = {r["url"]: r for r in (archive.get(first.url), archive.get(other.url)) if r}
    assert (rows[first.url]["updated_at"], rows[first.url]["modified_at"]) == (
        "2024-03-12T15:20:00+07:00", "2024-03-12T16:02:11+07:00")
    assert (rows[other.url]["updated_at"], rows[other.url]["modified_at"]) == (
        None, "2024-03-13T08:00:00+07:00")
    again = make(updated_at="2024-03-12T15:20:00+07:00", modified_at="2024-03-14T09:00:00+07:00")
    assert archive.upsert(again, site="tn", seen_at="2024-03-14T03:00:00Z") == "updated"
    row = archive.get(first.url)
    assert row is not None and (row["modified_at"], row["version_count"]) == (
        "2024-03-14T09:00:00+07:00", 1)


def test_touch_and_withdraw(archive: Archive) -> None:
    url = make().url
    assert archive.touch(url, "2024-01-01T00:00:00Z") is False
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:00Z")
    assert archive.touch(url + "?utm_medium=x", "2024-05-01T00:00:00Z")
    assert archive.touch(url, "2024-04-01T00:00:00Z")  # older: no change
    assert archive.get(url)["last_seen_at"] == "2024-05-01T00:00:00Z"  # type: ignore[index]
    assert archive.mark_withdrawn(url, "2024-06-01T00:00:00Z", "410 Gone")
    assert archive.mark_withdrawn(url, "2024-07-01T00:00:00Z", "404")
    row = archive.get(url)
    assert row is not None
    assert (row["withdrawn_at"], row["withdrawn_reason"]) == ("2024-06-01T00:00:00Z", "410 Gone")
    assert archive.count() == 1 and row["body"] == BODY
    assert archive.mark_withdrawn("https://tinhuythainguyen.vn/khong-co.html", "t", "404") \
        is False
    # seen again later: back online
    archive.upsert(make(), site="tn", seen_at="2024-08-01T00:00:00Z")
    assert archive.get(url)["withdrawn_at"] is None  # type: ignore[index]


def test_fts_stays_in_sync_through_update_and_delete(archive: Archive) -> None:
    archive.upsert(make(), site="tn", seen_at="2024-03-12T03:00:00Z")
    archive.upsert(make(url="https://tinhuythainguyen.vn/news/a-2744.html",
                        title="Hội nghị Ban Chấp hành Đảng bộ tỉnh", body="Nội dung khác hẳn."),
                   site="tn", seen_at="2024-03-12T03:00:00Z")
    archive.conn.execute("UPDATE articles SET fold_title = 'tieu de moi' WHERE id = 1")
    q = "SELECT rowid FROM articles_fts_folded WHERE articles_fts_folded MATCH ?"
    assert len(archive.conn.execute(q, ("moi",)).fetchall()) == 1
    archive.conn.execute("DELETE FROM articles WHERE id = 1")
    assert archive.conn.execute(q, ("moi",)).fetchall() == []
    assert archive.conn.execute(
        "SELECT count(*) FROM articles_fts WHERE articles_fts MATCH 'Chấp'").fetchone()[0] == 1
    fts_integrity(archive)


def test_upsert_many_counts_and_batches(archive: Archive) -> None:
    items = [LoadItem(make(url=f"https://tinhuythainguyen.vn/news/bai-{i}.html",
                           body=f"Bài số {i}. " + BODY), "tn", "2024-03-12T03:00:00Z", i)
             for i in range(25)]
    assert archive.upsert_many(items, batch_size=10) == {"new": 25}
    again = archive.upsert_many(
        [(i.article, i.site, i.seen_at) for i in items], batch_size=7)
    assert again == {"unchanged": 25}
    assert archive.count() == 25


def test_failed_batch_rolls_back(archive: Archive) -> None:
    good = LoadItem(make(url="https://a.vn/1.html"), "a", "2024-01-01T00:00:00Z")
    bad = LoadItem(make(url="https://a.vn/2.html"), None, "2024-01-01T00:00:00Z")  # type: ignore[arg-type]
    with pytest.raises(StorageError):
        archive.upsert_many([good, bad])
    assert archive.count() == 0


def _republish(body: str) -> str:
    _first, rest = body.split(". ", 1)
    return "Ngày 12/3, Tỉnh ủy đã tổ chức hội nghị quan trọng với nhiều đại biểu tham dự. " + rest


def test_republished_copy_is_linked_to_earliest(archive: Archive) -> None:
    long_body = BODY + "\n\n" + (
        "Hội nghị đã thống nhất cao các giải pháp trọng tâm: rà soát chức năng, nhiệm vụ của "
        "từng cơ quan; sắp xếp lại các ban chỉ đạo; giảm đầu mối bên trong; nâng cao chất "
        "lượng đội ngũ cán bộ, công chức, viên chức gắn với tinh giản biên chế.")
    archive.upsert(make(url="https://baothainguyen.vn/chinh-tri/ban-sao-1.html",
                        body=_republish(long_body), published_at="2024-03-13"),
                   site="baotn", seen_at="2024-03-13T05:00:00Z")
    archive.upsert(make(body=long_body), site="tn", seen_at="2024-03-14T05:00:00Z")
    original = archive.get(make().url)
    copy = archive.get("https://baothainguyen.vn/chinh-tri/ban-sao-1.html")
    assert original is not None and copy is not None
    assert original["duplicate_of"] is None
    assert copy["duplicate_of"] == original["id"]  # earliest publication is the root
    assert copy["cluster_id"] == original["cluster_id"] == original["id"]
    assert archive.count() == 2


def test_similar_topics_are_not_linked(archive: Archive) -> None:
    boiler = "Sáng 12/3, Ban Thường vụ Tỉnh ủy tổ chức hội nghị. "
    bodies = [
        boiler + "Hội nghị đánh giá kết quả thu hút đầu tư vào các khu công nghiệp, tập trung "
        "tháo gỡ vướng mắc về giải phóng mặt bằng và hạ tầng giao thông kết nối vùng.",
        boiler + "Các đại biểu thảo luận về công tác chuẩn bị đại hội chi bộ, lựa chọn nhân sự "
        "cấp ủy bảo đảm tiêu chuẩn, cơ cấu và trẻ hóa đội ngũ cán bộ cơ sở.",
        boiler + "Nội dung chính là chương trình mục tiêu quốc gia giảm nghèo bền vững, hỗ trợ "
        "nhà ở cho hộ nghèo và đào tạo nghề cho lao động nông thôn vùng đồng bào.",
    ]
    for i, body in enumerate(bodies):
        archive.upsert(make(url=f"https://tinhuy.vn/tin-{i}.html", body=body,
                            title=f"Hội nghị chuyên đề số {i}"),
                       site="tn", seen_at="2024-03-12T03:00:00Z")
    linked = archive.conn.execute(
        "SELECT count(*) FROM articles WHERE cluster_id IS NOT NULL").fetchone()[0]
    assert linked == 0


def test_short_or_empty_texts_are_never_linked(archive: Archive) -> None:
    for i in range(3):
        archive.upsert(make(url=f"https://a.vn/anh-{i}.html", title="Ảnh", body="", lead=None,
                            captions=[]), site="a", seen_at="2024-01-01T00:00:00Z")
    assert archive.conn.execute(
        "SELECT count(*) FROM articles WHERE cluster_id IS NOT NULL").fetchone()[0] == 0


def test_unwritable_archive_raises_storage_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError):
        Archive(tmp_path / "missing-dir" / "a.db")


vn_words = st.sampled_from([
    "Đảng", "ủy", "Khối", "Thường", "vụ", "hòa", "bình", "thủy", "lợi", "Nguyễn", "Trọng",
    "Hùng", "nghị", "quyết", "đoàn", "kết", "dân", "vận", "khéo", "Tây", "Nguyên", "phường",
])


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture],
          deadline=None)
@given(words=st.lists(vn_words, min_size=2, max_size=6))
def test_roundtrip_phrase_found_by_exact_and_folded(tmp_path: Path, words: list[str]) -> None:
    from archiver.search import search
    from archiver.text import fold

    phrase = " ".join(words)
    db = tmp_path / f"h{abs(hash(phrase))}.db"
    archive = Archive(db)
    archive.upsert(make(body=f"Mở đầu. {phrase}. Kết thúc."), site="tn", seen_at="t")
    exact = search(archive.db, f'"{phrase}"', exact=True)
    folded = search(archive.db, f'"{fold(phrase)}"')
    assert [h.url for h in exact] == [make().url]
    assert [h.url for h in folded] == [make().url]
    archive.conn.close()


def test_accepts_a_sqlite_utils_database_shared_with_other_tables(tmp_path: Path) -> None:
    import sqlite_utils

    db = sqlite_utils.Database(tmp_path / "shared.db")
    db.table("captures").insert({"id": 1, "url": "https://a.vn/1.html"}, pk="id")
    archive = Archive(db)
    assert archive.upsert(make(), site="tn", seen_at="2024-01-01T00:00:00Z",
                          capture_id=1) == "new"
    db.conn.close()
    reopened = Archive(tmp_path / "shared.db")
    assert reopened.count() == 1
    assert reopened.conn.execute("SELECT count(*) FROM captures").fetchone()[0] == 1


def test_not_a_database_is_storage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("Đây không phải là cơ sở dữ liệu SQLite. " * 100, encoding="utf-8")
    with pytest.raises(StorageError):
        Archive(path)


def _mixed_stream() -> list[LoadItem]:
    """Synthetic articles with what a real load holds: syndicated copies (first sentence
    changed) in the same and in later batches, a URL seen again with edited text, an
    unchanged repeat, and a text too short for a MinHash signature."""
    import dataclasses
    import random

    from bench.store_bench import articles

    rng = random.Random(3)
    items = list(articles(240, seed=11))
    stream = list(items)
    for n, src in enumerate(rng.sample(items, 24)):
        copy = dataclasses.replace(
            src.article, url=f"https://baothainguyen.vn/chinh-tri/ban-sao-{n}.html",
            body=_republish(src.article.body), published_at=None if n % 5 == 0 else
            src.article.published_at)
        stream.insert(rng.randrange(stream.index(src) + 1, len(stream) + 1),
                      LoadItem(copy, "baotn", "2026-11-28T00:00:00Z"))
    edited = dataclasses.replace(items[5].article, body=items[5].article.body + " Sửa lại.")
    stream.insert(9, LoadItem(edited, items[5].site, "2026-11-29T00:00:00Z"))
    again = dataclasses.replace(edited, body=edited.body + " Sửa lần hai.")
    stream.append(LoadItem(again, items[5].site, "2026-11-30T00:00:00Z"))
    stream.append(items[7])
    stream.append(LoadItem(make(url="https://a.vn/ngan.html", body="Tin ngắn.", lead=None,
                                captions=[]), "a", "2026-11-28T00:00:00Z"))
    return stream


def _snapshot(archive: Archive) -> dict[str, list[tuple[object, ...]]]:
    fts_integrity(archive)
    out = {table: archive.conn.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
           for table in ("articles", "article_versions", "article_minhash", "article_lsh")}
    for table, query in (("articles_fts", "Ban Thường vụ"), ("articles_fts_folded", "dang uy")):
        out[table] = archive.conn.execute(
            f"SELECT rowid FROM {table} WHERE {table} MATCH ? ORDER BY rowid",
            (f'"{query}"',)).fetchall()
    return out


def test_batched_load_equals_one_by_one_upserts(tmp_path: Path) -> None:
    stream = _mixed_stream()
    one = Archive(tmp_path / "one.db")
    counts: dict[str, int] = {}
    for item in stream:
        outcome = one.upsert(item.article, site=item.site, seen_at=item.seen_at,
                             capture_id=item.capture_id)
        counts[outcome] = counts.get(outcome, 0) + 1
    many = Archive(tmp_path / "many.db")
    assert many.upsert_many(stream, batch_size=50) == counts
    expected, got = _snapshot(one), _snapshot(many)
    assert got == expected
    clustered = one.conn.execute(
        "SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL").fetchone()[0]
    assert clustered >= 24 and counts["updated"] == 2 and counts["unchanged"] == 1


def _candidates_by_rule(conn: sqlite3.Connection, first_id: int,
                        max_per_band: int) -> dict[int, list[int]]:
    """Per band, the ``max_per_band`` newest older articles; a candidate shares at least
    ``MIN_BANDS`` of those bands (the rule a one-by-one insert follows)."""
    bands: dict[int, list[int]] = {}
    for key, article_id in conn.execute("SELECT band_key, article_id FROM article_lsh"):
        bands.setdefault(key, []).append(article_id)
    for members in bands.values():
        members.sort(reverse=True)
    last = conn.execute("SELECT max(id) FROM articles").fetchone()[0]
    out: dict[int, list[int]] = {}
    for article_id in range(first_id, last + 1):
        shared: Counter[int] = Counter()
        for members in bands.values():
            if article_id in members:
                at = members.index(article_id)
                shared.update(members[at + 1:at + 1 + max_per_band])
        found = sorted(b for b, n in shared.items() if n >= Archive.MIN_BANDS)
        if found:
            out[article_id] = found[:Archive.MAX_CANDIDATES]
    return out


@pytest.mark.parametrize("max_per_band", [1, 2, 3, Archive.MAX_PER_BAND])
def test_bulk_candidates_are_the_newest_older_articles_sharing_bands(
        tmp_path: Path, max_per_band: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """The one-query candidate search of a batch equals the rule spelled out in Python, on
    a stream with many copies of a few articles, where small per-band caps bind."""
    import dataclasses

    from bench.store_bench import articles

    from archiver.store.clusters import bulk_candidates

    monkeypatch.setattr(Archive, "MAX_PER_BAND", max_per_band)
    originals = list(articles(40, seed=5))
    stream = list(originals)
    for n in range(30):
        src = originals[n % 3].article
        stream.append(LoadItem(dataclasses.replace(
            src, url=f"https://baothainguyen.vn/chinh-tri/ban-sao-{n}.html",
            body=src.body + f" Bản sao số {n}."), "baotn", "2026-11-28T00:00:00Z"))
    archive = Archive(tmp_path / "a.db")
    archive.upsert_many(stream, batch_size=500)
    first_id = 30
    with archive.transaction() as conn:
        got = bulk_candidates(conn, first_id, archive.limits)
        expected = _candidates_by_rule(conn, first_id, max_per_band)
        looser = _candidates_by_rule(conn, first_id, max_per_band + 1)
    assert got == expected
    assert max(len(v) for v in expected.values()) >= min(max_per_band, 9)
    if max_per_band < 10:
        assert expected != looser   # the cap binds: a query ignoring it would fail


def test_batch_rows_reach_the_fts_indexes_in_rowid_order(archive: Archive) -> None:
    """FTS5 flushes a segment whenever a rowid is lower than the one before: a batch in
    crawl order (random dates) must still reach the indexes in ascending sort_key order."""
    from bench.store_bench import articles

    archive.conn.execute("CREATE TEMP TABLE fts_order (seq INTEGER PRIMARY KEY, sort_key INT)")
    archive.conn.execute("CREATE TEMP TRIGGER log_order AFTER INSERT ON main.articles BEGIN "
                         "INSERT INTO fts_order(sort_key) VALUES (new.sort_key); END")
    items = list(articles(120, seed=9))
    assert archive.upsert_many(items, batch_size=50) == {"new": 120}
    logged = [k for (k,) in archive.conn.execute("SELECT sort_key FROM fts_order ORDER BY seq")]
    batches = [logged[i:i + 50] for i in range(0, 120, 50)]
    assert all(batch == sorted(batch) for batch in batches)
    assert logged != sorted(logged)     # the input really was out of date order
    fts_integrity(archive)


def test_new_archives_use_large_pages_and_old_ones_keep_theirs(tmp_path: Path) -> None:
    from archiver.store import open_archive
    from archiver.store.db import migrate

    fresh = Archive(tmp_path / "new.db")
    assert fresh.conn.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE == 16384
    crawl_db = open_archive(tmp_path / "crawl.db", mode="create")
    assert crawl_db.execute("PRAGMA page_size").fetchone()[0] == PAGE_SIZE
    old_path = tmp_path / "old.db"   # an archive from before 16 KB pages
    conn = sqlite3.connect(old_path, isolation_level=None)
    conn.execute("PRAGMA page_size=4096")
    migrate(conn, target=1)
    conn.execute("CREATE TABLE keep (x)")   # a table of the user's own survives upgrades
    conn.execute("INSERT INTO keep VALUES ('archived')")
    conn.close()
    old = Archive(old_path)
    assert old.conn.execute("PRAGMA page_size").fetchone()[0] == 4096
    old.upsert(make(), site="a", seen_at="2026-11-28T00:00:00Z")
    assert old.count() == 1
    assert old.conn.execute("SELECT x FROM keep").fetchall() == [("archived",)]


def test_bulk_load_after_rows_were_deleted_by_hand(tmp_path: Path) -> None:
    """Signatures of deleted newest rows do not block the ids a batch takes next: the
    bulk path ends as one-by-one upserts do (which replace them)."""
    from bench.store_bench import articles

    items = list(articles(40, seed=4))
    one, many = Archive(tmp_path / "one.db"), Archive(tmp_path / "many.db")
    for archive in (one, many):
        archive.upsert_many(items[:30], batch_size=50)
        archive.conn.execute("DELETE FROM articles WHERE id > 25")
    for item in items[25:]:
        one.upsert(item.article, site=item.site, seen_at=item.seen_at)
    assert many.upsert_many(items[25:], batch_size=50) == {"new": 15}
    assert many.count() == one.count() == 40
    for table in ("articles", "article_minhash", "article_lsh"):
        query = f"SELECT * FROM {table} ORDER BY 1, 2"
        assert many.conn.execute(query).fetchall() == one.conn.execute(query).fetchall()
    fts_integrity(many)


def test_a_failing_nested_transaction_rolls_back_alone(archive: Archive) -> None:
    """Inside an open transaction a failure undoes only the nested part and surfaces as
    itself (it came out as "You can only execute one statement at a time")."""
    with archive.transaction():
        archive.upsert(make(), site="a", seen_at="2026-11-28T00:00:00Z")
        with pytest.raises(ValueError, match="boom"), archive.transaction() as conn:
            conn.execute("UPDATE articles SET title = 'changed'")
            raise ValueError("boom")
        assert archive.conn.in_transaction
    assert archive.count() == 1
    assert archive.conn.execute("SELECT title FROM articles").fetchone()[0] != "changed"


def test_sqlite_utils_search_finds_articles_without_accents(tmp_path: Path) -> None:
    """`sqlite-utils search archive.db articles dang` works: the articles_fts_plain index is
    the one sqlite-utils (and Datasette) detect, keyed by article id, kept in sync."""
    import sqlite_utils

    from archiver.models import Article
    from archiver.store import Archive

    path = tmp_path / "su.db"
    archive = Archive(path)
    for i, (title, body) in enumerate([("Đảng ủy Khối tổng kết", "Hội nghị hoà bình."),
                                       ("Thu hoạch lúa", "Nông dân đang gặt."),
                                       ("Du lịch", "Ban Thường vụ Tỉnh ủy chỉ đạo.")]):
        archive.upsert(Article(url=f"https://x.vn/{i}", title=title, body=body,
                               published_at=f"2024-0{i + 1}-01"), site="x",
                       seen_at="2024-05-01T00:00:00Z")
    archive.close()
    db = sqlite_utils.Database(path)
    table = db["articles"]
    assert isinstance(table, sqlite_utils.db.Table)
    assert table.detect_fts() == "articles_fts_plain"

    def titles(query: str) -> list[str]:
        return [row["title"] for row in db.table("articles").search(query)]

    assert sorted(titles("dang")) == ["Thu hoạch lúa", "Đảng ủy Khối tổng kết"]
    assert titles('"ban thuong vu"') == ["Du lịch"]
    assert titles("hoà bình") == titles("hoa binh") == ["Đảng ủy Khối tổng kết"]
    db.conn.close()
    # updates and deletes reach it through its triggers
    archive = Archive(path)
    archive.upsert(Article(url="https://x.vn/1", title="Thu hoạch ngô", body="Nông dân gặt.",
                           published_at="2024-02-01"), site="x", seen_at="2024-05-02T00:00:00Z")
    with archive.transaction() as conn:
        conn.execute("delete from article_versions")
        conn.execute("delete from article_lsh")
        conn.execute("delete from article_minhash")
        conn.execute("delete from articles where url = 'https://x.vn/2'")
    archive.close()
    db = sqlite_utils.Database(path)
    assert titles("dang") == ["Đảng ủy Khối tổng kết"] and titles("ngo") == ["Thu hoạch ngô"]
    assert titles("thuong") == []
    assert db.execute("insert into articles_fts_plain(articles_fts_plain, rank) "
                      "values ('integrity-check', 1)").fetchall() == []
    db.conn.close()


def test_bulk_rows_keep_every_value_and_type(tmp_path: Path) -> None:
    """The bulk insert reads each value from the batch's text by offset and length: empty
    and missing values, large capture ids, characters outside the BMP, decomposed marks and
    control characters come out as a one-by-one insert stores them, with the same types."""
    odd = [
        LoadItem(make(url="https://a.vn/1.html", author="", lead=None, captions=[], tags=[],
                      body="Thơ 🌸 và chữ tổ hợp: Tỉnh u\u0309y.\x00\tHết.", published_at=None,
                      title=None), "a", "2026-11-28T00:00:00Z", capture_id=(1 << 63) - 1),
        LoadItem(make(url="https://a.vn/2.html", author=None, author_unit=None, category="",
                      images=[], related=[], title=""), "a", "2026-11-28T00:00:00Z"),
        LoadItem(make(url="https://a.vn/3.html", published_at="2009-01-01T00:00:00+07:00",
                      photographer="Ảnh: Lê Hà", source="TTXVN"), "b", "2026-11-29T00:00:00Z",
                 capture_id=1),
    ]
    one, many = Archive(tmp_path / "one.db"), Archive(tmp_path / "many.db")
    for item in odd:
        one.upsert(item.article, site=item.site, seen_at=item.seen_at,
                   capture_id=item.capture_id)
    assert many.upsert_many(odd, batch_size=10) == {"new": 3}
    columns = [r[1] for r in one.conn.execute("PRAGMA table_info(articles)")]
    query = ("SELECT " + ", ".join(f"{c}, typeof({c})" for c in columns)
             + " FROM articles ORDER BY id")
    assert many.conn.execute(query).fetchall() == one.conn.execute(query).fetchall()
    fts_integrity(many)


@pytest.mark.parametrize("title,body", [
    ("Ban Thường vụ Tỉnh uỷ  quán triệt", BODY), (None, BODY), ("", BODY), ("Tin", ""),
    ("Ti\u0309nh u\u0309y", "Đảng ủy  Khối\n\nhoà bình"), ("Ảnh", "   ")])
def test_prepared_same_key_is_the_rule_spelled_out(title: str | None, body: str) -> None:
    """prepare() takes same_key from the search columns' folded headline and text: the key
    must be the one same_key() computes from the record (the merge migration uses that)."""
    from archiver.store.rows import prepare, same_key

    prep = prepare(make(title=title, body=body), "tn")
    assert prep.record["same_key"] == same_key("tn", prep.record["title"], prep.record["body"])


NOTICE = ("{who} thông báo để các cơ quan, đơn vị và cá nhân có liên quan biết, thực hiện.\n\n"
          "Thực hiện kế hoạch năm 2025, {who} thông báo tổ chức {what} cho {n} học viên, đoàn "
          "viên, hội viên là cán bộ chủ chốt của {who}; thời gian từ ngày {d}/6 đến ngày "
          "18/9/2025 tại hội trường Hội Nhà báo tỉnh.\n\nĐề nghị các đơn vị cử người tham dự "
          "đúng thành phần, thời gian quy định và báo cáo kết quả về Văn phòng trước ngày 30/9.")


def _load(archive: Archive, path: str, article: Article, seen_at: str,
          aliases: tuple[str, ...] = ()) -> None:
    item = LoadItem(article, "s", seen_at, aliases=aliases)
    if path == "one by one":
        archive.upsert(article, site="s", seen_at=seen_at, aliases=aliases)
    else:
        archive.load_batch([item])


@pytest.mark.parametrize("path", ["one by one", "batch"])
@pytest.mark.parametrize("order", ["redirect first", "new address archived first"])
def test_an_archived_address_redirecting_to_its_article_retitled_is_the_same_row(
        archive: Archive, path: str, order: str) -> None:
    """The site moved the article (a section renamed, or a retitle giving it a new slug)
    and corrected its headline and a figure the same day: its old address redirects to
    the new one. One row, the new address its own, the correction a new version — not a
    second row beside it, also when the new address was archived first (found in a
    listing before the old address was asked again: sites21)."""
    old, new = "https://s.vn/tin-hoat-dong/hoi-nghi-2743/", "https://s.vn/tin-tuc/hoi-nghi-2743/"
    _load(archive, path, make(old), "2025-06-24T09:40:00Z")
    edited = make(new, title="Ban Thường vụ Tỉnh uỷ quán triệt Nghị quyết 18 và Kết luận 121",
                  body=BODY.replace("Sáng 12/3", "Sáng 13/3"))
    if order == "new address archived first":
        _load(archive, path, edited, "2025-06-25T09:30:00Z")
    _load(archive, path, edited, "2025-06-25T09:40:00Z", aliases=(old,))
    rows = archive.conn.execute("SELECT url, title, version_count, withdrawn_at FROM "
                                "articles").fetchall()
    assert rows == [(new, edited.title, 2, None)]
    assert archive.article_id(old) == archive.article_id(new)


@pytest.mark.parametrize("path", ["one by one", "batch"])
@pytest.mark.parametrize("order", ["redirect first", "other article archived first"])
def test_an_archived_address_redirecting_to_another_article_withdraws_it(
        archive: Archive, path: str, order: str) -> None:
    """An editor reused a notice's id for another notice of the same template (half the
    words shared): the old address redirects to the new notice. The old notice is
    withdrawn (its text kept), the new one is a row of its own — neither overwrites the
    other, whether the new notice was archived first (from a listing) or not."""
    old = "https://s.vn/bai-viet/587/thong-bao-so-396-ve-gioi-thieu-tap-tho-moi"
    new = "https://s.vn/bai-viet/587/thong-bao-so-93-ve-trai-sang-tac-van-hoc"
    first = make(old, title="Thông báo số 396-TB/BNCTU về giới thiệu tập thơ mới",
                 body=NOTICE.format(who="Toà án nhân dân huyện Gia Nghĩa",
                                    what="giới thiệu tập thơ mới", n=220, d=9), lead=None)
    other = make(new, title="Thông báo số 93-TB/BNCTU về trại sáng tác văn học",
                 body=NOTICE.format(who="Chi hội Nhiếp ảnh Đắk Mil",
                                    what="trại sáng tác văn học", n=135, d=5), lead=None)
    _load(archive, path, first, "2025-06-24T09:40:00Z")
    if order == "other article archived first":
        _load(archive, path, other, "2025-06-25T09:30:00Z")
    _load(archive, path, other, "2025-06-25T09:40:00Z", aliases=(old,))
    rows = archive.conn.execute("SELECT url, title, withdrawn_at, withdrawn_reason, body FROM "
                                "articles ORDER BY id").fetchall()
    assert [(url, title) for url, title, *_ in rows] == [(old, first.title), (new, other.title)]
    assert rows[0][2] is not None and new in rows[0][3]
    assert rows[0][4] == first.body     # the text archived before is kept
    assert rows[1][2] is None


def test_a_redirect_to_the_same_text_elsewhere_withdraws_nothing(archive: Archive) -> None:
    """A print view or a slug fixed: the same article at the address redirected to."""
    old, new = "https://s.vn/tin-tuc/hoi-ngh-2743.html", "https://s.vn/tin-tuc/hoi-nghi-2743.html"
    archive.upsert(make(old), site="s", seen_at="2025-06-24T09:40:00Z")
    archive.upsert(make(new), site="s", seen_at="2025-06-25T09:40:00Z", aliases=(old,))
    assert archive.conn.execute("SELECT count(*), count(withdrawn_at) FROM articles"
                                ).fetchone() == (1, 0)


FIRST_REPORT = ("Chiều 20/6, tại xã Tân Lập xảy ra vụ cháy nhà dân làm thiệt hại nhiều tài sản. "
                "Lực lượng chức năng đang có mặt tại hiện trường để xác minh nguyên nhân. Tin "
                "đang tiếp tục cập nhật.")
FULL_REPORT = FIRST_REPORT + (
    "\n\nTheo thông tin ban đầu, khoảng 15 giờ cùng ngày, người dân phát hiện khói bốc lên từ "
    "căn nhà của ông Nguyễn Văn Bình ở thôn Đồng Tâm. Ngay sau đó, Công an huyện đã điều động "
    "hai xe chữa cháy cùng hơn 20 cán bộ, chiến sĩ đến hiện trường. Sau khoảng một giờ, đám "
    "cháy được khống chế hoàn toàn, không có thiệt hại về người.\n\nHiện vụ việc đang được cơ "
    "quan chức năng tiếp tục điều tra làm rõ nguyên nhân.")


@pytest.mark.parametrize("path", ["one by one", "batch"])
@pytest.mark.parametrize(("before", "after"), [
    (("Cháy nhà dân ở xã Tân Lập", FIRST_REPORT), ("Cháy nhà dân ở xã Tân Lập", FULL_REPORT)),
    (("Cháy nhà dân ở xã Tân Lập", FULL_REPORT), ("Cháy nhà dân ở xã Tân Lập", FIRST_REPORT)),
    (("Lễ kỷ niệm 95 năm Ngày thành lâp Đảng", BODY),
     ("Lễ kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam", BODY)),
    (("Ban Thường vụ Tỉnh uỷ quán triệt Nghị quyết 18", BODY),
     ("Ban Thường vụ Tỉnh uỷ quán triệt, triển khai Nghị quyết 18",
      BODY + "\n\nCập nhật: Chiều cùng ngày, Ban Thường vụ ban hành Kế hoạch số 45-KH/TU.")),
], ids=["report expanded", "report trimmed", "headline corrected", "retitled, a paragraph added"])
def test_an_article_moved_and_edited_stays_one_row(archive: Archive, path: str,
                                                   before: tuple[str, str],
                                                   after: tuple[str, str]) -> None:
    """Its old address redirects to the new one: however much the text grew or shrank, or
    the headline changed, it is the same article (review of the day-2 change: these were
    withdrawn as "another article" and stored twice)."""
    old, new = "https://s.vn/tin-tuc/bai-1234.html", "https://s.vn/tin-tuc/bai-viet-1234.html"
    _load(archive, path, make(old, title=before[0], body=before[1]), "2025-06-20T10:00:00Z")
    _load(archive, path, make(new, title=after[0], body=after[1]), "2025-06-21T10:00:00Z",
          aliases=(old,))
    assert archive.conn.execute("SELECT url, title, version_count, withdrawn_at FROM "
                                "articles").fetchall() == [(new, after[0], 2, None)]


@pytest.mark.parametrize("path", ["one by one", "batch"])
def test_two_notices_under_a_generic_headline_are_neither_merged_nor_withdrawn(
        archive: Archive, path: str) -> None:
    """"Thông báo" over the same template's wording, another office's names and figures: no
    sign either way — the old notice is neither overwritten by the new one nor withdrawn."""
    old, new = "https://s.vn/bai-viet/587/thong-bao", "https://s.vn/bai-viet/587/thong-bao-1"
    first = make(old, title="Thông báo", lead=None,
                 body=NOTICE.format(who="Toà án nhân dân huyện Gia Nghĩa",
                                    what="giới thiệu tập thơ mới", n=220, d=9))
    other = make(new, title="Thông báo", lead=None,
                 body=NOTICE.format(who="Chi hội Nhiếp ảnh Đắk Mil",
                                    what="trại sáng tác văn học", n=135, d=5))
    _load(archive, path, first, "2025-06-24T09:40:00Z")
    _load(archive, path, other, "2025-06-25T09:40:00Z", aliases=(old,))
    rows = archive.conn.execute("SELECT url, body, version_count, withdrawn_at FROM articles "
                                "ORDER BY id").fetchall()
    assert rows == [(old, first.body, 1, None), (new, other.body, 1, None)]


@pytest.mark.parametrize("order", ["its own address first", "another of its addresses first"])
def test_a_move_is_seen_from_any_address_of_the_article(archive: Archive, order: str) -> None:
    """The article was reached at two addresses (its row's own, and a variant), both now
    redirecting to its new address: one row whichever is asked first."""
    own, variant = "https://s.vn/tin-tuc/hoi-nghi-18.html", "https://s.vn/tin-tuc/hoi-nghi-18.html?catid=5"
    new = "https://s.vn/xay-dung-dang/hoi-nghi-18.html"
    archive.upsert(make(own), site="s", seen_at="2025-06-20T10:00:00Z", aliases=(variant,))
    edited = make(new, body=BODY + "\n\nBổ sung: Hội nghị thống nhất kế hoạch 6 tháng cuối năm.")
    asked = [own, variant] if order == "its own address first" else [variant, own]
    for i, url in enumerate(asked):
        archive.upsert(edited, site="s", seen_at=f"2025-06-21T10:0{i}:00Z", aliases=(url,))
    assert archive.conn.execute("SELECT url, version_count, withdrawn_at FROM articles"
                                ).fetchall() == [(new, 2, None)]


def test_a_merged_rows_id_is_never_given_again(archive: Archive) -> None:
    """A retitled article's new address stored first as a row of its own (id 2, maybe
    cited), then folded into the archived row when the old address redirects there: id 2
    says where the article is now and is never another article's."""
    old, new = "https://s.vn/tin-hoat-dong/hoi-nghi-2743/", "https://s.vn/tin-tuc/hoi-nghi-2743/"
    archive.upsert(make(old), site="s", seen_at="2025-06-20T09:00:00Z")
    edited = make(new, title="Ban Thường vụ Tỉnh uỷ quán triệt Nghị quyết 18 và Kết luận 121")
    archive.upsert(edited, site="s", seen_at="2025-06-21T09:00:00Z")
    assert archive.article_id(new) == 2
    archive.upsert(edited, site="s", seen_at="2025-06-22T09:00:00Z", aliases=(old,))
    assert archive.article_id(new) == archive.article_id(old) == 1
    assert archive.conn.execute("SELECT id, article_id FROM merged_articles").fetchall() == [
        (2, 1)]
    archive.upsert(make("https://s.vn/tin-tuc/le-hoi-9999/", title="Lễ hội Đền Hùng năm 2025 "
                        "thu hút hàng vạn du khách", body=FIRST_REPORT), site="s",
                   seen_at="2025-06-23T09:00:00Z")
    assert archive.article_id("https://s.vn/tin-tuc/le-hoi-9999/") == 3


@pytest.mark.parametrize("order", ["redirect first", "new address archived first"])
def test_a_retitle_correcting_the_date_keeps_the_correction(archive: Archive, order: str) -> None:
    """The site corrects an article's date (12/3 -> 13/3) and retitles it, its old address
    redirecting to the new slug: the row holds the corrected date whichever address the
    crawl met first (a retitle is no migration whose import time must not re-date), and its
    earlier versions are numbered in the order they were valid."""
    old, new = "https://s.vn/tin-hoat-dong/hoi-nghi-2743/", "https://s.vn/tin-tuc/hoi-nghi-2743/"
    fixed = make(new, title="Ban Thường vụ Tỉnh uỷ quán triệt Nghị quyết 18 và Kết luận 121",
                 published_at="2024-03-13T09:30:00+07:00")
    archive.upsert(make(old), site="s", seen_at="2025-06-20T09:00:00Z")
    if order == "new address archived first":
        archive.upsert(fixed, site="s", seen_at="2025-06-21T09:00:00Z")
    archive.upsert(fixed, site="s", seen_at="2025-06-22T09:00:00Z", aliases=(old,))
    rows = archive.conn.execute("SELECT published_at FROM articles").fetchall()
    assert rows == [("2024-03-13T09:30:00+07:00",)]
    valid = [v for (v,) in archive.conn.execute(
        "SELECT valid_from FROM article_versions ORDER BY version")]
    assert valid == sorted(valid)


def test_two_weeks_schedules_under_one_headline_stay_two_rows(archive: Archive) -> None:
    """Last week's schedule's address redirects to this week's ("the current schedule"):
    one recurring headline, one template, other days and events — two documents, two rows,
    neither deleted nor re-dated."""
    title = "Lịch công tác tuần của Thường trực Tỉnh ủy"

    def week(first: int, events: list[str]) -> str:
        return ("Thường trực Tỉnh ủy thông báo lịch công tác tuần như sau:\n\n"
                + "\n\n".join(f"Ngày {first + i}/6: {e}" for i, e in enumerate(events))
                + "\n\nĐề nghị các cơ quan, đơn vị liên quan chuẩn bị nội dung, thành phần dự "
                "họp đúng thời gian quy định.")

    one = week(16, ["8 giờ, đồng chí Bí thư Tỉnh ủy làm việc với Huyện ủy Văn Chấn.",
                    "14 giờ, Thường trực Tỉnh ủy họp giao ban với Ban Tuyên giáo.",
                    "Cả ngày, đồng chí Bí thư tiếp công dân định kỳ tại Trụ sở."])
    two = week(23, ["8 giờ, đồng chí Bí thư Tỉnh ủy dự Lễ khai mạc Hội chợ nông sản.",
                    "14 giờ, Thường trực Tỉnh ủy làm việc với Đảng ủy Khối Doanh nghiệp.",
                    "Cả ngày, Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 18."])
    u1, u2 = "https://s.vn/lich-cong-tac/tuan-25/", "https://s.vn/lich-cong-tac/tuan-26/"
    archive.upsert(make(u1, title=title, body=one, lead=None,
                        published_at="2025-06-14T08:00:00+07:00"),
                   site="s", seen_at="2025-06-14T09:00:00Z")
    second = make(u2, title=title, body=two, lead=None, published_at="2025-06-21T08:00:00+07:00")
    archive.upsert(second, site="s", seen_at="2025-06-21T09:00:00Z")
    archive.upsert(second, site="s", seen_at="2025-06-24T09:00:00Z", aliases=(u1,))
    rows = archive.conn.execute("SELECT id, url, published_at FROM articles ORDER BY id").fetchall()
    assert rows == [(1, u1, "2025-06-14T08:00:00+07:00"), (2, u2, "2025-06-21T08:00:00+07:00")]


def test_a_database_in_a_directory_it_cannot_write_says_so(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    """Read-only media or no permission: the one-line error says why, not only SQLite's
    "unable to open database file" (root writes anywhere: the check is the OS's)."""
    import os

    from archiver.store import db as dbmod

    folder = tmp_path / "ro"
    folder.mkdir()
    monkeypatch.setattr(os, "access", lambda p, mode: Path(p) != folder)
    assert "read-only or not writable" in dbmod._unwritable(folder / "a.db")
    monkeypatch.setattr(os, "access", lambda p, mode: True)
    assert dbmod._unwritable(folder / "a.db") == ""
