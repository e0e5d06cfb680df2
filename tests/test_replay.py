"""Replay: pywb's ``wayback`` serves an archive's captures offline and gives back the page.

pywb lives in its own venv (``make replay-env`` makes ``.venv-pywb/``): it needs brotlipy,
which shadows the Brotli module, and monkey-patches the process with gevent on import, so
it runs here as a subprocess on 127.0.0.1, with the replica stopped (no network but the
loopback to pywb). Two collections are served, as docs/replay.md tells an archivist to:

* ``archive`` — the capture directory of the archive itself, through its CDXJ indexes;
* ``package`` — a WACZ from ``archiver export-wacz``, added with ``wb-manager``.
"""

from __future__ import annotations

import gzip
import io
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from warcio.archiveiterator import ArchiveIterator

from archiver.export_wacz import export_wacz
from archiver.memento import capture_identity, memento_datetime
from archiver.replica import ReplicaServer
from archiver.store import capture_dir_for
from crawlkit import free_port, run, sites_for, wait_http

ROOT = Path(__file__).resolve().parent.parent
SEED_TITLE = "Chi bộ Sở Thông tin và Truyền thông tổ chức Hội nghị sơ kết"
SEED_BYLINE = "Phạm Thảo, Chi bộ Sở Thông tin và Truyền thông"   # as the page prints it


def _pywb_bin(name: str) -> Path | None:
    """``wayback`` / ``wb-manager`` from $ARCHIVER_PYWB_BIN, ``.venv-pywb/`` or the PATH."""
    for folder in (os.environ.get("ARCHIVER_PYWB_BIN"), ROOT / ".venv-pywb" / "bin"):
        if folder and (Path(folder) / name).is_file():
            return Path(folder) / name
    found = shutil.which(name)
    return Path(found) if found else None


@dataclass
class Replay:
    base: str
    db: Path
    log: Path

    def get(self, path: str, **headers: str) -> httpx.Response:
        return httpx.get(self.base + path, headers=headers, timeout=10)


@pytest.fixture(scope="module")
def replay(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Replay]:
    wayback, manager = _pywb_bin("wayback"), _pywb_bin("wb-manager")
    if wayback is None or manager is None:
        reason = "pywb is not installed (`make replay-env` makes .venv-pywb/)"
        if os.environ.get("CI"):
            pytest.fail(reason)
        pytest.skip(reason)
    tmp = tmp_path_factory.mktemp("replay")
    db = tmp / "archive.db"
    from archiver.replica import langson_site

    with ReplicaServer(langson_site(20)) as server:
        run(db, sites_for(server))
    # from here on the replica is gone: whatever answers comes from the archive
    export_wacz(db, tmp / "package.wacz")
    captures = capture_dir_for(db)
    (tmp / "config.yaml").write_text(
        "collections:\n"
        "  archive:\n"
        f"    index_paths: {captures}/indexes/\n"
        f"    archive_paths: {captures}/\n"
        "framed_replay: false\n", encoding="utf-8")
    subprocess.run([str(manager), "init", "package"], cwd=tmp, check=True,
                   capture_output=True)
    subprocess.run([str(manager), "add", "--unpack-wacz", "package", str(tmp / "package.wacz")],
                   cwd=tmp, check=True, capture_output=True)
    port = free_port()
    log = tmp / "wayback.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([str(wayback), "-p", str(port), "-b", "127.0.0.1"], cwd=tmp,
                                stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_http(base + "/", alive=proc)
        except httpx.TransportError:
            pytest.fail("wayback did not start:\n" + log.read_text(errors="replace"))
        yield Replay(base, db, log)
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:   # pragma: no cover
            proc.kill()
            proc.wait()


def _seed(db: Path) -> tuple[str, str, str, int, int]:
    """The seed article's capture: url, time, warc file, and offset of its record."""
    row = sqlite3.connect(db).execute(
        "select c.url, c.fetched_at, c.warc_file, c.\"offset\", c.length from articles a "
        "join captures c on c.id = a.capture_id where a.title like ?",
        [SEED_TITLE + "%"]).fetchone()
    assert row is not None, "the seed article was not archived"
    return row  # type: ignore[no-any-return]


def test_pywb_replays_an_archived_article_by_its_citation(replay: Replay) -> None:
    url, fetched_at, *_ = _seed(replay.db)
    response = replay.get(f"/archive/{capture_identity(url, fetched_at)}")
    assert response.status_code == 200, replay.log.read_text(errors="replace")
    assert "<title>Chi bộ Sở Thông tin và Truyền thông" in response.text
    assert SEED_BYLINE in response.text
    assert response.headers["memento-datetime"] == memento_datetime(fetched_at)


def test_pywb_serves_the_stored_payload_byte_for_byte(replay: Replay) -> None:
    url, fetched_at, warc_file, offset, length = _seed(replay.db)
    with open(capture_dir_for(replay.db) / warc_file, "rb") as fh:
        fh.seek(offset)
        record = next(iter(ArchiveIterator(io.BytesIO(fh.read(length)))))
        stored = record.raw_stream.read()
    assert stored[:2] == b"\x1f\x8b"            # kept gzip, as the replica sent it
    stamp = capture_identity(url, fetched_at).split("/", 1)[0]
    # the body as pywb sends it, not decoded on the way (iter_raw)
    with httpx.Client() as client, client.stream(
            "GET", f"{replay.base}/archive/{stamp}id_/{url}",
            headers={"Accept-Encoding": "gzip"}) as raw:
        body = b"".join(raw.iter_raw())
        assert raw.headers["content-encoding"] == "gzip" and body == stored
    assert SEED_BYLINE in gzip.decompress(body).decode("utf-8")


def test_pywb_replays_the_exported_wacz(replay: Replay) -> None:
    url, fetched_at, *_ = _seed(replay.db)
    response = replay.get(f"/package/{capture_identity(url, fetched_at)}")
    assert response.status_code == 200, replay.log.read_text(errors="replace")
    assert SEED_BYLINE in response.text
    # a capture nobody made is not invented
    assert replay.get(f"/archive/2001/{url}&x=1").status_code == 404

