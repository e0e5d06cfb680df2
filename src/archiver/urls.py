"""URL canonicalisation and scope: one URL per article, whatever link reached it.

``canonicalize`` is idempotent (a hypothesis test holds it to that): it folds host case,
default ports, ``http``/``https`` (to the scheme the site is configured with), parameter
order, tracking and session parameters, fragments and percent-encoding case.
"""

from __future__ import annotations

import functools
import posixpath
import re
from collections.abc import Callable
from typing import Generic, ParamSpec, TypeVar
from urllib.parse import (
    quote,
    quote_from_bytes,
    unquote_plus,
    unquote_to_bytes,
    urljoin,
    urlsplit,
    urlunsplit,
)

__all__ = ["REMEMBERED_URL", "TRACKING_PARAMS", "Remembered", "browser_slashes", "canonicalize",
           "host_of", "is_http_url", "remembered", "resolve", "same_site"]

# Parameters that never change what a page says.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "yclid", "zarsrc", "zaloid", "_hsenc", "_hsmi",
    "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "share", "utm", "_ga", "_gl",
    "phpsessid", "jsessionid", "sid", "sessionid", "aspsessionid", "cfid", "cftoken",
})
_TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "ga_", "hc_", "fb_")
_SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*|/\(S\([a-z0-9]+\)\)", re.IGNORECASE)
_DEFAULT_PORTS = {"http": 80, "https": 443}
_SAFE_PATH = "/:@!$&'()*+,;=-._~"
_SAFE_QUERY = "/:@!$'()*,;-._~"


def is_http_url(url: str) -> bool:
    return urlsplit(url).scheme.lower() in ("http", "https")


def _requote(part: str, safe: str) -> str:
    """Decode then re-encode, byte for byte, so %7e, %7E and ~ all come out the same, a
    literal "%" stays %25 (canonicalising twice changes nothing) and bytes that are not
    UTF-8 (a legacy page's address) survive."""
    return quote_from_bytes(unquote_to_bytes(part), safe=safe)


def _is_tracking(key: str) -> bool:
    low = key.lower()
    return low in TRACKING_PARAMS or low.startswith(_TRACKING_PREFIXES)


#: Links canonicalised and remembered (a page's menus, boxes and footer repeat on every page).
#: A cache entry holds ~470 bytes (both strings and the cache's own node), so 65,536 cost
#: ~30 MB once full: the crawl's peak memory grew with the archive until it was (issue 20).
#: 16,384 keep every hit a one-site crawl gets (81% of calls, the same with 1,024) and 79%
#: of the calls of 200 hosts crawled at once (86% at 65,536: +0.04 ms CPU per request).
CANONICAL_CACHE = 16384


#: The longest address whose answers the address tests remember (a page's links recur on
#: every page of its site); a longer one is worked out each time, never kept.
REMEMBERED_URL = 2048

P = ParamSpec("P")
R = TypeVar("R")


class Remembered(Generic[P, R]):
    """A function of an address (its first argument) whose answers are remembered, at most
    ``maxsize`` of them, for addresses of ordinary length (:data:`REMEMBERED_URL`): the
    same links recur on every page of a site, an absurd one is worked out each time and
    never kept. ``cache_info`` and ``cache_clear`` as ``functools.lru_cache``'s."""

    def __init__(self, func: Callable[P, R], maxsize: int) -> None:
        self._func = func
        self._cached = functools.lru_cache(maxsize=maxsize)(func)
        self.cache_info = self._cached.cache_info
        self.cache_clear = self._cached.cache_clear
        functools.update_wrapper(self, func)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if len(str(args[0])) > REMEMBERED_URL:
            return self._func(*args, **kwargs)
        return self._cached(*args, **kwargs)  # type: ignore[arg-type]


def remembered(maxsize: int) -> Callable[[Callable[P, R]], Remembered[P, R]]:
    """:class:`Remembered` as a decorator."""
    return lambda func: Remembered(func, maxsize)


@remembered(CANONICAL_CACHE)
def canonicalize(url: str, scheme: str | None = None, *, as_written: bool = False) -> str:
    """Return the canonical form of an absolute http(s) URL.

    ``scheme`` ("http" or "https"), when given, replaces the URL's own http/https scheme so
    both spellings of one page collapse to the site's configured scheme. ``as_written``
    keeps the query's parameters in their order, tracking ones included: for a locator the
    site gives verbatim (a sitemap named by robots.txt or a sitemap index), which some
    servers answer only as written (``index.php?option=com_jmap&view=sitemap&…``).
    Remembered for addresses of ordinary length (:class:`Remembered`).
    """
    parts = urlsplit(url.strip())
    url_scheme = parts.scheme.lower()
    if url_scheme in ("http", "https") and scheme in ("http", "https"):
        url_scheme = scheme
    host = (parts.hostname or "").lower().rstrip(".")
    port = parts.port
    netloc = host
    if port is not None and port != _DEFAULT_PORTS.get(url_scheme):
        netloc = f"{host}:{port}"
    path = _SESSION_IN_PATH.sub("", parts.path) or "/"
    if "." in path.split("/"):
        path = path.replace("/./", "/")
    if "/.." in path:
        trailing = path.endswith("/")
        path = posixpath.normpath(path) + ("/" if trailing and path != "/" else "")
    path = _requote(path, _SAFE_PATH)
    # A key written without "=" stays so (``?OpenDocument`` is a Domino command, and an
    # ASP.NET page reads ``?print`` otherwise than ``?print=``), and such keys lead, in
    # their order (Domino wants its command first); the others sorted after them.
    bare: list[str] = []
    query_pairs: list[tuple[str, str | None]] = []   # (None: bare, kept in place as written)
    for piece in parts.query.split("&"):
        if not piece:
            continue
        key, eq, value = piece.partition("=")
        key = unquote_plus(key, errors="surrogateescape")
        if not (as_written or not _is_tracking(key)):
            continue
        if eq:
            query_pairs.append((key, unquote_plus(value, errors="surrogateescape")))
        elif as_written:
            query_pairs.append((key, None))
        else:
            bare.append(key)
    if not as_written:
        query_pairs.sort(key=lambda pair: (pair[0], pair[1] or ""))
    query = "&".join(
        [_quote_query(k) for k in bare]
        + [_quote_query(k) if v is None else f"{_quote_query(k)}={_quote_query(v)}"
           for k, v in query_pairs])
    return urlunsplit((url_scheme, netloc, path, query, ""))


