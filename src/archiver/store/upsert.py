"""One article at a time: insert, or update with a revision, on an open transaction.

An article is found by any URL it was reached by (``article_urls``), else by its identity on
its site (a print or AMP
rendering, a URL variant with parameters added or dropped: the same headline and text on
the same site, ``same_key``) — then the new URL becomes an alias of it. Otherwise it is new.

An archived article's own address that now redirects to a page is read by what that page
holds: the same article (edited perhaps) has moved there, and keeps its row; another
article (an id reused) is a row of its own, and the article it replaced is withdrawn.

A re-fetch with the same text changes nothing but ``last_seen_at`` ("unchanged"); new text
keeps the old one as a row of ``article_versions`` and bumps ``version_count`` ("updated");
a capture older than the current text (a re-extraction of an old capture) only adds history.
A row seen again after a withdrawal is no longer withdrawn. The URL the page names as its
own (``rel=canonical``) becomes the article's ``url`` once it is one of its URLs.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterable
from datetime import datetime
from typing import Any, Literal
from urllib.parse import urlsplit

from archiver import dedupe
from archiver.store.clusters import Limits, link_one
from archiver.store.rows import (
    RECORD_COLUMNS,
    SHADOW_COLUMNS,
    VERSIONED_COLUMNS,
    Prepared,
    sort_key,
)
from archiver.store.schema import merge_articles, next_article_id
from archiver.text import fold

__all__ = [
    "UpsertResult",
    "add_urls",
    "find",
    "follow_move",
    "insert",
    "prefer_canonical",
    "successor",
    "text_shared",
    "upsert",
]

UpsertResult = Literal["new", "updated", "unchanged"]

#: What an archived article and the page its address now redirects to must share to be
#: one article whatever their headlines: of the shorter text's three-word runs, and of its
#: names and figures, the names counted over the paragraphs the two share (measured by
#: tests/test_identity_generated.py's edits — a paragraph added, a third cut, a figure
#: corrected, all at once: at least 0.72 and 0.67; counted over the whole texts an added
#: paragraph of new names once fell to 0.52 — against other articles of one site's
#: formulas, at most 0.59 and 0.58, and two notices of one template, 0.74 of the words but
#: 0.55 of the names); under the same headline, not a generic one, a third of the text.
SAME_TEXT = 0.68
SAME_NAMES = 0.64
SAME_TEXT_TITLED = 0.3
#: A headline this short is a generic one ("Thông báo", "Giấy mời", "Lịch công tác tuần"):
#: no sign of the same article by itself.
GENERIC_TITLE_WORDS = 5


def find(conn: sqlite3.Connection, prep: Prepared) -> tuple[int | None, bool]:
    """The article ``prep`` belongs to, and whether ``prep`` is its text (found by the
    article's own ``url``) rather than another rendering of it (found by an alias URL, or by
    being the same article under another URL); (None, False) for a new article."""
    row = conn.execute("SELECT u.article_id, a.url FROM article_urls u JOIN articles a "
                       "ON a.id = u.article_id WHERE u.url = ?", (prep.url,)).fetchone()
    if row is not None:
        return int(row[0]), row[1] == prep.url
    key = prep.record["same_key"]
    if key is None:
        return None, False
    row = conn.execute("SELECT id FROM articles WHERE same_key = ? ORDER BY id LIMIT 1",
                       (key,)).fetchone()
    return (int(row[0]), False) if row is not None else (None, False)


#: An address that is a rendering of an article, not an address of its own: a print view,
#: an AMP copy.
_RENDERING = re.compile(r"(?:^|[/?&=._-])(?:print\w*|printer|in-?bai(?:-?viet)?|ban-?in|amp|"
                        r"mobile|m)(?:$|[/?&=._-])", re.IGNORECASE)


def move_to_alias(conn: sqlite3.Connection, article_id: int, run_id: int) -> bool:
    """The article's own address gives it no longer, and its very text (site, headline and
    text) was found at an address crawl run ``run_id`` discovered (its frontier's
    ``discovered_run``; an address known before is an old alias, a legacy form, not where
    it went): that is its address now (moved without a redirect). True when there was one
    such address (not a print view or an AMP copy)."""
    rows = conn.execute("SELECT a.url FROM article_urls a JOIN urls u ON u.url = a.url "
                        "WHERE a.article_id = ? AND a.how = 'same text' AND "
                        "u.discovered_run = ?", (article_id, run_id)).fetchall()
    moved = [url for (url,) in rows if not _rendering(url)]
    if len(moved) != 1:
        return False
    conn.execute("UPDATE article_urls SET how = 'moved' WHERE url = ?", (moved[0],))
    _take_address(conn, article_id, moved[0])
    return True


def _rendering(url: str) -> bool:
    parts = urlsplit(url)
    return _RENDERING.search(f"{parts.path}?{parts.query}") is not None


def _take_address(conn: sqlite3.Connection, article_id: int, url: str) -> None:
    """``url`` is the article's address now, and it is live (moved, not withdrawn)."""
    conn.execute("UPDATE articles SET url = ?, withdrawn_at = NULL, withdrawn_reason = NULL "
                 "WHERE id = ?", (url, article_id))


