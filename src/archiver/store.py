"""The archive database: article tables, migrations, idempotent upserts, revisions, FTS.

Tables owned here (documented for users in docs/schema.md): ``articles``,
``article_versions``, ``article_minhash``, ``article_lsh``, the FTS5 indexes
``articles_fts`` (exact) and ``articles_fts_folded`` (accent-insensitive), the views feeding
them, ``articles_view`` and ``schema_migrations`` (rows with ``component = 'articles'``).

Search shadow columns (``fts_*``, ``fold_*``) are computed in Python by the upsert code; the
FTS indexes follow them through SQL triggers, so any UPDATE/DELETE keeps them in sync.
``sort_key`` is the FTS rowid: ``-(published_epoch_seconds * 2**31 + id)``, so ascending
rowid order is newest-first and a date range is a rowid range.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Literal

import sqlite_utils

from archiver import dedupe
from archiver.errors import StorageError
from archiver.models import Article
from archiver.text import canonical_tones, content_hash, fold
from archiver.urls import canonicalize

__all__ = [
    "JSON_COLUMNS",
    "PAGE_SIZE",
    "SCHEMA_VERSION",
    "Archive",
    "LoadItem",
    "UpsertResult",
    "analyze",
    "sort_key_bounds",
]

logger = logging.getLogger(__name__)

UpsertResult = Literal["new", "updated", "unchanged"]
JSON_COLUMNS = ("captions", "images", "tags", "related")
COMPONENT = "articles"
_ID_SHIFT = 1 << 31
_MAX_SECS = (1 << 31) - 1
_VN_TZ = timezone(timedelta(hours=7))

# Columns that come from the extracted record (compared to decide new/updated/unchanged).
_RECORD_COLUMNS = (
    "site", "title", "published_at", "published_date", "year", "month", "updated_at",
    "author", "author_unit", "photographer", "source", "category", "lead", "body",
    "captions", "images", "tags", "related", "profile", "content_hash",
)
_SHADOW_COLUMNS = ("fts_title", "fts_body", "fts_meta", "fold_title", "fold_body", "fold_meta")
_INTERNAL_COLUMNS = frozenset({*_SHADOW_COLUMNS, "sort_key", "version_seen_at"})
_VERSIONED_COLUMNS = (
    "content_hash", "title", "lead", "body", "captions", "author", "author_unit",
    "published_at", "updated_at", "capture_id",
)

_V1_CORE = """
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

_V2_FTS = """
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

_V3_DEDUPE = """
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


def _run_script(conn: sqlite3.Connection, script: str) -> None:
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


def _v2_fill_shadow(conn: sqlite3.Connection) -> None:
    """Compute search shadow columns for rows loaded before v2, then build both indexes."""
    rows = conn.execute(
        "SELECT id, title, body, captions, author, author_unit, photographer, tags FROM articles"
    ).fetchall()
    for row in rows:
        shadow = _shadow(row[1], row[2], json.loads(row[3]), row[4], row[5], row[6],
                         json.loads(row[7]))
        conn.execute(
            "UPDATE articles SET fts_title=?, fts_body=?, fts_meta=?, fold_title=?, "
            "fold_body=?, fold_meta=? WHERE id=?", (*shadow, row[0]))
    _run_script(conn, _V2_FTS)
    conn.execute("INSERT INTO articles_fts(articles_fts) VALUES ('rebuild')")
    conn.execute("INSERT INTO articles_fts_folded(articles_fts_folded) VALUES ('rebuild')")


def _v3_fill_dedupe(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V3_DEDUPE)
    for article_id, fold_title, fold_body in conn.execute(
            "SELECT id, fold_title, fold_body FROM articles").fetchall():
        sig = dedupe.signature(f"{fold_title or ''} {fold_body or ''}")
        if sig is not None:
            _store_signature(conn, article_id, sig)


_V4_FACETS = """
CREATE INDEX idx_articles_facets
    ON articles(sort_key, site, category, author, author_unit, year, month);
"""


def analyze(conn: sqlite3.Connection) -> None:
    """Refresh the query planner's statistics for ``articles`` (bounded: ~1,000 rows/index).

    Without them SQLite reaches search matches through the unique ``sort_key`` index and
    reads every matching row; with them it uses the covering ``idx_articles_facets``, which
    makes Datasette's facet counts over a search several times faster.
    """
    conn.execute("PRAGMA analysis_limit=1000")
    conn.execute("ANALYZE articles")


