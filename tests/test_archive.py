"""WARC captures: written per response, indexed, read back by offset, readable by warcio;
WARC/1.1 throughout, payloads as transferred, and captures of archiver 0.1.0 still read."""

from __future__ import annotations

import base64
import dataclasses
import gzip
import hashlib
import json
import os
import shutil
import sqlite3
import zlib
from pathlib import Path
from typing import Any

import pytest
import sqlite_utils
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
    noise = (hashlib.sha1(bytes(i)).hexdigest() for i in range(40))   # gzip cannot shrink it
    body = ("<html><body>" + "".join(f"<p>Đảng bộ tỉnh Lạng Sơn {n}</p>" for n in noise)
            + "</body></html>").encode()
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
        assert "Content-Encoding" not in raw.headers   # only the decoded body was known
        assert raw.transferred is None
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
    assert seen == [("h2", "HTTP/1.1"), ("POST", form), ("http/1.1", "HTTP/1.1"), ("GET", b"")]


# -- WARC/1.1, payloads as transferred ------------------------------------------------------
FIXTURE = Path(__file__).parent / "fixtures" / "captures_0_1_0"
PAGE = ("<!DOCTYPE html><html lang=\"vi\"><head><title>Hội nghị</title></head><body>"
        + "".join(f"<p>Đoạn {i}: Đảng bộ tỉnh Lạng Sơn tổ chức hội nghị.</p>" for i in range(60))
        + "</body></html>").encode()


def _sha1(data: bytes) -> str:
    return "sha1:" + base64.b32encode(hashlib.sha1(data).digest()).decode("ascii")


def _records(path: Path) -> list[tuple[dict[str, str], bytes]]:
    """Every record of a .warc.gz as (WARC headers, block), parsed without warcio."""
    data = gzip.decompress(path.read_bytes())
    records, pos = [], 0
    while pos < len(data):
        end = data.index(b"\r\n\r\n", pos)
        version, *lines = data[pos:end].decode("utf-8").split("\r\n")
        headers = {"version": version, **dict(line.split(": ", 1) for line in lines)}
        length = int(headers["Content-Length"])
        records.append((headers, data[end + 4:end + 4 + length]))
        pos = end + 4 + length + 4          # the block, then CRLF CRLF
    return records


def _gzip_raw(when: str = "2026-11-28T03:00:00Z", **extra: str) -> RawResponse:
    wire = gzip.compress(PAGE, mtime=0)
    return RawResponse(url="http://a.vn/tin?id=1", status=200,
                       headers={"Content-Type": "text/html; charset=utf-8",
                                "Content-Encoding": "gzip", "Vary": "Accept-Encoding",
                                **extra},
                       body=PAGE, transferred=wire, fetched_at=when,
                       request_url="http://a.vn/tin?id=1",
                       request_headers={"User-Agent": "archiver/test",
                                        "Accept-Encoding": "gzip, deflate"})


def test_payload_is_stored_as_transferred(tmp_path: Path) -> None:
    """gzip stays gzip (digest of those bytes); the transfer coding is gone, Content-Length
    is the stored length; reading back decodes."""
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc")
    raw = _gzip_raw(**{"Transfer-Encoding": "chunked"})
    capture_id = store.write(raw)
    (path,) = store.files()
    ((_, _), (warc, block), _) = _records(path)
    http, payload = block.split(b"\r\n\r\n", 1)
    assert payload == raw.transferred and payload[:2] == b"\x1f\x8b"
    assert warc["WARC-Payload-Digest"] == _sha1(payload)
    lines = http.decode("latin-1").split("\r\n")
    assert lines[0] == "HTTP/1.1 200 OK"
    assert "Content-Encoding: gzip" in lines and f"Content-Length: {len(payload)}" in lines
    assert "X-Archive-Orig-Transfer-Encoding: chunked" in lines
    assert not [line for line in lines if line.lower().startswith("transfer-encoding")]
    row = next(iter(db.query("select * from captures where id = ?", [capture_id])))
    assert row["digest"] == _sha1(payload) and row["length_bytes"] == len(payload)
    back = store.read(capture_id)
    assert back.body == PAGE and back.transferred == payload
    assert back.header("content-encoding") == "gzip" and back.payload == payload


