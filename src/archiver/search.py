"""Vietnamese full-text search over the archive.

Query language (case of words does not matter, operators are upper-case)::

    dang uy khoi                 all words (implicit AND), accents optional
    "Ban Thường vụ Tỉnh ủy"      phrase
    Nguyen*                      prefix
    a AND b, a OR b, a NOT b     operators; NOT binds tighter than AND, AND than OR
    (a OR b) NOT c               parentheses

Every query runs against the folded index (``fold()``-ed text, so ``dang`` finds ``Đảng``
and ``hoa binh`` finds both ``hoà bình`` and ``hòa bình``) and against the exact index
(``canonical_tones`` text, diacritics kept). Orders: ``newest`` walks the FTS rowid
(``sort_key``) in order and stops after the page; ``exact-first`` gives the matches spelled
as typed (accents included) first, then the others, each newest first (a query typed
without diacritics means every spelling: newest first); ``relevance`` puts the exact
matches first, then the others, each group's newest :data:`RELEVANCE_WINDOW` matches ranked
by bm25 and its older ones after them, newest first (so a word matching most of a large
archive costs what a rarer one does). ``exact=True`` restricts matches to the exact index.

A query is bounded before it reaches SQLite (:data:`MAX_QUERY_CHARS`,
:data:`MAX_QUERY_TERMS`, :data:`MAX_DEPTH`): a pasted page of text is a one-line
``QueryError``, not minutes of FTS work. :class:`Search` is the one implementation behind
``archiver search`` and the Datasette pages: matches, their count, a page of hits with
snippets, and the ``FROM … WHERE`` of the matches for facet counts.
"""

from __future__ import annotations

import calendar
import functools
import json
import logging
import re
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Literal, get_args

import sqlite_utils

from archiver import ranking
from archiver.errors import QueryError, StorageError
from archiver.memento import sql_identity
from archiver.store.db import reading
from archiver.store.rows import sort_key_bounds
from archiver.text import canonical_tones, fold

__all__ = ["FILTER_COLUMNS", "MAX_DEPTH", "MAX_QUERY_CHARS", "MAX_QUERY_TERMS", "ORDERS",
           "RELEVANCE_WINDOW",
           "Filters", "Order", "Query", "Search", "SearchHit", "check_day", "parse_query",
           "period_bounds", "search", "snippet"]

log = logging.getLogger(__name__)

_TOKEN = re.compile(
    r'\s*(?:(?P<paren>[()])|(?P<phrase>"[^"]*"\*?)|(?P<quote>")|(?P<word>[^\s()"]+))'
)
_WORD = re.compile(r"\w+")
_OPERATORS = ("AND", "OR", "NOT")

#: Longest query accepted, in characters (a long boolean query is ~200).
MAX_QUERY_CHARS = 1000
#: Most terms (words, phrases, prefixes) in one query.
MAX_QUERY_TERMS = 50
#: Deepest nesting of parentheses.
MAX_DEPTH = 10
#: Matches of a group (as typed, other spellings) ranked by bm25 in relevance order: the
#: newest this many; older ones follow newest first (see ``_relevance_order``).
RELEVANCE_WINDOW = 1_000

Order = Literal["newest", "exact-first", "relevance"]
ORDERS: tuple[str, ...] = get_args(Order)
#: Record columns a search can be narrowed to by exact value (Datasette's facets).
FILTER_COLUMNS = ("site", "category", "author", "author_unit", "year", "month")


@dataclass(frozen=True, slots=True)
class SearchHit:
    url: str
    title: str | None
    published_at: str | None
    site: str
    author: str | None
    snippet: str                 # matched words wrapped in the ``mark`` pair
    exact: bool = False          # also matched the exact (diacritics-kept) index
    id: int = 0
    author_unit: str | None = None
    category: str | None = None
    capture_id: int | None = None     # the raw capture the text came from (a WARC record)
    capture: str | None = None        # its identity, "<yyyymmddhhmmss>/<url>" (as export's)


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
        if len(text) > MAX_QUERY_CHARS:
            raise QueryError(f"query too long: {len(text):,} characters (at most "
                             f"{MAX_QUERY_CHARS:,}); search for fewer words")
        self.tokens = _lex(text)
        terms = sum(1 for kind, _ in self.tokens if kind in ("word", "phrase"))
        if terms > MAX_QUERY_TERMS:
            raise QueryError(f"query too long: {terms:,} terms (at most {MAX_QUERY_TERMS}); "
                             "search for fewer words")
        self.pos = 0
        self.depth = 0

    def peek(self) -> tuple[str, str] | None:
        return self.tokens[self.pos] if self.pos < len(self.tokens) else None

    def error(self, why: str) -> QueryError:
        shown = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        return QueryError(f"{why} in query: {shown!r}")

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
            self.depth += 1
            if self.depth > MAX_DEPTH:
                raise self.error(f"parentheses nested deeper than {MAX_DEPTH}")
            node = self.or_expr()
            self.depth -= 1
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
    """Parse a user query; ``QueryError`` explains what is malformed or too long."""
    return Query(text, _Parser(text).parse())