def _v4_facets(conn: sqlite3.Connection) -> None:
    _run_script(conn, _V4_FACETS)
    analyze(conn)


#: Page size of a newly created archive file (SQLite's default is 4096; an existing file
#: keeps its own). Articles run to ~10 KB with their search columns, so on 4 KB pages most
#: rows spill into overflow chains; 16 KB pages load ~7% faster at the same search latency
#: (store benchmark, 20,000 articles).
PAGE_SIZE = 16384

#: FTS5 merges segments once this many share a level (SQLite's default is 4). A wider fan-in
#: halves the levels a segment is rewritten through as the archive grows: ~7% faster loads
#: at the same search latency (bench/store_bench.py). Persisted in each index's config table.
FTS_AUTOMERGE = 16


def _v5_fts_merge(conn: sqlite3.Connection) -> None:
    for table in ("articles_fts", "articles_fts_folded"):
        conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('automerge', ?)",
                     (FTS_AUTOMERGE,))


Migration = Callable[[sqlite3.Connection], None]
MIGRATIONS: tuple[tuple[int, str, Migration], ...] = (
    (1, "articles and article_versions", lambda conn: _run_script(conn, _V1_CORE)),
    (2, "FTS5 exact and folded indexes with sync triggers", _v2_fill_shadow),
    (3, "MinHash signatures and LSH bands for near-duplicates", _v3_fill_dedupe),
    (4, "covering index for facets over search results; planner statistics", _v4_facets),
    (5, "FTS5 segment merges with a wider fan-in (automerge 16)", _v5_fts_merge),
)
SCHEMA_VERSION = MIGRATIONS[-1][0]


@dataclass(frozen=True, slots=True)
class LoadItem:
    """One record to load with ``Archive.upsert_many``."""

    article: Article
    site: str
    seen_at: str
    capture_id: int | None = None


@dataclass(frozen=True, slots=True)
class _Prepared:
    """Everything about one record that needs no database: computed ahead of the write."""

    url: str
    record: dict[str, Any]
    shadow: dict[str, Any]
    signature: dedupe.Signature | None
    band_keys: list[int]


def _prepare(article: Article, site: str) -> _Prepared:
    record = _record(article, site)
    shadow = dict(zip(_SHADOW_COLUMNS, _shadow(
        record["title"], record["body"], json.loads(record["captions"]), record["author"],
        record["author_unit"], record["photographer"], json.loads(record["tags"])),
        strict=True))
    sig = dedupe.signature(f"{shadow['fold_title'] or ''} {shadow['fold_body'] or ''}")
    return _Prepared(canonicalize(article.url), record, shadow, sig,
                     dedupe.band_keys(sig) if sig is not None else [])


def _prepare_all(items: Sequence[LoadItem]) -> list[_Prepared]:
    return [_prepare(item.article, item.site) for item in items]


# The columns a bulk insert takes from each row's JSON array, in this order (id, sort_key and
# version_count are computed in SQL).
_BULK_COLUMNS = ("url", *_RECORD_COLUMNS, *_SHADOW_COLUMNS, "capture_id", "first_seen_at",
                 "last_seen_at", "version_seen_at")


@dataclass(slots=True)
class _Bulk:
    """A prepared record as one bulk-insert row: a JSON array in ``_BULK_COLUMNS`` order
    then the sort epoch, and the encoded MinHash signature (computed off the writer
    thread)."""

    row: str
    epoch: int
    signature: bytes | None


def _prepare_bulk(items: Sequence[LoadItem]) -> tuple[list[_Prepared], list[_Bulk]]:
    prepared = _prepare_all(items)
    bulk = []
    for item, prep in zip(items, prepared, strict=True):
        epoch = _epoch_seconds(prep.record["published_at"])
        values = [prep.url, *(prep.record[c] for c in _RECORD_COLUMNS),
                  *(prep.shadow[c] for c in _SHADOW_COLUMNS), item.capture_id,
                  item.seen_at, item.seen_at, item.seen_at, epoch]
        bulk.append(_Bulk(_json(values), epoch,
                          dedupe.encode(prep.signature) if prep.signature is not None
                          else None))
    return prepared, bulk


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _nfc(value: str | None) -> str | None:
    if value is None or value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def _epoch_seconds(published_at: str | None) -> int:
    if not published_at:
        return 0
    try:
        parsed = datetime.fromisoformat(published_at)
    except ValueError:
        logger.warning("unparseable published_at %r; sorting it as undated", published_at)
        return 0
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_VN_TZ)
    return min(max(int(parsed.timestamp()), 0), _MAX_SECS)


