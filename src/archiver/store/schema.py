"""Every table of an archive file, as one ordered sequence of migrations.

Applied by :func:`archiver.store.db.migrate` (each in its own transaction, recorded in
``schema_migrations``; the ``component`` column keeps its historical value ``'articles'``
for the whole archive). Documented for users in docs/schema.md and docs/crawl-state.md.

======= ===================================================================================
version what it adds
======= ===================================================================================
1       ``articles``, ``article_versions``, the ``articles_view`` view
2       FTS5 indexes ``articles_fts`` (exact) and ``articles_fts_folded`` (accents folded)
        over the search shadow columns, kept in sync by triggers
3       ``article_minhash`` / ``article_lsh``: near-duplicate signatures and LSH bands
4       covering index for facets over search results; planner statistics
5       FTS5 segment merges with a wider fan-in (automerge 16)
6       ``captures``: the index of every WARC record
7       crawl state: ``urls`` (the frontier), ``fetch_failures``, ``crawl_runs``,
        ``crawl_run_sites``
8       ``fetch_failures.traceback``, ``crawl_runs.error`` (what stopped a run),
        ``crawl_run_sites.notes`` (why a site may be incomplete), ``urls.crashes``
9       ``article_urls`` (every URL an article was reached by), ``articles.same_key``;
        same-site duplicates of earlier versions merged into one row
10      ``urls.guessed`` (a listing page asked for by its number, not linked)
11      ``articles_fts_plain``: the folded text indexed by article id with
        ``content="articles"``, the layout ``sqlite-utils search`` and Datasette's own
        search detect (our indexes are keyed by ``sort_key``, which they cannot join)
12      an index on ``category`` alone (the facet counts of the unsearched list)
13      ``listing_walks``: each listing of a site, and whether a walk has reached its end
14      ``hosts``: a host's not-before time (a Retry-After still pending when a run ends holds
        on the next run)
15      ``idx_urls_claim`` on ``urls (site, state, priority, revisit, depth)``, the order of
        the frontier's claims, in place of migration 7's ``(site, state, priority, depth)``
16      ``urls.xhr``: an address a page's script asks for (a "Xem thêm" fragment), asked
        for as the script does (``X-Requested-With: XMLHttpRequest``)
17      ``articles.modified_at``: the metadata's modified time, apart from a printed update
18      ``hosts.validators_untrusted_at`` / ``validators_evidence``: a host caught answering
        a page changed since its archived copy with the same ``ETag`` / ``Last-Modified``
        (its re-checks then fetch whole pages); ``urls.headlines``: the headlines listings
        showed an article under (one shown under a new one is re-checked whole)
19      ``merged_articles``: the id of a row folded into another (one article stored twice,
        found so later), and the row it is now part of; an id there is never given again
======= ===================================================================================

Archives made before version 6 created ``captures`` and the crawl tables on their own; those
migrations create what is missing and leave existing tables as they are.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable

from archiver import dedupe
from archiver.errors import StorageError
from archiver.store.clusters import store_signature
from archiver.store.rows import same_key, shadow_columns

__all__ = [
    "COMPONENT",
    "FTS_AUTOMERGE",
    "MIGRATIONS",
    "PLAIN_FTS",
    "SCHEMA_VERSION",
    "analyze",
    "merge_articles",
    "next_article_id",
]

COMPONENT = "articles"

_ARTICLES = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    site TEXT NOT NULL,
    title TEXT,
    published_at TEXT,
    published_date TEXT,
    year INTEGER,
    month TEXT,
    updated_at TEXT,
    author TEXT,
    author_unit TEXT,
    photographer TEXT,
    source TEXT,
    category TEXT,
    lead TEXT,
    body TEXT NOT NULL DEFAULT '',
    captions TEXT NOT NULL DEFAULT '[]',
    images TEXT NOT NULL DEFAULT '[]',
    tags TEXT NOT NULL DEFAULT '[]',
    related TEXT NOT NULL DEFAULT '[]',
    profile TEXT,
    content_hash TEXT NOT NULL,
    capture_id INTEGER REFERENCES captures(id),
    first_seen_at TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    version_seen_at TEXT NOT NULL,
    version_count INTEGER NOT NULL DEFAULT 1,
    withdrawn_at TEXT,
    withdrawn_reason TEXT,
    cluster_id INTEGER REFERENCES articles(id),
    duplicate_of INTEGER REFERENCES articles(id),
    sort_key INTEGER NOT NULL UNIQUE,
    fts_title TEXT,
    fts_body TEXT,
    fts_meta TEXT,
    fold_title TEXT,
    fold_body TEXT,
    fold_meta TEXT
);
CREATE INDEX idx_articles_site_published ON articles(site, published_at);
CREATE INDEX idx_articles_published ON articles(published_at);
CREATE INDEX idx_articles_author ON articles(author);
CREATE INDEX idx_articles_author_unit ON articles(author_unit);
CREATE INDEX idx_articles_category ON articles(site, category);
CREATE INDEX idx_articles_month ON articles(month, site);
CREATE INDEX idx_articles_cluster ON articles(cluster_id) WHERE cluster_id IS NOT NULL;
CREATE INDEX idx_articles_withdrawn ON articles(withdrawn_at) WHERE withdrawn_at IS NOT NULL;
CREATE INDEX idx_articles_edited ON articles(version_count) WHERE version_count > 1;

CREATE TABLE article_versions (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    title TEXT,
    lead TEXT,
    body TEXT,
    captions TEXT,
    author TEXT,
    author_unit TEXT,
    published_at TEXT,
    updated_at TEXT,
    capture_id INTEGER,
    valid_from TEXT NOT NULL,
    last_seen_at TEXT NOT NULL,
    valid_to TEXT NOT NULL
);
CREATE INDEX idx_article_versions_article ON article_versions(article_id, version);

CREATE VIEW articles_view AS
SELECT id, url, site, title, published_at, author, author_unit, category, capture_id,
       version_count, withdrawn_at, duplicate_of, cluster_id
FROM articles;
"""

