"""The search page and the article page: request in, :mod:`archiver.browse` on Datasette's
read connection (under a time limit), template out."""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlencode

from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import NotFound, Response
from markupsafe import Markup, escape

from archiver import browse
from archiver.errors import QueryError
from archiver.search import FILTER_COLUMNS, ORDERS, Order, SearchHit

__all__ = ["FACET_ARGS", "article_page", "articles_page", "display_date", "marked", "refused"]

FACET_ARGS = FILTER_COLUMNS
#: Milliseconds a page's SQL may take (facet counts are dropped when they would not fit);
#: counting every facet exactly on request gets more.
PAGE_MS = 1500
EXACT_FACETS_MS = 4000
LABELS = {"site": "Site", "year": "Year", "month": "Month", "category": "Category",
          "author_unit": "Unit", "author": "Author"}
ORDER_LABELS = {"exact-first": "spelled as typed first, then newest",
                "newest": "newest first", "relevance": "relevance"}
_ISO = re.compile(r"(\d{4})-(\d\d)-(\d\d)(?:T(\d\d):(\d\d))?")


def display_date(value: str | None) -> str:
    """``2023-07-12T16:43:00+07:00`` as a Vietnamese reader writes it: ``12/07/2023 16:43``."""
    match = _ISO.match(value or "")
    if not match:
        return value or ""
    year, month, day, hour, minute = match.groups()
    return f"{day}/{month}/{year}" + (f" {hour}:{minute}" if hour else "")


def _url(path: str, args: list[tuple[str, str]]) -> str:
    return path + ("?" + urlencode(args) if args else "")


class _Args:
    """The search page's query parameters. ``check()`` validates them (``QueryError``);
    an unchecked instance still renders the form with what was typed."""

    def __init__(self, request: Any) -> None:
        args = request.args
        self.pairs = [(key, value) for key in args for value in args.getlist(key)]
        first = dict(reversed(self.pairs))
        self.query = (first.get("_search") or "").strip() or None
        #: an article's address, given as ``url`` (``asked``), or pasted into the search box
        self.asked = bool((first.get("url") or "").strip())
        self.address = (first.get("url") or "").strip() or (
            self.query if self.query and ("/" in self.query) and browse.address_forms(
                self.query) else None)
        self.exact = first.get("_exact") == "1"
        self.exact_facets = first.get("_facets") == "exact"
        self.order = first.get("_order") or "exact-first"
        self.raw_page, self.raw_size = first.get("_page") or "1", first.get("_size") or "20"
        self.page, self.size = 1, 20
        self.equal = [(k, v) for k, v in self.pairs if k in FACET_ARGS]

    def check(self) -> None:
        if self.order not in ORDERS:
            raise QueryError(f"_order must be one of {', '.join(ORDERS)}, not {self.order!r}")
        try:
            self.page, self.size = max(1, int(self.raw_page)), int(self.raw_size)
        except ValueError:
            raise QueryError("_page and _size must be whole numbers") from None

    def without(self, *keys: str, pair: tuple[str, str] | None = None) -> list[tuple[str, str]]:
        return [(k, v) for k, v in self.pairs if k not in keys and (k, v) != pair]


async def articles_page(request: Any, datasette: Any) -> Response:
    name = request.url_vars["database"]
    await _allowed(datasette, request, name)
    path = datasette.urls.table(name, "articles")
    args = _Args(request)
    status, error, page = 200, None, None
    database = datasette.get_database(name)
    if args.address:
        address = args.address
        found = await database.execute_fn(lambda conn: browse.find(conn, address))
        if found is not None:
            return Response.redirect(datasette.urls.row(name, "articles", str(found)))
    if args.address and args.asked:
        forms = browse.address_forms(args.address)
        context = _results_context(datasette, name, path, args, None)
        context["error"] = (f"no article in this archive was reached at {forms[0]}" if forms
                            else f"{args.address!r} is not a web address")
        context["error_label"] = "Not archived:"
        html = await datasette.render_template("archiver_articles.html", context,
                                               request=request)
        return Response.html(html, status=404)
    try:
        args.check()
        order: Order = args.order  # type: ignore[assignment]
        ms = EXACT_FACETS_MS if args.exact_facets else PAGE_MS
        cache = _cache(database)

        def run(conn: Any) -> browse.Results:
            with sqlite_timelimit(conn, ms):
                return browse.results(conn, args.query, args.equal,
                                      offset=(args.page - 1) * args.size, limit=args.size,
                                      order=order, exact=args.exact,
                                      exact_facets=args.exact_facets, cache=cache)

        page = await database.execute_fn(run)
    except QueryError as exc:
        status, error = 400, str(exc)
    context = _results_context(datasette, name, path, args, page)
    context["error"] = error
    html = await datasette.render_template("archiver_articles.html", context, request=request)
    return Response.html(html, status=status)