def test_every_record_is_warc_1_1_with_its_own_digests(tmp_path: Path) -> None:
    """warcinfo, response, request and revisit: WARC/1.1; block and payload digests recomputed
    here from the bytes; a revisit refers to its response by id (identical-payload-digest)."""
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc")
    store.write(_gzip_raw())
    store.write(_gzip_raw("2026-11-29T03:00:00Z"))          # same payload: a revisit
    store.write(dataclasses.replace(_raw(PAGE), http_version="HTTP/2", method="POST",
                                    request_body=b"a=1"))
    (path,) = store.files()
    records = _records(path)
    assert [h["WARC-Type"] for h, _ in records] == [
        "warcinfo", "response", "request", "revisit", "request", "response", "request"]
    for headers, block in records:
        assert headers["version"] == "WARC/1.1"
        assert headers["WARC-Block-Digest"] == _sha1(block)
        if headers["WARC-Type"] in ("response", "request"):
            assert headers["WARC-Payload-Digest"] == _sha1(block.split(b"\r\n\r\n", 1)[1])
        if headers["WARC-Type"] in ("response", "revisit"):
            assert block.startswith(b"HTTP/1.1 200 OK\r\n")
    response, revisit = records[1][0], records[3][0]
    assert revisit["WARC-Profile"] == \
        "http://netpreserve.org/warc/1.1/revisit/identical-payload-digest"
    assert revisit["WARC-Refers-To"] == response["WARC-Record-ID"]
    assert revisit["WARC-Refers-To-Target-URI"] == response["WARC-Target-URI"]
    assert revisit["WARC-Refers-To-Date"] == response["WARC-Date"] == "2026-11-28T03:00:00Z"
    assert revisit["WARC-Payload-Digest"] == response["WARC-Payload-Digest"]
    assert records[3][1].endswith(b"\r\n\r\n")               # headers only: payload not again
    assert records[5][0]["WARC-Protocol"] == "h2" and records[1][0]["WARC-Protocol"] == "http/1.1"
    assert records[6][1].startswith(b"POST /x?id=1 HTTP/1.1\r\n")   # the request line as sent
    assert store.read(2).body == PAGE                          # the revisit reads its payload


def _old_archive(tmp_path: Path) -> tuple[sqlite_utils.Database, list[dict[str, Any]]]:
    """An archive whose captures archiver 0.1.0 wrote (tests/fixtures/captures_0_1_0)."""
    db_path = tmp_path / "old.db"
    db = open_archive(db_path, mode="create")
    directory = capture_dir_for(db_path)
    directory.mkdir(parents=True)
    shutil.copy(FIXTURE / "old.warc.gz", directory)
    rows = json.loads((FIXTURE / "rows.json").read_text(encoding="utf-8"))
    db.table("captures").insert_all(rows)
    return db, rows


def test_captures_written_by_0_1_0_read_back(tmp_path: Path) -> None:
    db, rows = _old_archive(tmp_path)
    versions = {h["version"] for h, _ in _records(capture_dir_for(tmp_path / "old.db")
                                                   / "old.warc.gz")}
    assert versions == {"WARC/1.0"}                           # the old kind indeed
    store = CaptureStore(db, capture_dir_for(tmp_path / "old.db"))
    bodies = {}
    for row in rows:
        raw = store.read(row["id"])
        assert raw.body.startswith(b"<!DOCTYPE html>") and raw.status == 200
        assert raw.header("content-encoding") is None
        # served gzip, stored decoded: what was transferred is not known; served plain: it is
        assert raw.transferred == (None if "a=detail" in row["url"] else raw.body)
        bodies[row["id"]] = raw.body
    revisit = next(r for r in rows if r["record_type"] == "revisit")
    assert bodies[revisit["id"]] == bodies[revisit["revisit_of"]]


