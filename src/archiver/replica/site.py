"""The replica engine: requests, responses, a lazy article catalog and the site base class.

A site never renders ahead of time: article ids, dates and categories are arithmetic on an
index ``d`` and text is composed from the id when a page is requested, so a 20,000-article
site is built in microseconds. Mutations (edit/remove/add) are small dicts and sets.
"""

from __future__ import annotations

import email.utils
import gzip
import hashlib
import string
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta, timezone
from functools import lru_cache
from html import escape
from importlib import resources
from typing import TypedDict
from urllib.parse import parse_qs, urlsplit

from archiver.replica.corpus import SEED_ID, Text, compose, seed_text

__all__ = ["Catalog", "Edit", "Entry", "Expected", "ReplicaSite", "Request", "Response",
           "html_page", "render"]

VN = timezone(timedelta(hours=7))
Edit = str | Callable[[list[str]], list[str]]


class Expected(TypedDict):
    """What a correct extractor should find on an article page."""

    id: int
    path: str                   # canonical detail path
    title: str
    published_at: str           # "YYYY-MM-DDTHH:MM:SS+07:00"
    author: str
    author_unit: str | None
    category: str
    lead: str | None
    body: list[str]             # paragraphs as visible text (lead first when there is one)
    captions: list[str]         # caption lines joined by a space


@dataclass(frozen=True, slots=True)
class Request:
    method: str
    target: str                          # path with query, as sent
    headers: dict[str, str]              # lower-cased names
    form: dict[str, str] = field(default_factory=dict)

    @property
    def base_url(self) -> str:
        """Scheme and authority the client used, e.g. ``http://127.0.0.1:8000``."""
        return "http://" + self.headers.get("host", "127.0.0.1")

    @property
    def path(self) -> str:
        return urlsplit(self.target).path

    @property
    def query(self) -> dict[str, str]:
        return {k: v[0] for k, v in parse_qs(urlsplit(self.target).query).items()}


@dataclass(slots=True)
class Response:
    status: int
    body: bytes = b""
    headers: list[tuple[str, str]] = field(default_factory=list)

    @classmethod
    def html(cls, text: str, status: int = 200) -> Response:
        return cls(status, text.encode("utf-8"), [("Content-Type", "text/html; charset=utf-8")])

    @classmethod
    def text(cls, text: str, content_type: str = "text/plain; charset=utf-8") -> Response:
        return cls(200, text.encode("utf-8"), [("Content-Type", content_type)])

    @classmethod
    def redirect(cls, location: str, status: int = 302) -> Response:
        return cls(status, b"", [("Location", location)])

    def header(self, name: str) -> str | None:
        for key, value in self.headers:
            if key.lower() == name.lower():
                return value
        return None


def html_page(title: str, body: str, *, head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
            f"<title>{escape(title)}</title>\n{head}</head>\n<body>\n{body}\n</body>\n</html>\n")


@lru_cache(maxsize=1)
def _templates() -> dict[str, string.Template]:
    raw = resources.files(__package__).joinpath("templates.txt").read_text(encoding="utf-8")
    out: dict[str, list[str]] = {}
    current: list[str] = []
    for line in raw.splitlines():
        if line.startswith("@@ "):
            current = out.setdefault(line[3:].strip(), [])
        elif out:
            current.append(line)
    return {name: string.Template("\n".join(lines).strip("\n")) for name, lines in out.items()}


def render(name: str, **values: object) -> str:
    """Fill template ``name`` from ``templates.txt``; values must be escaped already."""
    return _templates()[name].substitute(values)


@dataclass(frozen=True, slots=True)
class Entry:
    """One live article as the site currently shows it."""

    id: int
    catid: int
    category: str
    published: datetime                  # naive, Asia/Ho_Chi_Minh
    text: Text
    version: int

    @property
    def modified(self) -> datetime:
        return self.published + timedelta(hours=self.version - 1)

    @property
    def etag(self) -> str:
        digest = hashlib.sha1("\n".join(self.text.paragraphs).encode()).hexdigest()[:10]
        return f'"a{self.id}-v{self.version}-{digest}"'

    @property
    def last_modified(self) -> str:
        return email.utils.format_datetime(self.modified.replace(tzinfo=VN).astimezone(UTC),
                                           usegmt=True)