def _quote_query(text: str) -> str:
    return quote(text, safe=_SAFE_QUERY, errors="surrogateescape")


def browser_slashes(href: str) -> str:
    """``href`` with the backslashes before its query made slashes, as a browser reads an
    http(s) link (the WHATWG URL standard: a Windows-made site's ``.\\trang2.htm``,
    ``2024\\bai1.htm``); a query's or fragment's own backslashes are kept."""
    cut = len(href)
    for mark in ("?", "#"):
        at = href.find(mark)
        if 0 <= at < cut:
            cut = at
    return href[:cut].replace("\\", "/") + href[cut:]


def resolve(base: str, href: str) -> str | None:
    """Absolute URL for a link found on ``base``; None for non-http links (mailto:, js:)
    and for links no URL can be made of (a bracket left open in the host).
    Backslashes in its path are slashes, as browsers read them (:func:`browser_slashes`).

    The same as ``urljoin`` after that (a hypothesis test holds it to that), with a fast path
    for the usual shapes that ``urljoin`` would give back unchanged (absolute
    ``http(s)://host/...``) or after the base's origin (root-relative ``/...``) or folder
    (``Default.aspx?id=1``).
    """
    href = href.strip()
    if not href or href.startswith(("#", "javascript:", "mailto:", "tel:", "data:")):
        return None
    if "\\" in href:
        href = browser_slashes(href)
    if _PLAIN_HREF.match(href) is not None:
        if href[0] != "/":
            return href
        origin = _origin(base)
        if origin is not None:
            return origin + href
    elif _PLAIN_RELATIVE.match(href) is not None:
        folder = _folder(base)
        if folder is not None:
            return folder + href
    try:
        absolute = urljoin(base, href)
    except ValueError:   # (a broken host: "http://[website]/…", an editor's placeholder)
        return None
    return absolute if is_http_url(absolute) else None


# hrefs urljoin returns as they are (absolute) or after the base's origin (root-relative):
# no dot segments, no ";" parameters, no empty query or fragment, no characters urlsplit
# strips or rejects, and (when absolute) a host.
_PLAIN_HREF = re.compile(
    r"(?!.*(?:/\.|[;\\\[\]]|[^\x21-\x7e]|\?#|[?#]$))(?:https?://[^/?#@:]|/(?![/\\]))",
    re.DOTALL)


# Relative paths ("Default.aspx?id=1", "tin/a.html") urljoin appends to the base's folder
# as they are: the same exclusions, no "//", and no ":" (which could start a scheme).
_PLAIN_RELATIVE = re.compile(
    r"(?!.*(?:/\.|//|[:;\\\[\]]|[^\x21-\x7e]|\?#|[?#]$))[^/?#.]", re.DOTALL)


@functools.lru_cache(maxsize=256)
def _folder(base: str) -> str | None:
    """``scheme://netloc/folder/`` of an http(s) base URL whose path urljoin would keep as it
    is (no empty or dot segments), else None."""
    origin = _origin(base)
    path = urlsplit(base).path or "/"
    if origin is None or "//" in path or "/." in path or ";" in path or path[0] != "/":
        return None
    return origin + path[:path.rindex("/") + 1]


@functools.lru_cache(maxsize=256)
def _origin(base: str) -> str | None:
    """``scheme://netloc`` of an http(s) base URL with a host, else None."""
    parts = urlsplit(base)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return None
    return f"{parts.scheme}://{parts.netloc}"


@remembered(16384)
def host_of(url: str) -> str:
    """Lower-case host[:port] of a URL. (Called for every link a page holds: the common
    netloc, no user and no IPv6 brackets, is read here without ``SplitResult``'s
    ``hostname`` and ``port``, the same answer at a fifth of the cost.)"""
    if url.startswith(("http://", "https://")) and url.isprintable():
        rest = url[url.index("//") + 2:]
        end = len(rest)
        for mark in "/?#":
            at = rest.find(mark, 0, end)
            if at >= 0:
                end = at
        netloc = rest[:end]
    else:
        netloc = urlsplit(url).netloc
    if "@" not in netloc and "[" not in netloc and "]" not in netloc:
        host, _, port = netloc.partition(":")
        if not port:
            return host.lower()
        if port.isascii() and port.isdigit() and int(port) <= 65535:
            return f"{host.lower()}:{int(port)}" if int(port) else host.lower()
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def same_site(url: str, hosts: frozenset[str] | set[str]) -> bool:
    """True when ``url``'s host (with or without ``www.``) is one of ``hosts``."""
    host = host_of(url)
    bare = host.removeprefix("www.")
    return host in hosts or bare in hosts or f"www.{bare}" in hosts
