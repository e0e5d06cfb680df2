"""What the crawl's handlers work with during one run."""

from __future__ import annotations

from dataclasses import dataclass

from archiver.captures import CaptureStore
from archiver.crawl.frontier import Frontier
from archiver.crawl.report import CrawlOptions
from archiver.crawl.validators import HostValidators
from archiver.crawl.workers import ExtractionPool
from archiver.crawl.writer import PageWriter
from archiver.store import Archive

__all__ = ["Context"]


@dataclass(frozen=True, slots=True)
class Context:
    writer: PageWriter
    frontier: Frontier
    archive: Archive
    captures: CaptureStore
    pool: ExtractionPool
    options: CrawlOptions
    run_id: int
    validators: HostValidators
