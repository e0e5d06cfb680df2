"""Discovery: which links on a listing page are articles, which are its next pages; sitemaps,
sitemap indexes, RSS/Atom feeds; ASP.NET ``__doPostBack`` pagers; and trap detection.

With a profile, its ``[listing]`` rules (URL regexes and selectors) decide; without one
(``auto``), URL shape and pager cues do: article URLs carry a numeric id or a long slug, pager
links have a page parameter or a number / "Trang sau" / "Tiếp theo" / "»" as their text.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import html
import itertools
import json
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

from selectolax.lexbor import LexborHTMLParser, LexborNode

from archiver import scriptlinks
from archiver.codings import decode_content
from archiver.dom import ancestors, in_frame, node_text, parse, text_length
from archiver.profiles import ListingRules
from archiver.text import decode_html, decode_html_charset, encode_as
from archiver.urls import canonicalize, is_http_url, remembered, resolve, same_site
from archiver.vocab import (
    ARTICLE_URL,
    BANNER,
    CALENDAR_PART,
    DATE_COLUMN,
    DAY_ARCHIVE_TEXT,
    JSON_NEXT_KEY,
    JSON_URL_KEY,
    LISTING_NOISE_KEY,
    LOAD_MORE_CUE,
    LOGIN_PATH,
    NEXT_TEXT,
    NOT_ARTICLE_URL,
    NOT_SECTION_TEXT,
    NOT_SECTION_URL,
    OLDER_TEXT,
    PAGE_KEY,
    PAGE_SEGMENT,
    PAGER_CLASS_WORDS,
    PAGER_TEXT,
    READ_MORE,
    SEE_ALL,
    TRAP_URL,
    VIEW_KEY,
    YEAR_PARAM,
)

__all__ = [
    "REQUEST_KEY",
    "Links",
    "Postback",
    "answer_requests",
    "as_utf8",
    "continues",
    "document_base",
    "expects_script",
    "feed_next",
    "is_day_page",
    "is_menu_script",
    "is_section_address",
    "is_trap",
    "is_view_of",
    "item_pattern",
    "json_links",
    "json_listing_links",
    "link_header_next",
    "listing_key",
    "listing_links",
    "looks_like_article_url",
    "looks_like_pager_url",
    "meta_refresh",
    "next_request",
    "page_number",
    "parse_feed",
    "parse_sitemap",
    "query_in_charset",
    "read_feed",
    "read_listing",
    "same_request",
    "unpack_request",
    "walk_key",
    "with_page_number",
]

log = logging.getLogger(__name__)


#: The key of a request's method, headers and body in a queued request's form (see
#: :meth:`Postback.form`; :func:`unpack_request` reads it).
REQUEST_KEY = "\x00request"


@dataclass(frozen=True, slots=True)
class Postback:
    """An ASP.NET pager link: POST the page's form back with a target and argument; or
    (no target) a form whose only control is a "Xem thêm" / next button: POST its fields;
    or a request a page's script makes as it makes it (``headers``, a JSON ``body``, a GET
    ``method``): DNN's Services Framework, a theme's admin-ajax paging, an ASP.NET page
    method."""

    action: str
    target: str
    argument: str
    fields: tuple[tuple[str, str], ...]
    headers: tuple[tuple[str, str], ...] = ()
    body: str | None = None
    method: str = "POST"
    #: an ASP.NET client callback's page functions ("CallServer:0": its name and the
    #: position of the argument it passes on), whose calls in the answer are this request
    #: again with another argument
    callbacks: tuple[str, ...] = ()

    @property
    def scripted(self) -> bool:
        """A script's request, with its own method, headers or body."""
        return bool(self.headers) or self.body is not None or self.method != "POST"

    @property
    def key(self) -> str:
        """The postback's frontier key: its target and argument, and a digest of the state
        it is posted with — a windowed pager's ``ctl01`` is another page on every page —
        unless its argument names the page itself (``Page$3``). A plain form ("Xem thêm"
        posting its hidden fields) is keyed by its action and fields; a script's request by
        its action and everything it sends."""
        if self.scripted:
            # (a nonce the theme rotates, tagDiv's "td_magic_token", WordPress's "_wpnonce",
            # is sent but is no part of which request it is: the same page tomorrow)
            fields = tuple((k, v) for k, v in self.fields if not _NONCE_KEY.search(k))
            sent = repr((self.method, self.headers, fields, self.body)) + (
                repr(self.callbacks) if self.callbacks else "")   # (a proxy's page's calls)
            return f"{self.action}#request@" + hashlib.sha1(sent.encode("utf-8")).hexdigest()[:12]
        if not self.target:
            digest = hashlib.sha1(repr(self.fields).encode("utf-8")).hexdigest()[:12]
            return f"{self.action}#post@{digest}"
        chosen = self.chosen
        if chosen is not None:   # a page drop-down: the value posted names the page
            return f"{self.action}#__doPostBack({self.target}={chosen})"
        key = f"{self.action}#__doPostBack({self.target},{self.argument})"
        if self.fields and not self.absolute:
            key += "@" + hashlib.sha1(repr(self.fields).encode("utf-8")).hexdigest()[:12]
        return key

    @property
    def chosen(self) -> str | None:
        """The value a page drop-down posts under its own name (``ddlTrang=3``), if any."""
        return next((v for k, v in self.fields if k == self.target), None)

    @property
    def faces(self) -> bool:
        """A JSF form posted back (its view's state in it): a command link's, an item or a
        page of a list whose every link is one."""
        return not self.target and any(k == "javax.faces.ViewState" for k, _ in self.fields)

    @property
    def absolute(self) -> bool:
        """The argument names the page (``Page$3``), or the drop-down's value does: the same
        page from any page."""
        return any(c.isdigit() for c in self.argument) or self.chosen is not None

    def form(self) -> dict[str, str]:
        data = dict(self.fields)
        if self.target:
            data["__EVENTTARGET"] = self.target
            data["__EVENTARGUMENT"] = self.argument
        if self.scripted:
            spec: dict[str, object] = {"method": self.method, "headers": dict(self.headers),
                                       "body": self.body}
            if self.callbacks:
                spec["callbacks"] = list(self.callbacks)
            data[REQUEST_KEY] = json.dumps(spec)
        return data


#: A request field holding a token that changes from day to day.
_NONCE_KEY = re.compile(r"nonce|token|magic|csrf|p_auth", re.IGNORECASE)
#: The last page a script's paged request is asked for (a walk stops long before).
MAX_REQUEST_PAGE = 500


def next_request(url: str, form: dict[str, str] | None) -> Postback | None:
    """The request for the page after a script's paged request (``url``, the queued key,
    and its queued ``form``): the same request with its page field one higher (tagDiv's
    ``td_current_page``), asked for only when this one showed something new."""
    method, posted, headers, body = unpack_request(form)
    if method is None or body is not None or not posted or "#request@" not in url:
        return None
    fields = list(posted.items())
    at = next((i for i, (k, v) in enumerate(fields) if PAGE_KEY.match(k) and v.isascii()
               and v.isdigit() and len(v) <= 4), None)
    if at is None or int(fields[at][1]) >= MAX_REQUEST_PAGE:
        return None
    fields[at] = (fields[at][0], str(int(fields[at][1]) + 1))
    return Postback(url.split("#request@", 1)[0], "", "", tuple(fields),
                    tuple(headers.items()), None, method)


def same_request(url: str, form: dict[str, str] | None) -> Postback | None:
    """The request a script's GET request (``form``, as queued) would make of ``url``, its
    next page an answer names (SharePoint's "__next"): the same headers, or None when the
    queued one was no script's GET."""
    method, _posted, headers, body = unpack_request(form)
    if method != "GET" or body is not None:
        return None
    return Postback(url, "", "", (), tuple(headers.items()), None, "GET")


def unpack_request(form: dict[str, str] | None
                   ) -> tuple[str | None, dict[str, str] | None, dict[str, str], str | None]:
    """A queued request's method (None: as its form says), form (None: no form), headers
    and JSON body, from the form :meth:`Postback.form` gave."""
    if not form or REQUEST_KEY not in form:
        return None, form, {}, None
    spec = json.loads(form[REQUEST_KEY])
    rest = {k: v for k, v in form.items() if k != REQUEST_KEY}
    method = str(spec.get("method") or "POST")
    return method, (rest or None) if method == "POST" and spec.get("body") is None else None, \
        {str(k): str(v) for k, v in (spec.get("headers") or {}).items()}, spec.get("body")


#: The position of the next page in a Lists.asmx answer (``<rs:data …
#: ListItemCollectionPositionNext="Paged=TRUE&amp;p_ID=30">``).
_POSITION_NEXT = re.compile(rb"""\sListItemCollectionPositionNext=(["'])([^"'<>]{1,1000})\1""")
_QUERY_OPTIONS = re.compile(r"<queryOptions>(.*?)</queryOptions>", re.DOTALL)
_PAGING = re.compile(r"<Paging\b[^>]*/>|<Paging\b[^>]*>.*?</Paging>", re.DOTALL)
#: A client callback's answer, as WebForms.js reads it: ``s<result>``, ``e<error>``, or
#: (a page validating events) ``<n>|<n characters of __EVENTVALIDATION><result>``.
_CALLBACK_VALIDATION = re.compile(r"^(\d{1,7})\|")
#: Most pages of one client callback's answers followed.
MAX_CALLBACK_PAGES = 200


def answer_requests(url: str, form: dict[str, str] | None, body: bytes,
                    hosts: frozenset[str] | None = None) -> list[Postback]:
    """The requests an answer to a script's request (``url``, its queued ``form``) calls for
    that only the request tells how to make: the next page of SPServices' GetListItems
    (the same envelope with the answer's ``ListItemCollectionPositionNext`` as its
    ``<Paging>``), and the pages an ASP.NET client callback's answer calls its own
    function for (``CallServer('2026-2', '')``: the same form posted with that argument,
    and the event validation the answer hands back)."""
    method, posted, headers, sent = unpack_request(form)
    if method is None or form is None:
        return []
    action = url.split("#request@", 1)[0]
    if sent is not None and "<GetListItems" in sent:
        found = _POSITION_NEXT.search(body[:4_000_000])
        options = _QUERY_OPTIONS.search(sent)
        if found is None or options is None:
            return []
        position = html.unescape(found.group(2).decode("utf-8", "replace"))
        paging = f'<Paging ListItemCollectionPositionNext="{html.escape(position, quote=True)}" />'
        inner = _PAGING.sub("", options.group(1))
        if "<QueryOptions>" in inner:
            inner = inner.replace("<QueryOptions>", "<QueryOptions>" + paging, 1)
        else:
            inner = f"<QueryOptions>{paging}</QueryOptions>"
        following = sent[:options.start(1)] + inner + sent[options.end(1):]
        return [Postback(action, "", "", (), tuple(headers.items()), following, method)]
    callbacks = _callbacks(form)
    proxied = [c for c in callbacks if c.startswith(PROXY_MARK)]
    if proxied:
        return [pb for pb in _proxy_answer(action, proxied[0][len(PROXY_MARK):], body)
                if hosts is None or (same_site(pb.action, hosts) and not is_trap(pb.action))]
    if not posted or "__CALLBACKID" not in posted or not callbacks:
        return []
    text = body[:2_000_000].decode("utf-8", "replace")
    fields = dict(posted)
    validated = _CALLBACK_VALIDATION.match(text)
    if text.startswith("s"):
        text = text[1:]
    elif validated is not None:   # (a success, the page's new event validation before it)
        size = int(validated.group(1))
        if size:
            fields["__EVENTVALIDATION"] = text[validated.end():validated.end() + size]
        text = text[validated.end() + size:]
    else:
        return []   # (an error: "e…")
    out: list[Postback] = []
    for callback in callbacks[:20]:
        name, _, index = callback.rpartition(":")
        if not name or not index.isdigit():
            continue
        for argument in scriptlinks.literal_arguments(text, name, int(index),
                                                      most=MAX_CALLBACK_PAGES):
            data = {**fields, "__CALLBACKPARAM": argument}
            validation = data.pop("__EVENTVALIDATION", None)
            if validation is not None:
                data["__EVENTVALIDATION"] = validation   # (sent last, as WebForms.js does)
            out.append(Postback(action, "", "", tuple(data.items()), tuple(headers.items()),
                                None, "POST", tuple(callbacks)))
    return out


def _callbacks(form: dict[str, str] | None) -> list[str]:
    """What a queued script request's answer is read for (:attr:`Postback.callbacks`)."""
    spec = json.loads(form[REQUEST_KEY]) if form and REQUEST_KEY in form else None
    calls = spec.get("callbacks") if isinstance(spec, dict) else None
    return [str(c) for c in calls] if isinstance(calls, list) else []


def expects_script(form: dict[str, str] | None) -> bool:
    """The queued request asks for a service proxy's script (read for the calls it
    makes, not as a page)."""
    return unpack_request(form)[3] is None and any(
        c.startswith(PROXY_MARK) and '"stubs"' not in c for c in _callbacks(form))


def _proxy_answer(action: str, spec_text: str, body: bytes) -> list[Postback]:
    """A service proxy's script (its path and methods read, the page's calls made) or a
    service's JSON answer (the calls of the proxy in the markup it holds made in turn)."""
    try:
        spec = json.loads(spec_text)
    except ValueError:
        return []
    service = str(spec.get("service") or "")
    if "stubs" not in spec:   # the proxy script itself
        path, stubs = scriptlinks.proxy_stubs(body[:2_000_000].decode("utf-8", "replace"))
        uses = [(str(m), list(a)) for m, a in spec.get("calls") or [] if isinstance(a, list)]
        if path is None:
            return []
    else:
        path = str(spec.get("path") or "")
        stubs = {str(k): (list(v[0]), bool(v[1])) for k, v in (spec.get("stubs") or {}).items()}
        try:
            answer = json.loads(body[:4_000_000])
        except (ValueError, RecursionError):
            return []
        markup = "\n".join(json_links(answer)[2])
        uses = scriptlinks.proxy_uses(markup, service) if service else []
    carried = PROXY_MARK + json.dumps({"service": service, "path": path, "stubs": {
        k: [v[0], v[1]] for k, v in stubs.items()}}, ensure_ascii=False)
    out: list[Postback] = []
    for method, args in uses[:200]:
        if method not in stubs:
            continue
        call = scriptlinks.proxy_call(path, method, stubs[method][0], stubs[method][1], args)
        if call is None:
            continue
        verb, address, headers, _pairs, sent = call
        target = resolve(action, address)
        if target is None:
            continue
        out.append(Postback(canonicalize(target), "", "", (), tuple(headers.items()), sent,
                            verb, (carried,)))
    return out


#: What the addresses of one kind of a site's items share (:func:`item_pattern`).
ItemPattern = tuple[str, ...]


@dataclass(slots=True)
class Links:
    articles: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    postbacks: list[Postback] = field(default_factory=list)
    #: "Xem thêm" / load-more addresses: an HTML or JSON fragment of the listing's next items,
    #: held in a ``data-*`` attribute or an inline script, not in a link
    more: list[str] = field(default_factory=list)
    #: next pages built from a script's address template: they may lie past the end
    guessed: list[str] = field(default_factory=list)
    #: sections a start page links (menus, box headings, "Xem tất cả"): listings of their own
    sections: list[str] = field(default_factory=list)
    #: RSS/Atom feeds a start page announces (``<link rel=alternate>``): read each run
    feeds: list[str] = field(default_factory=list)
    #: sitemaps a start page names in its head (``<link rel=sitemap>``): read each run
    sitemaps: list[str] = field(default_factory=list)
    #: the headline a listing shows an article under (its link's text, where it reads
    #: like one): an archived article listed under another headline than before was edited
    headlines: dict[str, str] = field(default_factory=dict)
    #: the address patterns this page showed a list of items of (see ``item_pattern``)
    patterns: list[ItemPattern] = field(default_factory=list)

    def merge(self, other: Links) -> None:
        """Add ``other``'s links not already held."""
        for url, text in other.headlines.items():
            self.headlines.setdefault(url, text)
        for mine, theirs in ((self.articles, other.articles), (self.listings, other.listings),
                             (self.more, other.more), (self.guessed, other.guessed)):
            held = set(mine)
            mine.extend(u for u in theirs if u not in held)
        keys = {pb.key for pb in self.postbacks}
        self.postbacks.extend(pb for pb in other.postbacks if pb.key not in keys)


_POSTBACK = re.compile(r"__doPostBack\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)")
#: The postback a LinkButton prints on a page holding a validator (or with a PostBackUrl):
#: ``WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions("<target>", "<argument>",
#: <validation>, "<group>", "<actionUrl>", <trackFocus>, <clientSubmit>))``.
_POSTBACK_OPTIONS = re.compile(
    r"WebForm_DoPostBackWithOptions\(\s*new\s+WebForm_PostBackOptions\(\s*"
    r"(['\"])([^'\"]*)\1\s*,\s*(['\"])([^'\"]*)\3\s*,\s*\w+\s*,\s*(['\"])[^'\"]*\5\s*,\s*"
    r"(['\"])([^'\"]*)\6\s*,\s*\w+\s*,\s*(true|false)\s*\)")
#: A postback in an event handler, its quotes escaped or not:
#: ``setTimeout('__doPostBack(\'dnn$ctr1$ddlTrang\',\'\')', 0)``.
_POSTBACK_CALL = re.compile(r"__doPostBack\(\s*\\?['\"]([^'\"\\]+)\\?['\"]")


def _postback_call(href: str) -> tuple[str, str, str] | None:
    """(target, argument, the address posted to — "" for the form's own) of a link's
    postback, or None: ``__doPostBack('t', 'a')``, or WebForms' validating postback with
    client submission (a submit button's, ``clientSubmit`` false, sends its own name)."""
    match = _POSTBACK.search(href)
    if match is not None:
        return match.group(1), match.group(2), ""
    options = _POSTBACK_OPTIONS.search(href)
    if options is None or options.group(8) != "true":
        return None
    return options.group(2), options.group(4), options.group(7)


@remembered(16384)
def looks_like_article_url(url: str) -> bool:
    """The URL has an article's shape (an id, a long slug…) and is not a listing page: a
    page number in the query makes it a listing; one at the end of the path only when the
    path without it is no article address (``thoi-su-p3.html`` is a page of ``thoi-su``;
    ``…-dao-duc-p-7760.html`` is a headline's slug ending in "p" and an id)."""
    if "%" in url:              # a percent-encoded Vietnamese slug reads as its words
        parts = urlsplit(url)
        url = urlunsplit(parts._replace(path=unquote(parts.path)))
    if not ARTICLE_URL.search(url) or NOT_ARTICLE_URL.search(url):
        return False
    if page_number(url) is None:
        return True
    parts = urlsplit(url)
    if any(PAGE_KEY.match(k) and v.isdigit() for k, v in parse_qsl(parts.query)):
        return False
    rest = PAGE_SEGMENT.sub("", parts.path)
    return bool(ARTICLE_URL.search(urlunsplit(parts._replace(path=rest))))


def looks_like_pager_url(url: str) -> bool:
    """The URL carries a page number: a page-like parameter (``page``, ``trang``,
    ``pageIndex``, a portlet's ``…_cur``…) or a page segment (``/page/3``, ``trang-2.html``,
    ``thoi-su-p3.html``)."""
    return page_number(url) is not None


#: Beyond this a URL is not a page address (servers refuse such request lines); real portal
#: links (Liferay portlets, WebSphere state) run past 500 characters, so length alone is no
#: sign of a trap below it.
MAX_URL_LENGTH = 4096


def is_trap(url: str, max_length: int = MAX_URL_LENGTH) -> bool:
    """Calendars, date archives, sort orders, repeated path segments, absurd lengths. A
    year alone ("?year=2024", a section's archive by year, or its filter form's) is no
    trap: a year between 1990 and next year, with no week or quarter beside it."""
    return len(url) > max_length or _trap(url)


@remembered(16384)
def _trap(url: str) -> bool:
    if TRAP_URL.search(url):
        return True
    year = YEAR_PARAM.search(url)
    if year is None:
        return False
    value = year.group(1)
    return not (value == "" or (value.isdigit() and 1990 <= int(value) <= _NEXT_YEAR)) \
        or CALENDAR_PART.search(url) is not None


#: The last year an archive's year parameter may name.
_NEXT_YEAR = datetime.now().year + 1


