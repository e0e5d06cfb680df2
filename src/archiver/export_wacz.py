"""Package archived articles as a WACZ: their captures, a pages list and their metadata.

A WACZ (Web Archive Collection Zipped, format 1.1.1) opens in ReplayWeb.page and pywb
(``docs/replay.md``). ``export_wacz`` packages the articles of one site, of a range of
publication dates, or all of them:

* ``archive/<name>.warc.gz`` — every capture of each article's URL (its history: edits,
  withdrawals), and for a revisit the response it refers to, **copied byte for byte** from
  the archive's WARC files (each record is its own gzip member, so digests and payloads are
  the ones captured), each response followed by its request record, after a warcinfo record
  naming the selection;
* ``indexes/`` — the CDXJ index ``wacz create`` makes;
* ``pages/pages.jsonl`` — one page per article: the capture's URL and time (``url``,
  ``ts``) and the article's ``title``, plus ``article_url``, ``site``, ``published_at`` and
  ``capture`` (``<timestamp>/<url>``);
* ``metadata/articles.jsonl`` and ``metadata/articles.csv`` — the article rows exactly as
  ``archiver export`` writes them; ``metadata/archiver.json`` — what was selected, from
  which archive, by which version.

The package is made by the ``wacz`` package (``wacz create``), then re-packed once to add
``metadata/`` and list it in ``datapackage.json`` with its hashes (``wacz validate`` checks
every file of the zip against that list). The output is written beside its destination and
renamed into place: a failed export leaves no half-written package.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import json
import logging
import os
import sqlite3
import tempfile
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from warcio.archiveiterator import ArchiveIterator

from archiver import __version__
from archiver.captures import warc_writer
from archiver.clock import utc_now
from archiver.errors import ArchiverError, ConfigError, StorageError
from archiver.export import EXPORT_COLUMNS, article_filter, check_output, export, has_captures
from archiver.memento import capture_identity
from archiver.store.db import capture_dir_for, reading

__all__ = ["WaczReport", "export_wacz"]

log = logging.getLogger(__name__)


@dataclass
class WaczReport:
    path: Path
    articles: int           # article rows in metadata/
    pages: int              # of them with a capture, in pages/pages.jsonl
    records: int            # response and revisit records packaged
    bytes: int              # size of the package


@dataclass(frozen=True, slots=True)
class _Capture:
    id: int
    url: str
    fetched_at: str
    warc_file: str
    offset: int
    length: int
    record_type: str


def _check_date(option: str, value: str | None) -> None:
    if value is None:
        return
    try:
        if len(value) != 10:
            raise ValueError(value)
        date.fromisoformat(value)
    except ValueError:
        raise ConfigError(f"{option}: not a date (YYYY-MM-DD): {value!r}") from None


def export_wacz(db_path: Path | str, output: Path | str, *, site: str | None = None,
                since: str | None = None, until: str | None = None,
                title: str | None = None, capture_dir: Path | None = None) -> WaczReport:
    """Write the WACZ of the selected articles to ``output`` (replaced if it exists).
    ``since``/``until`` filter published_at (inclusive dates), as ``archiver export``."""
    db_path, output = Path(db_path), Path(output)
    _check_date("--since", since)
    _check_date("--until", until)
    if since and until and since > until:
        raise ConfigError(f"--since {since} is after --until {until}")
    check_output(output)
    selection = _selection(site, since, until)
    with reading(db_path) as conn:
        _check_site(conn, db_path, site)
        pages = _pages(conn, site, since, until)
        if not pages:
            raise ArchiverError(f"nothing to package: no archived article matches {selection}")
        captures = _captures(conn, {p["capture_id"] for p in pages if p["capture_id"]})
        with tempfile.TemporaryDirectory(prefix=".wacz-", dir=output.parent) as tmp:
            work = Path(tmp)
            warc = work / f"archiver-{_slug(site, since, until)}.warc.gz"
            written = _write_warc(warc, capture_dir or capture_dir_for(db_path), captures,
                                  selection)
            listed = [p for p in pages if p["capture_id"] in written]
            if not listed:
                raise StorageError(f"none of the captures of {len(pages)} article(s) could "
                                   f"be read from {capture_dir or capture_dir_for(db_path)}")
            if len(listed) < len(pages):
                log.warning("%d article(s) have no readable capture: listed in metadata/, "
                            "not in pages.jsonl", len(pages) - len(listed))
            files = _metadata(conn, work / "metadata", site, since, until)
            info = {"software": f"archiver {__version__}", "created": utc_now(),
                    "database": db_path.name, "site": site, "since": since, "until": until,
                    "articles": len(pages), "pages": len(listed), "records": len(written),
                    "article_columns": list(EXPORT_COLUMNS),
                    "capture_identity": "<14-digit UTC timestamp>/<url> (docs/replay.md)"}
            created = work / "created.wacz"
            _wacz_create(created, warc, _write_pages(work / "pages.jsonl", listed),
                         title or f"archiver: {selection}",
                         f"{len(pages)} articles ({selection}) from {db_path.name}, archived "
                         f"by archiver {__version__}: captures as WARC records with payloads "
                         "as transferred; article rows in metadata/")
            packed = work / "package.wacz"
            _add_metadata(created, packed, files, info)
            os.replace(packed, output)
    return WaczReport(output, len(pages), len(listed), len(written), output.stat().st_size)


def _selection(site: str | None, since: str | None, until: str | None) -> str:
    where = f"site {site}" if site else "all sites"
    if since or until:
        where += f", published {since or '…'} to {until or '…'}"
    return where


def _slug(site: str | None, since: str | None, until: str | None) -> str:
    # datapackage resource names are lower case [-a-z0-9._/]
    return "-".join(p for p in (site or "all", since, until) if p).lower().replace("_", "-")


def _check_site(conn: sqlite3.Connection, db_path: Path, site: str | None) -> None:
    if site is None or conn.execute("select 1 from articles where site = ? limit 1",
                                    [site]).fetchone() is not None:
        return
    known = [r[0] for r in conn.execute("select distinct site from articles order by 1")]
    raise ConfigError(f"no site {site!r} in {db_path} (archived: {', '.join(known) or 'none'})")


# -- what goes in ---------------------------------------------------------------------------
def _pages(conn: sqlite3.Connection, site: str | None, since: str | None,
           until: str | None) -> list[dict[str, Any]]:
    """One page per selected article: its row and its capture's URL and time."""
    where, params = article_filter(site, since, until)
    capture = "c.url, c.fetched_at" if has_captures(conn) else "NULL, NULL"
    join = " LEFT JOIN captures c ON c.id = a.capture_id" if has_captures(conn) else ""
    sql = (f"SELECT a.id, a.url, a.site, a.title, a.published_at, a.capture_id, {capture} "
           f"FROM articles a{join} WHERE {where} ORDER BY a.id")
    keys = ("id", "article_url", "site", "title", "published_at", "capture_id", "url",
            "fetched_at")
    return [dict(zip(keys, row, strict=True)) for row in conn.execute(sql, params)]


