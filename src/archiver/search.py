"""Vietnamese full-text search over the archive.

Query language (case of words does not matter, operators are upper-case)::

    dang uy khoi                 all words (implicit AND), accents optional
    "Ban Thường vụ Tỉnh ủy"      phrase
    Nguyen*                      prefix
    a AND b, a OR b, a NOT b     operators; NOT binds tighter than AND, AND than OR
    (a OR b) NOT c               parentheses

Every query runs against the folded index (``fold()``-ed text, so ``dang`` finds ``Đảng``
and ``hoa binh`` finds both ``hoà bình`` and ``hòa bình``) and against the exact index
(``canonical_tones`` text, diacritics kept). ``order="newest"`` (default) returns matches
newest first by walking the FTS rowid (``sort_key``) in order, which stops after ``limit``
rows; ``order="relevance"`` puts rows matching the exact index first, then bm25.
``exact=True`` restricts matches to the exact index.
"""

from __future__ import annotations

import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import sqlite_utils

from archiver.errors import QueryError, StorageError
from archiver.store.db import reading
from archiver.store.rows import sort_key_bounds
from archiver.text import canonical_tones, fold

__all__ = ["Query", "SearchHit", "parse_query", "search"]

log = logging.getLogger(__name__)

_TOKEN = re.compile(
    r'\s*(?:(?P<paren>[()])|(?P<phrase>"[^"]*"\*?)|(?P<quote>")|(?P<word>[^\s()"]+))'
)
_WORD = re.compile(r"\w+")
_OPERATORS = ("AND", "OR", "NOT")
_WEIGHTS = "10.0, 1.0, 3.0"   # bm25 column weights: title, body, meta


@dataclass(frozen=True, slots=True)
class SearchHit:
    url: str
    title: str | None
    published_at: str | None
    site: str
    author: str | None
    snippet: str                 # matched words wrapped in the ``mark`` pair
    exact: bool = False          # also matched the exact (diacritics-kept) index


# ----------------------------------------------------------------------------- the parser

@dataclass(frozen=True, slots=True)
class _Term:
    words: tuple[str, ...]       # as typed, split into word tokens
    prefix: bool


@dataclass(frozen=True, slots=True)
class _Op:
    op: str
    left: _Node
    right: _Node


_Node = _Term | _Op


@dataclass(frozen=True, slots=True)
class Query:
    """A parsed query; ``fts(transform)`` renders it for one FTS5 index."""

    text: str
    tree: _Node

    def fts(self, transform: Callable[[str], str]) -> str:
        return _render(self.tree, transform)

    def terms(self, key: Callable[[str], str]) -> tuple[set[str], tuple[str, ...]]:
        """(whole words, prefixes) of the positive terms, each token passed through ``key``:
        used to highlight."""
        words: set[str] = set()
        prefixes: list[str] = []
        for term in _positive_terms(self.tree):
            tokens = _tokens(term, key)
            if term.prefix and tokens:
                prefixes.append(tokens[-1])
                tokens = tokens[:-1]
            words.update(tokens)
        return words, tuple(prefixes)

    def phrases(self, key: Callable[[str], str]) -> tuple[str, ...]:
        """The positive terms of two words or more (quoted phrases), tokens passed through
        ``key`` and joined by single spaces: where a snippet should open."""
        return tuple(" ".join(tokens) for term in _positive_terms(self.tree)
                     if not term.prefix and len(tokens := _tokens(term, key)) >= 2)


def _render(node: _Node, transform: Callable[[str], str]) -> str:
    if isinstance(node, _Term):
        tokens = [t for w in node.words for t in _WORD.findall(transform(w))]
        phrase = '"' + " ".join(tokens) + '"'
        return phrase + "*" if node.prefix else phrase
    return f"({_render(node.left, transform)} {node.op} {_render(node.right, transform)})"


def _exact_key(token: str) -> str:
    """A token as the exact index sees it: tone placement unified, lower case."""
    return canonical_tones(token).lower()


def _positive_terms(node: _Node) -> Iterator[_Term]:
    """The terms a match contains (not those after NOT), in query order."""
    if isinstance(node, _Term):
        yield node
        return
    yield from _positive_terms(node.left)
    if node.op != "NOT":
        yield from _positive_terms(node.right)


def _tokens(term: _Term, key: Callable[[str], str]) -> list[str]:
    return [t for w in term.words for t in _WORD.findall(key(w))]


