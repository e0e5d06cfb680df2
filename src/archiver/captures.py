"""Raw captures: every response kept as standard WARC/1.1 records, indexed in SQLite and CDXJ.

Each fetch writes a ``response`` and a ``request`` record (gzip per record) to a WARC file
under the capture directory; files rotate by size. A response whose payload is identical to
an earlier capture of the same URL is written as a ``revisit`` record (WARC 1.1
identical-payload-digest profile, with ``WARC-Refers-To``), so unchanged pages are stored
once. The ``captures`` table indexes every record: URL, time, status, digest, file, offset,
length; :meth:`CaptureStore.read` reads any capture back by offset, with no network, for
re-extraction. Each WARC file also gets a CDXJ index for replay tools (:mod:`archiver.cdxj`).

What a record holds, per WARC 1.1 and as warcio's own capture does:

* the payload **as transferred**: ``Content-Encoding`` kept (a gzip body stays gzip, and
  ``WARC-Payload-Digest`` is the digest of those bytes); the transfer coding removed
  (httpx de-chunks), so ``Transfer-Encoding`` is kept only as
  ``X-Archive-Orig-Transfer-Encoding`` and ``Content-Length`` is the stored length;
* an ``HTTP/1.1`` status line even for HTTP/2 (what WARC readers and pywb parse), the
  protocol spoken in ``WARC-Protocol`` (``h2``, ``http/1.1``);
* every record, warcinfo included, in WARC/1.1.

Captures written before archiver kept payloads as transferred (WARC/1.0 records) hold the
decoded body, its original ``Content-Encoding`` as ``X-Archive-Orig-Content-Encoding``.
Both kinds read back the same way: :func:`read_capture` returns the decoded body.
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
from http import HTTPStatus
from pathlib import Path
from typing import Any, BinaryIO
from urllib.parse import urlsplit

import sqlite_utils
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archiver import __version__
from archiver.cdxj import IndexReport, update_indexes, write_index
from archiver.codings import decode_content
from archiver.errors import ContentCodingError, StorageError
from archiver.models import RawResponse

__all__ = ["READ_MAX_BYTES", "WARC_VERSION", "CaptureStore", "WarcExport", "export_warc",
           "payload_digest", "read_capture", "warc_writer"]

log = logging.getLogger(__name__)

#: The WARC version of every record archiver writes.
WARC_VERSION = "1.1"
#: A stored payload decoded on reading never grows past this (a decompression bomb in a
#: WARC file cannot exhaust memory either).
READ_MAX_BYTES = 64 * 1024 * 1024
_ORIG = "X-Archive-Orig-"
_PROTOCOLS = {"HTTP/2": "h2", "HTTP/1.1": "http/1.1", "HTTP/1.0": "http/1.0"}


#: The gzip level of each record's member: zlib's and gzip's default. warcio's own writer
#: uses 9, which costs 1.6 times the CPU for files about 1% smaller on HTML (7.8 against
#: 4.7 ms a 160 KB page): on the crawler's one thread, where every capture is written.
GZIP_LEVEL = 6


class _GzipMembers:
    """A file written by warcio's plain writer as one gzip member per record: the writer
    flushes its output once at the end of each record, which closes the member (as
    warcio's ``GzippingWrapper`` does, at :data:`GZIP_LEVEL`)."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out
        self._compressor: Any = None

    def write(self, data: bytes) -> None:
        if self._compressor is None:
            self._compressor = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, zlib.MAX_WBITS + 16)
        self.out.write(self._compressor.compress(data))

    def flush(self) -> None:
        if self._compressor is not None:
            self.out.write(self._compressor.flush())
            self._compressor = None
        self.out.flush()


def warc_writer(out: BinaryIO) -> WARCWriter:
    """A WARC/1.1 writer of gzip-per-record files (the one way archiver writes WARC)."""
    return WARCWriter(_GzipMembers(out), gzip=False, warc_version=WARC_VERSION)