_FTS = """
CREATE VIEW articles_fts_src AS
SELECT sort_key, coalesce(fts_title, title) AS title, coalesce(fts_body, body) AS body,
       fts_meta AS meta
FROM articles;
CREATE VIEW articles_fold_src AS
SELECT sort_key, fold_title AS title, fold_body AS body, fold_meta AS meta FROM articles;
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, body, meta, content='articles_fts_src', content_rowid='sort_key',
    tokenize='unicode61 remove_diacritics 0'
);
CREATE VIRTUAL TABLE articles_fts_folded USING fts5(
    title, body, meta, content='articles_fold_src', content_rowid='sort_key',
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER articles_fts_ai AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts(rowid, title, body, meta)
    VALUES (new.sort_key, coalesce(new.fts_title, new.title), coalesce(new.fts_body, new.body),
            new.fts_meta);
    INSERT INTO articles_fts_folded(rowid, title, body, meta)
    VALUES (new.sort_key, new.fold_title, new.fold_body, new.fold_meta);
END;
CREATE TRIGGER articles_fts_ad AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, meta)
    VALUES ('delete', old.sort_key, coalesce(old.fts_title, old.title),
            coalesce(old.fts_body, old.body), old.fts_meta);
    INSERT INTO articles_fts_folded(articles_fts_folded, rowid, title, body, meta)
    VALUES ('delete', old.sort_key, old.fold_title, old.fold_body, old.fold_meta);
END;
CREATE TRIGGER articles_fts_au AFTER UPDATE OF
    title, body, fts_title, fts_body, fts_meta, fold_title, fold_body, fold_meta, sort_key
ON articles BEGIN
    INSERT INTO articles_fts(articles_fts, rowid, title, body, meta)
    VALUES ('delete', old.sort_key, coalesce(old.fts_title, old.title),
            coalesce(old.fts_body, old.body), old.fts_meta);
    INSERT INTO articles_fts_folded(articles_fts_folded, rowid, title, body, meta)
    VALUES ('delete', old.sort_key, old.fold_title, old.fold_body, old.fold_meta);
    INSERT INTO articles_fts(rowid, title, body, meta)
    VALUES (new.sort_key, coalesce(new.fts_title, new.title), coalesce(new.fts_body, new.body),
            new.fts_meta);
    INSERT INTO articles_fts_folded(rowid, title, body, meta)
    VALUES (new.sort_key, new.fold_title, new.fold_body, new.fold_meta);
END;
"""