def _results_context(datasette: Any, name: str, path: str, args: _Args,
                     page: browse.Results | None) -> dict[str, Any]:
    context: dict[str, Any] = {
        "database": name, "table": "articles", "path": path, "args": args,
        "query": args.query or "", "exact": args.exact, "order": args.order,
        "accented": bool(args.query) and not (args.query or "").isascii(),
        "orders": _order_choices(args), "page": page, "labels": LABELS,
        "hidden": [(k, v) for k, v in args.pairs if k in (*FACET_ARGS, "_size")],
        "json_url": _url(datasette.urls.table(name, "articles", format="json"),
                         [(k, v) for k, v in args.pairs if k in ("_search", "_exact",
                                                                  *FACET_ARGS)]
                         + [("_shape", "objects")]),
        "table_url": _url(path, [*args.without("_order", "_facets", "_size"),
                                 ("_view", "table")]),
        "sql_url": datasette.urls.database(name),
        "chosen": [(LABELS[k], v, _url(path, args.without("_page", pair=(k, v))))
                   for k, v in args.equal],
    }
    if page is None:
        return context
    context["rows"] = [_row(datasette, name, hit, bool(args.query)) for hit in page.hits]
    context["facets"] = [_facet(path, args, facet, context["table_url"])
                         for facet in page.facets]
    pages = max(1, -(-page.total // page.limit))
    last = min(pages, browse.MAX_OFFSET // page.limit + 1)
    nav = args.without("_page")
    context.update(
        pages=pages, page_number=args.page, first_shown=page.offset + 1 if page.hits else 0,
        last_shown=page.offset + len(page.hits),
        prev_url=_url(path, [*nav, ("_page", str(args.page - 1))]) if args.page > 1 else None,
        next_url=_url(path, [*nav, ("_page", str(args.page + 1))])
        if args.page < last else None,
        exact_facets_url=_url(path, [*args.without("_facets"), ("_facets", "exact")]),
        order_urls={o: _url(path, [*args.without("_order", "_page"), ("_order", o)])
                    for o in ORDERS})
    return context


def _order_choices(args: _Args) -> list[tuple[str, str, bool]]:
    """The orders a search offers, as (order, label, current). An accented query has
    three; one typed without accents (or matched with exact accents only) has two: its
    'spelled as typed first' is its newest first."""
    if not args.query:
        return []
    if not args.query.isascii() and not args.exact:
        return [(key, label, key == args.order) for key, label in ORDER_LABELS.items()]
    newest = args.order in ("newest", "exact-first")
    return [("newest", ORDER_LABELS["newest"], newest),
            ("relevance", ORDER_LABELS["relevance"], not newest)]


def marked(text: str, mark: tuple[str, str] = ("<mark>", "</mark>")) -> Markup:
    """``text`` escaped, its ``mark`` pairs turned into ``<mark>`` elements (nothing else
    of it can become markup)."""
    html = str(escape(text))
    opening, closing = (str(escape(m)) for m in mark)
    return Markup(html.replace(opening, "<mark>").replace(closing, "</mark>"))


def _row(datasette: Any, name: str, hit: SearchHit, searched: bool) -> dict[str, Any]:
    return {"hit": hit, "date": display_date(hit.published_at),
            "href": datasette.urls.row(name, "articles", str(hit.id)),
            "snippet": marked(hit.snippet, browse.MARK) if searched else hit.snippet}


def _facet(path: str, args: _Args, facet: browse.Facet, table_url: str) -> dict[str, Any]:
    """A facet's values with the links that choose or unchoose them; a cut list links to
    every value in Datasette's table view."""
    values = []
    for value, count in facet.values:
        pair = (facet.column, str(value))
        selected = pair in args.equal
        chosen = args.without("_page", pair=pair) if selected else [
            *args.without("_page"), pair]
        values.append({"value": value, "count": count, "selected": selected,
                       "url": _url(path, chosen)})
    more = f"{table_url}&_facet_size=max" if facet.truncated else None
    return {"column": facet.column, "label": LABELS[facet.column], "values": values,
            "more_url": more}


async def article_page(request: Any, datasette: Any) -> Response:
    name = request.url_vars["database"]
    await _allowed(datasette, request, name)
    article_id = int(request.url_vars["id"])

    def run(conn: Any) -> browse.ArticleView | None:
        with sqlite_timelimit(conn, PAGE_MS):
            return browse.article(conn, article_id)

    view = await datasette.get_database(name).execute_fn(run)
    if view is None:
        raise NotFound(f"No article {article_id} in {name}")
    record = view.record
    images = [{"src": i.get("src"), "caption": i.get("caption")} for i in record["images"]
              if isinstance(i, dict) and i.get("src")]
    shown = {i["caption"] for i in images if i["caption"]}
    context = {
        "database": name, "table": "articles", "view": view, "record": record,
        "date": display_date(record["published_at"]),
        "updated": display_date(record["updated_at"]),
        "images": images,
        "other_captions": [c for c in record["captions"] if c and c not in shown],
        "row_url": datasette.urls.row(name, "articles", str(article_id)) + "?_view=row",
        "json_url": datasette.urls.row(name, "articles", str(article_id), format="json"),
        "list_url": datasette.urls.table(name, "articles"),
        "article_url": lambda other: datasette.urls.row(name, "articles", str(other)),
        "capture_url": lambda capture: datasette.urls.path(f"/-/capture/{name}/{capture}"),
        "display_date": display_date,
        "versions_url": _url(datasette.urls.table(name, "article_versions"),
                             [("article_id", str(article_id))]),
    }
    html = await datasette.render_template("archiver_article.html", context, request=request)
    return Response.html(html)


async def refused(request: Any, datasette: Any) -> Response:
    """A canned search whose query was refused before any SQL (too long, malformed)."""
    error = request.args.get("error") or "bad query"
    if request.args.get("format") == "json":
        return Response.json({"ok": False, "error": error, "status": 400}, status=400)
    html = await datasette.render_template(
        "error.html", {"error": error, "status": 400, "title": "Search refused"},
        request=request)
    return Response.html(html, status=400)


def _cache(database: Any) -> browse.SummaryCache:
    """The totals and facet counts of recent pages of one database (see SummaryCache), kept
    with Datasette's object for it, which owns the connections the cache is keyed by."""
    cache: browse.SummaryCache = database.__dict__.setdefault("_archiver_summaries",
                                                              browse.SummaryCache())
    return cache


async def _allowed(datasette: Any, request: Any, name: str) -> None:
    if name not in datasette.databases:
        raise NotFound(f"No database {name}")
    await datasette.ensure_permissions(request.actor, [
        ("view-table", (name, "articles")), ("view-database", name), "view-instance"])
