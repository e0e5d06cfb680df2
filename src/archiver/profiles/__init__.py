"""CMS-family profiles as data: one TOML file per family, validated strictly on load.

A profile file looks like::

    name = "nukeviet4"
    family = "NukeViet"
    description = "NukeViet 4 default theme and restyled party themes"

    [fields]            # ordered CSS selectors per field, first match wins
    title = ["h1.title"]
    published = ["span.h5"]
    ...
    [remove]            # nodes dropped from the body before reading it
    selectors = ["div.control"]
    [dates]
    formats = ["%d/%m/%Y %H:%M"]
    [labels]            # extra headings/labels on top of the built-in Vietnamese ones
    related = ["Những tin cũ hơn"]
    [detect]            # how `detect` recognises the family
    selectors = ["div#news-bodyhtml"]
    generator = ["NukeViet"]
    url = ['/news/[^/]+/[^/]+-\\d+\\.html']
    [listing]           # how the crawler walks listing pages of the family
    article_url = [...]; listing_url = [...]; next_page = [...]; article_links = [...]
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from selectolax.lexbor import LexborHTMLParser

from archiver.errors import ConfigError
from archiver.selectors import PageNames, page_names, select_first

__all__ = [
    "FIELDS",
    "LABELS",
    "DetectRules",
    "ListingRules",
    "Profile",
    "available_profiles",
    "detect",
    "load_profile",
    "parse_profile",
]

FIELDS = (
    "title", "published", "updated", "author", "author_unit", "source", "photographer",
    "category", "lead", "body", "captions", "images", "tags", "related", "byline",
)
LABELS = ("related", "author", "source", "chrome")
_TOP_KEYS = {"name", "family", "description", "fields", "remove", "dates", "labels", "detect",
             "listing"}
_SECTION_KEYS: dict[str, set[str]] = {
    "remove": {"selectors"},
    "dates": {"formats"},
    "detect": {"selectors", "generator", "url", "min_score"},
    "listing": {"article_url", "listing_url", "next_page", "article_links"},
}


@dataclass(frozen=True)
class ListingRules:
    article_url: tuple[re.Pattern[str], ...] = ()
    listing_url: tuple[re.Pattern[str], ...] = ()
    next_page: tuple[str, ...] = ()       # css selectors
    article_links: tuple[str, ...] = ()   # css selectors for article links on listing pages


@dataclass(frozen=True)
class DetectRules:
    selectors: tuple[str, ...] = ()       # each matching selector scores 1
    generator: tuple[str, ...] = ()       # substring of <meta name=generator>, scores 3
    url: tuple[re.Pattern[str], ...] = ()  # each matching URL regex scores 2
    min_score: int = 2


@dataclass(frozen=True)
class Profile:
    name: str
    family: str
    description: str
    fields: Mapping[str, tuple[str, ...]]
    remove: tuple[str, ...] = ()
    date_formats: tuple[str, ...] = ()
    labels: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    detect: DetectRules = field(default_factory=DetectRules)
    listing: ListingRules = field(default_factory=ListingRules)

    def selectors(self, name: str) -> tuple[str, ...]:
        return self.fields.get(name, ())

    def score(self, tree: LexborHTMLParser, url: str, generator: str,
              names: frozenset[str] | None = None,
              matched: dict[str, bool] | None = None) -> int:
        """Detection score; ``names`` (every class and id on the page, as
        :func:`archiver.selectors.tree_names` gives them) lets selectors whose classes or ids
        are absent be skipped without a CSS query; ``matched`` remembers (and may already
        hold) the outcome of the other selectors' CSS queries on this page."""
        rules = self.detect
        score = 0
        for sel, tokens in _detect_tokens(rules.selectors):
            if names is not None and tokens:
                # class/id presence stands in for the (much slower) CSS match
                score += tokens <= names
                continue
            hit = matched.get(sel) if matched is not None else None
            if hit is None:
                hit = tree.css_first(sel) is not None
                if matched is not None:
                    matched[sel] = hit
            score += hit
        if generator and any(g.lower() in generator for g in rules.generator):
            score += 3
        score += 2 * sum(1 for p in rules.url if p.search(url))
        return score


