"""A small WSGI site for the daily run's tests (tests/test_validators.py,
tests/test_bad_days.py): eight articles listed on its home page, their ``ETag`` built from
each record's creation (a conditional re-check of an edited article answers 304), its days
and answers changed by the tests."""

from __future__ import annotations

import hashlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from socketserver import ThreadingMixIn
from typing import Any
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from archiver.config import parse_sources
from archiver.crawl import CrawlOptions, crawl
from sitescore import SETTINGS


@dataclass
class Post:
    title: str
    body: list[str]
    published: datetime
    created: str                      # what its ETag and Last-Modified are built from


@dataclass
class DaySite:
    posts: dict[int, Post] = field(default_factory=dict)
    log: list[tuple[str, bool, int]] = field(default_factory=list)   # path, conditional, status
    list_titles: dict[int, str] = field(default_factory=dict)        # a listing's own wording
    #: its sitemap's lastmods: each post's last change ("honest", ``modified`` or its day),
    #: or the moment the sitemap is asked for, on every entry alike ("now")
    lastmods: str = "honest"
    modified: dict[int, datetime] = field(default_factory=dict)
    #: how far the site's clock is ahead of ours (a later run, without waiting for it)
    ahead: timedelta = timedelta()

    def app(self, environ: dict[str, Any], start: Callable[..., Any]) -> list[bytes]:
        path = environ.get("PATH_INFO", "/")
        conditional = bool(environ.get("HTTP_IF_NONE_MATCH") or
                           environ.get("HTTP_IF_MODIFIED_SINCE"))
        status, headers, body = self._answer(path, environ)
        self.log.append((path, conditional, int(status.split()[0])))
        kind = [] if any(k == "Content-Type" for k, _ in headers) else [
            ("Content-Type", "text/html; charset=utf-8")]
        start(status, [*kind, *headers])
        return [body.encode("utf-8")]

    def _answer(self, path: str, environ: dict[str, Any]) -> tuple[str, list[tuple[str, str]], str]:
        if path == "/":
            items = "".join(
                f'<li><a href="/tin-tuc/view/{i}">{self.list_titles.get(i, p.title)}</a></li>'
                for i, p in sorted(self.posts.items(), key=lambda kv: kv[1].published,
                                   reverse=True))
            home = page_html("Trang chủ", f"<ul class='news'>{items}</ul>")
            etag = f'"home-{hashlib.sha1(home.encode()).hexdigest()[:12]}"'   # (honest)
            if environ.get("HTTP_IF_NONE_MATCH") == etag:
                return "304 Not Modified", [("ETag", etag)], ""
            return "200 OK", [("ETag", etag)], home
        if path == "/sitemap.xml":
            now = datetime.now().astimezone() + self.ahead
            urls = "".join(
                f"<url><loc>http://{environ['HTTP_HOST']}/tin-tuc/view/{i}</loc><lastmod>"
                + (now if self.lastmods == "now" else self.modified.get(i, p.published)
                   .astimezone()).isoformat(timespec="seconds") + "</lastmod></url>"
                for i, p in sorted(self.posts.items()))
            return "200 OK", [("Content-Type", "application/xml")], (
                '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/'
                f'schemas/sitemap/0.9">{urls}</urlset>')
        if path.startswith("/tin-tuc/view/") and path.rsplit("/", 1)[-1].isdigit():
            post = self.posts.get(int(path.rsplit("/", 1)[-1]))
            if post is None:
                return "404 Not Found", [], page_html("Không tìm thấy", "<p>Không tìm thấy.</p>")
            etag = f'"{post.created}"'
            validators = [("ETag", etag), ("Last-Modified", "Mon, 02 Jun 2025 08:00:00 GMT")]
            if environ.get("HTTP_IF_NONE_MATCH") == etag:
                return "304 Not Modified", validators, ""
            paragraphs = "".join(f"<p>{p}</p>" for p in post.body)
            return "200 OK", validators, page_html(post.title, (
                f"<article><h1>{post.title}</h1><div class='date'>Ngày đăng: "
                f"{post.published:%d/%m/%Y %H:%M}</div><div class='content'>{paragraphs}"
                "</div></article>"))
        return "404 Not Found", [], page_html("Không tìm thấy", "<p>Không tìm thấy.</p>")


