"""Raw captures: every response kept as standard WARC records, indexed in SQLite.

Each fetch writes a ``request`` and a ``response`` record (gzip per record) to a WARC file under
the capture directory; files rotate by size. A response whose payload is identical to an earlier
capture of the same URL is written as a ``revisit`` record (identical-payload-digest profile), so
unchanged pages are stored once. The ``captures`` table indexes every record: URL, time, status,
digest, file, offset, length; :meth:`CaptureStore.read` reads any capture back by offset, with
no network, for re-extraction. The files open in any WARC tool (warcio, pywb, …).

Bodies are stored as decoded by the client (gzip/deflate undone); the original
``Content-Encoding`` header is kept as ``X-Archive-Orig-Content-Encoding``.
"""

from __future__ import annotations

import base64
import hashlib
import io
import logging
import uuid
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, BinaryIO

import sqlite_utils
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import __version__
from archiver.errors import StorageError
from archiver.models import RawResponse

__all__ = ["CaptureStore", "WarcExport", "export_warc", "payload_digest", "read_capture"]

log = logging.getLogger(__name__)

_DROP_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def payload_digest(body: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _warc_date(iso: str) -> str:
    return iso if iso.endswith("Z") else iso.replace("+00:00", "Z")


def _status_line(status: int) -> str:
    from http import HTTPStatus

    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    return f"{status} {phrase}"


class CaptureStore:
    """Append-only WARC files plus the ``captures`` index table."""

    def __init__(self, db: sqlite_utils.Database, directory: Path | str,
                 max_file_bytes: int = 256 * 1024 * 1024) -> None:
        self.db = db
        self.directory = Path(directory)
        self.max_file_bytes = max_file_bytes
        self._current: Path | None = None

    # -- writing ---------------------------------------------------------------------------
    def _file(self) -> Path:
        if self._current is not None and self._current.exists() \
                and self._current.stat().st_size < self.max_file_bytes:
            return self._current
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StorageError(f"cannot create capture directory {self.directory}: "
                               f"{exc.strerror}") from None
        stamp = datetime.now(UTC).strftime("%Y%m%d%H%M%S")
        self._current = self.directory / f"archiver-{stamp}-{uuid.uuid4().hex[:8]}.warc.gz"
        self._write_warcinfo(self._current)
        return self._current

    def _write_warcinfo(self, path: Path) -> None:
        with open(path, "ab") as fh:
            writer = WARCWriter(fh, gzip=True)
            info = {"software": f"archiver/{__version__}", "format": "WARC File Format 1.1"}
            writer.write_record(writer.create_warcinfo_record(path.name, info))

    def _previous_same_payload(self, url: str, digest: str) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "select id, url, fetched_at from captures where url = ? and digest = ? "
            "and record_type = 'response' order by id limit 1", [url, digest]))
        return rows[0] if rows else None

    def write(self, raw: RawResponse) -> int:
        """Append ``raw`` to the current WARC file and index it. Returns the capture id.

        The caller commits the index row in its own transaction, after this returns."""
        digest = payload_digest(raw.body)
        previous = self._previous_same_payload(raw.url, digest) if raw.body else None
        path = self._file()
        http_headers = StatusAndHeaders(
            _status_line(raw.status),
            [(("X-Archive-Orig-" + k) if k.lower() in _DROP_HEADERS else k, v)
             for k, v in raw.headers.items()],
            protocol="HTTP/1.1",
        )
        date = _warc_date(raw.fetched_at)
        # HTTP/2 responses are written as HTTP/1.1 messages (what WARC readers parse), the
        # protocol actually spoken kept in WARC-Protocol (the IIPC proposal's field)
        extra = {"WARC-Protocol": "h2"} if raw.http_version == "HTTP/2" else {}
        try:
            with open(path, "ab") as fh:
                writer = WARCWriter(fh, gzip=True)
                offset = fh.tell()
                if previous is not None:
                    record = writer.create_revisit_record(
                        raw.url, digest, previous["url"], _warc_date(previous["fetched_at"]),
                        http_headers=http_headers, warc_headers_dict={"WARC-Date": date,
                                                                      **extra})
                    record_type = "revisit"
                else:
                    record = writer.create_warc_record(
                        raw.url, "response", payload=io.BytesIO(raw.body),
                        length=len(raw.body), http_headers=http_headers,
                        warc_headers_dict={"WARC-Date": date,
                                           "WARC-Payload-Digest": digest, **extra})
                    record_type = "response"
                writer.write_record(record)
                end = fh.tell()
                if raw.request_headers:
                    req_headers = StatusAndHeaders(
                        f"{raw.method} {raw.request_url or raw.url} HTTP/1.1",
                        list(raw.request_headers.items()), is_http_request=True)
                    request = writer.create_warc_record(
                        raw.request_url or raw.url, "request", http_headers=req_headers,
                        payload=io.BytesIO(raw.request_body), length=len(raw.request_body),
                        warc_headers_dict={"WARC-Date": date,
                                           "WARC-Concurrent-To": record.rec_headers.get_header(
                                               "WARC-Record-ID")})
                    writer.write_record(request)
                fh.flush()
        except OSError as exc:
            raise StorageError(f"cannot write capture to {path}: {exc.strerror or exc}") from None
        row = {
            "url": raw.url, "fetched_at": raw.fetched_at, "status": raw.status,
            "content_type": raw.content_type, "digest": digest,
            "length_bytes": len(raw.body), "warc_file": path.name, "offset": offset,
            "length": end - offset, "record_type": record_type,
            "revisit_of": previous["id"] if previous else None,
            "etag": raw.header("etag"),
            "last_modified": raw.header("last-modified"),
            "final_url": raw.url,
        }
        columns = ", ".join(row)
        cursor = self.db.execute(
            f"insert into captures ({columns}) values ({', '.join('?' * len(row))})",
            list(row.values()))
        return int(cursor.lastrowid or 0)

    # -- reading ---------------------------------------------------------------------------
    def read(self, capture_id: int) -> RawResponse:
        """The response of capture ``capture_id``, read from its WARC file by offset."""
        row = self._row(capture_id)
        original = self._row(row["revisit_of"]) if row["record_type"] == "revisit" \
            and row["revisit_of"] else None
        return read_capture(self.directory, row, original)

    def _row(self, capture_id: int) -> dict[str, Any]:
        cur = self.db.execute("SELECT * FROM captures WHERE id = ?", [capture_id])
        found = cur.fetchone()
        if found is None:
            raise StorageError(f"no capture with id {capture_id}")
        return dict(zip([d[0] for d in cur.description], found, strict=True))

    def files(self) -> list[Path]:
        return sorted(self.directory.glob("*.warc.gz")) if self.directory.exists() else []