def _route(url: str) -> str:
    """An ``?_escaped_fragment_=`` snapshot's address as the route it renders (its page and
    listing are the route's); any other address as it is."""
    if "_escaped_fragment_=" not in url:
        return url
    parts = urlsplit(url)
    rest = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if k != "_escaped_fragment_"]
    route = dict(parse_qsl(parts.query, keep_blank_values=True)).get("_escaped_fragment_", "")
    path, _, query = route.partition("?")
    query = "&".join(filter(None, [query, urlencode(rest)]))
    return urlunsplit(parts._replace(path=path or "/", query=query))


@remembered(2048)
def page_number(url: str) -> int | None:
    """The page number a listing URL carries, from a page-like parameter or path segment.
    (Asked of every listing link on every listing page: remembered.)"""
    parts = urlsplit(_route(url))
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if PAGE_KEY.match(key) and value.isdigit() and len(value) <= 6:
            return int(value)
    match = PAGE_SEGMENT.search(parts.path)
    return int(next(g for g in match.groups() if g)) if match else None


_OFFSET_KEY = re.compile(r"(?:^|[_-])(?:start|offset)$|firstrow$", re.IGNORECASE)


def with_page_number(url: str, number: int) -> str | None:
    """``url`` with its page number (parameter or path segment) set to ``number``; None when
    it carries none, or counts items rather than pages (``start``, ``offset``)."""
    parts = urlsplit(url)
    fields = parts.query.split("&") if parts.query else []
    for i, pair in enumerate(fields):
        key, _, value = pair.partition("=")
        if PAGE_KEY.match(key) and value.isdigit() and len(value) <= 6:
            if _OFFSET_KEY.search(key):
                return None
            fields[i] = f"{key}={number}"
            return urlunsplit(parts._replace(query="&".join(fields)))
    match = PAGE_SEGMENT.search(parts.path)
    if match is None:
        return None
    group = next(i for i, g in enumerate(match.groups(), 1) if g)
    start, end = match.span(group)
    return urlunsplit(parts._replace(path=parts.path[:start] + str(number) + parts.path[end:]))


#: EasyDNNnews' pager module's id before its page (``/PgrID/449/PageID/2``): no part of
#: which listing it is.
_PAGER_ID = re.compile(r"/pgrid/\d+(?=/|$)", re.IGNORECASE)
#: A folder's index document (``/tintuc/chinhtri/index.htm`` is ``/tintuc/chinhtri/``),
#: once its extension is gone.
_INDEX_DOCUMENT = re.compile(r"/(?:index|default)$", re.IGNORECASE)


def listing_key(url: str) -> tuple[str, dict[str, str]]:
    """A listing's address without its page: the path with no page segment, no extension
    and no trailing slash (lower case), and the parameters that choose the listing (page
    numbers, page sizes, portlet state and redirect-back addresses left out)."""
    path, query = _listing_key(url)
    return path, dict(query)


@remembered(2048)
def _listing_key(url: str) -> tuple[str, tuple[tuple[str, str], ...]]:
    """:func:`listing_key`, its parameters as pairs (remembered: asked of every listing
    link on every listing page)."""
    parts = urlsplit(_route(url))
    path = _PAGER_ID.sub("", PAGE_SEGMENT.sub("", parts.path))
    path = re.sub(r"\.(?:html?|aspx?|php|jsp|cfm)$|/+$", "", path, flags=re.IGNORECASE)
    pairs = parse_qsl(parts.query)
    if any(k.lower() == "paged" and v.upper() == "TRUE" for k, v in pairs):
        # SharePoint's list view paged: "Paged=TRUE&p_Created=…&p_ID=1408&PageFirstRow=11
        # &View={…}" — the last row shown and the view are where the page starts, not a
        # listing of their own
        pairs = [(k, v) for k, v in pairs if not _SHAREPOINT_PAGING.match(k)]
    query = {k.lower(): v for k, v in pairs
             if not PAGE_KEY.match(k) and not LISTING_NOISE_KEY.match(k)}
    if not query:
        path = _INDEX_DOCUMENT.sub("", path)   # a folder's index page is the folder
    return path.lower(), tuple(query.items())


#: The parameters of a SharePoint list view's paging position.
_SHAREPOINT_PAGING = re.compile(r"^(?:paged|p_\w+|view)$", re.IGNORECASE)


def is_view_of(page: str, candidate: str) -> bool:
    """``candidate`` is ``page`` shown another way: the same path and parameters, plus a
    year, a page size or an order (:data:`VIEW_KEY`: "…?maChuyenMuc=22&namDang=2023",
    "…&soDong=16"), and nothing else. A sortable table's views multiply with its pages."""
    a, b = urlsplit(page), urlsplit(candidate)
    if a.path.rstrip("/").lower() != b.path.rstrip("/").lower():
        return False
    mine = dict(parse_qsl(a.query))
    theirs = dict(parse_qsl(b.query))
    added = {k for k in theirs if mine.get(k) != theirs[k]}
    return bool(added) and all(k in theirs for k in mine) and all(
        VIEW_KEY.match(k) or PAGE_KEY.match(k) for k in added) and any(
        VIEW_KEY.match(k) for k in added)


def walk_key(url: str, depth: int) -> str:
    """The listing a walk's page belongs to, for the walk's state: its :func:`listing_key`;
    a date archive's day without its day (every day of the archive is one walk); for a page
    reached through a pager (``depth`` > 0) whose address numbers it only by a last path
    segment (``/tin-tuc/cu-hon/3``, ``/chuyen-muc/12/3``), without that number, so that
    every such page of one walk is one listing."""
    found = _url_day(url)
    if found is not None:
        start, end = found[1]
        url = url[:start] + "{day}" + url[end:]
    else:
        # a calendar's month ("/su-kien/thang-2025-06", "?thang=6&nam=2025" is a trap
        # already): every month of it is one walk, so its pages repeat one another
        parts = urlsplit(url)
        month = _MONTH_IN_URL.search(parts.path)
        if month is not None:   # (in the path: not a port, not a query's value)
            url = urlunsplit(parts._replace(
                path=parts.path[:month.start()] + "{month}" + parts.path[month.end():]))
    path, query = listing_key(url)
    if depth > 0 and page_number(url) is None and found is None:
        path = re.sub(r"/\d{1,4}$", "", path)
    return repr((path, query))


#: A day in an address: "/2024-06-14", "/2024/06/14", "?ngay=14/06/2024", "d=14-06-2024".
_DAY_IN_URL = re.compile(
    r"(?<![\d%])(?P<y>(?:19|20)\d\d)(?P<s>[-/])(?P<m>\d{1,2})(?P=s)(?P<d>\d{1,2})(?!\d)|"
    r"(?<![\d%])(?P<d2>\d{1,2})(?P<s2>[-/.]|%2[Ff])(?P<m2>\d{1,2})(?P=s2)(?P<y2>(?:19|20)\d\d)"
    r"(?!\d)")


#: A month in an address's path: "thang-2025-06", "/2025/06/", "2025_6" (a year, then a
#: month, at the end of a segment).
_MONTH_IN_URL = re.compile(r"(?<![\d%])(?:19|20)\d\d[-/_](?:0?[1-9]|1[0-2])(?=/|\.\w+$|$)")


def is_day_page(url: str) -> bool:
    """The address names a day (a date archive's day page, "/tin-tuc/ngay/2024-06-14")."""
    return _url_day(url) is not None


def _url_day(url: str) -> tuple[date, tuple[int, int], re.Match[str]] | None:
    """The day an address names (a date archive's day page), where, and the match."""
    parts = urlsplit(url)
    # from the path on (a host's digits are no day)
    start = len(f"{parts.scheme}://{parts.netloc}") if parts.netloc else 0
    match = _DAY_IN_URL.search(url, start)
    if match is None:
        return None
    y, m, d = ((match["y"], match["m"], match["d"]) if match["y"]
               else (match["y2"], match["m2"], match["d2"]))
    try:
        return date(int(y), int(m), int(d)), match.span(), match
    except ValueError:
        return None


def _with_day(url: str, found: tuple[date, tuple[int, int], re.Match[str]], day: date
              ) -> str:
    """``url`` naming ``day`` instead, written as it writes its own (order, separator,
    zero padding)."""
    _, (start, end), match = found
    m, d = (match["m"], match["d"]) if match["y"] else (match["m2"], match["d2"])
    width = 1 if len(m) == 1 or len(d) == 1 else 2   # "2024-6-9" unpadded, "2024-06-10"
    if match["y"]:
        sep = match["s"]
        text = f"{day.year}{sep}{day.month:0{width}d}{sep}{day.day:0{width}d}"
    else:
        sep = match["s2"]
        text = f"{day.day:0{width}d}{sep}{day.month:0{width}d}{sep}{day.year}"
    return url[:start] + text + url[end:]


def _previous_day(tree: LexborHTMLParser, body: LexborNode, out: _Collector,
                  entry: bool) -> None:
    """On a date archive's day page: the day before, when the page links it and it is not
    before the first day the archive's date picker offers (``<input type=date min=…>``).
    At the archive's entry (its newest day, as the site links it): nothing when that day
    links the day after it — an endless calendar generating days, not an archive of them
    (its days' news is in the sections)."""
    found = _url_day(out.page_url)
    if found is None:
        return
    day = found[0]
    before = day - timedelta(days=1)
    root = tree.root
    picker = root.css_first("input[type=date][min]") if root is not None else None
    low = (picker.attributes.get("min") or "") if picker is not None else ""
    if low and before.isoformat() < low[:10]:
        return   # the archive's first day is passed
    wanted = {canonicalize(_with_day(out.page_url, found, d), out.scheme): d
              for d in (before, day + timedelta(days=1))}
    hrefs: dict[date, str] = {}
    for node in body.css("a[href]"):
        href = node.attributes.get("href") or ""
        absolute = out.resolve(href)
        linked = wanted.get(canonicalize(absolute, out.scheme)) if absolute else None
        if linked is not None:
            hrefs.setdefault(linked, href)
    if before in hrefs and not (entry and not low and day + timedelta(days=1) in hrefs):
        out.add(out.links.listings, hrefs[before])


def continues(listing: str, candidate: str, *, next_link: bool = False) -> bool:
    """``candidate`` is another page of the listing ``listing``: the same listing key (one
    may carry parameters the other lacks, as page 1 is often the bare address, but a
    parameter both carry must agree) and a page of its own — a page number, or the listing's
    path followed by a number (``/news/tin-hoat-dong`` -> ``/news/tin-hoat-dong/2``). A
    ``next_link`` (``rel=next``, "Trang sau") needs no page number: a cursor will do."""
    (path_a, query_a), (path_b, query_b) = listing_key(listing), listing_key(candidate)
    if not all(query_a[k] == query_b[k] for k in query_a.keys() & query_b.keys()):
        return False
    if any(VIEW_KEY.match(k) and query_a.get(k) != v for k, v in query_b.items()):
        return False   # the listing by year, size or order: a view of it, not its next page
    if path_a == path_b:
        return page_number(candidate) is not None or (next_link and candidate != listing)
    tail = re.fullmatch(re.escape(path_a) + r"/(\d{1,4})", path_b)
    head = re.fullmatch(r"(.*)/\d{1,4}", path_a)
    return tail is not None or (head is not None and re.fullmatch(
        re.escape(head.group(1)) + r"/\d{1,4}", path_b) is not None)


def _texts(node: LexborNode) -> str:
    return " ".join((node.text(deep=True) or "").split())


_ARROWS = re.compile(r"^[\s«»‹›<>←→|.]+|[\s«»‹›<>←→|.]+$")


def _is_pager_anchor(node: LexborNode, text: str | None = None,
                     memo: dict[int, bool] | None = None) -> bool:
    """A pager's link by its ``rel``, its words (``text``, when the caller has them) or
    the element it stands in (``memo``: :func:`_in_pager`'s answers for this page)."""
    text = _texts(node) if text is None else text
    if (node.attributes.get("rel") or "").lower() == "next" or _pager_words(text):
        return True
    return _in_pager(node, memo)


@functools.lru_cache(maxsize=8192)
def _pager_words(text: str) -> bool:
    """Words a pager's link or button says: a page's number, "Trang sau", "»", "Xem tiếp »"
    (with its arrows or without)."""
    bare = _ARROWS.sub("", text)
    return bool(PAGER_TEXT.match(text or " ") or (bare and PAGER_TEXT.match(bare)))


#: :data:`PAGER_CLASS_WORDS` in one pattern (a lower-cased class and id searched once).
_PAGER_CLASS = re.compile("|".join(map(re.escape, PAGER_CLASS_WORDS)))


def _in_pager(node: LexborNode, memo: dict[int, bool] | None = None) -> bool:
    """The node stands in an element named for a pager (three levels up at most);
    ``memo``: the answers for the parents already asked (by ``mem_id``), on one page."""
    parent = node.parent
    if parent is None:
        return False
    if memo is not None and (known := memo.get(parent.mem_id)) is not None:
        return known
    found = False
    cur: LexborNode | None = parent
    for _ in range(3):
        if cur is None:
            break
        klass = f"{cur.attributes.get('class') or ''} {cur.attributes.get('id') or ''}"
        if _PAGER_CLASS.search(klass.lower()):
            found = True
            break
        cur = cur.parent
    if memo is not None:
        memo[parent.mem_id] = found
    return found


def _is_next(node: LexborNode) -> bool:
    """A "next page" link by its ``rel`` or its words (not a page number)."""
    if (node.attributes.get("rel") or "").lower() == "next":
        return True
    return bool(NEXT_TEXT.match(_ARROWS.sub("", _texts(node)) or _texts(node)))


_MORE_ATTRS = ("data-next", "data-url", "data-href", "data-load-url", "data-more-url",
               "data-more", "data-link", "data-ajax-url", "data-source", "data-endpoint",
               "data-api", "data-next-url", "data-page-url")
_SCRIPT_URL = re.compile(r"""['"]((?:https?://|/)[^'"\s<>]{2,400})['"]""")
#: A page address assembled in a script: ``'/tin-tuc/trang/' + n + '/'``.
_SCRIPT_TEMPLATE = re.compile(
    r"""['"]((?:https?://|/)[^'"\s<>]{1,400})['"]\s*\+\s*[\w.$()]+\s*"""
    r"""(?:\+\s*['"]([^'"\s<>]{0,40})['"])?""")
#: A page placeholder in a script's address template: ``{{number}}``, ``{page}``, ``{0}``,
#: ``:page``, ``__PAGE__``.
_PLACEHOLDER_WORDS = (r"\{\{\s*(?:number|page|pageNumber|p)\s*\}\}|\{(?:page|pageNumber|p|0)\}|"
                      r"(?<=[/=]):page\b|__PAGE__")
_PLACEHOLDER = re.compile(_PLACEHOLDER_WORDS, re.IGNORECASE)
#: A script's quoted address holding one.
_PAGE_PLACEHOLDER_URL = re.compile(r"""['"]((?:https?://|/)[^'"\s<>]{0,300}?(?:"""
                                   + _PLACEHOLDER_WORDS + r""")[^'"\s<>]{0,100})['"]""",
                                   re.IGNORECASE)
#: The number of pages a pager plugin is given: ``totalPages: 5``, ``pageCount: 12``.
_TOTAL_PAGES = re.compile(r"\b(?:totalPages|total_pages|pageCount|page_count|totalPage)\s*[:=]\s*"
                          r"(\d{1,5})\b", re.IGNORECASE)
#: A cursor address assembled in a script from a variable the script sets:
#: ``fetch('/api/news?cursor=' + encodeURIComponent(nextCursor))`` with
#: ``var nextCursor = 'eyJ0…'``.
_SCRIPT_CURSOR = re.compile(
    r"""['"]((?:https?://|/)[^'"\s<>]{1,400}[?&][\w.-]*(?:cursor|token|after|continuation)"""
    r"""[\w.-]*=)['"]\s*\+\s*(?:encodeURIComponent\(\s*)?([A-Za-z_$][\w$]*)""", re.IGNORECASE)
#: A query parameter carrying a cursor (an opaque position, not a page number).
CURSOR_PARAM = re.compile(r"cursor|token|after|continuation", re.IGNORECASE)
#: JSON fields carrying the next cursor of a listing API's answer.
_CURSOR_KEY = re.compile(r"^(?:next_?cursor|cursor|next_?(?:page_?)?token|end_?cursor|"
                         r"continuation(?:_?token)?|after|next_?after)$", re.IGNORECASE)
_SCRIPT_PAGE = re.compile(r"[?&][\w-]*(?:page|trang|offset|start)[\w-]*=\d*$|"
                          r"[?&][\w-]*(?:page|trang)[\w-]*=\d+&", re.IGNORECASE)


def _load_more(body: LexborNode, page_url: str, base: str) -> tuple[list[str], list[str]]:
    """Load-more addresses, and page addresses built from scripts. The first: the
    ``data-*`` URL of a control that says "Xem thêm" (by its text, class or id), and script
    URLs with a page parameter. The second, which may lie past the listing's end: a script's
    URL with an empty page parameter (``'…&page='``) or a template
    (``'/trang/' + n + '.html'``, when it makes another page of this listing), completed
    with the next page's number. Addresses resolve against the document's ``base``."""
    found: list[str] = []
    built: list[str] = []
    for node in body.css(", ".join(f"[{a}]" for a in _MORE_ATTRS)):
        cue = f"{_texts(node)} {node.attributes.get('class') or ''} " \
              f"{node.attributes.get('id') or ''}"
        if LOAD_MORE_CUE.search(cue):
            found += [scriptlinks.with_paging_data(node, v) for a in _MORE_ATTRS
                      if (v := node.attributes.get(a))]
    following = str((page_number(page_url) or 1) + 1)
    for script in body.css("script:not([src])"):
        code = script.text(deep=True) or ""
        if "page" not in code.lower() and "trang" not in code.lower() and "+" not in code:
            continue
        for prefix, suffix in _SCRIPT_TEMPLATE.findall(code):
            url = resolve(base, prefix + following + suffix)
            if url and continues(page_url, url):
                built.append(url)
        total = _TOTAL_PAGES.search(code)
        if total is not None and int(following) <= int(total.group(1)):
            # a pager plugin's address template (twbsPagination's "href: '…?trang={{number}}'"),
            # not past the total it is given ("totalPages: 5"; with none, an item's address
            # template, "'/tin-tuc/{0}'")
            for template in _PAGE_PLACEHOLDER_URL.findall(code):
                url = resolve(base, _PLACEHOLDER.sub(following, template))
                if url and continues(page_url, url):
                    built.append(url)
        for prefix, name in _SCRIPT_CURSOR.findall(code):
            start = re.search(rf"\b{re.escape(name)}\s*=\s*(['\"])([^'\"\s]{{1,500}})\1", code)
            if start is not None:
                found.append(prefix + quote(start.group(2), safe=""))
        for url in _SCRIPT_URL.findall(code):
            if _SCRIPT_PAGE.search(url):
                if url.endswith("="):
                    built.append(url + following)
                else:
                    found.append(url)
    return found, built


def json_links(data: object, limit: int = 5000) -> tuple[list[str], list[str], list[str]]:
    """What a JSON listing fragment holds: (article addresses, next-page addresses, HTML
    fragments). Addresses come from fields named like ``url``/``link``/``href``/``path``;
    the next page from ``next``-like fields; HTML from string fields holding markup."""
    articles: list[str] = []
    nexts: list[str] = []
    fragments: list[str] = []
    # (value, its key, depth, the key of the object holding it: "" for an object in a
    # list, an item of a list whatever the list is named — but an object in a list of
    # sections, "ChuyenMuc": [{"Url": …}], is a section as one alone is)
    stack: list[tuple[object, str, int, str]] = [(data, "", 0, "")]
    while stack and len(articles) + len(nexts) + len(fragments) < limit:
        value, key, depth, holder = stack.pop()
        if depth > 16:
            continue
        if isinstance(value, dict):
            if key == "__metadata":
                continue   # (OData's own addresses of a row: no page)
            page_file = _path_and_name(value)
            if page_file is not None:   # (SharePoint 2010's ListData.svc row: Path + Name)
                articles.append(page_file)
                value = {k: v for k, v in value.items() if str(k).lower() not in (
                    "path", "name")}
            stack.extend((v, str(k).lower(), depth + 1, key or holder)
                         for k, v in value.items())
        elif isinstance(value, list):
            listed = key if _JSON_SECTION_KEY.match(key) else ""
            stack.extend((v, "", depth + 1, listed) if isinstance(v, dict) else
                         (v, key, depth + 1, holder) for v in reversed(value))
        elif isinstance(value, str):
            text = value.strip()
            if "<" in text and ">" in text and len(text) > 20:
                fragments.append(text)
            elif text.startswith(("http://", "https://", "/")) and " " not in text:
                if JSON_NEXT_KEY.match(key) or (
                        JSON_URL_KEY.match(key) and _JSON_SECTION_KEY.match(holder)):
                    nexts.append(text)   # (an item's section: "ChuyenMuc": {"Url": …})
                elif JSON_URL_KEY.match(key):
                    articles.append(text)
    return articles, nexts, fragments