def _lex(text: str) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    pos = 0
    while pos < len(text):
        if not text[pos:].strip():
            break
        m = _TOKEN.match(text, pos)
        if m is None:  # pragma: no cover - the pattern matches any non-space character
            raise QueryError(f"cannot read query at position {pos}: {text!r}")
        pos = m.end()
        if m.group("paren"):
            out.append(("paren", m.group("paren")))
        elif m.group("phrase") is not None:
            out.append(("phrase", m.group("phrase")))
        elif m.group("quote"):
            raise QueryError(f'unbalanced quote (") in query: {text!r}')
        else:
            word = m.group("word")
            out.append(("op" if word in _OPERATORS else "word", word))
    return out


class _Parser:
    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = _lex(text)
        self.pos = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def error(self, why: str) -> QueryError:
        return QueryError(f"{why} in query: {self.text!r}")

    def parse(self) -> _Node:
        if not self.tokens:
            raise self.error("empty query")
        node = self.or_expr()
        tok = self.peek()
        if tok is not None:
            why = "unbalanced ')'" if tok == ("paren", ")") else f"unexpected {tok[1]!r}"
            raise self.error(why)
        return node

    def binary(self, op: str, operand: Callable[[], _Node]) -> _Node:
        node = operand()
        while self.peek() == ("op", op):
            self.pos += 1
            node = _Op(op, node, operand())
        return node

    def or_expr(self) -> _Node:
        return self.binary("OR", self.and_expr)

    def and_expr(self) -> _Node:
        node = self.not_expr()
        while True:
            tok = self.peek()
            if tok == ("op", "AND"):
                self.pos += 1
            elif tok is None or tok[0] == "op" or tok == ("paren", ")"):
                return node
            node = _Op("AND", node, self.not_expr())

    def not_expr(self) -> _Node:
        return self.binary("NOT", self.primary)

    def primary(self) -> _Node:
        tok = self.peek()
        if tok is None:
            raise self.error("query ends with an operator")
        self.pos += 1
        kind, value = tok
        if kind == "op":
            raise self.error(f"operator {value} needs a term on each side")
        if value == ")":
            raise self.error("unbalanced ')' or empty parentheses")
        if value == "(":
            node = self.or_expr()
            if self.peek() != ("paren", ")"):
                raise self.error("unbalanced '('")
            self.pos += 1
            return node
        prefix = value.endswith("*")
        raw = value.rstrip("*")
        if kind == "phrase":
            raw = raw[1:-1]
        words = tuple(_WORD.findall(raw))
        if not words:
            raise self.error(f"{value!r} has no searchable words")
        return _Term(words, prefix)


def parse_query(text: str) -> Query:
    """Parse a user query; ``QueryError`` explains what is malformed."""
    return Query(text, _Parser(text).parse())


# ----------------------------------------------------------------------------- snippets

