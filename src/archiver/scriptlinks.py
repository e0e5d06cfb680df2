"""Addresses a page's scripts build: what a browser would open or fetch, read without one.

Portals draw pagers, tabs and "Xem thêm" buttons without links: an element opens an address
from its ``onclick`` (``location.href='/p/2'``) or calls a page function with a number
(``goPage(3)`` with ``function goPage(p) { location.href = '/thoi-su/p/' + p; }``), a
button holds its address in ``data-href``, a tab's script fetches ``'/Ajax/Tab?id=' +
$(this).data('id')``, a "Xem thêm" button's script fetches its ``data-url`` with its
``data-offset`` and ``data-limit`` put in, a box is filled by ``fetch('/Ajax/TinNhanh')`` or
by a JSONP script. Nothing here runs a script: string literals, a page function's one
parameter and an element's ``data-*`` attributes are put together as the script would.

:func:`navigations` gives an element's own address (read like a link's ``href``);
:func:`fetched` the addresses scripts fetch (listing fragments, JSON, JSONP). A
server-rendered app hands its client its state in a script: :func:`state_objects` reads
the JSON a script assigns to a global (``window.__INITIAL_STATE__={…}``),
:func:`flight_addresses` the addresses in Next.js flight rows, and :func:`keyset_pages` the
keyset API a config in that state announces (``newsEndpoint`` + ``cursorParam``), asked for
the items after the last one shown.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import parse_qsl, quote, unquote, urlencode

from selectolax.lexbor import LexborNode

from archiver.vocab import LOAD_MORE_CUE, PAGE_KEY, PAGE_SEGMENT

__all__ = [
    "JSONP_START",
    "Opener",
    "call_addresses",
    "callback_functions",
    "fetched",
    "field_calls",
    "field_setters",
    "flight_addresses",
    "jsonp_payload",
    "keyset_pages",
    "literal_arguments",
    "navigations",
    "state_objects",
    "with_paging_data",
]

_QUOTED = r"""(?:'([^'\\\n]{1,400})'|"([^"\\\n]{1,400})")"""
#: ``location.href = '…'``, ``window.location='…'``, ``location.assign('…')``
_GO = re.compile(r"(?:window\.|document\.|self\.|top\.)?location(?:\.href)?\s*=\s*"
                 + _QUOTED + r"|location\.(?:assign|replace)\(\s*" + _QUOTED)
#: ``goPage(3)``, ``xemTrang('2')`` in an ``onclick``
_CALL = re.compile(r"^\s*(?:return\s+)?([A-Za-z_$][\w$]*)\(\s*(?:(\d{1,6})|'([^']{1,100})'|"
                   r"\"([^\"]{1,100})\")\s*\)\s*;?\s*(?:return\s+false\s*;?\s*)?$")
#: a call in an ``onclick``: ``MM_openBrWindow('XemThongBao.aspx?ID=884','tb','width=…')``
_ANY_CALL = re.compile(r"^\s*(?:return\s+)?([A-Za-z_$][\w$]*)\((.{0,600})\)\s*;?\s*"
                       r"(?:return\s+false\s*;?\s*)?$", re.DOTALL)
#: ``window.open('…', …)`` written in an ``onclick``
_WINDOW_OPEN = re.compile(r"\bwindow\.open\(\s*" + _QUOTED)
#: a page function of one parameter: ``function goPage(p) {…}``, ``var goPage = function(p)
#: {…}``, ``const goPage = (p) => {…}``
_FUNCTION = re.compile(
    r"(?:function\s+([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)\s*\)|"
    r"(?:var|let|const)?\s*([A-Za-z_$][\w$]*)\s*=\s*(?:function\s*\(\s*([A-Za-z_$][\w$]*)\s*\)|"
    r"\(?\s*([A-Za-z_$][\w$]*)\s*\)?\s*=>))\s*\{([^{}]{1,600})\}")
#: one term of a string concatenation: a literal, or an element's data attribute as jQuery
#: (``$(this).data('id')``, ``$(this).attr('data-id')``) or the DOM
#: (``this.dataset.id``, ``el.getAttribute('data-id')``) reads it
_TERM = re.compile(
    r"'([^'\\\n]{0,400})'|\"([^\"\\\n]{0,400})\"|"
    r"(?:\$\([^()]{0,40}\)|[A-Za-z_$][\w$]*)\.data\(\s*['\"]([\w-]{1,40})['\"]\s*\)|"
    r"(?:\$\([^()]{0,40}\)|[A-Za-z_$][\w$]*)\.attr\(\s*['\"]data-([\w-]{1,40})['\"]\s*\)|"
    r"[A-Za-z_$][\w$]*\.dataset\.([A-Za-z_$][\w$]{0,40})|"
    r"[A-Za-z_$][\w$]*\.getAttribute\(\s*['\"]data-([\w-]{1,40})['\"]\s*\)")
_PLUS = re.compile(r"\s*\+\s*")
#: where a script reads an element's data attribute
_DATA_REF = re.compile(r"\.data\(\s*['\"]|\.dataset\.|(?:getAttribute|attr)\(\s*['\"]data-")
#: a fetch of a complete address: ``fetch('/Ajax/TinNhanh?top=30')``, ``$.get('…')``,
#: ``$.getJSON('…')``, ``$('#box').load('…')``, ``$.ajax({url: '…'`` (the lookahead tests a
#: first character before the alternation: ten times faster over a page's long scripts)
_FETCH = re.compile(r"(?=[f$.u])(?:\bfetch|\$\.(?:get|getJSON|post)|\.load|\burl\s*:)\s*\(?\s*"
                    + _QUOTED + r"\s*[,)}]")
#: a data attribute naming the next items of a "Xem thêm" control: put in its address
#: under its own name when no script says otherwise
PAGING_DATA = ("offset", "start", "page", "paged", "skip", "limit", "per-page", "perpage",
               "page-size", "pagesize", "size")
#: a JSONP answer: ``renderThongBao({…});``
_JSONP = re.compile(
    rb"^\s*(?:/\*\*/\s*)?[A-Za-z_$][\w$.]{0,80}\s*\(\s*([\[{].*[\]}])\s*\)\s*;?\s*$", re.DOTALL)
#: the start of one
JSONP_START = re.compile(rb"^\s*(?:/\*\*/\s*)?[A-Za-z_$][\w$.]{0,80}\s*\(\s*[\[{]")


#: a string literal that may hold escapes (``"\u002fPages\u002fdefault.aspx"``)
_ESCAPED_QUOTED = re.compile(r"'((?:[^'\\\n]|\\.){1,600})'" + r'|"((?:[^"\\\n]|\\.){1,600})"')
_ESCAPE = re.compile(r"\\(?:u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|(.))")


def _unescape(text: str) -> str:
    r"""A script literal's text as the script has it: ``\u0026`` is ``&``, ``\/`` is ``/``."""
    if "\\" not in text:
        return text
    return _ESCAPE.sub(lambda m: chr(int(m.group(1) or m.group(2), 16))
                       if m.group(1) or m.group(2) else m.group(3), text)


def _literal(match: re.Match[str], first: int) -> str:
    return match.group(first) if match.group(first) is not None else match.group(first + 1)


_RELATIVE = re.compile(r"^[\w.-]+(?:/|\?|\.(?:html?|aspx?|php|jsp|cpx|do)\b)")


def _addressish(text: str, *, rooted: bool = False) -> bool:
    """Looks like an address (``rooted``: absolute or from the site's root, as a script's
    literal must be to make one without a variable before it)."""
    text = text.strip()
    if not text or " " in text or text.startswith(("javascript:", "#", "mailto:", "tel:")):
        return False
    if text.startswith(("/", "http://", "https://")):
        return True
    return not rooted and (text.startswith(("?", "./", "../")) or bool(_RELATIVE.match(text)))


#: A page's string global: ``var rootUrl = '/';``, ``nv_base_siteurl="/"`` in a list of
#: declarations (not an object's property: ``a.b = '…'``).
_GLOBAL = re.compile(r"""(?<![\w$.])([A-Za-z_$][\w$]{0,40})\s*=\s*(?:'([^'\\\n]{0,200})'|"""
                     r""""([^"\\\n]{0,200})")\s*(?=[,;\n}]|$)""")


def script_globals(scripts: str) -> dict[str, str]:
    """The page's string variables each set once (``rootUrl``: ``"/"``), as a script's
    concatenation reads them (``rootUrl + 'tin-tuc/' + …``)."""
    seen: dict[str, str | None] = {}
    for m in _GLOBAL.finditer(scripts):
        value = _literal(m, 2)
        seen[m.group(1)] = value if seen.get(m.group(1), value) == value else None
    return {k: v for k, v in seen.items() if v is not None}


def with_globals(code: str, found: dict[str, str]) -> str:
    """``code`` with the page's string variables it reads written as their literals
    (``rootUrl + 'tin-tuc/'`` -> ``'/' + 'tin-tuc/'``); the declarations, calls and
    properties of those names are left as they are."""
    if not found:
        return code
    names = "|".join(re.escape(k) for k in sorted(found, key=len, reverse=True))
    return re.sub(rf"(?<![\w$.'\"])({names})(?![\w$'\"])(?!\s*(?:[=(:]|\.))",
                  lambda m: "'" + found[m.group(1)].replace("'", "") + "'", code)


def _one_parameter_functions(code: str) -> Iterator[tuple[str, str, str]]:
    """The page's functions of one parameter: (name, parameter, body)."""
    for match in _FUNCTION.finditer(code):
        name = match.group(1) or match.group(3)
        param = match.group(2) or match.group(4) or match.group(5)
        if name and param:
            yield name, param, match.group(6)


def _linkless(node: LexborNode) -> bool:
    """``node`` has no address of its own: not a link, or a link to "#" or to a script."""
    href = node.attributes.get("href")
    return node.tag != "a" or href in (None, "", "#") or (href or "").startswith("javascript:")


#: Where a function's body opens an address: assigns ``location``, calls its ``assign`` or
#: ``replace``; or opens a window on it (Dreamweaver's ``MM_openBrWindow(theURL, …)``).
_OPENS = (re.compile(r"location(?:\.href)?\s*=\s*(.{1,300}?)\s*(?:;|$)"),
          re.compile(r"location\.(?:assign|replace)\(\s*(.{1,300}?)\)\s*(?:;|$)"))
_OPENS_WINDOW = re.compile(r"\bwindow\.open\(\s*([^,()]{1,300}?)\s*[,)]")


class Opener(NamedTuple):
    """A page function opening an address built from one of its parameters: the address
    is ``prefix`` + the argument at ``at`` + ``suffix``; ``window``: in a new window (a
    pop-up: an item's page only from its headline)."""

    prefix: str
    suffix: str
    at: int
    window: bool = False


def _headline_like(node: LexborNode, address: str = "") -> bool:
    """An element reading as an item's headline (five words or more), not a button or an
    icon ("In bài", "Gửi email", a picture), opening no print, mail or share page: a window
    it opens is the item's page."""
    text = (node.text(deep=True) or "").strip()
    return headline_text(text) and not _TOOL_PAGE.search(address)


def headline_text(text: str) -> bool:
    """Words a link reads as an item's headline: five or more, no tool's ("In bài viết
    này", "Gửi email", "Xem kết quả")."""
    return len(text) >= 20 and len(text.split()) >= 5 and not _ACTION_TEXT.match(text) and \
        not _TOOL_TEXT.match(text)


#: A tool's words: print, send, share, save, download, vote.
_TOOL_TEXT = re.compile(r"^\W*(?:in|bản\s+in|gửi|chia\s+sẻ|lưu|tải|bình\s+chọn|xem\s+kết\s+quả|"
                        r"print|send|share|e-?mail)\b", re.IGNORECASE)
#: A tool's page: print, mail, share.
_TOOL_PAGE = re.compile(r"(?:^|[/_.?&=-])(?:in[-_]?bai|inbai|in[-_]?tin|print|gui[-_]?(?:bai|tin|"
                        r"email|mail)|guibai|guiemail|sendmail|send[-_]?mail|e-?mail|share)",
                        re.IGNORECASE)


def _opener(params: list[str], body: str, known: dict[str, str]) -> Opener | None:
    """How a function of ``params`` whose ``body`` opens an address builds it from one of
    them (literals around it, the page's string variables read as theirs unless a
    parameter shadows them), or None."""
    window = False
    go = next((m for m in (p.search(body) for p in _OPENS) if m is not None), None)
    if go is None:
        go, window = _OPENS_WINDOW.search(body), True
    if go is None:
        return None
    own = {k: v for k, v in known.items() if k not in params}
    parts = _PLUS.split(with_globals(go.group(1).strip(), own))
    at = next((i for i, p in enumerate(parts) if p.strip() in params), -1)
    if at < 0 or any(_unquote(p) is None for i, p in enumerate(parts) if i != at):
        return None
    prefix = "".join(_unquote(p) or "" for p in parts[:at])
    suffix = "".join(_unquote(p) or "" for p in parts[at + 1:])
    if prefix and not _addressish(prefix):
        return None
    return Opener(prefix, suffix, params.index(parts[at].strip()), window)