def _captures(conn: sqlite3.Connection, ids: set[int]) -> dict[int, _Capture]:
    """Every capture of the URLs those captures answered (each page's history), and the
    response each revisit refers to."""
    if not ids:
        return {}
    rows = conn.execute(
        "WITH chosen(url) AS (SELECT DISTINCT url FROM captures WHERE id IN "
        "   (SELECT value FROM json_each(?))), "
        "history AS (SELECT * FROM captures WHERE url IN (SELECT url FROM chosen)) "
        "SELECT id, url, fetched_at, warc_file, \"offset\", length, record_type FROM history "
        "UNION SELECT o.id, o.url, o.fetched_at, o.warc_file, o.\"offset\", o.length, "
        "   o.record_type FROM history h JOIN captures o ON o.id = h.revisit_of "
        "ORDER BY 1", [json.dumps(sorted(ids))])
    return {row[0]: _Capture(*row) for row in rows}


def _write_warc(path: Path, directory: Path, captures: dict[int, _Capture],
                selection: str) -> set[int]:
    """Copy the captures' records, byte for byte, into one WARC file after a warcinfo
    record; returns the ids copied (a capture whose file is unreadable is left out)."""
    written: set[int] = set()
    by_file: dict[str, list[_Capture]] = {}
    for capture in captures.values():
        by_file.setdefault(capture.warc_file, []).append(capture)
    with open(path, "wb") as out:
        writer = warc_writer(out)
        writer.write_record(writer.create_warcinfo_record(path.name, {
            "software": f"archiver/{__version__} (warcio)",
            "format": "WARC File Format 1.1",
            "description": f"archiver export-wacz: {selection}; records copied byte for "
                           "byte from the archive's captures"}))
        for warc_file, group in sorted(by_file.items()):
            try:
                with open(directory / warc_file, "rb") as source:
                    for capture in sorted(group, key=lambda c: c.offset):
                        out.write(_record_bytes(source, capture))
                        written.add(capture.id)
            except (OSError, StorageError) as exc:
                log.warning("%s: %s; its captures are left out",
                            directory / warc_file, getattr(exc, "strerror", None) or exc)
    return written