def sort_key_bounds(since: str | None, until: str | None) -> tuple[int | None, int | None]:
    """(low, high) inclusive FTS rowid bounds for published_at within [since, until].

    A date-only ``until`` includes that whole day (Asia/Ho_Chi_Minh).
    """
    low = high = None
    if until:
        secs = _epoch_seconds(until)
        if len(until) == 10:
            secs += 86_399
        low = -((secs + 1) * _ID_SHIFT) + 1
    if since:
        high = -(_epoch_seconds(since) * _ID_SHIFT)
    return low, high


def _sort_key(published_at: str | None, article_id: int) -> int:
    return -(_epoch_seconds(published_at) * _ID_SHIFT + article_id)


def _shadow(title: str | None, body: str, captions: Sequence[str], author: str | None,
            author_unit: str | None, photographer: str | None,
            tags: Sequence[str]) -> tuple[str | None, ...]:
    """(fts_title, fts_body, fts_meta, fold_title, fold_body, fold_meta)."""
    meta = "\n".join(x for x in (*captions, author, author_unit, photographer, *tags) if x)
    ct_title = canonical_tones(title) if title else None
    ct_body = canonical_tones(body)
    return (
        None if ct_title == title else ct_title,
        None if ct_body == body else ct_body,
        canonical_tones(meta),
        fold(_collapse(title)) if title else None,
        fold(_collapse(body)),
        fold(_collapse(meta)),
    )


def _collapse(text: str) -> str:
    """Collapse whitespace first (as normalize_text would) so text.py takes its fast path."""
    return " ".join(text.split())


def _record(article: Article, site: str) -> dict[str, Any]:
    title = _nfc(article.title)
    body = _nfc(article.body) or ""
    lead = _nfc(article.lead)
    captions = [_nfc(c) or "" for c in article.captions]
    published = article.published_at
    text = _collapse(" ".join([title or "", lead or "", body, *captions]))
    return {
        "site": site,
        "title": title,
        "published_at": published,
        "published_date": published[:10] if published else None,
        "year": int(published[:4]) if published and published[:4].isdigit() else None,
        "month": published[:7] if published and len(published) >= 7 else None,
        "updated_at": article.updated_at,
        "author": _nfc(article.author),
        "author_unit": _nfc(article.author_unit),
        "photographer": _nfc(article.photographer),
        "source": _nfc(article.source),
        "category": _nfc(article.category),
        "lead": lead,
        "body": body,
        "captions": _json(captions),
        "images": _json([{"src": i.src, "caption": _nfc(i.caption)} for i in article.images]),
        "tags": _json([_nfc(t) for t in article.tags]),
        "related": _json([{"url": r.url, "title": _nfc(r.title)} for r in article.related]),
        "profile": article.profile,
        "content_hash": content_hash(text),
    }


def _store_signature(conn: sqlite3.Connection, article_id: int, sig: dedupe.Signature,
                     keys: Sequence[int] | None = None) -> None:
    conn.execute("INSERT OR REPLACE INTO article_minhash(article_id, signature) VALUES (?, ?)",
                 (article_id, dedupe.encode(sig)))
    conn.execute("DELETE FROM article_lsh WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT OR IGNORE INTO article_lsh(band_key, article_id) VALUES (?, ?)",
                     [(key, article_id) for key in (keys or dedupe.band_keys(sig))])


