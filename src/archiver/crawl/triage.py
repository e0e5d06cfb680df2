"""Response triage: what a fetched response means for the URL that was asked for.

:func:`classify` is pure — no sockets, no database — so every case is testable on a plain
:class:`~archiver.models.RawResponse`: a 304 is "not modified"; an archived article now
answering 404/410, or redirected to the home page, is "withdrawn"; a stale ``Sitemap:`` line
of robots.txt answering 404 is "skipped"; any other non-200 answer is "failed"; a page that
is only a ``<meta http-equiv=refresh>`` to another page of the site is a "refresh" (a
redirect written as a page); a 200 is otherwise handled by the URL's kind.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit

from archiver.config import Site
from archiver.crawl.frontier import QueuedURL
from archiver.discover import expects_script, is_menu_script, is_trap, meta_refresh
from archiver.models import RawResponse
from archiver.scriptlinks import JSONP_START
from archiver.urls import canonicalize, same_site
from archiver.vocab import LOGIN_PATH, LOGIN_QUERY

__all__ = ["HOME_PATHS", "LOGIN_REASON", "Action", "Verdict", "canonical_target", "classify",
           "is_home_page", "is_home_redirect", "is_json", "is_login_page", "is_login_redirect",
           "login_reason", "not_html"]

Action = Literal["not_modified", "withdrawn", "skipped", "failed", "not_html", "refresh",
                 "sitemap", "feed", "listing", "article"]

#: Paths that are a site's home page (a withdrawn article often redirects there).
HOME_PATHS = frozenset({"", "/", "/default.aspx", "/index.php", "/index.html", "/home",
                        "/trang-chu", "/vi", "/vi/", "/portal/home"})


@dataclass(frozen=True, slots=True)
class Verdict:
    action: Action
    reason: str | None = None     # why withdrawn / skipped / failed
    target: str | None = None     # where a refresh sends (canonical, in scope)


def is_home_page(url: str) -> bool:
    """A site's home page by its address ("/", "/Default.aspx", "/trang-chu"; no query)."""
    parts = urlsplit(url)
    return parts.path.lower() in HOME_PATHS and not parts.query


def is_home_redirect(site: Site, final_url: str, requested: str) -> bool:
    """The request ended on the site's home page rather than where it asked."""
    if canonicalize(final_url, site.scheme) == canonicalize(requested, site.scheme):
        return False
    return is_home_page(final_url) or \
        canonicalize(final_url, site.scheme) == canonicalize(site.base_url, site.scheme)


def is_login_page(url: str) -> bool:
    """A page asking to sign in, by its address (``LOGIN_PATH``, ``LOGIN_QUERY``)."""
    parts = urlsplit(url)
    return LOGIN_PATH.search(parts.path) is not None or \
        LOGIN_QUERY.search(parts.query) is not None


#: How a withdrawal behind a login page is recorded (its reason opens so).
LOGIN_REASON = "redirected to a login page"


def login_reason(url: str) -> str:
    return f"{LOGIN_REASON} ({url})"


def is_login_redirect(final_url: str, requested: str) -> bool:
    """The request ended on a page asking to sign in (an article made private), not where
    it asked."""
    return final_url != requested and is_login_page(final_url) and not is_login_page(requested)


#: The query of ASP.NET's error page a failed page redirects to (``customErrors``).
_ERROR_PAGE = re.compile(r"(?:^|&)aspxerrorpath=", re.IGNORECASE)


