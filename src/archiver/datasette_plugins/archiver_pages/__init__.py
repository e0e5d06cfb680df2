"""Datasette plugin: the analysts' pages of an archive, and search in its query language.

Registered through the ``datasette`` entry point, so ``archiver serve`` and plain
``datasette archive.db`` both have it. In every database that is an archive:

* ``/<db>/articles`` opens on the **search page** (:mod:`.views`): a search box taking
  ``archiver search``'s query language with or without accents, facets (months in date
  order), the total, concise rows (date, title linking to the article, site, author,
  unit, category, snippet or lead) and paging. An article's address pasted into the box
  (or given as ``?url=``), as the site or a citation has it, opens that article's page.
  ``?q=`` is read as ``_search``. A URL with Datasette's own table
  parameters (``_col``, ``_sort``, ``_facet``, ``col__contains``, …, or ``_view=table``)
  gets Datasette's table page instead, opening on concise columns (the internal search
  columns hidden) and searching the same way.
* ``/<db>/articles/<id>`` is the **article page**: the article as it reads, its versions,
  syndicated copies, original URL and captures. With any query parameter (or as
  ``.json``) it is Datasette's row page.
* ``_search`` on the table page, its JSON and CSV, is matched by :class:`archiver.search.
  Search` (``filters_from_request``); Datasette's own ``_search`` (which would read the
  query without its accents' ``đ`` and AND it with ours) never sees it.
* The canned queries ``search_folded`` / ``search_exact`` use the SQL functions
  ``archiver_fts(q, exact)`` and ``archiver_snippet(q, body, title, exact)``; a malformed
  or oversized ``q`` is refused in a millisecond, before any SQL runs.
* A ``snippet`` cell shows its highlights as ``<mark>`` (the rest escaped).
"""

from __future__ import annotations

import functools
import sqlite3
from typing import Any
from urllib.parse import parse_qsl, unquote, urlencode

from datasette import hookimpl
from datasette.filters import FilterArguments
from datasette.utils import tilde_decode
from datasette.utils.asgi import BadRequest
from markupsafe import Markup, escape

from archiver.datasette_plugins.archiver_pages import views
from archiver.datasette_plugins.archiver_pages.views import marked
from archiver.errors import QueryError
from archiver.search import Query, parse_query

#: Query parameters the search page understands; any other sends a URL to Datasette.
PAGE_ARGS = frozenset({"_search", "_exact", "_order", "_page", "_size", "_facets", "url",
                       *views.FACET_ARGS})
#: Names people give a search that mean ``_search`` on the articles' pages.
SEARCH_ALIASES = frozenset({"q"})
#: Columns Datasette's table page opens on (``_col`` wins when given).
TABLE_COLUMNS = ("published_at", "title", "site", "author", "author_unit", "category",
                 "lead", "url", "capture_id", "version_count")
SEARCH_ARG = "_archiver_search"   # `_search` as it reaches Datasette's table page
CANNED = frozenset({"search_folded", "search_exact"})


# -- routing -----------------------------------------------------------------------------------

async def _is_archive(datasette: Any, name: str) -> bool:
    known: dict[str, bool] = datasette.__dict__.setdefault("_archiver_archives", {})
    if name not in known:
        if name not in datasette.databases:
            return False
        rows = await datasette.get_database(name).execute(
            "select count(*) from sqlite_master where name in "
            "('articles', 'articles_fts_folded', 'articles_fts')")
        if rows.first()[0] != 3:
            return False   # not cached: a new live file may become an archive
        known[name] = True
    return known[name]


def _rewrite(scope: dict[str, Any], path: str, query: list[tuple[str, str]]
             ) -> dict[str, Any]:
    qs = urlencode(query).encode("latin-1")
    return dict(scope, path=path, raw_path=path.encode("ascii"), query_string=qs)


async def _route(datasette: Any, scope: dict[str, Any]) -> dict[str, Any] | None:
    """The scope a request is served with, when it is one of ours; None otherwise."""
    base = datasette.setting("base_url").rstrip("/")
    raw = (scope.get("raw_path") or scope["path"].encode()).decode("ascii", "replace")
    path = raw.partition("?")[0]
    if base and not path.startswith(base + "/"):
        return None
    parts = path[len(base):].strip("/").split("/")
    if len(parts) not in (2, 3):
        return None
    name = tilde_decode(unquote(parts[0]))
    table, _, ext = parts[1].partition(".")
    if table not in ("articles", *CANNED) or not await _is_archive(datasette, name):
        return None
    query = parse_qsl(scope.get("query_string", b"").decode("latin-1"),
                      keep_blank_values=True)
    encoded = parts[0]
    if table == "articles":
        query = [("_search" if k in SEARCH_ALIASES else k, v) for k, v in query]
    if len(parts) == 3:   # /db/articles/<id>: the article page unless asked for the row
        if table == "articles" and not ext and parts[2].isdigit() and not query:
            return _rewrite(scope, f"{base}/-/archiver/{encoded}/articles/{parts[2]}", [])
        return None
    if table in CANNED:
        return _check_canned(scope, query, base, encoded, ext)
    if not ext and {k for k, _ in query} <= PAGE_ARGS:
        return _rewrite(scope, f"{base}/-/archiver/{encoded}/articles", query)
    # Datasette's table page, JSON or CSV: our search, and concise columns by default
    query = [(SEARCH_ARG if k == "_search" else k, v) for k, v in query]
    if not ext and not any(k in ("_col", "_nocol") for k, _ in query):
        query += [("_col", c) for c in TABLE_COLUMNS]
    return dict(scope, query_string=urlencode(query).encode("latin-1"))