def check_day(value: str | None, what: str) -> str | None:
    """``value`` when it is a date (``YYYY-MM-DD``) or an ISO date-time, else ``QueryError``
    naming ``what`` (``--since``): ``2023-13-01`` is refused, never silently ignored."""
    if value is None:
        return None
    try:
        if len(value) == 10:
            date.fromisoformat(value)
        else:
            datetime.fromisoformat(value)
    except ValueError:
        raise QueryError(f"{what}: {value!r} is not a date (YYYY-MM-DD)") from None
    return value


# ----------------------------------------------------------------------------- snippets

@functools.lru_cache(maxsize=1 << 16)
def _fold_token(token: str) -> str:
    return fold(token)


@functools.lru_cache(maxsize=1 << 16)
def _exact_token(token: str) -> str:
    return _exact_key(token)


#: One word's key, remembered: a language has few syllables, and every snippet keys each
#: word of its text until the first hit.
_TOKEN_KEYS: dict[Callable[[str], str], Callable[[str], str]] = {
    fold: _fold_token, _exact_key: _exact_token}


def _snippet(text: str, words: set[str], prefixes: tuple[str, ...], mark: tuple[str, str],
             width: int = 30, max_tokens: int = 5000,
             key_of: Callable[[str], str] = fold, phrases: tuple[str, ...] = ()) -> str:
    tokens = list(_WORD.finditer(text))[:max_tokens]
    token_key = _TOKEN_KEYS.get(key_of, key_of)

    def hit(token: str) -> bool:
        key = token_key(token)
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
_HIT_COLUMNS = ("a.id, a.url, a.title, a.published_at, a.site, a.author, a.author_unit, "
                "a.category, a.lead, a.body, f.rowid")
_ROW_COLUMNS = _HIT_COLUMNS.replace("f.rowid", "a.sort_key")
_EXACT_INDEX = "articles_fts"
_FOLDED_INDEX = "articles_fts_folded"


@dataclass(frozen=True, slots=True)
class Filters:
    """What narrows a search besides the query.

    ``site`` is exact. ``author`` and ``category`` ignore case and diacritics unless
    ``exact_names`` (an author also matches one name of a joint byline "A, B").
    ``since``/``until`` are inclusive dates on ``published_at``. ``equal`` holds exact
    values of :data:`FILTER_COLUMNS` (the links of Datasette's facets)."""

    site: str | None = None
    since: str | None = None
    until: str | None = None
    author: str | None = None
    category: str | None = None
    exact_names: bool = False
    equal: tuple[tuple[str, str], ...] = field(default=())


def _filter_sql(conn: sqlite3.Connection, f: Filters) -> tuple[list[str], list[object]]:
    """The filters as conditions on the index (``f``) and the articles (``a``)."""
    where: list[str] = []
    params: list[object] = []
    low, high = sort_key_bounds(check_day(f.since, "since"), check_day(f.until, "until"))
    if low is not None:
        where.append("f.rowid >= ?")
        params.append(low)
    if high is not None:
        where.append("f.rowid <= ?")
        params.append(high)
    if f.site is not None:
        where.append("a.site = ?")
        params.append(f.site)
    for column, value in (("author", f.author), ("category", f.category)):
        if value is None:
            continue
        values = [value] if f.exact_names else _spellings(conn, column, value)
        where.append(f"a.{column} IN ({', '.join('?' * len(values))})" if values else "0")
        params.extend(values)
    for column, value in f.equal:
        if column not in FILTER_COLUMNS:
            raise QueryError(f"cannot filter a search by {column!r} "
                             f"(one of: {', '.join(FILTER_COLUMNS)})")
        where.append(f"a.{column} = ?")
        params.append(value)
        span = period_bounds(column, str(value))
        if span is not None:   # the index walks only that stretch of its rowids
            where.append("f.rowid BETWEEN ? AND ?")
            params.extend(span)
    return where, params


