"""Profiles are data: every shipped file validates, bad files fail loudly, detection works."""

from __future__ import annotations

import itertools
import json
import re
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from selectolax.lexbor import LexborHTMLParser

from archiver.errors import ConfigError
from archiver.profiles import available_profiles, detect, load_profile, parse_profile
from archiver.urls import canonicalize

GOLDEN = Path(__file__).resolve().parent / "golden"
NAMES = [
    "duk_langson", "nukeviet4", "nukeviet3", "liferay", "liferay_vn", "sharepoint_cq",
    "sharepoint_desc", "dnn", "aspnet_articledetail", "aspnet_table", "dcs_detailview",
    "sphere", "vhv", "drupal", "joomla_k2", "wordpress",
]


def test_shipped_profiles_are_exactly_the_families() -> None:
    assert sorted(NAMES) == available_profiles()


@pytest.mark.parametrize("name", NAMES)
def test_every_profile_loads_and_has_rules(name: str) -> None:
    profile = load_profile(name)
    assert profile.name == name
    assert profile.selectors("body") and profile.selectors("title")
    assert profile.detect.selectors or profile.detect.url
    assert profile.listing.article_url and profile.listing.next_page


@pytest.mark.parametrize("name", NAMES)
def test_every_profile_is_exercised_by_a_golden_page(name: str) -> None:
    pages = sorted((GOLDEN / name).glob("*.json"))
    if not pages:
        pytest.skip(f"no golden pages for {name} yet")
    hits = 0
    for page in pages:
        url = json.loads(page.read_text(encoding="utf-8"))["url"]
        tree = LexborHTMLParser(page.with_suffix(".html").read_bytes().decode("utf-8", "replace"))
        found = detect(tree, url)
        hits += found is not None and found.name == name
    assert hits >= 1


def test_unknown_top_level_key_names_file_and_key() -> None:
    with pytest.raises(ConfigError, match=r"x\.toml: bad key 'selector'"):
        parse_profile({"name": "x", "family": "X", "selector": "h1"}, "x.toml")


def test_unknown_field_and_section_key() -> None:
    with pytest.raises(ConfigError, match=r"fields\.headline"):
        parse_profile({"name": "x", "family": "X", "fields": {"headline": ["h1"]}}, "x.toml")
    with pytest.raises(ConfigError, match=r"detect\.selector'"):
        parse_profile({"name": "x", "family": "X", "detect": {"selector": ["h1"]}}, "x.toml")


def test_bad_css_and_bad_regex_are_rejected() -> None:
    with pytest.raises(ConfigError, match="invalid CSS selector"):
        parse_profile({"name": "x", "family": "X", "fields": {"title": ["h1[["]}}, "x.toml")
    with pytest.raises(ConfigError, match="invalid regular expression"):
        parse_profile({"name": "x", "family": "X", "listing": {"article_url": ["(a"]}}, "x.toml")


def test_missing_required_and_wrong_type() -> None:
    with pytest.raises(ConfigError, match="'family'"):
        parse_profile({"name": "x"}, "x.toml")
    with pytest.raises(ConfigError, match=r"fields\.title"):
        parse_profile({"name": "x", "family": "X", "fields": {"title": [1]}}, "x.toml")


def test_unknown_profile_name() -> None:
    with pytest.raises(ConfigError, match="no such profile"):
        load_profile("mambo")
    with pytest.raises(ConfigError, match="invalid name"):
        load_profile("../etc")


def test_detect_by_markup_and_none_for_plain_page() -> None:
    nv = LexborHTMLParser(
        '<div class="news_column"><h1 class="title">Tiêu đề</h1><div class="hometext">x</div>'
        '<div id="news-bodyhtml" class="bodytext"><p>Nội dung</p></div></div>'
    )
    found = detect(nv, "https://tinhuy.example.vn/news/tin-tuc/hoi-nghi-123.html")
    assert found is not None and found.name == "nukeviet4"
    plain = LexborHTMLParser("<html><body><p>Xin chào</p></body></html>")
    assert detect(plain, "https://example.vn/a") is None


def test_listing_rules_match_family_pagination() -> None:
    nv = load_profile("nukeviet4").listing
    assert any(p.search("https://x.vn/news/tin-tuc/page-2") for p in nv.listing_url)
    k2 = load_profile("joomla_k2").listing
    assert any(p.search("https://x.vn/index.php/tin-tuc?start=10") for p in k2.listing_url)
    wp = load_profile("wordpress").listing
    assert any(p.search("https://x.vn/category/tin/page/3/") for p in wp.listing_url)


def test_unprofiled_golden_pages_match_no_profile() -> None:
    """``golden/auto`` holds sites no profile knows: detection must leave them to heuristics."""
    pages = sorted((GOLDEN / "auto").glob("*.json"))
    assert len(pages) >= 6
    for page in pages:
        url = json.loads(page.read_text(encoding="utf-8"))["url"]
        tree = LexborHTMLParser(page.with_suffix(".html").read_bytes().decode("utf-8", "replace"))
        found = detect(tree, url)
        assert found is None, (page.name, found and found.name)