def page_functions(code: str) -> dict[str, Opener]:
    """Functions that open an address built from one of their parameters: ``{"goPage":
    Opener("/thoi-su/p/", "", 0)}``, declared (``function goPage(p, …) {…}``) or assigned
    (``var goPage = function(p) {…}``, ``(p) => {…}``). The page's string variables in the
    address read as their values (``rootUrl + 'tin/' + id``)."""
    found: dict[str, Opener] = {}
    known = script_globals(code)
    for match in _PAGE_FUNCTION.finditer(code):
        params = [p.strip() for p in match.group(2).split(",") if p.strip()]
        body = code[match.end():match.end() + 600].split("}", 1)[0]
        opener = _opener(params, body, known) if params else None
        if opener is not None:
            found[match.group(1)] = opener
    for name, param, body in _one_parameter_functions(code):
        opener = _opener([param], body, known) if name not in found else None
        if opener is not None and not opener.window and _addressish(opener.prefix):
            found[name] = opener
    return found


#: a page function's line setting a form field to its parameter:
#: ``document.getElementById('…_pageindex').value = p``, ``$('#pageindex').val(p)``
_SETS_FIELD = re.compile(r"""getElementById\(\s*['"]([\w$:.-]{1,200})['"]\s*\)\.value\s*=\s*"""
                         r"""([A-Za-z_$][\w$]*)|\$\(\s*['"]#([\w$:.-]{1,200})['"]\s*\)\.val\(\s*"""
                         r"""([A-Za-z_$][\w$]*)\s*\)""")
_SUBMITS = re.compile(r"\.submit\(\s*\)")


def field_setters(code: str) -> dict[str, str]:
    """Functions of one parameter that put it in a form field and submit the form (a
    portlet's pager: ``function goPage(p) { getElementById('…_pageindex').value = p;
    getElementById('…_fm').submit(); }``): ``{"goPage": "…_pageindex"}`` (the field's id)."""
    found: dict[str, str] = {}
    if ".submit(" not in code:
        return found
    for name, param, body in _one_parameter_functions(code):
        if not _SUBMITS.search(body):
            continue
        for sets in _SETS_FIELD.finditer(body):
            field, value = (sets.group(1), sets.group(2)) if sets.group(1) else \
                (sets.group(3), sets.group(4))
            if value == param:
                found[name] = field
                break
    return found


def field_calls(body: LexborNode, scripts: str) -> Iterator[tuple[LexborNode, str, str]]:
    """Elements whose ``onclick`` calls a :func:`field_setters` function: (the element, the
    field's id, the value put in it)."""
    functions: dict[str, str] | None = None
    for node in body.css("[onclick]"):
        call = _CALL.match(node.attributes.get("onclick") or "")
        if call is None:
            continue
        if functions is None:
            functions = field_setters(scripts)
            if not functions:
                return
        field = functions.get(call.group(1))
        if field is not None:
            yield node, field, call.group(2) or call.group(3) or call.group(4) or ""


def _unquote(term: str) -> str | None:
    term = term.strip()
    if len(term) >= 2 and term[0] == term[-1] and term[0] in "'\"":
        return term[1:-1]
    return None


def navigations(body: LexborNode, scripts: str) -> Iterator[tuple[LexborNode, str]]:
    """Elements without a link that open an address when clicked, with the address:
    ``onclick`` assignments of ``location``, calls of a page function the scripts define,
    ``data-href`` / ``data-link`` buttons."""
    functions: dict[str, Opener] | None = None   # read once, when needed
    for node in body.css("[onclick]"):
        if not _linkless(node):
            continue
        code = node.attributes.get("onclick") or ""
        go = _GO.search(code) if "location" in code else None
        if go is not None:
            target = _literal(go, 1) if go.group(1) or go.group(2) else _literal(go, 3)
            if target and _addressish(target):
                yield node, target
            continue
        opened = _WINDOW_OPEN.search(code) if "window.open" in code else None
        if opened is not None:
            target = _literal(opened, 1)
            if target and _addressish(target) and _headline_like(node, target):
                yield node, target
            continue
        call = _ANY_CALL.match(code)
        if call is None:
            continue
        if functions is None:
            functions = page_functions(scripts) if "location" in scripts or \
                "window.open" in scripts else {}
        opener = functions.get(call.group(1))
        if opener is not None:
            args = _arguments(call.group(2))
            if opener.at < len(args) and args[opener.at][0] == "value":
                target = f"{opener.prefix}{args[opener.at][1]}{opener.suffix}"
                if not opener.window or _headline_like(node, target):
                    yield node, target
    for node in body.css("[data-href], [data-link]"):
        if node.tag == "a" and node.attributes.get("href") not in (None, "", "#"):
            continue
        target = node.attributes.get("data-href") or node.attributes.get("data-link") or ""
        if target and _addressish(target.strip()):
            yield node, target.strip()


def htmx_addresses(body: LexborNode) -> Iterator[str]:
    """The addresses htmx requests from elements with no link of their own (a "Xem thêm"
    button's next page, an infinite list's sentinel): fragments of the list, or its next
    page, read as a list's load-more answers."""
    for node in body.css("[hx-get], [data-hx-get]"):
        trigger = (node.attributes.get("hx-trigger") or node.attributes.get("data-hx-trigger")
                   or "").lower()
        # (each event's name, its modifiers aside: "intersect once threshold:0.5")
        events = {part.split()[0] for part in trigger.split(",") if part.split()} or {"click"}
        if not _linkless(node) or node.tag in _HTMX_FIELDS or not events <= _HTMX_EVENTS:
            continue
        target = htmx_address(node)
        if target is None:
            continue
        path, _, query = target.partition("#")[0].partition("?")
        paged = PAGE_SEGMENT.search(path) is not None or any(
            PAGE_KEY.match(key) or _KEYSET_KEY.match(key) for key, _ in parse_qsl(query))
        # (a list's end scrolled into view pages it; a click, when the control says "Xem
        # thêm" or a page's number, or its address names a page; a list loaded with the page
        # when its address does — not a "Thích" button's action, not a counter's "load")
        words = " ".join((node.text(deep=True) or "").split())
        if _ACTION_TEXT.match(words):
            continue   # ("Thích", "Bình chọn": an action on an item, whatever its address)
        if events & {"revealed", "intersect"} or (
                "click" in events and (paged or _PAGER_TEXT.match(words)
                                       or LOAD_MORE_CUE.search(words))) or (
                "load" in events and paged):
            yield target


def turbo_frame_addresses(body: LexborNode) -> Iterator[str]:
    """The addresses of Hotwire Turbo frames loaded from elsewhere (``<turbo-frame
    src="…?trang=2" loading="lazy">``, an infinite list's next chunk holding the frame of the
    one after): read as a list's load-more answers."""
    for node in body.css("turbo-frame[src]"):
        src = (node.attributes.get("src") or "").strip()
        if src and _addressish(src):
            yield src


#: A control's words that act on an item rather than page a list.
_ACTION_TEXT = re.compile(r"^(?:thích|bỏ\s+thích|bình\s+chọn|like|vote|theo\s+dõi|lưu(?:\s+tin)?|"
                          r"chia\s+sẻ|share|báo\s+cáo)\b", re.IGNORECASE)
#: A control's words that page a list: "Xem thêm", "Tải thêm", a page's number, "»".
_PAGER_TEXT = re.compile(r"^(?:\d{1,4}|[»›>]+|trang\s+sau|sau|tiếp)$", re.IGNORECASE)
#: A query key a keyset pages a list by (the page numbers and offsets are ``PAGE_KEY``'s).
_KEYSET_KEY = re.compile(r"^(?:(?:next_?)?cursor|after|before|truoc|sau|last_?id|max_?id)$",
                         re.IGNORECASE)
#: Elements whose htmx request answers what a reader types or picks (a search box).
_HTMX_FIELDS = frozenset({"input", "select", "textarea", "form"})
#: The events that page a list: a click (the default), the list's end scrolled into view,
#: the page's load (a lazy list) — not polling ("every 30s") or a key typed.
_HTMX_EVENTS = frozenset({"click", "revealed", "intersect", "load"})


def htmx_address(node: LexborNode) -> str | None:
    """The address htmx requests from an element: its ``hx-get`` with the values of its
    ``hx-vals`` (a JSON object; not a script's ``js:`` one) added to the query."""
    attrs = node.attributes
    target = (attrs.get("hx-get") or attrs.get("data-hx-get") or "").strip()
    if not target or not _addressish(target):
        return None
    raw = (attrs.get("hx-vals") or attrs.get("data-hx-vals") or "").strip()
    if not raw:
        return target
    try:
        values = json.loads(raw)
    except (ValueError, RecursionError):
        return target   # (a "js:" expression: only a browser has its values)
    if not isinstance(values, dict):
        return target
    pairs = [(str(k), v if isinstance(v, str) else json.dumps(v))
             for k, v in values.items() if not isinstance(v, dict | list)]
    if not pairs:
        return target
    head, hash_sep, fragment = target.partition("#")   # (the values go before a fragment)
    return head + ("&" if "?" in head else "?") + urlencode(pairs) + hash_sep + fragment


#: A script's request helper called with an object of options (Liferay 6.2's deferred
#: portlet, AlloyUI's and jQuery's requests).
_AJAX_CALL = re.compile(r"(?:Liferay\.Portlet\.addHTML|A\.io\.request|(?:\$|jQuery)\.(?:ajax|get))"
                        r"\s*\(")
_OPTION_URL = re.compile(r"""\burl\s*:\s*(?:'((?:[^'\\\n]|\\.){1,400})'|"""
                         r""""((?:[^"\\\n]|\\.){1,400})")""")
_OPTION_DATA = re.compile(r"\bdata\s*:\s*\{([^{}]{0,4000})\}")
_OPTION_POST = re.compile(r"""\b(?:type|method)\s*:\s*['"]post['"]""", re.IGNORECASE)
_DATA_PAIR = re.compile(r"""['"]?([\w$-]{1,60})['"]?\s*:\s*(?:'((?:[^'\\\n]|\\.){0,2000})'|"""
                        r""""((?:[^"\\\n]|\\.){0,2000})"|(true|false|-?\d{1,12}))""")


#: jQuery's ``.load("address")`` filling a box with a fragment (a tab's list).
_JQUERY_LOAD = re.compile(r"""\.load\(\s*(?:'((?:[^'\\\n]|\\.){1,400})'|"""
                          r""""((?:[^"\\\n]|\\.){1,400})")\s*[,)]""")


def jquery_loads(scripts: str) -> list[str]:
    """The addresses inline scripts load into the page's boxes with jQuery's ``.load()``, as
    literals (escapes undone: ``$("#tcs-8").load("\x2findex.php?…&op=block_tcs")``)."""
    found: list[str] = []
    for match in list(_JQUERY_LOAD.finditer(scripts))[:60]:
        target = _unescape(_literal(match, 1)).strip().split(" ", 1)[0]
        if re.match(r"\s*\{", scripts[match.end():match.end() + 40]) or \
                _NOT_A_LIST.search(target):
            continue   # (data to POST with it; a script, a file; a counter's, a vote's hit)
        if _addressish(target, rooted=True) and target not in found:
            found.append(target)
    return found


#: An address no list is loaded from: a script, a style, a file; a counter or a vote; a
#: sign-out (ASP.NET's ``Logout.aspx``) or a session's keep-alive.
_NOT_A_LIST = re.compile(r"\.(?:js|css|pdf|docx?|xlsx?|zip|rar|jpe?g|png|gif|svg|mp[34])(?:[?#]|$)|"
                         r"counter|visitor|[?&]action=(?:add|vote|like|hit|count)|/vote|/like|"
                         r"log-?out|log-?off|sign-?out|keep-?alive|"
                         r"(?:^|[/?&=._-])dang-?xuat(?:$|[/?.#&=_])", re.IGNORECASE)
#: A request that changes something rather than lists: a counter's hit, a vote, a
#: sign-out, a session's keep-alive — by its address or its method's name, its words run
#: together or not ("TangLuotXem", "BinhChon", "DangXuat", "Visitor/Counter").
_CHANGES_STATE = re.compile(r"counter|visitor|vote|voting|poll|like|rating|logout|logoff|"
                            r"signout|login|signin|register|keepalive|session|tangluot|luotxem|"
                            r"luottruycap|demluot|binhchon|dangxuat|dangnhap|dangky|comment|"
                            r"binhluan|subscri|newsletter|sendmail|viewcount|delete|increment|"
                            # statistics hits, click trackers, surveys and feedback, updates
                            r"statistic|thongke|tracking|click|khaosat|traloi|gopy|capnhat|"
                            r"postviews|luotdoc|danhgia|"
                            # page views, visits and users online; beacons; surveys; a
                            # reader's question sent
                            r"pageview|setview|increaseview|tangview|countview|viewed|visit|"
                            r"useronline|online\.|truycap|beacon|survey|datcauhoi|guicauhoi|"
                            r"reaction|bookmark",
                            re.IGNORECASE)
