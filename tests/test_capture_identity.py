"""A capture is named as replay tools name it, ``<timestamp>/<url>``: in ``archiver export``,
on Datasette's capture page (headers, and a route by that identity), and in SQL alike."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import httpx
import pytest
from datasette.app import Datasette
from hypothesis import given
from hypothesis import strategies as st

from archiver.captures import CaptureStore
from archiver.clock import FakeClock
from archiver.config import CrawlSettings
from archiver.export import EXPORT_COLUMNS, export
from archiver.fetch import Fetcher
from archiver.memento import (
    capture_identity,
    memento_datetime,
    parse_identity,
    sql_identity,
    timestamp14,
)
from archiver.models import Article, RawResponse
from archiver.politeness import HostGate
from archiver.store import Archive, capture_dir_for

PLUGINS = Path(__file__).resolve().parent.parent / "src" / "archiver" / "datasette_plugins"
URL = "http://duk.langson.gov.vn/Default.aspx?a=detail&c=content&catid=3&id=2743&siteid=1"


def test_identity_forms() -> None:
    assert timestamp14("2023-07-12T08:43:05Z") == "20230712084305"
    assert timestamp14("2023-07-12T15:43:05+07:00") == "20230712084305"   # always UTC
    assert capture_identity(URL, "2023-07-12T08:43:05Z") == f"20230712084305/{URL}"
    assert memento_datetime("2023-07-12T08:43:05Z") == "Wed, 12 Jul 2023 08:43:05 GMT"
    assert parse_identity(f"20230712084305/{URL}") == ("20230712084305", URL)
    assert parse_identity(f"2023/{URL}") == ("2023", URL)
    assert parse_identity(URL) is None and parse_identity("2023/ftp://x") is None


@given(st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2099, 12, 31)))
def test_sql_and_python_agree(when: datetime) -> None:
    iso = when.replace(microsecond=0).isoformat() + "Z"
    (value,) = sqlite3.connect(":memory:").execute(
        f"select {sql_identity('?', '?')}", [iso, URL]).fetchone()
    assert value == capture_identity(URL, iso)


@pytest.fixture
def archive(tmp_path: Path) -> Iterator[tuple[Path, list[int]]]:
    """Two captures of one article a day apart (the second a revisit), the article pointing
    at the first, and a capture of a page with a Vietnamese path."""
    path = tmp_path / "luu_tru.db"
    archive = Archive(path)
    store = CaptureStore(archive.db, capture_dir_for(path))
    page = "<html><body><h1>Hội nghị</h1><p>Nội dung.</p></body></html>".encode()
    ids = []
    for when in ("2023-07-12T08:43:05Z", "2023-07-13T08:00:00Z"):
        ids.append(store.write(RawResponse(url=URL, status=200, body=page, fetched_at=when,
                                           headers={"Content-Type": "text/html"})))
    ids.append(store.write(RawResponse(
        url="http://a.vn/tin-t%E1%BB%A9c/h%E1%BB%99i-ngh%E1%BB%8B", status=200, body=page,
        fetched_at="2023-07-14T00:00:00Z", headers={"Content-Type": "text/html"})))
    archive.upsert(Article(url=URL, title="Hội nghị", body="Nội dung."), site="duk",
                   seen_at="2023-07-12T08:43:05Z", capture_id=ids[0])
    archive.upsert(Article(url="http://a.vn/khong-co", title="Không có bản lưu", body="x"),
                   site="duk", seen_at="2023-07-12T08:43:05Z")
    archive.db.conn.close()
    yield path, ids


def test_export_names_each_articles_capture(archive: tuple[Path, list[int]]) -> None:
    path, _ = archive
    out = io.StringIO()
    export(path, "jsonl", out)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["capture"] for r in records] == [f"20230712084305/{URL}", None]
    out = io.StringIO()
    export(path, "csv", out)
    header, first, _ = list(csv.reader(io.StringIO(out.getvalue())))
    assert header == list(EXPORT_COLUMNS) and header[-1] == "capture"
    assert first[-1] == f"20230712084305/{URL}"


def _get(path: Path, url: str) -> Any:
    async def main() -> Any:
        ds = Datasette([str(path)], plugins_dir=str(PLUGINS))
        await ds.invoke_startup()
        return await ds.client.get(url)

    return asyncio.run(main())


def test_capture_page_says_which_capture_it_is(archive: tuple[Path, list[int]]) -> None:
    path, ids = archive
    page = _get(path, f"/-/capture/luu_tru/{ids[1]}")          # the revisit
    assert page.status_code == 200 and "Nội dung." in page.text
    assert page.headers["x-archiver-capture"] == f"20230713080000/{URL}"
    assert page.headers["x-archiver-capture-id"] == str(ids[1])
    assert page.headers["memento-datetime"] == "Thu, 13 Jul 2023 08:00:00 GMT"
    assert page.headers["link"] == f'<{URL}>; rel="original"'
    assert page.headers["content-security-policy"] == "sandbox"


@pytest.mark.parametrize(("stamp", "expected"), [
    ("20230712084305", 0), ("20230713080000", 1),
    ("2023071223", 1),            # nearest to 2023-07-12 23:00: the second capture
    ("2023", 0), ("2030", 1),
])
def test_capture_by_identity(archive: tuple[Path, list[int]], stamp: str,
                             expected: int) -> None:
    path, ids = archive
    page = _get(path, f"/-/capture/luu_tru/{stamp}/{URL}")
    assert page.status_code == 200
    assert page.headers["x-archiver-capture-id"] == str(ids[expected])


def test_capture_by_identity_keeps_the_url_as_captured(archive: tuple[Path, list[int]]
                                                       ) -> None:
    path, ids = archive
    url = "http://a.vn/tin-t%E1%BB%A9c/h%E1%BB%99i-ngh%E1%BB%8B"
    page = _get(path, f"/-/capture/luu_tru/2023/{url}")
    assert page.status_code == 200 and page.headers["x-archiver-capture-id"] == str(ids[2])
    missing = _get(path, f"/-/capture/luu_tru/2023/{URL}&x=1")
    assert missing.status_code == 404 and "no capture of" in missing.text
    assert _get(path, "/-/capture/nowhere/1").status_code == 404


# -- redirects ---------------------------------------------------------------------------------
ALIAS = "http://a.vn/tin/hoi-nghi"                  # the URL as linked, answered by a 301
TARGET = "http://a.vn/tin/hoi-nghi/"


def test_the_fetcher_keeps_each_redirect_and_the_store_captures_it_first(tmp_path: Path
                                                                        ) -> None:
    """Replaying the URL as it was asked follows the redirects the site answered."""
    async def handler(request: httpx.Request) -> httpx.Response:
        if str(request.url) == ALIAS:
            return httpx.Response(301, headers={"Location": "/tin/hoi-nghi/"})
        return httpx.Response(200, html="<html><body><p>Nội dung.</p></body></html>")

    clock = FakeClock()
    gate = HostGate(clock)

    async def fetch() -> RawResponse:
        async with Fetcher(CrawlSettings(max_attempts=1), gate, clock,
                           httpx.MockTransport(handler)) as fetcher:
            return await fetcher.fetch(ALIAS)

    raw = asyncio.run(fetch())
    assert (raw.url, raw.status, raw.request_url) == (TARGET, 200, ALIAS)
    assert [(h.url, h.status, h.header("location")) for h in raw.hops] == [
        (ALIAS, 301, "/tin/hoi-nghi/")]
    path = tmp_path / "luu_tru.db"
    archive = Archive(path)
    final = CaptureStore(archive.db, capture_dir_for(path)).write(raw)
    rows = archive.db.conn.execute("select id, url, status from captures order by id").fetchall()
    assert rows == [(final - 1, ALIAS, 301), (final, TARGET, 200)]
    archive.db.conn.close()
    hop = _get(path, f"/-/capture/luu_tru/{final - 1}")
    assert hop.status_code == 302 and hop.headers["x-archiver-original-status"] == "301"
    stamp = hop.headers["location"].split("/-/capture/luu_tru/", 1)[1].split("/", 1)[0]
    assert hop.headers["location"] == f"/-/capture/luu_tru/{stamp}/{TARGET}"
    page = _get(path, hop.headers["location"])
    assert page.status_code == 200 and page.headers["x-archiver-capture-id"] == str(final)
    raw_hop = _get(path, f"/-/capture/luu_tru/{final - 1}?raw=1")   # as stored
    assert raw_hop.status_code == 200 and raw_hop.headers["x-archiver-original-status"] == "301"