_TOKEN_RE = re.compile(r"[.#]([\w-]+)")


@functools.cache
def _detect_tokens(selectors: tuple[str, ...]) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each detection selector with the class/id tokens that stand in for it."""
    return tuple((sel, frozenset(_tokens(sel))) for sel in selectors)


@functools.cache
def _tokens(selector: str) -> tuple[str, ...]:
    """Class names and ids a page must carry for ``selector`` to match (none for
    selectors with alternatives or negations)."""
    if "," in selector or ":not" in selector:
        return ()
    return tuple(_TOKEN_RE.findall(selector.split("[")[0] if "[" in selector else selector))


def _fail(source: str, key: str, fix: str) -> ConfigError:
    return ConfigError(f"{source}: bad key {key!r}: {fix}")


def _str_list(source: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise _fail(source, key, "expected a list of non-empty strings")
    return tuple(value)


def _css_list(source: str, key: str, value: Any) -> tuple[str, ...]:
    sels = _str_list(source, key, value)
    probe = LexborHTMLParser("<html><body><p>x</p></body></html>")
    for sel in sels:
        try:
            probe.css(sel)
        except Exception as exc:  # selectolax raises plain exceptions on bad CSS
            raise _fail(source, key, f"invalid CSS selector {sel!r} ({exc})") from exc
    return sels


def _regex_list(source: str, key: str, value: Any) -> tuple[re.Pattern[str], ...]:
    out = []
    for pat in _str_list(source, key, value):
        try:
            out.append(re.compile(pat))
        except re.error as exc:
            raise _fail(source, key, f"invalid regular expression {pat!r} ({exc})") from exc
    return tuple(out)


def _section(source: str, data: dict[str, Any], name: str) -> dict[str, Any]:
    value = data.get(name, {})
    if not isinstance(value, dict):
        raise _fail(source, name, "expected a table")
    allowed = _SECTION_KEYS.get(name)
    if allowed is not None:
        for key in value:
            if key not in allowed:
                raise _fail(source, f"{name}.{key}",
                            f"unknown key; allowed: {', '.join(sorted(allowed))}")
    return value


def parse_profile(data: dict[str, Any], source: str) -> Profile:
    """Validate a decoded TOML document into a :class:`Profile` (ConfigError on any fault)."""
    for key in data:
        if key not in _TOP_KEYS:
            raise _fail(source, key, f"unknown key; allowed: {', '.join(sorted(_TOP_KEYS))}")
    for key in ("name", "family"):
        if not isinstance(data.get(key), str) or not data[key]:
            raise _fail(source, key, "required non-empty string is missing")
    description = data.get("description", "")
    if not isinstance(description, str):
        raise _fail(source, "description", "expected a string")
    fields_raw = _section(source, data, "fields")
    fields: dict[str, tuple[str, ...]] = {}
    for key, value in fields_raw.items():
        if key not in FIELDS:
            raise _fail(source, f"fields.{key}", f"unknown field; allowed: {', '.join(FIELDS)}")
        fields[key] = _css_list(source, f"fields.{key}", value)
    labels_raw = _section(source, data, "labels")
    labels: dict[str, tuple[str, ...]] = {}
    for key, value in labels_raw.items():
        if key not in LABELS:
            allowed = ", ".join(LABELS)
            raise _fail(source, f"labels.{key}", f"unknown label kind; allowed: {allowed}")
        labels[key] = _str_list(source, f"labels.{key}", value)
    remove = _section(source, data, "remove")
    dates = _section(source, data, "dates")
    det = _section(source, data, "detect")
    lst = _section(source, data, "listing")
    min_score = det.get("min_score", 2)
    if not isinstance(min_score, int) or isinstance(min_score, bool) or min_score < 1:
        raise _fail(source, "detect.min_score", "expected a positive integer")
    return Profile(
        name=data["name"],
        family=data["family"],
        description=description,
        fields=fields,
        remove=_css_list(source, "remove.selectors", remove.get("selectors", [])),
        date_formats=_str_list(source, "dates.formats", dates.get("formats", [])),
        labels=labels,
        detect=DetectRules(
            selectors=_css_list(source, "detect.selectors", det.get("selectors", [])),
            generator=_str_list(source, "detect.generator", det.get("generator", [])),
            url=_regex_list(source, "detect.url", det.get("url", [])),
            min_score=min_score,
        ),
        listing=ListingRules(
            article_url=_regex_list(source, "listing.article_url", lst.get("article_url", [])),
            listing_url=_regex_list(source, "listing.listing_url", lst.get("listing_url", [])),
            next_page=_css_list(source, "listing.next_page", lst.get("next_page", [])),
            article_links=_css_list(source, "listing.article_links",
                                    lst.get("article_links", [])),
        ),
    )


def available_profiles() -> list[str]:
    """Names of the shipped profiles (file stems), sorted."""
    root = resources.files(__name__)
    return sorted(
        entry.name.removesuffix(".toml")
        for entry in root.iterdir()
        if entry.name.endswith(".toml")
    )


@functools.cache
def load_profile(name: str) -> Profile:
    """Load and validate one shipped profile; ConfigError names the file, key and fix."""
    if not re.fullmatch(r"[a-z0-9_]+", name):
        raise ConfigError(f"profile {name!r}: invalid name; use one of {available_profiles()}")
    source = f"profiles/{name}.toml"
    entry = resources.files(__name__).joinpath(f"{name}.toml")
    if not entry.is_file():
        raise ConfigError(f"{source}: no such profile; use one of {available_profiles()}")
    try:
        data = tomllib.loads(entry.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: invalid TOML ({exc}); fix the syntax") from exc
    profile = parse_profile(data, source)
    if profile.name != name:
        raise _fail(source, "name", f"must equal the file name {name!r}")
    return profile


@functools.cache
def _all_profiles() -> tuple[Profile, ...]:
    return tuple(load_profile(name) for name in available_profiles())


@functools.cache
def _css_only_selectors() -> tuple[str, ...]:
    """Every profile's detection selectors that class/id presence cannot stand in for."""
    return tuple(dict.fromkeys(sel for profile in _all_profiles()
                               for sel, tokens in _detect_tokens(profile.detect.selectors)
                               if not tokens))