#: Verbs of a request that writes, as words of its name or address ("nv_comment_del",
#: "/mb.mbmessage/add-message", "updateViewCount").
_WRITING_VERBS = frozenset({"del", "delete", "add", "insert", "update", "edit", "remove",
                            "xoa", "them", "sua", "send", "gui", "report", "rate", "save",
                            "post", "submit", "count", "hit", "luu", "track", "log",
                            "increase", "answer", "online", "react", "unpublish",
                            "password", "like"})
#: A request that reads: a list, a page of items, a search (a script's POST is made only
#: when its address or data says so).
_READ_WORDS = re.compile(r"(?<![a-z])(?:list|danh ?sach|ds\b|get|lay|tim(?: ?kiem|\b)|search|"
                         r"load|xem|fetch|page|trang|more|offset|query|item|paging|"
                         r"phan ?trang|numrow|cat ?id|limit|chuyen ?muc|so ?luong|rows?\b|"
                         r"start\b|length\b)")


def _reads(text: str) -> bool:
    """The words of an address or its data name a read (a list, a page of items, a
    search), each opening a word ("getItems", "loadmore", "danh-sach"; not "widget" or
    "timestamp")."""
    words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", text).lower()
    return _READ_WORDS.search(" ".join(re.split(r"[^a-z0-9]+", words))) is not None


def _changes_state(*names: str) -> bool:
    """Whether a request's address, data or method names something it changes: a counter's
    hit, a vote, a comment, a sign-in or -out, a subscription (``_CHANGES_STATE``), or a
    writing verb as a word of its own (``_WRITING_VERBS``)."""
    for name in names:
        if _CHANGES_STATE.search(re.sub(r"[-_\s]", "", name)):
            return True
        words = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()
        if not _WRITING_VERBS.isdisjoint(re.split(r"[^a-z0-9]+", words)):
            return True
    return False


def changes_state(address: str) -> bool:
    """Whether an address names something it changes (see :func:`_changes_state`): a
    postback's target page, "/Admin/XoaTin.aspx?id=5", is never posted to."""
    return _changes_state(unquote(address))


def ajax_requests(scripts: str) -> list[str]:
    """The GET addresses of the page's script requests whose options are all literals: a
    ``url`` and a ``data`` object (``Liferay.Portlet.addHTML({data: {p_p_id: '101_…', …},
    url: '\x2fc\x2fportal\x2frender_portlet'})``, ``$.ajax({url: '/tin/them', data: {page:
    2}})``): the url with the data as its query. A POST's is left (its answer is no page's),
    as is an option a script computes."""
    found: list[str] = []
    for call in list(_AJAX_CALL.finditer(scripts))[:50]:
        options = _call_arguments(scripts, call.end())
        url = _OPTION_URL.search(options)
        if url is None or _OPTION_POST.search(options):
            continue   # (a POST anywhere in the call's options: a vote, a form's answer)
        target = _unescape(_literal(url, 1)).strip()
        if not _addressish(target, rooted=True):
            continue
        pairs = _literal_pairs(options)
        if pairs is None:
            continue   # (a value the script computes: its request is not known)
        head, sep, fragment = target.partition("#")
        if pairs:
            head += ("&" if "?" in head else "?") + urlencode(pairs)
        if head not in found:
            found.append(head + sep + fragment)
    return found


def _literal_pairs(options: str) -> list[tuple[str, str]] | None:
    """A call's ``data: {…}`` object as pairs, when every value is a literal; None when
    the script computes one (its request is not known)."""
    data = _OPTION_DATA.search(options)
    pairs = []
    for item in _top_level_items(data.group(1) if data else ""):
        pair = _DATA_PAIR.fullmatch(item)
        if pair is None:
            return None
        value = pair.group(2) if pair.group(2) is not None else (
            pair.group(3) if pair.group(3) is not None else pair.group(4))
        pairs.append((pair.group(1), _unescape(value or "")))
    return pairs


#: A script request, as the page's script makes it: method, address, headers, form pairs
#: (a POST's) and JSON body.
Call = tuple[str, str, dict[str, str], list[tuple[str, str]], str | None]

#: DNN's Services Framework: ``var sf = $.ServicesFramework(512);``, and a call's address
#: built on it, ``sf.getServiceRoot('TTS.TinCoSo') + "TinBai/MoiNhat"``.
_DNN_SF = re.compile(r"\b([\w$]+)\s*=\s*(?:\$|jQuery)\.ServicesFramework\(\s*(\d{1,9})\s*\)")
_DNN_ROOT = re.compile(r"""\burl\s*:\s*([\w$]+)\.getServiceRoot\(\s*['"]([\w.\-]{1,80})['"]\s*\)"""
                       r"""\s*\+\s*(?:'([^'\\\n]{0,200})'|"([^"\\\n]{0,200})")""")
_JSON_HEADERS = {"X-Requested-With": "XMLHttpRequest",
                 "Accept": "application/json, text/javascript, */*; q=0.01"}


def dnn_service_calls(scripts: str, variable: str) -> list[Call]:
    """Requests made through DNN's Services Framework, as ``dnn.servicesframework.js``
    makes them: ``$.ajax({url: sf.getServiceRoot('<Module>') + '<path>', data: {…}, beforeSend:
    sf.setModuleHeaders})`` on ``var sf = $.ServicesFramework(<moduleId>)`` is a GET of
    ``<sf_siteRoot>DesktopModules/<Module>/API/<path>?<data>`` (a POST of the data when the
    call says so) with the headers ``ModuleId`` and ``TabId`` (the page's ``sf_tabId``);
    ``variable``: the page's ``__dnnVariable`` (JSON, backticks for quotes)."""
    modules = dict((m.group(1), m.group(2)) for m in _DNN_SF.finditer(scripts))
    if not modules:
        return []
    try:
        state = json.loads(variable.lstrip("`").replace("`", '"')) if variable else {}
    except ValueError:
        state = {}
    root = str(state.get("sf_siteRoot") or "/") if isinstance(state, dict) else "/"
    tab = str(state.get("sf_tabId") or "") if isinstance(state, dict) else ""
    found: list[Call] = []
    for call in list(_AJAX_CALL.finditer(scripts))[:50]:
        options = _call_arguments(scripts, call.end())
        url = _DNN_ROOT.search(options)
        if url is None or url.group(1) not in modules:
            continue
        pairs = _literal_pairs(options)
        if pairs is None:
            continue
        path = _unescape(_literal(url, 3)).lstrip("/")
        if _changes_state(path, url.group(2)):
            continue   # (a counter's hit, a vote: no list)
        address = f"{root.rstrip('/')}/DesktopModules/{url.group(2)}/API/{path}"
        headers = {**_JSON_HEADERS, "ModuleId": modules[url.group(1)]}
        if tab:
            headers["TabId"] = tab
        if _OPTION_POST.search(options):
            found.append(("POST", address, headers, pairs, None))
        else:
            query = ("&" if "?" in address else "?") + urlencode(pairs) if pairs else ""
            found.append(("GET", address + query, headers, [], None))
    return found


#: tagDiv's blocks: ``var block_tdi_41 = new tdBlock();`` and each property an inline
#: script sets (``block_tdi_41.atts = '{…}';``).
_TD_BLOCK = re.compile(r"\bvar\s+([\w$]+)\s*=\s*new\s+tdBlock\s*\(\s*\)")
_TD_PROP = (r"\b{name}\.(\w+)\s*=\s*(?:'((?:[^'\\\n]|\\.){{0,4000}})'|"
            r"\"((?:[^\"\\\n]|\\.){{0,4000}})\")")
_TD_URL = re.compile(r"""\btd_ajax_url\s*=\s*(?:'([^'\n]{1,400})'|"([^"\n]{1,400})")""")
_TD_NONCE = re.compile(r"""\btdBlockNonce\s*=\s*(?:'([^'\n]{0,100})'|"([^"\n]{0,100})")""")
def td_block_calls(scripts: str, paged: set[str]) -> list[Call]:
    """The second page of tagDiv's blocks (the Newspaper theme) whose next-page control
    the page prints (``paged``: their ``data-td_block_id``) and that have one
    (``max_num_pages``), as ``td_ajax.js`` asks for it: a POST to the ``td_ajax_url`` of
    ``action=td_ajax_block`` with the block's properties and ``td_current_page=2``. (The
    crawl asks for each page after it while the pages show something new.)"""
    where = _TD_URL.search(scripts)
    if where is None or not paged:
        return []
    target = _unescape(_literal(where, 1))
    nonce = _TD_NONCE.search(scripts)
    found: list[Call] = []
    for block in list(_TD_BLOCK.finditer(scripts))[:40]:
        props = {m.group(1): _unescape(_literal(m, 2))
                 for m in re.finditer(_TD_PROP.format(name=re.escape(block.group(1))), scripts)}
        pages = props.get("max_num_pages", "")
        if props.get("id") not in paged or not (pages.isascii() and pages.isdigit()) or \
                len(pages) > 6 or int(pages) < 2:
            continue
        found.append(("POST", target, dict(_JSON_HEADERS), [
            ("action", "td_ajax_block"), ("td_atts", props.get("atts", "")),
            ("td_block_id", props["id"]),
            ("td_column_number", props.get("td_column_number", "")),
            ("td_current_page", "2"), ("block_type", props.get("block_type", "")),
            ("td_filter_value", ""), ("td_user_action", ""),
            ("td_magic_token", _unescape(_literal(nonce, 1)) if nonce else "")], None))
    return found


#: ASP.NET AJAX's page methods proxy: ``PageMethods.set_path("/VanBan.aspx")`` and each
#: method's stub, ``Name:function(nam,succeededCallback, …) {return this._invoke(
#: this._get_path(), 'Name',false,{nam:nam},…)``.
_PM_PATH = re.compile(r"""PageMethods\.set_path\(\s*(?:'([^'\n]{1,300})'|"([^"\n]{1,300})")""")
_PM_STUB = re.compile(r"(\w{1,80})\s*:\s*function\s*\(([\w$,\s]{0,300})\)\s*\{\s*return\s+this\."
                      r"_invoke\(\s*this\._get_path\(\)\s*,\s*['\"](\w{1,80})['\"]\s*,\s*(true|false)")
_PM_CALL = re.compile(r"\bPageMethods\.(\w{1,80})\s*\(")
#: A function of the page's own, its parameters and its body (one level of braces).
_PAGE_FUNCTION = re.compile(r"\bfunction\s+(\w{1,80})\s*\(([\w$,\s]{0,300})\)\s*\{")
_ARGUMENT = re.compile(r"""\s*(?:'((?:[^'\\\n]|\\.){0,400})'|"((?:[^"\\\n]|\\.){0,400})"|"""
                       r"""(-?\d{1,12}(?:\.\d+)?|true|false|null)|([\w$]{1,80}))\s*""")


def _arguments(text: str) -> list[tuple[str, object]]:
    """A call's arguments as ("value", literal) or ("name", identifier) items."""
    out: list[tuple[str, object]] = []
    for item in _top_level_items(text):
        m = _ARGUMENT.fullmatch(item)
        if m is None:
            out.append(("other", item))
        elif m.group(4) is not None:
            out.append(("name", m.group(4)))
        elif m.group(3) is not None:
            try:
                out.append(("value", json.loads(m.group(3))))
            except ValueError:   # ("08": a number JavaScript reads, JSON does not)
                out.append(("value", m.group(3)))
        else:
            out.append(("value", _unescape(_literal(m, 1))))
    return out


def page_method_calls(scripts: str, handlers: list[str]) -> list[Call]:
    """ASP.NET AJAX page methods called with literal arguments, as the ScriptManager's
    proxy calls them: in an inline script (``PageMethods.Name(2024, cb)``), or through a
    page function an event handler calls with them (``onclick="taiVanBan(2024)"`` and
    ``function taiVanBan(nam) {… PageMethods.Name(nam, cb);}``; ``handlers``: the page's
    event handlers' code): a POST of ``<path>/<Name>`` with the JSON object of the
    parameters (a GET with JSON-encoded query values when the proxy says ``useGet``)."""
    where = _PM_PATH.search(scripts)
    if where is None:
        return []
    path = _unescape(_literal(where, 1))
    stubs = {m.group(3): ([p.strip() for p in m.group(2).split(",") if p.strip()],
                          m.group(4) == "true") for m in _PM_STUB.finditer(scripts)}
    if not stubs:
        return []
    calls: list[tuple[str, list[object]]] = []
    # literal calls in the scripts
    for m in _PM_CALL.finditer(scripts):
        if m.group(1) in stubs:
            items = _arguments(_call_arguments(scripts, m.end()))
            wanted = max(0, len(stubs[m.group(1)][0]) - 3)   # (less the callbacks, context)
            if len(items) >= wanted and all(kind == "value" for kind, _ in items[:wanted]):
                calls.append((m.group(1), [v for _, v in items]))
    # page functions passing their parameters on, called with literals by a handler
    for fn in _PAGE_FUNCTION.finditer(scripts):
        params = [p.strip() for p in fn.group(2).split(",") if p.strip()]
        inner = _call_arguments(scripts, fn.end(), limit=4000)   # (its body)
        for m in _PM_CALL.finditer(inner):
            if m.group(1) not in stubs:
                continue
            passed = _arguments(_call_arguments(inner, m.end()))
            for code in handlers:
                for use in re.finditer(rf"\b{re.escape(fn.group(1))}\s*\(", code):
                    given = _arguments(_call_arguments(code, use.end()))
                    if not given or any(kind != "value" for kind, _ in given):
                        continue
                    values = dict(zip(params, (v for _, v in given), strict=False))
                    calls.append((m.group(1), [values.get(str(v)) if kind == "name" else v
                                                for kind, v in passed]))
    found: list[Call] = []
    for name, args in calls[:50]:
        if _changes_state(name):
            continue   # ("BinhChon", "TangLuotXem", "DangXuat": no list)
        params, use_get = stubs[name]
        params = params[:max(0, len(params) - 3)]   # (the callbacks and context last)
        if len(args) < len(params) or any(a is None for a in args[:len(params)]):
            continue
        data = dict(zip(params, args[:len(params)], strict=True))
        address = f"{path.rstrip('/')}/{name}"
        headers = dict(_JSON_HEADERS)
        if use_get:
            query = urlencode([(k, json.dumps(v)) for k, v in data.items()])
            call: Call = ("GET", address + (f"?{query}" if query else ""), headers, [], None)
        else:
            call = ("POST", address, headers, [], json.dumps(data, ensure_ascii=False))
        if call not in found:
            found.append(call)
    return found