_DEDUPE = """
CREATE TABLE article_minhash (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id),
    signature BLOB NOT NULL
);
CREATE TABLE article_lsh (
    band_key INTEGER NOT NULL,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    PRIMARY KEY (band_key, article_id)
) WITHOUT ROWID;
CREATE INDEX idx_article_lsh_article ON article_lsh(article_id);
"""


_FACETS = """
CREATE INDEX idx_articles_facets
    ON articles(sort_key, site, category, author, author_unit, year, month);
"""



def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Execute a multi-statement script inside the current transaction.

    ``executescript`` would COMMIT first, so statements are split with complete_statement.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise StorageError(f"incomplete SQL statement in migration: {pending[:60]!r}")


def _fts(conn: sqlite3.Connection) -> None:
    """Compute search shadow columns for rows loaded before v2, then build both indexes."""
    rows = conn.execute(
        "SELECT id, title, body, captions, author, author_unit, photographer, tags FROM articles"
    ).fetchall()
    for row in rows:
        shadow = shadow_columns(row[1], row[2], json.loads(row[3]), row[4], row[5], row[6],
                                json.loads(row[7]))
        conn.execute(
            "UPDATE articles SET fts_title=?, fts_body=?, fts_meta=?, fold_title=?, "
            "fold_body=?, fold_meta=? WHERE id=?", (*shadow, row[0]))
    run_script(conn, _FTS)
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO articles_fts_folded(articles_fts_folded) VALUES ('rebuild')")


def _dedupe(conn: sqlite3.Connection) -> None:
    run_script(conn, _DEDUPE)
    for article_id, fold_title, fold_body in conn.execute(
            "SELECT id, fold_title, fold_body FROM articles").fetchall():
        sig = dedupe.signature(f"{fold_title or ''} {fold_body or ''}")
        if sig is not None:
            store_signature(conn, article_id, sig)


def analyze(conn: sqlite3.Connection) -> None:
    """Refresh the query planner's statistics for ``articles`` (bounded: ~1,000 rows/index).

    Without them SQLite reaches search matches through the unique ``sort_key`` index and
    reads every matching row; with them it uses the covering ``idx_articles_facets``, which
    makes Datasette's facet counts over a search several times faster.
    """
    conn.execute("PRAGMA analysis_limit=1000")
    conn.execute("ANALYZE articles")


def _facets(conn: sqlite3.Connection) -> None:
    run_script(conn, _FACETS)
    analyze(conn)


#: FTS5 merges segments once this many share a level (SQLite's default is 4). A wider fan-in
#: halves the levels a segment is rewritten through as the archive grows: ~7% faster loads
#: at the same search latency (bench/store_bench.py). Persisted in each index's config table.
FTS_AUTOMERGE = 16


def _fts_merge(conn: sqlite3.Connection) -> None:
    for table in ("articles_fts", "articles_fts_folded"):
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)",
                     (FTS_AUTOMERGE,))


_CAPTURES = """
CREATE TABLE captures (
   id INTEGER PRIMARY KEY,
   url TEXT,
   fetched_at TEXT,
   status INTEGER,
   content_type TEXT,
   digest TEXT,
   length_bytes INTEGER,
   warc_file TEXT,
   "offset" INTEGER,
   length INTEGER,
   record_type TEXT,
   revisit_of INTEGER,
   etag TEXT,
   last_modified TEXT,
   final_url TEXT
);
CREATE INDEX idx_captures_url_fetched_at ON captures (url, fetched_at);
CREATE INDEX idx_captures_digest ON captures (digest);
"""

