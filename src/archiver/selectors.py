"""CSS selector lists cut down, per page, to the alternatives that can match it.

Lexbor tests every alternative of a selector list against every element of the tree, and
attribute substring tests (``[class*=sapo]``) are the slowest part; one query of the 30-odd
alternatives extraction uses to find a lead costs more than parsing a third of the page.
A page carries a few hundred class and id names. An alternative that needs a name the page
does not carry (``.sapo``, ``#hometext``, ``[class*=tomtat]``, ``[id$=_lblContent]``) cannot
match, so it is dropped before the query, and a list with nothing left is not run at all.

The test is conservative: class and id selectors' names are compared lower-cased (they
ignore case in quirks mode), an alternative whose needs cannot be read (functional
pseudo-classes, non-ASCII names) is always kept, a list with escapes or comments is kept
whole, and a substring need is met by any name that holds it — in the same case, as
lexbor compares attribute values (``[class*=Title]`` misses ``subtitle`` in either mode),
unless the selector asks otherwise (``[class*=title i]``). Pruning
therefore never changes what a query returns, only how long it takes (a property test
compares both on every golden page).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["PageNames", "page_names", "prune", "select", "select_first", "tree_names"]


def tree_names(tree: LexborHTMLParser) -> frozenset[str]:
    """Every class token and id of the page's elements (what class and id selectors can
    match; class-like text in comments or scripts is not)."""
    classes, ids = _class_and_id_names(tree)
    return classes | ids


def _class_and_id_names(tree: LexborHTMLParser) -> tuple[frozenset[str], frozenset[str]]:
    # one attribute read per element and name (no dict of all its attributes)
    classes = " ".join([node.attrs["class"] or "" for node in tree.css("[class]")])
    ids = " ".join([node.id or "" for node in tree.css("[id]")])   # (no attrs object)
    return frozenset(classes.split()), frozenset(ids.split())


class PageNames:
    """The class and id names of one page, as exact tokens and lower-cased for pruning;
    with ``classes`` and ``ids`` apart, a substring need of one attribute (``[id*=Title]``)
    is looked for in its own names only."""

    __slots__ = ("_folded", "_held", "_joined", "_memo", "exact")

    def __init__(self, exact: frozenset[str], classes: frozenset[str] | None = None,
                 ids: frozenset[str] | None = None) -> None:
        self.exact = exact
        # substring needs never span a "\n": by attribute, as the names are and lower-cased
        both = "\n".join(exact)
        self._joined = {attr: (text, text.lower()) for attr, text in (
            ("class", both if classes is None else "\n".join(classes)),
            ("id", both if ids is None else "\n".join(ids)))}
        self._folded = frozenset(both.lower().split("\n"))
        self._memo: dict[str, str] = {}
        # (substring, case-sensitive, attribute) -> some name holds it (lists share them)
        self._held: dict[_Part, bool] = {}

    def viable(self, selectors: str) -> str:
        """``selectors`` without the alternatives this page cannot match ("" for none)."""
        hit = self._memo.get(selectors)
        if hit is None:
            plan = _plan(selectors)
            tokens = plan.tokens & self._folded
            parts = {p for p in plan.parts if self._holds(p)}
            if len(tokens) == len(plan.tokens) and len(parts) == len(plan.parts):
                hit = selectors
            else:
                hit = ", ".join(alt for alt, need_tokens, need_parts in plan.alternatives
                                if need_tokens <= tokens and need_parts <= parts)
            self._memo[selectors] = hit
        return hit

    def _holds(self, part: _Part) -> bool:
        held = self._held.get(part)
        if held is None:
            value, sensitive, attr = part
            held = self._held[part] = value in self._joined[attr][0 if sensitive else 1]
        return held


def page_names(tree: LexborHTMLParser) -> PageNames:
    classes, ids = _class_and_id_names(tree)
    return PageNames(classes | ids, classes, ids)


_ATTR = re.compile(
    r"""\[\s*([\w-]+)\s*(?:([*^$|~]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))\s*([iIsS]?)\s*)?\]""")
_NAME = re.compile(r"([.#])([\w-]+)")


def _split(selectors: str) -> list[str]:
    """Top-level alternatives of a selector list (commas inside brackets, parentheses or
    quotes belong to their alternative)."""
    out: list[str] = []
    depth, quote, start = 0, "", 0
    for i, c in enumerate(selectors):
        if quote:
            quote = "" if c == quote else quote
        elif c in "\"'":
            quote = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
        elif c == "," and depth == 0:
            out.append(selectors[start:i].strip())
            start = i + 1
    out.append(selectors[start:].strip())
    return [alt for alt in out if alt]


#: A substring some class (or id) must hold, whether in that case, and the attribute.
_Part = tuple[str, bool, str]


def _need(alternative: str) -> tuple[frozenset[str], frozenset[_Part]]:
    """What a page must carry for ``alternative`` to match: class/id tokens (lower-cased),
    and substrings some class or id must hold, each with whether in the same case
    (nothing when the alternative cannot be read)."""
    nothing: tuple[frozenset[str], frozenset[_Part]] = (frozenset(), frozenset())
    if "(" in alternative or not alternative.isascii():
        return nothing
    parts: set[_Part] = set()
    for m in _ATTR.finditer(alternative):
        name, op = m.group(1).lower(), m.group(2)
        value = next((g for g in m.group(3, 4, 5) if g is not None), "")
        if name in ("class", "id") and op and value and not any(c.isspace() for c in value):
            sensitive = m.group(6) not in ("i", "I")   # lexbor's default: case-sensitive
            parts.add((value if sensitive else value.lower(), sensitive, name))
    rest = _ATTR.sub(" ", alternative)
    if "[" in rest or "]" in rest:
        return nothing
    return frozenset(m.group(2).lower() for m in _NAME.finditer(rest)), frozenset(parts)


@dataclass(frozen=True)
class _Plan:
    alternatives: tuple[tuple[str, frozenset[str], frozenset[_Part]], ...]
    tokens: frozenset[str]   # every token some alternative needs
    parts: tuple[_Part, ...]   # every substring some alternative needs


@functools.lru_cache(maxsize=512)
def _plan(selectors: str) -> _Plan:
    if "\\" in selectors or "/*" in selectors:
        # escapes and comments: too rare to read right, so the list is kept whole
        alternatives: tuple[tuple[str, frozenset[str], frozenset[_Part]], ...] = (
            (selectors, frozenset(), frozenset()),)
    else:
        alternatives = tuple((alt, *_need(alt)) for alt in _split(selectors))
    return _Plan(alternatives,
                 frozenset(t for _, tokens, _ in alternatives for t in tokens),
                 tuple(dict.fromkeys(p for _, _, parts in alternatives for p in parts)))


def prune(selectors: str, names: PageNames | None) -> str:
    """``selectors`` cut down to what can match a page with ``names`` (unchanged without)."""
    return selectors if names is None else names.viable(selectors)


def select(root: LexborHTMLParser | LexborNode, selectors: str,
           names: PageNames | None) -> list[LexborNode]:
    """``root.css(selectors)``, skipping the alternatives that cannot match."""
    query = prune(selectors, names)
    return root.css(query) if query else []


def select_first(root: LexborHTMLParser | LexborNode, selectors: str,
                 names: PageNames | None) -> LexborNode | None:
    """``root.css_first(selectors)``, skipping the alternatives that cannot match."""
    query = prune(selectors, names)
    return root.css_first(query) if query else None
