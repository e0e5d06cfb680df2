"""Datasette over the archive: metadata (descriptions, facets, canned queries) and launch.

``metadata(db_path, sites)`` builds the Datasette metadata dict; ``prepare(db_path)`` checks
the file is an archive and chooses how to serve it; ``serve(...)`` starts ``python -m
datasette serve`` from this interpreter's environment and returns the process;
``serve_forever`` waits on it.

Served **live**: Datasette opens the file read-only (``mode=ro``) on each query thread, and
every query sees the last committed state of the WAL file, so crawls, reextracts and
migrations write into the same file while analysts read it, and new articles appear without
a restart. Only a file on **read-only media** (where SQLite cannot keep the ``-shm`` index
of the WAL beside it) is served ``--immutable``: its WAL is checkpointed first if that is
possible, and what stays in an uncheckpointed WAL is not seen. The plugins (search and
reading pages, captures, facets) come through the ``datasette`` entry points of this
package, so plain ``datasette archive.db`` has them too.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from archiver import PROJECT_URL
from archiver.errors import StorageError
from archiver.store.db import open_archive
from archiver.store.schema import analyze

__all__ = ["COLUMN_DESCRIPTIONS", "Prepared", "datasette_command", "metadata", "prepare",
           "serve", "serve_forever", "settings"]

log = logging.getLogger(__name__)

COLUMN_DESCRIPTIONS: dict[str, dict[str, str]] = {
    "articles": {
        "id": "Stable integer id of the article",
        "url": "Canonical URL of the article on its original site (click to open)",
        "site": "Source site key from the sources file",
        "title": "Headline as printed",
        "published_at": "Publication time, ISO 8601 with +07:00, or a date",
        "published_date": "Publication date (YYYY-MM-DD)",
        "year": "Publication year (facet)",
        "month": "Publication month YYYY-MM (facet)",
        "updated_at": "Last-updated time printed on the page, if any",
        "modified_at": "Modified time the page's metadata declares (JSON-LD dateModified), "
                       "not printed; kept only when its publication day is the page's",
        "author": "Author names as printed, joined by ', '",
        "author_unit": "Author's unit (e.g. Ban Tuyên giáo Tỉnh ủy)",
        "photographer": "Photo credit ('Ảnh: X')",
        "source": "Source line ('Nguồn: X' / 'Theo X')",
        "category": "Section of the site",
        "lead": "Lead paragraph (sapo)",
        "body": "Full text, paragraphs separated by blank lines, lead first",
        "captions": "JSON array of image captions",
        "images": "JSON array of {src, caption}",
        "tags": "JSON array of tags",
        "related": "JSON array of {url, title} related links",
        "profile": "Extraction profile that produced the record",
        "content_hash": "sha256 of the normalised text (title, lead, body, captions)",
        "capture_id": "Raw capture (captures.id) the current text was extracted from",
        "first_seen_at": "When the crawler first saw the article (UTC)",
        "last_seen_at": "When the crawler last saw the article (UTC)",
        "version_seen_at": "When the current text was first seen",
        "version_count": "Number of distinct texts seen; > 1 means the article was edited",
        "withdrawn_at": "When the article was found removed (404/410/redirect); never deleted",
        "withdrawn_reason": "Why it counts as withdrawn",
        "cluster_id": "Near-duplicate cluster: id of the earliest copy",
        "duplicate_of": "Earliest copy this article republishes (NULL for the original)",
        "sort_key": "Internal: FTS rowid, -(publication epoch * 2^31 + id); newest first",
        "fts_title": "Internal: title with canonical tone placement, when it differs",
        "fts_body": "Internal: body with canonical tone placement, when it differs",
        "fts_meta": "Internal: captions, author, unit, photographer, tags for search",
        "fold_title": "Internal: title without diacritics (search key)",
        "fold_body": "Internal: body without diacritics (search key)",
        "fold_meta": "Internal: fts_meta without diacritics",
        "same_key": "Internal: key of the headline on its site (finds the same article "
                    "reached by another URL)",
    },
    "article_urls": {
        "url": "A URL the article was reached by (its own, a variant, a redirect, a "
               "rendering)",
        "article_id": "The article (articles.id)",
        "site": "Source site key",
        "first_seen_at": "When the crawler first reached the article by this URL (UTC)",
        "how": "primary (the article's first URL), merged, same text, redirect or alias",
    },
    "article_versions": {
        "id": "Row id",
        "article_id": "The article (articles.id)",
        "version": "1 for the first text seen, then 2, 3, ...",
        "content_hash": "Hash of this version's text",
        "title": "Title of this version",
        "lead": "Lead of this version",
        "body": "Body of this version",
        "captions": "JSON captions of this version",
        "author": "Author of this version",
        "author_unit": "Author unit of this version",
        "published_at": "Published time shown in this version",
        "updated_at": "Updated time shown in this version",
        "capture_id": "Raw capture this version came from",
        "valid_from": "When this text was first seen",
        "last_seen_at": "When this text was last seen",
        "valid_to": "When a newer text was first seen",
    },
    "article_minhash": {
        "article_id": "The article (articles.id)",
        "signature": "64 x uint32 one-permutation MinHash of the folded text",
    },
    "article_lsh": {
        "band_key": "LSH band key: band number << 32 | crc32(band values)",
        "article_id": "The article (articles.id)",
    },
    "schema_migrations": {
        "component": "Which part of the schema ('articles' here)",
        "version": "Migration number",
        "name": "What it did",
        "applied_at": "When it ran (UTC)",
    },
}
#: Tables that serve the archive's machinery (search indexes, near-duplicate signatures),
#: listed under the database page's "hidden tables" rather than before the articles.
INTERNAL_TABLES = ("articles_fts", "articles_fts_folded", "articles_fts_src",
                   "articles_fold_src", "articles_fts_plain", "article_lsh", "article_minhash")
COLUMN_DESCRIPTIONS["articles_view"] = {
    k: COLUMN_DESCRIPTIONS["articles"][k] for k in (
        "id", "url", "site", "title", "published_at", "author", "author_unit", "category",
        "capture_id", "version_count", "withdrawn_at", "duplicate_of", "cluster_id")
}

FACET_COLUMNS = ("site", "category", "author", "author_unit", "year", "month")
_LIST_COLUMNS = "id, url, site, title, published_at, author, author_unit, category"

CANNED_QUERIES: dict[str, dict[str, Any]] = {
    "articles_by_author": {
        "title": "Articles by author",
        "description": "Exact author name as printed, e.g. Nguyễn Văn Hùng",
        "sql": f"select {_LIST_COLUMNS} from articles where author = :author "
               "order by published_at desc limit 500",
    },
    "articles_by_unit": {
        "title": "Articles by author unit",
        "sql": f"select {_LIST_COLUMNS} from articles where author_unit = :unit "
               "order by published_at desc limit 500",
    },
    "per_month_per_site": {
        "title": "Articles per month per site",
        "description": "Leave site empty for every site",
        "sql": "select site, month, count(*) as articles from articles "
               "where (:site = '' or site = :site) and month is not null "
               "group by site, month order by site, month",
    },
    # `archiver search`'s query language: archiver_fts renders it for one index (0 folded,
    # 1 exact), archiver_snippet highlights as `archiver search` does; both SQL functions
    # come from the archiver_pages plugin. The articles table's search box does the same
    # with a count, facets and paging.
    "search_folded": {
        "title": "Full-text search (accents optional)",
        "description": "With or without accents: dang uy khoi, Đảng ủy Khối, \"Ban Thường "
                       "vụ\", Nguyễn*, AND / OR / NOT. Newest first, 100 rows.",
        "sql": "select a.id, a.url, a.site, a.title, a.published_at, "
               "archiver_snippet(:q, a.body, a.title, f.rowid in (select rowid from articles_fts "
               "where articles_fts match archiver_fts(:q, 1))) as snippet "
               "from articles_fts_folded f join articles a on a.sort_key = f.rowid "
               "where articles_fts_folded match archiver_fts(:q, 0) order by f.rowid limit 100",
    },
    "search_exact": {
        "title": "Full-text search (exact diacritics)",
        "description": "Accented query, e.g. \"Ban Thường vụ Tỉnh ủy\"; tone placement "
                       "(hoà/hòa) does not matter",
        "sql": "select a.id, a.url, a.site, a.title, a.published_at, "
               "archiver_snippet(:q, a.body, a.title, 1) as snippet "
               "from articles_fts f join articles a on a.sort_key = f.rowid "
               "where articles_fts match archiver_fts(:q, 1) order by f.rowid limit 100",
    },
    "withdrawn_articles": {
        "title": "Withdrawn articles",
        "sql": "select id, url, site, title, published_at, withdrawn_at, withdrawn_reason "
               "from articles where withdrawn_at is not null order by withdrawn_at desc",
    },
    "edited_articles": {
        "title": "Edited articles (more than one version)",
        "sql": "select id, url, site, title, published_at, version_count, last_seen_at "
               "from articles where version_count > 1 order by version_count desc, id",
    },
    "duplicates": {
        "title": "Republished copies",
        "sql": "select d.id, d.url, d.site, d.title, o.id as original_id, o.url as original_url, "
               "o.site as original_site from articles d join articles o on o.id = d.duplicate_of "
               "order by o.id",
    },
}


CRAWL_TABLES: dict[str, Any] = {
    "captures": {"description": "Every HTTP response kept as a WARC record; open one with "
                                "/-/capture/<database>/<id> or "
                                "/-/capture/<database>/<timestamp>/<url>",
                 "sort_desc": "id", "facets": ["status", "record_type"]},
    "urls": {"description": "The crawl frontier: every URL the crawler knows and its state",
             "facets": ["site", "kind", "state"]},
    "fetch_failures": {"description": "URLs that failed for good in a run (after retries)",
                       "sort_desc": "id", "facets": ["site", "error_class", "status"]},
    "crawl_runs": {"description": "One row per crawl run", "sort_desc": "id"},
    "crawl_run_sites": {"description": "Per-site counts of each crawl run",
                        "sort_desc": "run_id", "facets": ["site"]},
}


def settings() -> dict[str, Any]:
    """Datasette settings used by ``serve`` (passed as --setting)."""
    # Facet counts over a search that matches most of the archive are the slowest part of
    # Datasette's table page (six GROUP BYs over every match); they get a bounded budget
    # each, and pages show 20 rows. An analyst's own SQL gets 3 s: Datasette has few query
    # threads, and one slow query must not hold one for long. One query thread per CPU:
    # more only contend (16 clients on 2 CPUs: 28 pages/s with 2 threads, 23 with 4).
    # Datasette offers the file for download only when it is served immutable (a live
    # file is copied with .backup).
    return {"suggest_facets": False, "facet_time_limit_ms": 150, "default_page_size": 20,
            "sql_time_limit_ms": 3000, "allow_download": True,
            "num_sql_threads": max(2, min(8, os.cpu_count() or 2)),
            "truncate_cells_html": 160}


def metadata(db_path: str | Path, sites: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """Datasette metadata for an archive file. ``sites``: [{name, url, ...}] from config."""
    name = Path(db_path).stem
    source_lines = [f"{s.get('name', '?')} ({s.get('url', s.get('base_url', ''))})"
                    for s in (sites or [])]
    description = ("Archive of Vietnamese provincial Party news sites. Articles are kept with "
                   "their revisions; withdrawn articles are never deleted. Search is "
                   "accent-insensitive: use the search box or the search_* queries.")
    if source_lines:
        description += " Sources: " + "; ".join(source_lines) + "."
    tables: dict[str, Any] = {
        table: {"columns": dict(columns)} for table, columns in COLUMN_DESCRIPTIONS.items()
    }
    tables["articles"].update({
        # searched by the archiver_pages plugin in `archiver search`'s query language, not
        # by Datasette's own _search (no accents, and our indexes are keyed by sort_key)
        "sort_desc": "published_at",
        # counted in one query by the archiver_facets plugin (see datasette_plugins/)
        "facets": [{"onepass": c} for c in FACET_COLUMNS],
        "facet_size": 10,
        "label_column": "title",
        "description": "One row per article (canonical URL), newest first. Search with or "
                       "without accents: words, \"phrases\", prefix*, AND / OR / NOT.",
    })
    tables["article_versions"].update({
        "facets": ["article_id"], "sort_desc": "valid_to",
        "description": "Earlier texts of edited articles",
    })
    tables["articles_view"]["description"] = "Articles with links to original and capture"
    tables.update(CRAWL_TABLES)
    for hidden in INTERNAL_TABLES:
        tables.setdefault(hidden, {})["hidden"] = True
    return {
        "title": "Lưu trữ tin bài Đảng bộ các tỉnh",
        "description": description,
        "license": "Articles © their publishers; archived for research and reference",
        "source": ", ".join(str(s.get("name")) for s in sites or []) or "provincial Party sites",
        "source_url": str((sites or [{}])[0].get("url", PROJECT_URL)),
        "about": "archiver",
        "about_url": PROJECT_URL,
        "databases": {name: {"tables": tables, "queries": CANNED_QUERIES}},
    }


@dataclass(frozen=True, slots=True)
class Prepared:
    """How an archive file is served: live (the default), or immutable on read-only media,
    where ``unseen_wal_bytes`` of writes left in its WAL are not seen."""

    path: Path
    immutable: bool = False
    unseen_wal_bytes: int = 0


def prepare(db_path: str | Path) -> Prepared:
    """Check ``db_path`` is an archive (a one-line :class:`StorageError` otherwise; nothing
    is changed), bring its schema up to date when the file is writable, and choose how
    Datasette will open it."""
    path = Path(db_path)
    open_archive(path, mode="read").close()   # refuses anything that is not an archive
    if os.access(path, os.W_OK) and os.access(path.parent, os.W_OK):
        _upgrade(path)
    if _opens_read_only(path):
        return Prepared(path)
    _checkpoint(path)
    wal = Path(f"{path}-wal")
    unseen = wal.stat().st_size if wal.exists() else 0
    log.warning("%s is on read-only media: serving it immutable (as it is now; restart to "
                "see later changes%s)", path,
                f"; {unseen:,} bytes of its WAL are not seen" if unseen else "")
    return Prepared(path, immutable=True, unseen_wal_bytes=unseen)


def _upgrade(path: Path) -> None:
    """Pending schema migrations and fresh planner statistics. Each migration is one short
    transaction: it waits for a crawl's commit (up to the busy timeout), never for readers
    (WAL). When it cannot, the archive is served as it is."""
    try:
        db = open_archive(path, mode="write")
        try:
            analyze(db.conn)
        finally:
            db.close()
    except (StorageError, sqlite3.Error) as exc:
        log.warning("%s: schema upgrade skipped (%s); serving it as it is", path, exc)


def _opens_read_only(path: Path) -> bool:
    """Whether Datasette's way of opening a live file (``mode=ro``) works here: it does
    unless SQLite cannot find or make the WAL index (``-shm``), as on read-only media."""
    try:
        conn = sqlite3.connect(f"file:{path.absolute()}?mode=ro", uri=True)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.debug("%s does not open read-only: %s", path, exc)
        return False
    return True


def _checkpoint(path: Path) -> None:
    """Move what the WAL holds into the file before it is served immutable, if possible."""
    try:
        conn = sqlite3.connect(str(path))
        try:
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        log.debug("cannot checkpoint %s: %s", path, exc)


def datasette_command(prepared: Prepared, metadata_file: Path, *, host: str = "127.0.0.1",
                      port: int = 8001) -> list[str]:
    """The ``datasette serve`` command line for a prepared archive."""
    cmd = [sys.executable, "-m", "datasette", "serve", str(prepared.path),
           "--metadata", str(metadata_file), "--host", host, "--port", str(port)]
    if prepared.immutable:
        cmd[4:5] = ["--immutable", str(prepared.path)]
    for key, value in settings().items():
        cmd += ["--setting", key, ("on" if value else "off") if isinstance(value, bool)
                else str(value)]
    return cmd


def serve(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001,
          sites: list[dict[str, Any]] | None = None,
          metadata_dir: str | Path | None = None,
          announce: Callable[[str, bool], None] | None = None) -> subprocess.Popen[bytes]:
    """Start Datasette on the archive (live, read-only); returns the process. ``announce``
    is given its address once the file is known to be an archive, and whether it is served
    as the file is now (read-only media) rather than live."""
    path = Path(db_path)
    if not path.exists():
        raise StorageError(f"{path}: no such archive (run `archiver crawl --db {path}` first)")
    prepared = prepare(path)
    if announce is not None:
        # (the URL, and whether it shows the file as it is now: read-only media)
        announce(f"http://{host}:{port}/", prepared.immutable)
    directory = Path(metadata_dir) if metadata_dir else Path(tempfile.mkdtemp(prefix="archiver-"))
    meta_file = directory / "metadata.json"
    meta_file.write_text(json.dumps(metadata(path, sites), ensure_ascii=False, indent=2),
                         encoding="utf-8")
    cmd = datasette_command(prepared, meta_file, host=host, port=port)
    log.info("starting datasette on http://%s:%d/ for %s", host, port, path)
    return subprocess.Popen(cmd)


def serve_forever(db_path: str | Path, *, host: str = "127.0.0.1", port: int = 8001,
                  sites: list[dict[str, Any]] | None = None,
                  announce: Callable[[str, bool], None] | None = None) -> int:
    """Run Datasette in the foreground until it exits or is interrupted; its exit code."""
    process = serve(db_path, host=host, port=port, sites=sites, announce=announce)
    try:
        return process.wait()
    except KeyboardInterrupt:
        process.terminate()
        return process.wait()
