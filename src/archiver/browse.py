"""What the analysts' pages show, read from an open connection (no web framework here).

* :func:`results` — the articles list: a search (through :class:`archiver.search.Search`,
  the one implementation behind ``archiver search``) or the newest articles, narrowed by
  exact column values, with the total, one page of rows and the facet counts.
* :func:`article` — one article as a reader wants it: its text in paragraphs, images with
  captions, tags, related links, its versions (what changed, when), its syndicated copies
  and its captures.
* :func:`find` — the article an address names as a reader has it (copied from the site, a
  citation or a link: tracking parameters, another scheme, ``www.`` or not, a query in
  another order), or None.

The Datasette plugin (``datasette_plugins/archiver_pages``) turns these into HTML. Work is
bounded: page depth (:data:`MAX_OFFSET`), page size (:data:`MAX_PAGE_SIZE`); facet counts
are exact up to :data:`EXACT_FACETS` matches and estimated from a uniform sample above
that (the caller may ask for exact counts, under its own time limit).
"""

from __future__ import annotations

import difflib
import itertools
import json
import logging
import re
import sqlite3
import threading
from collections import OrderedDict, defaultdict
from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from archiver.errors import QueryError
from archiver.search import FILTER_COLUMNS, Filters, Order, Search, SearchHit, period_bounds
from archiver.store.rows import JSON_COLUMNS
from archiver.urls import canonicalize, is_http_url

__all__ = ["EXACT_FACETS", "FACET_COLUMNS", "MARK", "MAX_OFFSET", "MAX_PAGE_SIZE",
           "ArticleView", "Facet", "Results", "Summary", "SummaryCache", "address_forms", "article",
           "find", "results"]

log = logging.getLogger(__name__)

#: Facets of the list, in the order shown (year is summed from the month counts).
FACET_COLUMNS = ("site", "year", "month", "category", "author_unit", "author")
#: Facet values shown per facet (months and years: the most recent).
FACET_SIZE = {"site": 12, "year": 30, "month": 24, "category": 12, "author_unit": 12,
              "author": 12}
#: Up to this many matches, facets are counted exactly; above it, from an even sample of
#: about this many (a search for "Đảng" matches nearly every article: counting 100,000
#: matches takes ~250 ms, a 5,000 sample ~20 ms). Measured on 100,000 synthetic articles:
#: values with 5-10% of the matches (a site, a year) within 3-6% (median), at worst 13%;
#: a month (0.5%) within ~20%. The page says so ("≈") and links to exact counts.
EXACT_FACETS = 5_000
MAX_PAGE_SIZE = 100
MAX_OFFSET = 10_000
#: Highlight marks in snippets: private-use characters, turned into <mark> after escaping.
MARK = ("\ue000", "\ue001")
_DATE_ORDERED = ("year", "month")


@dataclass(frozen=True, slots=True)
class Facet:
    column: str
    values: list[tuple[Any, int]]        # (value, count), most useful first
    truncated: bool = False


@dataclass(frozen=True, slots=True)
class Summary:
    """What a list page says about all its matches: how many, and the facet counts."""

    total: int
    facets: tuple[Facet, ...] = ()
    estimated: bool = False             # facets counted in a sample: shown as "≈"
    skipped: str | None = None          # why there are no facets


@dataclass(slots=True)
class Results:
    """One page of the list. ``hits`` carry snippets when there is a query, the lead
    otherwise (``hit.exact``: spelled as typed)."""

    query: str | None
    total: int
    offset: int
    limit: int
    hits: list[SearchHit]
    facets: list[Facet] = field(default_factory=list)
    facets_estimated: bool = False      # counted in a sample: show them as "≈"
    facets_skipped: str | None = None   # why there are none


