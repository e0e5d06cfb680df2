"""The sources registry (``data/sources.toml``) and crawl settings, validated once at the edge.

A sources file holds an optional ``[defaults]`` table and one ``[[site]]`` table per site::

    [defaults]
    delay = 2.0            # seconds between requests to one host

    [[site]]
    name = "duk-langson"   # slug: lower-case letters, digits, "-" and "_"
    title = "Đảng ủy Khối các cơ quan tỉnh Lạng Sơn"
    province = "Lạng Sơn"
    base_url = "http://duk.langson.gov.vn/"
    start_urls = ["http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=list&catid=3"]
    profile = "duk_langson"

Unknown keys and missing or mistyped fields raise :class:`ConfigError` naming the file, the
site and the key, with the fix.
"""

from __future__ import annotations

import difflib
import os
import re
import tomllib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from archiver import USER_AGENT
from archiver.errors import ConfigError
from archiver.urls import host_of

__all__ = ["DEFAULT_MAX_PAGES", "SITE_KEYS", "CrawlSettings", "Site", "load_sources",
           "parse_sources"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@dataclass(frozen=True, slots=True)
class Site:
    """One site of the registry."""

    name: str
    title: str
    province: str
    base_url: str
    start_urls: tuple[str, ...]
    profile: str
    delay: float = 1.0
    concurrency: int = 2
    max_pages: int | None = None          # fetch budget per run (None: DEFAULT_MAX_PAGES)
    max_listing_pages: int = 10_000       # listing pages queued per run (breadth budget)
    max_depth: int = 5_000                # pagination depth budget per listing chain
    sitemaps: tuple[str, ...] = ()
    feeds: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()           # extra hosts in scope besides base_url's
    revisit_days: float | None = None     # re-check known articles older than this (None: never)
    verified: bool = False                # checked against the live site?
    notes: str = ""
    sections: bool | None = None          # follow the start pages' section links (None: auto)
    recheck_recent_days: float = 7.0      # articles this recent are re-checked every run
    recheck_cycle_runs: int = 60          # every other article once in this many runs
    recheck_share: float = 0.2            # re-checks take at most this share of max_pages
    headers: tuple[tuple[str, str], ...] = ()   # sent with every request to the site's hosts

    @property
    def follows_sections(self) -> bool:
        """The start pages' menus and section headings are walked as listings: by default
        on a site without a profile (nobody listed its sections), off on a profiled one."""
        return self.sections if self.sections is not None else \
            self.profile in ("auto", "auto-only")

    @property
    def scheme(self) -> str:
        return urlsplit(self.base_url).scheme.lower()

    @property
    def scope_hosts(self) -> frozenset[str]:
        hosts = {host_of(self.base_url), *(h.lower() for h in self.hosts)}
        hosts |= {host_of(u) for u in self.start_urls}
        return frozenset(hosts)

    @property
    def directory(self) -> str:
        """The directory of a shared domain the site lives in (``/tinhuy/`` when its home
        is ``http://tinh.gov.vn/tinhuy/``), lower case; ``/`` for a site on its own host."""
        home = urlsplit(self.base_url).path
        return home[:home.rfind("/") + 1].lower() or "/"

    def in_directory(self, url: str) -> bool:
        """``url``'s path lies in the site's directory (compared case-insensitively: IIS
        answers ``/TinHuy/`` as ``/tinhuy/``)."""
        return urlsplit(url).path.lower().startswith(self.directory)


# name -> (type(s), required, help). One table: validation, docs and errors read it.
SITE_KEYS: dict[str, tuple[tuple[type, ...], bool, str]] = {
    "name": ((str,), True, "slug used in the database and on the command line"),
    "title": ((str,), True, "the site's own name"),
    "province": ((str,), True, "province (tỉnh) the site belongs to"),
    "base_url": ((str,), True, "home page URL; its scheme and host define the scope"),
    "start_urls": ((list,), True, "category listings (or any page) where discovery starts"),
    "profile": ((str,), True, "CMS profile name, or \"auto\""),
    "delay": ((int, float), False, "seconds between requests to the host (default 1.0)"),
    "concurrency": ((int,), False, "parallel requests to the host (default 2)"),
    "max_pages": ((int,), False, "requests per run (default 50,000); the next run goes on"),
    "max_listing_pages": ((int,), False, "listing pages queued per run (default 10,000)"),
    "max_depth": ((int,), False, "how many listing pages deep pagination may go (default 5,000)"),
    "sitemaps": ((list,), False, "sitemap.xml URLs (sitemap indexes are followed)"),
    "feeds": ((list,), False, "RSS/Atom feed URLs"),
    "hosts": ((list,), False, "other host names of the same site"),
    "revisit_days": ((int, float), False, "re-check articles last fetched this many days ago"),
    "verified": ((bool,), False, "true once checked against the live site"),
    "notes": ((str,), False, "free text"),
    "sections": ((bool,), False, "walk the sections a start page links (its menu, its "
                 "boxes' headings) as listings (default: true with profile \"auto\")"),
    "recheck_recent_days": ((int, float), False, "articles published this many days ago or "
                            "less are re-checked for edits and withdrawal every run (default 7)"),
    "recheck_cycle_runs": ((int,), False, "every older article is re-checked once in this "
                           "many runs, the longest unchecked first (default 60)"),
    "recheck_share": ((int, float), False, "re-checks take at most this share of a run's "
                      "requests (max_pages; default 0.2; 0 turns them off)"),
    "headers": ((dict,), False, "HTTP headers sent with every request to the site, e.g. "
                "{ Cookie = \"…\" } for a site behind a firewall's cookie challenge (pass "
                "it once in a browser and copy the cookie: archiver runs no site's scripts)"),
}
#: Headers a site's ``headers`` may not set: the crawler's own, which the request needs.
_OWN_HEADERS = frozenset({"host", "content-length", "transfer-encoding", "connection",
                          "accept-encoding", "if-none-match", "if-modified-since"})
_DEFAULTABLE = {"delay", "concurrency", "max_pages", "max_listing_pages", "max_depth",
                "revisit_days", "recheck_recent_days", "recheck_cycle_runs", "recheck_share"}
#: Requests per site per run when neither the sources file nor --max-pages says: a run that
#: meets it stops that site and says so; the next run goes on from the queue.
DEFAULT_MAX_PAGES = 50_000


@dataclass(frozen=True, slots=True)
class CrawlSettings:
    """Crawl-wide settings (not per site). Tests inject small timeouts."""

    user_agent: str = USER_AGENT
    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    total_timeout: float = 120.0          # wall-clock cap per response (hanging servers)
    max_attempts: int = 4
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    max_retry_after: float = 600.0        # Retry-After beyond this: give up on the URL for this run
    max_response_bytes: int = 10 * 1024 * 1024   # as transferred, and once decoded
    max_decoded_ratio: float = 100.0      # decoded/transferred beyond this: a decompression bomb
    max_redirects: int = 8
    respect_robots: bool = True
    http2: bool = True                    # negotiated over TLS (ALPN) where a site offers it
    extract_workers: int = 0              # processes extracting pages (0: in the crawler)
    host_failure_threshold: int = 5       # consecutive failures before a host is backed off
    host_give_up_after: float = 600.0     # seconds a host may keep failing before the run
                                          # leaves its URLs for the next run
    extra_headers: Mapping[str, str] = field(default_factory=dict)


def _err(path: Path, where: str, message: str) -> ConfigError:
    return ConfigError(f"{path}: {where}: {message}")


def _check_url(path: Path, where: str, key: str, value: Any) -> str:
    if not isinstance(value, str) or urlsplit(value).scheme not in ("http", "https") \
            or not urlsplit(value).hostname:
        raise _err(path, where, f"'{key}' must be an absolute http(s) URL, got {value!r}")
    return value


def _did_you_mean(key: str, known: Iterable[str]) -> str:
    """" — did you mean 'delay'?" for a key one typo away from a known one, else ""."""
    close = difflib.get_close_matches(key, list(known), n=1, cutoff=0.75)
    return f" — did you mean '{close[0]}'?" if close else ""


def _validate_site(path: Path, index: int, raw: Mapping[str, Any],
                   defaults: Mapping[str, Any]) -> Site:
    label = raw.get("name") if isinstance(raw.get("name"), str) else f"#{index + 1}"
    where = f"site {label!r}" if isinstance(raw.get("name"), str) else f"[[site]] {label}"
    unknown = sorted(set(raw) - set(SITE_KEYS))
    if unknown:
        guess = _did_you_mean(unknown[0], SITE_KEYS)
        known = ", ".join(SITE_KEYS)
        raise _err(path, where, f"unknown key '{unknown[0]}'{guess} (known keys: {known})")
    merged = {**{k: v for k, v in defaults.items()}, **raw}
    for key, (types, required, help_) in SITE_KEYS.items():
        if key not in merged:
            if required:
                raise _err(path, where, f"missing required key '{key}' ({help_})")
            continue
        value = merged[key]
        ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
        if not ok:
            want = " or ".join(t.__name__ for t in types)
            raise _err(path, where, f"'{key}' must be {want}, got {value!r}")
    name = merged["name"]
    if not _SLUG.match(name):
        raise _err(path, where, "'name' must be a slug (a-z, 0-9, '-', '_'), "
                   f"got {name!r}")
    _check_url(path, where, "base_url", merged["base_url"])
    lists: dict[str, tuple[str, ...]] = {}
    for key in ("start_urls", "sitemaps", "feeds"):
        values = merged.get(key, [])
        lists[key] = tuple(_check_url(path, where, key, v) for v in values)
    if not lists["start_urls"] and not lists["sitemaps"] and not lists["feeds"]:
        raise _err(path, where, "'start_urls' is empty (give at least one listing URL)")
    hosts = merged.get("hosts", [])
    if not all(isinstance(h, str) for h in hosts):
        raise _err(path, where, "'hosts' must be a list of host names")
    for key in ("delay", "revisit_days", "recheck_recent_days"):
        if key in merged and merged[key] < 0:
            raise _err(path, where, f"'{key}' must be >= 0, got {merged[key]!r}")
    for key in ("concurrency", "max_pages", "max_listing_pages", "max_depth",
                "recheck_cycle_runs"):
        if key in merged and merged[key] < 1:
            raise _err(path, where, f"'{key}' must be >= 1, got {merged[key]!r}")
    if "recheck_share" in merged and not 0 <= merged["recheck_share"] <= 1:
        raise _err(path, where, "'recheck_share' must be between 0 and 1, got "
                   f"{merged['recheck_share']!r}")
    _check_profile(path, where, merged["profile"])
    headers = merged.get("headers", {})
    for key, value in headers.items():
        if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z0-9-]+", key) or \
                "\n" in value or "\r" in value:
            raise _err(path, where, f"'headers' must map header names to one-line strings, "
                       f"got {key!r} = {value!r}")
        if key.lower() in _OWN_HEADERS:
            raise _err(path, where, f"'headers' cannot set {key!r} (the crawler sets it)")
    return Site(
        name=name, title=merged["title"], province=merged["province"],
        base_url=merged["base_url"], start_urls=lists["start_urls"],
        profile=merged["profile"], delay=float(merged.get("delay", 1.0)),
        concurrency=int(merged.get("concurrency", 2)), max_pages=merged.get("max_pages"),
        max_listing_pages=int(merged.get("max_listing_pages", 10_000)),
        max_depth=int(merged.get("max_depth", 5_000)), sitemaps=lists["sitemaps"],
        feeds=lists["feeds"], hosts=tuple(h.lower() for h in hosts),
        revisit_days=merged.get("revisit_days"), verified=bool(merged.get("verified", False)),
        notes=merged.get("notes", ""), sections=merged.get("sections"),
        recheck_recent_days=float(merged.get("recheck_recent_days", 7.0)),
        recheck_cycle_runs=int(merged.get("recheck_cycle_runs", 60)),
        recheck_share=float(merged.get("recheck_share", 0.2)),
        headers=tuple((str(k), str(v)) for k, v in headers.items()),
    )