_URLS = """
CREATE TABLE urls (
   url TEXT PRIMARY KEY,
   site TEXT,
   kind TEXT,
   state TEXT,
   depth INTEGER,
   discovered_at TEXT,
   discovered_run INTEGER,
   last_run INTEGER,
   fetched_at TEXT,
   status INTEGER,
   etag TEXT,
   last_modified TEXT,
   lastmod TEXT,
   attempts INTEGER,
   error TEXT,
   post_data TEXT,
   capture_id INTEGER,
   parent TEXT,
   revisit INTEGER,
   priority INTEGER
);
CREATE INDEX idx_urls_site_kind_state ON urls (site, kind, state);
"""

_FETCH_FAILURES = """
CREATE TABLE fetch_failures (
   id INTEGER PRIMARY KEY,
   run_id INTEGER,
   site TEXT,
   url TEXT,
   kind TEXT,
   error TEXT,
   error_class TEXT,
   status INTEGER,
   attempts INTEGER,
   failed_at TEXT
);
CREATE INDEX idx_fetch_failures_site_failed_at ON fetch_failures (site, failed_at);
"""

_CRAWL_RUNS = """
CREATE TABLE crawl_runs (
   id INTEGER PRIMARY KEY,
   started_at TEXT,
   finished_at TEXT,
   status TEXT,
   pid INTEGER,
   sites TEXT,
   exit_code INTEGER,
   summary TEXT
);
"""

# the per-site counts as migration 7 made them (later counts are added by later migrations)
_COUNTS_V7 = ("discovered", "fetched", "not_modified", "new", "updated", "unchanged", "failed",
              "skipped_robots", "skipped", "withdrawn")
_CRAWL_RUN_SITES = ("CREATE TABLE crawl_run_sites (\n   run_id INTEGER,\n   site TEXT,\n"
                    "   started_at TEXT,\n   finished_at TEXT,\n"
                    + "".join(f"   {key} INTEGER,\n" for key in _COUNTS_V7)
                    + "   PRIMARY KEY (run_id, site)\n);\n")


def _missing(conn: sqlite3.Connection, table: str) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?",
                        (table,)).fetchone() is None


def _create_missing(conn: sqlite3.Connection, tables: dict[str, str]) -> None:
    """Create each table (with its indexes) that the file does not hold yet; a table that
    exists is left as it is, whatever its columns (archives made before these tables were
    migrations, or a table of the user's own)."""
    for table, script in tables.items():
        if _missing(conn, table):
            run_script(conn, script)


def _crawl_state(conn: sqlite3.Connection) -> None:
    _create_missing(conn, {"urls": _URLS, "fetch_failures": _FETCH_FAILURES,
                           "crawl_runs": _CRAWL_RUNS, "crawl_run_sites": _CRAWL_RUN_SITES})
    columns = {row[1] for row in conn.execute("PRAGMA table_info(urls)")}
    if "priority" not in columns:   # archives from 0.1.0 alphas
        conn.execute("ALTER TABLE urls ADD COLUMN priority INTEGER")
        conn.execute("UPDATE urls SET priority = CASE kind WHEN 'sitemap' THEN 1 "
                     "WHEN 'feed' THEN 1 WHEN 'listing' THEN 2 ELSE 3 END")
    if {"site", "state", "depth"} <= columns:
        # claim()'s first index (migration 15 replaces it with idx_urls_claim)
        conn.execute("CREATE INDEX IF NOT EXISTS idx_urls_site_state_priority_depth "
                     "ON urls (site, state, priority, depth)")


def _add_columns(conn: sqlite3.Connection, table: str, columns: dict[str, str]) -> None:
    have = {row[1] for row in conn.execute(f"PRAGMA table_info({table})")}
    for name, kind in columns.items():
        if name not in have:
            conn.execute(f"ALTER TABLE {table} ADD COLUMN {name} {kind}")


def _honest_runs(conn: sqlite3.Connection) -> None:
    _add_columns(conn, "fetch_failures", {"traceback": "TEXT"})
    _add_columns(conn, "crawl_runs", {"error": "TEXT"})
    _add_columns(conn, "crawl_run_sites", {"deferred": "INTEGER", "notes": "TEXT"})
    _add_columns(conn, "urls", {"crashes": "INTEGER"})


