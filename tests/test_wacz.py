"""``archiver export-wacz``: a WACZ that ``wacz validate`` accepts, holding the articles'
captures byte for byte, their pages list and their metadata; one-line errors."""

from __future__ import annotations

import gzip
import io
import json
import sqlite3
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from warcio.archiveiterator import ArchiveIterator

from archiver.cli import main
from archiver.export import export
from archiver.memento import capture_identity
from archiver.replica import ReplicaServer, langson_site
from archiver.store import capture_dir_for
from crawlkit import run, sites_for


def _cli(*args: str) -> Result:
    return CliRunner().invoke(main, list(args))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """An archive of 40 articles crawled twice from a replica that ignores validators:
    every article has a response and a revisit capture."""
    db = tmp_path_factory.mktemp("wacz") / "archive.db"
    with ReplicaServer(langson_site(40, validators=False)) as server:
        run(db, sites_for(server))
        run(db, sites_for(server), revisit=True)
    yield db


def _members(package: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(package) as z:
        return {name: z.read(name) for name in z.namelist()}


def test_export_wacz_passes_wacz_validate(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.wacz"
    result = _cli("export-wacz", "--db", str(archive), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stderr.startswith(f"wrote {out}: 40 articles, 40 pages, 80 captures")
    # in a subprocess: wacz's validator leaks file handles in-process
    checked = subprocess.run([sys.executable, "-m", "wacz", "validate", "-f", str(out)],
                             capture_output=True, text=True, timeout=120)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "Validation succeeded, the passed WACZ is valid" in checked.stdout


def test_the_package_holds_captures_pages_and_metadata(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "all.wacz"
    assert _cli("export-wacz", "--db", str(archive), "-o", str(out)).exit_code == 0
    members = _members(out)
    (warc_name,) = [n for n in members if n.startswith("archive/")]
    assert set(members) == {warc_name, "indexes/index.cdx.gz", "indexes/index.idx",
                            "pages/pages.jsonl", "metadata/articles.jsonl",
                            "metadata/articles.csv", "datapackage.json",
                            "datapackage-digest.json"}
    conn = sqlite3.connect(archive)
    # pages: one per article, at the capture its text came from
    header, *pages = [json.loads(line) for line in members["pages/pages.jsonl"].splitlines()]
    assert header["format"] == "json-pages-1.0"
    expected = {row[0]: row[1:] for row in conn.execute(
        "select a.url, a.title, c.url, c.fetched_at from articles a "
        "join captures c on c.id = a.capture_id")}
    assert len(pages) == len(expected) == 40
    for page in pages:
        title, url, fetched_at = expected[page["article_url"]]
        assert (page["title"], page["url"], page["ts"]) == (title, url, fetched_at)
        assert page["capture"] == capture_identity(url, fetched_at)
    # metadata: the rows `archiver export` writes
    written = io.StringIO()
    export(archive, "jsonl", written)
    assert members["metadata/articles.jsonl"].decode("utf-8") == written.getvalue()
    # every capture of each article's URL, copied byte for byte (each record its own member)
    package_warc = members[warc_name]
    copied = 0
    for warc_file, offset, length in conn.execute(
            "select warc_file, \"offset\", length from captures where url in "
            "(select c.url from articles a join captures c on c.id = a.capture_id)"):
        with open(capture_dir_for(archive) / warc_file, "rb") as fh:
            fh.seek(offset)
            assert fh.read(length) in package_warc
        copied += 1
    assert copied == 80
    kinds = [(r.rec_headers.protocol, r.rec_type) for r in
             ArchiveIterator(io.BytesIO(package_warc), check_digests=True)]
    assert kinds.count(("WARC/1.1", "revisit")) == 40
    assert kinds.count(("WARC/1.1", "request")) == 80             # each record's request too
    assert gzip.decompress(members["indexes/index.cdx.gz"]).count(b"\n") == 80
    # datapackage lists the metadata with its hash
    package = json.loads(members["datapackage.json"])
    listed = {r["path"]: r for r in package["resources"]}
    assert listed["metadata/articles.csv"]["bytes"] == len(members["metadata/articles.csv"])
    assert package["archiver"]["articles"] == 40


def test_a_site_or_a_range_of_dates(archive: Path, tmp_path: Path) -> None:
    conn = sqlite3.connect(archive)
    dates = sorted(d for (d,) in conn.execute("select substr(published_at, 1, 10) "
                                              "from articles"))
    since, until = dates[10], dates[20]
    wanted = conn.execute("select count(*) from articles where substr(published_at, 1, 10) "
                          "between ? and ?", [since, until]).fetchone()[0]
    out = tmp_path / "range.wacz"
    result = _cli("export-wacz", "--db", str(archive), "-o", str(out), "--site", "replica",
                  "--since", since, "--until", until, "--title", "Tin tháng")
    assert result.exit_code == 0, result.stderr
    members = _members(out)
    assert len(members["pages/pages.jsonl"].splitlines()) == wanted + 1
    assert json.loads(members["datapackage.json"])["title"] == "Tin tháng"


@pytest.mark.parametrize(("args", "code", "message"), [
    (["--site", "nowhere"], 2, "no site 'nowhere' in"),
    (["--since", "2023-13-01"], 2, "--since: not a date (YYYY-MM-DD): '2023-13-01'"),
    (["--until", "12/07/2023"], 2, "--until: not a date"),
    (["--since", "2024-02-01", "--until", "2024-01-01"], 2, "is after --until"),
    (["--since", "2100-01-01"], 1, "nothing to package: no archived article matches"),
])
def test_bad_input_is_one_line(archive: Path, tmp_path: Path, args: list[str], code: int,
                               message: str) -> None:
    result = _cli("export-wacz", "--db", str(archive), "-o", str(tmp_path / "x.wacz"), *args)
    assert result.exit_code == code
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.wacz").exists() and not list(tmp_path.glob(".wacz-*"))


def test_bad_paths_are_one_line(archive: Path, tmp_path: Path) -> None:
    result = _cli("export-wacz", "--db", str(archive), "-o", str(tmp_path / "no" / "x.wacz"))
    assert result.exit_code == 2 and "not a file in an existing directory" in result.stderr
    result = _cli("export-wacz", "--db", str(tmp_path / "none.db"), "-o", str(tmp_path / "x"))
    assert result.exit_code == 3 and "no such archive" in result.stderr
    result = _cli("export-wacz", "--db", str(archive))
    assert result.exit_code == 2 and "Missing option '-o'" in result.stderr
