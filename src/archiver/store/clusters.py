"""Near-duplicate clusters: MinHash signatures, LSH bands and the links between copies.

Every article's signature goes into ``article_minhash`` and its band keys into
``article_lsh``; candidates are articles sharing at least ``min_bands`` bands among the
``max_per_band`` newest of each band, and a candidate whose estimated Jaccard similarity
reaches :data:`archiver.dedupe.THRESHOLD` joins the article's cluster. A cluster is rooted at
its earliest published member (``cluster_id``; the others carry ``duplicate_of``).
"""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from archiver import dedupe

__all__ = ["Limits", "bulk_candidates", "link_bulk", "link_matches", "link_one",
           "store_signature"]

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Limits:
    """Bounds on candidate search, so boilerplate-heavy bands never make a load O(n)."""

    max_candidates: int = 200
    # articles read per LSH band key: only a band shared by more (boilerplate by then) is
    # cut; 256 cost a third of a 200,000-article load and found the same copies (see
    # docs/performance.md, issue 20 part 4)
    max_per_band: int = 64
    min_bands: int = 2          # bands two articles must share before signatures are compared


def _json(value: object) -> str:
    return json.dumps(value, separators=(",", ":"))


def store_signature(conn: sqlite3.Connection, article_id: int, sig: dedupe.Signature,
                    keys: Sequence[int] | None = None) -> None:
    conn.execute("INSERT OR REPLACE INTO article_minhash(article_id, signature) VALUES (?, ?)",
                 (article_id, dedupe.encode(sig)))
    conn.execute("DELETE FROM article_lsh WHERE article_id = ?", (article_id,))
    conn.executemany("INSERT OR IGNORE INTO article_lsh(band_key, article_id) VALUES (?, ?)",
                     [(key, article_id) for key in (keys or dedupe.band_keys(sig))])


def link_one(conn: sqlite3.Connection, article_id: int, sig: dedupe.Signature | None,
             keys: list[int], limits: Limits) -> None:
    """Store one article's signature and link it to its verified near-duplicates."""
    if sig is None:
        conn.execute("DELETE FROM article_lsh WHERE article_id = ?", (article_id,))
        conn.execute("DELETE FROM article_minhash WHERE article_id = ?", (article_id,))
        return
    # Each band lookup is capped (newest ids first): boilerplate-heavy bands can hold
    # thousands of articles and must not make a load O(n).
    per_band = (f"SELECT * FROM (SELECT article_id FROM article_lsh WHERE band_key = ? "
                f"ORDER BY article_id DESC LIMIT {limits.max_per_band})")
    candidates = conn.execute(
        f"SELECT m.article_id, m.signature FROM article_minhash m WHERE m.article_id IN "
        f"(SELECT article_id FROM ({' UNION ALL '.join([per_band] * len(keys))}) "
        f"WHERE article_id != ? GROUP BY article_id HAVING count(*) >= {limits.min_bands} "
        f"LIMIT {limits.max_candidates})", (*keys, article_id)).fetchall()
    store_signature(conn, article_id, sig, keys)
    matches = [cid for cid, blob in candidates
               if dedupe.similarity(sig, dedupe.decode(blob)) >= dedupe.THRESHOLD]
    if matches:
        link_matches(conn, article_id, matches)


def link_matches(conn: sqlite3.Connection, article_id: int, matches: list[int]) -> None:
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
    log.debug("article %d linked to near-duplicate cluster %d", article_id, root)


def bulk_candidates(conn: sqlite3.Connection, first_id: int,
                    limits: Limits) -> dict[int, list[int]]:
    """Near-duplicate candidates of every article from ``first_id`` on, in one query.

    For each new article and band, the candidates are the ``max_per_band`` newest older
    articles in the band, the very set a one-by-one insert would have read; an older
    article is a candidate when it is among them in ``min_bands`` bands or more. The
    scalar subquery finds the oldest of them with one primary-key range walk per
    (article, band), so a band shared by thousands of articles (boilerplate) costs at
    most ``max_per_band`` steps per new article instead of ranking the whole band each
    batch (a window over every touched band: 34% slower at 20,000 articles, and growing
    with the archive)."""
    candidates: dict[int, list[int]] = {}
    # The batch's (band, article) pairs are walked in band order, so that the lookups of
    # one batch visit each page of the band index once, in turn, not at random.
    for a, b in conn.execute(
            "WITH a AS MATERIALIZED (SELECT band_key, article_id FROM article_lsh "
            "WHERE article_id >= ?1 ORDER BY band_key, article_id) "
            "SELECT a.article_id, b.article_id FROM a JOIN article_lsh b "
            "ON b.band_key = a.band_key AND b.article_id < a.article_id "
            "AND b.article_id >= coalesce((SELECT c.article_id FROM article_lsh c "
            "WHERE c.band_key = a.band_key AND c.article_id < a.article_id "
            "ORDER BY c.article_id DESC LIMIT 1 OFFSET ?2 - 1), 0) "
            "GROUP BY a.article_id, b.article_id "
            "HAVING count(*) >= ?3 ORDER BY a.article_id, b.article_id",
            (first_id, limits.max_per_band, limits.min_bands)):
        found = candidates.setdefault(a, [])
        if len(found) < limits.max_candidates:
            found.append(b)
    return candidates


def link_bulk(conn: sqlite3.Connection, first_id: int, signatures: dict[int, bytes | None],
              limits: Limits) -> None:
    """Link every article from ``first_id`` on to its verified near-duplicates."""
    candidates = bulk_candidates(conn, first_id, limits)
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
            link_matches(conn, article_id, matches)