def _path_and_name(row: dict[Any, Any]) -> str | None:
    """A list row naming its file by folder and file name (SharePoint 2010's ListData.svc:
    ``{"Path": "/tin-co-so/Pages", "Name": "bai-viet.aspx"}``): the file's address."""
    path = row.get("Path", row.get("path"))
    name = row.get("Name", row.get("name"))
    if isinstance(path, str) and isinstance(name, str) and path.startswith("/") and \
            _PAGE_FILE.search(name) and not set("/?# ") & set(name) and " " not in path and \
            not _LANDING_NAME.match(name):   # (a library's "default.aspx": its landing page)
        return f"{path.rstrip('/')}/{name}"
    return None


_LANDING_NAME = re.compile(r"^(?:default|index|home|trang-?chu)\.", re.IGNORECASE)


#: The key of an object in a JSON answer that is a section, not an item: its address a
#: listing's ("ChuyenMuc": {"Url": "/Tin-co-so/tabid/70/Default.aspx"}).
_JSON_SECTION_KEY = re.compile(r"^(?:chuyen_?muc|danh_?muc|category|cat|section|chu_?de|"
                               r"topic)$", re.IGNORECASE)


_ASSET = re.compile(r"\.(?:jpe?g|png|gif|webp|svg|bmp|ico|css|js|mp[34]|pdf|docx?|xlsx?|zip)"
                    r"(?:$|[?#])", re.IGNORECASE)


def json_listing_links(data: object, page_url: str, *, hosts: frozenset[str],
                       scheme: str | None, rules: ListingRules | None = None) -> Links:
    """The links of a JSON listing fragment (a load-more or API answer): its items'
    addresses as articles, its ``next`` addresses as listing pages, and the links of the HTML
    it carries read as a listing page's would be."""
    items, nexts, fragments = json_links(data)
    following = _next_cursor(data, page_url)
    if following is not None:
        nexts = [*nexts, following]
    links = Links()
    page = canonicalize(page_url, scheme)
    for bucket, found in ((links.articles, items), (links.listings, nexts)):
        for href in found:
            absolute = resolve(page_url, href)
            if absolute is None or not same_site(absolute, hosts) or is_trap(absolute) \
                    or _ASSET.search(absolute):
                continue
            if bucket is links.articles and rules is not None and rules.article_url \
                    and not any(p.search(absolute) for p in rules.article_url):
                continue
            url = canonicalize(absolute, scheme)
            if url != page and url not in bucket:
                bucket.append(url)
    for markup in fragments[:200]:
        links.merge(listing_links(parse(markup), page_url, hosts=hosts, scheme=scheme,
                                  rules=rules))
    return links


def _more_forms(body: LexborNode, page_url: str, base: str, hosts: frozenset[str],
                scheme: str | None, charset: str | None = None) -> list[Postback]:
    """Forms that are a listing's "Xem thêm" or next-page control: posted (``method=post``),
    every field hidden, one button saying so (its text, value or class), an in-scope action.
    Not a search or login form (a field to fill), not ASP.NET's page-wide form."""
    found: list[Postback] = []
    for form in body.css("form"):
        if _method(form) != "post":
            continue
        fields = form.css("input, select, textarea")
        if any(f.tag != "input" or (f.attributes.get("type") or "text").lower()
               not in ("hidden", "submit", "button", "image") for f in fields):
            continue
        names = {f.attributes.get("name") or "" for f in fields}
        if "__VIEWSTATE" in names:
            continue
        buttons = [*form.css("button"), *(f for f in fields if (f.attributes.get("type") or "")
                                          .lower() in ("submit", "button", "image"))]
        if len(buttons) != 1:
            continue
        button = buttons[0]
        cue = (f"{_texts(button)} {button.attributes.get('value') or ''} "
               f"{button.attributes.get('class') or ''} {form.attributes.get('class') or ''}")
        if not (LOAD_MORE_CUE.search(cue) or NEXT_TEXT.match(_texts(button) or "")):
            continue
        action = _action(form, page_url, base, charset)
        if action is None or not same_site(action, hosts) or is_trap(action):
            continue
        data = [(n, f.attributes.get("value") or "") for f in fields
                if (n := f.attributes.get("name")) and f is not button
                and (f.attributes.get("type") or "").lower() == "hidden"]
        if button.attributes.get("name"):
            data.append((button.attributes.get("name") or "", button.attributes.get("value")
                         or ""))
        found.append(Postback(canonicalize(action, scheme), "", "", tuple(data)))
    return found


def _next_cursor(data: object, page_url: str) -> str | None:
    """An API answer's next cursor (``"nextCursor": "eyJ0…"``, a keyset's ``"nextAfter":
    47890``; null at the end) put in the cursor parameter of the address asked for."""
    if not isinstance(data, dict):
        return None
    token = next((str(v) for k, v in data.items() if _CURSOR_KEY.match(str(k))
                  and ((isinstance(v, str) and v.strip()
                        and not v.startswith(("/", "http://", "https://")))
                       or (isinstance(v, int) and not isinstance(v, bool)))), None)
    if token is None:
        meta = next((v for k, v in data.items() if isinstance(v, dict)
                     and str(k).lower() in ("meta", "paging", "pagination", "page_info",
                                            "pageinfo")), None)
        return _next_cursor(meta, page_url) if meta is not None else None
    parts = urlsplit(page_url)
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    if not any(CURSOR_PARAM.search(k) for k, _ in pairs):
        return None
    query = urlencode([(k, token if CURSOR_PARAM.search(k) else v) for k, v in pairs])
    return urlunsplit(parts._replace(query=query))


def escaped_fragment(href: str) -> str:
    """``/#!/tin-tuc/123`` as a crawler asks for it: ``/?_escaped_fragment_=/tin-tuc/123``
    (the AJAX crawling scheme's snapshot address; other addresses unchanged)."""
    base, sep, route = href.partition("#!")
    if not sep:
        return href
    join = "&" if "?" in base else "?"
    return f"{base}{join}_escaped_fragment_={quote(route, safe='/=:@!$()*,;-._~')}"


_LINK_VALUE = re.compile(r"<([^>]*)>((?:\s*;\s*[\w*-]+\s*(?:=\s*(?:\"[^\"]*\"|[^;,\s]*))?)*)")
_LINK_REL = re.compile(r";\s*rel\s*=\s*(?:\"([^\"]*)\"|([^;,\s]*))", re.IGNORECASE)


def link_header_next(value: str | None, page_url: str, *, hosts: frozenset[str],
                     scheme: str | None) -> str | None:
    """The next page an HTTP ``Link: <…>; rel="next"`` header names (RFC 8288; a listing
    paged by an infinite scroll announces it there and nowhere in its HTML), held to what a
    ``<link rel=next>`` is: in scope, no trap, another page of this listing."""
    for match in _LINK_VALUE.finditer(value or ""):
        rel = _LINK_REL.search(match.group(2))
        if rel is None or "next" not in (rel.group(1) or rel.group(2) or "").lower().split():
            continue
        target = resolve(page_url, match.group(1).strip())
        if target is None or not same_site(target, hosts) or is_trap(target):
            return None
        url = canonicalize(target, scheme)
        return url if continues(page_url, url, next_link=True) else None
    return None


_REFRESH = re.compile(rb"<meta\b[^>]*\bhttp-equiv\s*=\s*[\"']?refresh\b", re.IGNORECASE)
_REFRESH_CONTENT = re.compile(r"^\s*\d+(?:\.\d*)?\s*[;,]\s*(?:url\s*=\s*)?(['\"]?)(.+?)\1\s*$",
                              re.IGNORECASE | re.DOTALL)
#: A page saying more than this (its visible words) is a page of its own, whatever it
#: refreshes to: a redirect's stub says "Đang chuyển đến trang chủ…" at most.
REFRESH_STUB_TEXT = 400


def meta_refresh(body: bytes, page_url: str, content_type: str | None = None,
                 header: str | None = None) -> str | None:
    """Where a redirect written as a page sends the browser: the address of its ``<meta
    http-equiv="refresh" content="0; url=…">``, or of the HTTP ``Refresh`` header the
    response came with (``header``: ``0; url=…``, a view counter's way to send readers on),
    when the page holds (almost) nothing else — a few words, no more than two links —
    resolved against its base; None for a page of its own that reloads itself or another
    page after a while."""
    match = _REFRESH_CONTENT.match(header) if header else None
    target = match.group(2).strip() if match else None
    if target is None and _REFRESH.search(body[:65_536]) is None:
        return None
    tree = parse(decode_html(body[:262_144], content_type))
    if target is None:
        for node in tree.css("meta[http-equiv]"):
            if (node.attributes.get("http-equiv") or "").strip().lower() == "refresh":
                match = _REFRESH_CONTENT.match(node.attributes.get("content") or "")
                target = match.group(2).strip() if match else None
                break
    if not target or tree.body is None:
        return None
    for node in tree.body.css("script, style, noscript, template"):
        node.decompose()
    words = " ".join((tree.body.text(deep=True) or "").split())
    if len(words) > REFRESH_STUB_TEXT or len(tree.body.css("a[href]")) > 2:
        return None
    absolute = resolve(document_base(tree, page_url), target)
    if absolute is None or not is_http_url(absolute) or \
            canonicalize(absolute) == canonicalize(page_url):
        return None
    return absolute


def _form_fields(form: LexborNode) -> tuple[tuple[str, str], ...]:
    fields: list[tuple[str, str]] = []
    for node in form.css("input[type=hidden]"):
        name = node.attributes.get("name")
        if name and name not in ("__EVENTTARGET", "__EVENTARGUMENT"):
            fields.append((name, node.attributes.get("value") or ""))
    return tuple(fields)


_SOAP_ROWS = re.compile(rb"<z:row\b")
_FILE_REF = re.compile(rb"""\sows_FileRef=(["'])([^"'<>]{1,2000})\1""")
_FOLDER_ROW = re.compile(rb"""\sows_FSObjType=(["'])\d+;#1\1""")
#: A row's file that is a page to read (a publishing page, an HTML file), not a custom
#: list's item ("Lists/TinTuc/12_.000", shown through its form or another page).
_PAGE_FILE = re.compile(r"\.(?:aspx|html?|php)$", re.IGNORECASE)


def _soap_file_refs(body: bytes, most: int = 5000) -> list[str]:
    """The server-relative paths of a Lists.asmx answer's rows that are pages (no folder's,
    no list item's), in order; each row read alone (linear in the answer)."""
    paths: list[str] = []
    body = body[:4_000_000]
    start = body.find(b"<z:row")
    while start >= 0 and len(paths) < most:
        end = body.find(b">", start)
        if end < 0:
            break
        found = _FILE_REF.search(body, start, end)
        if found is not None and _FOLDER_ROW.search(body, start, end) is None:
            value = html.unescape(found.group(2).decode("utf-8", "replace"))
            path = value.split(";#", 1)[1] if ";#" in value else value
            if _PAGE_FILE.search(path.split("?", 1)[0]):
                paths.append(path)
        start = body.find(b"<z:row", end)
    return paths


def read_listing(body: bytes, page_url: str, content_type: str | None, *, is_json: bool,
                 hosts: frozenset[str], scheme: str | None, rules: ListingRules | None = None,
                 sections: bool = False, items: frozenset[ItemPattern] = frozenset()) -> Links:
    """The links of a listing response, from its bytes: an HTML page or fragment, or a JSON
    answer. Picklable in and out: the crawler runs it in its worker processes."""
    nodes = _treeview_answer(body)
    if nodes is not None:
        # a TreeView's nodes filled on demand (its callback's answer): the site's sections
        out = _Collector(page_url, hosts, scheme)
        for anchor in parse(nodes).css("a[href]"):
            out.add(out.links.sections, anchor.attributes.get("href"))
        return out.links
    if is_menu_script(page_url):
        # a menu's items file (served as a script, read as no JSON): each item's label and
        # address, the site's sections — relative to the page that runs it (the start page,
        # at the site's root), not to the script's folder
        parts = urlsplit(page_url)
        out = _Collector(f"{parts.scheme}://{parts.netloc}/", hosts, scheme)
        code, _charset = decode_html_charset(body[:2_000_000], content_type)
        for _quote, _label, _q2, href in _MENU_ITEM.findall(code):
            out.add(out.links.sections, href)
        return out.links
    if is_json:
        try:
            data = json.loads(body)
        except (ValueError, RecursionError) as exc:
            data = scriptlinks.jsonp_payload(body)     # a JSONP answer: its callback's JSON
            if data is None:
                log.info("%s: not readable JSON (%s)", page_url, exc)
                return Links()
        return json_listing_links(data, page_url, hosts=hosts, scheme=scheme, rules=rules)
    if _SOAP_ROWS.search(body[:4_000_000]) is not None and b"Envelope" in body[:2048]:
        # SharePoint's Lists.asmx answer (SPServices' GetListItems): each row's FileRef
        # ("12;#tin-co-so/Pages/bai-viet.aspx", server-relative) is an item of the list
        rows = [{"url": "/" + path.lstrip("/")} for path in _soap_file_refs(body)]
        return json_listing_links({"items": rows}, page_url, hosts=hosts, scheme=scheme,
                                  rules=rules)
    if _FEED_START.search(as_utf8(body[:4096])):
        # a feed where a page was expected (a link named "RSS", a section's "/rss"): its
        # items are the listing's articles, its next page (RFC 5005, next_url) the next
        out = _Collector(page_url, hosts, scheme)
        entries, following = read_feed(body)
        for link, _day in entries:
            out.add(out.links.articles, link)
        if following:
            out.add(out.links.listings, following)
        return out.links
    text, charset = decode_html_charset(body, content_type)
    if "xlink:" in text or "XLINK:" in text:
        # an inline SVG's links (a map's areas) in SVG 1.1's attribute: read as links
        text = _XLINK.sub(r"\1href=", text)
    if _TEMPLATE_OPEN.search(text):
        # a <template>'s content (Alpine's x-if tabs, cloned when shown) is a document
        # fragment the parser keeps apart: read as the page's own content — in the body
        # only (a <div> in the head would end it before its <link rel=next>)
        body_at = _BODY_OPEN.search(text)
        at = body_at.start() if body_at is not None else 0
        text = text[:at] + _TEMPLATE_CLOSE.sub(
            "</div>", _TEMPLATE_OPEN.sub("<div data-template", text[at:]))
    return listing_links(parse(text), page_url, hosts=hosts, scheme=scheme, rules=rules,
                         sections=sections, charset=charset, items=items)


_XLINK = re.compile(r"(<a\b[^>]{0,500}?\s)xlink:href=", re.IGNORECASE)
_TEMPLATE_OPEN = re.compile(r"<template\b", re.IGNORECASE)
#: The types of a script holding a client template of HTML (Vue's and Knockout's
#: "text/x-template", Underscore's and Handlebars' "text/template", "text/html").
_HTML_TEMPLATE_TYPES = frozenset({"text/x-template", "text/template", "text/html",
                                  "text/x-handlebars-template", "text/x-handlebars"})


def _command_markup(code: str) -> list[str]:
    """The markup of an AJAX command list in a script (Drupal's BigPipe: ``[{"command":
    "insert", "data": "<div …>…</div>", …}]``): each command's ``data`` string."""
    try:
        commands = json.loads(code[:2_000_000])
    except ValueError:
        return []
    if not isinstance(commands, list):
        return []
    return [c["data"][:500_000] for c in commands[:50]
            if isinstance(c, dict) and isinstance(c.get("data"), str) and "<" in c["data"]]


_SERIALIZE = re.compile(r"(?:\$|jQuery)\(\s*(['\"])#([\w-]{1,80})\1\s*\)\.serialize\(\s*\)")


def _serialized_forms(body: LexborNode, scripts: str) -> dict[str, str]:
    """``$('#frm').serialize()`` in the page's scripts, by its text: the form's fields as
    jQuery sends them (its named inputs with their values, urlencoded)."""
    out: dict[str, str] = {}
    for m in itertools.islice(_SERIALIZE.finditer(scripts), 20):
        form = body.css_first(f"form#{m.group(2)}")
        if form is None or form.css_first("textarea, input[type=password], input[type=file]"):
            continue   # (a comment's, a sign-in's, an upload's: no list to read)
        fields: list[tuple[str, str]] = []
        for control in form.css("input, select"):
            attrs = control.attributes
            name, kind = attrs.get("name"), (attrs.get("type") or "text").lower()
            if not name or "disabled" in attrs or kind in ("submit", "button", "image",
                                                          "reset", "file"):
                continue
            if control.tag == "select":
                chosen = control.css_first("option[selected]") or control.css_first("option")
                if chosen is not None:
                    fields.append((name, chosen.attributes.get("value") or node_text(chosen)))
            elif kind not in ("checkbox", "radio") or "checked" in attrs:
                fields.append((name, attrs.get("value") or ("on" if kind in (
                    "checkbox", "radio") else "")))
        data = urlencode(fields)
        if not scriptlinks.changes_state(f"/?{data}"):
            out[m.group(0)] = data
    return out


def _json_of(text: str | None, limit: int = 200_000) -> object:
    """The JSON value of ``text`` (a script options island, a meta tag's content), or None."""
    if not text or len(text) > limit:
        return None
    try:
        return json.loads(text)
    except (ValueError, RecursionError):
        return None


def _handlers(body: LexborNode) -> list[str]:
    """The code of the page's event handlers: each ``onclick``, each ``javascript:`` link's."""
    handlers = [node.attributes.get("onclick") or "" for node in body.css("[onclick]")]
    return handlers + [(node.attributes.get("href") or "")[11:]
                       for node in body.css('a[href^="javascript:"]')]


def _script_calls(tree: LexborHTMLParser, body: LexborNode, scripts: str
                  ) -> list[scriptlinks.Call]:
    """The requests the page's scripts make with headers or a body of their own, each
    asked for only where its mark is in the page (a cheap test first)."""
    calls: list[scriptlinks.Call] = []
    if "ServicesFramework" in scripts:
        variable = tree.css_first("input#__dnnVariable")
        calls += scriptlinks.dnn_service_calls(
            scripts, (variable.attributes.get("value") or "") if variable is not None else "")
    if "tdBlock" in scripts:
        paged = {n.attributes.get("data-td_block_id") or "" for n in body.css(
            ".td-ajax-next-page[data-td_block_id], .td_ajax_load_more[data-td_block_id]")}
        calls += scriptlinks.td_block_calls(scripts, paged - {""})
    if "_spPageContextInfo" in scripts and "/_api/" in scripts:
        calls += scriptlinks.sharepoint_rest_calls(scripts)
    if "Liferay.Service" in scripts:
        calls += scriptlinks.liferay_service_calls(scripts)
    if "Liferay.Util.fetch" in scripts:
        calls += scriptlinks.liferay_fetch_calls(scripts)
    if "infiniteScroll" in scripts:
        calls += scriptlinks.jetpack_scroll_calls(scripts)
    options: object = None
    if "Joomla." in scripts:
        island = tree.css_first("script.joomla-script-options")
        options = _json_of(island.text() if island is not None else "")
    joomla = options if isinstance(options, dict) else {}
    if "Joomla.request" in scripts:
        calls += scriptlinks.joomla_request_calls(scripts, joomla)
    if "XMLHttpRequest" in scripts:
        calls += scriptlinks.xhr_requests(scripts, scriptlinks.joomla_scope(scripts, joomla))
    if "dnn.getVar" in scripts or "_vti_bin/ListData.svc" in scripts or \
            ".serialize()" in scripts:
        variable = tree.css_first("input#__dnnVariable")
        calls += scriptlinks.evaluated_requests(scripts, {
            **scriptlinks.dnn_variables((variable.attributes.get("value") or "")
                                        if variable is not None else ""),
            **_serialized_forms(body, scripts)})
    if "JSON.stringify" in scripts and "fetch(" in scripts:
        calls += scriptlinks.fetch_json_posts(scripts, {})
    if "$2sxc(" in scripts:
        meta = tree.css_first('meta[name="_jsApi"]')
        calls += scriptlinks.sxc_calls(
            scripts, _json_of(meta.attributes.get("content") or "" if meta is not None else ""))
    if "SPServices" in scripts:
        calls += scriptlinks.spservices_calls(scripts)
    if "jwplayer" in scripts:
        calls += [("GET", target, {"X-Requested-With": "XMLHttpRequest"}, [], None)
                  for target in scriptlinks.jw_playlists(scripts)]
    handlers: list[str] = []
    if "PageMethods" in scripts or ".post(" in scripts or ".get(" in scripts:
        handlers = _handlers(body)
    if "PageMethods" in scripts:
        calls += scriptlinks.page_method_calls(scripts, handlers)
    if ".post(" in scripts or ".get(" in scripts:
        calls += scriptlinks.expression_requests(scripts, handlers)
    return calls