def _record_bytes(source: IO[bytes], capture: _Capture) -> bytes:
    """The capture's gzip member, and its request record's when it follows (linked by
    WARC-Concurrent-To), exactly as stored."""
    source.seek(capture.offset)
    member = source.read(capture.length)
    if len(member) != capture.length:
        raise StorageError(f"capture {capture.id} is cut short")
    record_id = _header(member, "WARC-Record-ID")
    request = _member_at(source, capture.offset + capture.length)
    if record_id and request and _header(request, "WARC-Type") == "request" \
            and _header(request, "WARC-Concurrent-To") == record_id:
        return member + request
    return member


def _member_at(source: IO[bytes], offset: int, limit: int = 16 * 1024 * 1024) -> bytes | None:
    """The gzip member starting at ``offset`` (``None`` at the end of the file, or for
    anything that is not one)."""
    source.seek(offset)
    inflater = zlib.decompressobj(zlib.MAX_WBITS | 16)
    taken = bytearray()
    try:
        while not inflater.eof and len(taken) < limit:
            chunk = source.read(64 * 1024)
            if not chunk:
                return None
            taken += chunk
            inflater.decompress(chunk, 1)   # the output is not wanted, only where it ends
            while inflater.unconsumed_tail and not inflater.eof:
                inflater.decompress(inflater.unconsumed_tail, 64 * 1024)
    except zlib.error:
        return None
    if not inflater.eof:
        return None
    return bytes(taken[:len(taken) - len(inflater.unused_data)])


def _header(member: bytes, name: str) -> str | None:
    for record in ArchiveIterator(io.BytesIO(member)):
        value = record.rec_headers.get_header(name)
        return str(value) if value is not None else None
    return None


def _write_pages(path: Path, pages: list[dict[str, Any]]) -> Path:
    with open(path, "w", encoding="utf-8") as out:
        out.write(json.dumps({"format": "json-pages-1.0", "id": "pages",
                              "title": "Archived articles"}) + "\n")
        for page in pages:
            out.write(json.dumps({
                "url": page["url"], "ts": page["fetched_at"],
                "title": page["title"] or page["article_url"],
                "article_url": page["article_url"], "site": page["site"],
                "published_at": page["published_at"],
                "capture": capture_identity(page["url"], page["fetched_at"]),
            }, ensure_ascii=False) + "\n")
    return path


