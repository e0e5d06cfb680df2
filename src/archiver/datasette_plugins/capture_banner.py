"""The banner over an archived page: "Archived copy of URL, fetched at …".

The capture page (``/-/capture/<db>/<id>``, :mod:`archiver_captures`) shows an HTML capture
with this banner put in right after its ``<body>`` tag, so nobody takes the archived copy
for the live site. ``?raw=1`` serves the bytes exactly as stored, without it. The banner is
plain HTML with inline styles (the page is served sandboxed: no script runs), encoded in
the page's own charset (characters it lacks as HTML references); a page whose bytes cannot
take it (a compressed or UTF-16 body, not HTML at all) is served as it is.
"""

from __future__ import annotations

import codecs
import re
import sqlite3
from typing import Any

from markupsafe import escape

from archiver.models import RawResponse

__all__ = ["add_banner", "banner_html"]

_BODY = re.compile(rb"<body\b[^>]*>", re.IGNORECASE)
_HTML = re.compile(rb"<html\b[^>]*>", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""",
                           re.IGNORECASE)
_STYLE = ("all:initial;display:block;box-sizing:border-box;position:relative;"
          "z-index:2147483647;width:100%;margin:0;padding:8px 14px;background:#fff7d6;"
          "border-bottom:2px solid #d4a017;color:#222;font:14px/1.45 Arial,sans-serif;"
          "text-align:left")
_LINK = "all:initial;color:#1f5fa0;text-decoration:underline;cursor:pointer;font:inherit"


def banner_html(url: str, fetched_at: str, status: int, links: list[tuple[str, str]]) -> str:
    """The banner for a capture of ``url``; ``links`` are (label, href) pairs."""
    when = fetched_at.replace("T", " ").replace("Z", "").split("+")[0][:19]
    parts = " · ".join(f'<a style="{_LINK}" href="{escape(href)}">{escape(label)}</a>'
                       for label, href in links)
    return (f'<div id="archiver-banner" role="note" style="{_STYLE}">'
            f'<strong style="all:initial;font:inherit;font-weight:bold">Archived copy</strong> '
            f'(bản lưu trữ) of <a style="{_LINK}" href="{escape(url)}">{escape(url)}</a>, '
            f'fetched at {escape(when)} UTC (HTTP {status}). This is the page as archiver '
            f"received it, not the live site; its scripts do not run. {parts}</div>")


def _charset(raw: RawResponse) -> str:
    declared = re.search(r"charset=([\w.:-]+)", raw.content_type or "", re.IGNORECASE)
    if declared:
        return declared.group(1)
    meta = _META_CHARSET.search(raw.body[:4096])
    return meta.group(1).decode("ascii") if meta else "utf-8"


def _insert(body: bytes, banner: bytes) -> bytes:
    for pattern in (_BODY, _HTML):
        match = pattern.search(body)
        if match:
            return body[:match.end()] + banner + body[match.end():]
    return banner + body


async def add_banner(datasette: Any, database: Any, row: dict[str, Any],
                     raw: RawResponse) -> bytes:
    """``raw``'s body with the banner in it when it is an HTML page that can take one."""
    if "html" not in (raw.content_type or "").lower() or raw.body[:2] == b"\x1f\x8b":
        return raw.body
    try:
        codec = codecs.lookup(_charset(raw))
    except LookupError:
        codec = codecs.lookup("utf-8")
    if codec.name.startswith(("utf-16", "utf-32")):
        return raw.body
    try:
        found = await database.execute("select id from articles where capture_id = ? or "
                                       "url = ? order by capture_id = ? desc limit 1",
                                       [row["id"], raw.url, row["id"]])
        article = found.first()
    except sqlite3.Error:   # a database without articles
        article = None
    links = [("open the live page", raw.url)]
    if article is not None:
        links.append(("the article in the archive", datasette.urls.row(
            database.name, "articles", str(article[0]))))
    links.append(("the bytes as stored", datasette.urls.path(
        f"/-/capture/{database.name}/{row['id']}?raw=1")))
    banner = banner_html(raw.url, raw.fetched_at, raw.status, links)
    return _insert(raw.body, banner.encode(codec.name, "xmlcharrefreplace"))
