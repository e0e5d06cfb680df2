"""A minimal Scrapy project for the crawl benchmark: the same crawl archiver does, done plainly.

    .venv/bin/python -m bench.scrapy_spider --base http://127.0.0.1:PORT --db out.db \
        --start '["/Default.aspx?siteid=1&c=content&a=list&catid=3", ...]'

The spider follows the category listings and their pagination on the Lạng Sơn replica,
parses title, date and body of each article with Scrapy selectors and an item pipeline writes
the items to a SQLite file (WAL, one commit per item, as archiver does). Politeness is off
(no delay, 8 concurrent requests, no AutoThrottle); robots.txt is obeyed, as archiver does.
It prints one JSON line: articles stored, crawl wall seconds, CPU seconds, peak RSS (MB).

Scrapy is a bench-only dependency; importing this module without it fails, which
``bench.crawl_bench.scrapy_available`` checks first.
"""

from __future__ import annotations

import argparse
import json
import resource
import sqlite3
import sys
import time
from collections.abc import Iterator
from datetime import datetime
from typing import Any

import scrapy
from scrapy.crawler import CrawlerProcess
from scrapy.http import Response

from bench import peak_rss_mb

__all__ = ["LangsonSpider", "SQLitePipeline", "crawl", "main"]

USER_AGENT = "scrapy-bench (+https://example.invalid/archiver-bench)"


class LangsonSpider(scrapy.Spider):
    name = "langson"

    def __init__(self, base: str = "", start: str = "[]", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.base = base
        self.start_paths: list[str] = json.loads(start)

    async def start(self) -> Any:
        for path in self.start_paths:
            yield scrapy.Request(self.base + path, callback=self.parse)

    def parse(self, response: Response, **kwargs: Any) -> Iterator[scrapy.Request]:
        """A category listing: its articles, then its pager links."""
        for href in response.css("div.item h2 a.title::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article)
        for href in response.css("div.pager a::attr(href)").getall():
            yield response.follow(href, callback=self.parse)

    def parse_article(self, response: Response) -> Iterator[dict[str, Any]]:
        title = response.css("h1[id$=_ltlTitle]::text").get(default="").strip()
        stamp = response.css("span[id$=_lblDate]::text").get(default="").strip()
        try:
            published = datetime.strptime(stamp, "%d-%m-%Y %H:%M").isoformat()
        except ValueError:
            published = None
        paragraphs = [" ".join(p.css("::text").getall()).split()
                      for p in response.css("div[id$=_divContent] > p")]
        body = "\n".join(" ".join(words) for words in paragraphs if words)
        category = response.css("span[id$=_lblCategory]::text").get(default="").strip()
        yield {"url": response.url, "title": title, "published": published,
               "category": category, "body": body}


class SQLitePipeline:
    """Writes items to ``SQLITE_PATH``: one upsert and one commit per item."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.conn: sqlite3.Connection | None = None

    @classmethod
    def from_crawler(cls, crawler: Any) -> SQLitePipeline:
        return cls(crawler.settings.get("SQLITE_PATH"))

    def open_spider(self, spider: scrapy.Spider | None = None) -> None:
        self.conn = sqlite3.connect(self.path)
        self.conn.execute("pragma journal_mode = wal")
        self.conn.execute("pragma synchronous = normal")
        self.conn.execute("create table if not exists items (url text primary key, title text,"
                          " published text, category text, body text)")

    def close_spider(self, spider: scrapy.Spider | None = None) -> None:
        if self.conn is not None:
            self.conn.close()

    def process_item(self, item: dict[str, Any], spider: scrapy.Spider | None = None
                     ) -> dict[str, Any]:
        assert self.conn is not None
        with self.conn:
            self.conn.execute("insert or replace into items values (?, ?, ?, ?, ?)",
                              (item["url"], item["title"], item["published"],
                               item["category"], item["body"]))
        return item


def crawl(base: str, start_paths: list[str], db: str, concurrency: int = 8) -> dict[str, Any]:
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
        "ITEM_PIPELINES": {f"{__name__}.SQLitePipeline": 300},
        "SQLITE_PATH": db,
    }
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(LangsonSpider)
    usage0 = resource.getrusage(resource.RUSAGE_SELF)
    t0 = time.perf_counter()
    process.crawl(crawler, base=base, start=json.dumps(start_paths))
    process.start()
    wall = time.perf_counter() - t0
    usage1 = resource.getrusage(resource.RUSAGE_SELF)
    stats = crawler.stats.get_stats() if crawler.stats else {}
    with sqlite3.connect(db) as conn:
        articles = conn.execute("select count(*) from items").fetchone()[0]
    counts = {key.rsplit("/", 1)[-1]: int(value) for key, value in stats.items()
              if key in ("downloader/request_count", "item_scraped_count",
                         "downloader/response_status_count/200")}
    return {"articles": articles, "wall": wall,
            "cpu": (usage1.ru_utime + usage1.ru_stime) - (usage0.ru_utime + usage0.ru_stime),
            "maxrss_mb": peak_rss_mb(), "counts": counts}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scrapy_spider", description=__doc__)
    parser.add_argument("--base", required=True, help="replica base URL")
    parser.add_argument("--db", required=True, help="SQLite file to write")
    parser.add_argument("--start", required=True, help="JSON list of start paths")
    parser.add_argument("--concurrency", type=int, default=8)
    args = parser.parse_args(argv)
    result = crawl(args.base, json.loads(args.start), args.db, args.concurrency)
    sys.stdout.write(json.dumps(result) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