def classify(raw: RawResponse, item: QueuedURL, site: Site,
             archived: Callable[[str], bool]) -> Verdict:
    """The verdict on ``raw``, the response to ``item``; ``archived(url)`` tells whether an
    article is already in the archive (asked only when a withdrawal is possible)."""
    if raw.status == 304:
        return Verdict("not_modified")
    if raw.hops and _ERROR_PAGE.search(urlsplit(raw.url).query):
        # ASP.NET's customErrors: the page failed and the server sent its error page
        # ("ThongBao.aspx?aspxerrorpath=/tin-tuc/…"), a 200 with no article in it
        return Verdict("failed", f"redirected to the server's error page ({raw.url})")
    withdrawn = None
    if item.kind == "article":
        if is_login_redirect(raw.url, item.url):
            withdrawn = login_reason(raw.url)
        elif raw.status in (404, 410):
            withdrawn = f"HTTP {raw.status}"
        elif raw.status == 200 and is_home_redirect(site, raw.url, item.url):
            withdrawn = f"redirected to the home page ({raw.url})"
    if withdrawn and archived(item.url):
        return Verdict("withdrawn", withdrawn)
    if withdrawn and withdrawn.startswith(LOGIN_REASON):
        # an article made private before it was archived: nothing to read, nothing to retry
        return Verdict("skipped", withdrawn)
    if item.parent == "robots.txt" and raw.status in (404, 410):
        # a stale Sitemap: line in robots.txt is the site's problem, not a failed page
        return Verdict("skipped", f"HTTP {raw.status} (listed in robots.txt)")
    if item.guessed and (raw.status in (400, 404, 410) or (
            raw.status == 200 and is_home_redirect(site, raw.url, item.url))):
        # a page asked for by its number, past the listing's end, or a section an
        # article's trail names that is no page of its own
        return Verdict("skipped", f"HTTP {raw.status}: a guessed page, not there")
    if raw.status != 200 or withdrawn:
        return Verdict("failed", withdrawn or f"HTTP {raw.status}")
    if item.kind == "listing" and (is_json(raw) or expects_script(item.post_data)
                                   or is_menu_script(raw.url)):
        # a load-more or API answer, a service proxy's script, a menu's items file
        return Verdict("listing")
    if item.kind in ("article", "listing"):
        other = not_html(raw)
        if other:
            return Verdict("not_html", other)
        target = meta_refresh(raw.body, raw.url, raw.content_type,
                              header=raw.header("refresh"))
        if target and same_site(target, site.scope_hosts) and not is_trap(target):
            return Verdict("refresh", f"meta refresh to {target}",
                           canonicalize(target, site.scheme))
    return Verdict(item.kind)


#: What a body starts with when it is a document, not a page (PDF, Office, archives, images).
_MAGIC = ((b"%PDF-", "a PDF document"), (b"PK\x03\x04", "a ZIP or Office document"),
          (b"\xd0\xcf\x11\xe0", "an Office document"), (b"\x89PNG", "a PNG image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
          (b"Rar!", "a RAR archive"), (b"\x1f\x8b", "gzip data"))
_HTML_TYPES = ("text/html", "application/xhtml+xml", "text/plain", "application/xml",
               "text/xml")


def not_html(raw: RawResponse) -> str | None:
    """What a response is when it is not a web page (by its bytes, then its declared type):
    a PDF served at an article URL is captured, never extracted as an article."""
    head = raw.body[:8].lstrip()
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return what
    declared = (raw.content_type or "").split(";")[0].strip().lower()
    if declared and not declared.startswith(_HTML_TYPES) and b"<" not in raw.body[:1024]:
        return f"not a web page ({declared})"
    return None


def is_json(raw: RawResponse) -> bool:
    """The response is JSON (by its declared type, or its first byte when undeclared)."""
    declared = (raw.content_type or "").split(";")[0].strip().lower()
    if "json" in declared:
        return True
    if declared not in ("", "text/plain", "text/javascript", "application/javascript",
                        "application/x-javascript"):
        return False
    # JSON, or a JSONP answer (``callback({…})``: a box filled by a script of the site)
    return raw.body[:64].lstrip()[:1] in (b"{", b"[") or \
        JSONP_START.match(raw.body[:200]) is not None


def canonical_target(href: str | None, site: Site) -> str | None:
    """The page's own ``rel=canonical`` URL (absolute) when it is an in-scope, non-home,
    non-trap URL of ``site``, canonicalised; else None (some themes point every page's
    canonical at the home page)."""
    if href is None or not same_site(href, site.scope_hosts) or is_trap(href):
        return None
    return None if is_home_page(href) else canonicalize(href, site.scheme)
