"""Many articles at a time: batched inserts, with the preparation in a helper thread.

A batch's URLs new to the archive go in with a few statements over ``json_each`` (articles
and both FTS indexes through their triggers, signatures, LSH bands, near-duplicate
candidates); URLs already archived, and a URL's repeats within the batch, take the
one-by-one path of :mod:`archiver.store.upsert` with its revision logic. The outcome of each
record is the one ``upsert`` would have given (tested).
"""

from __future__ import annotations

import sqlite3
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import AbstractContextManager
from dataclasses import dataclass

from archiver import dedupe
from archiver.models import Article
from archiver.store import rows, upsert
from archiver.store.clusters import Limits, link_bulk
from archiver.store.rows import ID_SHIFT, RECORD_COLUMNS, SHADOW_COLUMNS, LoadItem, Prepared
from archiver.store.schema import next_article_id

__all__ = ["Ready", "prepare_batch", "upsert_many", "write_batch"]

#: The columns a bulk insert takes from each row's JSON array, in this order (id, sort_key
#: and version_count are computed in SQL).
BULK_COLUMNS = ("url", *RECORD_COLUMNS, *SHADOW_COLUMNS, "capture_id", "first_seen_at",
                "last_seen_at", "version_seen_at")

Transaction = Callable[[], AbstractContextManager[sqlite3.Connection]]

#: SQLite's page cache during :func:`upsert_many`, KiB (pages are taken as they are used, so
#: a small load takes little). A batch writes into a dozen indexes with keys in no order
#: (URLs, publication times, LSH bands): once those outgrow the cache, every batch reads
#: and rewrites most of their pages. 1 GiB holds them to ~1,000,000 articles.
BULK_CACHE_KIB = 1 << 20


#: Columns of ``BULK_COLUMNS`` that hold integers (or NULL); every other one holds text.
_INT_COLUMNS = frozenset({"year", "capture_id"})
#: Width of each number in a row's head (see :class:`_Bulk`): offsets, lengths, integers;
#: 20 holds any SQLite integer (19 digits and a sign).
_W = 20


@dataclass(slots=True)
class _Bulk:
    """A prepared record as one bulk-insert row, built off the writer thread.

    ``text`` is the UTF-8 of the row's text columns one after the other; ``head`` their
    offsets and lengths in it, then the integer columns and the sort epoch, as fixed-width
    decimal numbers (-1 for NULL). SQL reads a value with ``substr`` and ``CAST``: a JSON
    array per row cost ~55 µs per article in ``->>`` lookups alone, this ~25."""

    head: str
    text: bytes
    epoch: int
    signature: bytes | None


Ready = tuple[list[Prepared], list[_Bulk]]


def _row(values: Sequence[str | int | None], epoch: int) -> tuple[str, bytes]:
    """(head, text) of one row's ``BULK_COLUMNS`` values (see :class:`_Bulk`)."""
    head: list[int] = []
    parts: list[bytes] = []
    at = 0
    for is_int, value in zip(_IS_INT, values, strict=True):
        if is_int:
            head.append(-1 if value is None else int(value))
        elif value is None:
            head += (-1, 0)
        else:
            data = str(value).encode("utf-8")
            head += (at, len(data))
            parts.append(data)
            at += len(data)
    head.append(epoch)
    return _HEAD_FORMAT % tuple(head), b"".join(parts)


_IS_INT = tuple(name in _INT_COLUMNS for name in BULK_COLUMNS)
#: every number of a head, formatted in one call
_HEAD_FORMAT = f"%0{_W}d" * (sum(1 if i else 2 for i in _IS_INT) + 1)


def _number(i: int) -> str:
    """SQL of the ``i``-th number of a row's head (after its text offset and position)."""
    return f"CAST(substr(j.value, {(i + 2) * _W + 1}, {_W}) AS INTEGER)"


def _columns_sql() -> tuple[str, str, str]:
    """SQL of the ``BULK_COLUMNS`` values, of the sort epoch and of the row's position,
    read from a row ``j`` of :func:`_insert` whose ``value`` is ``<where its text starts in
    ?2><its position k><its head>``."""
    start = f"CAST(substr(j.value, 1, {_W}) AS INTEGER)"
    out: list[str] = []
    i = 0
    for name in BULK_COLUMNS:
        if name in _INT_COLUMNS:
            out.append(f"nullif({_number(i)}, -1)")
            i += 1
        else:
            out.append(f"CAST(substr(?2, {start} + nullif({_number(i)}, -1) + 1, "
                       f"{_number(i + 1)}) AS TEXT)")
            i += 2
    position = f"CAST(substr(j.value, {_W + 1}, {_W}) AS INTEGER)"
    return ", ".join(out), _number(i), position