class Archive:
    """The article tables of one SQLite archive file.

    ``Archive(path)`` opens (creating or upgrading) the database in WAL mode. Writes happen in
    explicit transactions; every public method is safe to call repeatedly (idempotent).
    """

    MAX_CANDIDATES = 200
    MAX_PER_BAND = 256      # articles read per LSH band key
    MIN_BANDS = 2          # LSH bands two articles must share before their signatures are compared

    def __init__(self, db: sqlite_utils.Database | str | Path) -> None:
        if isinstance(db, sqlite_utils.Database):
            self.db = db
        else:
            try:
                conn = sqlite3.connect(str(db), isolation_level=None)
            except sqlite3.Error as exc:
                raise StorageError(f"cannot open archive {db}: {exc}") from exc
            self.db = sqlite_utils.Database(conn)
        self.conn: sqlite3.Connection = self.db.conn
        try:
            self.conn.execute(f"PRAGMA page_size={PAGE_SIZE}")  # new files only
            self.conn.execute("PRAGMA journal_mode=WAL")
            self.conn.execute("PRAGMA synchronous=NORMAL")
            self.conn.execute("PRAGMA cache_size=-65536")  # 64 MiB: FTS segment merges
        except sqlite3.Error as exc:
            raise StorageError(f"cannot open archive: {exc}") from exc
        self.migrate()

    # ------------------------------------------------------------------ plumbing

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE ... COMMIT (a SAVEPOINT when already inside a transaction)."""
        conn = self.conn
        nested = conn.in_transaction
        try:
            conn.execute("SAVEPOINT archiver" if nested else "BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                if nested:   # one statement per execute(): sqlite3 refuses two
                    conn.execute("ROLLBACK TO archiver")
                    conn.execute("RELEASE archiver")
                else:
                    conn.execute("ROLLBACK")
                raise
            conn.execute("RELEASE archiver" if nested else "COMMIT")
        except sqlite3.Error as exc:
            raise StorageError(f"archive write failed: {exc}") from exc

    def schema_version(self) -> int:
        row = self.conn.execute(
            "SELECT max(version) FROM schema_migrations WHERE component = ?", (COMPONENT,)
        ).fetchone()
        return int(row[0] or 0)

    def migrate(self, target: int = SCHEMA_VERSION) -> int:
        """Apply pending migrations up to ``target``; returns the resulting version."""
        try:
            self.conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, "
                "version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, "
                "PRIMARY KEY (component, version))")
            current = self.schema_version()
        except sqlite3.Error as exc:
            raise StorageError(f"cannot read the archive schema: {exc}") from exc
        if current > SCHEMA_VERSION:
            raise StorageError(
                f"archive schema version {current} is newer than this archiver supports "
                f"({SCHEMA_VERSION}); upgrade archiver to open it")
        for version, name, apply in MIGRATIONS:
            if current < version <= target:
                with self.transaction() as conn:
                    apply(conn)
                    conn.execute(
                        "INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
                        (COMPONENT, version, name, datetime.now(UTC).isoformat()))
                logger.info("archive schema migrated to v%d (%s)", version, name)
                current = version
        return current

    def close(self) -> None:
        """Refresh planner statistics, checkpoint the WAL (so read-only/immutable readers
        see everything) and close."""
        try:
            if not self.conn.in_transaction:
                try:
                    analyze(self.conn)
                except sqlite3.Error as exc:  # busy or read-only: statistics can wait
                    logger.debug("could not refresh planner statistics: %s", exc)
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            self.conn.close()

    # ------------------------------------------------------------------ reads

    def count(self) -> int:
        return int(self.conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def known_hash(self, url: str) -> str | None:
        row = self.conn.execute("SELECT content_hash FROM articles WHERE url = ?",
                                (canonicalize(url),)).fetchone()
        return None if row is None else str(row[0])

    def get(self, url: str) -> dict[str, Any] | None:
        """The public columns of one article, JSON columns decoded; None when unknown."""
        cur = self.conn.execute("SELECT * FROM articles WHERE url = ?", (canonicalize(url),))
        row = cur.fetchone()
        if row is None:
            return None
        names = [d[0] for d in cur.description]
        out = {k: v for k, v in zip(names, row, strict=True) if k not in _INTERNAL_COLUMNS}
        for key in JSON_COLUMNS:
            out[key] = json.loads(out[key])
        return out

    def versions(self, url: str) -> list[dict[str, Any]]:
        """Earlier texts of an article, oldest first."""
        cur = self.conn.execute(
            "SELECT v.* FROM article_versions v JOIN articles a ON a.id = v.article_id "
            "WHERE a.url = ? ORDER BY v.version", (canonicalize(url),))
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]

    # ------------------------------------------------------------------ writes

    def upsert(self, article: Article, *, site: str, seen_at: str,
               capture_id: int | None = None) -> UpsertResult:
        """Insert or update one article keyed on its canonical URL."""
        prepared = _prepare(article, site)
        with self.transaction() as conn:
            return self._upsert(conn, prepared, seen_at, capture_id)

    def upsert_many(self, items: Iterable[LoadItem | tuple[Article, str, str]],
                    batch_size: int = 2000) -> Counter[str]:
        """Upsert many records in transactions of ``batch_size``; counts by outcome.

        The database-free work of the next batch (normalising, search keys, MinHash, the
        rows as JSON) runs in a helper thread while this one writes the current batch. The
        batch's new URLs go in with a few statements over ``json_each`` (articles and both
        FTS indexes, signatures, LSH bands, near-duplicate candidates), so SQLite works for
        long stretches with the GIL released and the two threads really overlap; a
        row-by-row write would hand the GIL back and forth on every statement and run no
        faster than one thread. Known URLs (and a URL's repeats within a batch) take the
        row-by-row path with its revision logic. The outcome is that of calling ``upsert``
        on each record in turn (tested). Batches are written in order, each in one
        transaction; a failing record rolls back its whole batch.
        """
        counts: Counter[str] = Counter()

        def batches() -> Iterator[list[LoadItem]]:
            batch: list[LoadItem] = []
            for item in items:
                batch.append(item if isinstance(item, LoadItem) else LoadItem(*item))
                if len(batch) >= batch_size:
                    yield batch
                    batch = []
            if batch:
                yield batch

        def write(batch: list[LoadItem],
                  ready: tuple[list[_Prepared], list[_Bulk]]) -> None:
            counts.update(self._write_batch(batch, ready))

        # The writer gets the GIL back within a millisecond of each long statement instead
        # of the default 5 ms (the helper thread is busy in Python all the while).
        interval = sys.getswitchinterval()
        sys.setswitchinterval(min(interval, 0.001))
        try:
            with ThreadPoolExecutor(max_workers=1, thread_name_prefix="archiver-prepare") as pool:
                pending: tuple[list[LoadItem],
                               Future[tuple[list[_Prepared], list[_Bulk]]]] | None = None
                for batch in batches():
                    ahead = (batch, pool.submit(_prepare_bulk, batch))
                    if pending is not None:
                        write(pending[0], pending[1].result())
                    pending = ahead
                if pending is not None:
                    write(pending[0], pending[1].result())
        finally:
            sys.setswitchinterval(interval)
        return counts

    def load_batch(self, items: Sequence[LoadItem]) -> list[UpsertResult]:
        """Upsert ``items`` in one transaction (a savepoint inside an open one), in this
        thread; the outcome of each, in order, as ``upsert`` would have returned it.

        For callers that gather records themselves (the crawler, between its commits): new
        URLs go in with the bulk statements of ``upsert_many``."""
        if not items:
            return []
        return self._write_batch(items, _prepare_bulk(items))

    def _write_batch(self, batch: Sequence[LoadItem],
                     ready: tuple[list[_Prepared], list[_Bulk]]) -> list[UpsertResult]:
        prepared, bulk = ready
        outcomes: list[UpsertResult] = ["new"] * len(batch)
        with self.transaction() as conn:
            fresh, rest = self._split_fresh(conn, prepared)
            if fresh:
                self._insert_bulk(conn, [prepared[i] for i in fresh], [bulk[i] for i in fresh])
            for i in rest:
                item = batch[i]
                outcomes[i] = self._upsert(conn, prepared[i], item.seen_at, item.capture_id)
        return outcomes

    def touch(self, url: str, seen_at: str) -> bool:
        """An unchanged re-fetch (e.g. 304): move last_seen_at forward only. False if unknown."""
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE articles SET last_seen_at = ? WHERE url = ? AND last_seen_at < ?",
                (seen_at, canonicalize(url), seen_at))
            if cur.rowcount:
                return True
            return conn.execute("SELECT 1 FROM articles WHERE url = ?",
                                (canonicalize(url),)).fetchone() is not None

    def mark_withdrawn(self, url: str, at: str, reason: str) -> bool:
        """Record that an article disappeared (404/410/redirect-to-home). Never deletes.

        The earliest withdrawal time is kept. Returns False when the URL is not archived.
        """
        with self.transaction() as conn:
            cur = conn.execute(
                "UPDATE articles SET withdrawn_at = ?, withdrawn_reason = ? WHERE url = ? "
                "AND (withdrawn_at IS NULL OR withdrawn_at > ?)",
                (at, reason, canonicalize(url), at))
            if cur.rowcount:
                return True
            return conn.execute("SELECT 1 FROM articles WHERE url = ?",
                                (canonicalize(url),)).fetchone() is not None

    # ------------------------------------------------------------------ internals

    def _upsert(self, conn: sqlite3.Connection, prep: _Prepared, seen_at: str,
                capture_id: int | None) -> UpsertResult:
        url, record = prep.url, prep.record
        cur = conn.execute("SELECT * FROM articles WHERE url = ?", (url,))
        row = cur.fetchone()
        if row is None:
            self._insert(conn, prep, seen_at, capture_id)
            return "new"
        old = dict(zip([d[0] for d in cur.description], row, strict=True))
        changes: dict[str, Any] = {}
        text_changed = old["content_hash"] != record["content_hash"]
        if text_changed and seen_at < old["version_seen_at"]:
            # A capture older than the current text (re-extraction): history only.
            self._add_version(conn, old, record, capture_id, seen_at, seen_at, seen_at)
            changes["version_count"] = old["version_count"] + 1
        else:
            changes.update({k: v for k, v in record.items() if old[k] != v})
            if text_changed:
                self._add_version(conn, old, old, old["capture_id"], old["version_seen_at"],
                                  old["last_seen_at"], seen_at)
                changes["version_count"] = old["version_count"] + 1
                changes["version_seen_at"] = seen_at
            if changes and capture_id is not None and capture_id != old["capture_id"]:
                changes["capture_id"] = capture_id
            if changes:
                changes.update(prep.shadow)
                changes["sort_key"] = _sort_key(record["published_at"], old["id"])
                changes = {k: v for k, v in changes.items() if old[k] != v}
        if old["withdrawn_at"] is not None and seen_at > old["withdrawn_at"]:
            changes["withdrawn_at"] = None
            changes["withdrawn_reason"] = None
        outcome: UpsertResult = "updated" if changes else "unchanged"
        if seen_at > old["last_seen_at"]:
            changes["last_seen_at"] = seen_at
        if changes:
            sets = ", ".join(f"{k} = ?" for k in changes)
            conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*changes.values(), old["id"]))
        if text_changed and "version_seen_at" in changes:
            self._link_duplicates(conn, old["id"], prep.signature, prep.band_keys)
        return outcome

    @staticmethod
    def _split_fresh(conn: sqlite3.Connection,
                     prepared: Sequence[_Prepared]) -> tuple[list[int], list[int]]:
        """Indexes of the batch's first sightings of unknown URLs, and of the rest."""
        known = {url for (url,) in conn.execute(
            "SELECT url FROM articles WHERE url IN (SELECT value FROM json_each(?))",
            (_json([p.url for p in prepared]),))}
        fresh: list[int] = []
        rest: list[int] = []
        for i, prep in enumerate(prepared):
            if prep.url in known:
                rest.append(i)
            else:
                known.add(prep.url)
                fresh.append(i)
        return fresh, rest

    def _insert_bulk(self, conn: sqlite3.Connection, prepared: Sequence[_Prepared],
                     bulk: Sequence[_Bulk]) -> None:
        """Insert new articles (ids in order after the current maximum) in one statement
        per table, then link near-duplicates exactly as one-by-one inserts would.

        The rows go in by ascending ``sort_key`` (the FTS rowid): FTS5 flushes its pending
        terms to a new segment whenever a rowid is lower than the previous one, so rows in
        crawl order (random publication dates) made a segment per article and the merges
        that follow; sorted, a batch makes a few. About 30% less writer time per article."""
        if not prepared:
            return
        base = int(conn.execute("SELECT coalesce(max(id), 0) FROM articles").fetchone()[0])
        # Signatures and bands left behind by article rows deleted by hand would collide
        # with the ids about to be used: replace them, as a one-by-one insert does.
        conn.execute("DELETE FROM article_minhash WHERE article_id > ?", (base,))
        conn.execute("DELETE FROM article_lsh WHERE article_id > ?", (base,))
        columns = ", ".join(_BULK_COLUMNS)
        values = ", ".join(f"j.value->>{i}" for i in range(len(_BULK_COLUMNS)))
        conn.execute(
            f"INSERT INTO articles (id, sort_key, version_count, {columns}) "
            f"SELECT ?1 + j.key + 1, -((j.value->>{len(_BULK_COLUMNS)}) * {_ID_SHIFT} + ?1 + "
            f"j.key + 1), 1, {values} FROM json_each(?2) j ORDER BY 2",
            (base, "[" + ",".join(b.row for b in bulk) + "]"))
        signed = [(base + k + 1, b.signature, p.band_keys)
                  for k, (p, b) in enumerate(zip(prepared, bulk, strict=True))
                  if b.signature is not None]
        if signed:
            size = len(signed[0][1] or b"")
            conn.execute(
                "INSERT INTO article_minhash(article_id, signature) "
                "SELECT j.value, substr(?2, j.key * ?3 + 1, ?3) FROM json_each(?1) j",
                (_json([a for a, _, _ in signed]), b"".join(sig or b"" for _, sig, _ in signed),
                 size))
            conn.execute(
                "INSERT OR IGNORE INTO article_lsh(band_key, article_id) "
                "SELECT k.value, j.value->>0 FROM json_each(?1) j, json_each(j.value->1) k",
                (_json([[a, keys] for a, _, keys in signed]),))
            self._link_bulk(conn, base + 1, {a: sig for a, sig, _ in signed})

    def _link_bulk(self, conn: sqlite3.Connection, first_id: int,
                   signatures: dict[int, bytes | None]) -> None:
        """Link every article from ``first_id`` on to its verified near-duplicates."""
        candidates = self._bulk_candidates(conn, first_id)
        if not candidates:
            return
        older = sorted({b for bs in candidates.values() for b in bs} - signatures.keys())
        blobs = dict(signatures)
        if older:
            blobs.update(conn.execute(
                "SELECT article_id, signature FROM article_minhash "
                "WHERE article_id IN (SELECT value FROM json_each(?))", (_json(older),)))
        for article_id in sorted(candidates):
            own = blobs[article_id]
            if own is None:
                continue
            sig = dedupe.decode(own)
            matches = [b for b in candidates[article_id] if blobs.get(b) is not None
                       and dedupe.similarity(sig, dedupe.decode(blobs[b] or b""))
                       >= dedupe.THRESHOLD]
            if matches:
                self._link_matches(conn, article_id, matches)

    def _bulk_candidates(self, conn: sqlite3.Connection,
                         first_id: int) -> dict[int, list[int]]:
        """Near-duplicate candidates of every article from ``first_id`` on, in one query.

        For each new article and band, the candidates are the ``MAX_PER_BAND`` newest older
        articles in the band, the very set a one-by-one insert would have read; an older
        article is a candidate when it is among them in ``MIN_BANDS`` bands or more. The
        scalar subquery finds the oldest of them with one primary-key range walk per
        (article, band), so a band shared by thousands of articles (boilerplate) costs at
        most ``MAX_PER_BAND`` steps per new article instead of ranking the whole band each
        batch (a window over every touched band: 34% slower at 20,000 articles, and growing
        with the archive)."""
        candidates: dict[int, list[int]] = {}
        for a, b in conn.execute(
                "SELECT a.article_id, b.article_id FROM article_lsh a JOIN article_lsh b "
                "ON b.band_key = a.band_key AND b.article_id < a.article_id "
                "AND b.article_id >= coalesce((SELECT c.article_id FROM article_lsh c "
                "WHERE c.band_key = a.band_key AND c.article_id < a.article_id "
                "ORDER BY c.article_id DESC LIMIT 1 OFFSET ?2 - 1), 0) "
                "WHERE a.article_id >= ?1 GROUP BY a.article_id, b.article_id "
                "HAVING count(*) >= ?3 ORDER BY a.article_id, b.article_id",
                (first_id, self.MAX_PER_BAND, self.MIN_BANDS)):
            found = candidates.setdefault(a, [])
            if len(found) < self.MAX_CANDIDATES:
                found.append(b)
        return candidates

    def _insert(self, conn: sqlite3.Connection, prep: _Prepared, seen_at: str,
                capture_id: int | None) -> None:
        article_id = int(conn.execute("SELECT coalesce(max(id), 0) + 1 FROM articles")
                         .fetchone()[0])
        row = {"id": article_id, "url": prep.url, **prep.record, **prep.shadow,
               "sort_key": _sort_key(prep.record["published_at"], article_id),
               "capture_id": capture_id, "first_seen_at": seen_at, "last_seen_at": seen_at,
               "version_seen_at": seen_at, "version_count": 1}
        conn.execute(f"INSERT INTO articles ({', '.join(row)}) "
                     f"VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
        self._link_duplicates(conn, article_id, prep.signature, prep.band_keys)

    @staticmethod
    def _add_version(conn: sqlite3.Connection, article: dict[str, Any], text: dict[str, Any],
                     capture_id: int | None, valid_from: str, last_seen: str,
                     valid_to: str) -> None:
        number = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM article_versions "
                              "WHERE article_id = ?", (article["id"],)).fetchone()[0]
        values = [text[c] for c in _VERSIONED_COLUMNS if c != "capture_id"]
        conn.execute(
            "INSERT INTO article_versions (article_id, version, content_hash, title, lead, body, "
            "captions, author, author_unit, published_at, updated_at, capture_id, valid_from, "
            "last_seen_at, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article["id"], number, *values, capture_id, valid_from, last_seen, valid_to))

    def _link_duplicates(self, conn: sqlite3.Connection, article_id: int,
                         sig: dedupe.Signature | None, keys: list[int]) -> None:
        if sig is None:
            conn.execute("DELETE FROM article_lsh WHERE article_id = ?", (article_id,))
            conn.execute("DELETE FROM article_minhash WHERE article_id = ?", (article_id,))
            return
        # Each band lookup is capped (newest ids first): boilerplate-heavy bands can hold
        # thousands of articles and must not make a load O(n).
        per_band = (f"SELECT * FROM (SELECT article_id FROM article_lsh WHERE band_key = ? "
                    f"ORDER BY article_id DESC LIMIT {self.MAX_PER_BAND})")
        candidates = conn.execute(
            f"SELECT m.article_id, m.signature FROM article_minhash m WHERE m.article_id IN "
            f"(SELECT article_id FROM ({' UNION ALL '.join([per_band] * len(keys))}) "
            f"WHERE article_id != ? GROUP BY article_id HAVING count(*) >= {self.MIN_BANDS} "
            f"LIMIT {self.MAX_CANDIDATES})", (*keys, article_id)).fetchall()
        _store_signature(conn, article_id, sig, keys)
        matches = [cid for cid, blob in candidates
                   if dedupe.similarity(sig, dedupe.decode(blob)) >= dedupe.THRESHOLD]
        if matches:
            self._link_matches(conn, article_id, matches)

    @staticmethod
    def _link_matches(conn: sqlite3.Connection, article_id: int, matches: list[int]) -> None:
        """Put ``article_id`` and its near-duplicates (and their clusters) in one cluster
        rooted at the earliest published member."""
        marks = ", ".join("?" * len(matches))
        members = {article_id, *matches}
        for (cluster,) in conn.execute(
                f"SELECT DISTINCT cluster_id FROM articles WHERE id IN ({marks}) "
                f"AND cluster_id IS NOT NULL", matches).fetchall():
            members.update(r[0] for r in conn.execute(
                "SELECT id FROM articles WHERE cluster_id = ?", (cluster,)))
        marks = ", ".join("?" * len(members))
        root = conn.execute(
            f"SELECT id FROM articles WHERE id IN ({marks}) ORDER BY published_at IS NULL, "
            f"published_at, first_seen_at, id LIMIT 1", tuple(members)).fetchone()[0]
        conn.execute(
            f"UPDATE articles SET cluster_id = ?, duplicate_of = CASE WHEN id = ? THEN NULL "
            f"ELSE ? END WHERE id IN ({marks}) AND (cluster_id IS NOT ? OR duplicate_of IS NOT "
            f"(CASE WHEN id = ? THEN NULL ELSE ? END))",
            (root, root, root, *members, root, root, root))
        logger.debug("article %d linked to near-duplicate cluster %d", article_id, root)