#: A ScriptManager's service proxy's address: ``Services/VanBanService.asmx/js``.
_PROXY_SRC = re.compile(r"(?:^|/)([A-Za-z_]\w{0,80})\.(?:asmx|svc)/js(?:debug)?(?:[?#]|$)",
                        re.IGNORECASE)
#: A service proxy's path: ``VanBanService.set_path("/Services/VanBanService.asmx");``.
_PROXY_PATH = re.compile(r"\b(\w{1,80})\.set_path\(\s*(?:'([^'\n]{1,300})'|"
                         r"\"([^\"\n]{1,300})\")\s*\)")


def proxy_service(src: str) -> str | None:
    """The service a ScriptManager's proxy script names (``…/VanBanService.asmx/js`` →
    "VanBanService"), or None for another script."""
    m = _PROXY_SRC.search(src.strip())
    return m.group(1) if m is not None else None


def proxy_uses(code: str, service: str) -> list[tuple[str, list[object]]]:
    """The calls ``<service>.<Method>(literals…, callbacks)`` in ``code`` (a page's event
    handlers or a proxy's answer): the method and its literal arguments, each once, never
    one naming a write."""
    found: list[tuple[str, list[object]]] = []
    pattern = re.compile(rf"(?<![\w$.]){re.escape(service)}\.(\w{{1,80}})\s*\(")
    for m in itertools.islice(pattern.finditer(code), 400):
        if m.group(1).startswith(("set_", "get_")) or _changes_state(m.group(1)):
            continue
        args = _arguments(_call_arguments(code, m.end(), limit=600))
        literals = list(itertools.takewhile(lambda a: a[0] == "value", args))
        use = (m.group(1), [v for _, v in literals])
        if literals and use not in found and len(found) < 200:
            found.append(use)
    return found


def proxy_stubs(js: str) -> tuple[str | None, dict[str, tuple[list[str], bool]]]:
    """A ScriptManager proxy's path and its methods' parameters (without the callbacks and
    the context) and whether each is sent as a GET."""
    where = _PROXY_PATH.search(js)
    path = _unescape(_literal(where, 2)) if where is not None else None
    stubs = {m.group(3): ([p.strip() for p in m.group(2).split(",") if p.strip()][:-3],
                          m.group(4) == "true") for m in _PM_STUB.finditer(js[:2_000_000])}
    return path, stubs


def proxy_call(path: str, method: str, params: list[str], use_get: bool,
               args: list[object]) -> Call | None:
    """The request a ScriptManager proxy makes for ``method`` with ``args``: a POST of
    ``<path>/<method>`` with the JSON object of its parameters (a GET with JSON-encoded
    query values when the proxy says so)."""
    if len(args) < len(params) or _changes_state(method):
        return None
    data = dict(zip(params, args[:len(params)], strict=True))
    address = f"{path.rstrip('/')}/{method}"
    if use_get:
        query = urlencode([(k, json.dumps(v)) for k, v in data.items()])
        return ("GET", address + (f"?{query}" if query else ""), dict(_JSON_HEADERS), [], None)
    return ("POST", address, dict(_JSON_HEADERS), [], json.dumps(data, ensure_ascii=False))


#: SharePoint's REST API from the page's context: ``_spPageContextInfo.webServerRelativeUrl
#: + "/_api/web/lists/getbytitle('Trang')/items?…"``.
_SP_REST = re.compile(r"_spPageContextInfo\.(webServerRelativeUrl|webAbsoluteUrl|"
                      r"siteServerRelativeUrl|siteAbsoluteUrl)\s*\+\s*(?:'((?:[^'\\\n]|\\.)"
                      r"{1,600})'|\"((?:[^\"\\\n]|\\.){1,600})\")")
_SP_CONTEXT = re.compile(r"_spPageContextInfo\s*=\s*\{")
_SP_ACCEPT = re.compile(r"""["']?Accept["']?\s*:\s*["']([^"']{1,100})["']""")


def sharepoint_rest_calls(scripts: str) -> list[Call]:
    """SharePoint's REST API as vendor scripts call it: an address written
    ``_spPageContextInfo.webServerRelativeUrl + '/_api/…'`` (the context read from the
    page's ``var _spPageContextInfo = {…};``), asked for with the script's Accept header
    (``application/json;odata=verbose`` when it gives none); each row's ``FileRef`` and the
    answer's ``__next`` are read from the JSON answer."""
    found: list[Call] = []
    info: object = {}
    context = _SP_CONTEXT.search(scripts)
    if context is not None:
        try:   # (one object, read from its brace: no pattern over the rest of the script)
            info = json.JSONDecoder().raw_decode(scripts, context.end() - 1)[0]
        except ValueError:
            info = {}
    accept = _SP_ACCEPT.search(scripts)
    headers = {"Accept": accept.group(1) if accept and "odata" in accept.group(1)
               else "application/json;odata=verbose", "X-Requested-With": "XMLHttpRequest"}
    for m in list(_SP_REST.finditer(scripts))[:20]:
        if scripts[m.end():m.end() + 8].lstrip().startswith("+"):
            continue   # (the address goes on with what the script computes: not known)
        base = str(info.get(m.group(1)) or "") if isinstance(info, dict) else ""
        tail = _unescape(_literal(m, 2))
        if "/_api/" not in tail or _changes_state(tail):
            continue
        address = base.rstrip("/") + tail
        call: Call = ("GET", address, dict(headers), [], None)
        if call not in found:
            found.append(call)
    return found


#: JW Player's playlist address: ``jwplayer("id").setup({playlist: "/media/….json", …})``.
_JW_PLAYLIST = re.compile(r"""jwplayer\([^)]{0,80}\)\s*\.setup\(\s*\{[^{}]{0,2000}?"""
                          r"""\bplaylist\s*:\s*(?:'([^'\n]{1,400})'|"([^"\n]{1,400})")""")


def jw_playlists(scripts: str) -> list[str]:
    """The playlist a JW Player setup names as an address (a JSON or RSS playlist: a
    station's bulletins, each item's ``link`` its page)."""
    return [target for m in _JW_PLAYLIST.finditer(scripts)
            if _addressish(target := _unescape(_literal(m, 1)).strip(), rooted=True)]


#: ``Liferay.Service('/vnpt.tinbai/lay-tin-theo-chu-de', {…}, callback)``.
_LR_SERVICE = re.compile(r"\bLiferay\.Service\(\s*(?:'([\w./-]{3,200})'|\"([\w./-]{3,200})\")\s*,"
                         r"\s*\{")
_THEME_GETTER = re.compile(r"(get\w{1,60})\s*:\s*function\s*\(\)\s*\{\s*return\s*"
                           r"(?:\"([^\"\n]{0,200})\"|'([^'\n]{0,200})'|(-?\d{1,15}))\s*;?\s*\}")
_LR_TOKEN = re.compile(r"Liferay\.authToken\s*=\s*(?:\"([^\"\n]{1,80})\"|'([^'\n]{1,80})')")
_THEME_CALL = re.compile(r"^themeDisplay\.(get\w{1,60})\(\)$")
#: A JSON web service's method that reads: Liferay's "get-…", "search-…", "fetch-…", a
#: vendor's "lay-…" (lấy), "tim-…", "danh-sach-…".
_READING_METHOD = re.compile(r"^(?:get|search|fetch|find|list|lay|tim|danh-sach|doc)(?:-|$)",
                             re.IGNORECASE)


def liferay_service_calls(scripts: str) -> list[Call]:
    """Liferay's JSON web services as ``service.js`` calls them: ``Liferay.Service(
    '/<context>.<entity>/<method>', {payload}, callback)`` whose values are literals or what
    the page's ``themeDisplay`` answers: a POST to ``<path context>/api/jsonws/invoke`` of
    ``cmd`` (the JSON ``{"/<path>": {payload}}``) and ``p_auth`` (``Liferay.authToken``)."""
    token = _LR_TOKEN.search(scripts)
    theme = _theme_display(scripts)
    found: list[Call] = []
    for m in list(_LR_SERVICE.finditer(scripts))[:20]:
        path = _literal(m, 1)
        if not _READING_METHOD.match(path.rsplit("/", 1)[-1]) or _changes_state(path):
            continue   # (a service that reads: "get-…", "lay-…", "search-…" — never one
            # that adds, updates, deletes or counts, with the page's token)
        payload = _payload(_call_arguments(scripts, m.end(), limit=4000), theme)
        if payload is None:
            continue
        context = str(theme.get("getPathContext") or "")
        fields = [("cmd", json.dumps({path: payload}, ensure_ascii=False))]
        if token:
            fields.append(("p_auth", _literal(token, 1)))
        found.append(("POST", f"{context.rstrip('/')}/api/jsonws/invoke",
                      dict(_JSON_HEADERS), fields, None))
    return found


def _theme_display(scripts: str) -> dict[str, str]:
    """What the page's ``Liferay.ThemeDisplay`` getters answer: ``{"getScopeGroupId":
    "20121", …}``."""
    return {m.group(1): (m.group(2) if m.group(2) is not None else m.group(3)
                         if m.group(3) is not None else m.group(4))
            for m in _THEME_GETTER.finditer(scripts)}


def _payload(text: str, theme: dict[str, str]) -> dict[str, object] | None:
    """An object literal's body as a dict, when every value is a literal or what the page's
    ``themeDisplay`` answers; None when the script computes one."""
    payload: dict[str, object] = {}
    for item in _top_level_items(text):
        key, _, value = item.partition(":")
        key, value = key.strip().strip("'\""), value.strip()
        got = _THEME_CALL.match(value)
        if got is not None and got.group(1) in theme:
            raw = theme[got.group(1)]
            payload[key] = int(raw) if raw.lstrip("-").isdigit() else raw
            continue
        args = _arguments(value)
        if len(args) != 1 or args[0][0] != "value" or not key:
            return None
        payload[key] = args[0][1]
    return payload


#: ``Liferay.Util.fetch(resourceURL, {`` (a literal address, or a variable holding one).
_LR_FETCH = re.compile(r"\bLiferay\.Util\.fetch\(\s*(?:'([^'\n]{1,800})'|\"([^\"\n]{1,800})\"|"
                       r"([A-Za-z_$][\w$]{0,60}))\s*,\s*\{")
#: ``Liferay.Util.ns('_portlet_INSTANCE_x_', {`` (the portlet's namespace for its fields).
_LR_NS = re.compile(r"Liferay\.Util\.ns\(\s*(?:'([\w$-]{1,160})'|\"([\w$-]{1,160})\")\s*,\s*\{")
_METHOD_OPTION = re.compile(r"\bmethod\s*:\s*['\"](\w{3,7})['\"]")
#: A portlet resource's id in its address (``p_p_resource_id=/chuyen-de/danh-sach``).
_RESOURCE_ID = re.compile(r"[?&]p_p_resource_id=([^&#]{1,120})")
#: A resource id naming a read: a list, a search, a page of items ("danh-sach", "getList",
#: "lay-tin", "tim-kiem", "load-more", "xem-them").
_READING_RESOURCE = re.compile(r"danh-?sach|list|get|lay|tim|search|load|xem|fetch|page|"
                               r"trang|find|doc(?:-|$)", re.IGNORECASE)


