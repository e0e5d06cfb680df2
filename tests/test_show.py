"""Looking an article up by the address a reader has: ``archiver show`` and
:func:`archiver.browse.find`. The archive keys addresses in canonical form; a reader copies
them as the site links them, a citation prints them, a browser shows them. Every such
spelling of an archived address is generated (Hypothesis) and must find its article; a
different address must not."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from hypothesis import given
from hypothesis import strategies as st

from archiver.browse import address_forms, find
from archiver.cli import main
from archiver.models import Article
from archiver.store import Archive
from archiver.urls import canonicalize

SEEN = "2027-05-02T01:00:00Z"
#: (address the article is archived at, an alias it was also reached by)
ARCHIVED = {
    "query": ("https://www.tinhuy.vn/Default.aspx?tabid=12&id=345&cat=2", None),
    "path": ("http://btg.tinhuy.vn/tin-tuc/hoi-nghi-so-ket-6-thang.html",
             "http://btg.tinhuy.vn/index.php?nv=news&op=hoi-nghi-so-ket-6-thang"),
    "folder": ("https://xa.tinhuy.vn/tin-hoat-dong/chi-bo-sinh-hoat/", None),
    # (the review) a host name in Vietnamese, kept so by the crawler
    "unicode": ("http://hànội.vn/tin/a.html", None),
}
OTHER = "https://www.tinhuy.vn/Default.aspx?tabid=12&id=346&cat=2"


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    path = tmp_path_factory.mktemp("show") / "a.db"
    store = Archive(path)
    for n, (name, (url, alias)) in enumerate(ARCHIVED.items()):
        store.upsert(Article(url=url, title=f"Bài {name}", published_at="2027-05-01",
                             author="Lê Văn An", author_unit="Ban Tuyên giáo",
                             body=f"Nội dung bài {name}.\n\nĐoạn hai {n}.",
                             captions=[f"Ảnh {name}"]),
                     site="tinhuy", seen_at=SEEN, aliases=[alias] if alias else ())
    ids = {url: row_id for row_id, url in store.db.execute("select id, url from articles")}
    store.close()
    return path, {name: ids[canonicalize(url)] for name, (url, _) in ARCHIVED.items()}


@st.composite
def spelled(draw: st.DrawFn, url: str) -> str:
    """``url`` as a reader may have it: another scheme, the host's case and ``www.``, the
    query in another order with tracking parameters, a fragment, no scheme at all."""
    parts = urlsplit(url)
    scheme = draw(st.sampled_from(["http", "https", "HTTP", "Https"]))
    host = parts.netloc
    if draw(st.booleans()):
        host = host[4:] if host.startswith("www.") else "www." + host
    host = "".join(c.upper() if draw(st.booleans()) else c for c in host)
    pairs = [p for p in parts.query.split("&") if p]
    pairs = draw(st.permutations(pairs))
    tracking = draw(st.lists(st.sampled_from(
        ["utm_source=zalo", "utm_medium=social", "fbclid=IwAR0x", "gclid=abc"]),
        unique=True, max_size=3))
    query = "&".join([*pairs, *tracking])
    fragment = draw(st.sampled_from(["", "#binh-luan", "#"]))
    text = f"{host}{parts.path}{'?' + query if query else ''}{fragment}"
    if draw(st.integers(0, 4)):
        text = f"{scheme}://{text}"
    return text


@pytest.mark.parametrize("name", list(ARCHIVED))
@given(data=st.data())
def test_every_spelling_of_an_archived_address_finds_its_article(
        archive: tuple[Path, dict[str, int]], name: str, data: st.DataObject) -> None:
    path, ids = archive
    url, alias = ARCHIVED[name]
    conn = sqlite3.connect(path)
    try:
        for address in (url, alias):
            if address is not None:
                assert find(conn, data.draw(spelled(address))) == ids[name]
        assert find(conn, data.draw(spelled(OTHER))) is None
    finally:
        conn.close()


@pytest.mark.parametrize("text", ["", "dang uy khoi", "mailto:ban@tinhuy.vn",
                                  "javascript:void(0)", "tin tuc/a.html",
                                  # (the review) no host name, a port out of range, a
                                  # broken IPv6 literal: no address, and no exception
                                  "1.615/QĐ-UBND", "2.9/1945",
                                  "http://example.com:99999/x", "http://[::1/x",
                                  "http://tinhuy.vn:abc/x"])
def test_what_is_no_address_has_no_forms(text: str) -> None:
    assert address_forms(text) == []


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_show_prints_the_record_a_reader_cites(archive: tuple[Path, dict[str, int]]) -> None:
    path, ids = archive
    code, out, err = run("show", "--db", str(path),
                         "http://btg.tinhuy.vn/index.php?op=hoi-nghi-so-ket-6-thang&nv=news"
                         "&utm_source=zalo")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Bài path"
    assert "author:       Lê Văn An (Ban Tuyên giáo)" in lines
    assert f"id:           {ids['path']}" in lines
    assert "address:      http://btg.tinhuy.vn/tin-tuc/hoi-nghi-so-ket-6-thang.html" in lines
    assert ("also at:      http://btg.tinhuy.vn/index.php?nv=news&op=hoi-nghi-so-ket-6-thang"
            in lines)
    assert out.rstrip().endswith("Nội dung bài path.\n\nĐoạn hai 1.\n\n[Ảnh path]")


def test_show_json_has_exports_keys_and_every_address(
        archive: tuple[Path, dict[str, int]]) -> None:
    from archiver.export import EXPORT_COLUMNS

    path, ids = archive
    code, out, _ = run("show", "--db", str(path), "--json", str(ids["path"]))
    record = json.loads(out)
    assert code == 0 and list(record) == [*EXPORT_COLUMNS, "urls"]
    assert record["urls"] == [ARCHIVED["path"][0], ARCHIVED["path"][1]]
    _, exported, _ = run("export", "--db", str(path))
    same = next(r for r in map(json.loads, exported.splitlines()) if r["id"] == ids["path"])
    assert {k: v for k, v in record.items() if k != "urls"} == same


@pytest.mark.parametrize(("args", "code", "message"), [
    (["https://www.tinhuy.vn/Default.aspx?tabid=12&id=346&cat=2"], 1,
     "Error: no article at https://www.tinhuy.vn/Default.aspx?cat=2&id=346&tabid=12 in "),
    (["999"], 1, "Error: no article 999 in "),
    (["dang uy khoi"], 2, "is neither a web address nor an article id"),
    (["http://example.com:99999/x"], 2, "is neither a web address nor an article id"),
    (["²"], 2, "is neither a web address nor an article id"),   # (a digit int() refuses)
    (["١"], 2, "is neither a web address nor an article id"),   # (not read as id 1)
])
def test_show_says_plainly_what_it_cannot_find(archive: tuple[Path, dict[str, int]],
                                               args: list[str], code: int,
                                               message: str) -> None:
    got, out, err = run("show", "--db", str(archive[0]), *args)
    assert (got, out) == (code, "")
    assert message in err and "Traceback" not in err


def test_show_without_an_archive_is_one_line(tmp_path: Path) -> None:
    code, _, err = run("show", "--db", str(tmp_path / "none.db"), "https://tinhuy.vn/a")
    assert code == 3 and err.strip().splitlines() == [
        f"Error: {tmp_path / 'none.db'}: no such archive (run `archiver crawl --db "
        f"{tmp_path / 'none.db'}` first)"]


def test_an_export_that_cannot_start_leaves_its_output_file_alone(tmp_path: Path) -> None:
    """``export -o kept.jsonl`` from a missing archive fails before the file is opened: a
    previous export there is not emptied."""
    kept = tmp_path / "kept.jsonl"
    kept.write_text('{"id": 1}\n', encoding="utf-8")
    code, _, err = run("export", "--db", str(tmp_path / "none.db"), "-o", str(kept))
    assert code == 3 and "no such archive" in err
    assert kept.read_text(encoding="utf-8") == '{"id": 1}\n'


def test_an_export_to_a_file_that_is_no_archive_leaves_the_output_alone(tmp_path: Path) -> None:
    """(the review) ``export -o kept.jsonl`` of a file that is no archive emptied the output
    before the archive was opened."""
    kept, notdb = tmp_path / "kept.jsonl", tmp_path / "notdb.db"
    kept.write_text('{"id": 1}\n', encoding="utf-8")
    notdb.write_text("hello\n", encoding="utf-8")
    code, _, _ = run("export", "--db", str(notdb), "-o", str(kept))
    assert code == 3 and kept.read_text(encoding="utf-8") == '{"id": 1}\n'


def test_an_export_to_stdout_is_utf8_whatever_the_locale(
        archive: tuple[Path, dict[str, int]]) -> None:
    """(the review) stdout written in the locale's encoding crashed on Vietnamese text."""
    import os
    import subprocess
    import sys
    env = {**os.environ, "PYTHONIOENCODING": "latin-1", "LC_ALL": "C"}
    result = subprocess.run([sys.executable, "-m", "archiver", "export", "--db",
                             str(archive[0])], capture_output=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "Nội dung bài path" in result.stdout.decode("utf-8")
