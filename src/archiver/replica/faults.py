"""Switchable faults: a thread-safe registry keyed by path regex, and the page transforms.

``registry.add(path_regex, kind, **params)`` arms a fault; the first armed fault whose regex
``search``-es the request target (path with query) wins and uses up one of its ``times``.

====================  =====================================================================
kind                  params (defaults)
====================  =====================================================================
``status``            ``status=503``, ``times=1`` — serve the status, then normal pages
``retry_after``       ``status=429``, ``seconds=1``, ``http_date=False``, ``times=1``
``reset``             ``keep=256`` body bytes sent after the headers, then a TCP reset
``truncate``          ``fraction=0.5`` of the body sent under the full Content-Length
``slow``              ``chunk=64`` bytes every ``delay=0.05`` s
``hang``              never answers until the client leaves or the server stops
``huge``              ``size=5 MiB`` HTML page
``bomb``              gzip body inflating to ``size=1 GiB`` of spaces (a decompression bomb)
``redirect_loop``     A -> ``/__loop?back=A`` -> A -> …
``redirect``          ``location`` (required), ``status=301``
``calendar_trap``     a ``?date=YYYY-MM-DD`` page linking the previous and next day forever
``charset``           page served as windows-1258 (tone marks decomposed), charset declared
``malformed``         unclosed tags, stray closing tags and invalid UTF-8 bytes
``nested``            the page's body wrapped in ``depth=1500`` nested ``<div>``s
``gzip_bomb``         ``mib=256`` MiB of spaces in a sitemap, gzip-compressed (~0.25 MiB sent)
``document``          ``format="pdf"`` bytes served as ``application/pdf`` (or ``"docx"``)
``canonical``         the page with ``<link rel="canonical" href=location>`` added
``breadth``           a listing whose every page links ``fanout=20`` pages never seen before
``soft_404``          200 with the site's "Không tìm thấy bài viết" page (a deleted item)
====================  =====================================================================
Every kind also accepts ``times`` (``None`` = for ever; the default except where noted).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import escape
from typing import Any

from archiver.text import encode_as

__all__ = ["KINDS", "Fault", "FaultRegistry", "breadth_page", "calendar_page", "document",
           "gzip_bomb", "huge_page", "malform", "nest", "soft_404_page", "to_cp1258",
           "with_canonical"]

KINDS: dict[str, dict[str, Any]] = {
    "status": {"status": 503, "times": 1},
    "retry_after": {"status": 429, "seconds": 1, "http_date": False, "times": 1},
    "reset": {"keep": 256},
    "truncate": {"fraction": 0.5},
    "slow": {"chunk": 64, "delay": 0.05},
    "hang": {},
    "huge": {"size": 5 * 1024 * 1024},
    "bomb": {"size": 1024 * 1024 * 1024},
    "redirect_loop": {},
    "redirect": {"location": None, "status": 301},
    "calendar_trap": {},
    "charset": {},
    "malformed": {},
    "nested": {"depth": 1500},
    "gzip_bomb": {"mib": 256},
    "document": {"format": "pdf"},
    "soft_404": {},
    "canonical": {"location": None},
    "breadth": {"fanout": 20},
}


@dataclass(slots=True)
class Fault:
    pattern: re.Pattern[str]
    kind: str
    params: dict[str, Any]
    times: int | None
    hits: int = 0

    def __getitem__(self, key: str) -> Any:
        return self.params[key]


@dataclass(slots=True)
class FaultRegistry:
    _faults: list[Fault] = field(default_factory=list)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, path_regex: str, kind: str, **params: Any) -> Fault:
        if kind not in KINDS:
            raise ValueError(f"unknown fault kind {kind!r}; choose from {', '.join(KINDS)}")
        defaults = {"times": None, **KINDS[kind]}
        unknown = set(params) - set(defaults)
        if unknown:
            raise ValueError(f"fault {kind!r} takes {sorted(defaults)}, not {sorted(unknown)}")
        merged = {**defaults, **params}
        if kind in ("redirect", "canonical") and not merged["location"]:
            raise ValueError(f"fault {kind!r} needs location=")
        times = merged.pop("times")
        fault = Fault(re.compile(path_regex), kind, merged, times)
        with self._lock:
            self._faults.append(fault)
        return fault

    def clear(self) -> None:
        with self._lock:
            self._faults.clear()

    def take(self, target: str) -> Fault | None:
        """The first armed fault matching ``target``, using up one of its times."""
        with self._lock:
            for fault in self._faults:
                if fault.times is not None and fault.hits >= fault.times:
                    continue
                if fault.pattern.search(target):
                    fault.hits += 1
                    return fault
        return None

    def __len__(self) -> int:
        with self._lock:
            return len(self._faults)


def to_cp1258(text: str) -> bytes:
    """Encode as windows-1258 the way Vietnamese legacy tools do: base letters precomposed
    (â ê ô ơ ư ă đ), tone marks as separate combining characters."""
    return encode_as(text, "cp1258")


def malform(html: str) -> bytes:
    """Break ``html``: drop closing tags, add stray/unclosed ones and invalid UTF-8 bytes."""
    broken = html.replace("</p>", "", html.count("</p>") // 2)
    broken = broken.replace("</div>", "</span></div>", 2).replace("</table>", "", 1)
    broken = broken.replace("<body>", '<body>\n<div class="wrap"><font color=red><b>', 1)
    broken = broken.replace("</html>", "").replace("</body>", "")
    data = broken.encode("utf-8")
    marker = data.find(b"<div id=\"footer\">")
    cut = marker if marker >= 0 else len(data) // 2
    return data[:cut] + b"\xff\xfe\xc3\x28\x81\x00 <td><tr " + data[cut:]


def calendar_page(path: str, day: date) -> str:
    prev_day, next_day = day - timedelta(days=1), day + timedelta(days=1)
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
            f"<title>Lịch công tác ngày {day:%d/%m/%Y}</title></head><body>"
            f"<h1>Lịch công tác ngày {day:%d/%m/%Y}</h1>"
            f"<p>Không có lịch công tác trong ngày.</p>"
            f'<a href="{escape(path)}?date={prev_day.isoformat()}">« Ngày trước</a> '
            f'<a href="{escape(path)}?date={next_day.isoformat()}">Ngày sau »</a>'
            "</body></html>\n")


def soft_404_page() -> bytes:
    """A portal's page-not-found notice served with 200 where an article was."""
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Cổng thông tin điện "
            "tử</title></head><body><header><nav><a href=\"/\">Trang chủ</a></nav></header>"
            "<main><h2>Thông báo</h2><p>Không tìm thấy bài viết</p><p>Bài viết bạn yêu cầu "
            "không tồn tại hoặc đã bị xóa.</p></main></body></html>").encode()