def liferay_fetch_calls(scripts: str) -> list[Call]:
    """Liferay 7's client fetch of a portlet's resource, as ``Liferay.Util.fetch`` makes
    it: ``Liferay.Util.fetch(<url>, {method: 'POST', body: Liferay.Util.objectToFormData(
    Liferay.Util.ns('<namespace>', {payload}))})`` — <url> a literal or a variable the page
    declares with one, the payload's values literals or what ``themeDisplay`` answers — is
    the form of the payload's fields, each named with the namespace (the portlet reads no
    other), POSTed (a GET's as its query) with the page's ``Liferay.authToken`` as
    ``x-csrf-token``. Never a resource whose address or method name writes."""
    token = _LR_TOKEN.search(scripts)
    theme, names = _theme_display(scripts), _globals(scripts)
    found: list[Call] = []
    for m in list(_LR_FETCH.finditer(scripts))[:20]:
        address = _unescape(m.group(1) or m.group(2) or "") or names.get(m.group(3) or "") or ""
        resource = _RESOURCE_ID.search(unquote(address))
        if not address or not _addressish(address, rooted=True) or resource is None or \
                not _READING_RESOURCE.search(resource.group(1)) or _changes_state(
                    unquote(address), m.group(3) or ""):
            continue   # (only a resource named for reading: "/chuyen-de/danh-sach")
        options = _call_arguments(scripts, m.end(), limit=4000)
        space = _LR_NS.search(options)
        if space is None:
            continue
        payload = _payload(_call_arguments(options, space.end(), limit=4000), theme)
        if payload is None or _changes_state(*map(str, payload), *map(str, payload.values())):
            continue   # (a payload naming a write: "cmd: 'delete'")
        prefix = space.group(1) or space.group(2)
        fields = [(f"{prefix}{key}", _form_value(value)) for key, value in payload.items()]
        stated = _METHOD_OPTION.search(options)
        method = stated.group(1).upper() if stated is not None else "GET"
        headers = {"x-csrf-token": _literal(token, 1)} if token else {}
        if method == "GET":
            joiner = "&" if "?" in address else "?"
            found.append(("GET", f"{address}{joiner}{urlencode(fields)}", headers, [], None))
        elif method == "POST":
            found.append(("POST", address, headers, fields, None))
    return found


def _form_value(value: object) -> str:
    """A payload value as a form sends it: ``true``, ``30``, the text."""
    return json.dumps(value) if isinstance(value, bool) else str(value)


#: Jetpack's Infinite Scroll settings: ``var infiniteScroll = {"settings": {…}};``.
_JETPACK = re.compile(r"\bvar\s+infiniteScroll\s*=\s*(?=\{)")


def jetpack_scroll_calls(scripts: str) -> list[Call]:
    """The first request of Jetpack's Infinite Scroll, as ``infinity.js`` makes it: its
    ``settings.ajaxurl`` (``/?infinity=scrolling``) POSTed with ``action=infinite_scroll``,
    ``page`` = ``settings.offset`` + 1, the day, the order, ``query_args`` in jQuery's
    ``param()`` form (``query_args[cat]=5``), ``query_before`` and ``last_post_date``; the
    pages after it asked for as a paged request is, while each shows something new."""
    match = _JETPACK.search(scripts)
    if match is None:
        return []
    try:
        value, _end = json.JSONDecoder().raw_decode(scripts, match.end())
    except ValueError:
        return []
    settings = value.get("settings") if isinstance(value, dict) else None
    if not isinstance(settings, dict) or not isinstance(settings.get("ajaxurl"), str) or \
            "infinity=scrolling" not in settings["ajaxurl"]:
        return []   # (Jetpack's own endpoint only, never another script's counter)
    offset = settings.get("offset")
    page = offset + 1 if isinstance(offset, int) and 0 <= offset < 10_000 else 1
    fields = [("action", "infinite_scroll"), ("page", str(page))]
    for key in ("currentday", "order"):
        if isinstance(settings.get(key), str):
            fields.append((key, settings[key]))
    fields += _jquery_param("query_args", settings.get("query_args") or {})
    for key in ("query_before", "last_post_date"):
        if isinstance(settings.get(key), str):
            fields.append((key, settings[key]))
    return [("POST", settings["ajaxurl"], {"X-Requested-With": "XMLHttpRequest"}, fields,
             None)]


def _jquery_param(prefix: str, value: object, depth: int = 0) -> list[tuple[str, str]]:
    """``value`` as jQuery's ``$.param`` sends it under ``prefix``: ``a[b]=1``,
    ``a[c][]=2``; true and false as words, null as nothing."""
    if depth > 4:
        return []
    if isinstance(value, dict):
        return [pair for key, inner in list(value.items())[:200]
                for pair in _jquery_param(f"{prefix}[{key}]", inner, depth + 1)]
    if isinstance(value, list):
        return [(f"{prefix}[]", _form_value(v)) for v in value[:200]
                if not isinstance(v, dict | list)]
    return [(prefix, "" if value is None else _form_value(value))]


#: ``Joomla.request({`` (core.js of Joomla 4 and 5).
_JOOMLA_REQUEST = re.compile(r"\bJoomla\.request\(\s*\{")
#: ``var opts = Joomla.getOptions('mod_x')``: a variable holding a group of script options.
_OPTIONS_VAR = re.compile(r"\b(?:var|let|const)\s+([\w$]{1,80})\s*=\s*Joomla\.getOptions\(\s*"
                          r"(['\"])([\w.\-]{1,120})\2\s*\)")
_OPTIONS_CALL = re.compile(r"Joomla\.getOptions\(\s*(['\"])([\w.\-]{1,120})\1\s*\)"
                           r"(?:\.([\w$]{1,80})|\[\s*(['\"])([\w$.\-]{1,80})\4\s*\])")


#: ``Joomla.getOptions('csrf.token')``: a scalar of the script options.
_OPTIONS_SCALAR = re.compile(r"Joomla\.getOptions\(\s*(['\"])([\w.\-]{1,120})\1\s*\)(?![.\[])")


def joomla_scope(scripts: str, options: dict[str, object]) -> dict[str, str]:
    """The expressions of the page's scripts that read its Joomla script options
    (``Joomla.getOptions('mod_x').ajaxUrl``, ``['ajaxUrl']``, ``v.ajaxUrl`` after ``var v =
    Joomla.getOptions('mod_x')``, ``Joomla.getOptions('csrf.token')``), by their text, with
    the values ``options`` (the page's ``joomla-script-options`` JSON) gives."""
    def scalar(value: object) -> str | None:
        return str(value) if isinstance(value, str | int) and not isinstance(value, bool) \
            else None

    scope: dict[str, str] = {}
    for m in itertools.islice(_OPTIONS_CALL.finditer(scripts), 200):
        group = options.get(m.group(2))
        value = scalar(group.get(m.group(3) or m.group(5))) if isinstance(group, dict) else None
        if value is not None:
            scope[m.group(0)] = value
    for m in itertools.islice(_OPTIONS_SCALAR.finditer(scripts), 200):
        value = scalar(options.get(m.group(2)))
        if value is not None:
            scope[m.group(0)] = value
    for m in itertools.islice(_OPTIONS_VAR.finditer(scripts), 50):
        group = options.get(m.group(3))
        for prop, raw in (group.items() if isinstance(group, dict) else ()):
            if (value := scalar(raw)) is not None:
                scope[f"{m.group(1)}.{prop}"] = value
    return scope


#: ``var xhr = new XMLHttpRequest();``
_XHR_NEW = re.compile(r"\b(?:var|let|const)\s+([A-Za-z_$][\w$]{0,40})\s*=\s*new\s+XMLHttpRequest"
                      r"\s*\(\s*\)")


def xhr_requests(scripts: str, scope: dict[str, str]) -> list[Call]:
    """Requests a script writes by hand with an ``XMLHttpRequest``: ``V.open(<method>,
    <url>)``, ``V.setRequestHeader(<name>, <value>)`` and ``V.send(<body>)`` after ``var V =
    new XMLHttpRequest()``, their url and body joined from literals, the page's literal
    variables and ``scope`` (its script options' values), made as the browser makes them:
    that method, those headers, the body as it is (a GET's dropped; a string body without
    its own type is sent as text/plain, as a browser sends it). Never one that writes."""
    names = {**_globals(scripts), **scope}
    found: list[Call] = []
    for m in itertools.islice(_XHR_NEW.finditer(scripts), 20):
        var = re.escape(m.group(1))
        region = scripts[m.end():m.end() + 8000]
        opened = re.search(rf"(?<![\w$.]){var}\.open\s*\(", region)
        if opened is None:
            continue
        args = _top_level_items(_call_arguments(region, opened.end(), limit=2000))
        if len(args) < 2:
            continue
        method = (_evaluate(args[0], names) or "").upper()
        address = _evaluate(args[1], names)
        if method not in ("GET", "POST") or not address or \
                not _addressish(address, rooted=True) or not _encodable(address):
            continue
        headers: dict[str, str] = {}
        for h in itertools.islice(re.finditer(rf"(?<![\w$.]){var}\.setRequestHeader\s*\(",
                                              region), 20):
            pair = _arguments(_call_arguments(region, h.end(), limit=600))
            if len(pair) == 2 and all(kind == "value" for kind, _ in pair):
                name, value = str(pair[0][1]), str(pair[1][1])
                if re.fullmatch(r"[\w-]{1,60}", name) and _encodable(value):
                    headers[name] = value
        sent = re.search(rf"(?<![\w$.]){var}\.send\s*\(", region)
        body_expr = _call_arguments(region, sent.end(), limit=2000).strip() if sent else ""
        body = _evaluate(body_expr, names) if body_expr else ""
        if body is None or _changes_state(address, body) or not _encodable(body):
            continue
        if method == "GET":
            if len(_arguments(args[1])) == 1 and _arguments(args[1])[0][0] == "value" and \
                    set(headers) <= {"X-Requested-With"}:
                continue   # (a literal address asked plainly: read as a link elsewhere)
            call: Call = ("GET", address, headers, [], None)
        else:
            if not _reads(f"{address} {body}"):
                continue   # (a POST that does not say it reads: a counter's, a form's)
            if not any(k.lower() == "content-type" for k in headers):
                headers["Content-Type"] = "text/plain;charset=UTF-8"
            call = ("POST", address, headers, [], body)
        if call not in found:
            found.append(call)
    return found


#: A jQuery request whose first argument (or ``url`` option) may be an expression.
_JQ_ANY = re.compile(r"(?:\$|jQuery)\.(ajax|get|getJSON|post)\s*\(")


def evaluated_requests(scripts: str, scope: dict[str, str]) -> list[Call]:
    """jQuery requests (``$.ajax({url, type, data, dataType})``, ``$.get``, ``$.getJSON``,
    ``$.post``) whose address is an expression of literals, the page's literal variables
    and ``scope`` (``dnn.getVar('key')`` read from DNN's ``__dnnVariable``; SharePoint
    2010's ``L_Menu_BaseUrl`` is a variable of its own), made as jQuery makes them: the
    literal data as the query (GET) or a form (POST), with X-Requested-With, and JSON's
    Accept for ``getJSON`` or ``dataType: 'json'``. An address written as one literal is
    read elsewhere (as a plain link); never a request that writes."""
    names = {**_globals(scripts), **scope}
    found: list[Call] = []
    for m in itertools.islice(_JQ_ANY.finditer(scripts), 100):
        args = _top_level_items(_call_arguments(scripts, m.end(), limit=4000))
        if not args:
            continue
        kind, json_answer = m.group(1), m.group(1) == "getJSON"
        if kind == "ajax":
            if not args[0].startswith("{"):
                continue
            opts: dict[str, str] = {}
            for item in _top_level_items(args[0][1:].rstrip().removesuffix("}")):
                key, _, value = item.partition(":")
                opts[key.strip().strip("'\"")] = value.strip()
            url_expr, data_expr = opts.get("url"), opts.get("data")
            method = (_evaluate(opts.get("type") or opts.get("method") or "'GET'", names)
                      or "").upper()
            json_answer = (_evaluate(opts.get("dataType") or "''", names) or "") == "json"
        else:
            url_expr = args[0]
            data_expr = args[1] if len(args) > 1 and not args[1].startswith(
                ("function", "(")) else None
            if data_expr is not None and re.fullmatch(r"[A-Za-z_$][\w$.]*", data_expr) and \
                    data_expr not in names:
                data_expr = None   # (the callback in the data's place: "$.getJSON(u, ve)")
            method = "POST" if kind == "post" else "GET"
        if not url_expr or (len(_arguments(url_expr)) == 1 and _arguments(url_expr)[0][0] \
                == "value") or method not in ("GET", "POST"):
            continue   # (one literal: a plain address, read as such elsewhere)
        address = _evaluate(url_expr, names)
        head, mark, query = (address or "").partition("?")
        if mark and " " not in head:   # (an OData filter's "eq 'Tin bai'": as a browser
            address = head + mark + query.replace(" ", "%20")   # sends it, encoded)
        if not address or not _addressish(address, rooted=True) or not _encodable(address):
            continue
        if data_expr is None:
            pairs: list[tuple[str, str]] | None = []
        elif data_expr.startswith("{"):
            pairs = _literal_pairs(f"data: {data_expr}")
        else:
            text = _evaluate(data_expr, names)
            pairs = None if text is None else parse_qsl(text, keep_blank_values=True)
        if pairs is None or _changes_state(address, *(f"{k}={v}" for k, v in pairs)):
            continue
        headers = {"X-Requested-With": "XMLHttpRequest"}
        if json_answer:
            headers["Accept"] = "application/json, text/javascript, */*; q=0.01"
        if method == "POST" and not _reads(
                " ".join([address, *(f"{k}={v}" for k, v in pairs)])):
            continue   # (a POST that does not say it reads: a survey's answer, a hit)
        if method == "POST":
            call: Call = ("POST", address, headers, pairs, None)
        else:
            joined = address + (("&" if "?" in address else "?") + urlencode(pairs)
                                if pairs else "")
            call = ("GET", joined, headers, [], None)
        if call not in found:
            found.append(call)
    return found


