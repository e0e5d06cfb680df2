"""Datasette plugin: the archived copy of a page, and links to it.

* ``/-/capture/<database>/<id>`` serves the stored capture (read from its WARC file) as it was
  received, with headers saying where and when it was captured. Scripts in the archived
  page never run: it is served with ``Content-Security-Policy: sandbox``. The capture's row
  is read through Datasette's own database object (read-only, like every query Datasette
  runs); only the WARC file is opened here.
* In any table with a ``capture_id`` column, that cell links to the capture.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette import hookimpl
from datasette.utils.asgi import Response
from markupsafe import Markup, escape

from archiver.captures import read_capture
from archiver.datasette_plugins.capture_banner import add_banner
from archiver.errors import StorageError
from archiver.store.db import capture_dir_for


async def _row(database: Any, capture_id: int) -> dict[str, Any] | None:
    result = await database.execute("select * from captures where id = ?", [capture_id])
    row = result.first()
    return dict(row) if row is not None else None


async def capture(request: Any, datasette: Any) -> Response:
    name = request.url_vars["database"]
    capture_id = int(request.url_vars["id"])
    try:
        database = datasette.get_database(name)
    except KeyError:
        return Response.text(f"no database {name}", status=404)
    row = await _row(database, capture_id)
    if row is None:
        return Response.text(f"no capture with id {capture_id}", status=404)
    original = None
    if row["record_type"] == "revisit" and row["revisit_of"]:
        original = await _row(database, row["revisit_of"])
    try:
        raw = read_capture(capture_dir_for(Path(database.path)), row, original)
    except StorageError as exc:
        return Response.text(str(exc), status=404)
    content_type = raw.content_type or "application/octet-stream"
    # under an "archived copy of URL, fetched at …" banner, unless ?raw=1 (capture_banner)
    body = raw.body if request.args.get("raw") else await add_banner(datasette, database,
                                                                     row, raw)
    return Response(body, status=200, content_type=content_type, headers={
        "Content-Security-Policy": "sandbox",
        "X-Archiver-Original-URL": raw.url,
        "X-Archiver-Captured-At": raw.fetched_at,
        "X-Archiver-Original-Status": str(raw.status),
    })


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/capture/(?P<database>[^/]+)/(?P<id>\d+)$", capture)]


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
