"""How a capture is named, the way web-archive replay tools name it: ``<timestamp>/<url>``.

A capture is identified by the URL it answered and the second it was received, as a
14-digit UTC timestamp (``YYYYMMDDhhmmss``) — the form of the CDXJ index, of pywb and
Wayback Machine replay URLs (``https://host/<collection>/<timestamp>/<url>``) and of
ReplayWeb.page (``url`` + ``ts``). archiver shows it in ``archiver export`` (``capture``),
on Datasette's capture page (``X-Archiver-Capture``, ``Memento-Datetime``) and in WACZ
packages; ``docs/replay.md`` explains how to cite one.
"""

from __future__ import annotations

import email.utils
import re
from datetime import UTC, datetime

__all__ = ["capture_identity", "memento_datetime", "parse_identity", "sql_identity",
           "timestamp14"]

_IDENTITY = re.compile(r"^(\d{4,14})/(https?://.+)$", re.IGNORECASE)


def _utc(iso: str) -> datetime:
    when = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def timestamp14(iso: str) -> str:
    """``2026-12-05T21:09:38Z`` → ``20261205210938`` (UTC, to the second)."""
    return _utc(iso).strftime("%Y%m%d%H%M%S")


def capture_identity(url: str, fetched_at: str) -> str:
    """``<14-digit timestamp>/<url>``: the capture as replay tools name it."""
    return f"{timestamp14(fetched_at)}/{url}"


def memento_datetime(iso: str) -> str:
    """The capture time as an HTTP date (the ``Memento-Datetime`` header, RFC 7089)."""
    return email.utils.format_datetime(_utc(iso), usegmt=True)


def parse_identity(text: str) -> tuple[str, str] | None:
    """``(timestamp, url)`` from ``<timestamp>/<url>``; the timestamp may be shortened
    (``2023`` or ``20230712``: the nearest capture is meant), the URL must be http(s).
    ``None`` when ``text`` is not of that form."""
    found = _IDENTITY.match(text.strip())
    return (found.group(1), found.group(2)) if found else None


def sql_identity(fetched_at: str = "fetched_at", url: str = "url") -> str:
    """The same identity as an SQL expression over a ``captures`` row's columns."""
    return f"strftime('%Y%m%d%H%M%S', {fetched_at}) || '/' || {url}"