def page_html(title: str, main: str) -> str:
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><title>{title}</title>"
            f"</head><body><header><a href='/'>Trang chủ</a></header><main>{main}</main>"
            "<footer>Liên minh Hợp tác xã tỉnh</footer></body></html>")


WORDS = ("hợp tác xã", "chuyển đổi số", "sản xuất chè", "trồng quế", "chăn nuôi", "du lịch",
          "nông sản", "vốn vay", "thị trường", "liên kết", "thành viên", "doanh thu")
PLACES = ("Văn Chấn", "Mù Cang Chải", "Trạm Tấu", "Nghĩa Lộ", "Văn Yên", "Lục Yên")


def paragraphs(i: int) -> list[str]:
    """Four paragraphs of their own for post ``i`` (names, figures and words differ)."""
    place, other = PLACES[i % 6], PLACES[(i + 3) % 6]
    return [f"Sáng {i + 3}/6, tại xã {place}, {WORDS[i % 12]} của huyện đã tổ chức hội nghị "
            f"với {40 + i * 7} thành viên tham dự, bàn về {WORDS[(i + 5) % 12]} năm 2025.",
            f"Ông Nguyễn Văn {chr(65 + i)} cho biết doanh thu đạt {i * 13 + 2} tỷ đồng, tăng "
            f"{i + 4}% so với cùng kỳ; {WORDS[(i + 7) % 12]} ở {other} còn khó khăn.",
            f"Hội nghị thống nhất {i + 2} giải pháp về {WORDS[(i + 2) % 12]} và "
            f"{WORDS[(i + 9) % 12]} trong thời gian tới tại {place}.",
            f"Bà Trần Thị {chr(70 + i)} đề nghị hỗ trợ {i * 3 + 10} hộ ở thôn {i + 1} tiếp cận "
            f"vốn vay ưu đãi và mở rộng liên kết tiêu thụ sản phẩm {WORDS[(i + 4) % 12]}."]


def make_site(now: datetime) -> DaySite:
    site = DaySite()
    for i in range(1, 9):
        # posts 1-3 of the last days, 4-8 months old
        published = now - (timedelta(days=i) if i <= 3 else timedelta(days=60 + 9 * i))
        site.posts[3100 + i] = Post(f"Hội nghị {WORDS[i % 12]} tại {PLACES[i % 6]} lần thứ {i} "
                              "năm 2025", paragraphs(i), published.replace(second=0, microsecond=0),
                              f"created-{i}")
    return site


class _Threaded(ThreadingMixIn, WSGIServer):
    daemon_threads = True


class _Quiet(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def serve() -> Iterator[tuple[DaySite, str]]:
    """The site, served on 127.0.0.1 for the duration: (the site, its base URL)."""
    site = make_site(datetime.now())
    server = make_server("127.0.0.1", 0, site.app, server_class=_Threaded,
                         handler_class=_Quiet)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05},
                              daemon=True)
    thread.start()
    try:
        yield site, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def crawl_site(db: Path, base: str, *, revisit: bool = False, hosts: tuple[str, ...] = (),
               sitemap: bool = False) -> Any:
    text = ("[[site]]\nname = \"htx\"\ntitle = \"htx\"\nprovince = \"x\"\n"
            f"base_url = \"{base}/\"\nstart_urls = [\"{base}/\"]\nprofile = \"auto\"\n"
            "delay = 0.0\nconcurrency = 2\n"
            + (f"sitemaps = [\"{base}/sitemap.xml\"]\n" if sitemap else "")
            + ("hosts = [" + ", ".join(f'"{h}"' for h in hosts) + "]\n" if hosts else ""))
    return crawl(db, parse_sources(text), settings=SETTINGS, options=CrawlOptions(revisit=revisit))


def record(db: Path, base: str, i: int) -> tuple[str, str, int]:
    conn = sqlite3.connect(db)
    try:
        row = conn.execute("select title, body, version_count from articles where url = ?",
                           [f"{base}/tin-tuc/view/{3100 + i}"]).fetchone()
        return str(row[0]), str(row[1]), int(row[2])
    finally:
        conn.close()


def distrusted(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [str(h) for (h,) in conn.execute(
            "select host from hosts where validators_untrusted_at is not null")]
    finally:
        conn.close()