_VALUES_SQL, _EPOCH_SQL, _POSITION_SQL = _columns_sql()


def prepare_batch(items: Sequence[LoadItem]) -> Ready:
    """Everything about a batch that needs no database (runs in the helper thread)."""
    prepared = [rows.prepare(item.article, item.site) for item in items]
    bulk = []
    for item, prep in zip(items, prepared, strict=True):
        epoch = rows.epoch_seconds(prep.record["published_at"])
        values = [prep.url, *(prep.record[c] for c in RECORD_COLUMNS),
                  *(prep.shadow[c] for c in SHADOW_COLUMNS), item.capture_id,
                  item.seen_at, item.seen_at, item.seen_at]
        head, text = _row(values, epoch)
        bulk.append(_Bulk(head, text, epoch,
                          dedupe.encode(prep.signature) if prep.signature is not None
                          else None))
    return prepared, bulk


def write_batch(transaction: Transaction, batch: Sequence[LoadItem], ready: Ready,
                limits: Limits) -> list[upsert.UpsertResult]:
    """Write one prepared batch in one transaction; each record's outcome, in order."""
    prepared, bulk = ready
    outcomes: list[upsert.UpsertResult] = ["new"] * len(batch)
    with transaction() as conn:
        fresh, rest = _split_fresh(conn, prepared, [item.aliases for item in batch])
        if fresh:
            _insert(conn, [prepared[i] for i in fresh], [bulk[i] for i in fresh], limits)
            _add_urls(conn, [batch[i] for i in fresh], [prepared[i] for i in fresh])
        for i in rest:
            item = batch[i]
            outcomes[i] = upsert.upsert(conn, prepared[i], item.seen_at, item.capture_id,
                                        limits, item.aliases, item.canonical)
    return outcomes


def _add_urls(conn: sqlite3.Connection, items: Sequence[LoadItem],
              prepared: Sequence[Prepared]) -> None:
    """The URLs of freshly inserted articles: each one's own, then its aliases."""
    found = dict(conn.execute("SELECT url, id FROM articles WHERE url IN "
                              "(SELECT value FROM json_each(?))",
                              (rows.to_json([p.url for p in prepared]),)).fetchall())
    pairs = [(p.url, found[p.url], item.site, item.seen_at, "primary")
             for item, p in zip(items, prepared, strict=True)]
    pairs += [(alias, found[p.url], item.site, item.seen_at, "redirect or alias")
              for item, p in zip(items, prepared, strict=True)
              for alias in item.aliases if alias != p.url]
    conn.executemany("INSERT OR IGNORE INTO article_urls (url, article_id, site, "
                     "first_seen_at, how) VALUES (?, ?, ?, ?, ?)", pairs)
    for item, p in zip(items, prepared, strict=True):
        upsert.prefer_canonical(conn, found[p.url], item.canonical)


def upsert_many(transaction: Transaction, items: Iterable[LoadItem | tuple[Article, str, str]],
                batch_size: int, limits: Limits) -> Counter[str]:
    """Upsert many records in transactions of ``batch_size``; counts by outcome.

    The database-free work of the next batch (normalising, search keys, MinHash, the rows
    as JSON) runs in a helper thread while this one writes the current batch. The bulk
    statements keep SQLite busy for long stretches with the GIL released, so the two
    threads really overlap; a row-by-row write would hand the GIL back and forth on every
    statement and run no faster than one thread. Batches are written in order, each in one
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

    # The writer gets the GIL back within a millisecond of each long statement instead
    # of the default 5 ms (the helper thread is busy in Python all the while).
    interval = sys.getswitchinterval()
    sys.setswitchinterval(min(interval, 0.001))
    with transaction() as conn:
        cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    _set_cache(transaction, min(cache, -BULK_CACHE_KIB) if cache < 0 else cache)
    try:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="archiver-prepare") as pool:
            pending: tuple[list[LoadItem], Future[Ready]] | None = None
            for batch in batches():
                ahead = (batch, pool.submit(prepare_batch, batch))
                if pending is not None:
                    counts.update(write_batch(transaction, pending[0], pending[1].result(),
                                              limits))
                pending = ahead
            if pending is not None:
                counts.update(write_batch(transaction, pending[0], pending[1].result(),
                                          limits))
    finally:
        sys.setswitchinterval(interval)
        _set_cache(transaction, cache)
    return counts


def _set_cache(transaction: Transaction, size: int) -> None:
    with transaction() as conn:
        conn.execute(f"PRAGMA cache_size = {int(size)}")


def _split_fresh(conn: sqlite3.Connection, prepared: Sequence[Prepared],
                 aliases: Sequence[tuple[str, ...]]) -> tuple[list[int], list[int]]:
    """Indexes of the batch's surely new articles (bulk inserts), and of the rest (one by
    one): a URL the archive knows, a headline its site already has (the same article under
    another URL, perhaps), a URL or headline seen earlier in the batch, and a page an
    archived article's address redirected to (moved, or another article now)."""
    urls = [p.url for p in prepared] + [a for these in aliases for a in these]
    known = {url for (url,) in conn.execute(
        "SELECT url FROM article_urls WHERE url IN (SELECT value FROM json_each(?))",
        (rows.to_json(urls),))}
    keys = [p.record["same_key"] for p in prepared if p.record["same_key"]]
    known |= {key for (key,) in conn.execute(
        "SELECT DISTINCT same_key FROM articles WHERE same_key IN "
        "(SELECT value FROM json_each(?))", (rows.to_json(keys),))}
    fresh: list[int] = []
    rest: list[int] = []
    for i, prep in enumerate(prepared):
        key = prep.record["same_key"]
        if prep.url in known or (key is not None and key in known) or \
                any(alias in known for alias in aliases[i]):
            rest.append(i)
        else:
            fresh.append(i)
        known.add(prep.url)
        if key is not None:
            known.add(key)
    return fresh, rest