def merge_articles(conn: sqlite3.Connection, survivor: int, other: int) -> None:
    """Fold article ``other`` into ``survivor``: its URLs become aliases, its earlier
    versions follow (renumbered after the survivor's), links to it point at the survivor,
    and its row goes. Nothing a reader cites is lost: every URL still finds the article."""
    conn.execute("UPDATE article_urls SET article_id = ?, how = CASE how WHEN 'primary' "
                 "THEN 'merged' ELSE how END WHERE article_id = ?", (survivor, other))
    # the row goes next: its delete trigger must find no URL left to drop
    last = conn.execute("SELECT coalesce(max(version), 0) FROM article_versions "
                        "WHERE article_id = ?", (survivor,)).fetchone()[0]
    conn.execute("UPDATE article_versions SET article_id = ?, version = version + ? "
                 "WHERE article_id = ?", (survivor, last, other))
    for column in ("cluster_id", "duplicate_of"):
        conn.execute(f"UPDATE articles SET {column} = ? WHERE {column} = ?", (survivor, other))
    conn.execute("UPDATE articles SET first_seen_at = min(first_seen_at, (SELECT first_seen_at "
                 "FROM articles WHERE id = ?)), last_seen_at = max(last_seen_at, (SELECT "
                 "last_seen_at FROM articles WHERE id = ?)) WHERE id = ?",
                 (other, other, survivor))
    conn.execute("DELETE FROM article_lsh WHERE article_id = ?", (other,))
    conn.execute("DELETE FROM article_minhash WHERE article_id = ?", (other,))
    conn.execute("DELETE FROM articles WHERE id = ?", (other,))
    conn.execute("UPDATE articles SET duplicate_of = NULL WHERE id = ? AND duplicate_of = ?",
                 (survivor, survivor))
    # (its id, which someone may cite, says where the article is now and is never reused;
    # the table made here when an older archive's migration 9 merges before 19 ran)
    conn.execute(_MERGED.replace("CREATE TABLE", "CREATE TABLE IF NOT EXISTS"))
    conn.execute("INSERT OR REPLACE INTO merged_articles (id, article_id, merged_at) VALUES "
                 "(?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))", (other, survivor))
    conn.execute("UPDATE merged_articles SET article_id = ? WHERE article_id = ?",
                 (survivor, other))


_ARTICLE_URLS = """
CREATE TABLE article_urls (
   url TEXT PRIMARY KEY,
   article_id INTEGER NOT NULL REFERENCES articles(id),
   site TEXT NOT NULL,
   first_seen_at TEXT NOT NULL,
   how TEXT NOT NULL
);
CREATE INDEX idx_article_urls_article ON article_urls (article_id);
CREATE TRIGGER article_urls_ad AFTER DELETE ON articles BEGIN
    DELETE FROM article_urls WHERE article_id = old.id;
END;
"""


#: The index other tools find for ``articles`` (see :func:`_plain_fts`).
PLAIN_FTS = "articles_fts_plain"

_PLAIN_FTS = f"""
CREATE VIRTUAL TABLE {PLAIN_FTS} USING fts5(
    fold_title, fold_body, fold_meta, content="articles",
    tokenize='unicode61 remove_diacritics 2'
);
CREATE TRIGGER {PLAIN_FTS}_ai AFTER INSERT ON articles BEGIN
    INSERT INTO {PLAIN_FTS}(rowid, fold_title, fold_body, fold_meta)
    VALUES (new.id, new.fold_title, new.fold_body, new.fold_meta);
END;
CREATE TRIGGER {PLAIN_FTS}_ad AFTER DELETE ON articles BEGIN
    INSERT INTO {PLAIN_FTS}({PLAIN_FTS}, rowid, fold_title, fold_body, fold_meta)
    VALUES ('delete', old.id, old.fold_title, old.fold_body, old.fold_meta);
END;
CREATE TRIGGER {PLAIN_FTS}_au AFTER UPDATE OF fold_title, fold_body, fold_meta ON articles
BEGIN
    INSERT INTO {PLAIN_FTS}({PLAIN_FTS}, rowid, fold_title, fold_body, fold_meta)
    VALUES ('delete', old.id, old.fold_title, old.fold_body, old.fold_meta);
    INSERT INTO {PLAIN_FTS}(rowid, fold_title, fold_body, fold_meta)
    VALUES (new.id, new.fold_title, new.fold_body, new.fold_meta);
END;
"""