_TEMPLATE_CLOSE = re.compile(r"</template\s*>", re.IGNORECASE)
_BODY_OPEN = re.compile(r"<body\b", re.IGNORECASE)
#: The opening of an RSS or Atom document (after an XML declaration, comments, a BOM).
_FEED_START = re.compile(rb"^(?:\xef\xbb\xbf)?\s*(?:(?:<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)\s*)*"
                         rb"<(?:rss|feed|rdf:RDF)\b", re.DOTALL | re.IGNORECASE)


#: Encodings whose pages' links are sent as they are (UTF-8; TCVN3 pages predate queries).
_QUERY_AS_IS = frozenset({"utf-8", "ascii", "tcvn3"})


def query_in_charset(href: str, charset: str | None) -> str:
    """A link as a browser sends it from a page in a legacy encoding: the non-ASCII
    characters of its query percent-encoded in the page's codec (a Classic ASP site keys
    its sections by their windows-1258 names: ``chuyenmuc.asp?ten=Xây dựng``); its path, and
    every link of a UTF-8 page, as they are."""
    if not charset or charset in _QUERY_AS_IS or href.isascii():
        return href
    head, sep, rest = href.partition("?")
    if not sep or rest.isascii():
        return href
    query, hash_sep, fragment = rest.partition("#")
    encoded = "".join(ch if ch.isascii() else "".join(f"%{b:02X}" for b in encode_as(ch, charset))
                      for ch in query)
    return f"{head}?{encoded}{hash_sep}{fragment}"


def document_base(tree: LexborHTMLParser, page_url: str) -> str:
    """The address a page's relative links resolve against: its first ``<base href>``
    (itself resolved against the page's URL), else the page's URL. The page keeps its own
    URL as its identity (its listing, its page number)."""
    root = tree.root
    node = root.css_first("base[href]") if root is not None else None
    href = (node.attributes.get("href") or "").strip() if node is not None else ""
    base = resolve(page_url, href) if href else None
    return base if base and is_http_url(base) else page_url


def _action(form: LexborNode, page_url: str, base: str, charset: str | None = None
            ) -> str | None:
    """Where a form is sent: its ``action`` (resolved against the base, its query in the
    page's encoding), else the page."""
    attrs = form.attributes
    action = ((attrs.get("data-ajax-url") if _ajax_form(form) else None)
              or attrs.get("action") or "").strip()
    return resolve(base, query_in_charset(action, charset)) if action else page_url


def _ajax_form(form: LexborNode) -> bool:
    """A form jquery.unobtrusive-ajax sends (ASP.NET MVC's ``Ajax.BeginForm``: printed
    ``method="post"``, sent by ``data-ajax-method`` to ``data-ajax-url``, else its own)."""
    return (form.attributes.get("data-ajax") or "").strip().lower() == "true"


def _method(form: LexborNode) -> str:
    """How a form is sent: its ``data-ajax-method`` for an unobtrusive-ajax form, else its
    ``method`` (GET unsaid)."""
    attrs = form.attributes
    method = (attrs.get("data-ajax-method") if _ajax_form(form) else None) or \
        attrs.get("method") or "get"
    return method.strip().lower()


#: A client-side template's placeholder in a link: ``{{ url }}``, ``${url}``, ``{%…%}``.
_PLACEHOLDER_HREF = re.compile(r"\{\{|\$\{|\{%")


@dataclass
class _Collector:
    """The links of one page as they are classified: in-scope, non-trap, canonical, each
    once (and never the page itself). Hrefs resolve against the document's ``base``."""

    page_url: str
    hosts: frozenset[str]
    scheme: str | None
    base: str = ""
    charset: str | None = None   # the page's legacy encoding, for its links' queries
    items: frozenset[ItemPattern] = frozenset()   # the site's item patterns known so far
    links: Links = field(default_factory=Links)
    seen: set[str] = field(default_factory=set)

    def __post_init__(self) -> None:
        self.page = canonicalize(self.page_url, self.scheme)
        self.base = self.base or self.page_url

    def resolve(self, href: str) -> str | None:
        return resolve(self.base, query_in_charset(href, self.charset))

    def add(self, bucket: list[str], href: str | None, bounded: bool = False) -> None:
        """Add ``href`` (resolved, canonical) once, in scope and no trap (``bounded``: one
        of a finite range the page itself gives, a month field's, whatever its shape)."""
        if not href or _PLACEHOLDER_HREF.search(href):
            return   # (a client-side template's "{{ post.url }}", "${url}": no address)
        absolute = resolve(self.base, query_in_charset(href, self.charset))
        if absolute is None or not same_site(absolute, self.hosts) or (
                is_trap(absolute) and not bounded):
            return
        url = canonicalize(absolute, self.scheme)
        if url in self.seen or url == self.page:
            return
        self.seen.add(url)
        bucket.append(url)

    def postback(self, pb: Postback) -> bool:
        if pb.key in self.seen:
            return False
        self.seen.add(pb.key)
        self.links.postbacks.append(pb)
        return True

    def call(self, call: scriptlinks.Call, callbacks: tuple[str, ...] = ()) -> None:
        """A script's request (method, address, headers, form, JSON body), in scope (a
        plain GET of an address the page gives as a link too is left out at the end);
        ``callbacks``: what its answer is read for (see :class:`Postback`)."""
        method, address, headers, pairs, body = call
        absolute = self.resolve(address)
        if absolute is None or not same_site(absolute, self.hosts) or is_trap(absolute):
            return
        self.postback(Postback(canonicalize(absolute, self.scheme), "", "", tuple(pairs),
                               tuple(headers.items()), body, method, callbacks))

    def action(self, form: LexborNode) -> str:
        return canonicalize(_action(form, self.page_url, self.base, self.charset)
                            or self.page_url, self.scheme)


def listing_links(tree: LexborHTMLParser, page_url: str, *, hosts: frozenset[str],
                  scheme: str | None, rules: ListingRules | None = None,
                  sections: bool = False, charset: str | None = None,
                  items: frozenset[ItemPattern] = frozenset()) -> Links:
    """Classify the links of a listing page into article URLs, next listing pages,
    postback pager links, load-more addresses and (``sections``: on a start page) the
    sections it links, keeping only in-scope, non-trap URLs (canonicalised). ``items``:
    the address patterns of the site's items earlier pages showed (``Links.patterns``),
    one link enough for them (a list's last page of one or two)."""
    out = _Collector(page_url, hosts, scheme, document_base(tree, page_url), charset,
                     items=items)
    body = tree.body or tree.root
    if body is None:
        return out.links
    # a "#!" single-page app (the AJAX crawling scheme): its routes are served to crawlers
    # as ?_escaped_fragment_= snapshots, and so is the page itself when it says so
    for node in body.css('a[href*="#!"]'):
        node.attrs["href"] = escaped_fragment(node.attributes.get("href") or "")
    snapshot = tree.root.css_first('meta[name="fragment"][content="!"]') if tree.root else None
    if snapshot is not None and "_escaped_fragment_=" not in page_url:
        out.links.sections.append(canonicalize(
            escaped_fragment(page_url.split("#", 1)[0] + "#!"), scheme))
    # elements a script opens an address from (onclick, a page function, data-href) are
    # read as links; addresses scripts fetch (tabs, tickers, JSONP boxes) as load-more
    scripts = _inline_scripts(tree)
    for node, target in (*scriptlinks.navigations(body, scripts),
                         *scriptlinks.data_navigations(body, scripts)):
        if _NAV not in node.attrs:   # (the first reading of an element stands)
            node.attrs["href"] = target
            node.attrs[_NAV] = "1"
    for node, target in scriptlinks.call_addresses(body):
        if _is_pager_anchor(node):   # (not a "Thích" or "Lưu tin" button's endpoint)
            node.attrs["href"] = target
            node.attrs[_NAV] = "1"
    for href in scriptlinks.fetched(body, scripts):
        if not scriptlinks.changes_state(href):   # (a rating's or a survey's endpoint)
            out.add(out.links.more, href)
    for href in scriptlinks.ajax_requests(scripts) if "(" in scripts else ():
        out.add(out.links.more, href)   # (a deferred portlet's request, its data literal)
    for href in scriptlinks.jquery_loads(scripts) if ".load(" in scripts else ():
        out.add(out.links.more, href)   # (a tab's list a script loads into its box)
    for href in scriptlinks.decoded_loads(body, scripts):
        out.add(out.links.more, href)   # (a pager's percent-encoded addresses, NukeViet's)
    # requests a script makes with headers or a body of its own: DNN's Services Framework,
    # tagDiv's block pages, ASP.NET AJAX page methods
    try:
        calls = _script_calls(tree, body, scripts)
    except (ValueError, UnicodeError, RecursionError) as exc:   # (a hostile script's)
        log.debug("%s: a script's requests not read: %s", page_url, exc)
        calls = []
    for call in calls:
        out.call(call)
    # a client template kept in a script ("<script type=text/x-template>": a tab's list a
    # script renders when shown), or the blocks Drupal's BigPipe streams as commands in a
    # script ("application/vnd.drupal-ajax": each command's "data" the block's markup),
    # read as a fragment of the page's own (its own <base> aside); its links are the page's
    for script in body.css("script[type]"):
        kind = (script.attributes.get("type") or "").strip().lower()
        if kind in _HTML_TEMPLATE_TYPES and "href" in (code := script.text() or ""):
            markups = [code[:500_000]]
        elif kind == "application/vnd.drupal-ajax" and "href" in (code := script.text() or ""):
            markups = _command_markup(code)
        else:
            continue
        for markup in markups:
            fragment = LexborHTMLParser(markup)
            for node in fragment.css("base"):
                node.decompose()
            inner = listing_links(fragment, page_url, hosts=out.hosts, scheme=out.scheme,
                                  rules=rules, sections=sections, charset=charset)
            for href in inner.articles:
                out.add(out.links.articles, href)
            for href in inner.listings:
                out.add(out.links.listings, href)
            for href in inner.sections:   # (a block's "Xem tất cả", on a start page)
                out.add(out.links.sections, href)
    for href in scriptlinks.htmx_addresses(body):
        out.add(out.links.more, href)
    for href in scriptlinks.turbo_frame_addresses(body):
        out.add(out.links.more, href)
    # a widget's script set inside the page's content, writing its list where it stands
    # ("<script src=/qlvb/widget.js?kieu=bang&so=100>" and its document.write): read as the
    # list's answer (a library, a tracker or the page's own bundle is not one)
    for script in body.css("script[src]"):
        if _widget_script(script):
            out.add(out.links.more, (script.attributes.get("src") or "").strip())
    # a menu a script builds from a file of its items (Tigra Menu's "menu_items.js", a
    # tree's "tree_items.js"), on a page read for sections (the start page, a section's
    # first page; the file is asked for once a run): its sections' addresses are in it only
    if sections and tree.root is not None:
        for script in tree.root.css("script[src]")[:60]:
            src = (script.attributes.get("src") or "").strip()
            if is_menu_script(src):
                out.add(out.links.more, src)
    _postback_links(body, out, sections)
    if body.css_first('a[onclick*="jsfcljs"], a[onclick*="submitForm"]') is not None:
        _jsf_links(body, out)
    if "WebForm_DoCallback" in scripts:
        _callback_links(body, scripts, out)
        if sections and _HOME.match(urlsplit(out.page).path or "/"):
            _treeview_links(body, scripts, out)   # (the site's navigation: from its home)
    _proxy_links(tree, body, out)
    _element_pages(body, out)
    _field_pager_links(body, scripts, out)
    _self_submitting_forms(body, out)
    if sections:
        _script_submitted_selects(body, scripts, out)
    if rules is not None:
        _rule_links(body, rules, out)
    _script_and_head_links(tree, body, scripts, sections, out)
    # (a fragment a "Xem thêm" answers with: no head, a list and nothing else)
    _auto_links(body, sections, out, fragment=tree.css_first("head > *") is None)
    _previous_day(tree, body, out, entry=sections)
    links = out.links
    # a list with no pager: its older items may be only behind a filter form's years (with
    # a pager: only a module's own search form, whose years the pager may not reach)
    _year_filter_forms(body, out, module_only=bool(
        links.listings or links.postbacks or links.guessed or links.more))
    plain = {*links.more, *links.listings, *links.articles}
    links.postbacks = [pb for pb in links.postbacks if not (
        pb.method == "GET" and not pb.fields and pb.body is None and not pb.callbacks
        and {k for k, _ in pb.headers} <= {"X-Requested-With"}
        and pb.action in plain)]   # (a script's plain GET of an address read as a link)
    return links


def _widget_script(script: LexborNode) -> bool:
    """A widget's script set where its list is to appear: in a container of its own (a
    block holding little text but the script and its ``<noscript>``), asked for a list by
    its query ("?kieu=bang&so=100") — not a site's scripts with a version ("?v=", "?cdv=",
    ASP.NET's ``WebResource.axd``), a library, a tracker."""
    src = (script.attributes.get("src") or "").strip()
    parent = script.parent
    if parent is None or parent.tag in ("body", "head", "html", "form") or \
            _LIBRARY_SCRIPT.search(src) or text_length(parent) > 200:
        return False
    path, _, query = src.partition("?")
    if path.lower().endswith(".axd"):
        return False
    keys = {k.lower() for k, _ in parse_qsl(query, keep_blank_values=True)}
    return bool(keys - _VERSION_KEYS) or "widget" in path.lower()


#: A script file of a menu's or a tree's items ("menu_items.js", "menu_data.js",
#: "tree_items.js", "menuitems.js"), not the menu's engine ("menu.js", "menu_tpl.js").
_MENU_SCRIPT = re.compile(r"(?:^|/)[\w-]*(?:menu|tree|nav)[_-]?(?:items?|data|links)\.js$",
                          re.IGNORECASE)
#: A TreeView callback's answer after its event validation: ``<lastIndex>|<a state letter
#: per node: n a leaf, c one filled on demand, u/e one with children>|<div id="…n3Nodes" …>``
#: (TreeView.js's TreeView_ProcessNodeData reads it so).
_TREEVIEW_NODES = re.compile(r"^\d{1,6}\|[a-z]{0,500}\|(<div id=[\"'][\w$]{1,200}Nodes[\"'])")


def _treeview_answer(body: bytes) -> str | None:
    """The nodes' markup of an ASP.NET TreeView's populate answer (``s<result>``, or
    ``<n>|<event validation><result>`` on a page validating events), or None."""
    if b"|" not in body[:64] or b"Nodes" not in body[:70_000]:
        return None
    text = body[:2_000_000].decode("utf-8", "replace")
    validated = _CALLBACK_VALIDATION.match(text)
    if validated is not None:
        text = text[validated.end() + int(validated.group(1)):]
    elif text.startswith("s"):
        text = text[1:]
    found = _TREEVIEW_NODES.match(text)
    return text[found.start(1):] if found is not None else None


def is_menu_script(url: str) -> bool:
    """``url`` names a script file of a menu's or a tree's items (:data:`_MENU_SCRIPT`)."""
    return _MENU_SCRIPT.search(urlsplit(url).path) is not None


#: A menu's item in its items file: ``['Label', '/address'`` (Tigra Menu, Tigra Tree), a
#: label and an address quoted alike.
_MENU_ITEM = re.compile(r"""\[\s*(['"])([^'"\n]{1,200})\1\s*,\s*(['"])([^'"\s]{1,400})\3""")
#: Query keys that version a script, ask for no list.
_VERSION_KEYS = frozenset({"v", "ver", "version", "cdv", "rev", "t", "d", "_", "ts", "hash",
                           "build", "cb", "m"})
#: Scripts that write no list: libraries, trackers, ad and share kits, a bundle's chunks.
_LIBRARY_SCRIPT = re.compile(r"jquery|bootstrap|\.min\.js|vendor|gtag|analytics|googletag|"
                             r"recaptcha|captcha|facebook|sdk|zalo|addthis|sharethis|chunk|"
                             r"bundle|polyfill|swiper|slick|owl|lightbox|fancybox|player|"
                             r"counter|thongke|tracking|statcounter|/stats?\.", re.IGNORECASE)
#: marks an element given the address a script opens from it (read as a link)
_NAV = "data-archiver-nav"
#: the links of a page: anchors, image-map areas, elements a script opens an address from
_LINKS = f"a[href], area[href], [{_NAV}]"


_VALUE_AFTER_LITERAL = re.compile(r"""['"]\s*\+\s*(?:this|[\w$.\[\]]+)\.value""")


def _inline_scripts(tree: LexborHTMLParser, limit: int = 400_000) -> str:
    """The page's inline scripts, joined (at most ``limit`` characters)."""
    root = tree.root
    if root is None:
        return ""
    out, size = [], 0
    for script in root.css("script:not([src])"):
        code = script.text(deep=True) or ""
        if size + len(code) > limit:
            break
        out.append(code)
        size += len(code)
    return "\n".join(out)


#: A JSF command link's click (Mojarra's ``mojarra.jsfcljs(document.getElementById('frm'),
#: {'frm:lnk':'frm:lnk'},'')``, MyFaces' ``myfaces.oam.submitForm('frm','frm:lnk')``): the
#: form, and the pairs it adds.
_JSF_CLICK = re.compile(r"(?:mojarra\.jsfcljs|jsfcljs)\(\s*document\.getElementById\(\s*['\"]"
                        r"([^'\"]{1,200})['\"]\s*\)\s*,\s*\{([^{}]{0,2000})\}"
                        r"|myfaces\.oam\.submitForm\(\s*['\"]([^'\"]{1,200})['\"]\s*,\s*"
                        r"['\"]([^'\"]{1,300})['\"]")
_JS_PAIR = re.compile(r"""['"]([^'"]{1,300})['"]\s*:\s*['"]([^'"]{0,300})['"]""")


def _jsf_links(body: LexborNode, out: _Collector) -> None:
    """JSF command links (an ``h:commandLink``'s headline or pager): the page's form posted
    with the link's own pairs — the pager's answer is the next page, a headline's a
    redirect to the item (read as one)."""
    forms: dict[str, LexborNode | None] = {}
    for anchor in body.css("a[onclick]"):
        click = _JSF_CLICK.search(anchor.attributes.get("onclick") or "")
        if click is None:
            continue
        form_id = click.group(1) or click.group(3) or ""
        pairs = _JS_PAIR.findall(click.group(2)) if click.group(1) else [
            (click.group(4), click.group(4))]
        if form_id not in forms:
            forms[form_id] = body.css_first(f'form[id="{form_id}"]') if re.fullmatch(
                r"[\w:.-]{1,200}", form_id) else None
        form = forms[form_id]
        text = _texts(anchor)
        if form is None or not pairs or not (_is_pager_anchor(anchor, text)
                                             or scriptlinks.headline_text(text)):
            continue   # (a button's: "In", "Gửi", a poll's vote)
        out.postback(Postback(out.action(form), "", "", (*_form_fields(form), *pairs)))