@functools.cache
def _css_only_list() -> str:
    return ", ".join(_css_only_selectors())


def detect(tree: LexborHTMLParser, url: str, html: str | None = None,
           names: PageNames | None = None) -> Profile | None:
    """The best-scoring profile for a page, or None when none reaches its ``min_score``.

    ``html``, the page source, and ``names``, the page's class and id names, save
    re-serialising the tree and re-reading its names when the caller has them.
    """
    generator = ""
    # lexbor's query over the tree (~10 µs on a 150 KB page) before the two searches of the
    # source (~100 µs when neither word is in it), which then run only on a page with one
    gen_node = tree.css_first('meta[name="generator" i]')
    if gen_node is not None:
        source = html if html is not None else (tree.html or "")
        if "enerator" in source or "ENERATOR" in source:
            generator = (gen_node.attributes.get("content") or "").lower()
    if names is None:
        names = page_names(tree)
    # The selectors that need a CSS query go first as one selector list: one walk of the
    # tree instead of one per selector, and on most pages (no other family's markup) the
    # only one. Alternatives that need an id or class the page lacks are left out of it.
    # When it finds something, each selector is queried on its own, once.
    css_only = _css_only_selectors()
    matched: dict[str, bool]
    if select_first(tree, _css_only_list(), names) is None:
        matched = dict.fromkeys(css_only, False)
    else:
        matched = {sel: False for sel in css_only if not names.viable(sel)}
    best: Profile | None = None
    best_score = 0
    for profile in _all_profiles():
        score = profile.score(tree, url, generator, names.exact, matched)
        if score >= profile.detect.min_score and score > best_score:
            best, best_score = profile, score
    return best