@pytest.mark.parametrize(("markup", "family"), [
    # DotNetNuke known only by attribute selectors (no generator, no tabid in the URL)
    ('<input type="hidden" name="__dnnVariable" value="{}"><div id="dnn_ctr412_View">'
     '<div id="dnn_ContentPane"><p>Nội dung</p></div></div>', "dnn"),
    # WordPress known only by its asset paths
    ('<link rel="stylesheet" href="/wp-content/themes/x/style.css">'
     '<link rel="https://api.w.org/" href="/wp-json/"><script src="/wp-includes/js/a.js">'
     '</script><p>Nội dung</p>', "wordpress"),
    # SharePoint: a selector two profiles share is queried once and scores for both
    ('<form><div id="ctl00_m_g_SPWebPartManager1"></div><div id="ctl00_PlaceHolderMain_'
     'RichHtmlField1"><p>Nội dung</p></div><span id="ctl00_pnNguontin">Nguồn</span></form>',
     "sharepoint_desc"),
    # one attribute hint is not enough for either
    ('<link rel="stylesheet" href="/wp-content/themes/x/style.css"><p>Nội dung</p>', None),
])
def test_detect_by_attribute_selectors_alone(markup: str, family: str | None) -> None:
    """Selectors that need a CSS query (attribute tests, no class or id to look for) are
    first tried together as one selector list; a page that matches still scores each one."""
    tree = LexborHTMLParser(f"<html><head></head><body>{markup}</body></html>")
    found = detect(tree, "https://tinhuy.example.vn/tin-tuc/hoi-nghi")
    assert (found.name if found else None) == family


def test_class_and_id_names_come_from_elements_only() -> None:
    """Detection's class/id shortcut sees what CSS would: element attributes (quoted or
    not, any case of the attribute name), never class-like text in comments or scripts."""
    from archiver.selectors import tree_names

    tree = LexborHTMLParser(
        '<html><body><!-- <div class="news_column"> --><div CLASS="bodytext  main" '
        'id=news-bodyhtml><p class=hometext>x</p></div>'
        '<script>var t = \'<div class="title">\';</script></body></html>')
    assert tree_names(tree) == {"bodytext", "main", "news-bodyhtml", "hometext"}
    # NukeViet markup only inside a comment and a script: not a NukeViet page
    ghost = LexborHTMLParser(
        '<html><body><!-- <div class="news_column"><h1 class="title">T</h1>'
        '<div class="hometext">x</div><div id="news-bodyhtml" class="bodytext"></div> -->'
        '<script>document.write(\'<div class="news_column"><div class="bodytext">\')'
        '</script><p>Nội dung</p></body></html>')
    assert detect(ghost, "https://example.vn/a") is None


# -- URL patterns do not depend on the order of a query's parameters ----------------------------

def _url_patterns() -> list[tuple[str, str, re.Pattern[str]]]:
    out = []
    for name in available_profiles():
        profile = load_profile(name)
        out += [(name, "detect.url", p) for p in profile.detect.url]
        out += [(name, "listing.article_url", p) for p in profile.listing.article_url]
        out += [(name, "listing.listing_url", p) for p in profile.listing.listing_url]
    return out


def _orders(url: str, most: int = 24) -> list[str]:
    """``url`` with its query in (up to ``most``) other orders, and its canonical form."""
    parts = urlsplit(url)
    pairs = [p for p in parts.query.split("&") if p]
    return [url, canonicalize(url)] + [
        urlunsplit(parts._replace(query="&".join(order)))
        for order in itertools.islice(itertools.permutations(pairs), most)]


def _disagreements(url: str) -> list[str]:
    forms = _orders(url)
    return [f"{name} {key} {p.pattern!r} on {url}"
            for name, key, p in _url_patterns()
            if len({p.search(form) is not None for form in forms}) > 1]


def test_profile_url_patterns_read_every_test_pages_address_in_any_query_order() -> None:
    """A query's order means nothing to a server, and the crawler passes canonical (sorted)
    addresses while a saved page carries its address as linked: a profile's URL pattern
    that wanted ``siteid`` before ``a=detail``, ``tabid`` first or ``p`` last, or that
    read a path's ``$`` at the end of a query value, scored a page by the order of its
    query (7 of 79 test pages detected another profile under their canonical address)."""
    tests = Path(__file__).parent
    urls = set()
    for path in [*tests.glob("golden/**/*.json"), *tests.glob("firstcontact/**/*.json"),
                 *tests.glob("holdout/**/*.json")]:
        data = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(data, dict) and str(data.get("url", "")).startswith("http"):
            urls.add(data["url"])
    several = sorted(u for u in urls if "&" in urlsplit(u).query)
    assert len(several) > 50
    assert [d for u in several for d in _disagreements(u)] == []


_PARAMS = ["id=2693", "siteid=1", "a=detail", "a=list", "c=content", "catid=3", "tabid=112",
           "p=45", "page=2", "nv=news", "op=tin-tuc", "ItemID=8", "NewsID=77", "CatId=5",
           "lang=vi", "mid=12", "route=blog/post", "url=/tin-tuc/a/b", "start=20",
           # (query values that end in a path a profile's "…$" pattern describes)
           "next=/node/12", "redirect=/web/guest/-/bai-viet", "return=/tin-tuc/bai-viet.html",
           "url=/news/thoi-su/bai-viet-12.html", "back=/item/12-bai-viet.html",
           "ve=/tin-tuc/chuyen-muc/", "quay_lai=/2027/05/bai-viet/"]
_PATHS = ["/Default.aspx", "/index.php", "/", "/tin-tuc/chi-tiet.aspx", "/Pages/tin.aspx",
          "/news/xay-dung-dang/", "/2027/05/bai-viet/", "/vi/news/a-12.html"]


@given(path=st.sampled_from(_PATHS),
       params=st.lists(st.sampled_from(_PARAMS), min_size=2, max_size=5, unique=True))
def test_profile_url_patterns_ignore_query_order_on_generated_addresses(
        path: str, params: list[str]) -> None:
    assert _disagreements(f"https://tinhuy.vn{path}?{'&'.join(params)}") == []
