"""Selector lists pruned by a page's class and id names: same nodes as the full query."""

from __future__ import annotations

from pathlib import Path

import pytest
from selectolax.lexbor import LexborHTMLParser

from archiver import vocab
from archiver.profiles import _all_profiles, _css_only_list
from archiver.selectors import page_names, prune, select, select_first, tree_names
from archiver.text import decode_html

TESTS = Path(__file__).resolve().parent
PAGES = sorted([*TESTS.glob("golden/*/*.html"), *TESTS.glob("holdout/*/*.html")])


def _selector_lists() -> list[str]:
    """Every selector list extraction runs against a whole page."""
    lists = [vocab.LEAD_SELECTOR, vocab.BYLINE_SELECTOR, vocab.CLOCK_SELECTOR,
             vocab.HEADING_SELECTOR, vocab.TITLE_LIKE_SELECTOR, _css_only_list(),
             *vocab.UPDATED_SELECTORS, *vocab.CATEGORY_SELECTORS]
    for profile in _all_profiles():
        lists += [s for sels in profile.fields.values() for s in sels]
        lists += [*profile.remove, *profile.detect.selectors]
    return list(dict.fromkeys(lists))


SELECTOR_LISTS = _selector_lists()


def test_pages_and_lists_are_there() -> None:
    assert len(PAGES) >= 99 and len(SELECTOR_LISTS) >= 100


@pytest.mark.parametrize("path", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_pruned_queries_find_what_full_queries_find(path: Path) -> None:
    tree = LexborHTMLParser(decode_html(path.read_bytes()))
    names = page_names(tree)
    pruned = 0
    for sels in SELECTOR_LISTS:
        want = [n.mem_id for n in tree.css(sels)]
        assert [n.mem_id for n in select(tree, sels, names)] == want, sels
        first = select_first(tree, sels, names)
        assert (first.mem_id if first is not None else None) == (want[0] if want else None)
        pruned += prune(sels, names) != sels
    assert pruned > 0  # the page lacks some names: pruning did something


@pytest.mark.parametrize(("selectors", "kept"), [
    (".sapo, #hometext, [class*=tomtat], div.lead", ".sapo"),
    ("[class*=brief], [id$=_lblContent], h1", "[id$=_lblContent], h1"),
    ("a[href*='/x.sapo/'], [class='sapo x'], [rel=author]",
     "a[href*='/x.sapo/'], [class='sapo x'], [rel=author]"),   # nothing to read: kept
    (":not(.nowhere) > p, .nowhere p", ":not(.nowhere) > p"),
    ("div.nav a, [data-x=\"a,b\"] .gone", "div.nav a"),
    ("div.nav a, .nav\\:x, .gone", "div.nav a, .nav\\:x, .gone"),   # escapes: kept whole
    (".gone, #gone, [class^=gone], [id*=GONE]", ""),
    # attribute values compare in their case, unless the selector says i
    ("[class*=Sapo], [class*=SAPO], [id*=lblcontent], [class*=sapo i]",
     "[class*=SAPO], [class*=sapo i]"),
    # a class's substring in the page's classes, an id's in its ids
    ("[id*=nav], [class*=nav], [class*=lblContent], [id*=lblContent]",
     "[class*=nav], [id*=lblContent]"),
])
def test_prune_keeps_what_can_match(selectors: str, kept: str) -> None:
    html = ('<div class="SAPO nav" id="ctl00_lblContent"><h1>x</h1>'
            '<div class="nav:x"></div></div>')
    names = page_names(LexborHTMLParser(html))
    assert prune(selectors, names) == kept
    assert prune(selectors, None) == selectors


def test_nothing_viable_means_no_query() -> None:
    tree = LexborHTMLParser("<p class='a'>x</p>")
    names = page_names(tree)
    assert select(tree, ".gone, [class*=zz]", names) == []
    assert select_first(tree, ".gone, [class*=zz]", names) is None


def test_quirks_mode_class_case() -> None:
    """No doctype: class selectors ignore case; pruning compares lower-cased names."""
    tree = LexborHTMLParser("<html><body><div class='Sapo'>x</div></body></html>")
    names = page_names(tree)
    assert [n.mem_id for n in select(tree, ".sapo", names)] == [
        n.mem_id for n in tree.css(".sapo")]


def test_tree_names_come_from_elements_only() -> None:
    tree = LexborHTMLParser("<!-- <div class='c1'> --><div class='a  b' id='i'>"
                            "<script>var s = '<p class=\"c2\">'</script></div>")
    assert tree_names(tree) == {"a", "b", "i"}


@pytest.mark.parametrize(("selectors", "html"), [
    (".e\u0301x", '<p class="e\u0301x">x</p>'),            # combining accent in a name
    (".a\U0001f642", '<p class="a\U0001f642">x</p>'),
    ("/* .nope */ div", "<div>x</div>"),                      # a name inside a comment
    ('[class*="\u03a3"]', '<p class="\u0391\u03a3">x</p>'),   # final sigma lower-cases apart
    ("[id$=\u03a3]", '<p id="\u0391\u03a3">x</p>'),
    ("p.a\\,x, p.nope", '<p class="a,x">x</p>'),                 # escaped comma
    ("#x, .Nope", '<p id="x" class="nope">x</p>'),
    ("[class*=Title], [class*=TITLE i]", '<p class="subtitle">x</p>'),
    ("[id$=Title], [class*=title]", '<!DOCTYPE html><p class="subtitle" id="a">x</p>'),
    ("[id*=nav], [class*=nav]", '<p class="a" id="nav1">x</p><p class="nav2">y</p>'),
], ids=["combining", "emoji", "comment", "sigma-class", "sigma-id", "escaped-comma", "case",
        "attribute-case-i", "attribute-case-standards", "class-and-id-apart"])
def test_pruning_never_hides_a_match(selectors: str, html: str) -> None:
    tree = LexborHTMLParser(html)
    want = [n.mem_id for n in tree.css(selectors)]
    assert want  # each case matches something in full
    assert [n.mem_id for n in select(tree, selectors, page_names(tree))] == want