class Catalog:
    """Article ids ``base + 3d + d%2`` for d in [d_min, d_max]; newer d = newer date."""

    def __init__(self, n: int, *, seed: int, categories: dict[int, str], anchor: datetime,
                 anchor_id: int, before: int, interval: timedelta,
                 verbatim_seed: bool = False) -> None:
        if n < 1:
            raise ValueError("a replica site needs at least one article")
        self.seed = seed
        self.categories = categories
        self._cats = list(categories)
        self.anchor, self.anchor_id = anchor, anchor_id
        self.interval = interval
        self.d_min, self.d_max = -min(before, n - 1), n - 1 - min(before, n - 1)
        self.verbatim_seed = verbatim_seed
        self.removed: set[int] = set()
        self.edits: dict[int, list[Edit]] = {}
        self._lock = threading.Lock()

    # arithmetic -------------------------------------------------------------------------
    def id_of(self, d: int) -> int:
        return self.anchor_id + 3 * d + d % 2

    def d_of(self, article_id: int) -> int | None:
        d = (article_id - self.anchor_id) // 3
        if self.d_min <= d <= self.d_max and self.id_of(d) == article_id:
            return d
        return None

    def catid_of(self, d: int) -> int:
        return self._cats[(d + d // 7) % len(self._cats)]

    def published_of(self, d: int) -> datetime:
        """Monotonic in ``d``; times of day squeezed into office hours 07:00-18:00."""
        minutes = int(self.interval.total_seconds() // 60)
        jitter = 0 if d == 0 else (d * 7919) % max(1, minutes // 3)
        raw = self.anchor + d * self.interval + timedelta(minutes=jitter)
        day = raw.replace(hour=0, minute=0, second=0, microsecond=0)
        t = (raw - day).total_seconds() / 60                     # minutes since midnight
        fix = self.anchor.hour * 60 + self.anchor.minute         # the anchor keeps its time
        lo, hi = 7 * 60, 18 * 60
        fix = fix if lo < fix < hi else 12 * 60
        squeezed = (lo + t * (fix - lo) / fix if t <= fix
                    else fix + (t - fix) * (hi - fix) / (24 * 60 - fix))
        return day + timedelta(minutes=int(squeezed))

    # queries ------------------------------------------------------------------------------
    def exists(self, article_id: int) -> bool:
        return self.d_of(article_id) is not None and article_id not in self.removed

    def live_ids(self, catid: int | None = None) -> Iterator[int]:
        """Live ids, newest first, optionally of one category."""
        for d in range(self.d_max, self.d_min - 1, -1):
            if catid is None or self.catid_of(d) == catid:
                article_id = self.id_of(d)
                if article_id not in self.removed:
                    yield article_id

    def modified_of(self, article_id: int) -> datetime:
        """Last modification time without composing the text (for sitemaps of big sites)."""
        d = self.d_of(article_id)
        if d is None:
            raise KeyError(article_id)
        return self.published_of(d) + timedelta(hours=len(self.edits.get(article_id, [])))

    def entry(self, article_id: int) -> Entry | None:
        d = self.d_of(article_id)
        if d is None or article_id in self.removed:
            return None
        published = self.published_of(d)
        catid = self.catid_of(d)
        if self.verbatim_seed and article_id == SEED_ID:
            _, _, _, text = seed_text()
        else:
            day = f"{published.day}/{published.month}/{published.year}"
            text = compose(self.seed, article_id, day)
        edits = self.edits.get(article_id, [])
        for edit in edits:
            paragraphs = list(text.paragraphs)
            paragraphs = [*paragraphs, edit] if isinstance(edit, str) else list(edit(paragraphs))
            text = replace(text, paragraphs=tuple(paragraphs))
        return Entry(article_id, catid, self.categories[catid], published, text, 1 + len(edits))

    # mutations ----------------------------------------------------------------------------
    def edit(self, article_id: int, change: Edit) -> None:
        with self._lock:
            if not self.exists(article_id):
                raise KeyError(article_id)
            self.edits.setdefault(article_id, []).append(change)

    def remove(self, article_id: int) -> None:
        with self._lock:
            if self.d_of(article_id) is None:
                raise KeyError(article_id)
            self.removed.add(article_id)

    def add(self, n: int) -> list[int]:
        with self._lock:
            self.d_max += n
            return [self.id_of(d) for d in range(self.d_max, self.d_max - n, -1)]


class ReplicaSite:
    """Base of every replica: routes a request to a response; subclasses render."""

    name = "site"
    shows_author_unit = True           # byline "Name, Unit" (else the name only)
    shows_captions = True              # image captions rendered
    first_paragraph_is_lead = False    # first paragraph rendered as a separate lead/sapo

    def __init__(self, catalog: Catalog, *, today: date | None = None,
                 validators: bool = True, per_page: int = 10) -> None:
        self.catalog = catalog
        self.today = today or date.today()
        self.validators = validators
        self.per_page = per_page
        self.gzip = True
        self.removed_redirect = False      # removed articles: 404 (False) or 302 to "/"

    # to override ---------------------------------------------------------------------------
    def route(self, request: Request) -> Response:
        raise NotImplementedError

    def detail_path(self, article_id: int) -> str:
        raise NotImplementedError

    def start_paths(self) -> list[str]:
        raise NotImplementedError

    # shared ----------------------------------------------------------------------------------
    def handle(self, request: Request) -> Response:
        response = self.route(request)
        encoding = request.headers.get("accept-encoding", "")
        if (self.gzip and "gzip" in encoding and response.body and response.status == 200
                and response.header("Content-Encoding") is None):
            response.body = gzip.compress(response.body, mtime=0)
            response.headers += [("Content-Encoding", "gzip"), ("Vary", "Accept-Encoding")]
        return response

    def article_response(self, request: Request, entry: Entry | None,
                         render: Callable[[Entry], str]) -> Response:
        """404 / 302 / 304 / 200 for an article detail page, with validators if enabled."""
        if entry is None:
            return self.not_found()
        headers: list[tuple[str, str]] = []
        if self.validators:
            headers = [("ETag", entry.etag), ("Last-Modified", entry.last_modified)]
            inm = request.headers.get("if-none-match")
            ims = request.headers.get("if-modified-since")
            if inm is not None:
                if entry.etag in [tag.strip() for tag in inm.split(",")] or inm.strip() == "*":
                    return Response(304, b"", headers)
            elif ims is not None:
                try:
                    since = email.utils.parsedate_to_datetime(ims)
                except (TypeError, ValueError):
                    since = None
                modified = entry.modified.replace(tzinfo=VN)
                if since is not None and since.tzinfo is not None and modified <= since:
                    return Response(304, b"", headers)
        response = Response.html(render(entry))
        response.headers += headers
        return response

    def missing_article(self, article_id: int) -> Response:
        if article_id in self.catalog.removed and self.removed_redirect:
            return Response.redirect("/")
        return self.not_found()

    def not_found(self) -> Response:
        page = html_page("404 - Không tìm thấy trang",
                         "<h1>Không tìm thấy trang</h1><p>Trang bạn yêu cầu không tồn tại "
                         'hoặc đã bị gỡ bỏ.</p><p><a href="/">Về trang chủ</a></p>')
        return Response.html(page, status=404)

    def article_paths(self) -> list[str]:
        return [self.detail_path(i) for i in self.catalog.live_ids()]

    def expected(self, article_id: int) -> Expected:
        """The record a correct extractor produces for a live article (KeyError otherwise)."""
        entry = self.catalog.entry(article_id)
        if entry is None:
            raise KeyError(article_id)
        return {
            "id": entry.id,
            "path": self.detail_path(entry.id),
            "title": entry.text.title,
            "published_at": entry.published.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
            "author": entry.text.author,
            "author_unit": entry.text.author_unit if self.shows_author_unit else None,
            "category": entry.category,
            "lead": entry.text.paragraphs[0] if self.first_paragraph_is_lead else None,
            "body": list(entry.text.paragraphs),
            "captions": ([f"{a} {b}" for a, b in entry.text.captions]
                         if self.shows_captions else []),
        }

    # mutations ---------------------------------------------------------------------------
    def edit_article(self, article_id: int, change: Edit) -> None:
        """A string is appended as a new last paragraph; a callable maps the paragraph list."""
        self.catalog.edit(article_id, change)

    def remove_article(self, article_id: int) -> None:
        self.catalog.remove(article_id)

    def add_articles(self, n: int) -> list[int]:
        """Publish ``n`` newer articles; returns their ids newest first."""
        return self.catalog.add(n)

    def set_today(self, today: date) -> None:
        self.today = today
