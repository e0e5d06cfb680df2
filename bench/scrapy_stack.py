"""The stack a researcher would assemble instead of archiver, as one Scrapy project.

    .venv/bin/python -m bench.scrapy_stack --base http://127.0.0.1:PORT --db out.db \
        --warc out.warc.gz --start '["/Default.aspx?siteid=1&c=content&a=list&catid=3", ...]'

* **Crawl**: Scrapy follows the same category listings and their pagination as archiver
  (the spider of ``bench/scrapy_spider.py``), robots.txt obeyed, no delay, 8 concurrent
  requests, no AutoThrottle.
* **Keep every response**: a downloader middleware writes each response as it came off the
  wire (before Scrapy undoes its gzip), robots.txt and listings included, as a gzipped WARC
  response record with warcio.
* **Extract**: every article page through ``trafilatura.bare_extraction`` with metadata (the
  date search settings the extraction benchmark gives it).
* **Store**: title, date, author and body upserted into SQLite with sqlite-utils, with an
  FTS5 index on title and body kept in sync by triggers (``enable_fts(create_triggers=True)``),
  WAL mode.

It prints one JSON line: articles stored, crawl wall seconds, CPU seconds, peak RSS (MB).
Scrapy, trafilatura and warcio's use here are benchmark-only; nothing of archiver is imported.
"""

from __future__ import annotations

import argparse
import io
import json
import resource
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

import scrapy
import sqlite_utils
import trafilatura
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from bench import peak_rss_mb
from bench.scrapy_spider import USER_AGENT, LangsonSpider

__all__ = ["StackSpider", "WarcMiddleware", "crawl", "main"]


class StackSpider(LangsonSpider):
    """The same listing walk; articles through trafilatura."""

    name = "langson-stack"

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        doc = trafilatura.bare_extraction(
            response.text, url=response.url, with_metadata=True,
            date_extraction_params={"extensive_search": True, "original_date": True})
        if doc is None:
            return
        data = doc if isinstance(doc, dict) else doc.as_dict()
        yield {"url": response.url, "title": data.get("title"), "date": data.get("date"),
               "author": data.get("author"), "body": data.get("text") or ""}


class WarcMiddleware:
    """Every response as a WARC response record, its body as transferred."""

    def __init__(self, path: str) -> None:
        self.file = open(path, "ab")  # noqa: SIM115  (closed with the spider)
        self.writer = WARCWriter(self.file, gzip=True)

    @classmethod
    def from_crawler(cls, crawler: Any) -> WarcMiddleware:
        middleware = cls(crawler.settings.get("WARC_PATH"))
        crawler.signals.connect(middleware.close, signal=scrapy.signals.spider_closed)
        return middleware

    def process_response(self, request: scrapy.Request, response: Response,
                         spider: scrapy.Spider | None = None) -> Response:
        headers = [(k.decode("latin-1"), v.decode("latin-1"))
                   for k, values in response.headers.items() for v in values]
        status = f"{response.status} {'OK' if response.status == 200 else 'Status'}"
        record = self.writer.create_warc_record(
            response.url, "response", payload=io.BytesIO(response.body),
            length=len(response.body),
            http_headers=StatusAndHeaders(status, headers, protocol="HTTP/1.1"),
            warc_headers_dict={"WARC-Date": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")})
        self.writer.write_record(record)
        return response

    def close(self, spider: scrapy.Spider | None = None) -> None:
        self.file.close()


class FTSPipeline:
    """sqlite-utils: one upsert per item into ``articles``, searchable through FTS5."""

    def __init__(self, path: str) -> None:
        self.db = sqlite_utils.Database(path)
        self.db.enable_wal()
        table = self.db.table("articles")
        table.create({"url": str, "title": str, "date": str, "author": str, "body": str},
                     pk="url", if_not_exists=True)
        if not table.detect_fts():
            table.enable_fts(["title", "body"], create_triggers=True)

    @classmethod
    def from_crawler(cls, crawler: Any) -> FTSPipeline:
        return cls(crawler.settings.get("SQLITE_PATH"))

    def process_item(self, item: dict[str, Any], spider: scrapy.Spider | None = None
                     ) -> dict[str, Any]:
        self.db.table("articles").upsert(item, pk="url")
        return item

    def close_spider(self, spider: scrapy.Spider | None = None) -> None:
        self.db.close()


def crawl(base: str, start_paths: list[str], db: str, warc: str,
          concurrency: int = 8) -> dict[str, Any]:
    settings = {
        "USER_AGENT": USER_AGENT,
        "ROBOTSTXT_OBEY": True,
        "CONCURRENT_REQUESTS": concurrency,
        "CONCURRENT_REQUESTS_PER_DOMAIN": concurrency,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "TELNETCONSOLE_ENABLED": False,
        "LOG_LEVEL": "WARNING",
        # nearest the downloader: it sees each response before Scrapy decompresses it
        "DOWNLOADER_MIDDLEWARES": {f"{__name__}.WarcMiddleware": 950},
        "ITEM_PIPELINES": {f"{__name__}.FTSPipeline": 300},
        "SQLITE_PATH": db,
        "WARC_PATH": warc,
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(StackSpider)
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    process.crawl(crawler, base=base, start=json.dumps(start_paths))
    process.start()
    wall = time.perf_counter() - t0
    usage1 = resource.getrusage(resource.RUSAGE_SELF)
    stats = crawler.stats.get_stats() if crawler.stats else {}
    articles = sqlite_utils.Database(db).table("articles").count
    counts = {key.rsplit("/", 1)[-1]: int(value) for key, value in stats.items()
              if key in ("downloader/request_count", "item_scraped_count",
                         "downloader/response_status_count/200")}
    return {"articles": articles, "wall": wall,
            "cpu": (usage1.ru_utime + usage1.ru_stime) - (usage0.ru_utime + usage0.ru_stime),
            "maxrss_mb": peak_rss_mb(), "counts": counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scrapy_stack", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", required=True, help="replica base URL")
    parser.add_argument("--db", required=True, help="SQLite file to write")
    parser.add_argument("--warc", required=True, help="WARC file to write")
    parser.add_argument("--start", required=True, help="JSON list of start paths")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    result = crawl(args.base, json.loads(args.start), args.db, args.warc, args.concurrency)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