#: ``fetch(<url>, {`` with an options object.
_FETCH_OPTIONS = re.compile(r"\bfetch\(\s*")
_STRINGIFY = re.compile(r"^JSON\.stringify\(\s*\{")


def fetch_json_posts(scripts: str, scope: dict[str, str]) -> list[Call]:
    """``fetch(<url>, {method: 'POST', headers: {…}, body: JSON.stringify({…})})`` as the
    browser makes it: a POST of that JSON (application/json) with the literal headers, the
    url an expression of literals and the page's literal variables, the object's values
    literals. Only a POST saying it reads (a list, a page of items); never one that
    writes."""
    names = {**_globals(scripts), **scope}
    found: list[Call] = []
    for m in itertools.islice(_FETCH_OPTIONS.finditer(scripts), 50):
        args = _top_level_items(_call_arguments(scripts, m.end(), limit=4000))
        if len(args) < 2 or not args[1].startswith("{"):
            continue
        opts: dict[str, str] = {}
        for item in _top_level_items(args[1][1:].rstrip().removesuffix("}")):
            key, _, value = item.partition(":")
            opts[key.strip().strip("'\"")] = value.strip()
        method = (_evaluate(opts.get("method") or "'GET'", names) or "").upper()
        body = opts.get("body") or ""
        stringified = _STRINGIFY.match(body)
        address = _evaluate(args[0], names)
        if method != "POST" or stringified is None or not address or \
                not _addressish(address, rooted=True):
            continue
        payload = _payload(_call_arguments(body, stringified.end() - 1 + 1, limit=3000), {})
        if payload is None:
            continue
        text = json.dumps(payload, ensure_ascii=False)
        if _changes_state(address, *map(str, payload), *map(str, payload.values())) or \
                not _reads(f"{address} {text}"):
            continue   # (a fetch POST reads when its address or data says so)
        headers = {"Content-Type": "application/json"}
        raw_headers = opts.get("headers") or ""
        if raw_headers.startswith("{"):
            for item in _top_level_items(raw_headers[1:].rstrip().removesuffix("}")):
                key, _, value = item.partition(":")
                name, given = key.strip().strip("'\""), _evaluate(value.strip(), names)
                if given is not None and re.fullmatch(r"[\w-]{1,60}", name) and \
                        name.lower() != "content-type" and _encodable(given):
                    headers[name] = given
        call: Call = ("POST", address, headers, [], text)
        if call not in found:
            found.append(call)
    return found


def dnn_variables(variable: str) -> dict[str, str]:
    """The ``dnn.getVar('<key>')`` expressions a page's scripts may write, by their text,
    with the values of its ``__dnnVariable`` (JSON with backticks for quotes)."""
    try:
        state = json.loads(variable.lstrip("`").replace("`", '"')) if variable else {}
    except (ValueError, RecursionError):
        return {}
    out: dict[str, str] = {}
    for key, value in (state.items() if isinstance(state, dict) else ()):
        if isinstance(value, str | int) and not isinstance(value, bool) and len(out) < 500:
            for quote in ("'", '"'):
                out[f"dnn.getVar({quote}{key}{quote})"] = str(value)
    return out


def joomla_request_calls(scripts: str, options: dict[str, object]) -> list[Call]:
    """Joomla 4/5's ``Joomla.request({url, method, data, …})`` as core.js makes it: its
    url and data joined from literals, the page's literal variables and its script options
    (``Joomla.getOptions('mod_x').ajaxUrl``, ``['ajaxUrl']``, or ``v.ajaxUrl`` after ``var v
    = Joomla.getOptions('mod_x')``: the JSON of ``<script type="application/json"
    class="joomla-script-options">``, ``options`` here); a POST's data sent as a form with
    ``X-Requested-With`` and the options' ``csrf.token`` as ``X-CSRF-Token``, a GET as its
    address alone (core.js sends its data as a body, which browsers drop, and no token).
    Never a request whose address or data writes."""
    scope = {**_globals(scripts), **joomla_scope(scripts, options)}
    token = options.get("csrf.token")
    headers = {"X-Requested-With": "XMLHttpRequest"}
    if isinstance(token, str) and token.isprintable() and len(token) <= 200:
        headers["X-CSRF-Token"] = token
    found: list[Call] = []
    for m in itertools.islice(_JOOMLA_REQUEST.finditer(scripts), 20):
        settings: dict[str, str] = {}
        for item in _top_level_items(_call_arguments(scripts, m.end(), limit=4000)):
            key, _, value = item.partition(":")
            settings[key.strip().strip("'\"")] = value.strip()
        address = _evaluate(settings.get("url", ""), scope) if "url" in settings else None
        data = _evaluate(settings["data"], scope) if "data" in settings else ""
        method = (_evaluate(settings.get("method", "'GET'"), scope) or "").upper()
        if not address or data is None or method not in ("GET", "POST") or \
                not _addressish(address, rooted=True) or _changes_state(address, data):
            continue
        pairs = parse_qsl(data, keep_blank_values=True)
        if not all(_encodable(k + v) for k, v in pairs) or not _encodable(address):
            continue
        if method == "POST":
            call: Call = ("POST", address, dict(headers), pairs, None)
        else:   # (core.js sends a GET's data as a body browsers drop, and no token)
            call = ("GET", address, {"X-Requested-With": "XMLHttpRequest"}, [], None)
        if call not in found:
            found.append(call)
    return found


#: ``$2sxc(512).webApi.fetchJson('app/auto/query/Tin')`` (2sxc, DNN's app engine): its
#: module, its method and its path.
_SXC_CALL = re.compile(r"\$2sxc\(\s*(\d{1,9})\s*\)\s*\.webApi\.(fetchJson|fetchRaw|get)\(\s*"
                       r"(?:'([^'\n]{1,400})'|\"([^\"\n]{1,400})\")\s*\)")


def sxc_calls(scripts: str, api: object) -> list[Call]:
    """2sxc's web API as its JavaScript calls it: ``$2sxc(<module>).webApi.fetchJson(
    '<path>')`` is a GET of the context's ``appApi`` + path (a path from the root or an
    absolute one as it is) with the ``ModuleId`` and ``ContentBlockId`` headers (the
    module), ``TabId`` and ``PageId`` (the page) and the request-verification header, all
    read from ``api``: the JSON of 2sxc's ``<meta name="_jsApi">``. Reads only (one
    argument, a GET); never a path that writes."""
    if not isinstance(api, dict) or not isinstance(api.get("page"), int | str):
        return []
    root = api.get("appApi") if isinstance(api.get("appApi"), str) else "/api/2sxc/"
    page = str(api["page"])
    found: list[Call] = []
    for m in itertools.islice(_SXC_CALL.finditer(scripts), 20):
        path = _unescape(m.group(3) or m.group(4) or "")
        if _changes_state(path):
            continue
        address = path if path.startswith(("/", "http://", "https://")) else \
            str(root).rstrip("/") + "/" + path
        headers = {"ModuleId": m.group(1), "ContentBlockId": m.group(1), "TabId": page,
                   "PageId": page, "Accept": "application/json"}
        name, value = api.get("rvtHeader"), api.get("rvt")
        if isinstance(name, str) and isinstance(value, str) and re.fullmatch(
                r"[\w-]{1,80}", name) and value.isprintable() and len(value) <= 400:
            headers[name] = value
        call: Call = ("GET", address, headers, [], None)
        if _addressish(address, rooted=True) and call not in found:
            found.append(call)
    return found


#: ``$().SPServices({`` (jQuery SPServices, classic SharePoint's SOAP library).
_SPSERVICES = re.compile(r"\.SPServices\(\s*\{")
#: The SOAP action of Lists.asmx's GetListItems.
SOAP_GET_LIST_ITEMS = "http://schemas.microsoft.com/sharepoint/soap/GetListItems"
_SOAP_ENVELOPE = (
    '<?xml version="1.0" encoding="utf-8"?><soap:Envelope '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
    'xmlns:xsd="http://www.w3.org/2001/XMLSchema" '
    'xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body>'
    '<GetListItems xmlns="http://schemas.microsoft.com/sharepoint/soap/">{}</GetListItems>'
    '</soap:Body></soap:Envelope>')
#: SPServices' options for GetListItems and the element each fills, in order.
_GET_LIST_ITEMS = (("listName", "listName"), ("viewName", "viewName"), ("query", "CAMLQuery"),
                   ("viewFields", "CAMLViewFields"), ("rowLimit", "CAMLRowLimit"),
                   ("queryOptions", "CAMLQueryOptions"), ("webID", "webID"))


def spservices_calls(scripts: str) -> list[Call]:
    """SPServices' ``GetListItems`` as it makes it: ``$().SPServices({operation:
    "GetListItems", webURL, listName, CAMLQuery, CAMLViewFields, CAMLRowLimit,
    CAMLQueryOptions, …})`` — options of literals or literal variables joined with "+" — is
    the SOAP 1.1 envelope POSTed to ``<webURL>/_vti_bin/Lists.asmx`` (the page's
    ``_spPageContextInfo.webServerRelativeUrl`` when no webURL is given) as text/xml with
    its SOAPAction. Only GetListItems (a read); the answer's rows are read by
    :func:`archiver.discover.read_listing` and its next page asked by
    :func:`archiver.discover.answer_requests`."""
    names = _globals(scripts)
    context: object = {}
    at = _SP_CONTEXT.search(scripts)
    if at is not None:
        try:
            context = json.JSONDecoder().raw_decode(scripts, at.end() - 1)[0]
        except ValueError:
            context = {}
    found: list[Call] = []
    for m in itertools.islice(_SPSERVICES.finditer(scripts), 20):
        options: dict[str, str | None] = {}
        for item in _top_level_items(_call_arguments(scripts, m.end(), limit=8000)):
            key, _, value = item.partition(":")
            options[key.strip().strip("'\"")] = _evaluate(value.strip(), names)
        if options.get("operation") != "GetListItems" or not options.get("listName"):
            continue
        web = options.get("webURL") or (context.get("webServerRelativeUrl") if isinstance(
            context, dict) and isinstance(context.get("webServerRelativeUrl"), str) else "")
        address = (web or "").rstrip("/") + "/_vti_bin/Lists.asmx"
        if not _addressish(address, rooted=True):
            continue
        values = {**options, "CAMLQueryOptions": options.get("CAMLQueryOptions")
                  or "<QueryOptions></QueryOptions>"}
        inner = "".join(f"<{element}>{_soap_text(element, values.get(option))}</{element}>"
                        for element, option in _GET_LIST_ITEMS)
        headers = {"Content-Type": 'text/xml;charset="utf-8"', "SOAPAction": SOAP_GET_LIST_ITEMS}
        call: Call = ("POST", address, headers, [], _SOAP_ENVELOPE.format(inner))
        if call not in found:
            found.append(call)
    return found


def _soap_text(element: str, value: str | None) -> str:
    """An option as SPServices writes it into its element: the list's and view's names
    escaped, the CAML (already XML) as it is."""
    if value is None:
        return ""
    if element in ("listName", "viewName", "webID"):
        return value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return value


#: ``WebForm_DoCallback('<UniqueID>', <parameter>, …)`` inside a page function (what
#: ASP.NET's ``ClientScript.GetCallbackEventReference`` prints into ``CallServer``).
_DO_CALLBACK = re.compile(r"\bWebForm_DoCallback\(\s*(['\"])([\w$:.\-]{1,200})\1\s*,\s*"
                          r"([A-Za-z_$][\w$]{0,80})\s*,")


def callback_functions(scripts: str) -> dict[str, tuple[str, int]]:
    """ASP.NET client callbacks (``ICallbackEventHandler``): each page function whose body
    calls ``WebForm_DoCallback('<UniqueID>', <one of its parameters>, …)`` — ``function
    CallServer(arg, context) {…}`` — by name: (the control's UniqueID, that parameter's
    position)."""
    found: dict[str, tuple[str, int]] = {}
    for fn in itertools.islice(_PAGE_FUNCTION.finditer(scripts), 300):
        body = _call_arguments(scripts, fn.end(), limit=2000)
        call = _DO_CALLBACK.search(body)
        params = [p.strip() for p in fn.group(2).split(",")]
        if call is not None and call.group(3) in params and not _changes_state(
                fn.group(1), call.group(2)):
            found[fn.group(1)] = (call.group(2), params.index(call.group(3)))
        if len(found) >= 20:
            break
    return found


