"""Discovery on blind replica sites (``tests/firstcontact/sites*/``: portals of families
the crawler had not seen, written from the research notes by someone who had not read
``src/``), crawled with ``profile = "auto"`` from their category listings and from the home
page alone: every article once, no stray rows, no trap or robots-forbidden request.

First contact (the code of the session that received each set, docs/accuracy.md):
sites1 recall 0.814 with 116 duplicate rows (home page alone 0.534); sites2 recall 0.776
(home page alone the same), 2 requests outside the site's directory; sites3 recall 0.410,
3 trap requests; sites4 recall 0.436 (its start URL is its home page); sites5 recall 0.477
(home page alone, at ``4c094c1``); sites6 recall 0.679, 1 trap request (home page alone, at
``244aedc``); sites16 recall 1.000 but 110 records wrong (dates, stale titles, legacy
text), 13 duplicate rows and 3,614 trap requests (at ``d4197b1``); sites17, crawled on a
second day as well (every article re-checked): recall 1.000 both days, 2 records wrong
after the second (an article made private not withdrawn, an article whose address now
redirects to another not withdrawn; at ``8c9ae6d``); sites18 recall 0.786, 92 records wrong
after its second day (a site rebuilt without redirects stored twice, lists re-sorted by
views never reached; at ``922751e``); sites19, its second day crawled as the daily timer
runs (no ``--revisit``, the clock at that day): recall 1.000, 2 new articles missed on the
second day (a 0-based pager's second page skipped; at ``08dbcb7``); sites20, the daily
run on a day the servers misbehave: recall 1.000, 5 records wrong on the second day (a page
cut off and a maintenance notice stored over articles, an article behind a JSON-filled
list missed; at ``6e0bdba``); sites21, five days as the daily timer runs them over three
weeks (a site in maintenance for three runs, a hosting account suspended, a move to a new
host name, a list frozen on a cached copy): recall 1.000, 85 records wrong over days 2-5
(fifteen articles' records replaced by the maintenance page on its third run in a row, a
retitle's new address stored as a second row, two days read from headlines; at
``0866df4``); sites22 to sites25, one day from the home page: recall 0.656, 0.583, 0.686
and 0.388, nothing in the run's notes (at ``ce15443``, ``c644b81``, ``34db88a``, ``84af9c5``);
sites26 recall 0.329, one site's note naming addresses of an unknown shape (at ``609114c``);
sites27, four ordinary sites of the commonest kinds, recall 0.860 and one stray row (at
``dd6138b``); sites28, four more, recall 0.860, nothing stray (at ``fa2945d``); sites29,
four more (DNN 7, Drupal 10, WordPress 6 + Newspaper, a WebForms CMS), recall 0.817 and one
stray row (at ``b5ea33d``); sites30, four more after the 2025 reform (Liferay 7.0, SharePoint
2016, NukeViet 4.4, a press CMS with JW Player), recall 0.835, nothing stray (at
``419d55e``); sites31, four more crawled on three days as the daily timer runs (Liferay
DXP 7.3, DNN 9.13, NukeViet 5.0, WordPress 6.8 + Jetpack), recall 0.816 and 22 record checks
wrong on days 2-3 (at ``2b28803``); sites32, four more on first contact (Joomla 5.1, DNN 9.11
+ 2sxc, SharePoint 2019 + SPServices, a '.dcs.vn' WebForms portal), recall 0.829, nothing
stray (at ``b70426a``); sites33, four more (Joomla 4.4, DNN 10, SharePoint 2010, a WebForms
vendor portal with a ScriptManager proxy), recall 0.829, nothing stray (at ``508dd03``);
sites34, four more on other kernels (NukeViet 4.5, WordPress + Elementor Pro, Drupal 11, a
press CMS), recall 0.833, nothing stray (at ``4b5c3b8``); sites35, four whose twists are forms
(VHV CMS 5, a 'sphere' Java portal, an ASP.NET 3.5 WebForms CMS, Oracle WebCenter Content),
recall 0.687, nothing stray — WebCenter's article addresses had no known shape (at
``770792c``); sites36, four whose addresses and list layouts are as varied as real sites'
(Joomla 3.9 + K2, Drupal 9.5, WebSphere Portal 8.5 + WCM, Liferay 6.1), recall 0.786,
nothing stray (at ``9e9d745``); sites37, four whose lists show their items in unusual ways
(Drupal 7.98's 'Xem thêm' answering JSON, Joomla 2.5's picture-only links, an ASP.NET 2.0
CMS's hidden tab panel, Liferay 7.1's press digests linked by their day alone), recall
0.957, one stray row (an expired notice's 200 page; at ``4969251``); sites38, one site at many
addresses (Drupal 8.9, an MVC 4 portal, SharePoint 2007, Joomla 1.5), recall 0.996, no
duplicate row, one stray row (at ``9cfa3ef``); sites39, four whose sections are reached in
unusual ways (Liferay 6.0 with a second site, NukeViet 4.2 behind a banner's click counter,
a classic ASP portal with a Tigra Menu, a WebForms TreeView filled on demand), recall 0.915,
two stray rows (at ``d14d4ce``); sites40, four whose items are linked from their lists by
scripts (a Dreamweaver pop-up, a function in a script file, a click handler over data
attributes, JSF command links), recall 0.828, one stray row (at ``96bf93d``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitescore import load, score, sites

ROOT = Path(__file__).parent / "firstcontact"
SITES = [p for d in sorted(ROOT.glob("sites*")) for p in sites(d)]
#: The sets whose crawls ``make test`` leaves to CI's extended run (the oldest: sets 1–31,
#: fixed long ago), so that the default suite keeps within its five minutes as new sets
#: come; CI runs every set on every change.
EXTENDED_ONLY = frozenset(f"sites{n}" for n in range(1, 32))
SITE_PARAMS = [pytest.param(p, marks=pytest.mark.extended) if p.parent.name in EXTENDED_ONLY
               else p for p in SITES]

#: Sites of the latest set still archived in part, the share reached and why: discovery
#: classes not built yet (docs/accuracy.md). Each is checked to be still a gap, so a fix
#: takes its entry out.
KNOWN_GAPS: dict[str, tuple[float, str]] = {
    "sites3/headless_graphql": (0.41, "'Xem thêm' posts a GraphQL query as JSON"),
    "sites8/wordpress_waf_hatay": (0.0, "a firewall answers 403 with a script that sets a "
                                        "clearance cookie"),
    "sites9/webforms_asmx_thubien": (0.29, "lists come from a JSON POST to an ASMX service "
                                           "named in a script's object literal"),
    "sites40/nukeviet40_tinhuy_sonnam": (0.8, "its 'Gương sáng' items open by a function "
                                              "declared in a script file the page loads "
                                              "(/themes/…/js/guongsang.js), not in the page"),
    "sites36/liferay61_bnc_binhtuy": (0.81, "archiver asks for an address's canonical form, "
                                            "whose query decodes %2F ('?redirect=%2Ftu-lieu' "
                                            "asked as '?redirect=/tu-lieu'), and this replica "
                                            "answers that 404, as few servers would"),
}
#: Records a second day still leaves wrong, at most, and why (sites18 on).
DAY2_GAPS: dict[str, tuple[int, str]] = {}
#: Sites whose sort, order and page-size links are still walked (requests the writer counts
#: as traps), at most this many, and why: a discovery class not built yet.
TRAP_GAPS: dict[str, tuple[int, str]] = {
    "sites9/struts_displaytag_hongquang": (20, "a table of documents (files, no articles) is "
                                               "still paged, and sorted once by its date; "
                                               "each list without a pager asks its filter "
                                               "form's year before the one shown once (a "
                                               "view here, sites22's only route to older "
                                               "documents)"),
}

#: Sites whose articles are still stored twice, at most this many rows more, and why: an
#: identity class not built yet.
DUPLICATE_GAPS: dict[str, tuple[int, str]] = {
    "sites16/eleventy_chuthapdo_gocong": (13, "a corrected post's stale copy left at its old "
                                              "address (another headline or day, its own "
                                              "canonical) is a row of its own, marked "
                                              "duplicate_of the current one"),
}

#: Records a site's ground truth says are wrong or empty (``SiteScore.wrong``), at most this
#: many, and why: a class not built yet.
WRONG_GAPS: dict[str, tuple[int, str]] = {
    "sites16/aspnet_huyenuy_anthanh": (1, "an en-US stamp whose day and month are both "
                                          "padded ('10/11/2024 …'): nothing on its page "
                                          "tells the order, so it is left undated"),
}

#: Requests a site's writer counts as traps that archiver makes on purpose, and why (the
#: writers disagree: sites3's day archive holds articles listed nowhere else, sites1's is a
#: calendar generating days forever; its entry is read once to tell which it is).
JUDGED_TRAPS: dict[str, tuple[int, str]] = {
    "sites1/press_baonghetinh": (1, "'Tin theo ngày' read once: its newest day links the "
                                    "day after it (an endless calendar), so it is not walked"),
    "sites16/typo3_baochaudoc": (3, "the menu's 'Sự kiện' (this month's calendar) and the "
                                    "two months it links: one listing, whose months repeat "
                                    "one another's links, so the walk stops there"),
}


# (from the home page alone: the same checks again for a site whose manifest gives its
# category listings as start URLs; CI runs them, ``make test`` leaves them to it)
@pytest.mark.parametrize("home_only", [
    pytest.param(False, id="listings"),
    pytest.param(True, id="home-only", marks=pytest.mark.extended)])
@pytest.mark.parametrize("path", SITE_PARAMS, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_blind_site_is_archived_whole_and_once(path: Path, home_only: bool) -> None:
    if home_only and len(load(path).MANIFEST["start_urls"]) == 1:
        pytest.skip("its only start URL is its home page: the same crawl as 'listings'")
    got = score(path, home_only=home_only, slow=False)
    gap = KNOWN_GAPS.get(f"{path.parent.name}/{path.stem}")
    if gap is not None:
        floor, why = gap
        assert floor * got.articles <= got.found < got.articles, (why, got.found)
        if got.found == 0:   # nothing at all: the run says why, where the archivist reads it
            assert got.notes, "a site crawled to nothing with no note saying why"
    else:
        assert got.found == got.articles, f"missing {got.missing}"
    key = f"{path.parent.name}/{path.stem}"
    if key in DUPLICATE_GAPS:
        ceiling, why = DUPLICATE_GAPS[key]
        assert 0 < got.duplicates <= ceiling, (why, got.duplicates)
    else:
        assert got.duplicates == 0
    assert got.not_articles == 0, f"stray rows {got.strays}"
    assert not got.partial, f"articles split over pages stored in part: {got.partial}"
    key = f"{path.parent.name}/{path.stem}"
    judged, _why = JUDGED_TRAPS.get(key, (0, ""))
    if key in TRAP_GAPS:
        ceiling, why = TRAP_GAPS[key]
        assert judged < got.trap_requests <= ceiling, (why, got.trap_requests)
    else:
        assert got.trap_requests == judged, f"trap requests {got.traps}"
    assert got.robots_violations == 0
    ceiling, why = WRONG_GAPS.get(key, (0, ""))
    assert got.wrong_count <= ceiling, (why, {k: v[:3] for k, v in got.wrong.items()})
    if key in WRONG_GAPS:
        assert got.wrong_count > 0, f"{key} is right now: take it out of WRONG_GAPS"
    if got.day2_articles:   # a second day served: what the archive holds after it
        assert got.day2_found == got.day2_articles
        wrong = sum(len(v) for v in got.day2_wrong.values())
        ceiling, why = DAY2_GAPS.get(key, (0, ""))
        assert wrong <= ceiling, (why, {k: v[:3] for k, v in got.day2_wrong.items()})
        if key in DAY2_GAPS:
            assert wrong > 0, f"{key} is right now: take it out of DAY2_GAPS"


def test_a_firewalled_site_with_its_cookie_given_is_archived_whole() -> None:
    """sites8's firewall answers 403 with a script that sets a clearance cookie, and 429
    every 25th request: with the cookie given in the site's ``headers`` (as an archivist
    copies it from a browser once) every article is archived, the 429s waited out."""
    path = next(p for p in SITES if p.stem == "wordpress_waf_hatay")
    module = load(path)
    got = score(path, slow=False, headers={"Cookie": f"{module.COOKIE}={module.TOKEN}"})
    assert got.found == got.articles, f"missing {got.missing}"
    assert (got.duplicates, got.not_articles, got.trap_requests, got.robots_violations) == \
        (0, 0, 0, 0)


def test_a_site_moved_to_a_new_host_named_in_its_hosts_is_followed() -> None:
    """sites21's site moving to a new host name (served under both, then 301s from the
    old): with the new host in its ``hosts``, as its notes ask, the articles published
    there only are archived too, each article one record."""
    path = next(p for p in SITES if p.stem == "umbraco_btgdv_hanamninh")
    got = score(path, slow=False, hosts=("localhost",))
    assert got.day2_articles > score_without_hosts_due(path)
    assert got.day2_found == got.day2_articles and not got.day2_wrong
    assert (got.duplicates, got.not_articles) == (0, 0)


def score_without_hosts_due(path: Path) -> int:
    """How many articles of the later days are due without the new host (those reached
    by the ordinary run)."""
    module = load(path)
    return sum(1 for day in range(2, module.DAYS + 1)
               for info in getattr(module, f"MANIFEST_DAY{day}")["articles"].values()
               if info.get("due", True) is not False)