def _new_address(conn: sqlite3.Connection, url: str) -> bool:
    """An address no article has had (not an old alias, a legacy form the site kept), and
    no print view or AMP copy."""
    return not _rendering(url) and conn.execute(
        "SELECT 1 FROM article_urls WHERE url = ?", (url,)).fetchone() is None


def _gone_from_its_address(conn: sqlite3.Connection, article_id: int, seen_at: str) -> bool:
    """The article was withdrawn a day ago at most (the same run, or the run before)
    because its address stopped giving it — a 404 or the site's "not found" text — not
    taken down for good (410, a notice), made private, or replaced by another article."""
    row = conn.execute("SELECT withdrawn_reason, withdrawn_at FROM articles WHERE id = ? AND "
                       "withdrawn_at IS NOT NULL", (article_id,)).fetchone()
    if row is None or not str(row[0] or "").startswith(_GONE):
        return False
    return _days_between(str(row[1]), seen_at) <= 1.0


#: Withdrawals that are an address gone, which a move explains: not found, by the server
#: or by the site's own text.
_GONE = ("HTTP 404", "the site's page-not-found text")


def _days_between(earlier: str, later: str) -> float:
    try:
        start = datetime.fromisoformat(earlier.replace("Z", "+00:00"))
        end = datetime.fromisoformat(later.replace("Z", "+00:00"))
    except ValueError:
        return float("inf")
    if start.tzinfo is None or end.tzinfo is None:
        return float("inf")
    return abs((end - start).total_seconds()) / 86_400


def add_urls(conn: sqlite3.Connection, article_id: int, site: str, seen_at: str,
             urls: Iterable[tuple[str, str]]) -> None:
    """Record ``(url, how)`` pairs as URLs of the article (a URL already known stays with
    the article that has it)."""
    conn.executemany("INSERT OR IGNORE INTO article_urls (url, article_id, site, "
                     "first_seen_at, how) VALUES (?, ?, ?, ?, ?)",
                     [(url, article_id, site, seen_at, how) for url, how in urls])


def prefer_canonical(conn: sqlite3.Connection, article_id: int, canonical: str | None) -> None:
    """Make the page's own canonical URL the article's ``url``, once it is one of its URLs."""
    if canonical is None:
        return
    row = conn.execute("SELECT article_id FROM article_urls WHERE url = ?",
                       (canonical,)).fetchone()
    if row is not None and int(row[0]) == article_id:
        conn.execute("UPDATE articles SET url = ? WHERE id = ? AND url != ?",
                      (canonical, article_id, canonical))