def _check_canned(scope: dict[str, Any], query: list[tuple[str, str]], base: str,
                  encoded: str, ext: str) -> dict[str, Any] | None:
    """A canned search with a query it cannot run is answered at once with the reason."""
    q = dict(query).get("q")
    if not q:
        return None
    try:
        parse_query(q)
    except QueryError as exc:
        return _rewrite(scope, f"{base}/-/archiver/refused", [
            ("error", str(exc)), ("format", ext or "html")])
    return None


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def asgi_wrapper(datasette: Any) -> Any:
    def wrap(app: Any) -> Any:
        async def inner(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope["type"] == "http" and scope.get("method") in ("GET", "HEAD"):
                scope = await _route(datasette, scope) or scope
            await app(scope, receive, send)
        return inner
    return wrap


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def register_routes() -> list[tuple[str, Any]]:
    return [(r"^/-/archiver/(?P<database>[^/]+)/articles$", views.articles_page),
            (r"^/-/archiver/(?P<database>[^/]+)/articles/(?P<id>\d+)$", views.article_page),
            (r"^/-/archiver/refused$", views.refused)]


# -- Datasette's table page: _search in our query language --------------------------------------

@hookimpl(trylast=True)  # type: ignore[untyped-decorator]  # our extra_context wins
def filters_from_request(request: Any, database: str, table: str, datasette: Any) -> Any:
    if table != "articles" or not request.args.get(SEARCH_ARG):
        return None
    text = request.args[SEARCH_ARG]
    exact = request.args.get("_exact") == "1"
    try:
        query = parse_query(text)
    except QueryError as exc:
        raise BadRequest(str(exc)) from None
    index = "articles_fts" if exact else "articles_fts_folded"
    return FilterArguments(
        [f"sort_key in (select rowid from {index} where {index} match :archiver_fts)"],
        params={"archiver_fts": _render(query, exact)},
        human_descriptions=[f'search matches "{text}"'],
        extra_context={"supports_search": True, "search": text})


def _render(query: Query, exact: bool) -> str:
    from archiver.text import canonical_tones, fold

    return query.fts(canonical_tones if exact else fold)


# -- SQL functions for the canned queries --------------------------------------------------------

@functools.lru_cache(maxsize=256)
def _parsed(text: str) -> Query:
    return parse_query(text)


def archiver_fts(text: str | None, exact: int) -> str:
    """``archiver search``'s query language rendered for the exact (1) or folded (0) index."""
    return _render(_parsed(text or ""), bool(exact))


def archiver_snippet(text: str | None, body: str | None, title: str | None, exact: int) -> str:
    """A snippet of ``body`` with the hits of ``text`` in ``<mark>``, as ``archiver search``
    highlights them (the words as typed for an exact match)."""
    from archiver.search import snippet

    return snippet(_parsed(text or ""), body, title, bool(exact), ("<mark>", "</mark>"))


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def prepare_connection(conn: sqlite3.Connection) -> None:
    conn.create_function("archiver_fts", 2, archiver_fts, deterministic=True)
    conn.create_function("archiver_snippet", 4, archiver_snippet, deterministic=True)


@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def extra_css_urls(view_name: str, table: str | None, datasette: Any) -> list[str]:
    if view_name == "table" and table == "articles":
        return [datasette.urls.static_plugins("archiver", "table.css")]
    return []


# -- cells ---------------------------------------------------------------------------------------

@hookimpl  # type: ignore[untyped-decorator]  # datasette ships no type hints
def render_cell(row: Any, value: Any, column: str, table: str | None, database: str,
                datasette: Any) -> Markup | None:
    if column == "snippet" and isinstance(value, str):
        return marked(value)
    if table == "articles" and column == "title" and isinstance(value, str):
        try:
            article_id = row["id"]
        except (KeyError, IndexError):
            return None
        href = datasette.urls.row(database, "articles", str(article_id))
        return Markup(f'<a href="{escape(href)}">{escape(value)}</a>')
    return None


__all__ = ["archiver_fts", "archiver_snippet", "marked"]