def _insert(conn: sqlite3.Connection, prepared: Sequence[Prepared], bulk: Sequence[_Bulk],
            limits: Limits) -> None:
    """Insert new articles (ids in order after the current maximum) in one statement per
    table, then link near-duplicates exactly as one-by-one inserts would.

    The rows go in by ascending ``sort_key`` (the FTS rowid): FTS5 flushes its pending
    terms to a new segment whenever a rowid is lower than the previous one, so rows in
    crawl order (random publication dates) made a segment per article and the merges
    that follow; sorted, a batch makes a few. About 30% less writer time per article."""
    if not prepared:
        return
    base = next_article_id(conn) - 1   # (past a merged row's id too: never given again)
    # Signatures and bands left behind by article rows deleted by hand would collide
    # with the ids about to be used: replace them, as a one-by-one insert does.
    conn.execute("DELETE FROM article_minhash WHERE article_id > ?", (base,))
    conn.execute("DELETE FROM article_lsh WHERE article_id > ?", (base,))
    # Rows in sort_key order (epoch descending, then id descending), each head prefixed
    # with where the row's text starts in the batch's text and its position k in the
    # batch (its id is base + k + 1, ids being given in the batch's order).
    order = sorted(range(len(bulk)), key=lambda k: (-bulk[k].epoch, -k))
    heads: list[str] = []
    at = 0
    for k in order:
        heads.append(f'"{at:0{_W}d}{k:0{_W}d}{bulk[k].head}"')
        at += len(bulk[k].text)
    row_id = f"?3 + {_POSITION_SQL} + 1"
    conn.execute(
        f"INSERT INTO articles (id, sort_key, version_count, {', '.join(BULK_COLUMNS)}) "
        f"SELECT {row_id}, -({_EPOCH_SQL} * {ID_SHIFT} + {row_id}), 1, {_VALUES_SQL} "
        f"FROM json_each(?1) j",
        ("[" + ",".join(heads) + "]", b"".join(bulk[k].text for k in order), base))
    signed = [(base + k + 1, b.signature, p.band_keys)
              for k, (p, b) in enumerate(zip(prepared, bulk, strict=True))
              if b.signature is not None]
    if signed:
        size = len(signed[0][1] or b"")
        conn.execute(
            "INSERT INTO article_minhash(article_id, signature) "
            "SELECT j.value, substr(?2, j.key * ?3 + 1, ?3) FROM json_each(?1) j",
            (rows.to_json([a for a, _, _ in signed]),
             b"".join(sig or b"" for _, sig, _ in signed), size))
        # in key order: each page of the band index is visited once per batch, in turn
        conn.execute(
            "INSERT OR IGNORE INTO article_lsh(band_key, article_id) "
            "SELECT k.value, j.value->>0 FROM json_each(?1) j, json_each(j.value->1) k "
            "ORDER BY 1, 2", (rows.to_json([[a, keys] for a, _, keys in signed]),))
        link_bulk(conn, base + 1, {a: sig for a, sig, _ in signed}, limits)