def gzip_bomb(size: int) -> bytes:
    """A gzip body of about ``size / 1000`` bytes that inflates to ``size`` bytes of spaces:
    one member of 8 MiB repeated (gzip allows members one after another)."""
    import gzip

    member = gzip.compress(b" " * (8 * 1024 * 1024), mtime=0)
    return member * max(1, size // (8 * 1024 * 1024))


def huge_page(size: int) -> bytes:
    para = ("<p>Đảng ủy Khối các cơ quan tỉnh tiếp tục đẩy mạnh công tác xây dựng Đảng, "
            "nâng cao chất lượng sinh hoạt chi bộ và công tác kiểm tra, giám sát.</p>\n").encode()
    head = ('<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Trang rất lớn'
            "</title></head><body>\n").encode()
    tail = b"</body></html>\n"
    count = max(0, (size - len(head) - len(tail)) // len(para) + 1)
    return head + para * count + tail


def nest(html: bytes, depth: int) -> bytes:
    """The page with its body wrapped in ``depth`` nested ``<div>`` elements."""
    return html.replace(b"<body>", b"<body>" + b"<div>" * depth, 1).replace(
        b"</body>", b"</div>" * depth + b"</body>", 1)


def document(format: str) -> tuple[bytes, str]:
    """Bytes of an attachment and its content type: a (minimal) PDF or Word document."""
    if format == "docx":
        return (b"PK\x03\x04" + b"\x00" * 26 + b"word/document.xml" + b"\x00" * 2000,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    body = b"%PDF-1.4\n" + b"1 0 obj << /Type /Catalog >> endobj\n" * 800 + b"%%EOF\n"
    return body, "application/pdf"


def with_canonical(html: bytes, location: str) -> bytes:
    return html.replace(b"</head>", f'<link rel="canonical" href="{escape(location)}">'
                        .encode() + b"</head>", 1)


def breadth_page(path: str, page: int, fanout: int, articles: list[str]) -> str:
    """Listing page ``page``: three of the site's ``articles``, and links to ``fanout``
    further pages nobody linked before (pages ``page * fanout + 1`` …), so a walk that
    follows every pager link never ends."""
    shown = [articles[(page * 3 + i) % len(articles)] for i in range(3)] if articles else []
    items = "".join(f'<li><a href="{escape(a)}">Bài viết {page}.{i}: tin hoạt động của '
                    f"các chi bộ</a></li>" for i, a in enumerate(shown))
    links = " ".join(f'<a href="{escape(path)}?page={page * fanout + i}">'
                     f"{page * fanout + i}</a>" for i in range(1, fanout + 1))
    return (f'<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8"><title>Tin tức '
            f"trang {page}</title></head><body><h1>Tin tức</h1><ul>{items}</ul>"
            f'<div class="pagination">{links}</div></body></html>\n')
