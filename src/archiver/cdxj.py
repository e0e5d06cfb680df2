"""The CDXJ index of the capture files: what replay tools (pywb, …) look captures up in.

Each WARC file ``<name>.warc.gz`` of a capture directory gets a sorted index
``indexes/<name>.cdxj`` made by cdxj-indexer, one line per response or revisit record::

    <SURT url key> <14-digit UTC timestamp> {"url": …, "mime": …, "status": …,
        "digest": "sha1:…", "length": …, "offset": …, "filename": "<name>.warc.gz"}

POST captures (postback pagers) are keyed with their form appended, as pywb expects, so a
GET of the same URL never replays a POST answer. pywb merges every ``*.cdxj`` of a
directory, so the ``indexes/`` folder beside the WARC files is a ready index
(``docs/replay.md``).

An index is *stale* when it is missing or older than its WARC file. A crawl indexes a file
when it rotates to the next one, and at its end every stale file (a killed run's files
included, so they are indexed at the end of the next run); ``archiver index-captures``
brings the indexes up to date on demand, or rebuilds them all. Each index is written to a
temporary file and renamed into place: a reader never sees half an index.

The crawler indexes in its own process (a child process would need more memory in all, a
Python of its own): cdxj-indexer is imported only when a file needs indexing (~13 MB), and
sorts at most :data:`SORT_BUFFER` characters of lines in memory.
"""

from __future__ import annotations

import logging
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from archiver.errors import StorageError

__all__ = ["INDEX_DIR", "IndexReport", "index_path", "is_stale", "update_indexes",
           "write_index"]

log = logging.getLogger(__name__)

#: The folder, inside a capture directory, holding one ``.cdxj`` per WARC file.
INDEX_DIR = "indexes"
#: The records indexed (requests and warcinfo are not looked up by replay).
RECORDS = "response,revisit,resource,metadata"
#: Index lines (characters) sorted in memory; beyond, cdxj-indexer sorts runs in temporary
#: files and merges them, so indexing a 256 MiB WARC file costs a crawl little memory.
SORT_BUFFER = 2 * 1024 * 1024


@dataclass
class IndexReport:
    indexed: list[Path] = field(default_factory=list)     # the WARC files (re)indexed
    current: int = 0                                      # files whose index was up to date
    lines: int = 0                                        # lines written
    failed: list[str] = field(default_factory=list)      # "<file>: <error>"
    removed: list[Path] = field(default_factory=list)    # indexes of WARC files now gone


def index_path(warc: Path) -> Path:
    """Where the index of ``warc`` lives: ``<dir>/indexes/<name>.cdxj``."""
    name = warc.name.removesuffix(".gz").removesuffix(".warc")
    return warc.parent / INDEX_DIR / f"{name}.cdxj"


def is_stale(warc: Path) -> bool:
    """The index of ``warc`` is missing, or older than the file."""
    index = index_path(warc)
    try:
        return index.stat().st_mtime_ns < warc.stat().st_mtime_ns
    except FileNotFoundError:
        return True


def write_index(warc: Path, sort_buffer: int = SORT_BUFFER) -> int:
    """(Re)write the sorted CDXJ index of ``warc``; returns its number of lines."""
    from cdxj_indexer.main import CDXJIndexer
    from warcio.exceptions import ArchiveLoadFailed

    index = index_path(warc)
    tmp = index.with_name(f".{index.name}.tmp")
    try:
        index.parent.mkdir(exist_ok=True)
        with open(tmp, "w", encoding="utf-8") as out:
            # records= always: importing wacz widens the indexer's default records for the
            # whole process
            CDXJIndexer(out, [str(warc)], sort=True, post_append=True, records=RECORDS,
                        max_sort_buff_size=sort_buffer).process_all()
        os.replace(tmp, index)
    except (OSError, ArchiveLoadFailed, EOFError, ValueError, zlib.error) as exc:
        tmp.unlink(missing_ok=True)
        reason = getattr(exc, "strerror", None) or exc
        raise StorageError(f"cannot index {warc}: {reason}") from None
    with open(index, "rb") as fh:
        return sum(1 for _ in fh)


def update_indexes(directory: Path, *, rebuild: bool = False) -> IndexReport:
    """Index every WARC file of ``directory`` whose index is stale (all with ``rebuild``),
    and remove indexes whose WARC file is gone. A file that cannot be read is reported and
    skipped; the others are indexed."""
    report = IndexReport()
    warcs = sorted(directory.glob("*.warc.gz")) if directory.is_dir() else []
    for warc in warcs:
        if not rebuild and not is_stale(warc):
            report.current += 1
            continue
        try:
            report.lines += write_index(warc)
        except StorageError as exc:
            log.warning("%s", exc)
            report.failed.append(f"{warc.name}: {exc}")
            continue
        report.indexed.append(warc)
    kept = {index_path(warc) for warc in warcs}
    for orphan in sorted((directory / INDEX_DIR).glob("*.cdxj")):
        if orphan not in kept:   # its WARC file is gone: replay would fail on its lines
            orphan.unlink(missing_ok=True)
            report.removed.append(orphan)
    if report.indexed:
        log.info("indexed %d capture file(s) in %s", len(report.indexed), directory)
    return report