#: A TreeView node filled on demand: ``TreeView_PopulateNode(<tree>_Data, index, node,
#: selectNode, selectImageNode, lineType, text, path, databound, datapath, parentIsLast)``.
_TV_POPULATE = re.compile(
    r"TreeView_PopulateNode\(\s*([\w$]{1,200})_Data\s*,\s*(\d{1,5})\s*,[^,]{0,300},[^,]{0,300},"
    r"[^,]{0,300},\s*'[^']{0,10}'\s*,\s*'((?:[^'\\]|\\.){0,300})'\s*,\s*'((?:[^'\\]|\\.){0,600})'\s*,"
    r"\s*'([tf])'\s*,\s*'((?:[^'\\]|\\.){0,600})'\s*,\s*'([tf]{0,50})'\s*\)")
#: What a TreeView's startup script sets: ``<tree>_Data.treeViewID = 'ctl00$…'``,
#: ``<tree>_Data.lastIndex = 6``.
_TV_DATA = re.compile(r"([\w$]{1,200})_Data\.(treeViewID|lastIndex)\s*=\s*(?:'([^'\n]{1,300})'|"
                      r"(\d{1,6}))")


def treeview_populations(handlers: str, scripts: str) -> list[tuple[str, str]]:
    """The client callbacks an ASP.NET TreeView makes to fill a node on demand
    (PopulateNodesFromClient), as TreeView.js builds them: each node's tree's UniqueID
    (``__CALLBACKID``) and ``__CALLBACKPARAM`` = ``index|lastIndex|<databound><checked>
    <parentIsLast>|<length>|<text><length>|<datapath><path>``, in page order."""
    if "TreeView_PopulateNode" not in handlers:
        return []
    trees: dict[str, dict[str, str]] = {}
    for tree, key, quoted, number in _TV_DATA.findall(scripts):
        trees.setdefault(tree, {})[key] = quoted or number
    out: list[tuple[str, str]] = []
    for tree, index, text, path, databound, datapath, last in _TV_POPULATE.findall(handlers):
        data = trees.get(tree, {})
        if "treeViewID" not in data or "lastIndex" not in data:
            continue
        text, path, datapath = (_unescape(v) for v in (text, path, datapath))
        param = (f"{index}|{data['lastIndex']}|{databound}f{last}|{len(text)}|{text}"
                 f"{len(datapath)}|{datapath}{path}")
        if (data["treeViewID"], param) not in out:
            out.append((data["treeViewID"], param))
    return out[:50]


def literal_arguments(code: str, name: str, index: int, most: int = 200) -> list[str]:
    """The literal argument at ``index`` of each call of the function ``name`` in
    ``code`` (``CallServer('2026-2', '')`` → "2026-2"), each once, in order — never one
    naming a write (``'XoaBinhLuan|15'``, ``'vote:3'``)."""
    found: list[str] = []
    for use in itertools.islice(re.finditer(rf"(?<![\w.$]){re.escape(name)}\s*\(", code),
                                most * 4):
        args = _arguments(_call_arguments(code, use.end(), limit=400))
        if index < len(args) and args[index][0] == "value" and args[index][1] is not None:
            value = _form_value(args[index][1])
            if value not in found and _encodable(value) and not _changes_state(value):
                found.append(value)
        if len(found) >= most:
            break
    return found


#: ``var nv_base_siteurl="/",nv_lang_data="vi",…;``: a script's variables set to literals.
_VAR_STATEMENT = re.compile(r"\bvar\s+([^;\n]{1,2000});")
_ASSIGNED = re.compile(r"""^\s*([\w$]{1,80})\s*=\s*(?:"((?:[^"\\\n]|\\.){0,400})"|"""
                       r"""'((?:[^'\\\n]|\\.){0,400})'|(-?\d{1,15}))\s*$""")
#: A jQuery request whose address is an expression: ``$.post(expr, data, callback)``.
_JQ_REQUEST = re.compile(r"(?:\$|jQuery)\.(post|get)\s*\(")
#: A cache-buster (any number will do) and a value passed through encodeURIComponent.
_BUSTER = re.compile(r"^(?:new\s+Date\(\)\.getTime\(\)|Date\.now\(\)|Math\.random\(\))$")
_ENCODED = re.compile(r"^encodeURIComponent\((.{1,200})\)$")


def _globals(scripts: str) -> dict[str, str]:
    """The variables the page's scripts declare with literal values."""
    out: dict[str, str] = {}
    for statement in itertools.islice(_VAR_STATEMENT.finditer(scripts), 400):
        for item in _top_level_items(statement.group(1)):
            m = _ASSIGNED.match(item)
            if m is not None:
                out[m.group(1)] = _unescape(next(g for g in m.groups()[1:] if g is not None))
    return out


def _evaluate(expr: str, names: dict[str, str]) -> str | None:
    """A string expression of literals, ``names`` and cache-busters joined by "+"; None
    when any part is something the page computes otherwise."""
    parts: list[str] = []
    begin = 0
    for at, ch, depth in _outside_strings(expr):
        if ch == "+" and depth == 0:
            parts.append(expr[begin:at])
            begin = at + 1
    parts.append(expr[begin:])
    out = []
    for part in (p.strip() for p in parts):
        if _BUSTER.match(part):
            out.append("0")
            continue
        encoded = _ENCODED.match(part)
        if encoded is not None:
            inner = _evaluate(encoded.group(1), names)
            if inner is None:
                return None
            try:
                out.append(quote(inner, safe=""))
            except UnicodeEncodeError:   # (a lone surrogate a script's "\ud83d" left)
                return None
            continue
        if part in names:
            out.append(names[part])
            continue
        args = _arguments(part)
        if len(args) != 1 or args[0][0] != "value":
            return None
        out.append(str(args[0][1]))
    return "".join(out)


def _encodable(text: str) -> bool:
    """Sendable: printable and encodable as UTF-8 (no lone surrogate)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return text.isprintable()


def expression_requests(scripts: str, handlers: list[str]) -> list[Call]:
    """jQuery requests whose address joins the page's variables, a function's parameters
    and a cache-buster (NukeViet's ``$.post(nv_base_siteurl + 'index.php?' + … + '&nocache='
    + new Date().getTime(), 'catid=' + catid + '&numrow=8', …)``), in a page function called
    with literal arguments by a handler or a script: each call made — a POST of the data
    as a form, or a GET with it as the query. (All-literal calls are read elsewhere.)"""
    names = _globals(scripts)
    found: list[Call] = []
    requesting = 0   # (the functions making a request read so far: a few tabs' loaders)
    for fn in itertools.islice(_PAGE_FUNCTION.finditer(scripts), 200):
        body = _call_arguments(scripts, fn.end(), limit=4000)
        if not _JQ_REQUEST.search(body):
            continue
        requesting += 1
        if requesting > 20 or len(found) >= 50:
            break
        if _changes_state(fn.group(1)):
            continue   # ("nv_comment_del", "nv_sendvoting_submit": it writes)
        params = [p.strip() for p in fn.group(2).split(",") if p.strip()]
        givens: list[dict[str, str]] = []
        seen: set[tuple[tuple[str, str], ...]] = set()
        pattern = re.compile(rf"(?<![\w.$]){re.escape(fn.group(1))}\s*\(")
        for code in (*handlers, scripts):
            for use in itertools.islice(pattern.finditer(code), 100):
                if code is scripts and scripts[max(0, use.start() - 9):use.start()].rstrip() \
                        .endswith("function"):
                    continue   # (its own declaration)
                args = _arguments(_call_arguments(code, use.end(), limit=400))
                given = {p: str(v) for p, (kind, v) in zip(params, args, strict=False)
                         if kind == "value"}
                if given and (frozen := tuple(sorted(given.items()))) not in seen:
                    seen.add(frozen)
                    givens.append(given)
            if len(givens) > 20:
                break
        if len(givens) > 20:
            continue   # (a list's every item calling it: no box of a few tabs)
        for call in _JQ_REQUEST.finditer(body):
            items = _top_level_items(_call_arguments(body, call.end(), limit=2000))
            if not items or (len(items) > 1 and items[1].startswith("{")):
                continue   # (data an object: sent otherwise than a form of literals)
            for given in givens:
                scope = {**names, **given}
                address = _evaluate(items[0], scope)
                data = _evaluate(items[1], scope) if len(items) > 1 and not items[1] \
                    .startswith(("function", "{")) else ""
                if address is None or data is None or not _addressish(address, rooted=True) \
                        or _changes_state(address, data) or len(found) >= 50:
                    continue
                pairs = parse_qsl(data, keep_blank_values=True)
                if not all(_encodable(k + v) for k, v in pairs) or not _encodable(address):
                    continue   # (a lone surrogate, a control character: no request to make)
                if call.group(1) == "post":
                    made: Call = ("POST", address, {"X-Requested-With": "XMLHttpRequest"},
                                  pairs, None)
                else:
                    joined = address + (("&" if "?" in address else "?") + urlencode(pairs)
                                        if pairs else "")
                    made = ("GET", joined, {"X-Requested-With": "XMLHttpRequest"}, [], None)
                if made not in found:
                    found.append(made)
    return found


def _outside_strings(code: str, start: int = 0, end: int | None = None
                     ) -> Iterator[tuple[int, str, int]]:
    """(position, character, nesting depth after it) for each character of ``code`` from
    ``start`` to ``end`` outside a string literal (quotes and escapes followed)."""
    depth, quote, escaped = 0, "", False
    for at in range(start, len(code) if end is None else min(len(code), end)):
        ch = code[at]
        if quote:
            if escaped:
                escaped = False
            elif ch == "\\":
                escaped = True
            elif ch == quote:
                quote = ""
            continue
        if ch in "'\"`":
            quote = ch
            continue
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
        yield at, ch, depth


def _call_arguments(code: str, start: int, limit: int = 6000) -> str:
    """The text of a call's arguments from ``start`` (after its "(") to the parenthesis
    that closes it, strings skipped; at most ``limit`` characters."""
    for at, _ch, depth in _outside_strings(code, start, start + limit):
        if depth < 0:
            return code[start:at]
    return code[start:start + limit]


def _top_level_items(text: str) -> list[str]:
    """An object literal's body split at its top-level commas, each item stripped."""
    items, begin = [], 0
    for at, ch, depth in _outside_strings(text):
        if ch == "," and depth == 0:
            items.append(text[begin:at].strip())
            begin = at + 1
    items.append(text[begin:].strip())
    return [item for item in items if item]


def call_addresses(body: LexborNode) -> Iterator[tuple[LexborNode, str]]:
    """Elements with no link of their own whose ``onclick`` passes an address to a call,
    whatever the call (SharePoint's list pager: ``RefreshPageTo(event,
    "\\u002fPages\\u002fdefault.aspx?Paged=TRUE\\u0026…")``), with the address as the script
    has it. What the call does is not known: the caller keeps those it has other reasons to
    take for a link (a pager's)."""
    for node in body.css("[onclick]"):
        if not _linkless(node):
            continue
        code = node.attributes.get("onclick") or ""
        if "location" in code or _CALL.match(code) is not None:
            continue   # (read by navigations)
        for literal in _ESCAPED_QUOTED.finditer(code):
            target = _unescape(_literal(literal, 1)).replace(" ", "%20")
            if _addressish(target, rooted=True) and ("?" in target or "/" in target[1:]):
                yield node, target
                break


#: A call whose first argument is an address written percent-encoded:
#: ``nv_urldecode_ajax('%2Findex.php%3Flanguage%3Dvi%26…%26page%3D2', 'vb-list')``.
_ENCODED_CALL = re.compile(r"(?:^|[;\s:(])([A-Za-z_$][\w$]*)\(\s*(['\"])((?:%2F|https?%3A%2F%2F)"
                           r"[^'\"\s]{1,800})\2", re.IGNORECASE)
#: A function's name saying it decodes its address before loading it (NukeViet's pagers).
_DECODING_NAME = re.compile(r"urldecode|decodeuri|unescape", re.IGNORECASE)
#: A function's body decoding its first parameter: ``rawurldecode(url)``,
#: ``decodeURIComponent(u)``, ``unescape(u)``.
_DECODES = r"(?:rawurldecode|decodeURIComponent|decodeURI|unescape)\(\s*{param}\s*\)"
#: What loads an address into the page: jQuery's loaders, ``fetch``.
_LOADS = re.compile(r"\.load\(|\$\.(?:get|post|ajax)\(|\bfetch\(")
#: a function of one parameter or more: its name, its first parameter, its body
_FUNCTION_ANY = re.compile(r"function\s+([A-Za-z_$][\w$]*)\s*\(\s*([A-Za-z_$][\w$]*)[^)]{0,80}\)"
                           r"\s*\{(.{0,1500}?)\n?\}", re.DOTALL)


