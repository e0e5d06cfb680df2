"""Plain records passed between pipeline stages. No I/O here."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = ["COUNT_KEYS", "Article", "Image", "RawResponse", "Related", "RequestKind",
           "RunStatus", "URLKind", "URLState"]

#: What a URL in the frontier is: how it was found and how its response is handled.
URLKind = Literal["sitemap", "feed", "listing", "article"]
#: What a failed request was for (``fetch_failures.kind``): a frontier URL or robots.txt.
RequestKind = Literal["robots", "sitemap", "feed", "listing", "article"]
#: Where a URL stands in the frontier.
URLState = Literal["queued", "in_flight", "done", "failed", "skipped", "deferred"]
#: How a crawl run ended (``crawl_runs.status``).
RunStatus = Literal["running", "completed", "interrupted", "failed", "crashed"]
#: Per-site counts of a crawl run (``crawl_run_sites`` columns, ``RunReport.sites``).
COUNT_KEYS = ("discovered", "fetched", "not_modified", "new", "updated", "unchanged",
              "failed", "skipped_robots", "skipped", "withdrawn", "deferred")


@dataclass(frozen=True, slots=True)
class Image:
    src: str                      # absolute URL
    caption: str | None = None


@dataclass(frozen=True, slots=True)
class Related:
    url: str                      # absolute URL
    title: str


@dataclass(slots=True)
class Article:
    """One extracted article. ``to_json`` is the `archiver extract` contract."""

    url: str
    title: str | None = None
    published_at: str | None = None   # "YYYY-MM-DDTHH:MM:SS+07:00" or "YYYY-MM-DD"
    updated_at: str | None = None
    author: str | None = None         # person names as printed, joined by ", "
    author_unit: str | None = None
    source: str | None = None         # "Nguồn: X" / "Theo X"
    category: str | None = None
    lead: str | None = None
    body: str = ""                    # paragraphs joined by "\n\n"; lead first
    captions: list[str] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    # extensions beyond the contract
    photographer: str | None = None   # "Ảnh: X"
    modified_at: str | None = None    # the metadata's modified time (never printed)
    profile: str | None = None        # profile that produced the record
    missing: list[str] = field(default_factory=list)  # expected fields not found

    CONTRACT_KEYS = (
        "url", "title", "published_at", "updated_at", "author", "author_unit", "source",
        "category", "lead", "body", "captions", "images", "tags", "related",
    )

    def to_json(self) -> dict[str, Any]:
        """The JSON object `archiver extract` prints: contract keys always present. (What
        ``asdict`` gives, built directly: ~3 µs instead of ~25 µs a page.)"""
        out: dict[str, Any] = {key: getattr(self, key) for key in self.CONTRACT_KEYS}
        out["captions"] = list(self.captions)
        out["images"] = [_flat(image) for image in self.images]
        out["tags"] = list(self.tags)
        out["related"] = [_flat(item) for item in self.related]
        out["photographer"] = self.photographer
        out["modified_at"] = self.modified_at
        out["profile"] = self.profile
        return out


def _flat(record: Image | Related) -> dict[str, Any]:
    """A record of plain fields as ``asdict`` gives it (fields in order)."""
    return {name: getattr(record, name) for name in record.__slots__}


@dataclass(frozen=True, slots=True)
class RawResponse:
    """A response as received, kept so pages can be re-extracted offline.

    ``body`` is the entity decoded (gzip/deflate undone): what extraction reads.
    ``transferred`` is the payload as it came over the wire, Content-Encoding kept and
    transfer coding (chunks) removed: what a WARC capture stores. ``None`` when only the
    decoded body is known (a capture written before archiver kept payloads as transferred);
    :attr:`payload` is then ``body``."""

    url: str                      # final URL after redirects
    status: int
    headers: dict[str, str]
    body: bytes                   # decoded
    fetched_at: str               # ISO 8601 UTC
    request_url: str = ""         # URL as requested (before redirects)
    request_headers: dict[str, str] = field(default_factory=dict)
    method: str = "GET"           # POST for ASP.NET postback pagers
    request_body: bytes = b""     # the posted form, url-encoded
    http_version: str = "HTTP/1.1"  # "HTTP/2" where the site negotiated it
    transferred: bytes | None = None  # the payload as transferred (Content-Encoding kept)
    # the redirect answers that led here, in order (each captured before this one)
    hops: tuple[RawResponse, ...] = ()
    # the headers by lower-case name, built once (``headers`` keeps the names as sent)
    _lower: dict[str, str] = field(default_factory=dict, init=False, repr=False,
                                   compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_lower", {k.lower(): v for k, v in self.headers.items()})

    def header(self, name: str) -> str | None:
        """A response header by name, case-insensitively (``name`` in lower case)."""
        return self._lower.get(name)

    @property
    def content_type(self) -> str | None:
        return self._lower.get("content-type")

    @property
    def payload(self) -> bytes:
        """The bytes a capture stores: as transferred when known, else the decoded body."""
        return self.body if self.transferred is None else self.transferred