_YEAR = re.compile(r"\d{4}$")
_MONTH = re.compile(r"(\d{4})-(\d\d)$")


def period_bounds(column: str, value: str) -> tuple[int, int] | None:
    """The FTS rowid (``sort_key``) range of a year or month of publication, or None: the
    rowid orders articles by publication time, so narrowing a search to ``year = 2024`` is
    a range of the index's walk, not a lookup of every match."""
    if column == "year" and _YEAR.match(value):
        first, last = f"{value}-01-01", f"{value}-12-31"
    elif column == "month" and (match := _MONTH.match(value)) and 1 <= int(match[2]) <= 12:
        year, month = int(match[1]), int(match[2])
        first = f"{value}-01"
        last = f"{value}-{calendar.monthrange(year, month)[1]:02d}"
    else:
        return None
    low, high = sort_key_bounds(first, last)
    assert low is not None and high is not None
    return low, high


def _spellings(conn: sqlite3.Connection, column: str, value: str) -> list[str]:
    """The stored values of ``column`` equal to ``value`` ignoring case and diacritics (for
    ``author``, also a joint byline one of whose names it is)."""
    wanted = fold(value)
    found = []
    try:
        stored_values = conn.execute(f"SELECT DISTINCT {column} FROM articles "
                                     f"WHERE {column} IS NOT NULL").fetchall()
    except sqlite3.OperationalError as exc:
        raise StorageError(f"not an archive (run a crawl or load first): {exc}") from exc
    for (stored,) in stored_values:
        if fold(stored) == wanted or (column == "author" and "," in stored and any(
                fold(name) == wanted for name in stored.split(","))):
            found.append(stored)
    return found


