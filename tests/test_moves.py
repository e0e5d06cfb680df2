"""An article whose own address stopped giving it, found this run at a new address (a site
rebuilt overnight, no redirects): the archived row follows it — one row, its id and its
publication time kept, the new text a version — and nothing that is another document is
folded into it (sites18 A, and the review of that change)."""

from __future__ import annotations

from pathlib import Path

import pytest

from archiver.models import Article
from archiver.store import Archive

BODY = ("Thực hiện kế hoạch năm 2025, Ban Dân vận Huyện uỷ Trưng Nhị thông báo tổ chức tinh gọn "
        "tổ chức bộ máy cho 63 học viên, đoàn viên, hội viên là cán bộ chủ chốt của Ban Dân "
        "vận Huyện uỷ Trưng Nhị; thời gian từ ngày 10/8 đến ngày 21/10/2025 tại hội trường "
        "Huyện uỷ.\n\nĐề nghị các đơn vị cử người tham dự đúng thành phần, gửi danh sách về bộ "
        "phận thường trực trước ngày 6/9/2025; liên hệ đồng chí Bùi Thanh Hà, số điện thoại "
        "0226.3852.123.")
OLD = "https://s.vn/tin-tuc/thong-bao/thong-bao-so-47-tb-btgdvtu"
NEW = "https://s.vn/bai-viet/thong-bao-so-47-tb-btgdvtu-67"


def _article(url: str, body: str, published: str | None, title: str = "Thông báo số 47-TB/BTGDVTU "
             "về sắp xếp đơn vị hành chính cấp xã") -> Article:
    return Article(url=url, title=title, published_at=published, body=body)


def _fts_ok(archive: Archive) -> None:
    for table in ("articles_fts", "articles_fts_folded", "articles_fts_plain"):
        archive.conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    return Archive(tmp_path / "a.db")


