"""Datasette plugin: the archived copy of a page, and links to it.

* ``/-/capture/<database>/<id>`` serves the stored capture (read from its WARC file) as it was
  received, with headers saying where and when it was captured. Scripts in the archived
  page never run: it is served with ``Content-Security-Policy: sandbox``. The capture's row
  is read through Datasette's own database object (read-only, like every query Datasette
  runs); only the WARC file is opened here.
* ``/-/capture/<database>/<timestamp>/<url>`` serves the same by the identity replay tools
  use (pywb, the Wayback Machine, ReplayWeb.page; :mod:`archiver.memento`): the capture of
  ``url`` nearest to ``timestamp`` (14 digits, UTC; a prefix such as ``2023`` will do).
* Either way the capture's identity is in its headers: ``X-Archiver-Capture``
  (``<timestamp>/<url>``), ``X-Archiver-Capture-Id``, and the Memento headers
  ``Memento-Datetime`` and ``Link: <url>; rel="original"``.
* A captured redirect (the crawler keeps every hop before a page) answers 302 to the
  capture of its target nearest in time, as replay tools do; ``?raw=1`` shows it as stored.
* In any table with a ``capture_id`` column, that cell links to the capture.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import quote

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from archiver.captures import read_capture
from archiver.datasette_plugins.capture_banner import add_banner
from archiver.errors import StorageError
from archiver.memento import capture_identity, memento_datetime
from archiver.store.db import capture_dir_for
from archiver.urls import resolve

#: A shortened timestamp means the earliest moment it names (``2023`` → 2023-01-01).
_PAD = "19700101000000"
_SAFE = ":/?#[]@!$&'()*+,;=%~"   # a URL's own punctuation stays as it is in a header
_REDIRECTS = frozenset({301, 302, 303, 307, 308})


async def _row(database: Any, capture_id: int) -> dict[str, Any] | None:
    result = await database.execute("select * from captures where id = ?", [capture_id])
    row = result.first()
    return dict(row) if row is not None else None


async def capture(request: Any, datasette: Any) -> Response:
    name = request.url_vars["database"]
    try:
        database = datasette.get_database(name)
    except KeyError:
        return Response.text(f"no database {name}", status=404)
    capture_id = int(request.url_vars["id"])
    row = await _row(database, capture_id)
    if row is None:
        return Response.text(f"no capture with id {capture_id}", status=404)
    return await _serve(request, datasette, database, row)


async def capture_by_identity(request: Any, datasette: Any) -> Response:
    """``/-/capture/<database>/<timestamp>/<url>``: the capture of ``url`` nearest to the
    timestamp (the URL read from the raw path and query string, as it was captured)."""
    name, stamp = request.url_vars["database"], request.url_vars["ts"]
    try:
        database = datasette.get_database(name)
    except KeyError:
        return Response.text(f"no database {name}", status=404)
    url = _requested_url(request, stamp)
    when = stamp + _PAD[len(stamp):]
    iso = f"{when[:4]}-{when[4:6]}-{when[6:8]}T{when[8:10]}:{when[10:12]}:{when[12:14]}Z"
    result = await database.execute(
        "select * from captures where url = ? order by abs(julianday(fetched_at) - "
        "julianday(?)), id desc limit 1", [url, iso])
    row = result.first()
    if row is None:
        return Response.text(f"no capture of {url}", status=404)
    return await _serve(request, datasette, database, dict(row))


def _requested_url(request: Any, stamp: str) -> str:
    raw = request.scope.get("raw_path") or request.path.encode("utf-8")
    path = raw.decode("latin-1") if isinstance(raw, bytes) else str(raw)
    url = path.split(f"/{stamp}/", 1)[1]
    url = re.sub(r"^(https?):/(?!/)", r"\1://", url)   # a client that merged the slashes
    query = request.query_string
    return f"{url}?{query}" if query else url


async def _serve(request: Any, datasette: Any, database: Any, row: dict[str, Any]) -> Response:
    original = None
    if row["record_type"] == "revisit" and row["revisit_of"]:
        original = await _row(database, row["revisit_of"])
    try:
        raw = read_capture(capture_dir_for(Path(database.path)), row, original)
    except StorageError as exc:
        return Response.text(str(exc), status=404)
    location = raw.header("location")
    if raw.status in _REDIRECTS and location and not request.args.get("raw"):
        # a redirect as it was answered: replay follows it to the capture of its target
        # nearest in time, as replay tools do (?raw=1 shows the stored answer itself)
        target = resolve(raw.url, location) or location
        where = datasette.urls.path(
            f"/-/capture/{quote(database.name)}/"
            f"{quote(capture_identity(target, raw.fetched_at), safe=_SAFE)}")
        return Response.redirect(where, status=302, headers={
            "X-Archiver-Original-Status": str(raw.status),
            "X-Archiver-Capture-Id": str(row["id"]),
            "Memento-Datetime": memento_datetime(raw.fetched_at),
            "Link": f'<{quote(raw.url, safe=_SAFE)}>; rel="original"'})
    content_type = raw.content_type or "application/octet-stream"
    # under an "archived copy of URL, fetched at …" banner, unless ?raw=1 (capture_banner)
    body = raw.body if request.args.get("raw") else await add_banner(datasette, database,
                                                                     row, raw)
    return Response(body, status=200, content_type=content_type, headers={
        "Content-Security-Policy": "sandbox",
        "X-Archiver-Original-URL": raw.url,
        "X-Archiver-Captured-At": raw.fetched_at,
        "X-Archiver-Original-Status": str(raw.status),
        "X-Archiver-Capture": quote(capture_identity(raw.url, raw.fetched_at), safe=_SAFE),
        "X-Archiver-Capture-Id": str(row["id"]),
        "Memento-Datetime": memento_datetime(raw.fetched_at),
        "Link": f'<{quote(raw.url, safe=_SAFE)}>; rel="original"',
    })


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/capture/(?P<database>[^/]+)/(?P<id>\d+)$", capture),
            (r"^/-/capture/(?P<database>[^/]+)/(?P<ts>\d{4,14})/(?P<url>.+)$",
             capture_by_identity)]


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def render_cell(value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    if isinstance(value, dict):   # a foreign key Datasette expanded to {value, label}
        value = value.get("value")
    if column == "capture_id" and isinstance(value, int):
        href = datasette.urls.path(f"/-/capture/{database}/{value}")
        return Markup(f'<a href="{escape(href)}" title="the page as archived">'
                      f"capture {value}</a>")
    return None