class SummaryCache:
    """Recent :class:`Summary` objects of one process, per connection, each kept only while
    that connection's ``PRAGMA data_version`` is unchanged, so a commit by a crawl drops
    them: paging through a search, or the opening page of many readers, counts once.

    SQLite's ``data_version`` is comparable only within one connection, hence one cache
    per connection (Datasette keeps one per query thread)."""

    def __init__(self, size: int = 128) -> None:
        self.size = size
        self._caches: dict[int, tuple[int, OrderedDict[Hashable, Summary]]] = {}
        self._lock = threading.Lock()

    def _entries(self, conn: sqlite3.Connection) -> OrderedDict[Hashable, Summary]:
        version = int(conn.execute("PRAGMA data_version").fetchone()[0])
        with self._lock:
            known = self._caches.get(id(conn))
            if known is None or known[0] != version:
                known = (version, OrderedDict())
                self._caches[id(conn)] = known
            return known[1]

    def get(self, conn: sqlite3.Connection, key: Hashable) -> Summary | None:
        entries = self._entries(conn)
        with self._lock:
            found = entries.get(key)
            if found is not None:
                entries.move_to_end(key)
            return found

    def put(self, conn: sqlite3.Connection, key: Hashable, summary: Summary) -> None:
        entries = self._entries(conn)
        with self._lock:
            entries[key] = summary
            while len(entries) > self.size:
                entries.popitem(last=False)