def _postback_links(body: LexborNode, out: _Collector, sections: bool = False) -> None:
    """Pages reached by posting a form back: ASP.NET pager links, page drop-downs, "Xem
    thêm" forms (a drop-down opening an address gives that address; on a start page, a
    drop-down opening other listings — an archive's months, a list of sections — gives
    sections), and "Đi đến trang" forms asking for a page number."""
    nexts: list[Postback] = []
    for anchor in body.css("a[href*='__doPostBack'], a[href*='WebForm_DoPostBackWithOptions']"):
        call = _postback_call(anchor.attributes.get("href") or "")
        form = _form_of(anchor) if call and _is_pager_anchor(anchor) else None
        if call is None or form is None:
            continue
        event, argument, action_url = call
        action = out.action(form)
        if action_url:   # (a cross-page postback: the form posted to another page, in scope)
            posted = out.resolve(action_url)
            if posted is None or not same_site(posted, out.hosts) or is_trap(posted) or \
                    scriptlinks.changes_state(posted) or "/admin" in posted.lower():
                continue
            action = canonicalize(posted, out.scheme)
        pb = Postback(action, event, argument, _form_fields(form))
        if out.postback(pb) and not pb.absolute and _is_next(anchor):
            nexts.append(pb)
    # page drop-downs ("Trang: [3] / 12"): posted back (ASP.NET), or opening the chosen
    # option's address
    for select in body.css("select"):
        change = select.attributes.get("onchange") or ""
        options = [(o.attributes.get("value") or "", "selected" in o.attributes)
                   for o in select.css("option")][:500]
        match = _POSTBACK_CALL.search(change)
        if match is not None:
            form = _form_of(select)
            name = select.attributes.get("name") or match.group(1)
            if form is None or not name:
                continue
            base = tuple(f for f in _form_fields(form) if f[0] != name)
            for value, selected in options:
                if value and not selected:
                    out.postback(Postback(out.action(form), name, "", (*base, (name, value))))
        elif _OPENS_ADDRESS.search(change):
            # the option's value is the address itself (not a parameter added to one:
            # "location.href='/lich?ngay=' + this.value" is a calendar's)
            opens_value = not _VALUE_AFTER_LITERAL.search(change)
            for value, selected in options:
                target = out.resolve(value) if value and not selected else None
                if not target:
                    continue
                if continues(out.page_url, canonicalize(target, out.scheme)):
                    out.add(out.links.listings, value)
                elif sections and opens_value and len(out.links.sections) < MAX_SECTIONS \
                        and value.startswith(("/", "http://", "https://")) \
                        and not _ASSET.search(target):
                    # (each of the choices the page lists, a month's archive included: a
                    # finite range the page gives, not a calendar walked on)
                    out.add(out.links.sections, value,
                            bounded=len(options) <= _MAX_MONTHS and _recent(value))
    _page_number_forms(body, out)
    _button_page_forms(body, out)
    _pager_button_forms(body, out)
    _date_range_forms(body, out)
    if sections:
        _archive_forms(body, out)
    if nexts:
        # a windowed pager's numbered postbacks reach pages the "next" chain reaches too,
        # under keys that differ on every page: follow the chain alone
        out.links.postbacks = [pb for pb in out.links.postbacks if pb.absolute or pb in nexts]
    for pb in _more_forms(body, out.page_url, out.base, out.hosts, out.scheme, out.charset):
        out.postback(pb)


#: How WebForms.js posts a client callback (``WebForm_DoCallback``'s XMLHttpRequest).
_CALLBACK_HEADERS = (("Content-Type", "application/x-www-form-urlencoded; charset=utf-8"),)


def _callback_links(body: LexborNode, scripts: str, out: _Collector) -> None:
    """ASP.NET client callbacks a page's controls call with literal arguments
    (``onclick="CallServer('2026', '')"``, ``href="javascript:CallServer('2026', '')"``,
    ``CallServer`` calling ``WebForm_DoCallback('<UniqueID>', arg, …)``): each the page's
    WebForms form (the one holding ``__VIEWSTATE``) posted as WebForms.js posts it — its
    fields, ``__CALLBACKID`` = the control, ``__CALLBACKPARAM`` = the argument, the event
    validation last. The answer's own calls are read by :func:`answer_requests`."""
    functions = scriptlinks.callback_functions(scripts)
    form = next((f for f in body.css("form") if f.css_first('input[name="__VIEWSTATE"]')
                 is not None), None)
    if not functions or form is None:
        return
    code = "\n".join(h for h in _handlers(body) if "(" in h)
    names = tuple(f"{name}:{index}" for name, (_, index) in functions.items())
    for name, (control, index) in functions.items():
        for argument in scriptlinks.literal_arguments(code, name, index, most=50):
            out.postback(_callback_post(form, out, control, argument, names))


def _callback_post(form: LexborNode, out: _Collector, control: str, argument: str,
                   callbacks: tuple[str, ...] = ()) -> Postback:
    """A client callback as WebForms.js posts it: the form's fields, ``__CALLBACKID`` =
    the control, ``__CALLBACKPARAM`` = the argument, the event validation last."""
    hidden = dict(_form_fields(form))
    validation = hidden.pop("__EVENTVALIDATION", None)
    data = {"__EVENTTARGET": "", "__EVENTARGUMENT": "", **hidden,
            "__CALLBACKID": control, "__CALLBACKPARAM": argument}
    if validation is not None:
        data["__EVENTVALIDATION"] = validation
    return Postback(out.action(form), "", "", tuple(data.items()), _CALLBACK_HEADERS, None,
                    "POST", callbacks)


def _treeview_links(body: LexborNode, scripts: str, out: _Collector) -> None:
    """An ASP.NET TreeView's nodes filled on demand (a section's sub-sections only its
    callback gives): each node's callback (:func:`scriptlinks.treeview_populations`), the
    page's WebForms form posted as WebForms.js posts it. The answer's nodes are its links."""
    # (a javascript: link's code as the browser runs it: its %XX decoded, "100%25" → "100%")
    code = "\n".join(unquote(h) for h in _handlers(body) if "TreeView_PopulateNode" in h)
    calls = scriptlinks.treeview_populations(code, scripts)
    form = next((f for f in body.css("form") if f.css_first('input[name="__VIEWSTATE"]')
                 is not None), None)
    if form is None:
        return
    for control, argument in calls:
        out.postback(_callback_post(form, out, control, argument))


#: How a proxy script is asked for (a script's request of its own, GET).
_PROXY_HEADERS = (("Accept", "*/*"),)
PROXY_MARK = "proxy:"


def _proxy_links(tree: LexborHTMLParser, body: LexborNode, out: _Collector) -> None:
    """Web-service calls made through a ScriptManager's proxy script (``<script
    src="Services/VanBanService.asmx/js">`` and ``onclick="VanBanService.LayTheoNam(2026,
    1, hienVanBan)"``): the proxy is asked for, carrying the calls to make once it tells
    the service's path and the methods' parameters (:func:`answer_requests`)."""
    root = tree.root
    services = [(src, service) for script in (root.css("script[src]") if root else [])[:60]
                if (service := scriptlinks.proxy_service(
                    src := (script.attributes.get("src") or "").strip())) is not None]
    if not services:
        return
    handlers = _handlers(body)
    for src, service in services:
        uses = scriptlinks.proxy_uses("\n".join(h for h in handlers if service in h), service)
        if uses:
            spec = json.dumps({"service": service, "calls": uses}, ensure_ascii=False)
            out.call(("GET", src, dict(_PROXY_HEADERS), [], None), (PROXY_MARK + spec,))


#: Drupal's ajax.js posts a ``.use-ajax`` link so: its ``/nojs`` segment made ``/ajax``.
_NOJS = re.compile(r"/nojs(?=/|$|\?)")
_DRUPAL_AJAX_HEADERS = (("X-Requested-With", "XMLHttpRequest"),)
#: A use-ajax link to a page by its number ("…/nojs/3"), and a Drupal view's own block.
_NOJS_PAGE = re.compile(r"/nojs/\d{1,5}(?:[/?#]|$)")
_VIEW_NAME = re.compile(r"\s(?:view|views-element-container)\s")


def _element_pages(body: LexborNode, out: _Collector) -> None:
    """The next pages a pager element names by its data (Elementor Pro's load-more anchor:
    ``<div class="e-load-more-anchor" data-page="1" data-max-page="6" data-next-page="…">``,
    its button ``href="#"``), and Drupal's ``<a class="use-ajax" href="…/nojs/3">`` as
    ajax.js posts it (``…/ajax/3?_wrapper_format=drupal_ajax``, ``_drupal_ajax=1``)."""
    for node in body.css(".e-load-more-anchor[data-next-page]")[:20]:
        attrs = node.attributes
        page, last = attrs.get("data-page") or "", attrs.get("data-max-page") or ""
        target = (attrs.get("data-next-page") or "").strip()
        if (page.isdigit() and last.isdigit() and int(page) >= int(last)) or \
                not target.startswith(("/", "http://", "https://")) or "cpage=" in target:
            continue   # (the last page shown, or no page's address: nothing after it)
        out.add(out.links.listings, target)
    for link in body.css("a.use-ajax[href*='/nojs']")[:20]:
        raw = (link.attributes.get("href") or "").strip()
        href = _NOJS.sub("/ajax", raw, count=1)
        if scriptlinks.changes_state(href) or "token=" in href.lower() or not (
                _NOJS_PAGE.search(raw) or LOAD_MORE_CUE.search(_texts(link))
                or NEXT_TEXT.match(_texts(link))):
            continue   # (only a pager's: "Xem thêm", "…/nojs/3" — not a flag or a lock)
        view = next((a for a in ancestors(link)[:5] if _VIEW_NAME.search(
            f" {a.attributes.get('class') or ''} ")), None)
        for item in view.css(".views-row a[href]")[:50] if view is not None else ():
            if len(node_text(item).split()) >= 5:   # (the rows the "Xem thêm" goes on from)
                out.add(out.links.articles, item.attributes.get("href"))
        joiner = "&" if "?" in href else "?"
        out.call(("POST", f"{href}{joiner}_wrapper_format=drupal_ajax",
                  dict(_DRUPAL_AJAX_HEADERS), [("_drupal_ajax", "1")], None))


def _recent(value: str) -> bool:
    """The years ``value`` names are of the last fifteen and the next: a choice a list
    gives of its own archive, not a calendar's window moved back page after page."""
    years = [int(y) for y in re.findall(r"(?<!\d)(?:19|20)\d\d(?!\d)", value)]
    return all(_NEXT_YEAR - 16 <= y <= _NEXT_YEAR for y in years)


#: An ``onchange`` opening an address: the location set, a window opened, a router's visit
#: (``Turbo.visit(this.value)``, ``router.push(…)``, ``navigate(…)``).
_OPENS_ADDRESS = re.compile(r"location|window\.open|\bvisit\(|router\.(?:push|replace)\(|"
                            r"\bnavigate(?:To)?\(")


#: A form field holding the page to show: "…_pageindex", "hdPageIndex", "trang", "page".
_PAGE_FIELD = re.compile(r"page(?:index|no|num|number)?$|(?:^|[_-])(?:trang|p)$|pageindex",
                         re.IGNORECASE)


def _field_pager_links(body: LexborNode, scripts: str, out: _Collector) -> None:
    """A pager whose links call a page function putting the page in a form field and
    submitting the form (a VNPT portlet's ``goPage(2)`` writing its hidden ``pageindex``):
    the form posted with that field set, each page one postback (they all answer at the
    first page's address)."""
    for node, field_id, value in scriptlinks.field_calls(body, scripts):
        if not value or not _is_pager_anchor(node):
            continue
        field = body.css_first(f'[id="{field_id}"]')
        if field is None:
            continue
        form, name = _form_of(field), field.attributes.get("name")
        if form is None or not name or not _PAGE_FIELD.search(name) or VIEW_KEY.match(name):
            continue   # (a day chosen, a page size: another view, not the next page)
        fields = tuple((k, value if k == name else v) for k, v in _form_fields(form))
        if (name, value) not in fields:
            fields = (*fields, (name, value))
        if dict(fields).get(name) != (field.attributes.get("value") or ""):
            out.postback(Postback(out.action(form), "", "", fields))


#: An ``onclick`` putting a button's page in a field: ``getElementById('hdPage').value =
#: this.dataset.page``, ``this.form.page.value = this.dataset.page``.
_BUTTON_SETS = re.compile(r"""getElementById\(\s*['"]([\w$:.-]{1,100})['"]\s*\)\.value\s*=|"""
                          r"""\.form\.([\w$]{1,60})\.value\s*=""")


def _get_forms(body: LexborNode) -> Iterable[LexborNode]:
    """The page's forms sent by GET (the method unsaid is GET)."""
    return (form for form in body.css("form") if _method(form) == "get")


def _hidden_fields(form: LexborNode) -> list[tuple[str, str]]:
    """A GET form's hidden fields as it sends them (no ASP.NET state)."""
    return [(n, f.attributes.get("value") or "") for f in form.css("input[type=hidden]")
            if (n := f.attributes.get("name")) and not n.startswith("__")]


def _form_url(action: str, pairs: list[tuple[str, str]]) -> str:
    """The address a GET form is sent to with ``pairs``."""
    return urlunsplit(urlsplit(action)._replace(query=urlencode(pairs), fragment=""))


def _self_submitting_forms(body: LexborNode, out: _Collector) -> None:
    """GET forms a reader sends without a button: a "Hiển thị [10|20|50|100] tin" select
    submitting on change (its largest page size: the list on fewer, longer pages — a pager
    capped short of the end leaves no other way), and a month field ("<input type=month
    min max>": each month of its range, newest first, a listing of its own)."""
    for form in _get_forms(body):
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        fields = _hidden_fields(form)
        for select in form.css("select[name]"):
            name = select.attributes.get("name") or ""
            if "submit" not in (select.attributes.get("onchange") or "") or \
                    not _PAGE_SIZE_NAME.search(name):
                continue
            options = [((o.attributes.get("value") or "").strip(), "selected" in o.attributes)
                       for o in select.css("option")]
            if len(options) < 2 or not all(value.isdigit() for value, _ in options):
                continue
            sizes = [int(value) for value, _ in options]
            shown = next((int(value) for value, chosen in options if chosen), sizes[0])
            if max(sizes) >= _MORE_PER_PAGE * max(shown, 1):
                # (a view of many times more a page — "100" beside "10" — not one more
                # order of the same pages, "24" beside "8", a view the pager walks anyway)
                out.add(out.links.listings, _form_url(action, [*fields, (name, str(max(sizes)))]))
        if urlsplit(action).path != urlsplit(out.page_url).path:
            continue   # (a month field of this list's own: not a calendar's elsewhere)
        for month in form.css("input[type=month][name]"):
            low, high = (month.attributes.get("min") or ""), (month.attributes.get("max") or "")
            if not (_MONTH.fullmatch(low) and _MONTH.fullmatch(high)):
                continue
            high = min(high, f"{_THIS_MONTH[0]:04d}-{_THIS_MONTH[1]:02d}")   # (no future)
            year, mon = int(high[:4]), int(high[5:])
            for _ in range(_MAX_MONTHS):
                value = f"{year:04d}-{mon:02d}"
                if value < low:
                    break
                # (a month is a calendar's parameter, but this range is the form's own:
                # bounded, each month once)
                out.add(out.links.listings, _form_url(
                    action, [*fields, (month.attributes.get("name") or "", value)]),
                    bounded=True)
                year, mon = (year, mon - 1) if mon > 1 else (year - 1, 12)


def _script_submitted_selects(body: LexborNode, scripts: str, out: _Collector) -> None:
    """A GET form with no button whose drop-down a script of the page binds to a handler
    sending the form (WordPress's Categories widget: ``dropdown.onchange = onCatChange``,
    ``dropdown.parentNode.submit()``; ``$('#cat').on('change', …)``): each choice a section
    of its own (a category no menu names: "?cat=12")."""
    if ".submit()" not in scripts or "change" not in scripts:
        return
    for form in _get_forms(body):
        if form.css_first("button, input[type=submit], input[type=image]") is not None or \
                form.css_first("input[type=text], input[type=search], textarea") is not None:
            continue
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        fields = _hidden_fields(form)
        for select in form.css("select[id][name]"):
            ident = re.escape(select.attributes.get("id") or "")
            bound = re.search(rf"""(?:getElementById\(\s*['"]{ident}['"]\s*\)|\(\s*['"]#"""
                              rf"""{ident}['"]\s*\))""", scripts)
            # (its handler, written beside the binding, sends the form: not a links box
            # whose handler opens the chosen site)
            if bound is None or ".submit()" not in scripts[bound.start():bound.end() + 400] or \
                    "window.open" in scripts[bound.start():bound.end() + 400]:
                continue
            name = select.attributes.get("name") or ""
            for option in select.css("option")[:60]:
                value = (option.attributes.get("value") or "").strip()
                if value and value not in ("0", "-1") and "://" not in value and \
                        not value.startswith("/") and len(out.links.sections) < MAX_SECTIONS:
                    out.add(out.links.sections, _form_url(action, [*fields, (name, value)]))


#: A page-size field's name ("so_tin", "limit", "pageSize", "soDong", "hienthi").
_PAGE_SIZE_NAME = re.compile(r"so[_-]?(?:tin|dong|bai|luong)|limit|size|per[_-]?page|rows|"
                             r"hien[_-]?thi|display|show|items|count|num", re.IGNORECASE)
#: How many times the items a page shows a page-size choice must offer to be read.
_MORE_PER_PAGE = 4
_MONTH = re.compile(r"\d{4}-(?:0[1-9]|1[0-2])")
_THIS_MONTH = (datetime.now().year, datetime.now().month)
#: Months of a month field's range read at most (ten years).
_MAX_MONTHS = 120


def _button_page_forms(body: LexborNode, out: _Collector) -> None:
    """A GET form whose pager is its submit buttons ("<button data-page=2>", their
    ``onclick`` putting the page in a hidden field, or "<button name=page value=2>", inside
    the form or joined to it by ``form="id"``): each page is the form sent with that field
    set."""
    for form in _get_forms(body):
        buttons = [b for b in form.css("button, input[type=submit]")
                   if "disabled" not in b.attributes]
        form_id = form.attributes.get("id")
        if form_id:
            # (buttons elsewhere on the page joined to the form by their "form" attribute)
            buttons += [b for b in body.css("button[form], input[type=submit][form]")
                        if b.attributes.get("form") == form_id
                        and "disabled" not in b.attributes]
        pages: dict[str, str] = {}   # page -> the field it goes in
        for button in buttons:
            attrs = button.attributes
            name, value = attrs.get("name"), attrs.get("value")
            if attrs.get("formaction") and _is_pager_anchor(button):
                _formaction_page(form, button, out)
                continue
            if name and value and value.isdigit() and _PAGE_FIELD.search(name):
                pages.setdefault(value, name)
                continue
            page = attrs.get("data-page")
            if not page or not page.isdigit():
                continue
            sets = _BUTTON_SETS.search(attrs.get("onclick") or "")
            field = None
            if sets is not None and sets.group(1):
                node = form.css_first(f'[id="{sets.group(1)}"]')
                field = node.attributes.get("name") if node is not None else None
            elif sets is not None:
                field = sets.group(2)
            if field is None:
                field = next((n for f in form.css("input[type=hidden]")
                              if (n := f.attributes.get("name")) and _PAGE_FIELD.search(n)),
                             None)
            if field:
                pages.setdefault(page, field)
        if not pages:
            continue
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        fields = _hidden_fields(form)
        for page, field in pages.items():
            if (field, page) in fields:
                continue   # (the page shown)
            pairs = [(n, page if n == field else v) for n, v in fields]
            if not any(n == field for n, _ in fields):
                pairs.append((field, page))
            out.add(out.links.listings, _form_url(action, pairs))


def _pager_button_forms(body: LexborNode, out: _Collector) -> None:
    """A form whose pager is its submit buttons ("2", "3", "Sau ›": ASP.NET's DataPager
    with ``ButtonType="Button"``; "Xem tiếp »" closing a content server's results template
    of hidden fields): the form sent as a browser sends it when that button is pressed —
    its fields as the page has them and the button's own pair (an unnamed button sends
    none). Only buttons that are a pager's: in an element named for one, or beside another
    page's number, or the one "next" of a form of hidden fields alone; only the "next"
    when there is one; never a disabled one, nor a form that signs in, signs up, votes or
    searches."""
    for form in body.css("form"):
        if form.css_first("input[type=password], input[type=email], input[type=tel], "
                          "input[type=file], textarea") is not None:
            continue
        method = _method(form)
        if method not in ("get", "post"):
            continue
        action = out.action(form) if method == "post" else \
            _action(form, out.page_url, out.base, out.charset)
        if action is None or LOGIN_PATH.search(action) or NOT_SECTION_URL.search(action) or \
                scriptlinks.changes_state(action):
            continue
        buttons = _pager_buttons(form)
        if not buttons:
            continue
        nexts = [b for b in buttons if NEXT_TEXT.match(_ARROWS.sub("", _button_words(b)))]
        fields = [*_form_fields(form), *_open_fields(form)]
        if method == "get":
            fields = [(n, v) for n, v in fields if not n.startswith("__")]
        for button in nexts or buttons:
            name = button.attributes.get("name")
            pair = [(name, button.attributes.get("value") or "")] if name else []
            if method == "get":
                out.add(out.links.listings, _form_url(action, [*fields, *pair]))
            else:
                out.postback(Postback(action, "", "", (*fields, *pair)))


