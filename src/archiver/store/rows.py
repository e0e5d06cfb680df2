"""An extracted :class:`~archiver.models.Article` as the values stored for it.

Pure functions, no database: the record columns (NFC text, JSON lists, the content hash),
the search shadow columns (tone-unified and folded copies the FTS indexes read), the MinHash
signature and its LSH band keys, and ``sort_key`` — the FTS rowid
``-(published_epoch_seconds * 2**31 + id)``, so ascending rowid order is newest-first and a
date range is a rowid range.
"""

from __future__ import annotations

import hashlib
import json
import logging
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from archiver import dedupe
from archiver.models import Article
from archiver.text import canonical_tones, content_hash, fold
from archiver.urls import canonicalize

__all__ = [
    "INTERNAL_COLUMNS",
    "JSON_COLUMNS",
    "RECORD_COLUMNS",
    "SHADOW_COLUMNS",
    "VERSIONED_COLUMNS",
    "LoadItem",
    "Prepared",
    "epoch_seconds",
    "prepare",
    "same_key",
    "shadow_columns",
    "sort_key",
    "sort_key_bounds",
    "to_json",
]

log = logging.getLogger(__name__)

JSON_COLUMNS = ("captions", "images", "tags", "related")
ID_SHIFT = 1 << 31
_MAX_SECS = (1 << 31) - 1
_VN_TZ = timezone(timedelta(hours=7))

#: Columns that come from the extracted record (compared to decide new/updated/unchanged).
RECORD_COLUMNS = (
    "site", "title", "published_at", "published_date", "year", "month", "updated_at",
    "modified_at", "author", "author_unit", "photographer", "source", "category", "lead", "body",
    "captions", "images", "tags", "related", "profile", "content_hash", "same_key",
)
SHADOW_COLUMNS = ("fts_title", "fts_body", "fts_meta", "fold_title", "fold_body", "fold_meta")
INTERNAL_COLUMNS = frozenset({*SHADOW_COLUMNS, "sort_key", "version_seen_at"})
VERSIONED_COLUMNS = (
    "content_hash", "title", "lead", "body", "captions", "author", "author_unit",
    "published_at", "updated_at", "capture_id",
)


@dataclass(frozen=True, slots=True)
class LoadItem:
    """One record to load with ``Archive.upsert_many`` / ``Archive.load_batch``.

    ``aliases``: other URLs the page was reached by (the URL asked for before a redirect);
    ``canonical``: the URL the page names as its own (``rel=canonical``, already judged in
    scope). Both are kept in ``article_urls``; a canonical becomes the article's ``url`` once
    the archive holds it for this article."""

    article: Article
    site: str
    seen_at: str
    capture_id: int | None = None
    aliases: tuple[str, ...] = ()
    canonical: str | None = None


@dataclass(frozen=True, slots=True)
class Prepared:
    """Everything about one record that needs no database: computed ahead of the write."""

    url: str
    record: dict[str, Any]
    shadow: dict[str, Any]
    signature: dedupe.Signature | None
    band_keys: list[int]


def prepare(article: Article, site: str) -> Prepared:
    record, captions, tags = _record(article, site)
    shadow = dict(zip(SHADOW_COLUMNS, shadow_columns(
        record["title"], record["body"], captions, record["author"], record["author_unit"],
        record["photographer"], tags), strict=True))
    # the folded headline and text are the shadow's: folded once, for search, identity and
    # the signature
    record["same_key"] = _same_key(site, shadow["fold_title"] or "", shadow["fold_body"] or "")
    sig = dedupe.signature(f"{shadow['fold_title'] or ''} {shadow['fold_body'] or ''}")
    return Prepared(canonicalize(article.url), record, shadow, sig,
                    dedupe.band_keys(sig) if sig is not None else [])


def same_key(site: str, title: str | None, body: str) -> str | None:
    """The key of "the same article on the same site": sha1 of the site, the headline and
    the text (folded: tones, case and spacing ignored; captions and images left out, as
    renderings differ in them). Two URLs whose pages extract to the same key are one
    article; None without a title or a text (nothing to be sure of)."""
    return _same_key(site, fold(_collapse(title or "")), fold(_collapse(body)))


