"""The crawler: crawl -> fetch -> extract -> load, for every site of a sources file.

=============== ===========================================================================
``engine``      ``Crawler``: the run's lifecycle, seeding, the worker loop
``frontier``    the persistent queue of URLs, failures and runs (in the archive file)
``lock``        one crawl at a time per archive
``robots``      robots.txt: one fetch per host, shared by the workers
``triage``      what a response means (pure): not modified, withdrawn, failed, or a kind
``handlers``    one handler per verdict: discovery (listings, sitemaps, feeds), articles
``writer``      savepoint per page, the article load buffer, the commit rhythm
``workers``     extraction in worker processes beside the crawler
``report``      ``CrawlOptions``, per-site run state, ``RunReport``
=============== ===========================================================================

Offline re-extraction lives in :mod:`archiver.reextract`; the read side (search, status,
export, Datasette) never imports this package.
"""

from archiver.crawl.engine import Crawler, crawl
from archiver.crawl.report import CrawlOptions, RunReport

__all__ = ["CrawlOptions", "Crawler", "RunReport", "crawl"]
