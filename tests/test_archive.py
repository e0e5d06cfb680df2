"""WARC captures: written per response, indexed, read back by offset, readable by warcio."""

from __future__ import annotations

import dataclasses
import os
import sqlite3
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.captures import CaptureStore
from archiver.errors import StorageError
from archiver.models import RawResponse
from archiver.replica import ReplicaServer
from archiver.store import capture_dir_for, open_archive
from crawlkit import run, sites_for


def _raw(body: bytes, when: str = "2026-11-28T03:00:00Z") -> RawResponse:
    return RawResponse(url="http://a.vn/x?id=1", status=200,
                       headers={"Content-Type": "text/html; charset=utf-8",
                                "Content-Encoding": "gzip", "ETag": '"v1"'},
                       body=body, fetched_at=when, request_url="http://a.vn/x?id=1",
                       request_headers={"User-Agent": "archiver/test"})


def test_roundtrip_and_revisit_dedupe(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc", max_file_bytes=10_000_000)
    body = "<html><body><p>Đảng bộ tỉnh Lạng Sơn</p></body></html>".encode()
    first = store.write(_raw(body))
    second = store.write(_raw(body, "2026-11-29T03:00:00Z"))
    third = store.write(_raw(body + b"<!-- edited -->", "2026-11-30T03:00:00Z"))
    rows = {r["id"]: r for r in db.query("select * from captures")}
    assert rows[first]["record_type"] == "response"
    assert rows[second]["record_type"] == "revisit" and rows[second]["revisit_of"] == first
    assert rows[third]["record_type"] == "response"
    assert rows[second]["length"] < rows[first]["length"]   # payload stored once
    for capture_id, expected in ((first, body), (second, body), (third, body + b"<!-- edited -->")):
        raw = store.read(capture_id)
        assert raw.body == expected and raw.status == 200
        assert "Content-Encoding" not in raw.headers   # body is stored decoded
    with pytest.raises(StorageError, match="no capture"):
        store.read(999)


def test_files_rotate_by_size(tmp_path: Path) -> None:
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc", max_file_bytes=2_000)
    for i in range(6):
        store.write(RawResponse(url=f"http://a.vn/{i}", status=200, headers={},
                                body=os.urandom(1500),
                                fetched_at="2026-11-28T03:00:00Z"))
    assert len(store.files()) >= 3


def test_crawl_captures_open_in_warcio(langson: ReplicaServer, tmp_path: Path) -> None:
    db_path = tmp_path / "a.db"
    run(db_path, sites_for(langson))
    files = sorted(capture_dir_for(db_path).glob("*.warc.gz"))
    assert files
    kinds: dict[str, int] = {}
    uris = set()
    for path in files:
        with open(path, "rb") as fh:
            for record in ArchiveIterator(fh, check_digests=True):
                kinds[record.rec_type] = kinds.get(record.rec_type, 0) + 1
                if record.rec_type == "response":
                    uris.add(record.rec_headers.get_header("WARC-Target-URI"))
    conn = sqlite3.connect(db_path)
    indexed = conn.execute("select count(*) from captures where record_type = 'response'")
    assert kinds["response"] == indexed.fetchone()[0]
    assert kinds["request"] == kinds["response"] + kinds.get("revisit", 0)
    assert kinds["warcinfo"] == len(files)
    urls = {u for (u,) in conn.execute("select url from articles")}
    assert urls <= uris


def test_postback_requests_and_http2_are_recorded_as_sent(tmp_path: Path) -> None:
    """A postback pager is archived as the POST it was, with its form; an HTTP/2 response
    is written as an HTTP/1.1 message (what WARC readers parse) with WARC-Protocol: h2."""
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc", max_file_bytes=10_000_000)
    form = b"__EVENTTARGET=dnn%24ctr1%24grd&__EVENTARGUMENT=Page%242&__VIEWSTATE=dDwt"
    store.write(dataclasses.replace(_raw(b"<html><body>Trang 2</body></html>"), method="POST",
                                    request_body=form, http_version="HTTP/2"))
    store.write(_raw(b"<html><body>Trang 1</body></html>"))
    (path,) = store.files()
    seen = []
    with open(path, "rb") as fh:
        for record in ArchiveIterator(fh, check_digests=True):
            if record.rec_type == "request":
                seen.append((record.http_headers.protocol, record.content_stream().read()))
            elif record.rec_type == "response":
                seen.append((record.rec_headers.get_header("WARC-Protocol"),
                             record.http_headers.protocol))
    assert seen == [("h2", "HTTP/1.1"), ("POST", form), (None, "HTTP/1.1"), ("GET", b"")]