class Search:
    """One parsed query with its filters, over one open connection.

    :meth:`count` counts the matches, :meth:`hits` returns a page of them with snippets,
    :meth:`matches_sql` is the ``FROM … WHERE`` that selects them (the articles table as
    ``a``), for facet counts. Nothing is run before a method is called.
    """

    def __init__(self, conn: sqlite3.Connection, query: str | Query,
                 filters: Filters | None = None, *, exact: bool = False) -> None:
        self.conn = conn
        self.query = query if isinstance(query, Query) else parse_query(query)
        self.filters = filters or Filters()
        self.exact = exact
        self.exact_q = self.query.fts(canonical_tones)
        self.folded_q = self.query.fts(fold)
        self._table, self._q = ((_EXACT_INDEX, self.exact_q) if exact
                                else (_FOLDED_INDEX, self.folded_q))
        self._where, self._params = _filter_sql(conn, self.filters)

    # -- SQL -----------------------------------------------------------------------------
    def _from(self, table: str, query: str, *extra: tuple[str, list[object]],
              index_only: bool = False) -> tuple[str, list[object]]:
        """``FROM … WHERE`` of the matches of ``query`` in ``table``; ``index_only``: without
        the articles table when no filter needs it (ranking reads only the index)."""
        where = [f"{table} MATCH ?", *self._where, *(clause for clause, _ in extra)]
        params = [query, *self._params, *(p for _, ps in extra for p in ps)]
        join = ("" if index_only and not any(c.startswith("a.") for c in where)
                else " JOIN articles a ON a.sort_key = f.rowid")
        return f"FROM {table} f{join} WHERE {' AND '.join(where)}", params

    def _in_folded(self) -> tuple[tuple[str, list[object]], ...]:
        """The exact index's matches are the folded index's, except where NOT excludes a
        spelling: only then is the folded match checked too (``+f.rowid``: a test of each
        match against the folded ones, never a lookup of each folded match in the exact
        index, which FTS5 answers by a walk per value: seconds on a large archive)."""
        if "NOT" not in self.folded_q:
            return ()
        return ((f"+f.rowid IN (SELECT rowid FROM {_FOLDED_INDEX} "
                 f"WHERE {_FOLDED_INDEX} MATCH ?)", [self.folded_q]),)

    def rowids_sql(self) -> tuple[str, list[object]]:
        """``SELECT`` of the matches' index rowids (``sort_key``) as ``r``, from the index
        alone: the filters must all be on the index (dates), none on article columns."""
        if any(clause.startswith("a.") or clause == "0" for clause in self._where):
            raise QueryError("rowids_sql() takes no filter on article columns")
        where = " AND ".join([f"{self._table} MATCH ?", *self._where])
        return (f"SELECT f.rowid AS r FROM {self._table} f WHERE {where}",
                [self._q, *self._params])

    def matches_sql(self, *extra: tuple[str, list[object]]) -> tuple[str, list[object]]:
        """``FROM … WHERE …`` selecting the matches (articles as ``a``, the index as ``f``),
        and its params; ``extra`` (clause, params) pairs narrow it further."""
        return self._from(self._table, self._q, *extra)

    def _run(self, sql: str, params: list[object]) -> list[tuple[Any, ...]]:
        try:
            return self.conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError as exc:
            log.debug("search SQL failed: %s -- %s", sql, exc)
            if "no such" in str(exc):
                raise StorageError(f"not an archive (run a crawl or load first): {exc}"
                                   ) from exc
            if "interrupted" in str(exc):
                raise QueryError(f"search for {self.query.text[:80]!r} took too long; "
                                 "narrow it (a site, a year, fewer prefix* terms)") from exc
            raise QueryError(f"cannot run query {self.query.text[:80]!r}: {exc}") from exc

    # -- counts --------------------------------------------------------------------------
    def count(self) -> int:
        """How many articles match."""
        if not self._where:   # the index alone answers
            sql = f"SELECT count(*) FROM {self._table} WHERE {self._table} MATCH ?"
            return int(self._run(sql, [self._q])[0][0])
        sql, params = self.matches_sql()
        return int(self._run(f"SELECT count(*) {sql}", params)[0][0])

    def exact_count(self) -> int:
        """How many of the matches are spelled as typed (diacritics included)."""
        if self.exact:
            return self.count()
        sql, params = self._from(_EXACT_INDEX, self.exact_q, *self._in_folded())
        return int(self._run(f"SELECT count(*) {sql}", params)[0][0])

    # -- hits ----------------------------------------------------------------------------
    def hits(self, limit: int = 20, offset: int = 0, order: Order = "newest",
             mark: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
        """One page of matches in ``order``, each with its snippet."""
        if order not in ORDERS:
            raise QueryError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
        # A query typed without any diacritic means every spelling: nothing is "as typed".
        if self.exact or order == "newest" or (order == "exact-first"
                                                and self.query.text.isascii()):
            rows = self._newest(limit, offset)
        elif order == "relevance":
            rows = self._relevance(limit, offset)
        else:
            rows = self._exact_first(limit, offset)
        return [self._hit(row, is_exact, mark) for row, is_exact in rows]

    def _page(self, sql: str, params: list[object], order_by: str, limit: int,
              offset: int) -> list[tuple[Any, ...]]:
        return self._run(f"SELECT {_HIT_COLUMNS} {sql} ORDER BY {order_by} LIMIT ? OFFSET ?",
                         [*params, limit, offset])

    def _newest(self, limit: int, offset: int) -> list[tuple[tuple[Any, ...], bool]]:
        sql, params = self.matches_sql()
        rows = self._page(sql, params, "f.rowid", limit, offset)
        if self.exact:
            return [(row, True) for row in rows]
        exact_rowids: set[int] = set()
        if rows:   # the exact flag of the page's rows only, so the walk stops at the page
            marks = ", ".join("?" * len(rows))
            exact_rowids = {r[0] for r in self._run(
                f"SELECT rowid FROM {_EXACT_INDEX} WHERE {_EXACT_INDEX} MATCH ? "
                f"AND rowid IN ({marks})", [self.exact_q, *(r[-1] for r in rows)])}
        return [(row, row[-1] in exact_rowids) for row in rows]

    def _relevance(self, limit: int, offset: int) -> list[tuple[tuple[Any, ...], bool]]:
        return self._rows(_relevance_order(self, limit, offset))

    def _rows(self, ranked: list[tuple[int, bool]]) -> list[tuple[tuple[Any, ...], bool]]:
        """The hit rows of ``(rowid, exact)`` pairs, in that order."""
        if not ranked:
            return []
        found = {row[-1]: row for row in self._run(
            f"SELECT {_ROW_COLUMNS} FROM articles a WHERE a.sort_key IN "
            f"(SELECT value FROM json_each(?))", [json.dumps([r for r, _ in ranked])])}
        return [(found[rowid], exact) for rowid, exact in ranked if rowid in found]

    def _exact_first(self, limit: int, offset: int) -> list[tuple[tuple[Any, ...], bool]]:
        """The exact matches newest first, then the others newest first: two index walks
        that each stop at the page (the exact ones are counted only to page past them)."""
        sql, params = self._from(_EXACT_INDEX, self.exact_q, *self._in_folded())
        first = self._page(sql, params, "f.rowid", limit, offset)
        if len(first) == limit:
            return [(row, True) for row in first]
        exact_total = offset + len(first) if first else self.exact_count()
        sql, params = self._from(self._table, self._q, (
            f"f.rowid NOT IN (SELECT rowid FROM {_EXACT_INDEX} WHERE {_EXACT_INDEX} MATCH ?)",
            [self.exact_q]))
        rest = self._page(sql, params, "f.rowid", limit - len(first),
                          max(0, offset - exact_total))
        return [(row, True) for row in first] + [(row, False) for row in rest]

    def _hit(self, row: tuple[Any, ...], is_exact: bool, mark: tuple[str, str]
             ) -> SearchHit:
        (article_id, url, title, published_at, site, author, author_unit, category, lead,
         body, _rowid) = row
        text = snippet(self.query, _opt(body) or _opt(lead), _opt(title), is_exact, mark)
        return SearchHit(url=str(url), title=_opt(title), published_at=_opt(published_at),
                         site=str(site), author=_opt(author), snippet=text,
                         exact=is_exact, id=int(article_id),
                         author_unit=_opt(author_unit), category=_opt(category))


def _relevance_order(search: Search, limit: int, offset: int) -> list[tuple[int, bool]]:
    """The matches spelled as typed, then the others; within each, the newest
    :data:`RELEVANCE_WINDOW` by bm25, then the older ones newest first.

    A common word matches most of a large archive: only each group's newest window is
    scored, so a search costs the same at any size, and it is scored by
    :func:`archiver.ranking.rank_window` in the walk that finds it (FTS5's own ``bm25()``
    first counts every match of each phrase in the whole index: 300 ms at 1,000,000
    articles with a window of 5,000, most of it before the first row). A group smaller
    than the window (any rare name) is ranked whole. The matches as typed are scored as the
    exact index sees them (their own spelling), the others as the folded index does.
    Pages past a window continue with that group's older matches; nothing about a group is
    counted until a page starts past it."""
    exact_sql, exact_params = search._from(_EXACT_INDEX, search.exact_q, *search._in_folded(),
                                           index_only=True)
    folded_sql, folded_params = search._from(search._table, search._q, index_only=True)
    exact = _Window(search, exact_sql, exact_params, _EXACT_INDEX)
    others = _Window(search, folded_sql, folded_params, search._table, (
        f"NOT IN (SELECT rowid FROM {_EXACT_INDEX} WHERE {_EXACT_INDEX} MATCH ?)",
        [search.exact_q]))
    segments: list[tuple[Callable[[int, int], list[int]], Callable[[], int], bool]] = [
        (exact.ranked, exact.size, True),
        (exact.older, lambda: 0 if exact.edge() is None
         else search.exact_count() - exact.size(), True),
        (others.ranked, others.size, False),
        (others.older, lambda: 0, False),   # the last: never skipped past
    ]
    ranked: list[tuple[int, bool]] = []
    for fetch, size, is_exact in segments:
        if limit <= 0:
            break
        found = fetch(limit, offset)
        ranked += [(rowid, is_exact) for rowid in found]
        limit -= len(found)
        offset = 0 if found else max(0, offset - size())
    return ranked


#: How each index spells a query (the transform its FTS expression is rendered with).
_SPELLING: dict[str, Callable[[str], str]] = {_EXACT_INDEX: canonical_tones,
                                              _FOLDED_INDEX: fold}


def _phrases(query: Query, index: str) -> list[ranking.Phrase]:
    """The positive terms of ``query`` as ``index``'s phrases. Those after NOT count for
    nothing: in a row the query matches, FTS5 has moved past their matches (bm25() gives
    them an IDF, and no instance)."""
    spell = _SPELLING[index]
    return [ranking.Phrase(_render(term, spell),
                           ranking.tokens(" ".join(spell(w) for w in term.words)),
                           term.prefix)
            for term in _positive_terms(query.tree)]


class _Window:
    """One group of the relevance order: its matches (``sql``, the index as ``f``, minus
    those of ``exclude``), the newest :data:`RELEVANCE_WINDOW` ranked by bm25 as ``index``
    sees them (:func:`archiver.ranking.rank_window`), and the older ones."""

    def __init__(self, search: Search, sql: str, params: list[object], index: str,
                 exclude: tuple[str, list[object]] | None = None) -> None:
        self.search, self.sql, self.params, self.index = search, sql, params, index
        self.exclude = exclude
        self._ranked: ranking.Ranked | None = None

    def _window(self) -> ranking.Ranked:
        """The window, ranked once."""
        if self._ranked is None:
            self._ranked = ranking.rank_window(
                self.search._run, self.index, self.sql, self.params,
                _phrases(self.search.query, self.index), RELEVANCE_WINDOW, self.exclude)
        return self._ranked

    def ranked(self, limit: int, offset: int) -> list[int]:
        """A page of the window, best first."""
        return self._window().rowids[offset:offset + limit]

    def size(self) -> int:
        """How many matches the window ranks."""
        return len(self._window().rowids)

    def edge(self) -> int | None:
        """The rowid of the window's oldest match when the window is full (else None:
        there are no older matches)."""
        return self._window().edge

    def older(self, limit: int, offset: int) -> list[int]:
        """A page of the matches older than the window, newest first."""
        edge = self.edge()
        if edge is None:
            return []
        kept, params = ("", []) if self.exclude is None else (
            f" AND f.rowid {self.exclude[0]}", self.exclude[1])
        return [r for (r,) in self.search._run(
            f"SELECT f.rowid {self.sql} AND f.rowid > ?{kept} ORDER BY f.rowid "
            f"LIMIT ? OFFSET ?", [*self.params, edge, *params, limit, offset])]


def snippet(query: Query, body: str | None, title: str | None, exact: bool,
            mark: tuple[str, str] = ("[", "]")) -> str:
    """The snippet of a match: ~30 words of ``body`` (or ``title``) around the first hit,
    each matched word wrapped in ``mark``. An ``exact`` match of a query typed with
    diacritics highlights the words as typed ("Trọng", not "trong"); otherwise, or when
    those words only occur outside title and body, every spelling (a query typed without
    diacritics means all spellings)."""
    folded = _highlight_terms(query, fold)
    attempts = ([folded] if query.text.isascii() or not exact
                else [_highlight_terms(query, _exact_key), folded])
    return _first_marked((body or title or "", title), attempts, mark)


@functools.lru_cache(maxsize=64)
def _highlight_terms(query: Query, key: Callable[[str], str]) -> Terms:
    """A query's words, prefixes and phrases under ``key``: the same for every hit of a
    page, so computed once."""
    return query.terms(key), key, query.phrases(key)


def _opt(value: object) -> str | None:
    return None if value is None else str(value)


def search(db: Database, query: str, *, site: str | None = None, since: str | None = None,
           until: str | None = None, author: str | None = None, category: str | None = None,
           limit: int = 20, offset: int = 0, order: Order = "newest", exact: bool = False,
           mark: tuple[str, str] = ("[", "]")) -> list[SearchHit]:
    """Search the archive. ``since``/``until`` are ISO dates (inclusive) on published_at;
    ``author``/``category`` ignore diacritics and case unless ``exact``."""
    if order not in ORDERS:
        raise QueryError(f"order must be one of {', '.join(ORDERS)}, not {order!r}")
    parsed = parse_query(query)   # a malformed query is refused before the file is opened
    filters = Filters(site=site, since=check_day(since, "since"),
                      until=check_day(until, "until"), author=author, category=category,
                      exact_names=exact)
    with reading(db) as conn:
        hits = Search(conn, parsed, filters, exact=exact).hits(limit, offset, order, mark)
        return _with_captures(conn, hits)


def _with_captures(conn: sqlite3.Connection, hits: list[SearchHit]) -> list[SearchHit]:
    """Each hit with the capture its text came from and when it was fetched: what a
    citation of the archived copy needs. Looked up for the page's hits only."""
    if not hits:
        return hits
    marks = ",".join("?" * len(hits))
    try:
        rows = conn.execute(
            f"SELECT a.id, a.capture_id, {sql_identity('c.fetched_at', 'c.url')} "
            f"FROM articles a LEFT JOIN captures c "
            f"ON c.id = a.capture_id WHERE a.id IN ({marks})", [h.id for h in hits]).fetchall()
    except sqlite3.OperationalError:   # an archive from before captures were kept
        return hits
    found = {int(i): (cid, at) for i, cid, at in rows}
    return [replace(h, capture_id=_opt_int(found.get(h.id, (None, None))[0]),
                                capture=_opt(found.get(h.id, (None, None))[1]))
            for h in hits]


def _opt_int(value: Any) -> int | None:
    return int(value) if value is not None else None