def _check_profile(path: Path, where: str, name: str) -> None:
    if name in ("auto", "auto-only"):
        return
    from archiver.profiles import available_profiles  # late: profiles load data files

    names = available_profiles()
    if name not in names:
        raise _err(path, where, f"unknown profile {name!r} (use \"auto\" or one of: "
                   f"{', '.join(sorted(names))})")


def parse_sources(text: str, path: Path | str = "<sources>") -> list[Site]:
    """Parse and validate the text of a sources file."""
    path = Path(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    unknown = sorted(set(data) - {"site", "defaults"})
    if unknown:
        raise ConfigError(f"{path}: unknown top-level key '{unknown[0]}' "
                          "(expected [defaults] and [[site]] tables)")
    defaults = data.get("defaults", {})
    if not isinstance(defaults, dict):
        raise ConfigError(f"{path}: [defaults] must be a table")
    bad = sorted(set(defaults) - _DEFAULTABLE)
    if bad and bad[0] not in SITE_KEYS:
        raise ConfigError(f"{path}: [defaults]: unknown key '{bad[0]}'"
                          f"{_did_you_mean(bad[0], _DEFAULTABLE)} "
                          f"(allowed: {', '.join(sorted(_DEFAULTABLE))})")
    if bad:
        raise ConfigError(f"{path}: [defaults]: key '{bad[0]}' cannot have a default "
                          f"(allowed: {', '.join(sorted(_DEFAULTABLE))})")
    sites_raw = data.get("site", [])
    if not isinstance(sites_raw, list) or not all(isinstance(s, dict) for s in sites_raw):
        raise ConfigError(f"{path}: 'site' must be an array of tables: write [[site]]")
    if not sites_raw:
        raise ConfigError(f"{path}: no [[site]] tables: add at least one site")
    sites = [_validate_site(path, i, raw, defaults) for i, raw in enumerate(sites_raw)]
    seen: set[str] = set()
    for site in sites:
        if site.name in seen:
            raise ConfigError(f"{path}: site {site.name!r}: duplicate name")
        seen.add(site.name)
    return sites


def load_sources(path: Path | str) -> list[Site]:
    """Read and validate a sources file."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{path}: sources file not found (pass --sources FILE)") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read sources file: {exc}") from None
    return parse_sources(text, path)



#: The polite request rate (Σ 1/delay over a run's hosts) from which one extraction worker
#: pays on a 2- or 3-CPU machine: the crawler's one thread spends ~5.5–7 ms of CPU per
#: request, so at ~100 requests/s it is busy half the time before extracting anything, and
#: the hosts' turns come late (docs/performance.md: 200 hosts at delay 1 s held 97.5% of
#: the ceiling with one worker, 91.3% without; 50 hosts held it without).
POLITE_RATE_FOR_A_WORKER = 100.0


def polite_request_rate(sites: Iterable[Site]) -> float:
    """The most requests per second the sites' delays allow in one run (Σ 1/delay per host;
    sites without a delay do not count: their rate is bound by the servers, not by us)."""
    delays: dict[str, float] = {}
    for site in sites:
        if site.delay > 0:
            host = urlsplit(site.base_url).netloc.lower()
            delays[host] = min(site.delay, delays.get(host, site.delay))
    return sum(1.0 / d for d in delays.values())


def default_extract_workers(cpus: int | None = None,
                            sites: Iterable[Site] | None = None) -> int:
    """Extraction worker processes ``archiver crawl`` starts when not told.

    None below 4 CPUs: measured on 2 cores, a worker competes with the crawler for the
    second core (and the server, on loopback), costing ~50% more CPU per article and twice
    the memory for no throughput gain — unless the run's polite request rate is at least
    :data:`POLITE_RATE_FOR_A_WORKER` (hundreds of hosts at their delays), where one worker
    is what keeps every host at its delay. From 4 CPUs, one less than half of them, at most 2.
    """
    count = (os.cpu_count() or 1) if cpus is None else cpus
    workers = 0 if count < 4 else min(2, count // 2 - 1)
    if workers == 0 and count >= 2 and sites is not None \
            and polite_request_rate(sites) >= POLITE_RATE_FOR_A_WORKER:
        workers = 1
    return workers