def _pager_buttons(form: LexborNode) -> list[LexborNode]:
    """A form's submit buttons that turn a listing's page (see :func:`_pager_button_forms`)."""
    buttons = [b for b in form.css("input[type=submit], button")
               if "disabled" not in b.attributes
               and (b.attributes.get("type") or "submit").lower() == "submit"
               and not b.attributes.get("formaction") and _pages_a_form(b)
               # (a page field's button or a data-page one: _button_page_forms's)
               and not _PAGE_FIELD.search(b.attributes.get("name") or "")
               and "data-page" not in b.attributes]
    numbered: dict[int, int] = {}   # a button's container -> its page numbers' buttons
    for b in buttons:
        if b.parent is not None and _button_words(b).isdigit():
            numbered[b.parent.mem_id] = numbered.get(b.parent.mem_id, 0) + 1
    only_hidden = form.css_first("input:not([type=hidden]):not([type=submit]), select") \
        is None
    return [b for b in buttons if _in_pager(b)
            or (b.attributes.get("rel") or "").lower() == "next"
            or (b.parent is not None and numbered.get(b.parent.mem_id, 0) >= 2)
            or (only_hidden and len(buttons) <= 2
                and NEXT_TEXT.match(_ARROWS.sub("", _button_words(b)) or "-") is not None)]


def _button_words(button: LexborNode) -> str:
    """What a submit button says: an input's value, a button's text."""
    if button.tag == "input":
        return " ".join((button.attributes.get("value") or "").split())
    return _texts(button)


def _pages_a_form(button: LexborNode) -> bool:
    """A submit button whose words a pager's are: a page's number, "Sau ›", "Xem tiếp »"
    (an arrow alone only in a pager, :func:`_pager_buttons`)."""
    words = _button_words(button)
    return bool(words) and _pager_words(words)


def _open_fields(form: LexborNode) -> list[tuple[str, str]]:
    """A form's fields a reader sees and leaves as they are: named text boxes with their
    values, each drop-down's chosen option (the first when none is marked)."""
    pairs: list[tuple[str, str]] = []
    for node in form.css("input[name], select[name]"):
        name = node.attributes.get("name") or ""
        if node.tag == "select":
            options = node.css("option")
            chosen = next((o for o in options if "selected" in o.attributes),
                          options[0] if options else None)
            if chosen is not None:
                value = chosen.attributes.get("value")
                pairs.append((name, value if value is not None else _texts(chosen)))
        elif (node.attributes.get("type") or "text").lower() in ("text", "search", "number",
                                                                 "date", "month"):
            pairs.append((name, node.attributes.get("value") or ""))
    return pairs


def _date_range_forms(body: LexborNode, out: _Collector) -> None:
    """A GET form of a date range ("Từ ngày [date] Đến ngày [date]", each ``<input
    type=date min max>``, the page's default the last week): sent once over its whole
    range, the first day at its ``min`` and the last at its ``max`` (one request, the
    bounds the form's own), any drop-down on "all" when it offers one — the site's
    archive, a listing of its own. A search's form (a box for words) only when it says it
    is the archive ("Tin đã đưa", as :func:`_archive_forms` asks)."""
    for form in _get_forms(body):
        days = form.css("input[type=date][name][min][max]")
        if len(days) != 2:
            continue
        first, last = (d.attributes.get("name") or "" for d in days)
        try:
            low = date.fromisoformat(days[0].attributes.get("min") or "")
            high = date.fromisoformat(days[1].attributes.get("max") or "")
        except ValueError:
            continue
        if first == last or low > high:
            continue
        if form.css_first("input[type=search], input[type=text], input:not([type])") \
                is not None and not ARCHIVE_FORM_CUE.search(_texts(form)):
            continue
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        pairs: list[tuple[str, str]] = []
        for name, value in [*_hidden_fields(form), *_open_fields(form)]:
            if name == first:
                value = low.isoformat()
            elif name == last:
                value = high.isoformat()
            pairs.append((name, value))
        for select in form.css("select[name]"):
            if "" in [o.attributes.get("value") for o in select.css("option")]:
                name = select.attributes.get("name") or ""
                pairs = [(n, "" if n == name else v) for n, v in pairs]
        # (two days of the form's own range: bounded, whatever the address looks like)
        out.add(out.links.sections, _form_url(action, pairs), bounded=True)


def _formaction_page(form: LexborNode, button: LexborNode, out: _Collector) -> None:
    """A pager button sending its GET form to an address of its own (``<button
    formaction="/xay-dung-dang/trang-2">2</button>``, ASP.NET Core's tag helpers): the
    form's fields as the page has them (a filter left as it is) and the button's own pair,
    sent there — for GET, in place of that address's query, as browsers do."""
    attrs = button.attributes
    if (attrs.get("formmethod") or "get").strip().lower() != "get":
        return
    action = out.resolve(attrs.get("formaction") or "")
    if not action:
        return
    pairs = [(n, f.attributes.get("value") or "") for f in form.css("input")
             if (n := f.attributes.get("name")) and not n.startswith("__")
             and (f.attributes.get("type") or "text").lower() in ("text", "search", "hidden")]
    if attrs.get("name"):
        pairs.append((attrs.get("name") or "", attrs.get("value") or ""))
    out.add(out.links.listings, _form_url(action, pairs))


def _page_number_forms(body: LexborNode, out: _Collector) -> None:
    """"Đi đến trang [ ] Đi": a GET form whose one field to fill takes a page number (its
    name a page key, or typed ``number``): the next page is the form sent with it."""
    for form in body.css("form"):
        if _method(form) != "get":
            continue
        fields = form.css("input, select")
        open_fields = [f for f in fields if f.tag == "input" and (f.attributes.get("type")
                       or "text").lower() in ("text", "number", "tel")]
        if len(open_fields) != 1 or not (name := open_fields[0].attributes.get("name")):
            continue
        kind = (open_fields[0].attributes.get("type") or "").lower()
        if not (PAGE_KEY.match(name) or (kind == "number" and "trang" in _texts(form).lower())):
            continue
        current = page_number(out.page_url) or 1
        top = open_fields[0].attributes.get("max") or ""
        if top.isdigit() and current >= int(top):
            continue
        data = [(n, f.attributes.get("value") or "") for f in fields
                if (n := f.attributes.get("name")) and n != name
                and (f.attributes.get("type") or "").lower() == "hidden"
                and not n.startswith("__")]      # ASP.NET's state means nothing in a GET
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        query = urlencode([*data, (name, str(current + 1))])
        out.add(out.links.guessed, urlunsplit(urlsplit(action)._replace(query=query)))


#: What names a form as the way into the site's archive ("Các tin đã đưa", "Tin cũ hơn",
#: "để trống để xem tất cả"), not a search box: said in the form, its box or a field.
ARCHIVE_FORM_CUE = re.compile(r"tin\s+đã\s+đưa|bài\s+đã\s+đăng|tin\s+cũ|lưu\s+trữ|"
                              r"xem\s+tất\s+cả|tra\s+cứu\s+tin", re.IGNORECASE)


def _archive_forms(body: LexborNode, out: _Collector) -> None:
    """A GET form that is the site's archive ("Các tin đã đưa": a keyword left empty, a
    section chosen): sent as the page has it, once for "all sections" (or, without that
    choice, once a section), each answer a listing of its own. A plain search box is not
    sent: nothing says an empty search lists the archive."""
    for form in body.css("form"):
        if _method(form) != "get":
            continue
        fields = form.css("input, select, textarea")
        kinds = [(f.attributes.get("type") or "text").lower() if f.tag == "input" else f.tag
                 for f in fields]
        if "password" in kinds or "textarea" in kinds or kinds.count("text") + \
                kinds.count("search") != 1 or kinds.count("select") > 1:
            continue   # a keyword to leave empty, at most a section to choose (a filter
            # bar of years and page sizes is the listing's views, not its archive)
        box = form.parent if form.parent is not None else form
        holders = [form, box] if text_length(box) <= 400 and len(box.css("form")) == 1 \
            else [form]
        cue = " ".join([*(_texts(h) for h in holders),
                        *(f.attributes.get("placeholder") or "" for f in fields)])
        if not ARCHIVE_FORM_CUE.search(cue):
            continue
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        fixed = [(n, f.attributes.get("value") or "") for f in fields
                 if (n := f.attributes.get("name")) and f.tag == "input"
                 and (f.attributes.get("type") or "text").lower() in ("text", "search", "hidden")
                 and not n.startswith("__")]
        choices: list[list[tuple[str, str]]] = [[]]
        for select in form.css("select"):
            name = select.attributes.get("name")
            values = [o.attributes.get("value") or "" for o in select.css("option")][:60]
            if not name or not values:
                continue
            wanted = [""] if "" in values else values   # "all sections", else each
            choices = [[*c, (name, v)] for c in choices for v in wanted][:60]
        for chosen in choices:
            query = urlencode([*fixed, *chosen])
            target = urlunsplit(urlsplit(action)._replace(query=query, fragment=""))
            if len(out.links.sections) < MAX_SECTIONS:
                out.add(out.links.sections, target)


def _year_filter_forms(body: LexborNode, out: _Collector, module_only: bool = False) -> None:
    """A filter form of drop-downs only, one of them the year ("Năm ban hành: [2025 ▾]
    Loại: [Tất cả ▾] Xem"; sent by GET, or posted back as Joomla's "adminForm" is), on a
    list with no pager: the year before the one shown, and
    each other choice of the other drop-downs (a page size or an order left out), are the
    list's next pages — walked as a pager is, so a year that shows nothing new ends it (a
    list showing its newest items only keeps the older years behind such a form)."""
    for form in body.css("form"):
        method = _method(form)
        if method not in ("get", "post") or (method == "post" and not _post_filter(form)):
            continue   # (a posted form only when it is a list's filter: not ASP.NET's page-
            # wide form, read as postbacks elsewhere, nor a survey, a login, a sign-up)
        boxes = form.css("input[type=text], input[type=search], input:not([type]), textarea")
        if len(boxes) > 1 or any(b.tag == "textarea" or (b.attributes.get("value") or "")
                                 for b in boxes):
            continue   # (one keyword box left empty at most: a documents search's)
        shown: list[tuple[str, str]] = []          # each drop-down's value as the page has it
        others: list[tuple[int, list[str]]] = []   # the values to send instead
        has_year = False
        for name, options in _choices(form):
            values = [v for v, _ in options]
            current = next((v for v, chosen in options if chosen), values[0])
            years = any(values) and all(v.isdigit() and len(v) == 4 for v in values if v)
            if not years and VIEW_KEY.match(name):
                continue   # a page size or an order: left to the server's default
            if years:
                has_year = True
                older = [v for v in values if v and current.isdigit() and int(v) < int(current)]
                wanted = [max(older, key=int)] if older else []
            else:
                wanted = [v for v in values if v != current]
            others.append((len(shown), wanted))
            shown.append((name, current))
        if not has_year or not any(v.isdigit() for _, v in shown):
            continue   # (no year shown: a search of a database, not this list's years)
        action = _action(form, out.page_url, out.base, out.charset)
        if action is None:
            continue
        hidden = _hidden_fields(form)
        here = urlsplit(out.page_url).path.rstrip("/").lower()
        there = urlsplit(action).path.rstrip("/").lower()
        # (this list's address, or one under it: "/VanBan/TraCuu" of "/VanBan")
        own = there == here or (bool(here) and there.startswith(here + "/"))
        # a module's search sent to its script ("/index.php" with "nv=van-ban" on NukeViet's
        # "/van-ban/"): this list's own archive by year, though its address is another
        module = not own and _SCRIPT_ACTION.search(urlsplit(action).path) is not None and \
            bool(segment := _module_segment(out.page_url)) and \
            any(_MODULE_FIELD.match(n) and v.lower() == segment for n, v in hidden)
        if not (module or (own and not module_only)):
            continue   # (a sidebar's form searching elsewhere: no page of this list)
        if module:   # (its year only: its other choices are views of that archive)
            others = [(at, values) for at, values in others
                      if shown[at][1].isdigit() and len(shown[at][1]) == 4]
        if CALENDAR_PART.search("?" + "&".join(f"{n}=" for n, _ in [*shown, *hidden])):
            continue   # a calendar's week or quarter beside the year
        empty = [(n, "") for b in boxes if (n := b.attributes.get("name"))]
        for at, values in others:
            for value in values[:30]:
                chosen = [(n, value if k == at else v) for k, (n, v) in enumerate(shown)]
                if method == "post":   # (Joomla's "adminForm" filter: posted back)
                    out.postback(Postback(canonicalize(action, out.scheme), "", "",
                                          (*hidden, *empty, *chosen)))
                else:
                    out.add(out.links.listings, _form_url(action, [*hidden, *empty, *chosen]))


#: A form sent to a script rather than a page ("/index.php", "/default.aspx").
_SCRIPT_ACTION = re.compile(r"/(?:index|default)\.(?:php|aspx?)$", re.IGNORECASE)


#: A script's field naming the module a form searches (NukeViet's "nv", "mod", "module").
_MODULE_FIELD = re.compile(r"^(?:nv|mod|module|name)$", re.IGNORECASE)


def _module_segment(url: str) -> str:
    """The module a page's address names: its first path segment, after a language's
    ("/vi/van-ban/" -> "van-ban"); "" for the home page."""
    parts = [p.lower() for p in urlsplit(url).path.split("/") if p]
    if parts and re.fullmatch(r"[a-z]{2}", parts[0]):
        parts = parts[1:]
    return parts[0] if parts else ""


def _post_filter(form: LexborNode) -> bool:
    """A posted form that is a list's filter (Joomla's "adminForm": "filter_…" fields, a
    "limitstart"): no ASP.NET state, nothing to vote, sign in or sign up with."""
    if form.css_first('input[name="__VIEWSTATE"], input[type=password], input[type=email], '
                      "input[type=tel], input[type=file], input[type=radio], textarea") \
            is not None:
        return False
    names = [(f.attributes.get("name") or "").lower() for f in form.css("input, select")]
    return (form.attributes.get("name") or form.attributes.get("id") or "") == "adminForm" \
        or any(n.startswith("filter_") or n == "limitstart" for n in names)


def _choices(form: LexborNode) -> list[tuple[str, list[tuple[str, bool]]]]:
    """A form's choices, (name, [(value, chosen)…]) each: its drop-downs' options, and its
    radio groups' buttons ("Năm ban hành: (•) 2025 ( ) 2024"), in the page's order."""
    out: list[tuple[str, list[tuple[str, bool]]]] = []
    radios: dict[str, list[tuple[str, bool]]] = {}
    for node in form.css("select, input[type=radio]"):
        name = node.attributes.get("name")
        if not name:
            continue
        if node.tag == "select":
            options = [(o.attributes.get("value") or "", "selected" in o.attributes)
                       for o in node.css("option")][:60]
            if options:
                out.append((name, options))
        elif "disabled" not in node.attributes:
            if name not in radios:
                radios[name] = []
                out.append((name, radios[name]))
            if len(radios[name]) < 60:
                radios[name].append((node.attributes.get("value") or "on",
                                     "checked" in node.attributes))
    return out


def _form_of(node: LexborNode) -> LexborNode | None:
    form = node.parent
    while form is not None and form.tag != "form":
        form = form.parent
    return form


def _rule_links(body: LexborNode, rules: ListingRules, out: _Collector) -> None:
    """A profile's rules come first; auto discovery then adds what they did not name (a
    profile written for one site of a family rarely knows every section's URL shape or
    every pager of its sister sites), so a narrow profile never loses articles."""
    page_url = out.page_url
    article_nodes: Iterable[LexborNode] = (
        [n for sel in rules.article_links for n in body.css(sel)] or body.css("a[href]"))
    if rules.article_url or rules.article_links:
        for node in article_nodes:
            href = node.attributes.get("href")
            absolute = out.resolve(href) if href else None
            if absolute and (not rules.article_url
                             or any(p.search(absolute) for p in rules.article_url)):
                out.add(out.links.articles, href)
                _headline(node, canonicalize(absolute, out.scheme), out.links)
    for sel in rules.next_page:
        for node in body.css(sel):
            out.add(out.links.listings, node.attributes.get("href"))
    if rules.listing_url:
        for node in body.css("a[href]"):
            href = node.attributes.get("href")
            absolute = out.resolve(href) if href else None
            if absolute and any(p.search(absolute) for p in rules.listing_url) \
                    and continues(page_url, absolute) and _is_pager_anchor(node):
                out.add(out.links.listings, href)


def _html_object(node: LexborNode) -> bool:
    """An ``<object>`` or ``<embed>`` showing an HTML page: its type says so, or (an
    ``<object>`` with no type and no plug-in's ``classid``) its address is a page's — no
    file's extension, no media file passed in its query."""
    kind = (node.attributes.get("type") or "").split(";")[0].strip().lower()
    if kind:
        return kind in ("text/html", "application/xhtml+xml")
    if node.tag != "object" or node.attributes.get("classid"):
        return False
    parts = urlsplit((node.attributes.get("data") or "").strip())
    last = parts.path.rsplit("/", 1)[-1]
    ext = last.rsplit(".", 1)[-1].lower() if "." in last else ""
    return ext in ("", "html", "htm", "asp", "aspx", "php", "jsp", "nsf", "shtml") and \
        not _MEDIA_IN_QUERY.search(parts.query)


#: A media file an object's page is asked to play ("player.aspx?file=/video/a.flv").
_MEDIA_IN_QUERY = re.compile(r"\.(?:flv|mp4|mp3|swf|wmv|avi|webm|m3u8)\b", re.IGNORECASE)


def _script_and_head_links(tree: LexborHTMLParser, body: LexborNode, scripts: str,
                           sections: bool, out: _Collector) -> None:
    """What a page holds outside its links: load-more addresses and script-built pages,
    listings in frames, the next page its head announces, the feeds a start page
    announces, the addresses of its JSON data islands."""
    page_url, links = out.page_url, out.links
    more, built = _load_more(body, page_url, out.base)
    for href in more:
        out.add(links.more, href)
    for href in built:
        out.add(links.guessed, href)
    # frames: a listing shown in an <iframe> lives at another address of the site (classic
    # ASP portals frame their "Tin mới" and category lists): a listing of its own; so does
    # a frameset's <frame>, and a page an <object> or <embed> of HTML shows (an XHTML
    # Strict design's box of another database's view)
    for frame in body.css("iframe[src], frame[src], object[data], embed[src]"):
        if frame.tag in ("object", "embed") and not _html_object(frame):
            continue   # (a player, a PDF, a Flash banner)
        src = frame.attributes.get("data" if frame.tag == "object" else "src") or ""
        absolute = out.resolve(src) if src else None
        if absolute and not _ASSET.search(absolute) and not NOT_SECTION_URL.search(
                urlsplit(absolute).path) and len(links.sections) < MAX_SECTIONS:
            out.add(links.sections, src)
    # the next page announced in the head alone (<link rel="next">, no pager drawn)
    if tree.head is not None:
        for node in tree.head.css('link[rel~="next"]'):
            announced = node.attributes.get("href")
            target = out.resolve(announced) if announced else None
            if target and continues(page_url, canonicalize(target, out.scheme),
                                    next_link=True):
                out.add(links.listings, announced)
    # a WordPress site's REST API (announced in the head): its posts collection lists every
    # post, newest first, some of them nowhere else ("Tải thêm" buttons fetch it)
    if sections and tree.head is not None:
        api = tree.head.css_first('link[rel="https://api.w.org/"]')
        root = out.resolve(api.attributes.get("href") or "") if api is not None else None
        if root:
            out.add(links.guessed, root.rstrip("/") + "/wp/v2/posts?_fields=link&per_page=100"
                    "&page=1")
    # feeds a start page announces: some sections' older items are only there
    if sections and tree.root is not None:
        for node in tree.root.css('link[rel~="alternate"]'):
            kind = (node.attributes.get("type") or "").lower()
            if "rss" in kind or "atom" in kind or "feed+json" in kind:
                out.add(links.feeds, node.attributes.get("href"))
        # a sitemap the head names ("<link rel=sitemap>"), beside robots.txt's
        for node in tree.root.css('link[rel~="sitemap"]'):
            out.add(links.sitemaps, node.attributes.get("href"))
        # the site's editions in other languages ("<link rel=alternate hreflang=en>", a
        # picker that is a script's): their own items, a section each
        editions = [href for node in tree.root.css('link[rel~="alternate"][hreflang]')
                    if not (node.attributes.get("type") or "")
                    and not (node.attributes.get("hreflang") or "").lower().startswith(
                        ("vi", "x-default"))
                    and (href := (node.attributes.get("href") or "").strip())]
        # (two at most: an edition of its own in English, Lao or Khmer — not a translation
        # plugin's copy of the whole site in every language, "/fr/", "/ja/", "/ko/" …)
        for href in editions if len(editions) <= 2 else ():
            if len(links.sections) < MAX_SECTIONS:
                out.add(links.sections, href)
        _feed_pages(body, out)
    # data islands: a script-rendered page carries its listing as JSON (Nuxt's
    # __NUXT_DATA__, Next.js's __NEXT_DATA__, JSON-LD item lists, Angular's TransferState, a
    # state object a script assigns, Next.js's flight rows) and no links at all
    island = _islands(tree, scripts, out.base, out.hosts)
    for href in island.articles:
        out.add(links.articles, href)
    for href in island.more:
        out.add(links.more, href)
    for href in island.nexts:   # "next": another page of this listing, as rel=next is
        if continues(page_url, canonicalize(href, out.scheme), next_link=True):
            out.add(links.listings, href)
    if sections:
        for href in island.sections[:MAX_SECTIONS]:
            out.add(links.sections, href)
    if island.more_pages and page_number(page_url) is None:
        # the island says the listing goes on (a total beyond what it shows) and the page
        # links no page 2: the listing's own ?page=2, checked like any guessed page
        out.add(links.guessed, _with_query(page_url, "page", 2))