def _same_key(site: str, folded_title: str, folded_body: str) -> str | None:
    if not folded_title or not folded_body:
        return None
    key = f"{site}\x1f{folded_title}\x1f{folded_body}".encode()
    return hashlib.sha1(key).hexdigest()[:20]


def to_json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _nfc(value: str | None) -> str | None:
    if value is None or value.isascii() or unicodedata.is_normalized("NFC", value):
        return value
    return unicodedata.normalize("NFC", value)


def epoch_seconds(published_at: str | None) -> int:
    if not published_at:
        return 0
    try:
        parsed = datetime.fromisoformat(published_at)
    except ValueError:
        log.warning("unparseable published_at %r; sorting it as undated", published_at)
        return 0
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=_VN_TZ)
    return min(max(int(parsed.timestamp()), 0), _MAX_SECS)


def sort_key_bounds(since: str | None, until: str | None) -> tuple[int | None, int | None]:
    """(low, high) inclusive FTS rowid bounds for published_at within [since, until].

    A date-only ``until`` includes that whole day (Asia/Ho_Chi_Minh).
    """
    low = high = None
    if until:
        secs = epoch_seconds(until)
        if len(until) == 10:
            secs += 86_399
        low = -((secs + 1) * ID_SHIFT) + 1
    if since:
        high = -(epoch_seconds(since) * ID_SHIFT)
    return low, high


def sort_key(published_at: str | None, article_id: int) -> int:
    return -(epoch_seconds(published_at) * ID_SHIFT + article_id)


def shadow_columns(title: str | None, body: str, captions: Sequence[str], author: str | None,
                   author_unit: str | None, photographer: str | None,
                   tags: Sequence[str]) -> tuple[str | None, ...]:
    """(fts_title, fts_body, fts_meta, fold_title, fold_body, fold_meta)."""
    meta = "\n".join(x for x in (*captions, author, author_unit, photographer, *tags) if x)
    ct_title = canonical_tones(title) if title else None
    ct_body = canonical_tones(body)
    return (
        None if ct_title == title else ct_title,
        None if ct_body == body else ct_body,
        canonical_tones(meta),
        fold(_collapse(title)) if title else None,
        fold(_collapse(body)),
        fold(_collapse(meta)),
    )


def _collapse(text: str) -> str:
    """Collapse whitespace first (as normalize_text would) so text.py takes its fast path."""
    return " ".join(text.split())


def article_hash(article: Article) -> str:
    """The ``content_hash`` a record of ``article`` gets (its text's, tone-style-insensitive):
    whether a page's text differs from an archived one, told before it is stored."""
    return content_hash(_text_of(_nfc(article.title), _nfc(article.lead),
                                 _nfc(article.body) or "",
                                 [_nfc(c) or "" for c in article.captions]))


def _text_of(title: str | None, lead: str | None, body: str, captions: list[str]) -> str:
    return _collapse(" ".join([title or "", lead or "", body, *captions]))


def _record(article: Article, site: str) -> tuple[dict[str, Any], list[str], list[str]]:
    """The record columns (``same_key`` left for :func:`prepare`), and the captions and tags
    as lists."""
    title = _nfc(article.title)
    body = _nfc(article.body) or ""
    lead = _nfc(article.lead)
    captions = [_nfc(c) or "" for c in article.captions]
    tags = [_nfc(t) or "" for t in article.tags]
    published = article.published_at
    text = _text_of(title, lead, body, captions)
    record = {
        "site": site,
        "title": title,
        "published_at": published,
        "published_date": published[:10] if published else None,
        "year": int(published[:4]) if published and published[:4].isdigit() else None,
        "month": published[:7] if published and len(published) >= 7 else None,
        "updated_at": article.updated_at,
        "modified_at": article.modified_at,
        "author": _nfc(article.author),
        "author_unit": _nfc(article.author_unit),
        "photographer": _nfc(article.photographer),
        "source": _nfc(article.source),
        "category": _nfc(article.category),
        "lead": lead,
        "body": body,
        "captions": to_json(captions),
        "images": to_json([{"src": i.src, "caption": _nfc(i.caption)} for i in article.images]),
        "tags": to_json(tags),
        "related": to_json([{"url": r.url, "title": _nfc(r.title)} for r in article.related]),
        "profile": article.profile,
        "content_hash": content_hash(text),
        "same_key": None,
    }
    return record, captions, tags