def upsert(conn: sqlite3.Connection, prep: Prepared, seen_at: str, capture_id: int | None,
           limits: Limits, aliases: Iterable[str] = (),
           canonical: str | None = None) -> UpsertResult:
    site = prep.record["site"]
    article_id, own_text = find(conn, prep)
    earlier = _replaced_before(conn, prep) if article_id is not None else None
    if earlier is not None and earlier != article_id:
        # the article this address gave before another replaced it: a re-extraction of an
        # older capture (its history), or the article back at its address (a glitch, an
        # editor's undo) — which then is its own again
        if _later_than(conn, article_id, seen_at):
            _give_back(conn, earlier, article_id, prep.url, seen_at)
        article_id, own_text = earlier, True
    elif article_id is not None and own_text and _replaced(conn, article_id, prep):
        # its own address gives another article now, without a redirect (an editor wrote a
        # new article over an old record): the old one is withdrawn, its text kept under
        # its address marked as replaced; the new one is a row of its own (or the row it
        # was stored as under another of its addresses)
        _vacate(conn, article_id, prep.url, seen_at)
        article_id, own_text = find(conn, prep)
    if article_id is not None and not own_text and _gone_from_its_address(
            conn, article_id, seen_at) and _new_address(conn, prep.url):
        # the same article (site, headline and text) at a new address after its own stopped
        # giving it (moved without a redirect, the old address answering "not found", and
        # re-checked before a listing showed the new one): this is its address now, and it
        # is no longer withdrawn
        _take_address(conn, article_id, prep.url)
        add_urls(conn, article_id, site, seen_at, [(prep.url, "moved")])
        own_text = True
    redirected = _redirected_from(conn, prep, aliases)
    moved = next((old for old, same in redirected if same), None) \
        if article_id is None else None
    if moved is not None:
        # an archived article's own address now redirects here, to the same article
        # (edited perhaps): it moved; this is its text, and this its address now
        article_id, own_text = moved, True
        add_urls(conn, article_id, site, seen_at, [(prep.url, "primary")])
        conn.execute("UPDATE articles SET url = ? WHERE id = ?", (prep.url, article_id))
    if article_id is None:
        article_id = insert(conn, prep, seen_at, capture_id, limits)
        outcome: UpsertResult = "new"
    elif own_text:
        outcome = _update(conn, article_id, prep, seen_at, capture_id, limits)
    else:   # the same article under another URL: an alias, its text left as it is
        add_urls(conn, article_id, site, seen_at, [(prep.url, "same text")])
        conn.execute("UPDATE articles SET last_seen_at = ? WHERE id = ? AND last_seen_at < ?",
                     (seen_at, article_id, seen_at))
        if (article_id, True) in redirected:
            # (its own address redirects here: it moved, the same text; this is its address)
            conn.execute("UPDATE articles SET url = ? WHERE id = ?", (prep.url, article_id))
        outcome = "unchanged"
    add_urls(conn, article_id, site, seen_at, [(u, "redirect or alias") for u in aliases
                                               if u != prep.url])
    for old, same in redirected:
        if old != article_id and same is False:
            # its address gives another article now (an id reused): the article is gone
            # from it — withdrawn, never overwritten by the other one
            conn.execute("UPDATE articles SET withdrawn_at = ?, withdrawn_reason = ? "
                         "WHERE id = ? AND withdrawn_at IS NULL",
                         (seen_at, f"its address redirects to another article ({prep.url})",
                          old))
    for old, same in redirected:
        if same and article_id > old and _strictly_same(conn, old, prep):
            # the archived article's address redirects here, where its page had been stored
            # as a row of its own (found in a listing before its old address was asked
            # again: a retitle giving it a new address): one article, the archived row —
            # its id, its history — taking the new address and text (the page's own date:
            # a correction, no migration's import time); the other id kept from reuse
            follow_move(conn, old, article_id, seen_at, limits, how="redirected")
            article_id, outcome = old, "updated"
            break
    prefer_canonical(conn, article_id, canonical)
    return outcome


