"""Re-checks against validators that never change, and an address given to another article.

A site whose ``ETag`` / ``Last-Modified`` are built from each record's creation answers a
conditional re-check of an edited page with 304 (sites18 C). Recent articles are re-checked
whole, an archived article a listing shows under a new headline is re-checked whole, and a
host caught answering a changed page with its archived validators has every re-check
fetched whole from then on (``hosts.validators_untrusted_at``). A page at an article's own
address that is another article is a row of its own; the old row is withdrawn, never
overwritten (``store.upsert``)."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

import pytest

from archiver.config import parse_sources
from archiver.crawl import CrawlOptions, crawl
from archiver.models import Article
from archiver.store import Archive
from sitescore import SETTINGS

# -- a site whose validators come from each record's creation ----------------------------


@dataclass
class _Post:
    title: str
    body: list[str]
    published: datetime
    created: str                      # what its ETag and Last-Modified are built from


@dataclass
class _Site:
    posts: dict[int, _Post] = field(default_factory=dict)
    log: list[tuple[str, bool, int]] = field(default_factory=list)   # path, conditional, status
    list_titles: dict[int, str] = field(default_factory=dict)        # a listing's own wording

    def app(self, environ: dict[str, Any], start: Callable[..., Any]) -> list[bytes]:
        path = environ.get("PATH_INFO", "/")
        conditional = bool(environ.get("HTTP_IF_NONE_MATCH") or
                           environ.get("HTTP_IF_MODIFIED_SINCE"))
        status, headers, body = self._answer(path, environ)
        self.log.append((path, conditional, int(status.split()[0])))
        start(status, [("Content-Type", "text/html; charset=utf-8"), *headers])
        return [body.encode("utf-8")]

    def _answer(self, path: str, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], str]:
        if path == "/":
            items = "".join(
                f'<li><a href="/tin-tuc/view/{i}">{self.list_titles.get(i, p.title)}</a></li>'
                for i, p in sorted(self.posts.items(), key=lambda kv: kv[1].published,
                                   reverse=True))
            home = _page("Trang chủ", f"<ul class='news'>{items}</ul>")
            etag = f'"home-{hashlib.sha1(home.encode()).hexdigest()[:12]}"'   # (honest)
            if environ.get("HTTP_IF_NONE_MATCH") == etag:
                return "304 Not Modified", [("ETag", etag)], ""
            return "200 OK", [("ETag", etag)], home
        if path.startswith("/tin-tuc/view/") and path.rsplit("/", 1)[-1].isdigit():
            post = self.posts.get(int(path.rsplit("/", 1)[-1]))
            if post is None:
                return "404 Not Found", [], _page("Không tìm thấy", "<p>Không tìm thấy.</p>")
            etag = f'"{post.created}"'
            validators = [("ETag", etag), ("Last-Modified", "Mon, 02 Jun 2025 08:00:00 GMT")]
            if environ.get("HTTP_IF_NONE_MATCH") == etag:
                return "304 Not Modified", validators, ""
            paragraphs = "".join(f"<p>{p}</p>" for p in post.body)
            return "200 OK", validators, _page(post.title, (
                f"<article><h1>{post.title}</h1><div class='date'>Ngày đăng: "
                f"{post.published:%d/%m/%Y %H:%M}</div><div class='content'>{paragraphs}"
                "</div></article>"))
        return "404 Not Found", [], _page("Không tìm thấy", "<p>Không tìm thấy.</p>")


def _page(title: str, main: str) -> str:
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
            f"</head><body><header><a href='/'>Trang chủ</a></header><main>{main}</main>"
            "<footer>Liên minh Hợp tác xã tỉnh</footer></body></html>")


_WORDS = ("hợp tác xã", "chuyển đổi số", "sản xuất chè", "trồng quế", "chăn nuôi", "du lịch",
          "nông sản", "vốn vay", "thị trường", "liên kết", "thành viên", "doanh thu")
_PLACES = ("Văn Chấn", "Mù Cang Chải", "Trạm Tấu", "Nghĩa Lộ", "Văn Yên", "Lục Yên")


def _body(i: int) -> list[str]:
    """Four paragraphs of their own for post ``i`` (names, figures and words differ)."""
    place, other = _PLACES[i % 6], _PLACES[(i + 3) % 6]
    return [f"Sáng {i + 3}/6, tại xã {place}, {_WORDS[i % 12]} của huyện đã tổ chức hội nghị "
            f"với {40 + i * 7} thành viên tham dự, bàn về {_WORDS[(i + 5) % 12]} năm 2025.",
            f"Ông Nguyễn Văn {chr(65 + i)} cho biết doanh thu đạt {i * 13 + 2} tỷ đồng, tăng "
            f"{i + 4}% so với cùng kỳ; {_WORDS[(i + 7) % 12]} ở {other} còn khó khăn.",
            f"Hội nghị thống nhất {i + 2} giải pháp về {_WORDS[(i + 2) % 12]} và "
            f"{_WORDS[(i + 9) % 12]} trong thời gian tới tại {place}.",
            f"Bà Trần Thị {chr(70 + i)} đề nghị hỗ trợ {i * 3 + 10} hộ ở thôn {i + 1} tiếp cận "
            f"vốn vay ưu đãi và mở rộng liên kết tiêu thụ sản phẩm {_WORDS[(i + 4) % 12]}."]


def _site(now: datetime) -> _Site:
    site = _Site()
    for i in range(1, 9):
        # posts 1-3 of the last days, 4-8 months old
        published = now - (timedelta(days=i) if i <= 3 else timedelta(days=60 + 9 * i))
        site.posts[3100 + i] = _Post(f"Hội nghị {_WORDS[i % 12]} tại {_PLACES[i % 6]} lần thứ {i} "
                              "năm 2025", _body(i), published.replace(second=0, microsecond=0),
                              f"created-{i}")
    return site


class _Threaded(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def served() -> Iterator[tuple[_Site, str]]:
    site = _site(datetime.now())
    server = make_server("127.0.0.1", 0, site.app, server_class=_Threaded,
                         handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _crawl(db: Path, base: str, *, revisit: bool = False) -> Any:
    text = ("[[site]]\nname = \"htx\"\ntitle = \"htx\"\nprovince = \"x\"\n"
            f"base_url = \"{base}/\"\nstart_urls = [\"{base}/\"]\nprofile = \"auto\"\n"
            "delay = 0.0\nconcurrency = 2\n")
    return crawl(db, parse_sources(text), settings=SETTINGS, options=CrawlOptions(revisit=revisit))


def _record(db: Path, base: str, i: int) -> tuple[str, str, int]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select title, body, version_count from articles where url = ?",
                           [f"{base}/tin-tuc/view/{3100 + i}"]).fetchone()
        return str(row[0]), str(row[1]), int(row[2])
    finally:
        conn.close()


def _distrusted(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [str(h) for (h,) in conn.execute(
            "select host from hosts where validators_untrusted_at is not null")]
    finally:
        conn.close()


def test_the_daily_run_fetches_recent_articles_whole_and_catches_lying_validators(
        served: tuple[_Site, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    _crawl(db, base)
    assert _distrusted(db) == []
    # silent corrections of two recent articles and of an old one: all still answer 304 to
    # the validators they were archived with
    for i in (3101, 3102, 3107):
        site.posts[i].body[1] = site.posts[i].body[1].replace("tỷ đồng", "tỷ đồng (đã đính chính)")
    site.log.clear()
    report = _crawl(db, base)
    recent = [c for p, c, _ in site.log if p == "/tin-tuc/view/3102"]
    assert recent == [False]                        # fetched whole
    assert "đã đính chính" in _record(db, base, 2)[1]
    assert _record(db, base, 2)[2] == 2
    # caught by the second page changed under its archived validators: the host is
    # distrusted, and the run's notes say so
    assert _distrusted(db) == [f"127.0.0.1:{base.rsplit(':', 1)[1]}"]
    assert any("validators do not change" in n for n in report.notes.get("htx", []))
    # from then on its re-checks fetch whole pages: the old correction is seen by the next
    # full re-check, where a conditional request would have been told 304
    site.log.clear()
    _crawl(db, base, revisit=True)
    assert not [p for p, c, _ in site.log if c and p.startswith("/tin-tuc/")]
    assert "đã đính chính" in _record(db, base, 7)[1]


def test_a_listing_naming_an_article_anew_has_it_checked_whole(
        served: tuple[_Site, str], tmp_path: Path) -> None:
    """Old articles only (no recent one to catch the host by): a headline corrected, which
    the home page shows, is re-checked whole; the host is caught by it, and the run's 304s
    (a silent correction among them) are asked again whole."""
    site, base = served
    for post in site.posts.values():
        post.published -= timedelta(days=30)
    db = tmp_path / "a.db"
    _crawl(db, base)
    for i in (3104, 3105):
        site.posts[i].title = site.posts[i].title.replace(f"lần thứ {i - 3100}",
                                                          "lần thứ năm (sửa tên)")
    site.posts[3106].body[2] = site.posts[3106].body[2].replace("giải pháp", "giải pháp trọng tâm")
    site.log.clear()
    _crawl(db, base, revisit=True)
    assert "(sửa tên)" in _record(db, base, 4)[0] and "(sửa tên)" in _record(db, base, 5)[0]
    assert "giải pháp trọng tâm" in _record(db, base, 6)[1]
    assert _distrusted(db)
    # the unchanged ones stay one version each
    assert all(_record(db, base, i)[2] == 1 for i in (1, 2, 3, 7, 8))
    # and the host's home page is still asked for conditionally (only articles are not)
    site.log.clear()
    _crawl(db, base)
    assert [c for p, c, _ in site.log if p == "/"] == [True]


def test_one_changed_page_or_a_new_extractor_distrusts_nobody(
        served: tuple[_Site, str], tmp_path: Path) -> None:
    """One page changed under its validators (a counter in the text under a record's
    Last-Modified) is not yet a lying host; nor is a record made by an older extractor
    (its stored text differs from what today's extractor reads in the same capture)."""
    site, base = served
    db = tmp_path / "a.db"
    _crawl(db, base)
    conn = sqlite3.connect(db)
    conn.execute("update articles set content_hash = 'made-by-an-older-extractor'")
    conn.commit()
    conn.close()
    site.posts[3101].body[0] += " Cập nhật số liệu."
    _crawl(db, base)
    assert _distrusted(db) == []
    assert "Cập nhật số liệu" in _record(db, base, 1)[1]


def test_a_full_revisit_fetches_recent_articles_whole(
        served: tuple[_Site, str], tmp_path: Path) -> None:
    site, base = served
    db = tmp_path / "a.db"
    _crawl(db, base)
    site.log.clear()
    _crawl(db, base, revisit=True)
    sent = {p: c for p, c, _ in site.log if p.startswith("/tin-tuc/view/")}
    assert sent["/tin-tuc/view/3102"] is False and sent["/tin-tuc/view/3107"] is True


@pytest.mark.parametrize("wording", [
    lambda title, n: f"{title} {n * 37} lượt xem",          # a count of views after it
    lambda title, n: f"Video: {title} ({n} giờ trước)",      # a kind before, a time after
    lambda title, n: " ".join(title.split()[:6]) + " [...]",  # cut short
], ids=["views", "label-and-time", "cut"])
def test_a_listing_wording_a_headline_its_own_way_costs_nothing(
        served: tuple[_Site, str], tmp_path: Path,
        wording: Callable[[str, int], str]) -> None:
    """A listing printing a count of views or a time with each headline (changing every
    run), a kind before it, or cutting it short asks for nothing whole."""
    site, base = served
    for post in site.posts.values():
        post.published -= timedelta(days=30)
    db = tmp_path / "a.db"
    _crawl(db, base)
    for run in (1, 2):
        site.list_titles.update({i: wording(p.title, i + run) for i, p in site.posts.items()})
        site.log.clear()
        _crawl(db, base, revisit=True)
        checks = [(p, c, s) for p, c, s in site.log if p.startswith("/tin-tuc/view/")]
        assert checks and all(c and s == 304 for _, c, s in checks), run
    assert _distrusted(db) == []


# -- an address given to another article ------------------------------------------------------

URL = "https://htx.vn/tin-tuc/view/3286"


def _article(i: int, published: str, title: str | None = None,
             body: list[str] | None = None) -> Article:
    return Article(url=URL, title=title or f"Hội nghị {_WORDS[i]} tại {_PLACES[i % 6]} năm 2025",
                   published_at=published, body="\n\n".join(body or _body(i)))


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
                     "Văn Chấn", body=_body(1)[:2] + _body(9)[2:]),
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
    edited = _article(1, "2025-03-31T13:25:00+07:00", body=[*_body(1), "Đính chính: số liệu."])
    assert archive.upsert(edited, site="htx", seen_at="2025-06-27T02:00:00Z") == "updated"
    held = archive.get(URL)
    assert held is not None and held["id"] == first and held["version_count"] == 2