def payload_digest(body: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode("ascii")


def _warc_date(iso: str) -> str:
    return iso if iso.endswith("Z") else iso.replace("+00:00", "Z")


def _status_line(status: int) -> str:
    try:
        phrase = HTTPStatus(status).phrase
    except ValueError:
        phrase = "Unknown"
    return f"{status} {phrase}"


def _http_headers(raw: RawResponse) -> StatusAndHeaders:
    """The response's headers as a record of its stored payload states them: the transfer
    coding gone, ``Content-Length`` the stored length (what was sent kept as
    ``X-Archive-Orig-*``), and ``Content-Encoding`` kept only over transferred bytes."""
    length = str(len(raw.payload))
    headers: list[tuple[str, str]] = []
    for name, value in raw.headers.items():
        low = name.lower()
        if low == "transfer-encoding" or (low == "content-encoding" and raw.transferred is None):
            headers.append((_ORIG + name, value))
        elif low == "content-length":
            if value.strip() != length:
                headers.append((_ORIG + name, value))
        else:
            headers.append((name, value))
    headers.append(("Content-Length", length))
    return StatusAndHeaders(_status_line(raw.status), headers, protocol="HTTP/1.1")


def _request_headers(raw: RawResponse) -> StatusAndHeaders:
    """The request line as sent (origin form) and the headers of the last request."""
    parts = urlsplit(raw.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    return StatusAndHeaders(f"{raw.method} {target} HTTP/1.1", list(raw.request_headers.items()),
                            is_http_request=True)


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
        if self._current is not None and self._current.exists():
            if self._current.stat().st_size < self.max_file_bytes:
                return self._current
            try:   # the file is full: index it now, as replay tools will want it
                write_index(self._current)
            except StorageError as exc:   # left stale: indexed at the end of the run
                log.warning("%s", exc)
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
            writer = warc_writer(fh)
            info = {"software": f"archiver/{__version__} (warcio)",
                    "format": "WARC File Format 1.1",
                    "conformsTo": "https://iipc.github.io/warc-specifications/"
                                  "specifications/warc-format/warc-1.1/",
                    "description": "payloads as transferred (Content-Encoding kept, "
                                   "transfer coding removed)"}
            writer.write_record(writer.create_warcinfo_record(path.name, info))

    def _previous_same_payload(self, url: str, digest: str) -> dict[str, Any] | None:
        rows = list(self.db.query(
            "select * from captures where url = ? and digest = ? "
            "and record_type = 'response' order by id limit 1", [url, digest]))
        return rows[0] if rows else None

    def write(self, raw: RawResponse) -> int:
        """Append ``raw`` to the current WARC file and index it, after the redirect answers
        that led to it (so that replaying the URL as asked follows them to the page).
        Returns the capture id of ``raw`` itself.

        The caller commits the index rows in its own transaction, after this returns."""
        for hop in raw.hops:
            self._write(hop)
        return self._write(raw)

    def _write(self, raw: RawResponse) -> int:
        payload = raw.payload
        digest = payload_digest(payload)
        previous = self._previous_same_payload(raw.url, digest) if payload else None
        path = self._file()
        http_headers = _http_headers(raw)
        date = _warc_date(raw.fetched_at)
        protocol = {"WARC-Protocol": _PROTOCOLS.get(raw.http_version,
                                                    raw.http_version.lower())}
        try:
            with open(path, "ab") as fh:
                writer = warc_writer(fh)
                offset = fh.tell()
                if previous is not None:
                    refers = _record_id(self.directory, previous)
                    record = writer.create_revisit_record(
                        raw.url, digest, previous["url"], _warc_date(previous["fetched_at"]),
                        http_headers=http_headers, warc_headers_dict={
                            "WARC-Date": date, **protocol,
                            **({"WARC-Refers-To": refers} if refers else {})})
                    record_type = "revisit"
                else:
                    record = writer.create_warc_record(
                        raw.url, "response", payload=io.BytesIO(payload),
                        length=len(payload), http_headers=http_headers,
                        warc_headers_dict={"WARC-Date": date,
                                           "WARC-Payload-Digest": digest, **protocol})
                    record_type = "response"
                writer.write_record(record)
                end = fh.tell()
                if raw.request_headers:
                    request = writer.create_warc_record(
                        raw.url, "request", http_headers=_request_headers(raw),
                        payload=io.BytesIO(raw.request_body), length=len(raw.request_body),
                        warc_headers_dict={"WARC-Date": date, **protocol,
                                           "WARC-Concurrent-To": record.rec_headers.get_header(
                                               "WARC-Record-ID")})
                    writer.write_record(request)
                fh.flush()
        except OSError as exc:
            raise StorageError(f"cannot write capture to {path}: {exc.strerror or exc}") from None
        row = {
            "url": raw.url, "fetched_at": raw.fetched_at, "status": raw.status,
            "content_type": raw.content_type, "digest": digest,
            "length_bytes": len(payload), "warc_file": path.name, "offset": offset,
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

    # -- the CDXJ index ----------------------------------------------------------------------
    def close(self) -> IndexReport:
        """Bring the CDXJ indexes up to date: the file being written, and any file a killed
        run left unindexed. Writing may go on afterwards (in a new file)."""
        self._current = None
        return update_indexes(self.directory)

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


@dataclass(frozen=True, slots=True)
class _Record:
    warc_type: str
    warc_headers: StatusAndHeaders
    http_headers: StatusAndHeaders | None
    payload: bytes                 # as stored: after the HTTP header block, not decoded


def _read_record(directory: Path, warc_file: str, offset: int, length: int) -> _Record:
    path = directory / warc_file
    try:
        with open(path, "rb") as fh:
            fh.seek(offset)
            chunk = fh.read(length)
    except OSError as exc:
        raise StorageError(f"cannot read capture {path}: {exc.strerror or exc}") from None
    for record in ArchiveIterator(io.BytesIO(chunk)):
        return _Record(record.rec_type, record.rec_headers, record.http_headers,
                       record.raw_stream.read())
    raise StorageError(f"no WARC record at {path}:{offset}")


def _record_id(directory: Path, row: Mapping[str, Any]) -> str | None:
    """The WARC-Record-ID of the record a ``captures`` row points at (``None`` if the file
    cannot be read: the revisit is then written without ``WARC-Refers-To``)."""
    try:
        with open(directory / row["warc_file"], "rb") as fh:
            fh.seek(row["offset"])
            for record in ArchiveIterator(fh):
                value = record.rec_headers.get_header("WARC-Record-ID")
                return str(value) if value else None
    except (OSError, ValueError, EOFError) as exc:
        log.warning("%s: cannot read the record it revisits: %s", row["url"], exc)
    return None


def read_capture(directory: Path, row: Mapping[str, Any],
                 original: Mapping[str, Any] | None = None) -> RawResponse:
    """The response a ``captures`` row points at, read from its WARC file by offset (a
    ``revisit`` row takes its payload from ``original``, the row it revisits). For readers
    that hold the rows already (the Datasette capture page); no database needed.

    ``body`` is decoded (gzip undone, at most :data:`READ_MAX_BYTES`) for records of either
    kind; ``transferred`` is the stored payload, or ``None`` for a record that stored the
    decoded body (written before archiver kept payloads as transferred)."""
    record = _read_record(directory, row["warc_file"], row["offset"], row["length"])
    holder = record
    if original is not None:
        holder = _read_record(directory, original["warc_file"], original["offset"],
                              original["length"])
    stored_decoded = holder.http_headers is not None and any(
        key.lower() == "x-archive-orig-content-encoding"
        for key, _ in holder.http_headers.headers)
    encoding = None
    if holder.http_headers is not None and not stored_decoded:
        encoding = holder.http_headers.get_header("Content-Encoding")
    try:
        body = decode_content(holder.payload, encoding, max_size=READ_MAX_BYTES)
    except ContentCodingError as exc:
        raise StorageError(f"capture {row.get('id', '')} of {row['url']}: {exc}") from None
    headers: dict[str, str] = {}
    if record.http_headers is not None:
        for key, value in record.http_headers.headers:
            if not key.startswith(_ORIG):
                headers[key] = value
    protocol = record.warc_headers.get_header("WARC-Protocol") or ""
    http_version = {v: k for k, v in _PROTOCOLS.items()}.get(protocol, "HTTP/1.1")
    return RawResponse(url=row["url"], status=row["status"], headers=headers, body=body,
                       fetched_at=row["fetched_at"], http_version=http_version,
                       transferred=None if stored_decoded else holder.payload)


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