def _auto_links(body: LexborNode, sections: bool, out: _Collector,
                fragment: bool = False) -> None:
    """URL shape and pager cues (on the address without its tracking parameters), ignoring
    the page's frame (menus) for articles; a start page's sections."""
    page_url, links, page = out.page_url, out.links, out.page
    section_nodes: list[tuple[LexborNode, str, str]] = []
    # links of no article's shape outside the frame: a listing's items all the same (below)
    unshaped: list[tuple[LexborNode, str, str, bool]] = []   # (…, in the frame)
    frame: dict[int, bool] = {}   # (in_frame's answers for this page's ancestors)
    pager: dict[int, bool] = {}   # (_in_pager's, for the parents of its links)
    # a fragment a page loaded names that page ("render_portlet?currentURL=/web/guest/tin-co-
    # so"): its pager's links are that page's next pages
    origins = _origin_pages(page_url)
    paths: set[str] = set()   # (the headlines' paths: what a section's address holds)
    for node in body.css(_LINKS):
        href = node.attributes.get("href")
        absolute = out.resolve(href) if href else None
        if absolute is None:
            continue
        clean = canonicalize(absolute, out.scheme)
        text = _texts(node)
        bare = _ARROWS.sub("", text)
        if len(text.split()) >= 5 and not _ASSET.search(clean):
            paths.add(urlsplit(clean).path)
        if _is_pager_anchor(node, text, pager) and (
                continues(page_url, clean, next_link=_is_next(node))
                or any(continues(o, clean, next_link=_is_next(node)) for o in origins)):
            out.add(links.listings, href)
        elif sections and DAY_ARCHIVE_TEXT.match(bare) and is_day_page(clean):
            # "Tin theo ngày": a date archive, walked back a day at a time from its day
            # (older items a site lists nowhere else)
            out.add(links.sections, href)
        elif SEE_ALL.match(bare) and clean != page \
                and listing_key(clean) == listing_key(page):
            out.add(links.listings, href)   # "Xem toàn bộ": the listing on one long page
        elif OLDER_TEXT.match(bare) and clean != page \
                and not looks_like_article_url(clean):
            # "Tin cũ hơn »": this listing's older items, at an address of their own
            # (/tin-tuc/cu-hon/2 under the home page's newest), walked as its next page
            out.add(links.listings, href)
        elif looks_like_article_url(clean):
            # an address without an id (``/hoat-dong-cac-ban-dang``) is an article when its
            # link reads like a headline, else likely a section with a long name
            has_id = _NUMBER.search(urlsplit(clean).path + urlsplit(clean).query)
            if in_frame(node, frame):
                # a menu item, not a "Tin mới" box's headline (that article is found in
                # its section; fetched as a listing it would never be read as an article)
                if sections and not has_id and not _reads_like_headline(node):
                    section_nodes.append((node, href or "", clean))
            elif _box_head(node, named=bool(has_id) or not sections):
                # a box's head naming its section in a few words ("Tin tức - Sự kiện" over
                # the box): the section, whatever its address looks like (on a listing
                # page, only under a head its class names: a short headline in a heading
                # stays an article)
                if sections:
                    section_nodes.append((node, href or "", clean))
            elif has_id or _reads_like_headline(node):
                out.add(links.articles, href)
                _headline(node, clean, links)
            elif sections:
                section_nodes.append((node, href or "", clean))
        else:
            if not looks_like_pager_url(clean):
                unshaped.append((node, href or "", clean, in_frame(node, frame)))
            if sections:
                section_nodes.append((node, href or "", clean))
    items, grouped = _listed_items(unshaped, 1 if fragment else _LISTED_ITEMS, out.items,
                                   links.patterns, frozenset(paths))
    for node, href, clean, _ in unshaped:
        if clean in items:
            out.add(links.articles, href)
            _headline(node, clean, links)
    if grouped:
        # (a sidebar's items of the same pattern, in the frame: no sections either — their
        # sections list them)
        section_nodes = [each for each in section_nodes if each[2] not in grouped]
    for node, href, clean in section_nodes:
        if len(links.sections) >= MAX_SECTIONS:
            break
        if _is_section_link(node, *_in_edition(href, clean, page)) and \
                not is_view_of(page, clean):
            out.add(links.sections, href)
        elif _year_archive(node, page, clean):
            # "Lưu trữ theo năm: 2025 · 2024": the section's years, each a listing of its
            # own (the default list shows the newest year only)
            out.add(links.sections, href)
    if sections:
        # a sortable table whose default order pages unstably: its date column's order (the
        # newest first, as a first click sorts it) is a listing of its own, walked once
        mine = {k for k, _ in parse_qsl(urlsplit(page).query)}
        for node in body.css("th a[href], thead a[href]"):
            target = out.resolve(node.attributes.get("href") or "")
            if target is None or not DATE_COLUMN.match(_texts(node)):
                continue
            if {k for k, _ in parse_qsl(urlsplit(target).query)} <= mine:
                break   # this page is a sorted view already (its header now sorts back)
            out.add(links.sections, node.attributes.get("href"))
            break


#: The fewest items of one address pattern, each under a headline, that make a listing.
_LISTED_ITEMS = 3


def _listed_items(links: list[tuple[LexborNode, str, str, bool]], fewest: int = _LISTED_ITEMS,
                  known: frozenset[ItemPattern] = frozenset(),
                  found: list[ItemPattern] | None = None,
                  paths: frozenset[str] = frozenset()) -> tuple[set[str], set[str]]:
    """The addresses of a listing's items whatever their shape, and every address of their
    patterns the page links: links whose words read as a headline (seven words or more: a
    "Chi tiết" alone counts for nothing), at least :data:`_LISTED_ITEMS` of one address
    pattern ("/ubkt/tin-hoat-dong/chi-tiet?dDocName=UBKT0512673", a content server's
    document names) — the items those outside the page's frame (a last page's one item
    counts the sidebar's "Tin mới" of the same pattern; ``fewest``, one in a fragment a
    "Xem thêm" answers with, a list by what it is; one too of a pattern ``known`` from the
    site's other pages, and those found added to ``found``). Never files, tags, searches or
    categories by their address, nor pages named by a bare word under the site's root
    (sections with long names: "/nghi-quyet")."""
    groups: dict[ItemPattern, set[str]] = {}
    outside: set[str] = set()
    texts: dict[int, str] = {}
    for node, _href, clean, framed in links:
        pattern = item_pattern(clean)
        if pattern is None or _all_of(_words_of(node)) or NOT_ARTICLE_URL.search(clean) or \
                _ASSET.search(urlsplit(clean).path) or _day_view(node, clean) or \
                len(_item_words(node, texts).split()) < 7:
            continue
        groups.setdefault(pattern, set()).add(clean)
        if not framed:
            outside.add(clean)
    # (a link whose address holds another's below it is that one's section: "/tin-tuc/-/
    # news/c/5/" over "/tin-tuc/-/news/c/5/n/48575/")
    # (only an item named by its path, never the site's root folder)
    folders = {p[:i + 1] for p in paths for i in range(1, len(p) - 1) if p[i] == "/"}
    grouped = {u for pattern, group in groups.items()
               if len(group) >= (1 if pattern in known else fewest) for u in group
               if urlsplit(u).query or _folder_of_path(u) not in folders}
    if found is not None and fewest > 1:
        # (the patterns of items taken: not a fragment's, not sections the rule above let go)
        found.extend(p for p, group in groups.items()
                     if len(group & grouped & outside) >= fewest)
    return grouped & outside, grouped


def _all_of(words: str) -> bool:
    """A "see all" link's own words ("Xem tất cả", "Tất cả tin phòng, chống tham nhũng"),
    not a headline that opens with "Tất cả …" ("Tất cả các xã đã đạt chuẩn …")."""
    return bool(SEE_ALL.match(words)) and (len(words.split()) <= 4 or bool(_ALL_OF.match(words)))


#: "Tất cả tin …", "Xem tất cả bài …": a see-all link naming what it lists.
_ALL_OF = re.compile(r"^(?:xem\s+)?tất\s+cả\s+(?:các\s+)?(?:tin|bài|văn\s*bản|thông\s*báo|"
                     r"tài\s*liệu|chuyên\s*mục)\b", re.IGNORECASE)


def _folder_of_path(url: str) -> str:
    """An address's path as a folder ("/tin-tuc/-/news/c/5" -> "/tin-tuc/-/news/c/5/")."""
    path = urlsplit(url).path
    return path if path.endswith("/") else path + "/"


def _day_view(node: LexborNode, url: str) -> bool:
    """A link saying only its day to a view of that day, not an item: a schedule's
    ("/lich-cong-tac/2028-10-09"), a date archive's or a filter's whose address ends in the
    day alone ("/tin-ngay/09-10-2028", "/van-ban/ngay-ban-hanh/09-10-2028", "?ngay=…")."""
    return bool(_DAY_ONLY.match(_words_of(node))) and bool(
        _SCHEDULE_PATH.search(url) or (_DAY_ADDRESS.search(url) and _DAY_WORD.search(url)))


#: A schedule's or a calendar's address ("/lich-cong-tac/…", "/LichCongTac/Xem/…").
_SCHEDULE_PATH = re.compile(r"/(?:lich|lich-?cong-?tac|lich-?lam-?viec|lich-?tiep-?dan|lich-?truc|"
                            r"calendar|(?:tin-)?theo-ngay)(?:[/?.#]|$)", re.IGNORECASE)


#: An address ending in a day alone, or asking for one by a parameter.
_DAY_ADDRESS = re.compile(r"/(?:\d{1,4}[-_.]\d{1,2}[-_.]\d{1,4}|\d{8})/?(?:[?#]|$)|"
                          r"[?&][\w-]*(?:ngay|date|day)[\w-]*=", re.IGNORECASE)
#: A word naming a day's view in an address ("/tin-ngay/", "/ngay-ban-hanh/", "?ngay="): a
#: digest's or a bulletin's own address by its day ("/diem-bao/09-10-2024") has none.
_DAY_WORD = re.compile(r"ngay|date|day", re.IGNORECASE)
#: A link's words that are only a day ("09/10/2028", "Ngày 09-10-2028"): a digest's or a
#: bulletin's link in a table whose other cells say what it holds.
_DAY_ONLY = re.compile(r"^(?:ngày\s+)?\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})$", re.IGNORECASE)


def _item_words(node: LexborNode, texts: dict[int, str] | None = None) -> str:
    """A link's words; for a "Chi tiết" link, or a link that says only its day, its item's:
    the row or block it stands in, when that holds one item (its other links only files) of
    a headline's words ("<tr><td><a href=….pdf>Thông báo số 480-TB/VPTU về …</a></td><td>
    12/09/2028</td><td><a href=…chi-tiet?dn=…>Chi tiết</a></td></tr>": the document's page is
    the row's; "<tr><td><a href=/-/diem-bao-ngay-09-10-2028>09/10/2028</a></td><td>Báo Nhân
    Dân viết về …</td></tr>": a day's press digest, the row's)."""
    words = _words_of(node)
    if not READ_MORE.match(_ARROWS.sub("", words)) and not _DAY_ONLY.match(words):
        return words
    item = node.parent
    texts = {} if texts is None else texts   # (a container's text, read once a page)
    for _ in range(3):
        if item is None or item.tag in ("body", "html", "table", "tbody", "ul", "ol"):
            return words
        text = texts.get(item.mem_id)
        if text is None:
            text = texts[item.mem_id] = _texts(item)
        if len(text) > 400:
            return words
        if item.tag in ("tr", "li", "dd", "article") or len(text) > len(words) + 20:
            # (one item: its other links only files, its headline no page of its own — not
            # a box of headlines closing on "Xem tiếp" to its section)
            others = [a.attributes.get("href") or "" for a in item.css("a[href]")
                      if a.mem_id != node.mem_id]
            own = all(_ASSET.search(urlsplit(h).path) for h in others)
            # (the row's words without the link's own: "Xem tiếp" names nothing)
            return " ".join(text.replace(words, " ").split()) if own else words
        item = item.parent
    return words


@remembered(16384)
def item_pattern(url: str) -> ItemPattern | None:
    """What the addresses of one kind of item share: the host, the path's depth and, for
    an item named by its query, the path's last segment and the query's keys (the folder
    before it may be each item's section), else the folder the item stands in ("/<section>/
    xem/9gng9": "xem") — None for a bare word under the site's root with no number (a
    section's address)."""
    parts = urlsplit(url)
    segments = parts.path.rstrip("/").split("/")
    # (a list's way back, "?inheritRedirect=true&redirect=%2Fdiem-bao", names no item: the
    # path does)
    keys = tuple(sorted({k.lower() for k, _ in parse_qsl(parts.query, keep_blank_values=True)
                         if not LISTING_NOISE_KEY.match(k)}))
    if keys:
        return parts.netloc, str(len(segments)), segments[-1].lower(), ",".join(keys)
    if len(segments) <= 2 and not any(ch.isdigit() for ch in segments[-1]):
        return None
    return parts.netloc, str(len(segments)), segments[-2].lower()


def _year_archive(node: LexborNode, page: str, url: str) -> bool:
    """A link to this listing by one year ("?year=2024", its text the year): an archive."""
    text = _texts(node)
    year = YEAR_PARAM.search(url)
    return text.isdigit() and len(text) == 4 and year is not None and year.group(1) == text \
        and is_view_of(page, url) and not is_trap(url)


def _headline(node: LexborNode, url: str, links: Links) -> None:
    """Keep the text of an article's link as the headline the listing shows it under,
    when it reads like one (five words or more, not "Xem chi tiết"); the longest of a
    page's links to it (a picture's caption link and the headline link)."""
    # (the heading inside a card's link when it has one: not its date or count of views;
    # not an icon's or a section chip's "title")
    text = next((t for inner in node.css("h1, h2, h3, h4, h5, h6, [class*=title], "
                                         "[class*=Title]")
                 if len((t := " ".join((inner.text(separator=" ") or "").split())).split())
                 >= 5), None) or " ".join((node.text(separator=" ") or "").split())
    if len(text.split()) < 5 or len(text) > 400 or READ_MORE.match(_ARROWS.sub("", text)):
        return
    if len(text) > len(links.headlines.get(url, "")):
        links.headlines[url] = text


_NUMBER = re.compile(r"\d{3,}")

#: Scripts that carry a page's data as JSON.
_ISLANDS = ('script[type="application/json"], script[type="application/ld+json"], '
            "script#__NEXT_DATA__")
#: The most of one island read (a page's state is kilobytes; a bigger one is not a listing).
_ISLAND_MAX = 4 * 1024 * 1024
_TOTAL_KEYS = ("total", "totalcount", "total_count", "totalitems", "totalrecords", "count")
_SIZE_KEYS = ("limit", "pagesize", "page_size", "perpage", "per_page", "size")


@dataclass
class _Island:
    articles: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    #: addresses under a next-page key (``links.next``): pages of a listing, if this one's
    nexts: list[str] = field(default_factory=list)
    #: a keyset API's next items, asked for as the page's script would
    more: list[str] = field(default_factory=list)
    more_pages: bool = False


#: Angular's TransferState escaping of its JSON island (``&q;`` for ``"``), undone in this
#: order (``&a;``, the ampersand, last).
_NG_ESCAPES = (("&q;", '"'), ("&s;", "'"), ("&l;", "<"), ("&g;", ">"), ("&a;", "&"))


def _island_data(script: LexborNode) -> object | None:
    """A JSON island's value (Angular's TransferState unescaped), or None."""
    text = script.text(deep=True) or ""
    if not text.strip() or len(text) > _ISLAND_MAX:
        return None
    if "&q;" in text and script.attributes.get("type") == "application/json":
        for escaped, plain in _NG_ESCAPES:
            text = text.replace(escaped, plain)
    try:
        data: object = json.loads(text)
    except (ValueError, RecursionError):
        return None
    if script.attributes.get("id") == "__NUXT_DATA__" and isinstance(data, list):
        data = _undevalue(data)
    return data


def _islands(tree: LexborHTMLParser, scripts: str, page_url: str,
             hosts: frozenset[str]) -> _Island:
    """What a page's JSON data islands hold: article addresses (in-scope paths or URLs that
    look like articles, whatever their key: Nuxt's payload keeps values apart from their
    keys), section paths (one or two segments, not files), addresses under a next-page key,
    and whether a paging object says more items follow (``total`` beyond
    ``offset``/``page`` and ``limit``). The islands: JSON scripts, the state objects inline
    ``scripts`` assign to globals, and Next.js flight rows."""
    out = _Island()
    root = tree.root
    if root is None:
        return out
    islands = [data for script in root.css(_ISLANDS)
               if (data := _island_data(script)) is not None]
    islands += scriptlinks.state_objects(scripts)
    # Inertia's page object in its root element's "data-page" (props, the paginator's
    # next and last page addresses)
    # and an Astro island's props (a client-only pager's page addresses, as Astro's
    # [type, value] pairs: the walk below reads a pair's value under its key)
    for node in root.css("[data-page], astro-island[props]"):
        raw = (node.attributes.get("data-page" if node.tag != "astro-island" else "props")
               or "").strip()
        if raw.startswith("{") and len(raw) <= 2_000_000:
            with contextlib.suppress(ValueError, RecursionError):
                islands.append(json.loads(raw))
    for data in islands:
        stack: list[tuple[object, str, int]] = [(data, "", 0)]
        strings = 0
        while stack and strings < 20_000:
            value, key, depth = stack.pop()
            if depth > 32:
                continue
            if isinstance(value, dict):
                out.more_pages = out.more_pages or _more_pages(value)
                _titled_item(value, page_url, hosts, out)
                stack.extend((v, str(k), depth + 1) for k, v in value.items())
            elif isinstance(value, list):
                stack.extend((v, key, depth + 1) for v in reversed(value))
            elif isinstance(value, str):
                strings += 1
                _island_string(value.strip(), key, page_url, hosts, out)
    for key, address in scriptlinks.flight_addresses(scripts)[:5000]:
        _island_string(address, key, page_url, hosts, out)
    out.more = scriptlinks.keyset_pages(islands)
    return out


#: devalue's wrappers around a value (Nuxt 3 payloads): ["Reactive", index] and the like.
_DEVALUE_WRAPPERS = frozenset({"Reactive", "ShallowReactive", "Ref", "ShallowRef",
                               "EmptyRef", "EmptyShallowRef", "Object"})


