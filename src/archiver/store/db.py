"""The one door to an archive file: open it (read-only or read-write), run its migrations,
and group writes with :func:`atomic`.

Every module that touches the database gets its connection from here:

* :func:`open_archive` — ``mode="read"`` opens read-only (``mode=ro``, falling back to
  ``immutable=1`` on read-only media) and writes nothing, not even a WAL or a table;
  ``mode="write"`` opens an existing archive read-write and brings its schema up to date;
  ``mode="create"`` may also create a new archive (``crawl`` and ``demo`` only). A file that
  is not an archive is refused with a one-line :class:`StorageError` and never altered.
* :func:`atomic` — a transaction (``BEGIN IMMEDIATE``), or a savepoint when one is open;
  a rollback is skipped when the error already destroyed the transaction (as sqlite-utils'
  ``Database.atomic`` does); SQLite's errors come out as :class:`StorageError`, or as its
  subclass :class:`RecordError` when a constraint refused one record.
* :func:`reading` — borrow an open connection, or open a path read-only for one block.
* :func:`capture_dir_for` — where an archive keeps its WARC files.

Connections are always in autocommit mode (``isolation_level=None``): nothing opens a
transaction behind the caller's back, and only :func:`atomic` (or the crawler's explicit
commit rhythm built on it) groups statements.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any, Literal
from urllib.parse import quote

import sqlite_utils

from archiver.errors import RecordError, StorageError
from archiver.store.schema import COMPONENT, MIGRATIONS, SCHEMA_VERSION

__all__ = [
    "PAGE_SIZE",
    "Mode",
    "atomic",
    "capture_dir_for",
    "execute",
    "is_storage_error",
    "migrate",
    "open_archive",
    "reading",
    "schema_version",
    "storage_error",
]

log = logging.getLogger(__name__)

Mode = Literal["read", "write", "create"]
Connectable = sqlite_utils.Database | sqlite3.Connection | str | Path

#: Page size of a newly created archive file (SQLite's default is 4096; an existing file
#: keeps its own). Articles run to ~10 KB with their search columns, so on 4 KB pages most
#: rows spill into overflow chains; 16 KB pages load ~7% faster at the same search latency
#: (store benchmark, 20,000 articles).
PAGE_SIZE = 16384
#: Page cache of a read-write connection, KiB (FTS segment merges of bulk loads want it).
DEFAULT_CACHE_KIB = 65536
_savepoints = itertools.count(1)


def capture_dir_for(db_path: Path | str) -> Path:
    """Where a database keeps its WARC files: ``<dir>/captures/<db stem>/``."""
    db_path = Path(db_path)
    return db_path.parent / "captures" / db_path.stem


# -- errors ---------------------------------------------------------------------------------
def is_storage_error(exc: BaseException) -> bool:
    """A fault of the file or the disk (full, read-only, locked, corrupt), as opposed to a
    record the schema refuses (IntegrityError, DataError)."""
    return isinstance(exc, sqlite3.Error) and not isinstance(
        exc, sqlite3.IntegrityError | sqlite3.DataError)


def storage_error(exc: sqlite3.Error, where: str) -> StorageError:
    """Our error for an SQLite error: :class:`RecordError` when one record was refused,
    else :class:`StorageError`."""
    kind = StorageError if is_storage_error(exc) else RecordError
    return kind(f"{where}: {exc}")


def execute(conn: sqlite3.Connection, sql: str, params: Sequence[Any] = (), *,
            where: str) -> sqlite3.Cursor:
    """One statement; a fault of the file or the disk comes out as :class:`StorageError`
    naming ``where`` (a record the schema refuses is raised as SQLite raised it)."""
    try:
        return conn.execute(sql, params)
    except sqlite3.Error as exc:
        if is_storage_error(exc):
            raise storage_error(exc, where) from None
        raise


# -- transactions ---------------------------------------------------------------------------
@contextlib.contextmanager
def atomic(conn: sqlite3.Connection, where: str = "archive write failed"
           ) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE … COMMIT``, or a named savepoint inside an open transaction.

    On an exception the work is rolled back (unless the error already ended the
    transaction) and re-raised; SQLite storage errors come out as :class:`StorageError`.
    """
    nested = conn.in_transaction
    name = f"archiver_{next(_savepoints)}"
    try:
        conn.execute(f"SAVEPOINT {name}" if nested else "BEGIN IMMEDIATE")
    except sqlite3.Error as exc:
        raise storage_error(exc, where) from None
    try:
        yield conn
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                if nested:   # one statement per execute(): sqlite3 refuses two
                    conn.execute(f"ROLLBACK TO {name}")
                    conn.execute(f"RELEASE {name}")
                else:
                    conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise storage_error(exc, where) from None
        raise
    try:
        conn.execute(f"RELEASE {name}" if nested else "COMMIT")
    except sqlite3.Error as exc:
        if not nested and conn.in_transaction:
            with contextlib.suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise storage_error(exc, where) from None