def _strictly_same(conn: sqlite3.Connection, article_id: int, prep: Prepared) -> bool:
    """Archived article ``article_id``, not withdrawn, is ``prep``'s article by the strict
    test (its words, names and figures; or one same-key text): two weeks' schedules under
    one headline are two documents, never folded into one row."""
    row = conn.execute("SELECT fold_title, fold_body, body, same_key FROM articles WHERE id = ? "
                       "AND withdrawn_at IS NULL", (article_id,)).fetchone()
    if row is None:
        return False
    title, folded, body, key = row
    return (key is not None and key == prep.record["same_key"]) or _same_article(
        title, folded or "", body or "", prep.shadow["fold_title"],
        prep.shadow["fold_body"] or "", prep.record["body"] or "", strict=True)


def _redirected_from(conn: sqlite3.Connection, prep: Prepared,
                     aliases: Iterable[str]) -> list[tuple[int, bool | None]]:
    """The archived articles of the site reached at one of ``aliases`` (the address asked
    for before a redirect to ``prep``), each with whether ``prep`` is the same article:
    True (the same headline and text; most of the shorter text in the longer, whatever
    the headline — an edit, a report expanded or trimmed, a headline corrected; or the
    same headline, not a generic one, over a text sharing a third), False only when the
    address is the article's own and its headline and text both differ (an id reused),
    None when it cannot be told (a generic headline, "Thông báo", over a text of the
    same template): nothing is done then."""
    found: list[tuple[int, bool | None]] = []
    for alias in aliases:
        if alias == prep.url:
            continue
        row = conn.execute(
            "SELECT a.id, a.url, a.same_key, a.fold_title, a.fold_body, a.body FROM article_urls u "
            "JOIN articles a ON a.id = u.article_id WHERE u.url = ? AND a.site = ?",
            (alias, prep.record["site"])).fetchone()
        if row is None:
            continue
        article_id, own_url, key, folded_title, folded_body, body = row
        if key is not None and key == prep.record["same_key"]:
            found.append((int(article_id), True))
            continue
        titled = bool(folded_title) and folded_title == prep.shadow["fold_title"]
        if _same_article(folded_title, folded_body or "", body or "",
                         prep.shadow["fold_title"], prep.shadow["fold_body"] or "",
                         prep.record["body"] or ""):
            found.append((int(article_id), True))
        elif titled or own_url != alias:
            # (a generic headline; or an alias, a print view, now elsewhere: nothing told)
            found.append((int(article_id), None))
        else:
            found.append((int(article_id), False))
    return found


#: A page at an archived article's own address is another article only under another
#: headline, of another publication day, sharing at most what other articles of one site's
#: formulas share: this much of the shorter text's three-word runs and of its names
#: (tests/test_identity_generated.py: 0.59 and 0.58 at most; an edit keeps 0.72 and 0.67).
REUSED_TEXT = 0.6
REUSED_NAMES = 0.58
#: What the address of an article replaced by another at its own address becomes in its
#: row: the address, and the day it was found replaced (``…/view/3286#replaced-2025-06-25``).
REPLACED_MARK = "#replaced-"