def _identity(conn: sqlite3.Connection) -> None:
    """One row per article per site: every URL an article was reached by in
    ``article_urls``, each article's ``same_key`` (site, headline and text), and the
    same-site duplicates earlier versions stored merged (the earliest row survives)."""
    _add_columns(conn, "articles", {"same_key": "TEXT"})
    for article_id, site, title, body in conn.execute(
            "SELECT id, site, title, body FROM articles").fetchall():
        conn.execute("UPDATE articles SET same_key = ? WHERE id = ?",
                     (same_key(site, title, body), article_id))
    conn.execute("CREATE INDEX idx_articles_same_key ON articles (same_key) "
                 "WHERE same_key IS NOT NULL")
    _create_missing(conn, {"article_urls": _ARTICLE_URLS})
    conn.execute("INSERT OR IGNORE INTO article_urls (url, article_id, site, first_seen_at, "
                 "how) SELECT url, id, site, first_seen_at, 'primary' FROM articles")
    groups = conn.execute("SELECT same_key FROM articles WHERE same_key IS NOT NULL "
                          "GROUP BY same_key HAVING count(*) > 1").fetchall()
    for (key,) in groups:
        survivor, *others = [r[0] for r in conn.execute(
            "SELECT id FROM articles WHERE same_key = ? ORDER BY id", (key,))]
        for other in others:
            merge_articles(conn, survivor, other)


def _xhr(conn: sqlite3.Connection) -> None:
    _add_columns(conn, "urls", {"xhr": "INTEGER"})


def _guessed_pages(conn: sqlite3.Connection) -> None:
    _add_columns(conn, "urls", {"guessed": "INTEGER"})


def _plain_fts(conn: sqlite3.Connection) -> None:
    """An FTS5 index other tools can use: ``sqlite-utils search archive.db articles dang``
    and Datasette without our plugins find it through ``content="articles"`` and join it
    on the article's rowid (``id``).

    It indexes the folded columns (no diacritics, ``đ`` -> ``d``) with the tokenizer
    folding the query's diacritics, so unaccented queries and accented ones without ``đ``
    (``hoà bình``) find every spelling; ``Đảng`` typed with its ``Đ`` does not (the
    tokenizer keeps ``đ``): tools should be given ``dang``. Ranked by the same bm25 column
    weights as ``archiver search``. A ``rebuild`` (``sqlite-utils rebuild-fts``) reads the
    same folded columns the triggers index, so it is safe.
    """
    run_script(conn, _PLAIN_FTS)
    conn.execute(f"INSERT INTO {PLAIN_FTS}({PLAIN_FTS}) VALUES ('rebuild')")
    conn.execute(f"INSERT INTO {PLAIN_FTS}({PLAIN_FTS}, rank) VALUES "
                 "('rank', 'bm25(10.0, 1.0, 3.0)')")
    conn.execute(f"INSERT INTO {PLAIN_FTS}({PLAIN_FTS}, rank) VALUES ('automerge', ?)",
                 (FTS_AUTOMERGE,))


_LISTING_WALKS = """
CREATE TABLE listing_walks (
   site TEXT NOT NULL,
   listing TEXT NOT NULL,
   first_run INTEGER,
   ended_run INTEGER,
   ended_at TEXT,
   PRIMARY KEY (site, listing)
);
"""

_MERGED = """
CREATE TABLE merged_articles (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL,
    merged_at TEXT NOT NULL
);
"""


def next_article_id(conn: sqlite3.Connection) -> int:
    """The id a new row takes: past every id ever given, a merged row's too (a cited id is
    never another article's)."""
    return int(conn.execute(
        "SELECT max(coalesce((SELECT max(id) FROM articles), 0), "
        "coalesce((SELECT max(id) FROM merged_articles), 0)) + 1").fetchone()[0])


_HOSTS = """
CREATE TABLE hosts (
    host TEXT PRIMARY KEY,
    not_before TEXT,
    reason TEXT,
    set_at TEXT,
    run_id INTEGER
);
"""