# -- schema ---------------------------------------------------------------------------------
def schema_version(conn: sqlite3.Connection) -> int:
    """The archive's schema version; 0 for a file with no ``schema_migrations`` table."""
    if conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' "
                    "AND name = 'schema_migrations'").fetchone() is None:
        return 0
    row = conn.execute("SELECT max(version) FROM schema_migrations WHERE component = ?",
                       (COMPONENT,)).fetchone()
    return int(row[0] or 0)


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Apply pending migrations up to ``target``, each in its own transaction; returns the
    resulting version. Refuses an archive newer than this archiver."""
    try:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS schema_migrations (component TEXT NOT NULL, "
            "version INTEGER NOT NULL, name TEXT NOT NULL, applied_at TEXT NOT NULL, "
            "PRIMARY KEY (component, version))")
        current = schema_version(conn)
    except sqlite3.Error as exc:
        raise storage_error(exc, "cannot read the archive schema") from None
    if current > SCHEMA_VERSION:
        raise StorageError(
            f"archive schema version {current} is newer than this archiver supports "
            f"({SCHEMA_VERSION}); upgrade archiver to open it")
    from archiver.clock import utc_now  # stdlib only; late to keep this module's imports short

    for version, name, apply in MIGRATIONS:
        if current < version <= target:
            with atomic(conn, "cannot migrate the archive") as tx:
                apply(tx)
                tx.execute("INSERT INTO schema_migrations VALUES (?, ?, ?, ?)",
                           (COMPONENT, version, name, utc_now()))
            log.info("archive schema migrated to v%d (%s)", version, name)
            current = version
    return current


# -- opening --------------------------------------------------------------------------------
def _is_archive(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name IN "
                        "('schema_migrations', 'articles')").fetchone() is not None


def _has_tables(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is not None


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.absolute()))}?{query}"


def _connect_read(path: Path) -> sqlite3.Connection:
    """Read-only; on read-only media (no -shm can be made) the file is opened immutable."""
    last: sqlite3.Error | None = None
    for params in ({"mode": "ro"}, {"mode": "ro", "immutable": "1"}):
        try:
            conn = sqlite3.connect(_uri(path, **params), uri=True, isolation_level=None,
                                   check_same_thread=False)
            conn.execute("PRAGMA busy_timeout = 5000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return conn
        except sqlite3.Error as exc:
            last = exc
    raise storage_error(last or sqlite3.Error("cannot open"), f"{path}: cannot open archive")


def open_archive(path: Path | str, *, mode: Mode = "write",
                 cache_kib: int = DEFAULT_CACHE_KIB, parents: bool = True
                 ) -> sqlite_utils.Database:
    """Open the archive at ``path`` (see the module docstring for the modes); ``parents``:
    whether ``create`` may make the missing directories above it."""
    path = Path(path)
    if mode != "create" and not path.exists():
        raise StorageError(f"{path}: no such archive (run `archiver crawl --db {path}` "
                           "first)")
    if mode == "read":
        _refuse_foreign(path, mode)
        conn = _connect_read(path)
        try:
            if not _is_archive(conn):
                raise StorageError(f"{path}: not an archiver database (no archive tables); "
                                   "nothing was changed")
        except sqlite3.Error as exc:
            conn.close()
            raise storage_error(exc, f"{path}: not an archiver database") from None
        except StorageError:
            conn.close()
            raise
        return sqlite_utils.Database(conn)
    if path.exists():
        _refuse_foreign(path, mode)   # judged read-only: a foreign file is never opened rw
    try:
        if mode == "create" and parents:
            path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    except (sqlite3.Error, OSError) as exc:
        raise StorageError(f"{path}: cannot open database: {exc}{_unwritable(path)}") from None
    try:
        if not _is_archive(conn) and (mode != "create" or _has_tables(conn)):
            raise StorageError(f"{path}: not an archiver database (it holds other tables); "
                               "nothing was changed")
        conn.execute(f"PRAGMA page_size = {PAGE_SIZE}")  # takes effect on a new file only
        conn.execute("PRAGMA journal_mode = wal")
        conn.execute("PRAGMA synchronous = normal")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute(f"PRAGMA cache_size = -{cache_kib}")
        migrate(conn)
    except sqlite3.Error as exc:
        conn.close()
        raise storage_error(exc, f"{path}: cannot open database{_unwritable(path)}") from None
    except StorageError:
        conn.close()
        raise
    return sqlite_utils.Database(conn)


def _unwritable(path: Path) -> str:
    """Why a database cannot be written, when its file or directory says so (read-only
    media, no permission): "" when they do not."""
    folder = path.parent if str(path.parent) else Path(".")
    if path.exists() and not os.access(path, os.W_OK):
        return " (the file is read-only)"
    if folder.exists() and not os.access(folder, os.W_OK):
        return (f" (its directory {folder} is read-only or not writable: the archive needs "
                "to write its journal beside it)")
    return ""


def _refuse_foreign(path: Path, mode: Mode) -> None:
    """Refuse, before opening it for real, a file that is not an archive: not SQLite at all,
    or SQLite with tables of its own (``create`` accepts an empty database).

    The file is looked at ``immutable`` first, which creates nothing beside it (a ``mode=ro``
    open of a WAL database leaves ``-wal`` and ``-shm`` files); only when that shows no
    archive while a WAL file is there (an archive whose tables are still in its WAL) is it
    looked at again through the WAL."""
    if path.stat().st_size == 0:
        if mode == "create":
            return
        raise StorageError(f"{path}: not an archiver database (an empty file); nothing was "
                           "changed")
    wal = Path(f"{path}-wal")
    tables = False
    for params in ({"mode": "ro", "immutable": "1"}, {"mode": "ro"}):
        try:
            probe = sqlite3.connect(_uri(path, **params), uri=True, isolation_level=None)
        except sqlite3.Error as exc:
            raise storage_error(exc, f"{path}: cannot open archive") from None
        try:
            if _is_archive(probe):
                return
            tables = _has_tables(probe)
        except sqlite3.Error as exc:
            raise storage_error(exc, f"{path}: not an archiver database") from None
        finally:
            probe.close()
        if tables or not (wal.exists() and wal.stat().st_size > 0):
            break
    if mode == "create" and not tables:
        return   # an empty database becomes an archive
    kind = "no archive tables" if mode == "read" else "it holds other tables"
    raise StorageError(f"{path}: not an archiver database ({kind}); nothing was changed")


@contextlib.contextmanager
def reading(db: Connectable) -> Iterator[sqlite3.Connection]:
    """A connection to read from: ``db`` itself when it is already open (borrowed, left
    open), else the archive at that path opened read-only for the block."""
    if isinstance(db, sqlite_utils.Database):
        yield db.conn
        return
    if isinstance(db, sqlite3.Connection):
        yield db
        return
    opened = open_archive(db, mode="read")
    try:
        yield opened.conn
    finally:
        opened.close()