def _metadata(conn: sqlite3.Connection, directory: Path, site: str | None,
              since: str | None, until: str | None) -> dict[str, Path]:
    """The article rows as ``archiver export`` writes them, in both its formats."""
    directory.mkdir()
    files = {}
    for fmt in ("jsonl", "csv"):
        path = directory / f"articles.{fmt}"
        with open(path, "w", encoding="utf-8", newline="") as out:
            export(conn, fmt, out, site=site, since=since, until=until)
        files[f"metadata/articles.{fmt}"] = path
    return files


# -- the package ----------------------------------------------------------------------------
def _wacz_create(output: Path, warc: Path, pages: Path, title: str, description: str) -> None:
    from wacz.main import main as wacz_main

    argv = ["create", "-o", str(output), "-p", str(pages), "--title", title,
            "--desc", description, str(warc)]
    said = io.StringIO()
    try:
        with contextlib.redirect_stdout(said):   # wacz reports progress on stdout
            code = wacz_main(argv)
    except (OSError, ValueError) as exc:
        raise StorageError(f"wacz create failed: {exc}") from None
    if code != 0:
        last = (said.getvalue().strip().splitlines() or ["no reason given"])[-1]
        raise StorageError(f"wacz create failed: {last}")
    for line in said.getvalue().splitlines():
        if line.startswith("Invalid passed page"):
            log.warning("wacz: %s", line)


def _add_metadata(source: Path, target: Path, files: dict[str, Path],
                  info: dict[str, Any]) -> None:
    """Re-pack ``source`` with ``files`` added, each listed in datapackage.json with its
    hash, and the digest of datapackage.json written again."""
    resources = []
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        package = json.loads(zin.read("datapackage.json"))
        for member in zin.infolist():
            if member.filename in ("datapackage.json", "datapackage-digest.json"):
                continue
            with zin.open(member) as stream:
                resources.append(_store(zout, member.filename, stream, member.compress_type,
                                        member.file_size))
        for name, path in files.items():
            with open(path, "rb") as stream:
                resources.append(_store(zout, name, stream, zipfile.ZIP_DEFLATED,
                                        path.stat().st_size, _schema(path)))
        package["resources"] = resources
        package["archiver"] = info
        data = json.dumps(package, indent=2, ensure_ascii=False).encode("utf-8")
        _put(zout, "datapackage.json", data)
        _put(zout, "datapackage-digest.json", json.dumps(
            {"path": "datapackage.json", "hash": "sha256:" + hashlib.sha256(data).hexdigest()},
            indent=2).encode("utf-8"))


def _store(zout: zipfile.ZipFile, name: str, stream: IO[bytes], compress_type: int,
           size: int, schema: dict[str, Any] | None = None) -> dict[str, Any]:
    info = zipfile.ZipInfo(name, _now())
    info.compress_type = compress_type
    digest, length = hashlib.sha256(), 0
    with zout.open(info, "w", force_zip64=size >= zipfile.ZIP64_LIMIT) as out:
        for chunk in iter(lambda: stream.read(1024 * 1024), b""):
            digest.update(chunk)
            out.write(chunk)
            length += len(chunk)
    resource: dict[str, Any] = {"name": os.path.basename(name).lower(), "path": name,
                                "hash": "sha256:" + digest.hexdigest(), "bytes": length}
    if schema:
        resource["schema"] = schema
    return resource


def _schema(path: Path) -> dict[str, Any] | None:
    """The table schema of an articles file: every export column, of any type (values are
    text, numbers, lists, or empty), so validators check its shape without guessing types."""
    if path.name.startswith("articles."):
        return {"fields": [{"name": column, "type": "any"} for column in EXPORT_COLUMNS]}
    return None


def _put(zout: zipfile.ZipFile, name: str, data: bytes) -> None:
    info = zipfile.ZipInfo(name, _now())
    info.compress_type = zipfile.ZIP_DEFLATED
    zout.writestr(info, data)


def _now() -> tuple[int, int, int, int, int, int]:
    from datetime import datetime

    stamp = datetime.now()
    return (stamp.year, stamp.month, stamp.day, stamp.hour, stamp.minute, stamp.second)