def decoded_loads(body: LexborNode, scripts: str) -> list[str]:
    """Addresses a pager passes percent-encoded to a function that decodes and loads them
    (NukeViet's ``nv_urldecode_ajax('%2Findex.php%3F…%26page%3D2', 'vb-list')``, or a page
    function decoding its first parameter with ``decodeURIComponent`` and loading it), in
    the order the page gives them, decoded: each asked for as the script does."""
    calls = [match for node in body.css("[onclick], a[href^='javascript:']")
             for match in _ENCODED_CALL.finditer(node.attributes.get("onclick")
                                                 or node.attributes.get("href") or "")]
    if not calls:
        return []   # (most pages: no encoded address at all, no function read)
    wanted = {m.group(1) for m in calls}
    decoding = {m.group(1) for m in _FUNCTION_ANY.finditer(scripts) if m.group(1) in wanted
                and re.search(_DECODES.format(param=re.escape(m.group(2))), m.group(3))
                and _LOADS.search(m.group(3))}
    out: list[str] = []
    for match in calls:
        name = match.group(1)
        if not (_DECODING_NAME.search(name) or name in decoding) or _changes_state(name):
            continue
        address = unquote(match.group(3))
        if _addressish(address, rooted=True) and address not in out and not _changes_state(
                address) and not _NOT_A_LIST.search(address):
            out.append(address)
        if len(out) >= 200:
            break
    return out


def _concatenations(code: str) -> Iterator[tuple[list[tuple[str, str]], bool]]:
    """String concatenations of literals and data attributes, as terms
    ``[("lit", "/Ajax/Tab?id="), ("data", "id")]``, each with whether the script opens it
    (``location.href = …`` right before it), not fetches it."""
    terms = list(_TERM.finditer(code))
    run: list[tuple[str, str]] = []
    end = -1
    start = 0

    def done() -> tuple[list[tuple[str, str]], bool]:
        return run, _OPENED_BEFORE.search(code[max(0, start - 60):start]) is not None

    for term in terms:
        joined = end >= 0 and _PLUS.fullmatch(code[end:term.start()]) is not None
        if not joined and len(run) > 1:
            yield done()
        if not joined:
            run = []
            start = term.start()
        if term.group(1) is not None or term.group(2) is not None:
            run.append(("lit", _literal(term, 1)))
        else:
            name = next(g for g in term.groups()[2:] if g is not None)
            run.append(("data", re.sub(r"(?<=[a-z])([A-Z])", r"-\1", name).lower()))
        end = term.end()
    if len(run) > 1:
        yield done()


#: The start of an assignment of ``location`` right before a concatenation.
_OPENED_BEFORE = re.compile(r"location(?:\.href)?\s*=\s*$|location\.(?:assign|replace)\(\s*$")


def _statement_start(code: str, at: int, reach: int = 160) -> int:
    """Where the statement holding position ``at`` begins, within ``reach`` characters: a
    window opening inside a string literal reads its quotes the wrong way round ("px');
    fetch('/Ajax/Tab?id=' + …"). From the start of its line (or of the line a "+", "(",
    "," or "=" at a line's end carries on), then after its last ";" outside strings."""
    line = code.rfind("\n", 0, at) + 1
    for _ in range(3):   # (a concatenation over lines: "'…?id=' +\n $(this).data('id')")
        before = code[:max(0, line - 1)].rstrip()
        if line == 0 or not before.endswith(("+", "(", ",", "=")):
            break
        line = code.rfind("\n", 0, len(before)) + 1
    start = max(line, at - reach * 4)
    cut = start
    for pos, ch, depth in _outside_strings(code, start, at):
        if ch == ";" and depth <= 0:
            cut = pos + 1
    return cut


@functools.lru_cache(maxsize=2)
def _data_templates(scripts: str) -> tuple[tuple[list[tuple[str, str]], bool], ...]:
    """The concatenations of literals and data attributes the page's scripts build an
    address from, each with whether it is opened (``location.href = …``: a link) or
    fetched. The page's string variables read as their values (``rootUrl + 'tin-tuc/'``).
    (Read once a page: :func:`data_navigations` and :func:`fetched` ask for them both.)"""
    templates: list[tuple[list[tuple[str, str]], bool]] = []
    known: dict[str, str] | None = None
    # only the stretches of script around a data attribute read: a concatenation holds one
    covered = -1
    for ref in list(_DATA_REF.finditer(scripts))[:24]:
        if ref.start() < covered:
            continue        # inside the window read for the one before
        start = _statement_start(scripts, ref.start())
        window = scripts[start:ref.end() + 200]
        covered = ref.end() + 160
        if known is None:
            known = script_globals(scripts)
        code = with_globals(window, known)
        for run, opens in _concatenations(code):
            if any(k == "data" for k, _ in run) and run not in (t for t, _ in templates) \
                    and (run[0][0] == "data" or _addressish(run[0][1], rooted=True)):
                templates.append((run, opens))
    return tuple(templates)


def _filled(body: LexborNode, run: list[tuple[str, str]]) -> Iterator[tuple[LexborNode, str]]:
    """Each element carrying the data attributes ``run`` reads, with the address made."""
    names = [v for k, v in run if k == "data"]
    selector = ", ".join(f"[data-{n}]" for n in names[:1])
    for node in body.css(selector)[:200]:
        values = [node.attributes.get(f"data-{n}") for n in names]
        if any(v is None for v in values):
            continue
        parts, i = [], 0
        for kind, value in run:
            if kind == "lit":
                parts.append(value)
            else:
                parts.append(values[i] or "")
                i += 1
        address = "".join(parts)
        if _addressish(address) and not _NOT_A_LIST.search(address):
            yield node, address


def data_navigations(body: LexborNode, scripts: str) -> Iterator[tuple[LexborNode, str]]:
    """Elements with no link a click handler opens an address from their data attributes
    (``window.location.href = rootUrl + 'tin-tuc/' + $(this).data('alias') + '-' +
    $(this).data('id') + '.html'`` on cards of ``data-alias`` and ``data-id``), with it."""
    if ".data" not in scripts and "data-" not in scripts:
        return
    for run, opens in _data_templates(scripts)[:20]:
        if opens:
            for node, address in _filled(body, run):
                if _linkless(node) and not changes_state(address):
                    yield node, address


def fetched(body: LexborNode, scripts: str) -> list[str]:
    """Addresses the page's scripts fetch from its elements' data attributes (``'/Ajax/Tab?
    id=' + $(this).data('id')`` for every element with a ``data-id``), or as written
    (``fetch('/Ajax/TinNhanh?top=30')``), and same-site JSONP scripts."""
    found: list[str] = []
    for run, opens in _data_templates(scripts)[:20]:
        if not opens:
            found += [address for _, address in _filled(body, run)]
    for match in _FETCH.finditer(scripts):
        target = _literal(match, 1)
        if target and _addressish(target, rooted=True) and not target.endswith("=") and \
                not _NOT_A_LIST.search(target):
            found.append(target)   # (not a counter's hit, a vote, a sign-out, a file)
    for script in body.css("script[src]"):
        src = script.attributes.get("src") or ""
        if re.search(r"[?&](?:callback|jsonp|cb)=", src):
            found.append(src)
    return found


def with_paging_data(node: LexborNode, address: str) -> str:
    """A "Xem thêm" control's address with the next items its data attributes name
    (``data-offset="12" data-limit="12"`` -> ``…&offset=12&limit=12``), unless the address
    carries them already."""
    query = address.split("?", 1)[1] if "?" in address else ""
    have = {p.split("=", 1)[0].lower() for p in query.split("&") if p}
    extra = []
    for name in PAGING_DATA:
        value = node.attributes.get(f"data-{name}")
        key = "per_page" if name == "per-page" else name
        if value and value.strip().isdigit() and key not in have:
            extra.append(f"{key}={value.strip()}")
    if not extra:
        return address
    return address + ("&" if "?" in address else "?") + "&".join(extra)


def jsonp_payload(body: bytes) -> object | None:
    """The JSON a JSONP answer passes to its callback, or None when it is none."""
    match = _JSONP.match(body[:5_000_000])
    if match is None:
        return None
    try:
        data: object = json.loads(match.group(1))
    except (ValueError, RecursionError):
        return None
    return data


# -- state a server-rendered page hands its client -----------------------------------------
#: A global a server-rendered page hands its state to the client in (Vue's
#: ``window.__INITIAL_STATE__=``, Redux's ``window.__PRELOADED_STATE__ =``…): JSON as
#: written by serialize-javascript (``\u002F`` for every ``/``), read with a JSON decoder.
#: (The lookahead, as :data:`_FETCH`'s: a first character tested before the alternation.)
_STATE_ASSIGN = re.compile(r"(?=[wsgv])\b(?:window|self|globalThis)\s*(?:\.\s*[A-Za-z_$][\w$]*|"
                           r"\[\s*['\"][^'\"]{1,80}['\"]\s*\])\s*=\s*(?=[{\[])|"
                           # SharePoint 2013's client-side rendering: "var WPQ2ListData = {…}"
                           r"\bvar\s+WPQ\d+ListData\s*=\s*(?=\{)")
#: A Next.js App Router flight row: ``self.__next_f.push([1,"…"])``, a JSON string of React
#: rows whose props (``"href":"/tin/…"``) are a client component's only links.
_FLIGHT_PUSH = re.compile(r"\bself\.__next_f\.push\(\s*(?=\[)")
_FLIGHT_URL = re.compile(r'"([A-Za-z_]{1,20})"\s*:\s*"((?:https?:)?/[^"\\\s]{1,500})"')
_DECODER = json.JSONDecoder()


def state_objects(scripts: str, limit: int = 20) -> list[object]:
    """The JSON values inline scripts assign to globals (at most ``limit``); a JavaScript
    object that is not JSON is passed over."""
    found: list[object] = []
    for match in _STATE_ASSIGN.finditer(scripts):
        try:
            value, _ = _DECODER.raw_decode(scripts, match.end())
        except (ValueError, RecursionError):
            continue
        if isinstance(value, (dict, list)):
            found.append(value)
            if len(found) >= limit:
                break
    return found


def flight_addresses(scripts: str) -> list[tuple[str, str]]:
    """(key, address) pairs of the Next.js flight rows the scripts push, their strings
    decoded and joined (a row may be split across pushes)."""
    if "__next_f" not in scripts:
        return []
    rows = []
    for match in _FLIGHT_PUSH.finditer(scripts):
        try:
            value, _ = _DECODER.raw_decode(scripts, match.end())
        except (ValueError, RecursionError):
            continue
        if isinstance(value, list) and len(value) > 1 and isinstance(value[1], str):
            rows.append(value[1])
    return _FLIGHT_URL.findall("".join(rows))


_ENDPOINT_KEY = re.compile(r"^\w*endpoint$|^\w*_?api_?url$", re.IGNORECASE)
_CURSOR_PARAM_KEY = re.compile(r"^cursor_?(?:param(?:eter)?|key|name|field)$", re.IGNORECASE)
_HAS_MORE_KEY = re.compile(r"^(?:has_?more|has_?next(?:_?page)?|more)$", re.IGNORECASE)
_FILTER_ID_KEY = re.compile(r"^([a-z][a-z0-9]*?)_?id$", re.IGNORECASE)


def keyset_pages(islands: list[object], budget: int = 5000) -> list[str]:
    """A keyset listing a page's state announces: a config naming an endpoint
    (``newsEndpoint``) and its cursor parameter (``cursorParam: "after"``), and a list in
    the state still open (``hasMore: true``) whose items carry ids. The script asks the
    endpoint for the items after the last one shown, with the list's filter (its
    ``categoryId`` sent as ``category``): so is the crawler. Its answers give their next
    cursor themselves (``nextAfter``)."""
    configs: list[tuple[list[str], str]] = []
    lists: list[tuple[list[tuple[str, str]], str]] = []
    stack, seen = list(islands), 0
    while stack and seen < budget:
        value = stack.pop()
        seen += 1
        if isinstance(value, list):
            stack.extend(value[:200])
            continue
        if not isinstance(value, dict):
            continue
        stack.extend(v for v in value.values() if isinstance(v, (dict, list)))
        param = next((v for k, v in value.items() if _CURSOR_PARAM_KEY.match(str(k))
                      and isinstance(v, str) and re.fullmatch(r"[\w.-]{1,40}", v)), None)
        endpoints = [v for k, v in value.items() if _ENDPOINT_KEY.match(str(k))
                     and isinstance(v, str) and v.startswith(("/", "http://", "https://"))]
        if param and endpoints:
            configs.append((endpoints[:3], param))
        if not any(_HAS_MORE_KEY.match(str(k)) and v is True for k, v in value.items()):
            continue
        items = next((v for v in value.values() if isinstance(v, list) and v
                      and all(isinstance(i, dict) and "id" in i for i in v)), None)
        last = items[-1]["id"] if items else None
        if isinstance(last, bool) or not isinstance(last, (int, str)) or not str(last):
            continue
        filters = [(m.group(1), str(v)) for k, v in value.items()
                   if (m := _FILTER_ID_KEY.match(str(k))) and str(k).lower() != "id"
                   and isinstance(v, (int, str)) and not isinstance(v, bool)]
        lists.append((filters, str(last)))
    return [f"{endpoint}?{urlencode([*filters, (param, last)])}"
            for endpoints, param in configs for endpoint in endpoints
            for filters, last in lists][:20]
