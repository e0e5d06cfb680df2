"""The archive file: one SQLite database holding articles, captures' index and crawl state.

=============== ===========================================================================
``db``          the one door: open (read-only / read-write / create), migrate, ``atomic``
``schema``      every table, as one ordered sequence of migrations
``rows``        an extracted article as the values stored for it (no database)
``upsert``      one article: insert, or update with a revision
``bulk``        many articles: batched inserts, preparation in a helper thread
``clusters``    near-duplicate signatures, LSH bands and clusters
``articles``    ``Archive``: the article tables as one object
=============== ===========================================================================
"""

from archiver.store.articles import Archive
from archiver.store.db import PAGE_SIZE, atomic, capture_dir_for, open_archive, reading
from archiver.store.rows import JSON_COLUMNS, LoadItem, article_hash, sort_key_bounds
from archiver.store.schema import FTS_AUTOMERGE, SCHEMA_VERSION, analyze
from archiver.store.upsert import UpsertResult, text_shared

__all__ = [
    "FTS_AUTOMERGE",
    "JSON_COLUMNS",
    "PAGE_SIZE",
    "SCHEMA_VERSION",
    "Archive",
    "LoadItem",
    "UpsertResult",
    "analyze",
    "article_hash",
    "atomic",
    "capture_dir_for",
    "open_archive",
    "reading",
    "sort_key_bounds",
    "text_shared",
]