def _snippet(text: str, words: set[str], prefixes: tuple[str, ...], mark: tuple[str, str],
             width: int = 30, max_tokens: int = 5000,
             key_of: Callable[[str], str] = fold, phrases: tuple[str, ...] = ()) -> str:
    tokens = list(_WORD.finditer(text))[:max_tokens]

    def hit(token: str) -> bool:
        key = key_of(token)
        return key in words or key.startswith(prefixes) if prefixes else key in words

    # A snippet opens at the first phrase of the query when the text has one (not at an
    # earlier lone word of it: "quan trọng" before "Nguyễn Trọng Hùng"), else at the first
    # word. The phrase is looked for in the whole text passed through the same key, whose
    # word count before it is the token to open at.
    first = _phrase_token(key_of(text), phrases) if phrases else None
    if first is None or first >= len(tokens):
        first = next((i for i, m in enumerate(tokens) if hit(m.group())), None)
    if first is None:
        start_tok, end_tok = 0, min(len(tokens), width)
    else:
        start_tok = max(0, first - width // 3)
        end_tok = min(len(tokens), start_tok + width)
    if not tokens:
        return ""
    start = tokens[start_tok].start()
    end = tokens[end_tok - 1].end()
    parts: list[str] = ["…" if start_tok > 0 else ""]
    cursor = start
    for m in tokens[start_tok:end_tok]:
        if hit(m.group()):
            parts.append(text[cursor:m.start()])
            parts.append(f"{mark[0]}{m.group()}{mark[1]}")
            cursor = m.end()
    parts.append(text[cursor:end])
    parts.append("…" if end_tok < len(tokens) else "")
    return " ".join("".join(parts).split())


Terms = tuple[tuple[set[str], tuple[str, ...]], Callable[[str], str], tuple[str, ...]]


def _phrase_token(keyed: str, phrases: tuple[str, ...]) -> int | None:
    """Index of the first word of the earliest of ``phrases`` in ``keyed``, or None."""
    starts = []
    for phrase in phrases:
        m = re.search(r"(?<!\w)" + re.escape(phrase) + r"(?!\w)", keyed)
        if m is not None:
            starts.append(m.start())
    if not starts:
        return None
    return sum(1 for _ in _WORD.finditer(keyed, 0, min(starts)))


def _first_marked(texts: tuple[str | None, ...], attempts: list[Terms],
                  mark: tuple[str, str]) -> str:
    """The first snippet with a highlight, trying each (terms, key, phrases) over each text
    in turn; the last one tried when none has any."""
    snippet = ""
    for (words, prefixes), key_of, phrases in attempts:
        for text in texts:
            if text:
                snippet = _snippet(text, words, prefixes, mark, key_of=key_of,
                                   phrases=phrases)
                if mark[0] in snippet:
                    return snippet
    return snippet


# ----------------------------------------------------------------------------- search

Database = sqlite_utils.Database | sqlite3.Connection | str | Path


def search(db: Database, query: str, *, site: str | None = None, since: str | None = None,
           until: str | None = None, author: str | None = None, category: str | None = None,
           limit: int = 20, order: Literal["newest", "relevance"] = "newest",
           exact: bool = False, mark: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
    """Search the archive. ``since``/``until`` are ISO dates (inclusive) on published_at."""
    if order not in ("newest", "relevance"):
        raise QueryError(f"order must be 'newest' or 'relevance', not {order!r}")
    parsed = parse_query(query)
    exact_q = parsed.fts(canonical_tones)
    folded_q = parsed.fts(fold)
    table = "articles_fts" if exact else "articles_fts_folded"
    where = [f"{table} MATCH ?"]
    params: list[object] = [exact_q if exact else folded_q]
    low, high = sort_key_bounds(since, until)
    if low is not None:
        where.append("f.rowid >= ?")
        params.append(low)
    if high is not None:
        where.append("f.rowid <= ?")
        params.append(high)
    for column, value in (("site", site), ("author", author), ("category", category)):
        if value is not None:
            where.append(f"a.{column} = ?")
            params.append(value)
    # Newest order: the exact flag is computed for the result rows only (see below), so
    # the FTS walk can stop after ``limit`` rows. Relevance ranks exact matches first.
    by_relevance = order == "relevance" and not exact
    exact_expr = ("(f.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?))"
                  if by_relevance else "1" if exact else "0")
    exact_params: list[object] = [exact_q] if by_relevance else []
    order_by = ("f.rowid" if order == "newest"
                else f"exact_hit DESC, bm25({table}, {_WEIGHTS})")
    sql = (f"SELECT a.url, a.title, a.published_at, a.site, a.author, a.lead, a.body, "
           f"{exact_expr} AS exact_hit, f.rowid FROM {table} f "
           f"JOIN articles a ON a.sort_key = f.rowid "
           f"WHERE {' AND '.join(where)} ORDER BY {order_by} LIMIT ?")
    with reading(db) as conn:
        try:
            rows = conn.execute(sql, (*exact_params, *params, limit)).fetchall()
            exact_rowids: set[int] = set()
            if order == "newest" and not exact and rows:
                marks = ", ".join("?" * len(rows))
                exact_rowids = {r[0] for r in conn.execute(
                    f"SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? "
                    f"AND rowid IN ({marks})", (exact_q, *(r[-1] for r in rows)))}
        except sqlite3.OperationalError as exc:
            log.debug("FTS query failed: %s -- %s", folded_q, exc)
            if "no such" in str(exc):
                raise StorageError(f"not an archive (run a crawl or load first): {exc}"
                                   ) from exc
            raise QueryError(f"cannot run query {query!r}: {exc}") from exc
    folded: Terms = (parsed.terms(fold), fold, parsed.phrases(fold))
    as_typed: Terms = (parsed.terms(_exact_key), _exact_key, parsed.phrases(_exact_key))
    typed_plain = query.isascii()
    hits = []
    for url, title, published_at, site_, author_, lead, body, exact_hit, rowid in rows:
        is_exact = bool(exact_hit) or rowid in exact_rowids
        # An exact hit of a query typed with diacritics highlights the words as typed
        # ("Trọng", not "trong"); otherwise, or when those words only occur outside title
        # and body, the folded ones (a query typed without diacritics means all spellings).
        attempts = [folded] if typed_plain or not is_exact else [as_typed, folded]
        snippet = _first_marked((body or lead or title or "", title), attempts, mark)
        hits.append(SearchHit(url=url, title=title, published_at=published_at, site=site_,
                              author=author_, snippet=snippet, exact=is_exact))
    return hits