def test_reextract_rebuilds_the_same_articles_from_old_and_new_captures(tmp_path: Path) -> None:
    """The same pages, captured by 0.1.0 (decoded bodies, WARC/1.0) and now (gzip as sent,
    WARC/1.1): reextract makes the same articles of both."""
    from archiver.reextract import reextract

    old, rows = _old_archive(tmp_path)
    old_store = CaptureStore(old, capture_dir_for(tmp_path / "old.db"))
    new_path = tmp_path / "new.db"
    new = open_archive(new_path, mode="create")
    new_store = CaptureStore(new, capture_dir_for(new_path))
    latest: dict[str, int] = {}
    for row in rows:
        raw = old_store.read(row["id"])
        latest[row["url"]] = row["id"]
        new_store.write(dataclasses.replace(
            raw, headers={**raw.headers, "Content-Encoding": "gzip"},
            transferred=gzip.compress(raw.body), request_headers={"Host": "a"}))
    articles = [(url, capture_id) for url, capture_id in latest.items() if "a=detail" in url]
    assert len(articles) == 3
    cols = "url, title, published_at, author, author_unit, category, lead, body, captions, " \
           "images, content_hash"
    got = []
    for db, path in ((old, tmp_path / "old.db"), (new, new_path)):
        db.table("urls").insert_all({"url": url, "site": "duk-langson", "kind": "article",
                               "state": "done", "capture_id": capture_id}
                              for url, capture_id in articles)
        db.conn.close()
        report = reextract(path, profile="duk_langson")
        assert (report.articles, report.failed) == (3, 0)
        got.append(sqlite3.connect(path).execute(
            f"select {cols} from articles order by url").fetchall())
    assert got[0] == got[1]
    assert all(title and body for _, title, _, _, _, _, _, body, *_ in got[0])


def test_crawl_payloads_are_the_bytes_the_replica_sent(langson: ReplicaServer,
                                                        tmp_path: Path) -> None:
    """Every response captured in a crawl holds, byte for byte, the body the replica's
    request log says it sent (gzip as sent), and its payload digest is theirs."""
    db_path = tmp_path / "a.db"
    run(db_path, sites_for(langson))
    sent: dict[str, set[str]] = {}
    for request in langson.log:
        sent.setdefault(request.path, set()).add(request.body_sha1)
    checked = gzipped = 0
    for path in sorted(capture_dir_for(db_path).glob("*.warc.gz")):
        for headers, block in _records(path):
            assert headers["version"] == "WARC/1.1"
            if headers["WARC-Type"] != "response":
                continue
            http, payload = block.split(b"\r\n\r\n", 1)
            target = headers["WARC-Target-URI"].removeprefix(langson.base_url)
            assert hashlib.sha1(payload).hexdigest() in sent[target], target
            assert headers["WARC-Payload-Digest"] == _sha1(payload)
            gzipped += b"\r\nContent-Encoding: gzip\r\n" in http and payload[:2] == b"\x1f\x8b"
            checked += 1
    articles = len(langson.site.article_paths())
    assert checked > articles and gzipped > articles


def test_each_record_is_one_gzip_member_at_the_default_level(tmp_path: Path) -> None:
    """Each record is a gzip member of its own, starting at its indexed offset and as long
    as indexed (what replay tools seek), compressed at zlib's default level: the header's
    XFL byte is 2 only for the slowest level (warcio's own 9), which costs the crawler's
    thread 1.6 times the CPU for files 1% smaller."""
    db = open_archive(tmp_path / "a.db", mode="create")
    store = CaptureStore(db, tmp_path / "warc")
    for n in range(3):
        store.write(_raw(PAGE + b"<!-- %d -->" % n, f"2026-11-2{n}T03:00:00Z"))
    (path,) = store.files()
    data = path.read_bytes()
    rows = list(db.query("select offset, length from captures order by offset"))
    assert len(rows) == 3
    for row in rows:
        member = data[row["offset"]:row["offset"] + row["length"]]
        assert member[:2] == b"\x1f\x8b" and member[8] != 2
        text = gzip.decompress(member)            # one complete member, nothing after it
        assert text.startswith(b"WARC/1.1\r\n") and b"WARC-Type: response\r\n" in text
    starts = [0]                                   # the whole file: members end to end
    while starts[-1] < len(data):
        d = zlib.decompressobj(16 + 15)
        d.decompress(data[starts[-1]:])
        starts.append(len(data) - len(d.unused_data))
    assert {r["offset"] for r in rows} <= set(starts)
