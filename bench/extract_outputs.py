"""Every extracted record of the test pages, dumped and compared: a speed change to the
extractor must leave each record byte-identical.

    python -m bench.extract_outputs dump /tmp/extract-before.json   # before the change
    python -m bench.extract_outputs check /tmp/extract-before.json  # after: lists differences

The pages: the golden corpus, the blind hold-out and first-contact pages (each with its
profile and with ``use_profiles=False``), the detail pages of the replicas the tests crawl
(Lạng Sơn at 1,200 articles, 25 articles of each other family, generated sites of every
article scheme and charset) and the test pages' warnings, record by record.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, get_args

from archiver.extract import extract

TESTS = Path(__file__).resolve().parent.parent / "tests"
Case = tuple[str, str, bytes, str | None]   # key, url, body, content type


def _files() -> Iterator[Case]:
    for root, pattern in (("golden", "*/*.json"), ("holdout", "*/*.json"),
                          ("firstcontact", "*/*/*.json")):
        for path in sorted((TESTS / root).glob(pattern)):
            html = path.with_suffix(".html")
            if not html.exists():
                continue
            data = json.loads(path.read_text(encoding="utf-8"))
            yield (str(html.relative_to(TESTS)), data["url"], html.read_bytes(),
                   data.get("content_type"))


def _replicas() -> Iterator[Case]:
    from archiver.replica import Request, family_site, langson_site
    from archiver.replica.families import FAMILIES
    from archiver.replica.generated import ArticleScheme, Charset, generated_site

    sites: list[tuple[str, Any]] = [("langson", langson_site(1200))]
    sites += [(name, family_site(name, 25)) for name in FAMILIES]  # type: ignore[arg-type]
    sites += [(f"gen-{scheme}-{charset}", generated_site(seed=seed, articles=12,
                                                         article_urls=scheme, charset=charset))
              for seed, scheme in enumerate(get_args(ArticleScheme), 1)
              for charset in get_args(Charset)]
    for name, site in sites:
        for path in site.article_paths():
            response = site.handle(Request("GET", path, {"host": "127.0.0.1"}))
            if response.status == 200:
                yield (f"{name}{path}", "http://127.0.0.1" + path, response.body,
                       response.header("Content-Type"))


def cases() -> Iterator[Case]:
    yield from _files()
    yield from _replicas()


class _Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__()
        self.lines: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.lines.append(f"{record.levelname} {record.name} {record.getMessage()}")


def outputs() -> dict[str, Any]:
    """Each case's record (every field, and ``to_json``) with and without profiles."""
    logger = logging.getLogger("archiver")
    collect, level, propagate = _Collect(), logger.level, logger.propagate
    logger.addHandler(collect)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    out: dict[str, Any] = {}
    try:
        for key, url, body, ctype in cases():
            for use in (True, False):
                collect.lines = []
                art = extract(body, url, content_type=ctype, use_profiles=use)
                out[f"{key} profiles={use}"] = {"record": dataclasses.asdict(art),
                                                "json": art.to_json(), "log": collect.lines}
    finally:
        logger.removeHandler(collect)
        logger.setLevel(level)
        logger.propagate = propagate
    return out


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] not in ("dump", "check"):
        sys.stderr.write(__doc__ or "")
        return 2
    path = Path(argv[1])
    got = json.loads(json.dumps(outputs(), ensure_ascii=False))
    if argv[0] == "dump":
        path.write_text(json.dumps(got, ensure_ascii=False, indent=1), encoding="utf-8")
        print(f"{len(got)} records written to {path}")
        return 0
    want = json.loads(path.read_text(encoding="utf-8"))
    # byte for byte: the same keys in the same order, the same values
    differ = sorted(k for k in want.keys() | got.keys()
                    if json.dumps(want.get(k), ensure_ascii=False)
                    != json.dumps(got.get(k), ensure_ascii=False))
    for key in differ[:20]:
        print(f"differs: {key}")
        for field in sorted((want.get(key) or {}).keys() | (got.get(key) or {}).keys()):
            a, b = (want.get(key) or {}).get(field), (got.get(key) or {}).get(field)
            if a != b:
                print(f"  {field}: {json.dumps(a, ensure_ascii=False)[:300]}\n"
                      f"  {' ' * len(field)}  {json.dumps(b, ensure_ascii=False)[:300]}")
    print(f"{len(got)} records, {len(differ)} differ from {path}")
    return 1 if differ else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
