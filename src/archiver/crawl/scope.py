"""A site's scope, as every request must pass it: discovered links and each hop of a
redirect alike.

A URL is in scope when it is http(s), its host is one of the site's hosts, and it does not
point at an internal address. Internal means loopback, link-local (cloud metadata services),
private, reserved, multicast or unspecified addresses — by a literal IP in the URL, or by
what its host name resolves to. A site that itself lives on such an address (a replica on
127.0.0.1, an intranet portal on 10.x) may reach addresses of the same kind, never others:
link-local stays refused for everyone.
"""

from __future__ import annotations

import asyncio
import ipaddress
import logging
import socket
from urllib.parse import urlsplit

from archiver.config import Site
from archiver.discover import is_trap
from archiver.urls import same_site

__all__ = ["OUTSIDE_HOSTS", "Scope", "address_kind"]

#: Why a URL of another host is refused (the run's notes read it back: a site's listings
#: redirected to another host may mean the site moved).
OUTSIDE_HOSTS = "is outside the site's hosts"

log = logging.getLogger(__name__)

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


def address_kind(address: Address) -> str | None:
    """Which kind of internal address this is, or None for a public one."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        address = address.ipv4_mapped
    if address.is_link_local:
        return "link-local"
    if address.is_loopback:
        return "loopback"
    if address.is_unspecified or address.is_multicast or address.is_reserved:
        return "reserved"
    if address.is_private:
        return "private"
    return None


def _literal(host: str) -> Address | None:
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        return None


class Scope:
    """Where a crawl of one site may send requests."""

    def __init__(self, site: Site) -> None:
        self.site = site
        self._kinds: dict[str, frozenset[str]] = {}   # host -> kinds of its addresses
        self._own: frozenset[str] | None = None

    async def refusal(self, url: str) -> str | None:
        """Why ``url`` may not be requested in this site's crawl, or None when it may."""
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            return f"not an http(s) URL: {url}"
        host = parts.hostname
        # an address in the URL is judged first (no lookup needed: cloud metadata services
        # and intranet hosts are named as what they are); a name only once it is the site's
        if _literal(host) is not None or same_site(url, self.site.scope_hosts):
            kinds = await self._kinds_of(host)
            allowed = await self._own_kinds()
            bad = sorted(k for k in kinds if k == "link-local" or k not in allowed)
            if bad:
                return f"{host} is an internal ({', '.join(bad)}) address"
        if not same_site(url, self.site.scope_hosts):
            return f"{host} {OUTSIDE_HOSTS}"
        if is_trap(url):
            return "a crawler trap (calendar, sort order, repeated path)"
        return None

    async def _own_kinds(self) -> frozenset[str]:
        """The internal address kinds the site itself lives on (empty for a public site)."""
        if self._own is None:
            host = urlsplit(self.site.base_url).hostname or ""
            self._own = await self._kinds_of(host)
        return self._own

    async def _kinds_of(self, host: str) -> frozenset[str]:
        host = host.lower()
        if host not in self._kinds:
            literal = _literal(host)
            if literal is not None:
                addresses: list[Address] = [literal]
            else:
                addresses = await _resolve(host)
            self._kinds[host] = frozenset(k for a in addresses if (k := address_kind(a)))
        return self._kinds[host]


async def _resolve(host: str) -> list[Address]:
    """The addresses ``host`` resolves to (none when it does not resolve: the request will
    fail on its own, and there is nothing internal to reach)."""
    try:
        infos = await asyncio.get_running_loop().getaddrinfo(host, None,
                                                             type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        log.debug("%s does not resolve: %s", host, exc)
        return []
    out: list[Address] = []
    for info in infos:
        literal = _literal(str(info[4][0]).split("%")[0])
        if literal is not None:
            out.append(literal)
    return out
