"""bm25 for relevance order, scored here from what the window's own rows give.

FTS5's ``bm25()`` spends nearly all its time before its first row: the document frequency
of each phrase of the query (its IDF), counted by a walk over every match of that phrase in
the whole index. At 1,000,000 articles that is 25-50 ms per common word and 300 ms or more
for a phrase of common words, however few rows are ranked. This module computes the same
formula (FTS5's: k1 1.2, b 0.75, the column weights of :data:`COLUMN_WEIGHTS`) for the rows
of a window, from:

* each phrase's instances in each column: FTS5's own ``highlight()`` marks (the positions
  FTS5 matched, so phrases, prefixes, ``OR`` and ``NOT`` count as ``bm25()`` counts them);
* each row's length in tokens: the index's ``docsize`` record;
* the index's row count and average length: its averages record (``_data`` row 1);
* each phrase's document frequency: counted among the index's newest :data:`IDF_SAMPLE`
  rows and scaled to the whole (exact when the index is smaller), and not counted at all
  when the query has a single phrase (the IDF is then a constant factor of every score).

With exact document frequencies the scores are ``bm25()``'s (tests compare them). Each row
ranked costs a read of its text, which ``highlight()`` tokenizes (~20 µs, against ~3 µs for
``bm25()`` once its frequencies are counted), so the window is kept small.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

__all__ = ["COLUMN_WEIGHTS", "IDF_SAMPLE", "Phrase", "Ranked", "rank_window"]

#: bm25 weights of the indexed columns: title, body, meta (captions, byline, tags).
COLUMN_WEIGHTS = (10.0, 1.0, 3.0)
#: Newest rows of an index whose matches estimate a phrase's document frequency.
IDF_SAMPLE = 10_000

_K1, _B = 1.2, 0.75          # FTS5's bm25 constants
_OPEN, _CLOSE = "\x01", "\x02"
_SPAN = re.compile(f"{_OPEN}([^{_CLOSE}]*){_CLOSE}")
#: A token as FTS5's unicode61 tokenizer cuts one: letters and digits (``_`` separates).
_TOKEN = re.compile(r"[^\W_]+")

Run = Callable[[str, list[object]], list[tuple[Any, ...]]]


@dataclass(frozen=True, slots=True)
class Phrase:
    """One phrase of a query as an index sees it: its FTS5 expression (to count its
    matches) and its tokens, lower case as the tokenizer leaves them."""

    fts: str
    tokens: tuple[str, ...]
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Ranked:
    """A window ranked: its rowids best first (those ``keep`` refused left out) with their
    scores (bm25, higher is better: ``bm25()`` gives the same negated), and the rowid of its
    oldest match when the window is full (the edge older matches follow)."""

    rowids: list[int]
    scores: list[float]
    edge: int | None


def tokens(text: str) -> tuple[str, ...]:
    """``text`` cut into tokens as the index cuts it, lower case."""
    return tuple(_TOKEN.findall(text.lower()))


def rank_window(run: Run, index: str, sql: str, params: list[object],
                phrases: Sequence[Phrase], window: int,
                keep: tuple[str, list[object]] | None = None) -> Ranked:
    """The newest ``window`` matches of ``sql`` (``FROM {index} f … WHERE …``) by bm25,
    best first, ties newest first: one walk of the index, which stops at the window and
    reads each row's marks and length on its way. ``keep`` (a condition on ``f.rowid``
    and its params, e.g. ``NOT IN (…)``) leaves matches out of the ranking, not out of the
    window."""
    kept, kept_params = keep if keep is not None else ("IS NOT NULL", [])
    marks = ", ".join(f"highlight({index}, {column}, char(1), char(2))"
                      for column in range(len(COLUMN_WEIGHTS)))
    found = run(f"SELECT f.rowid, f.rowid {kept}, {marks}, "
                f"(SELECT sz FROM {index}_docsize WHERE id = f.rowid) "
                f"{sql} ORDER BY f.rowid LIMIT {int(window)}", [*kept_params, *params])
    edge = int(found[-1][0]) if len(found) >= window else None
    rows = [row for row in found if row[1]]
    if not rows:
        return Ranked([], [], edge)
    count, average = _index_size(run, index)
    score = _Scorer(phrases, _idfs(run, index, phrases, count), average)
    order = sorted((-score(row[2:-1], row[-1]), int(row[0])) for row in rows)
    return Ranked([rowid for _, rowid in order], [-s for s, _ in order], edge)


class _Scorer:
    """bm25 of one row from its marked columns and its docsize record."""

    def __init__(self, phrases: Sequence[Phrase], idfs: list[float], average: float
                 ) -> None:
        self.phrases, self.idfs = phrases, idfs
        # k1 * (1 - b + b * length / average) = fixed + per_token * length
        self.fixed = _K1 * (1 - _B) if average else _K1
        self.per_token = _K1 * _B / average if average else 0.0
        self.spans: dict[str, list[tuple[int, int]]] = {}   # a mark's text -> instances
        # a mark as FTS5 writes a whole phrase typed as the index cuts it, lower case: what
        # nearly every mark is (not so for a prefix, or text between a phrase's words); a
        # mark found so is one phrase's instance unless a phrase lies within another one
        # ("dang" and "dang uy": FTS5 marks both instances as one span)
        self.marks = None if any(p.prefix for p in phrases) or any(
            i != j and _occurrences(outer.tokens, inner)
            for i, inner in enumerate(phrases) for j, outer in enumerate(phrases)) else [
            f"{_OPEN}{' '.join(p.tokens)}{_CLOSE}" for p in phrases]

    def __call__(self, columns: Sequence[str | None], size: bytes | None) -> float:
        freq = [0.0] * len(self.phrases)
        for weight, text in zip(COLUMN_WEIGHTS, columns, strict=True):
            marks = text.count(_OPEN) if text else 0
            if not text or not marks:
                continue
            if len(self.phrases) == 1:      # each mark is one instance of the one phrase
                freq[0] += weight * marks
                continue
            if self.marks is not None:
                lowered = text.lower()
                found = [lowered.count(mark) for mark in self.marks]
                if sum(found) == marks:     # every mark is one of the phrases as typed
                    for i, n in enumerate(found):
                        freq[i] += weight * n
                    continue
            spans = self.spans
            for span in _SPAN.findall(text):
                for i, n in spans[span] if span in spans else self._instances(span):
                    freq[i] += weight * n
        k = self.fixed + self.per_token * sum(_varints(size or b""))
        score = 0.0
        for idf, f in zip(self.idfs, freq, strict=True):
            if f:
                score += idf * f * (_K1 + 1) / (f + k)
        return score

    def _instances(self, span: str) -> list[tuple[int, int]]:
        """(phrase, instances) in one mark: one word most often; a phrase; or instances
        that overlap, which FTS5 marks as one span. Remembered: words repeat."""
        found = self.spans.get(span)
        if found is None:
            words = tokens(span)
            found = [(i, n) for i, phrase in enumerate(self.phrases)
                     if (n := _occurrences(words, phrase))]
            self.spans[span] = found
        return found


def _occurrences(found: tuple[str, ...], phrase: Phrase) -> int:
    n = len(phrase.tokens)
    if not n:
        return 0
    head, last = phrase.tokens[:-1], phrase.tokens[-1]
    return sum(1 for i in range(len(found) - n + 1)
               if found[i:i + n - 1] == head
               and (found[i + n - 1] == last
                    or (phrase.prefix and found[i + n - 1].startswith(last))))


def _index_size(run: Run, index: str) -> tuple[int, float]:
    """(rows, average tokens per row) of an FTS5 index, from its averages record."""
    found = run(f"SELECT block FROM {index}_data WHERE id = 1", [])
    if not found:
        return 0, 0.0
    rows, *columns = _varints(found[0][0])
    return rows, (sum(columns) / rows if rows else 0.0)


def _idfs(run: Run, index: str, phrases: Sequence[Phrase], rows: int) -> list[float]:
    """Each phrase's IDF as bm25() computes it, from its document frequency among the
    newest :data:`IDF_SAMPLE` rows (a phrase found in none of them counts as found in one:
    rare, not absent); all 1.0 when every phrase is the same (a constant factor)."""
    if len({p.fts for p in phrases}) < 2:
        return [1.0] * len(phrases)
    edge = run(f"SELECT id FROM {index}_docsize ORDER BY id LIMIT 1 OFFSET ?",
               [IDF_SAMPLE - 1])
    counted: dict[str, float] = {}
    out = []
    for phrase in phrases:
        if phrase.fts not in counted:
            if edge:
                found = run(f"SELECT count(*) FROM {index} WHERE {index} MATCH ? "
                            f"AND rowid <= ?", [phrase.fts, edge[0][0]])[0][0]
                counted[phrase.fts] = max(found, 1) * rows / IDF_SAMPLE
            else:     # an index smaller than the sample: counted whole, as bm25() does
                counted[phrase.fts] = run(f"SELECT count(*) FROM {index} WHERE {index} "
                                          f"MATCH ?", [phrase.fts])[0][0]
        hits = counted[phrase.fts]
        idf = math.log((rows - hits + 0.5) / (hits + 0.5))
        out.append(idf if idf > 0 else 1e-6)      # bm25()'s floor for very common phrases
    return out


def _varints(blob: bytes) -> list[int]:
    """The varints of an FTS5 record (SQLite's encoding, 7 bits a byte, the high bit set on
    all but the last; the 9-byte form, for values of 2**56 and more, never occurs here)."""
    out = []
    value = 0
    for byte in blob:
        value = (value << 7) | (byte & 0x7F)
        if byte < 0x80:
            out.append(value)
            value = 0
    return out