def results(conn: sqlite3.Connection, query: str | None, equal: Sequence[tuple[str, str]] = (),
            *, offset: int = 0, limit: int = 20, order: Order = "exact-first",
            exact: bool = False, exact_facets: bool = False, facets: bool = True,
            cache: SummaryCache | None = None) -> Results:
    """The list page: matches of ``query`` (or every article) with the exact column values
    ``equal`` (``[("site", "tinhuy"), ("month", "2024-05")]``), newest first or in
    ``order``; ``QueryError`` for a malformed query or a page out of bounds. ``cache``
    keeps the total and facets of a page for the next one of the same search."""
    if not 1 <= limit <= MAX_PAGE_SIZE:
        raise QueryError(f"page size must be 1 to {MAX_PAGE_SIZE}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"cannot page past {MAX_OFFSET:,} results: narrow the search")
    for column, _ in equal:
        if column not in FILTER_COLUMNS:
            raise QueryError(f"cannot filter by {column!r}")
    key = (query, tuple(equal), exact, exact_facets, facets)
    summary = cache.get(conn, key) if cache is not None else None
    if query:
        search = Search(conn, query, Filters(equal=tuple(equal), exact_names=True),
                        exact=exact)
        hits = search.hits(limit, offset, order, MARK)
        if summary is None:
            summary = _search_summary(conn, search, bool(equal), exact_facets, facets)
    else:
        where, params = _where(equal)
        hits = _newest(conn, where, params, limit, offset)
        if summary is None:
            summary = _list_summary(conn, where, params, facets)
    if cache is not None and summary.skipped is None:
        cache.put(conn, key, summary)
    return Results(query, summary.total, offset, limit, hits, list(summary.facets),
                   summary.estimated, summary.skipped)


def _where(equal: Sequence[tuple[str, str]]) -> tuple[str, list[object]]:
    """The chosen values as a WHERE clause; a year or a month is also a ``sort_key`` range
    (the key orders articles by publication time), which indexes can walk."""
    clauses: list[str] = []
    params: list[object] = []
    for column, value in equal:
        clauses.append(f"a.{column} = ?")
        params.append(value)
        span = period_bounds(column, str(value))
        if span is not None:
            clauses.append("a.sort_key BETWEEN ? AND ?")
            params.extend(span)
    return ("WHERE " + " AND ".join(clauses), params) if clauses else ("", [])


def _newest(conn: sqlite3.Connection, where: str, params: list[object], limit: int,
            offset: int) -> list[SearchHit]:
    """A page of the newest articles with the chosen values: the covering facet index is
    walked in ``sort_key`` order until the page is full (a site chosen: ~500 small index
    entries, not the site's every row sorted), then only the page's rows are read."""
    columns = ("x.id, x.url, x.title, x.published_at, x.site, x.author, x.author_unit, "
               "x.category, x.lead, substr(x.body, 1, 600)")
    sql = (f"WITH page AS (SELECT a.rowid AS rid FROM articles a {_FACET_INDEX} {where} "
           f"ORDER BY a.sort_key LIMIT ? OFFSET ?) SELECT {columns} FROM page "
           f"JOIN articles x ON x.rowid = page.rid ORDER BY x.sort_key")
    try:
        rows = conn.execute(sql, [*params, limit, offset]).fetchall()
    except sqlite3.OperationalError as exc:   # an archive from before migration 4
        if "no such index" not in str(exc):
            raise
        rows = conn.execute(sql.replace(_FACET_INDEX, ""), [*params, limit, offset]
                            ).fetchall()
    return [SearchHit(url=url, title=title, published_at=published, site=site, author=author,
                      snippet=_excerpt(lead or body or ""), id=article_id,
                      author_unit=unit, category=category)
            for (article_id, url, title, published, site, author, unit, category, lead,
                 body) in rows]


def _excerpt(text: str, words: int = 40) -> str:
    tokens = text.split()
    return " ".join(tokens[:words]) + (" …" if len(tokens) > words else "")


# ------------------------------------------------------------------------------ facets

_COUNTED = [c for c in FACET_COLUMNS if c != "year"]   # years are summed from months
_COUNTS = " UNION ALL ".join(
    f"SELECT {i}, {c}, count(*) FROM matches WHERE {c} IS NOT NULL GROUP BY {c}"
    for i, c in enumerate(_COUNTED))
Counts = dict[str, list[tuple[Any, int]]]


def _search_summary(conn: sqlite3.Connection, search: Search, narrowed: bool,
                    exact_facets: bool, facets: bool) -> Summary:
    if not facets:
        return Summary(search.count())
    if narrowed:   # every facet counted exactly, and the total with them, in one pass
        columns = ", ".join(f"a.{c}" for c in _COUNTED)
        sql, params = search.matches_sql()
        summary = _counted(lambda: (_tally(conn.execute(
            f"WITH matches AS MATERIALIZED (SELECT {columns} {sql}) {_COUNTS}", params
        ).fetchall(), None), None))
    else:
        summary = _counted(lambda: _walk_once(conn, search,
                                              None if exact_facets else EXACT_FACETS))
    return summary if summary.total >= 0 else Summary(search.count(), skipped=summary.skipped)


def _list_summary(conn: sqlite3.Connection, where: str, params: list[object],
                  facets: bool) -> Summary:
    def total() -> int:
        return int(conn.execute(f"SELECT count(*) FROM articles a {where}", params
                                ).fetchone()[0])

    if not facets:
        return Summary(total())
    if where:
        # The chosen rows' facet columns, and the total with them, in one pass over the
        # covering facet index (small entries) rather than the rows themselves (~10 KB
        # each): a site chosen, 93 -> ~15 ms on 100,000 articles.
        columns = ", ".join(f"a.{c}" for c in _COUNTED)

        def count() -> tuple[Counts, int | None]:
            sql = (f"WITH matches AS MATERIALIZED (SELECT {columns} FROM articles a "
                   f"{_FACET_INDEX} {where}) {_COUNTS}")
            try:
                rows = conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:   # an archive from before migration 4
                if "no such index" not in str(exc):
                    raise
                rows = conn.execute(sql.replace(_FACET_INDEX, ""), params).fetchall()
            return _tally(rows, None), None

        summary = _counted(count)
        return summary if summary.total >= 0 else Summary(total(), skipped=summary.skipped)
    # the whole archive: every column grouped on its own index
    summary = _counted(lambda: ({c: _group(conn, c) for c in _COUNTED}, None))
    return Summary(total(), summary.facets, summary.estimated, summary.skipped)


_FACET_INDEX = "INDEXED BY idx_articles_facets"


def _counted(count: Callable[[], tuple[Counts, int | None]]) -> Summary:
    """Facets in display order from ``count`` (which returns the counts, and the total when
    a sample was scaled to it); the total is the sum of the site counts (every article has
    a site), -1 when the caller's time limit interrupted the count."""
    try:
        counts, scaled_to = count()
    except sqlite3.OperationalError as exc:
        if "interrupted" not in str(exc):
            raise
        return Summary(-1, skipped="the facet counts took too long for this search")
    counts["year"] = _years(counts["month"])
    shown = []
    for column in FACET_COLUMNS:
        values = counts[column]
        if column in _DATE_ORDERED:
            values.sort(key=lambda vc: str(vc[0]), reverse=True)
        else:
            values.sort(key=lambda vc: (-vc[1], str(vc[0])))
        size = FACET_SIZE[column]
        if values:
            shown.append(Facet(column, values[:size], len(values) > size))
    total = scaled_to if scaled_to is not None else sum(n for _, n in counts["site"])
    return Summary(total, tuple(shown), estimated=scaled_to is not None)


def _group(conn: sqlite3.Connection, column: str) -> list[tuple[Any, int]]:
    """One facet of the whole archive, grouped on the column's own index."""
    sql = (f"SELECT {column}, count(*) FROM articles WHERE {column} IS NOT NULL "
           f"GROUP BY {column}")
    return [(value, int(count)) for value, count in conn.execute(sql)]


#: A match is in the sample when this hash of its rowid is below a threshold: the rowid
#: (``-(publication epoch * 2**31 + id)``) split into its id and its seconds, each mixed by
#: a multiplier, modulo a prime (within 64-bit integers), so neither a pattern of ids (sites
#: crawled in turn) nor of times decides which articles are counted.
_PRIME = 65521
_HASH = (f"((((-hits.r) % 2147483648) * 40503 + ((-hits.r) / 2147483648) * 2654435761) "
         f"% {_PRIME})")


def _walk_once(conn: sqlite3.Connection, search: Search, sample: int | None
               ) -> tuple[Counts, int | None]:
    """The facets of a search from one walk of the index: its matches' rowids are kept and
    counted, and the facet columns of all of them (``sample`` None), or of every k-th so
    that about ``sample`` are read, are looked up in the covering facet index and counted,
    then scaled to the total (returned when it was)."""
    rowids, params = search.rowids_sql()
    size = sample or 1 << 62
    columns = ", ".join(f"a.{c}" for c in _COUNTED)
    rows = conn.execute(
        f"WITH hits AS MATERIALIZED ({rowids}), "
        f"n AS MATERIALIZED (SELECT count(*) AS total FROM hits), "
        f"matches AS MATERIALIZED (SELECT {columns} FROM hits "
        f"JOIN articles a ON a.sort_key = hits.r "
        f"WHERE {_HASH} < (SELECT {_PRIME} * {size} / max(total, 1) FROM n)) "
        f"SELECT -1, NULL, total FROM n UNION ALL {_COUNTS}", params).fetchall()
    total = int(rows[0][2])
    if total > size:
        return _tally(rows[1:], total), total
    return _tally(rows[1:], None), None


def _tally(rows: list[tuple[Any, ...]], scale_to: int | None) -> Counts:
    """Facet counts from (facet number, value, count) rows; scaled so that they sum to
    ``scale_to`` when a sample was counted."""
    seen = sum(n for i, _, n in rows if i == 0)   # every article has a site
    scale = scale_to / seen if scale_to is not None and seen else 1.0
    found: Counts = {c: [] for c in _COUNTED}
    for i, value, n in rows:
        found[_COUNTED[i]].append((value, max(1, round(n * scale)) if scale_to else int(n)))
    return found


def _years(months: list[tuple[Any, int]]) -> list[tuple[Any, int]]:
    years: dict[str, int] = defaultdict(int)
    for month, count in months:
        years[str(month)[:4]] += count
    return [(int(year) if year.isdigit() else year, count) for year, count in years.items()]


# ------------------------------------------------------------------------------ lookup

_OTHER_SCHEME = re.compile(r"[A-Za-z][\w+.-]*:(?!\d)")


#: A host name as sites have them: labels of letters, digits and hyphens, a top-level
#: domain of letters ("tinhuy.vn", "www.tinhuy.laocai.gov.vn"), an IPv4 address or
#: localhost — not a document's number read as one ("1.615/QĐ-UBND", "TP.HCM/2024").
_HOST = re.compile(r"(?:(?:[a-z0-9_](?:[a-z0-9_-]{0,61}[a-z0-9_])?\.)+(?:[a-z]{2,63}|xn--"
                   r"[a-z0-9-]{1,59})|(?:\d{1,3}\.){3}\d{1,3}|localhost)\.?")


def address_forms(address: str) -> list[str]:
    """The keys ``article_urls`` may hold for ``address`` as a reader has it, most literal
    first: its canonical form (tracking parameters dropped, the query sorted, the fragment
    gone), then with the other scheme, with or without ``www.``, with or without a
    trailing slash. An address without a scheme (``tinhuy.vn/tin/a.html``) is read as
    http. Empty for what is no web address (a host that is no host name, a port out of
    range, a broken IPv6 literal)."""
    try:
        return _address_forms(address)
    except ValueError:   # (urlsplit's and .port's: "http://[::1/x", "…:99999/")
        return []


def _address_forms(address: str) -> list[str]:
    text = address.strip()
    if not text:
        return []
    if "://" not in text:
        if _OTHER_SCHEME.match(text):     # mailto:, javascript:, urn:…
            return []
        text = "http://" + text.lstrip("/")
    if not is_http_url(text) or any(c.isspace() for c in text):
        return []
    parts = urlsplit(text)
    host = parts.hostname or ""
    try:   # (a Vietnamese host name, "hànội.vn", as its ASCII form)
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except UnicodeError:
        return []
    if _HOST.fullmatch(ascii_host) is None:
        return []
    _ = parts.port   # (raises on a port out of range)
    forms: list[str] = []
    for scheme in (None, "https", "http"):
        base = canonicalize(text, scheme)
        head, _, rest = base.partition("://")
        host, slash, path = rest.partition("/")
        name_only = host.rsplit(":", 1)[0] if not host.startswith("[") else host
        plain = name_only == "localhost" or name_only.replace(".", "").isdigit()
        hosts = [host] if plain or host.startswith("[") else [
            host, host[4:] if host.startswith("www.") else "www." + host]
        for name in hosts:
            url = f"{head}://{name}{slash}{path}"
            forms.append(url)
            stem, q, query = url.partition("?")
            last = path.partition("?")[0].rsplit("/", 1)[-1]
            if path.partition("?")[0] and "." not in last:  # a folder's, not a file's
                other = stem[:-1] if stem.endswith("/") else stem + "/"
                forms.append(other + q + query)
    return list(dict.fromkeys(forms))


def find(conn: sqlite3.Connection, address: str) -> int | None:
    """The id of the article ``address`` names — any address it was reached by, in any of
    :func:`address_forms` — or None when the archive holds none."""
    forms = address_forms(address)
    if not forms:
        return None
    rows = dict(conn.execute(
        "SELECT url, article_id FROM article_urls WHERE url IN (SELECT value FROM json_each(?))",
        [json.dumps(forms)]).fetchall())
    for form in forms:
        if form in rows:
            return int(rows[form])
    return None


# ------------------------------------------------------------------------------ article

@dataclass(slots=True)
class ArticleView:
    """One article for reading: ``record`` holds the public columns (JSON decoded)."""

    record: dict[str, Any]
    paragraphs: list[str]
    versions: list[dict[str, Any]]
    copies: list[dict[str, Any]]
    captures: list[dict[str, Any]]


def article(conn: sqlite3.Connection, article_id: int) -> ArticleView | None:
    """The article ``article_id`` for its page, or None when there is none."""
    cur = conn.execute("SELECT * FROM articles WHERE id = ?", [article_id])
    row = cur.fetchone()
    if row is None:
        return None
    record = dict(zip([d[0] for d in cur.description], row, strict=True))
    for key in JSON_COLUMNS:
        record[key] = json.loads(record[key] or "[]")
    return ArticleView(record, _paragraphs(record), _versions(conn, record),
                       _copies(conn, record), _captures(conn, record))


def _paragraphs(record: dict[str, Any]) -> list[str]:
    """The body's paragraphs without the lead (the body starts with it) and without lines
    that only repeat an image caption."""
    paragraphs = [p.strip() for p in (record["body"] or "").split("\n\n") if p.strip()]
    lead = (record["lead"] or "").strip()
    if paragraphs and lead and paragraphs[0] == lead:
        paragraphs = paragraphs[1:]
    captions = {c.strip() for c in record["captions"] if c}
    return [p for p in paragraphs if p not in captions]


def _versions(conn: sqlite3.Connection, record: dict[str, Any]) -> list[dict[str, Any]]:
    """Every text the article had, oldest first, each with what changed from the one
    before it (fields, and words added and removed in the body)."""
    cur = conn.execute("SELECT version, title, lead, body, author, author_unit, published_at, "
                       "valid_from, valid_to FROM article_versions WHERE article_id = ? "
                       "ORDER BY version", [record["id"]])
    names = [d[0] for d in cur.description]
    texts = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    if not texts:
        return []
    texts.append({"version": len(texts) + 1, "title": record["title"],
                  "lead": record["lead"], "body": record["body"], "author": record["author"],
                  "author_unit": record["author_unit"],
                  "published_at": record["published_at"],
                  "valid_from": record["version_seen_at"], "valid_to": None})
    for before, after in itertools.pairwise(texts):
        after["changed"] = [k for k in ("title", "lead", "author", "author_unit",
                                        "published_at") if before[k] != after[k]]
        added, removed = _word_changes(before["body"] or "", after["body"] or "")
        if added or removed:
            after["changed"].append("body")
        after["words_added"], after["words_removed"] = added, removed
        after["previous_title"] = before["title"]
    texts[0]["changed"] = []
    for text in texts:
        del text["body"]
    return texts


def _word_changes(before: str, after: str, cap: int = 20_000) -> tuple[int, int]:
    a, b = before.split()[:cap], after.split()[:cap]
    added = removed = 0
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False
                                                      ).get_opcodes():
        if op in ("replace", "delete"):
            removed += i2 - i1
        if op in ("replace", "insert"):
            added += j2 - j1
    return added, removed


def _copies(conn: sqlite3.Connection, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The other articles of its near-duplicate cluster (syndicated copies), oldest first."""
    if record.get("cluster_id") is None:
        return []
    cur = conn.execute("SELECT id, site, title, published_at, url, duplicate_of FROM articles "
                       "WHERE cluster_id = ? AND id != ? ORDER BY published_at, id LIMIT 50",
                       [record["cluster_id"], record["id"]])
    names = [d[0] for d in cur.description]
    return [dict(zip(names, r, strict=True)) for r in cur.fetchall()]


def _captures(conn: sqlite3.Connection, record: dict[str, Any]) -> list[dict[str, Any]]:
    """The captures of its URL (newest first; the one its text came from flagged)."""
    try:
        cur = conn.execute("SELECT id, fetched_at, status, record_type FROM captures "
                           "WHERE url = ? OR id = ? ORDER BY fetched_at DESC LIMIT 20",
                           [record["url"], record["capture_id"]])
    except sqlite3.OperationalError:   # an archive loaded without captures
        return []
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r, strict=True)) for r in cur.fetchall()]
    for capture in out:
        capture["current"] = capture["id"] == record["capture_id"]
    return out
