"""One exception tree for archiver.

    ArchiverError                    base; the CLI turns any of these into a one-line message
    ├── ConfigError                  malformed sources file / profile / option (exit 2)
    ├── LockError                    another crawl holds the database lock (exit 2)
    ├── QueryError                   malformed search query (unbalanced quotes, bad operator)
    ├── StorageError                 the archive cannot be written (disk full, read-only, corrupt)
    │   └── RecordError              the archive refused one record (a constraint): that record
    │                                fails alone, the archive is fine
    ├── ExtractError                 a page could not be turned into a record at all
    ├── ContentCodingError           a payload's Content-Encoding cannot be undone (corrupt data)
    │   ├── UnsupportedCodingError   a coding archiver does not decode (zstd, compress: never asked)
    │   └── DecodedTooLargeError     decoding passed the size or ratio cap (a decompression bomb)
    └── FetchError                   a URL could not be fetched
        ├── TransientFetchError      worth retrying: transport errors, 408/429/5xx, truncated body
        ├── PermanentFetchError      not worth retrying: 4xx, robots.txt, too large, redirect loop,
        │                            a redirect out of the site's scope
        └── HostGaveUpError          its host kept failing: left for the next run, not failed

Retry policy keys on type: only ``TransientFetchError`` is retried.
"""

from __future__ import annotations

__all__ = [
    "ArchiverError",
    "ConfigError",
    "ContentCodingError",
    "DecodedTooLargeError",
    "ExtractError",
    "FetchError",
    "HostGaveUpError",
    "LockError",
    "PermanentFetchError",
    "QueryError",
    "RecordError",
    "StorageError",
    "TransientFetchError",
    "UnsupportedCodingError",
]


class ArchiverError(Exception):
    """Base of every error archiver raises on purpose."""


class ConfigError(ArchiverError):
    """A sources file, profile or option is malformed; the message names file, key and fix."""


class LockError(ArchiverError):
    """Another process holds the crawl lock on this database."""


class QueryError(ArchiverError):
    """A search query cannot be parsed."""


class StorageError(ArchiverError):
    """The archive database or capture files cannot be written or read."""


class RecordError(StorageError):
    """The archive refused one record (a NOT NULL or UNIQUE constraint, a value SQLite cannot
    store): the record fails alone; the file and every other record are fine."""


class ExtractError(ArchiverError):
    """A page could not be decoded or parsed at all."""


class ContentCodingError(ArchiverError):
    """A payload's ``Content-Encoding`` cannot be undone: the data is not what it claims."""


class UnsupportedCodingError(ContentCodingError):
    """A content coding archiver does not decode (``zstd``, ``compress``: never asked for)."""


class DecodedTooLargeError(ContentCodingError):
    """Decoding passed its size cap, or its ratio cap (a decompression bomb)."""


class FetchError(ArchiverError):
    """A URL could not be fetched."""

    def __init__(self, message: str, *, url: str = "", status: int | None = None,
                 retry_after: float | None = None, redirect_to: str | None = None,
                 response: object = None) -> None:
        super().__init__(message)
        self.url = url
        self.status = status
        self.retry_after = retry_after
        #: a redirect it was refused to follow: its target, and the redirect's answer
        #: (a ``RawResponse``, to be captured)
        self.redirect_to = redirect_to
        self.response = response


class TransientFetchError(FetchError):
    """Worth retrying: connection errors, timeouts, 408/429/5xx, truncated bodies."""


class PermanentFetchError(FetchError):
    """Not worth retrying: 4xx other than 408/429, disallowed by robots, too large, loops."""


class HostGaveUpError(FetchError):
    """The URL's host kept failing (timeouts, resets, 5xx) for longer than the run allows:
    the URL is left queued for the next run, not recorded as failed."""