def _undevalue(flat: list[Any], budget: int = 50_000) -> object:
    """A devalue-flattened payload (a flat array whose objects and arrays hold indexes into
    it) back as nested values, within a budget of nodes (a payload is a page's state)."""
    left = [budget]
    done: dict[int, object] = {}

    def value(index: object, depth: int) -> object:
        if not isinstance(index, int) or isinstance(index, bool) or not 0 <= index < len(flat):
            return None
        if index in done:
            return done[index]
        left[0] -= 1
        if left[0] < 0 or depth > 64:
            return None
        raw = flat[index]
        out: object
        if isinstance(raw, dict):
            out = {k: value(v, depth + 1) for k, v in raw.items()}
        elif isinstance(raw, list):
            if raw and isinstance(raw[0], str):
                tag = raw[0]
                if tag in _DEVALUE_WRAPPERS and len(raw) == 2:
                    out = value(raw[1], depth + 1)
                elif tag in ("Set", "Map", "null"):
                    out = [value(i, depth + 1) for i in raw[1:]]
                else:   # Date, RegExp, BigInt…: no addresses in them
                    out = None
            else:
                out = [value(i, depth + 1) for i in raw]
        else:
            out = raw
        done[index] = out
        return out

    return value(0, 0)


def _titled_item(value: dict[Any, Any], page_url: str, hosts: frozenset[str],
                 out: _Island) -> None:
    """An item of a list in a data island whatever its address's shape: an object whose
    title reads as a headline (seven words or more) beside its page's address
    (``{"title": "Hội nghị …", "url": "/tin/chi-tiet?dn=HG02001"}``)."""
    title = next((v for k, v in value.items() if isinstance(v, str)
                  and _TITLE_KEY.match(str(k))), None)
    if title is None or len(title.split()) < 7:
        return
    address = next((v for k, v in value.items() if isinstance(v, str)
                    and JSON_URL_KEY.match(str(k))), None)
    if address is None or not address.startswith(("/", "http://", "https://")) or \
            address.startswith("//") or " " in address:
        return
    absolute = resolve(page_url, address)
    if absolute is None or not same_site(absolute, hosts) or _ASSET.search(absolute) or \
            NOT_ARTICLE_URL.search(absolute) or item_pattern(canonicalize(absolute)) is None:
        return
    out.articles.append(absolute)


#: A JSON item's headline key ("title", "tieuDe", "headline", "name").
_TITLE_KEY = re.compile(r"^(?:title|headline|name|tieu_?de|tieude|ten)$", re.IGNORECASE)


def _island_string(text: str, key: str, page_url: str, hosts: frozenset[str],
                   out: _Island) -> None:
    # (a next page may be the page's own address with another query: SharePoint's
    # "NextHref": "?Paged=TRUE&p_ID=6&PageFirstRow=16")
    if not (text.startswith(("http://", "https://", "/"))
            or (text.startswith("?") and JSON_NEXT_KEY.match(key))) or " " in text \
            or len(text) > 500 or text.startswith("//"):
        return
    absolute = resolve(page_url, text)
    if absolute is None or not same_site(absolute, hosts) or _ASSET.search(absolute):
        return
    if JSON_NEXT_KEY.match(key):
        out.nexts.append(absolute)   # a page of this listing, if it continues it
    clean = canonicalize(absolute)   # judged without its tracking parameters
    path = urlsplit(clean).path
    if looks_like_article_url(clean) and _NUMBER.search(path + urlsplit(clean).query):
        out.articles.append(absolute)
    elif (0 < len([p for p in path.split("/") if p]) <= 2 and "." not in path.rsplit("/", 1)[-1]
          and not NOT_SECTION_URL.search(path) and not _HOME.match(path)):
        out.sections.append(absolute)


def _more_pages(value: dict[Any, Any]) -> bool:
    """A paging object that says items follow the ones shown."""
    keys = {str(k).lower(): v for k, v in value.items()}
    total = next((keys[k] for k in _TOTAL_KEYS if isinstance(keys.get(k), int)), None)
    size = next((keys[k] for k in _SIZE_KEYS if isinstance(keys.get(k), int)), None)
    if not isinstance(total, int) or not isinstance(size, int) or size <= 0:
        return False
    offset = keys.get("offset", keys.get("start"))
    if isinstance(offset, int):
        return offset + size < total
    page = keys.get("page", keys.get("currentpage"))
    return isinstance(page, int) and page * size < total


def _with_query(url: str, key: str, value: int) -> str:
    parts = urlsplit(url)
    query = f"{parts.query}&{key}={value}" if parts.query else f"{key}={value}"
    return urlunsplit(parts._replace(query=query))


#: A box's head named by its class ("box-title", "boxhead", "cat-title").
_BOX_HEAD = re.compile(r"(?:box|block|module|cat|cate)[-_]?(?:title|head)", re.IGNORECASE)


def _box_head(node: LexborNode, named: bool = False) -> bool:
    """A link in a box's head (a heading ``h2``–``h4`` or an element named for it, two
    levels up at most; ``named``: only one named for it, for an address with an id, which a
    short headline in a heading may have) whose text is a name, not a headline (fewer words
    than :func:`_reads_like_headline` asks): the box's section, or its sub-sections."""
    parent = node.parent
    if parent is None:
        return False
    head = False
    cur: LexborNode | None = parent
    for _ in range(2):   # (where the link stands first: most links stand in no head)
        if cur is None:
            break
        if (cur.tag in ("h2", "h3", "h4") and not named) or _BOX_HEAD.search(
                cur.attributes.get("class") or ""):
            head = True
            break
        cur = cur.parent
    # a picture linking a section from a box of banners
    banner = node.css_first("img") is not None and bool(BANNER.search(
        f"{parent.attributes.get('class') or ''} {parent.attributes.get('id') or ''}"))
    if not (head or banner) or _reads_like_headline(node):
        return False
    return head if any(ch.isalpha() for ch in _texts(node)) else banner


def _reads_like_headline(node: LexborNode) -> bool:
    """A link whose words (its text, else its title or image's alt) read like a headline
    or say "read on" ("Xem chi tiết"), not a section's name in a few words ("Hoạt động các
    ban Đảng", "Xem tất cả")."""
    words = _words_of(node)
    if not words:
        # a thumbnail's link with no words of its own: the words of the link beside it to
        # the same address (a "Xem nhiều" item: its picture, then its headline)
        words = next((_words_of(twin) for twin in _twins(node)), "")
    return len(words.split()) >= 7 or bool(READ_MORE.match(_ARROWS.sub("", words)))


def _words_of(node: LexborNode) -> str:
    """A link's words: its text, else its title or its image's alt."""
    words = _texts(node) or node.attributes.get("title") or ""
    if not words:
        image = node.css_first("img[alt]")
        words = (image.attributes.get("alt") or "") if image is not None else ""
    return words


def _twins(node: LexborNode) -> Iterator[LexborNode]:
    """The other links to ``node``'s address beside it in its item: the elements just
    before and after it, or after its wrapper (a thumbnail's ``<div>``), a few each — a
    bounded look, whatever the size of the list around."""
    href = node.attributes.get("href")
    for base in (node, node.parent):
        if base is None or base.tag in ("body", "html", "ul", "ol"):
            return
        for step in ("next", "prev"):
            sib, seen = getattr(base, step), 0
            while sib is not None and seen < 3:
                if sib.is_element_node:
                    seen += 1
                    links = [sib] if sib.tag == "a" else sib.css("a[href]")[:4]
                    found = [a for a in links if a.attributes.get("href") == href]
                    if found:
                        yield from found
                        return
                sib = getattr(sib, step)


#: Sections taken from one start page at most.
MAX_SECTIONS = 300
_HOME = re.compile(r"^/?(?:default\.aspx|index\.(?:php|html?|aspx)|home|trang-chu|vi|portal)?/?$",
                   re.IGNORECASE)


def is_section_address(url: str) -> bool:
    """``url`` may be a section's listing: no home, account, search, print, feed, contact
    or tag page."""
    parts = urlsplit(url)
    return not NOT_SECTION_URL.search(parts.path) and not NOT_SECTION_URL.search(
        f"?{parts.query}") and not (_HOME.match(parts.path or "/") and not parts.query)


_SITE_MAP_CLASS = re.compile(r"site-?map|so-?do-?(?:trang|site|web)", re.IGNORECASE)


def _in_site_map(node: LexborNode) -> bool:
    """``node`` names a section in a site map's tree (``ul.sitemap``, a "Sơ đồ trang"
    page): an entry holding sub-entries, or one of a group under an unlinked label ("Tin
    tức" over its sections) — not a flat list of pages or posts."""
    if not any(up.tag in ("ul", "ol", "div", "nav", "section") and _SITE_MAP_CLASS.search(
            f"{up.attributes.get('class') or ''} {up.attributes.get('id') or ''}")
            for up in ancestors(node)[:6]):
        return False
    item = node.parent
    if item is None or item.tag != "li":
        return False
    if item.css_first("ul, ol") is not None:
        return True   # (a section over its sub-sections)
    group = item.parent.parent if item.parent is not None else None
    return group is not None and group.tag == "li" and not any(
        kid.tag == "a" for kid in group.iter())   # (its label unlinked)


def _feed_pages(body: LexborNode, out: _Collector) -> None:
    """Feeds a start page (or a section read as one) links rather than announces: a link to
    a feed file ("/rss/van-ban.rss", "/feed/", "?format=feed&type=rss") is a feed; a link
    named "RSS" to a page of its own (a portal's "Dịch vụ RSS" page listing a feed a
    section) is read as a section, where its feed links are found."""
    for node in body.css("a[href]"):
        href = node.attributes.get("href") or ""
        absolute = out.resolve(href)
        if absolute is None:
            continue
        if _FEED_ADDRESS.search(urlsplit(absolute).path) or _FEED_QUERY.search(absolute):
            out.add(out.links.feeds, href)
        elif _RSS_PAGE_TEXT.match(_words_of(node)):
            out.add(out.links.sections, href)


#: A feed's address: ``….rss``, ``/rss/….xml``, ``/feed/``, ``…/atom.xml``, ``rss.xml``.
_FEED_ADDRESS = re.compile(r"\.(?:rss|atom)$|/(?:rss|feeds?)/[^/]+\.xml$|/feed/?$|"
                          r"(?:^|/)(?:rss|atom|feed)\.xml$", re.IGNORECASE)
_FEED_QUERY = re.compile(r"[?&](?:format=feed|type=rss|feed=(?:rss2?|atom))\b", re.IGNORECASE)
#: A link to a page listing the site's feeds.
_RSS_PAGE_TEXT = re.compile(r"^(?:dịch\s+vụ\s+)?(?:rss|rss\s+feeds?|tin\s+rss)$", re.IGNORECASE)


def _in_svg(node: LexborNode) -> bool:
    """``node`` is inside an inline ``<svg>`` (a map whose shapes link their places)."""
    return any(up.tag == "svg" for up in ancestors(node)[:8])


#: A language edition's root segment ("/en/…"): not a section from the main edition's
#: menus, but the edition's own menus name its sections under it.
_EDITION = re.compile(r"^/(?:en|english)(?=/|$)", re.IGNORECASE)


def _in_edition(href: str, url: str, page: str) -> tuple[str, str]:
    """``href`` and ``url`` with the language edition's root segment left out when the page
    is in that edition (its menu's "/en/news" is its "/news"); else as they are."""
    edition = _EDITION.match(urlsplit(page).path)
    parts = urlsplit(url)
    if edition is None or not parts.path.lower().startswith(edition.group(0).lower() + "/"):
        return href, url
    rest = parts.path[len(edition.group(0)):]
    href_parts = urlsplit(href)
    if href_parts.path.lower().startswith(edition.group(0).lower() + "/"):
        href = urlunsplit(href_parts._replace(path=href_parts.path[len(edition.group(0)):]))
    return href, urlunsplit(parts._replace(path=rest))


#: The query keys a fragment's address names the page it is rendered for by.
_ORIGIN_KEY = re.compile(r"^(?:currentURL|current_url|returnurl|return_url|redirect|"
                         r"referer|page_url|pageUrl)$", re.IGNORECASE)


def _origin_pages(url: str) -> list[str]:
    """The pages a fragment's address says it is rendered for (Liferay's render_portlet's
    ``currentURL=/web/guest/tin-co-so``), as absolute addresses; none for most pages."""
    parts = urlsplit(url)
    if not parts.query:
        return []
    return [urlunsplit((parts.scheme, parts.netloc, *urlsplit(value)[2:4], ""))
            for key, value in parse_qsl(parts.query) if _ORIGIN_KEY.match(key)
            and value.startswith("/") and not value.startswith("//")][:2]


def _is_section_link(node: LexborNode, href: str, url: str) -> bool:
    """A link of a start page to a section that lists articles: in the page's menus or
    frame, in a heading (a home page box's title), or a "Xem tất cả" link; never a home,
    account, search, print, feed, contact or tag page, or a file."""
    if NOT_SECTION_URL.search(href) or not is_section_address(url) or \
            NOT_SECTION_TEXT.match(_texts(node)):
        return False
    if in_frame(node) or SEE_ALL.match(_ARROWS.sub("", _texts(node))) or node.tag == "area" \
            or _in_svg(node) or _in_site_map(node):
        return True     # (an image map's areas, an inline SVG map's: a banner of topics, a
        # province's districts is navigation; a site map page's list names every section,
        # some in no menu)
    parent, steps = node.parent, 0
    while parent is not None and steps < 3:
        if parent.tag in ("h1", "h2", "h3", "h4", "h5"):
            return True
        parent, steps = parent.parent, steps + 1
    return False



#: The most a gzip sitemap may inflate to (the sitemap protocol's limit is 50 MB).
SITEMAP_MAX_BYTES = 50 * 1024 * 1024
_LOC = re.compile(rb"<(sitemap|url)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(rb"<(loc|lastmod)\b[^>]*>\s*(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?\s*</\1\s*>",
                  re.IGNORECASE | re.DOTALL)


def _unescape(raw: bytes) -> str:
    import html

    return html.unescape(raw.decode("utf-8", "replace").strip())


#: The sitemap protocol's other limit: 50,000 URLs a file.
MAX_SITEMAP_URLS = 50_000


def as_utf8(body: bytes) -> bytes:
    """A UTF-16 document (its byte order mark, or ``<`` as two bytes: a .NET writer's
    feed or sitemap) as UTF-8, for the byte patterns that read feeds and sitemaps; any
    other body unchanged."""
    if body[:2] in (b"\xff\xfe", b"\xfe\xff") or body[:2] in (b"<\x00", b"\x00<"):
        encoding = ("utf-16" if body[:2] in (b"\xff\xfe", b"\xfe\xff")
                    else "utf-16-le" if body[:1] == b"<" else "utf-16-be")
        return body.decode(encoding, "replace").lstrip("\ufeff").encode("utf-8")
    return body


def parse_sitemap(body: bytes) -> tuple[list[tuple[str, str | None]], list[tuple[str, str | None]]]:
    """(pages, sub-sitemaps) from a sitemap or sitemap index, each as (loc, lastmod).

    A gzip file is inflated up to :data:`SITEMAP_MAX_BYTES` (a bomb raises
    :class:`~archiver.errors.DecodedTooLargeError`: the page fails alone). Tolerant by design:
    regex over the XML, so a sitemap with a broken tail still yields its entries; a flat
    ``urlset`` listing ``.xml`` files is read as an index (a real quirk)."""
    pages: list[tuple[str, str | None]] = []
    sitemaps: list[tuple[str, str | None]] = []
    if body[:2] == b"\x1f\x8b":   # a .xml.gz file: the protocol caps a sitemap at 50 MB
        body = decode_content(body, "gzip", max_size=SITEMAP_MAX_BYTES)
    body = as_utf8(body)
    for kind, inner in _LOC.findall(body):
        values = {k.decode("ascii").lower(): _unescape(v) for k, v in _TAG.findall(inner)}
        loc = values.get("loc")
        if not loc:
            continue
        entry = (loc, values.get("lastmod"))
        if kind.lower() == b"sitemap" or re.search(r"\.xml(?:\.gz)?$", loc, re.IGNORECASE):
            sitemaps.append(entry)
        else:
            pages.append(entry)
        if len(pages) + len(sitemaps) >= MAX_SITEMAP_URLS:
            log.warning("sitemap lists more than %d URLs; the rest is ignored",
                        MAX_SITEMAP_URLS)
            break
    if not pages and not sitemaps and b"<" not in body[:1024]:
        # the protocol's text format: one address a line (a "sitemap.txt" robots.txt names)
        text = body[:SITEMAP_MAX_BYTES].removeprefix(b"\xef\xbb\xbf")
        for line in text.splitlines()[:MAX_SITEMAP_URLS]:
            loc = line.strip().decode("utf-8", "replace")
            if loc.startswith(("http://", "https://")) and not any(ch.isspace() for ch in loc):
                pages.append((loc, None))
    return pages, sitemaps


_ITEM = re.compile(rb"<(item|entry)\b[^>]*>(.*?)</\1\s*>", re.IGNORECASE | re.DOTALL)
_LINK = re.compile(rb"<link\b[^>]*?(?:href=\"([^\"]+)\"[^>]*)?/?>(?:\s*(?:<!\[CDATA\[)?"
                   rb"([^<\]]*)(?:\]\]>)?\s*</link>)?", re.IGNORECASE | re.DOTALL)
_DATE = re.compile(rb"<(pubDate|updated|published|dc:date)\b[^>]*>(.*?)</\1\s*>",
                   re.IGNORECASE | re.DOTALL)


_FEED_NEXT = re.compile(
    rb"<(?:atom:)?link\b(?=[^>]*\brel=[\"']next[\"'])[^>]*\bhref=[\"']([^\"']+)", re.IGNORECASE)


def _json_feed(body: bytes) -> dict[str, Any] | None:
    """A JSON Feed (jsonfeed.org: ``{"version": "https://jsonfeed.org/version/1.1",
    "items": [...]}``), or None."""
    body = body.removeprefix(b"\xef\xbb\xbf")
    if body.lstrip()[:1] != b"{":
        return None
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):
        return None
    return data if isinstance(data, dict) and isinstance(data.get("items"), list) else None


def feed_next(body: bytes) -> str | None:
    """The next page of a paged feed (Atom's feed-level ``<link rel="next">``, RFC 5005;
    a JSON Feed's ``next_url``)."""
    return read_feed(body)[1]


def parse_feed(body: bytes) -> list[tuple[str, str | None]]:
    """(link, date text) for every item of an RSS 2.0, Atom or JSON feed."""
    return read_feed(body)[0]


def read_feed(body: bytes) -> tuple[list[tuple[str, str | None]], str | None]:
    """A feed's items, (link, date text) each, and its next page (:func:`feed_next`), read
    in one pass (a JSON Feed is parsed once)."""
    body = as_utf8(body)
    data = _json_feed(body)
    if data is not None:
        following = data.get("next_url")
        return (_json_feed_items(data),
                following if isinstance(following, str) and following else None)
    head = re.split(rb"<(?:entry|item)\b", body[:200_000], maxsplit=1, flags=re.IGNORECASE)[0]
    match = _FEED_NEXT.search(head)
    return _xml_feed_items(body), (_unescape(match.group(1)) if match else None)


def _json_feed_items(data: dict[str, Any]) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    for item in data["items"][:MAX_SITEMAP_URLS]:
        if isinstance(item, dict):
            # (the item's own page first: "url", else an "id" that is a permalink; an
            # "external_url" is the page it links elsewhere)
            ident = item.get("id")
            link = item.get("url") or (
                ident if isinstance(ident, str) and ident.startswith(("http", "/"))
                else None) or item.get("external_url")
            if isinstance(link, str) and link.startswith(("http", "/")):
                date = item.get("date_published")
                items.append((link, date if isinstance(date, str) else None))
    return items


def _xml_feed_items(body: bytes) -> list[tuple[str, str | None]]:
    items: list[tuple[str, str | None]] = []
    for _, inner in _ITEM.findall(body):
        link = None
        for href, text in _LINK.findall(inner):
            candidate = (href or text).strip()
            if candidate:
                link = _unescape(candidate)
                break
        if not link:
            guid = re.search(rb"<guid\b[^>]*>(.*?)</guid>", inner, re.IGNORECASE | re.DOTALL)
            link = _unescape(guid.group(1)) if guid else None
        if link:
            date = _DATE.search(inner)
            items.append((link, _unescape(date.group(2)) if date else None))
    return items
