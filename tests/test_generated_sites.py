"""Discovery over generated sites: Hypothesis draws site shapes (article URL scheme ×
listing URL scheme × pager × what lies past the last page × canonical links × link variants
× charset declaration × sidebars, see :mod:`archiver.replica.generated`) and the crawler,
given only the home page, must archive every article once, fail nothing, stay in scope and
within robots.txt, and not fetch much more than the site holds — then find the articles
published since, in a second run, cheaply.

``ARCHIVER_SITES`` sets how many sites are drawn (40 by default; ``make bench`` and
``make test-deep`` draw more, with a random seed).
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import get_args

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from archiver.config import parse_sources
from archiver.replica import ReplicaServer
from archiver.replica.generated import (
    UNKNOWN_SHAPES,
    ArticleScheme,
    Canonical,
    Charset,
    GeneratedSite,
    ItemLayout,
    ListingScheme,
    Pager,
    PastEnd,
    SiteSpec,
    generated_site,
)
from crawlkit import run, sources_text

SPECS = st.builds(
    SiteSpec, seed=st.integers(1, 9999), articles=st.integers(1, 90),
    categories=st.integers(1, 4), per_page=st.integers(2, 15),
    article_urls=st.sampled_from([a for a in get_args(ArticleScheme) if a not in UNKNOWN_SHAPES]),
    listing_urls=st.sampled_from(get_args(ListingScheme)),
    pager=st.sampled_from(get_args(Pager)), past_end=st.sampled_from(get_args(PastEnd)),
    canonical=st.sampled_from(get_args(Canonical)), variants=st.booleans(),
    charset=st.sampled_from(get_args(Charset)), sidebar=st.booleans())

DEEP = "ARCHIVER_SITES" in os.environ
EXAMPLES = int(os.environ.get("ARCHIVER_SITES", "25"))


@dataclass
class Outcome:
    archived: Counter[int]       # article id -> rows holding it
    strays: list[str]            # rows that are no article of the site
    failures: int
    requests: int
    paths: list[str]             # every path requested
    foreign: list[str]           # frontier URLs outside the site
    status: str


def crawl_home(server: ReplicaServer, db: Path) -> Outcome:
    site = server.site
    assert isinstance(site, GeneratedSite)
    server.reset_log()
    # discovery alone: the daily re-checks of archived articles are tested on their own
    text = sources_text(server, "auto", start_urls=[server.base_url + "/"], name="gen",
                        recheck_share=0)
    report = run(db, parse_sources(text))
    conn = sqlite3.connect(db)
    try:
        ids: dict[int, set[int]] = {}
        for url, article in conn.execute("select url, article_id from article_urls"):
            found = site.article_id_of(url.removeprefix(server.base_url))
            if found is not None:
                ids.setdefault(article, set()).add(found)
        archived: Counter[int] = Counter()
        strays = []
        for article, url in conn.execute("select id, url from articles"):
            if article in ids:
                archived.update(ids[article])
            else:
                strays.append(url)
        failures = conn.execute("select count(*) from fetch_failures where run_id = ?",
                                [report.run_id]).fetchone()[0]
        foreign = [u for (u,) in conn.execute("select url from urls")
                   if not u.startswith(server.base_url + "/")]
    finally:
        conn.close()
    log = server.log
    return Outcome(archived, strays, failures, len(log), [r.path for r in log], foreign,
                   report.status)


def pages_needed(site: GeneratedSite) -> int:
    if site.spec.pager == "days":   # the sections' first pages and the date archive's days
        return len(site.catalog.categories) + site.day_pages_needed()
    if site.spec.pager == "related":   # the sections' first pages: the rest is in articles
        return len(site.catalog.categories)
    return sum(site.pages(c)[1] for c in site.catalog.categories)


def check(site: GeneratedSite, got: Outcome) -> None:
    live = set(site.catalog.live_ids())
    described = site.spec.describe()
    assert set(got.archived) == live, f"missing {sorted(live - set(got.archived))[:5]}: " \
                                      f"{described}"
    assert max(got.archived.values()) == 1, f"an article stored twice: {described}"
    assert got.strays == [], described
    assert got.failures == 0 and got.status == "completed", described
    assert got.foreign == [], described
    assert not [p for p in got.paths if p.startswith("/quan-tri/")], "robots.txt ignored"


@pytest.mark.skipif(DEEP and EXAMPLES == 0, reason="ARCHIVER_SITES=0")
@settings(max_examples=EXAMPLES, deadline=None, derandomize=not DEEP, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(spec=SPECS, added=st.integers(1, 8))
def test_every_generated_site_is_archived_whole_from_its_home_page(
        spec: SiteSpec, added: int, tmp_path_factory: pytest.TempPathFactory) -> None:
    db = tmp_path_factory.mktemp("gen") / "archive.db"
    site = GeneratedSite(spec)
    with ReplicaServer(site) as server:
        first = crawl_home(server, db)
        check(site, first)
        # a little more than the site holds: robots.txt, the home page, one page past the
        # end of each listing, a repeat or two of a postback window
        budget = 2 + spec.articles + pages_needed(site) * 1.3 + spec.categories * 2
        assert first.requests <= budget, f"{first.requests} requests: {spec.describe()}"

        site.add_articles(added)
        second = crawl_home(server, db)
        check(site, second)
        new_pages = -(-added // spec.per_page) + 2
        assert second.requests <= 2 + added + spec.categories * (new_pages + 2), \
            f"{second.requests} requests to find {added} new: {spec.describe()}"


#: Sites whose article addresses have no shape a rule knows: found by their listings'
#: structure — three headline links or more of one address pattern on a page, a last page's
#: lone item counted with the sidebar's newest of the same pattern; a list may link each
#: item by its day alone, the headline in the row's other cell.
UNKNOWN = st.builds(
    SiteSpec, seed=st.integers(1, 9999), articles=st.integers(3, 60),
    categories=st.integers(1, 3), per_page=st.integers(3, 12),
    article_urls=st.sampled_from(UNKNOWN_SHAPES),
    listing_urls=st.sampled_from(get_args(ListingScheme)),
    pager=st.sampled_from(get_args(Pager)), past_end=st.sampled_from(get_args(PastEnd)),
    canonical=st.sampled_from(get_args(Canonical)), variants=st.booleans(),
    charset=st.sampled_from(get_args(Charset)), sidebar=st.just(True),
    items=st.sampled_from(get_args(ItemLayout)))


@pytest.mark.skipif(DEEP and EXAMPLES == 0, reason="ARCHIVER_SITES=0")
@settings(max_examples=max(10, EXAMPLES // 2), deadline=None, derandomize=not DEEP,
          database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(spec=UNKNOWN)
def test_articles_at_addresses_of_no_known_shape_are_found_by_their_listings(
        spec: SiteSpec, tmp_path_factory: pytest.TempPathFactory) -> None:
    db = tmp_path_factory.mktemp("gen") / "archive.db"
    site = GeneratedSite(spec)
    with ReplicaServer(site) as server:
        check(site, crawl_home(server, db))


@pytest.mark.parametrize("pager", get_args(Pager))
def test_each_pager_past_a_repeating_last_page(pager: str, tmp_path: Path) -> None:
    """A site answering any page number past the end with its last page again: the walk
    stops at the first repeat, whatever the pager."""
    site = generated_site(pager=pager, past_end="repeat_last", articles=30, per_page=4,
                          categories=1)
    with ReplicaServer(site) as server:
        got = crawl_home(server, tmp_path / "a.db")
    check(site, got)
    listing = [p for p in got.paths if p not in ("/", "/robots.txt")
               and site.article_id_of(p) is None]
    assert len(listing) <= pages_needed(site) + 2, listing


def test_a_listing_deeper_than_max_depth_says_so(tmp_path: Path) -> None:
    site = generated_site(pager="next_only", articles=40, per_page=4, categories=1)
    with ReplicaServer(site) as server:
        text = sources_text(server, "auto", start_urls=[server.base_url + "/"], max_depth=3)
        report = run(tmp_path / "a.db", parse_sources(text))
    notes = report.notes["replica"]
    assert any("max_depth" in n and "not walked" in n for n in notes), notes
    assert report.sites["replica"]["new"] < 40


def test_a_listing_added_later_is_walked_to_its_end_once(tmp_path: Path) -> None:
    """A section whose first page shows only archived articles (the home page showed them)
    is still walked to its end the first time — its older articles are nowhere else — and
    only as far as something new the runs after."""
    site = generated_site(articles=40, categories=2, per_page=3, pager="next_only")
    db = tmp_path / "a.db"
    with ReplicaServer(site) as server:
        home, section = server.base_url + "/", server.base_url + site.list_path(1)
        for starts in ([home], [home, section]):
            text = sources_text(server, "auto", start_urls=starts, sections=False,
                                recheck_share=0)
            run(db, parse_sources(text))
        conn = sqlite3.connect(db)
        archived = {site.article_id_of(u.removeprefix(server.base_url))
                    for (u,) in conn.execute("select url from article_urls")}
        conn.close()
        assert set(site.catalog.live_ids(1)) <= archived
        server.reset_log()
        run(db, parse_sources(text))                  # nothing new: page 1 and done
        # the two start pages are fetched at once (concurrency 4): in either order
        assert sorted(r.path for r in server.log if r.path != "/robots.txt") == sorted(
            ["/", site.list_path(1)])


@pytest.mark.parametrize("charset", get_args(Charset))
@pytest.mark.parametrize("pager", ["numbers", "next_only", "postback", "post_form"])
def test_sections_keyed_by_name_in_the_site_s_own_encoding(charset: str, pager: str,
                                                           tmp_path: Path) -> None:
    """A Classic ASP site keying its sections by their Vietnamese names in the query,
    written raw in its links and pager: in a windows-1258 site the query must be sent in
    windows-1258 (as a browser does), in a UTF-8 one in UTF-8; every article is found."""
    site = generated_site(listing_urls="name", charset=charset, pager=pager, articles=24,
                          per_page=4, categories=3)
    with ReplicaServer(site) as server:
        got = crawl_home(server, tmp_path / "a.db")
    check(site, got)