def _read_record(directory: Path, warc_file: str, offset: int, length: int
                 ) -> tuple[Any, bytes]:
    path = directory / warc_file
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            chunk = fh.read(length)
    except OSError as exc:
        raise StorageError(f"cannot read capture {path}: {exc.strerror or exc}") from None
    for record in ArchiveIterator(io.BytesIO(chunk)):
        return record, record.content_stream().read()
    raise StorageError(f"no WARC record at {path}:{offset}")


def read_capture(directory: Path, row: Mapping[str, Any],
                 original: Mapping[str, Any] | None = None) -> RawResponse:
    """The response a ``captures`` row points at, read from its WARC file by offset (a
    ``revisit`` row takes its payload from ``original``, the row it revisits). For readers
    that hold the rows already (the Datasette capture page); no database needed."""
    record, body = _read_record(directory, row["warc_file"], row["offset"], row["length"])
    if original is not None:
        _, body = _read_record(directory, original["warc_file"], original["offset"],
                               original["length"])
    headers: dict[str, str] = {}
    if record.http_headers is not None:
        for key, value in record.http_headers.headers:
            if key.startswith("X-Archive-Orig-"):
                continue
            headers[key] = value
    return RawResponse(url=row["url"], status=row["status"], headers=headers, body=body,
                       fetched_at=row["fetched_at"])


# -- export ------------------------------------------------------------------------------------
@dataclass
class WarcExport:
    """What :func:`export_warc` wrote, and what it left out."""

    files: int = 0
    records: int = 0
    skipped: list[str] = field(default_factory=list)   # "<file>: … at offset …"


def _whole(member: bytes) -> bool:
    """A gzip member holding one complete WARC record (its block as long as it says)."""
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    try:
        data = inflater.decompress(member)
    except zlib.error:
        return False
    if not inflater.eof:
        return False
    head, sep, block = data.partition(b"\r\n\r\n")
    if not sep or not head.startswith(b"WARC/"):
        return False
    for line in head.split(b"\r\n"):
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return value.strip().isdigit() and len(block) >= int(value.strip())
    return False


def export_warc(files: Iterable[Path], out: BinaryIO) -> WarcExport:
    """Copy every whole record of ``files`` (gzip members, in order) into ``out``.

    A record that is not whole — the torn tail a full disk or a killed crawl leaves — is
    left out and reported, and so is whatever follows it in that file (it cannot be told
    apart from the torn record's remains)."""
    report = WarcExport()
    for path in files:
        report.files += 1
        size = path.stat().st_size
        end = 0
        with open(path, "rb") as fh:
            iterator = ArchiveIterator(fh)
            try:
                for _record in iterator:
                    iterator.read_to_end()
                    offset, length = iterator.get_record_offset(), iterator.get_record_length()
                    fh_pos = fh.tell()
                    fh.seek(offset)
                    member = fh.read(length)
                    fh.seek(fh_pos)
                    if not _whole(member):
                        break
                    out.write(member)
                    report.records += 1
                    end = offset + length
            except Exception as exc:  # warcio on a damaged member: stop at the last whole one
                log.debug("%s: stopped reading at %d: %s", path, end, exc)
        if end < size:
            report.skipped.append(f"{path.name}: {size - end} bytes at offset {end} are not "
                                  "a whole record (a torn tail): left out")
    return report