def _modified_at(conn: sqlite3.Connection) -> None:
    """``updated_at`` holds only an update the page prints; the modified time its metadata
    declares (JSON-LD ``dateModified``, ``article:modified_time``) has a column of its own.
    Rows written before keep the value they had (possibly the metadata's) until the
    article is fetched or re-extracted again (``archiver reextract``)."""
    _add_columns(conn, "articles", {"modified_at": "TEXT"})


def _untrusted_validators(conn: sqlite3.Connection) -> None:
    """A host whose ``ETag`` / ``Last-Modified`` stay the same when its pages change (built
    from a record's creation time): when it was caught, and on which page; and the
    headlines listings showed each article under (folded, the latest first, a few)."""
    _create_missing(conn, {"hosts": _HOSTS})
    _add_columns(conn, "hosts", {"validators_untrusted_at": "TEXT",
                                 "validators_evidence": "TEXT"})
    if not _missing(conn, "urls"):
        _add_columns(conn, "urls", {"headlines": "TEXT"})


def _claim_index(conn: sqlite3.Connection) -> None:
    """The frontier's claim (``Frontier.claim``) orders a site's queued URLs by priority,
    re-check, depth: with ``revisit`` in the index the first row is read straight from it,
    where migration 7's index left SQLite to sort every queued URL of the priority (all
    the site's queued articles) on each claim. The new index serves every lookup the old
    one did (same leading columns), so the old one goes: one index fewer to keep on each
    write of a URL's state."""
    if not {"site", "state", "priority", "revisit", "depth"} <= {
            row[1] for row in conn.execute("PRAGMA table_info(urls)")}:
        return      # a table of the user's own (migration 7 left it as it was)
    conn.execute("CREATE INDEX IF NOT EXISTS idx_urls_claim "
                 "ON urls (site, state, priority, revisit, depth)")
    conn.execute("DROP INDEX IF EXISTS idx_urls_site_state_priority_depth")


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "articles and article_versions", lambda conn: run_script(conn, _ARTICLES)),
    (2, "FTS5 exact and folded indexes with sync triggers", _fts),
    (3, "MinHash signatures and LSH bands for near-duplicates", _dedupe),
    (4, "covering index for facets over search results; planner statistics", _facets),
    (5, "FTS5 segment merges with a wider fan-in (automerge 16)", _fts_merge),
    (6, "captures: the index of every WARC record",
     lambda conn: _create_missing(conn, {"captures": _CAPTURES})),
    (7, "crawl state: urls, fetch_failures, crawl_runs, crawl_run_sites", _crawl_state),
    (8, "what stopped a run and what each page's failure was: fetch_failures.traceback, "
        "crawl_runs.error, crawl_run_sites.notes, urls.crashes", _honest_runs),
    (9, "one row per article per site: article_urls (every URL an article was reached by), "
        "articles.same_key, same-site duplicates merged", _identity),
    (10, "listing pages asked for by number, not linked: urls.guessed", _guessed_pages),
    (11, "articles_fts_plain: folded text by article id, for sqlite-utils and Datasette",
     _plain_fts),
    (12, "index on category alone, for facet counts",
     lambda conn: run_script(conn, "CREATE INDEX IF NOT EXISTS idx_articles_category_only "
                                   "ON articles(category);")),
    (13, "listing_walks: each listing, and whether a walk has reached its end",
     lambda conn: _create_missing(conn, {"listing_walks": _LISTING_WALKS})),
    (14, "hosts: not-before times (Retry-After) kept across runs",
     lambda conn: _create_missing(conn, {"hosts": _HOSTS})),
    (15, "idx_urls_claim: the frontier's claim order, read from an index", _claim_index),
    (16, "addresses a page's script asks for, asked for as it does: urls.xhr", _xhr),
    (17, "articles.modified_at: the metadata's modified time, apart from a printed update",
     _modified_at),
    (18, "re-checks past validators that do not change: hosts.validators_untrusted_at, "
         "urls.headlines", _untrusted_validators),
    (19, "merged_articles: a row folded into another keeps its id out of reuse",
     lambda conn: _create_missing(conn, {"merged_articles": _MERGED})),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]