def _replaced(conn: sqlite3.Connection, article_id: int, prep: Prepared) -> bool:
    """Whether ``prep``, fetched at article ``article_id``'s own address, is another article
    (an id reused without a redirect): both dated, on other days, under other headlines
    neither generic, sharing next to nothing of their texts. An edit, however heavy, keeps
    its day or its headline or its text."""
    row = conn.execute("SELECT published_at, fold_title, fold_body, body, same_key "
                       "FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return False
    published, folded_title, folded_body, body, key = row
    new_published, new_title = prep.record["published_at"], prep.shadow["fold_title"]
    if not published or not new_published or published[:10] == new_published[:10] \
            or (key is not None and key == prep.record["same_key"]):
        return False
    if not folded_title or not new_title or folded_title == new_title or min(
            len(folded_title.split()), len(new_title.split())) < GENERIC_TITLE_WORDS:
        return False
    new_folded, new_body = prep.shadow["fold_body"] or "", prep.record["body"] or ""
    if not folded_body or not new_folded:
        return False
    return _contained(folded_body, new_folded) <= REUSED_TEXT and \
        _names_shared(body or "", new_body) <= REUSED_NAMES


def _replaced_before(conn: sqlite3.Connection, prep: Prepared) -> int | None:
    """The row of the article ``prep`` is that its address gave before another article
    replaced it there (:func:`_vacate`), if any."""
    prefix = prep.url.split("#", 1)[0] + REPLACED_MARK
    for article_id, title, folded, body in conn.execute(
            "SELECT a.id, a.fold_title, a.fold_body, a.body FROM article_urls u JOIN articles a "
            "ON a.id = u.article_id WHERE u.url >= ? AND u.url < ? AND u.how = 'replaced'",
            (prefix, prefix + "\uffff")).fetchall():
        if _same_article(title, folded or "", body or "", prep.shadow["fold_title"],
                         prep.shadow["fold_body"] or "", prep.record["body"] or ""):
            return int(article_id)
    return None


def _later_than(conn: sqlite3.Connection, article_id: int | None, seen_at: str) -> bool:
    """``seen_at`` is later than article ``article_id``'s current text (a live fetch, not a
    re-extraction of an older capture)."""
    row = conn.execute("SELECT version_seen_at FROM articles WHERE id = ?",
                       (article_id,)).fetchone()
    return row is not None and seen_at > str(row[0])


def _give_back(conn: sqlite3.Connection, earlier: int, holder: int | None, url: str,
               seen_at: str) -> None:
    """Article ``earlier``, replaced at ``url`` by ``holder``, is there again: the address
    is its own once more (its row's ``url``), and the holder, if the address was its own,
    is withdrawn from it as ``earlier`` was (if only an alias of it, the alias goes)."""
    row = conn.execute("SELECT url FROM articles WHERE id = ?", (holder,)).fetchone()
    if holder is not None and row is not None and row[0] == url:
        _vacate(conn, holder, url, seen_at, reason="its address gives the article it had "
                "replaced there again")
    conn.execute("DELETE FROM article_urls WHERE url = ?", (url,))
    conn.execute("INSERT INTO article_urls (url, article_id, site, first_seen_at, how) "
                 "SELECT ?, id, site, ?, 'primary' FROM articles WHERE id = ?",
                 (url, seen_at, earlier))
    conn.execute("UPDATE articles SET url = ? WHERE id = ?", (url, earlier))


def _vacate(conn: sqlite3.Connection, article_id: int, url: str, seen_at: str,
            reason: str = "its address now gives another article, without a redirect (an "
                          "id reused)") -> None:
    """Withdraw article ``article_id``, whose address ``url`` now gives another article,
    and free the address for it: the row keeps its text, id and history, its ``url`` the
    address marked with the day it was found replaced (and ``article_urls`` so)."""
    mark = f"{url.split('#', 1)[0]}{REPLACED_MARK}{seen_at[:10]}"
    marked, n = mark, 1
    while conn.execute("SELECT 1 FROM article_urls WHERE url = ?", (marked,)).fetchone() \
            or conn.execute("SELECT 1 FROM articles WHERE url = ?", (marked,)).fetchone():
        n += 1
        marked = f"{mark}-{n}"
    conn.execute("UPDATE articles SET url = ?, withdrawn_at = ?, withdrawn_reason = ? "
                 "WHERE id = ?", (marked, seen_at, reason, article_id))
    conn.execute("UPDATE article_urls SET url = ?, how = 'replaced' WHERE url = ? AND "
                 "article_id = ?", (marked, url, article_id))


def _names_shared(one: str, other: str, figures: bool = False) -> float:
    """The share of the shorter text's names and numbers (a capitalised word inside a
    sentence, a word with a digit; ``figures``: the numbers alone, three at least) found in
    the longer one; 1.0 when either has none."""
    def names(text: str) -> set[str]:
        found: set[str] = set()
        for sentence in _SENTENCE.split(text):
            for i, word in enumerate(sentence.split()):
                word = word.strip(".,;:!?()[]“”\"'…")
                if word and (any(ch.isdigit() for ch in word) or (
                        not figures and i and word[0].isupper())):
                    found.add(word)
        return found if not figures or len(found) >= 3 else set()
    # (over the paragraphs the two texts share: a paragraph added by an edit, its new
    # names, has no counterpart to compare with — two notices of one template share their
    # paragraphs and differ in the names inside them)
    one, other = _common(one, other), _common(other, one)
    a, b = names(one), names(other)
    return len(a & b) / min(len(a), len(b)) if a and b else 1.0


def _common(text: str, other: str) -> str:
    """``text`` without the paragraphs of which less than half the three-word runs are in
    ``other`` (paragraphs an edit added); the whole text when none would be left."""
    folded_other = fold(" ".join(other.split()))
    kept = [para for para in text.split("\n\n")
            if _contained(fold(" ".join(para.split())), folded_other) >= 0.5]
    return "\n\n".join(kept) if kept else text


_SENTENCE = re.compile(r"(?<=[.!?…])\s+|\n+")


def text_shared(one: str, other: str) -> float:
    """The share of the shorter of two printed texts' three-word runs found in the other
    (folded: marks and case aside)."""
    return _contained(fold(" ".join(one.split())), fold(" ".join(other.split())))


def _contained(one: str, other: str) -> float:
    """The share of the shorter text's three-word runs found in the longer one."""
    def runs(text: str) -> set[str]:
        words = text.split()
        return {" ".join(words[i:i + 3]) for i in range(max(0, len(words) - 2))}
    a, b = runs(one), runs(other)
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def _update(conn: sqlite3.Connection, article_id: int, prep: Prepared, seen_at: str,
            capture_id: int | None, limits: Limits) -> UpsertResult:
    record = prep.record
    cur = conn.execute("SELECT * FROM articles WHERE id = ?", (article_id,))
    old = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    _kept_date(conn, old, prep)
    changes: dict[str, Any] = {}
    text_changed = old["content_hash"] != record["content_hash"]
    # the current text's own capture, read again: the crawl stamps a version when it reads
    # the page, a second or more after the capture's fetch time that re-extraction gives
    re_read = capture_id is not None and capture_id == old["capture_id"]
    if text_changed and seen_at < old["version_seen_at"] and not re_read:
        # A capture older than the current text (re-extraction): history only.
        _add_version(conn, old, record, capture_id, seen_at, seen_at, seen_at)
        changes["version_count"] = old["version_count"] + 1
    else:
        changes.update({k: v for k, v in record.items() if k in old and old[k] != v})
        if text_changed:
            # (a re-read of the same capture keeps its version's time: never a history
            # entry ending before it began)
            when = max(seen_at, old["version_seen_at"])
            _add_version(conn, old, old, old["capture_id"], old["version_seen_at"],
                         old["last_seen_at"], when)
            changes["version_count"] = old["version_count"] + 1
            changes["version_seen_at"] = when
        if changes and capture_id is not None and capture_id != old["capture_id"]:
            changes["capture_id"] = capture_id
        if changes:
            changes.update(prep.shadow)
            changes["sort_key"] = sort_key(record["published_at"], old["id"])
            changes = {k: v for k, v in changes.items() if old[k] != v}
    if old["withdrawn_at"] is not None and seen_at > old["withdrawn_at"]:
        changes["withdrawn_at"] = None
        changes["withdrawn_reason"] = None
    outcome: UpsertResult = "updated" if changes else "unchanged"
    if seen_at > old["last_seen_at"]:
        changes["last_seen_at"] = seen_at
    if changes:
        sets = ", ".join(f"{k} = ?" for k in changes)
        conn.execute(f"UPDATE articles SET {sets} WHERE id = ?", (*changes.values(), old["id"]))
    if text_changed and "version_seen_at" in changes:
        link_one(conn, old["id"], prep.signature, prep.band_keys, limits)
    return outcome


def insert(conn: sqlite3.Connection, prep: Prepared, seen_at: str, capture_id: int | None,
           limits: Limits) -> int:
    article_id = next_article_id(conn)
    row = {"id": article_id, "url": prep.url, **prep.record, **prep.shadow,
           "sort_key": sort_key(prep.record["published_at"], article_id),
           "capture_id": capture_id, "first_seen_at": seen_at, "last_seen_at": seen_at,
           "version_seen_at": seen_at, "version_count": 1}
    conn.execute(f"INSERT INTO articles ({', '.join(row)}) "
                 f"VALUES ({', '.join('?' * len(row))})", tuple(row.values()))
    add_urls(conn, article_id, prep.record["site"], seen_at, [(prep.url, "primary")])
    link_one(conn, article_id, prep.signature, prep.band_keys, limits)
    return article_id


def _add_version(conn: sqlite3.Connection, article: dict[str, Any], text: dict[str, Any],
                 capture_id: int | None, valid_from: str, last_seen: str,
                 valid_to: str) -> None:
    number = conn.execute("SELECT coalesce(max(version), 0) + 1 FROM article_versions "
                          "WHERE article_id = ?", (article["id"],)).fetchone()[0]
    values = [text[c] for c in VERSIONED_COLUMNS if c != "capture_id"]
    conn.execute(
        "INSERT INTO article_versions (article_id, version, content_hash, title, lead, body, "
        "captions, author, author_unit, published_at, updated_at, capture_id, valid_from, "
        "last_seen_at, valid_to) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (article["id"], number, *values, capture_id, valid_from, last_seen, valid_to))


def successor(conn: sqlite3.Connection, article_id: int) -> int | None:
    """The row of the same site that is this article at a new address, when its own
    address no longer gives it (a site rebuilt overnight: new addresses, no redirects, the
    text touched by the migration — marks respelled, the lead merged into the text, a
    caption lost): a row first seen after this one was last seen at its address, in its
    near-duplicate cluster or under its headline, judged the same article as a redirect's
    target is. None when there is none, or more than one."""
    row = conn.execute("SELECT site, last_seen_at, cluster_id, fold_title, fold_body, body, "
                       "same_key FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return None
    site, last_seen, cluster, folded_title, folded_body, body, key = row
    candidates = conn.execute(
        "SELECT id, fold_title, fold_body, body, same_key FROM articles WHERE site = ? AND "
        "id > ? AND first_seen_at >= ? AND withdrawn_at IS NULL AND (duplicate_of = ? OR "
        "(cluster_id IS NOT NULL AND cluster_id = ?) OR (fold_title IS NOT NULL AND "
        "fold_title = ?)) LIMIT 20",
        (site, article_id, last_seen, article_id, cluster, folded_title)).fetchall()
    # (strictly, its figures too: no redirect says it moved — a headline, a template's text
    # and its officials' names shared by two weeks' schedules, "Lịch công tác tuần …", are
    # two documents, their days and hours apart)
    same = [cid for cid, title, text, printed, other_key in candidates
            if (key is not None and key == other_key) or _same_article(
                folded_title, folded_body or "", body or "", title, text or "", printed or "",
                strict=True)]
    return same[0] if len(same) == 1 else None


def _same_article(title: str | None, folded: str, body: str, other_title: str | None,
                  other_folded: str, other_body: str, strict: bool = False) -> bool:
    """One article in two texts (folded headlines and texts, and the texts as printed):
    most of the shorter text's words in the other and most of its names and figures
    (a notice of one template shares most of its wording with another, not its names);
    or (not ``strict``) the same headline, not a generic one, over a third of it."""
    shared = _contained(folded, other_folded)
    if shared >= SAME_TEXT and _names_shared(body, other_body) >= SAME_NAMES and (
            not strict or _names_shared(body, other_body, figures=True) >= SAME_NAMES):
        return True
    return not strict and bool(title) and title == other_title and \
        len((title or "").split()) >= GENERIC_TITLE_WORDS and shared >= SAME_TEXT_TITLED


def follow_move(conn: sqlite3.Connection, article_id: int, new_id: int, seen_at: str,
                limits: Limits, how: str = "moved") -> None:
    """Make ``new_id`` (the article at its new address, stored as a row of its own when it
    was found there) part of ``article_id``: the archived row keeps its id and takes the new
    address (``how`` "moved") and text (its own text a version before it), and keeps its
    publication time unless the new page names an earlier one — a migration re-dates
    nothing (its import time is no publication), now or at any later re-fetch of the moved
    address; the new row's addresses and versions follow it (:func:`schema.merge_articles`)
    and the row goes."""
    cur = conn.execute("SELECT * FROM articles WHERE id = ?", (new_id,))
    new = dict(zip([d[0] for d in cur.description], cur.fetchone(), strict=True))
    record, shadow = {c: new[c] for c in RECORD_COLUMNS}, {c: new[c] for c in SHADOW_COLUMNS}
    blob = conn.execute("SELECT signature FROM article_minhash WHERE article_id = ?",
                        (new_id,)).fetchone()
    sig = dedupe.decode(blob[0]) if blob else None
    prep = Prepared(new["url"], record, shadow, sig, dedupe.band_keys(sig) if sig else [])
    merge_articles(conn, article_id, new_id)
    # ("moved": a site's migration, whose import time is no publication; "redirected": the
    # site's own redirect to the article retitled, its printed date its own)
    conn.execute("UPDATE article_urls SET how = ? WHERE url = ?", (how, new["url"]))
    _take_address(conn, article_id, new["url"])
    _update(conn, article_id, prep, max(seen_at, new["last_seen_at"]), new["capture_id"],
            limits)
    conn.execute("UPDATE articles SET version_count = 1 + (SELECT count(*) FROM "
                 "article_versions WHERE article_id = ?) WHERE id = ?", (article_id, article_id))
    _renumber_versions(conn, article_id)


def _renumber_versions(conn: sqlite3.Connection, article_id: int) -> None:
    """An article's earlier versions numbered again in the order they were valid from (two
    rows' histories folded into one come in two runs, oldest first each)."""
    rows = conn.execute("SELECT version FROM article_versions WHERE article_id = ? "
                        "ORDER BY valid_from, version", (article_id,)).fetchall()
    if [v for (v,) in rows] == list(range(1, len(rows) + 1)):
        return
    conn.execute("UPDATE article_versions SET version = -version WHERE article_id = ?",
                 (article_id,))
    for n, (old,) in enumerate(rows, 1):
        conn.execute("UPDATE article_versions SET version = ? WHERE article_id = ? AND "
                     "version = ?", (n, article_id, -old))


def _kept_date(conn: sqlite3.Connection, old: dict[str, Any], prep: Prepared) -> None:
    """A moved article's page printing a later publication than its archived one (the
    migration's import time) leaves the archived one: ``prep``'s record takes it."""
    later = old["published_at"] and (not prep.record["published_at"] or
                                     prep.record["published_at"][:10] > old["published_at"][:10])
    if later and conn.execute("SELECT 1 FROM article_urls WHERE url = ? AND how = 'moved'",
                              (prep.url,)).fetchone() is not None:
        prep.record.update({c: old[c] for c in
                            ("published_at", "published_date", "year", "month")})