def test_a_migrated_notice_keeps_its_row_and_its_date(archive: Archive) -> None:
    """The migration respelled its marks, dropped its opening line and printed the import
    time as its date: the archived row takes the new address and text and keeps its id and
    its publication time — also when the moved page is fetched again later."""
    archive.upsert(_article(OLD, "UBND thành phố thông báo để các cơ quan biết, thực hiện.\n\n"
                            + BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-24T09:40:00Z")
    moved = _article(NEW, BODY.replace("uỷ", "ủy"), "2025-06-25T01:48:07+07:00")
    archive.upsert(moved, site="s", seen_at="2025-06-25T09:40:00Z")
    assert archive.follow_move(OLD, "2025-06-25T09:41:00Z")
    rows = archive.conn.execute("SELECT id, url, published_at, version_count, withdrawn_at, "
                                "duplicate_of FROM articles").fetchall()
    assert rows == [(1, NEW, "2025-06-09T07:31:00+07:00", 2, None, None)]
    assert archive.article_id(OLD) == archive.article_id(NEW) == 1
    _fts_ok(archive)
    archive.upsert(moved, site="s", seen_at="2025-06-26T09:40:00Z")   # the next re-check
    assert archive.conn.execute("SELECT published_at FROM articles").fetchone()[0] == \
        "2025-06-09T07:31:00+07:00"


def test_two_weeks_schedules_are_two_documents(archive: Archive) -> None:
    """One headline, one template, the same officials — other days and hours: the old
    week's page gone is withdrawn, never the new week's row folded into it."""
    week = ("Thứ {d1} ngày {a}/6/2025: Buổi sáng, Đồng chí Nguyễn Văn An, Bí thư Tỉnh ủy dự hội "
            "nghị tại Hội trường Tỉnh ủy lúc {h1} giờ. Buổi chiều, Đồng chí Trần Thị Bình, Phó "
            "Bí thư Thường trực Tỉnh ủy làm việc với Ban Tổ chức lúc {h2} giờ.\n\nThứ {d2} ngày "
            "{b}/6/2025: Đồng chí Nguyễn Văn An tiếp công dân định kỳ tại Trụ sở tiếp công dân "
            "tỉnh lúc {h3} giờ.")
    title = "Lịch công tác tuần của Thường trực Tỉnh ủy"
    archive.upsert(_article("https://s.vn/lich-tuan-1201.html", week.format(
        d1="Hai", a=16, h1=8, h2=14, d2="Tư", b=18, h3=7), "2025-06-16T08:00:00+07:00", title),
        site="s", seen_at="2025-06-16T09:00:00Z")
    archive.upsert(_article("https://s.vn/lich-tuan-1255.html", week.format(
        d1="Ba", a=24, h1=9, h2=15, d2="Năm", b=26, h3=8), "2025-06-23T08:00:00+07:00", title),
        site="s", seen_at="2025-06-23T09:00:00Z")
    assert not archive.follow_move("https://s.vn/lich-tuan-1201.html", "2025-06-24T00:00:00Z")
    assert archive.conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 2


def test_a_move_leaves_no_self_link_and_numbers_its_versions(archive: Archive) -> None:
    """Both rows had versions, and the new row was the near-duplicate cluster's root (the
    archived one undated): after the move the row is no copy of itself, and its versions
    are numbered one after another, counted by ``version_count``."""
    archive.upsert(_article(OLD, BODY, None), site="s", seen_at="2025-06-01T00:00:00Z")
    archive.upsert(_article(OLD, BODY + "\n\nBổ sung: danh sách gửi trước 6/9.", None),
                   site="s", seen_at="2025-06-02T00:00:00Z")
    archive.upsert(_article(NEW, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-10T00:00:00Z")
    archive.upsert(_article(NEW, BODY + "\n\nHội nghị kết thúc lúc 11 giờ.",
                            "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-11T00:00:00Z")
    assert archive.follow_move(OLD, "2025-06-12T00:00:00Z")
    row = archive.conn.execute("SELECT id, duplicate_of, cluster_id, version_count FROM "
                               "articles").fetchall()
    versions = [v for (v,) in archive.conn.execute(
        "SELECT version FROM article_versions WHERE article_id = 1 ORDER BY version")]
    assert row[0][1] is None and len(row) == 1
    assert versions == list(range(1, len(versions) + 1)) and row[0][3] == len(versions) + 1
    _fts_ok(archive)


MOVED = "https://s.vn/xay-dung-dang/articleid/4320/thong-bao-so-47-tb-btgdvtu"
GONE = "https://s.vn/tin-hoat-dong/articleid/4320/thong-bao-so-47-tb-btgdvtu"
RUN = 7   # the crawl run re-checking GONE


def _discovered(archive: Archive, url: str, run: int) -> None:
    archive.conn.execute("INSERT INTO urls (url, site, kind, state, discovered_run) VALUES "
                         "(?, 's', 'article', 'done', ?)", (url, run))


@pytest.mark.parametrize("order", ["new-address-first", "old-address-first"])
def test_an_article_moved_to_another_section_without_a_redirect_stays_one_live_row(
        archive: Archive, order: str) -> None:
    """An editor moved an item to another section: the same text at a new address the run
    discovered, the old one answering the module's 200 "not found" (sites31 B). Whichever of
    the two the run reads first, the archived row takes the new address and stays live."""
    archive.upsert(_article(GONE, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-09T09:00:00Z")
    _discovered(archive, MOVED, RUN)
    if order == "new-address-first":
        archive.upsert(_article(MOVED, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                       seen_at="2025-06-10T01:31:00Z")
        assert archive.follow_move(GONE, "2025-06-10T01:32:00Z", RUN)
    else:
        assert not archive.follow_move(GONE, "2025-06-10T01:31:00Z", RUN)
        archive.mark_withdrawn(GONE, "2025-06-10T01:31:00Z", "the site's page-not-found text")
        archive.upsert(_article(MOVED, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                       seen_at="2025-06-10T01:32:00Z")
    rows = archive.conn.execute("SELECT id, url, withdrawn_at FROM articles").fetchall()
    assert rows == [(1, MOVED, None)]
    assert archive.article_id(GONE) == archive.article_id(MOVED) == 1


@pytest.mark.parametrize("alias", [
    GONE.replace("/tin-hoat-dong/", "/print/"),              # a print view, found this run
    "https://s.vn/tin_tuc/chi_tiet/4320",                    # a legacy form, known before
])
def test_an_address_known_before_or_a_print_view_is_no_new_address(archive: Archive,
                                                                   alias: str) -> None:
    """The text still answered at an old alias (a legacy address form the site never
    removed, found on an earlier run: sites19) or at a print view: no address it moved to,
    so the article gone from its own address is withdrawn."""
    archive.upsert(_article(GONE, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-09T09:00:00Z")
    _discovered(archive, alias, RUN if "print" in alias else RUN - 1)
    archive.upsert(_article(alias, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-10T01:31:00Z")
    assert not archive.follow_move(GONE, "2025-06-10T01:32:00Z", RUN)


def test_an_old_alias_read_again_after_a_withdrawal_revives_nothing(archive: Archive) -> None:
    """Withdrawn (its address redirects home), then its legacy alias — an address the
    archive already had — read again with the same text: still withdrawn, still at its
    own address (sites19 A's legacy form)."""
    legacy = "https://s.vn/tin_tuc/chi_tiet/4320"
    archive.upsert(_article(GONE, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-09T09:00:00Z")
    archive.upsert(_article(legacy, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-09T09:01:00Z")
    archive.mark_withdrawn(GONE, "2025-06-10T01:31:00Z", "redirected to the home page")
    archive.upsert(_article(legacy, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-10T01:32:00Z")
    assert archive.conn.execute("SELECT url, withdrawn_at IS NOT NULL FROM articles"
                                ).fetchall() == [(GONE, 1)]


@pytest.mark.parametrize(("reason", "later"), [
    ("HTTP 410", "2025-06-10T01:40:00Z"),                         # taken down for good
    ("the site's notice that the item was taken down", "2025-06-10T01:40:00Z"),
    ("the site's page-not-found text (a soft 404)", "2025-11-10T01:40:00Z"),   # months on
])
def test_a_withdrawal_that_is_no_move_stays(archive: Archive, reason: str, later: str) -> None:
    """(The review of sites31's classes.) Its text at an address never seen before revives
    the article only when it went missing (a 404, the site's not-found text) in the same
    run or the one before — never a takedown, never months later."""
    archive.upsert(_article(GONE, BODY, "2025-06-09T07:31:00+07:00"), site="s",
                   seen_at="2025-06-09T09:00:00Z")
    archive.mark_withdrawn(GONE, "2025-06-10T01:31:00Z", reason)
    archive.upsert(_article("https://s.vn/Default.aspx?tabid=84&ArticleID=4320", BODY,
                            "2025-06-09T07:31:00+07:00"), site="s", seen_at=later)
    assert archive.conn.execute("SELECT url, withdrawn_reason FROM articles").fetchall() == [
        (GONE, reason)]
