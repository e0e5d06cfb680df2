"""Export: jsonl with decoded JSON fields, csv, filters, streaming."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from archiver.errors import ArchiverError
from archiver.export import EXPORT_COLUMNS, export
from archiver.models import Article, Image
from archiver.store import Archive


@pytest.fixture
def archive(tmp_path: Path) -> Archive:
    archive = Archive(tmp_path / "export.db")
    for i, (site, published) in enumerate([("tinhuy", "2024-01-05T08:00:00+07:00"),
                                           ("tinhuy", "2024-02-10"),
                                           ("baotinh", "2024-02-11T10:00:00+07:00")]):
        archive.upsert(Article(url=f"https://{site}.vn/tin-{i}.html",
                               title=f"Tin số {i}: Đảng bộ xã Tân Lập", published_at=published,
                               body="Nội dung, có dấu phẩy\nvà xuống dòng \"trích dẫn\".",
                               captions=["Ảnh: Hội nghị"],
                               images=[Image(src=f"https://{site}.vn/a{i}.jpg", caption="Ảnh")]),
                       site=site, seen_at="2024-03-01T00:00:00Z")
    return archive


def test_jsonl_decodes_json_fields(archive: Archive) -> None:
    out = io.StringIO()
    assert export(archive.db, "jsonl", out) == 3
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["url"] for r in records] == [f"https://{s}.vn/tin-{i}.html" for i, s in
                                           enumerate(["tinhuy", "tinhuy", "baotinh"])]
    assert records[0]["captions"] == ["Ảnh: Hội nghị"]
    assert records[0]["images"] == [{"src": "https://tinhuy.vn/a0.jpg", "caption": "Ảnh"}]
    assert "Đảng bộ" in out.getvalue()  # not \u-escaped


def test_csv_round_trips_awkward_text(archive: Archive) -> None:
    out = io.StringIO()
    assert export(archive.db, "csv", out) == 3
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(EXPORT_COLUMNS)
    assert rows[1]["body"] == "Nội dung, có dấu phẩy\nvà xuống dòng \"trích dẫn\"."
    assert json.loads(rows[1]["captions"]) == ["Ảnh: Hội nghị"]


def test_filters(archive: Archive, tmp_path: Path) -> None:
    assert export(archive.db, "jsonl", io.StringIO(), site="tinhuy") == 2
    assert export(archive.db, "jsonl", io.StringIO(), since="2024-02-01") == 2
    assert export(archive.db, "jsonl", io.StringIO(), until="2024-02-10") == 2
    assert export(archive.db, "jsonl", io.StringIO(), site="baotinh", until="2024-02-10") == 0
    archive.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert export(tmp_path / "export.db", "csv", io.StringIO()) == 3


def test_streams_rows(archive: Archive) -> None:
    class Counting(io.StringIO):
        writes = 0

        def write(self, s: str) -> int:
            Counting.writes += 1
            return super().write(s)

    export(archive.db, "jsonl", Counting())
    assert Counting.writes == 3  # one write per record, as they come


def test_unknown_format(archive: Archive) -> None:
    with pytest.raises(ArchiverError, match="jsonl"):
        export(archive.db, "xml", io.StringIO())  # type: ignore[arg-type]
