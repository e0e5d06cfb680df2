"""The ``archiver`` command: a thin click layer over the library.

Each command parses options, calls one library function and turns our exceptions into a
one-line message. Exit codes: 0 success; 1 crawl finished but some pages failed for good
(see the ``fetch_failures`` table), an export left a torn record out, ``show`` found no
article there; 2 usage, configuration or query error, or another crawl
holds the lock; 3 the run was aborted (storage error such as a full disk, or interrupted);
4 an unexpected error (a bug: the crawl run is recorded as crashed, with its traceback).
"""

from __future__ import annotations

import contextlib
import functools
import io
import json
import logging
import os
import re
import signal
import sqlite3
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any, TypeVar, cast
from urllib.parse import urlsplit

import click

from archiver import __version__
from archiver.errors import ArchiverError, ConfigError, LockError, QueryError, StorageError

F = TypeVar("F", bound=Callable[..., Any])
log = logging.getLogger("archiver")

DEFAULT_DB = "data/archive.db"
DEFAULT_SOURCES = "data/sources.toml"
EXIT_FAILURES, EXIT_USAGE, EXIT_ABORTED, EXIT_CRASHED = 1, 2, 3, 4


# -- shared options ---------------------------------------------------------------------------
def db_option(default: str = DEFAULT_DB) -> Callable[[F], F]:
    return click.option("--db", "db", type=click.Path(dir_okay=False, path_type=Path),
                        default=default, show_default=True, help="Archive database file.")


def sources_option(f: F) -> F:
    return click.option("--sources", type=click.Path(dir_okay=False, path_type=Path),
                        default=DEFAULT_SOURCES, show_default=True,
                        help="Sources registry (TOML).")(f)


def _fail(message: str, code: int) -> None:
    click.secho(f"Error: {message}", fg="red", err=True)
    sys.exit(code)


def handle_errors(f: F) -> F:
    """Map our exception tree (and the few outside errors users can cause) to one line."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except click.ClickException:
            raise                       # click prints usage errors itself (exit 2)
        except BrokenPipeError:
            _reader_went_away()
        except (ConfigError, LockError, QueryError) as exc:
            _fail(str(exc), EXIT_USAGE)
        except StorageError as exc:
            _fail(str(exc), EXIT_ABORTED)
        except ArchiverError as exc:
            _fail(str(exc), EXIT_FAILURES)
        except sqlite3.DatabaseError as exc:
            _fail(f"database error: {exc} (is the --db file an archiver database?)",
                  EXIT_ABORTED)
        except OSError as exc:
            _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "), EXIT_ABORTED)
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except Exception as exc:  # a bug: one line here, the traceback with -v
            log.debug("unexpected error", exc_info=True)
            _fail(f"unexpected error: {type(exc).__name__}: {exc} (a bug in archiver; run "
                  "again with -vv for the traceback, and report it)", EXIT_CRASHED)

    return cast(F, wrapper)


def _reader_went_away() -> None:
    """``archiver export | head``: the reader closed the pipe. That ends the output, not in
    an error: stdout is pointed at /dev/null so Python's final flush stays quiet too."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    sys.exit(0)


def _check_days(**days: str | None) -> None:
    """``--since``/``--until`` must be real dates: a one-line error, never ignored."""
    from archiver.search import check_day

    for name, value in days.items():
        check_day(value, f"--{name}")


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.WARNING
    if quiet:
        level = logging.ERROR
    elif verbose == 1:
        level = logging.INFO
    elif verbose >= 2:
        level = logging.DEBUG
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request at INFO: only show it with -vv
    logging.getLogger("httpx").setLevel(logging.DEBUG if verbose >= 2 else logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)


class _Progress:
    """One status line on stderr: redrawn in place on a terminal; elsewhere (a timer's
    journal, a log file) a line of its own once a minute."""

    #: seconds between two lines where stderr is no terminal
    LOG_EVERY = 60.0

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.tty = sys.stderr.isatty()
        self.every = 0.2 if self.tty else self.LOG_EVERY
        self.last = 0.0 if self.tty else time.monotonic()
        self.drawn = False

    def __call__(self, site: str, counts: dict[str, int], queued: int) -> None:
        if not self.enabled or time.monotonic() - self.last < self.every:
            return
        self.last = time.monotonic()
        done = counts["new"] + counts["updated"] + counts["unchanged"]
        line = (f"{site}: {done} articles ({counts['new']} new, {counts['updated']} "
                f"updated), {counts['not_modified']} not modified, {counts['failed']} failed, "
                f"{queued} queued")
        if self.tty:
            click.echo("\r" + line[:118].ljust(118), err=True, nl=False)
            self.drawn = True
        else:
            click.echo(f"progress: {line}", err=True)

    def close(self) -> None:
        if self.drawn:
            click.echo("\r" + " " * 119 + "\r", err=True, nl=False)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="archiver")
@click.option("-v", "--verbose", count=True, help="More logging (-vv for debug and HTTP).")
@click.option("-q", "--quiet", is_flag=True, help="Only errors; no progress.")
@click.pass_context
def main(ctx: click.Context, verbose: int, quiet: bool) -> None:
    """Archive Vietnamese provincial Party news sites into a searchable SQLite file.

    \b
    Pipeline: crawl -> fetch -> extract -> load -> search / serve.
    Start with `archiver demo` (offline, bundled replica site).
    """
    ctx.ensure_object(dict)
    ctx.obj["quiet"] = quiet
    _setup_logging(verbose, quiet)


# -- crawl ------------------------------------------------------------------------------------
@main.command()
@sources_option
@db_option()
@click.option("--site", "site_names", multiple=True, metavar="NAME",
              help="Only this site (repeatable). Default: every site in the sources file.")
@click.option("--max-pages", type=click.IntRange(min=1), default=None,
              help="Fetch budget per site for this run (overrides the sources file).")
@click.option("--revisit", is_flag=True,
              help="Re-check every known article for edits and withdrawals (conditional "
                   "requests; whole pages from a host caught answering 304 for changed ones).")
@click.option("--full", is_flag=True,
              help="Walk every listing page, not only until known articles are reached.")
@click.option("--workers", type=click.IntRange(min=0), default=None,
              help="Processes extracting pages beside the crawler (default: none below 4 "
                   "CPUs unless the sites' delays allow 100 requests/s or more, then one; "
                   "else half the CPUs less one, at most 2; 0 extracts in the crawler "
                   "itself).")
@click.pass_context
@handle_errors
def crawl(ctx: click.Context, sources: Path, db: Path, site_names: tuple[str, ...],
          max_pages: int | None, revisit: bool, full: bool, workers: int | None) -> None:
    """Discover and archive new articles of the sites in the sources file.

    Incremental: known articles are not fetched again (use --revisit to re-check them).
    Resumable: a killed run continues where it stopped. Exit 0 complete, 1 some pages failed
    for good (table fetch_failures), 2 usage/config error or another crawl running, 3 aborted
    (storage error, interrupted), 4 crashed (a bug).
    """
    from archiver.config import CrawlSettings, default_extract_workers, load_sources
    from archiver.crawl import CrawlOptions
    from archiver.crawl import crawl as run_crawl

    sites = load_sources(sources)
    if site_names:
        known = {s.name for s in sites}
        unknown = [n for n in site_names if n not in known]
        if unknown:
            raise ConfigError(f"{sources}: no site named {unknown[0]!r} "
                              f"(known: {', '.join(sorted(known))})")
        sites = [s for s in sites if s.name in site_names]
    progress = _Progress(not ctx.obj["quiet"])
    try:
        if workers is None:
            workers = default_extract_workers(sites=sites)
        report = run_crawl(db, sites, options=CrawlOptions(max_pages=max_pages,
                                                           revisit=revisit, full=full),
                           settings=CrawlSettings(extract_workers=workers),
                           progress=progress)
    finally:
        progress.close()
    if not ctx.obj["quiet"]:
        click.echo(report.summary(), err=True)
    sys.exit(report.exit_code)


# -- extract ----------------------------------------------------------------------------------
@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--url", default=None, help="The page's URL (for relative links and profile "
              "detection). Default: file:// URL of the file.")
@click.option("--profile", default="auto", show_default=True,
              help="Profile name (see `archiver profiles`), `auto`, or `auto-only`.")
@click.option("--content-type", default=None,
              help="HTTP Content-Type the page was served with (charset).")
@handle_errors
def extract(files: tuple[Path, ...], url: str | None, profile: str,
            content_type: str | None) -> None:
    """Extract article records from saved HTML files, one JSON object per line.

    A file that cannot be read or extracted is named on stderr and skipped; the exit code
    is then 1.
    """
    from archiver.extract import extract as run_extract
    from archiver.profiles import available_profiles

    if profile not in ("auto", "auto-only") and profile not in available_profiles():
        raise ConfigError(f"unknown profile {profile!r} (use auto or one of: "
                          f"{', '.join(available_profiles())})")
    failed = 0
    for path in files:
        try:
            page_url = url or path.resolve().as_uri()
            article = run_extract(path.read_bytes(), page_url, profile, content_type)
        except (ArchiverError, OSError, ValueError) as exc:
            failed += 1
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
            click.secho(f"Error: {path}: {reason}", fg="red", err=True)
            continue
        click.echo(json.dumps(article.to_json(), ensure_ascii=False))
    if failed:
        sys.exit(EXIT_FAILURES)


# -- reextract --------------------------------------------------------------------------------
@main.command()
@db_option()
@click.option("--site", default=None, help="Only this site.")
@click.option("--profile", default=None, help="Use this profile for every page.")
@click.option("--sources", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Take each site's profile from this sources file.")
@click.pass_context
@handle_errors
def reextract(ctx: click.Context, db: Path, site: str | None, profile: str | None,
              sources: Path | None) -> None:
    """Rebuild articles from the stored captures (WARC), without touching the network."""
    from archiver.config import load_sources
    from archiver.reextract import reextract as run_reextract

    _require_db(db)
    site_profiles = {s.name: s.profile for s in load_sources(sources)} if sources else None
    report = run_reextract(db, site=site, profile=profile, site_profiles=site_profiles)
    if not ctx.obj["quiet"]:
        click.echo(f"reextract: {report.articles} articles ({report.new} new, "
                   f"{report.updated} updated, {report.unchanged} unchanged), "
                   f"{report.failed} captures unreadable or not extractable", err=True)


def _require_db(db: Path) -> None:
    if not db.exists():
        raise StorageError(f"{db}: no such archive (run `archiver crawl --db {db}` first)")


# -- search -----------------------------------------------------------------------------------
@main.command()
@click.argument("query")
@db_option()
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="JSON Lines output.")
@click.option("--site", default=None)
@click.option("--since", default=None, metavar="YYYY-MM-DD")
@click.option("--until", default=None, metavar="YYYY-MM-DD")
@click.option("--author", default=None)
@click.option("--category", default=None)
@click.option("--offset", type=click.IntRange(min=0), default=0,
              help="Skip this many results (the next page).")
@click.option("--order", type=click.Choice(["relevance", "exact-first", "newest"]),
              default="relevance", show_default=True,
              help="exact-first: matches spelled as typed (with its diacritics) first, each "
                   "group newest first.")
@click.option("--exact", is_flag=True,
              help="Match diacritics exactly (the query, --author and --category).")
@handle_errors
def search(query: str, db: Path, limit: int, as_json: bool, site: str | None,
           since: str | None, until: str | None, author: str | None, category: str | None,
           offset: int, order: str, exact: bool) -> None:
    """Full-text search, with or without diacritics (`dang` finds `Đảng`).

    \b
    Syntax: words, "exact phrase", prefix*, AND / OR / NOT, parentheses.
    Rows whose diacritics match the query exactly rank first.
    --author and --category ignore diacritics and case (Nguyen Van Hung) unless --exact.
    """
    from archiver.search import search as run_search

    _check_days(since=since, until=until)
    hits = run_search(db, query, site=site, since=since, until=until, author=author,
                      category=category, limit=limit, offset=offset,
                      order=order, exact=exact)  # type: ignore[arg-type]
    for hit in hits:
        if as_json:
            click.echo(json.dumps({"url": hit.url, "title": hit.title,
                                   "published_at": hit.published_at, "site": hit.site,
                                   "author": hit.author, "snippet": hit.snippet,
                                   "id": hit.id, "author_unit": hit.author_unit,
                                   "category": hit.category, "capture_id": hit.capture_id,
                                   "capture": hit.capture},
                                  ensure_ascii=False))
        else:
            click.echo(f"{hit.published_at or '':25} {hit.title}")
            click.echo(f"{'':25} {hit.url}")
            click.echo(f"{'':25} {hit.snippet}\n")
    if not hits and not as_json:
        click.echo("no matches", err=True)


@main.command()
@click.argument("address")
@db_option()
@click.option("--json", "as_json", is_flag=True,
              help="The record as one JSON object: export's keys, and urls (every address "
                   "it was reached by).")
@handle_errors
def show(address: str, db: Path, as_json: bool) -> None:
    """Show the archived article at ADDRESS, as a site, a link or a citation gives it.

    \b
    ADDRESS is any address the article was reached by, copied as it is: with
    tracking parameters, http or https, www. or not, the query in any order,
    with or without the scheme. An article id (the id column) works too.
    Exit 1 when the archive holds no article there.
    """
    from archiver.browse import address_forms, find
    from archiver.export import export_record
    from archiver.store.db import reading

    _require_db(db)
    key = address.strip()
    is_id = re.fullmatch(r"[0-9]{1,18}", key) is not None
    forms = [] if is_id else address_forms(key)
    if not is_id and not forms:
        raise click.BadParameter(f"{address!r} is neither a web address nor an article id",
                                 param_hint="ADDRESS")
    with reading(db) as conn:
        article_id = int(key) if is_id else find(conn, key)
        record = None if article_id is None else export_record(conn, article_id)
    if record is None:
        where = f" {key}" if is_id else f" at {forms[0]}"
        _fail(f"no article{where} in {db}", EXIT_FAILURES)
        return
    if as_json:
        click.echo(json.dumps(record, ensure_ascii=False))
        return
    click.echo(_record_text(record))


def _record_text(record: dict[str, Any]) -> str:
    """An article for reading in a terminal: its fields, one to a line, then its text."""
    def line(label: str, value: object) -> list[str]:
        return [f"{label + ':':14}{value}"] if value not in (None, "", []) else []

    author = record["author"]
    if author and record["author_unit"]:
        author = f"{author} ({record['author_unit']})"
    withdrawn = record["withdrawn_at"] and (
        f"{record['withdrawn_at']} ({record['withdrawn_reason'] or 'gone'})")
    others = [u for u in record["urls"] if u != record["url"]]
    lines = [record["title"] or "(no title)", "",
             *line("published", record["published_at"] or "undated"),
             *line("updated", record["updated_at"]), *line("author", author),
             *line("photographer", record["photographer"]),
             *line("category", record["category"]), *line("site", record["site"]),
             *line("id", record["id"]), *line("address", record["url"]),
             *[f"{'also at:':14}{u}" for u in others],
             *line("capture", record["capture"]),
             *line("versions", record["version_count"] if (record["version_count"] or 0) > 1
                   else None),
             *line("withdrawn", withdrawn), *line("copy of", record["duplicate_of"]), ""]
    captions = {c for c in record["captions"] if c}
    paragraphs = [p for p in (record["body"] or "").split("\n\n") if p.strip()]
    lines.append("\n\n".join(p for p in paragraphs if p not in captions))
    if captions:
        lines += ["", *(f"[{c}]" for c in record["captions"] if c)]
    return "\n".join(lines)


# -- serve ------------------------------------------------------------------------------------
@main.command()
@db_option()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", type=int, default=8001, show_default=True)
@click.option("--sources", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Describe these sites in the metadata (default: data/sources.toml if "
                   "present).")
@handle_errors
def serve(db: Path, host: str, port: int, sources: Path | None) -> None:
    """Browse the archive in Datasette (read-only, live beside crawls; search, facets, article
    pages)."""
    from archiver.serve import serve_forever

    _require_db(db)
    sites = _site_dicts(sources)

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt  # serve_forever then stops its Datasette child too

    signal.signal(signal.SIGTERM, stop)
    def announce(url: str, immutable: bool) -> None:
        click.echo(f"Datasette on {url} (" + (
            "as the file is now, on read-only media: restart to see later changes"
            if immutable else "live: new articles appear as they are archived")
            + "; Ctrl-C to stop)", err=True)

    sys.exit(serve_forever(db, host=host, port=port, sites=sites, announce=announce))


def _site_dicts(sources: Path | None) -> list[dict[str, Any]] | None:
    from archiver.config import load_sources

    path = sources or Path(DEFAULT_SOURCES)
    if sources is None and not path.exists():
        return None
    return [{"name": s.name, "title": s.title, "url": s.base_url, "province": s.province}
            for s in load_sources(path)]


# -- status / coverage / export ----------------------------------------------------------------
@main.command()
@db_option()
@click.option("--json", "as_json", is_flag=True)
@click.option("--check", is_flag=True,
              help="For monitoring: exit 0 when every site is ok (or running), 1 when one "
                   "needs a look "
                   "(degraded, incomplete), 3 when one is unhealthy (failing, interrupted, "
                   "aborted, crashed) or nothing was ever crawled.")
@handle_errors
def status(db: Path, as_json: bool, check: bool) -> None:
    """Each site's last run, its counts and health (ok, degraded, incomplete, failing,
    interrupted, aborted, crashed), or ``running`` while a crawl goes on."""
    from archiver.status import HEALTHY, WARNING, site_status

    _require_db(db)
    rows = site_status(db)
    if as_json:
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif not rows:
        click.echo("no crawls recorded yet", err=True)
    for row in rows if not as_json else ():
        if row["health"] == "running":
            click.echo(f"{row['site']}: running — since {row['last_run']} (pid {row['pid']}), "
                       f"{row['articles']} articles, {row['new']} new so far; "
                       f"{row['queued']} queued")
            continue
        click.echo(f"{row['site']}: {row['health']} — last run {row['last_run']} "
                   f"({row['last_status']}), {row['articles']} articles, "
                   f"last run: {row['new']} new / {row['updated']} updated / "
                   f"{row['failed']} failed; {row['queued']} queued")
        for line in ([row["error"]] if row["error"] else []) + row["notes"]:
            click.echo(f"    {line.splitlines()[0]}")
        for failure in row["top_failures"] if row["health"] not in HEALTHY else ():
            click.echo(f"    failed: {failure}")
    if check:
        healths = {row["health"] for row in rows}
        if not rows or healths - HEALTHY - WARNING - {"running"}:
            sys.exit(EXIT_ABORTED)
        sys.exit(1 if healths & WARNING else 0)


@main.command()
@db_option()
@click.option("--site", default=None)
@click.option("--json", "as_json", is_flag=True)
@click.option("--fetch-gaps", is_flag=True, help="Try the missing article ids (politely).")
@click.option("--template", default=None,
              help="URL template for a missing id, e.g. "
                   "'http://host/Default.aspx?siteid=1&c=content&a=detail&id={id}'.")
@sources_option
@click.pass_context
@handle_errors
def coverage(ctx: click.Context, db: Path, site: str | None, as_json: bool, fetch_gaps: bool,
             template: str | None, sources: Path) -> None:
    """Per site: articles, date span, empty days, categories, and gaps in article ids."""
    from dataclasses import asdict

    from archiver.coverage import coverage as run_coverage

    _require_db(db)
    if fetch_gaps and not template:
        raise ConfigError("--fetch-gaps needs --template with {id}")
    reports = run_coverage(db, site)
    if site is not None and not any(rep.articles for rep in reports):
        raise ConfigError(f"{db}: no articles of a site named {site!r}")
    for rep in reports:
        if as_json:
            click.echo(json.dumps(asdict(rep), ensure_ascii=False))
            continue
        span = (f"{rep.first_published} .. {rep.last_published}" if rep.first_published
                else "no dated article")
        click.echo(f"{rep.site}: {rep.articles} articles, {span}, {rep.empty_days} of "
                   f"{rep.days_in_span} days empty, {len(rep.categories)} categories, "
                   f"{rep.missing_ids} missing ids in {len(rep.id_gaps)} gaps")
        longest = rep.longest_gaps[:3]
        if longest:
            click.echo(f"    the {len(longest)} longest of the runs of empty days:"
                       if len(rep.longest_gaps) > len(longest) else "    runs of empty days:")
        for first, last, days in longest:
            click.echo(f"    no articles {first} .. {last} ({days} day{'s' if days != 1 else ''})")
        for low, high in rep.id_gaps[:5]:
            click.echo(f"    missing ids {low}..{high}")
        if len(rep.id_gaps) > 5:
            click.echo(f"    … and {len(rep.id_gaps) - 5} more gaps (--json lists them all)")
    if fetch_gaps:
        from archiver.gaps import fetch_gaps as run_fetch_gaps

        assert template is not None
        report = run_fetch_gaps(db, sources, reports, template)
        if not ctx.obj["quiet"]:
            click.echo(report.summary(), err=True)


@main.command()
@db_option()
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True)
@click.option("--site", default=None)
@click.option("--since", default=None, metavar="YYYY-MM-DD")
@click.option("--until", default=None, metavar="YYYY-MM-DD")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True,
                                                path_type=Path),
              default="-", help="Output file (default stdout).")
@handle_errors
def export(db: Path, fmt: str, site: str | None, since: str | None, until: str | None,
           output: Path) -> None:
    """Export articles as JSON Lines or CSV, for people who do not use SQL."""
    from archiver.export import check_output
    from archiver.export import export as run_export
    from archiver.store.db import reading

    _check_days(since=since, until=until)
    if str(output) != "-":
        check_output(output)
    _require_db(db)
    # the archive opened (and known to be one) before the output is: a failed export
    # leaves a previous one in place; stdout written in UTF-8 whatever the locale
    with reading(db) as conn, _text_output(output) as out:
        count = run_export(conn, fmt, out, site=site, since=since,  # type: ignore[arg-type]
                           until=until)
    click.echo(f"exported {count} articles", err=True)


@contextlib.contextmanager
def _text_output(output: Path) -> Iterator[IO[str]]:
    """``output`` (``-``: stdout) as UTF-8 text whatever the locale, its lines ended as
    written (the csv module writes its own ``\r\n``)."""
    if str(output) != "-":
        with open(output, "w", encoding="utf-8", newline="") as out:
            yield out
        return
    stream = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="",
                              write_through=True)
    try:
        yield stream
    finally:
        stream.flush()
        stream.detach()   # (stdout stays open for the rest of the program)


@main.command("export-warc")
@db_option()
@click.argument("output", type=click.Path(dir_okay=False, path_type=Path))
@handle_errors
def export_warc(db: Path, output: Path) -> None:
    """Write every capture into one .warc.gz file (gzip members concatenate).

    Only whole records are written: a torn tail (a full disk, a killed crawl) is left out
    and named, and the exit code is then 1."""
    from archiver.captures import export_warc as run_export_warc
    from archiver.export import check_output
    from archiver.store import capture_dir_for

    check_output(output)
    _require_db(db)
    files = sorted(capture_dir_for(db).glob("*.warc.gz"))
    with open(output, "wb") as out:
        report = run_export_warc(files, out)
    click.echo(f"wrote {report.records} records from {report.files} WARC file(s) into "
               f"{output}", err=True)
    for line in report.skipped:
        click.echo(f"skipped: {line}", err=True)
    if report.skipped:
        sys.exit(EXIT_FAILURES)


@main.command("index-captures")
@db_option()
@click.option("--rebuild", is_flag=True,
              help="Rewrite every index, not only those missing or older than their file.")
@click.pass_context
@handle_errors
def index_captures(ctx: click.Context, db: Path, rebuild: bool) -> None:
    """Bring the CDXJ indexes of the capture files up to date, for replay tools.

    \b
    One sorted index per WARC file: <captures dir>/indexes/<name>.cdxj (pywb reads the
    folder as it is: see docs/replay.md). Crawls keep them up to date; this indexes what a
    killed crawl left, or rebuilds them all with --rebuild.
    """
    from archiver.cdxj import INDEX_DIR, update_indexes
    from archiver.store import capture_dir_for

    _require_db(db)
    directory = capture_dir_for(db)
    report = update_indexes(directory, rebuild=rebuild)
    if not ctx.obj["quiet"]:
        click.echo(f"indexed {len(report.indexed)} capture file(s) ({report.lines} lines), "
                   f"{report.current} already up to date, {len(report.removed)} stale "
                   f"index(es) removed: {directory / INDEX_DIR}", err=True)
    if report.failed:
        _fail(f"{len(report.failed)} capture file(s) could not be indexed: "
              f"{'; '.join(report.failed)}", EXIT_FAILURES)


@main.command("export-wacz")
@db_option()
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              required=True, help="The .wacz file to write (replaced if it exists).")
@click.option("--site", default=None, help="Only this site's articles.")
@click.option("--since", default=None, metavar="YYYY-MM-DD",
              help="Only articles published on or after this date.")
@click.option("--until", default=None, metavar="YYYY-MM-DD",
              help="Only articles published on or before this date.")
@click.option("--title", default=None, help="The package's title (default: the selection).")
@click.pass_context
@handle_errors
def export_wacz(ctx: click.Context, db: Path, output: Path, site: str | None,
                since: str | None, until: str | None, title: str | None) -> None:
    """Package articles and their captures as a WACZ, for ReplayWeb.page or pywb.

    \b
    The package holds every capture of each selected article's URL (WARC records copied
    byte for byte), a CDXJ index, pages/pages.jsonl (URL, capture time and title of each
    article) and metadata/articles.jsonl + .csv (the rows `archiver export` writes).
    See docs/replay.md to open it and to cite a capture.
    """
    from archiver.export_wacz import export_wacz as run_export_wacz

    _require_db(db)
    report = run_export_wacz(db, output, site=site, since=since, until=until, title=title)
    if not ctx.obj["quiet"]:
        click.echo(f"wrote {report.path}: {report.articles} articles, {report.pages} pages, "
                   f"{report.records} captures, {report.bytes} bytes", err=True)


@main.command()
@handle_errors
def profiles() -> None:
    """List the CMS profiles."""
    from archiver.profiles import available_profiles, load_profile

    for name in available_profiles():
        profile = load_profile(name)
        click.echo(f"{name:22} {profile.family}")


@main.command()
@click.argument("url")
@click.option("--pages", type=click.IntRange(min=3, max=200), default=12, show_default=True,
              help="Requests the probe may make (robots.txt aside).")
@click.option("--delay", type=click.FloatRange(min=0), default=1.0, show_default=True,
              help="Seconds between requests to the site.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object instead of text.")
@handle_errors
def probe(url: str, pages: int, delay: float, as_json: bool) -> None:
    """Try a site before adding it: a small polite crawl into a throw-away archive.

    Prints robots.txt rules and sitemaps, the feeds the page announces, the profile its
    articles were read with, the sections and listing pages found (pager links followed or
    left for lack of budget), the shapes of article addresses, and two sample extractions
    with the fields they lack. Writes nothing outside a temporary directory.
    """
    from archiver.probe import probe as run_probe
    from archiver.urls import is_http_url

    if not is_http_url(url) or not urlsplit(url).hostname:
        raise click.BadParameter(f"not an http(s) URL: {url!r}", param_hint="URL")
    report = run_probe(url, pages=pages, delay=delay)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=2))
        return
    _print_probe(report)


def _print_probe(report: Any) -> None:
    echo = click.echo
    echo(f"{report.url}: {report.requests} requests, crawl {report.status}")
    echo(f"robots.txt: {report.robots}"
         + (f"; crawl-delay {report.crawl_delay:g}s" if report.crawl_delay else "")
         + (f"; disallows {', '.join(report.disallow[:8])}" if report.disallow else ""))
    echo(f"sitemaps: {', '.join(report.sitemaps) or 'none declared'}")
    echo(f"feeds: {', '.join(report.feeds) or 'none announced'}")
    profiles = ", ".join(f"{name} ({n})" for name, n in report.profiles.items())
    echo(f"read with: {profiles or 'no article fetched'}")
    echo(f"sections: {len(report.sections)}"
         + "".join(f"\n  {u}" for u in report.sections[:12])
         + (f"\n  … {len(report.sections) - 12} more" if len(report.sections) > 12 else ""))
    echo(f"listing pages: {report.listings_fetched} fetched, {report.listings_left} seen and "
         "left for lack of budget")
    echo(f"articles: {report.articles_found} found, {report.articles_fetched} fetched; "
         "addresses like:" + "".join(f"\n  {shape}  ({n})" for shape, n in report.shapes))
    for sample in report.samples:
        echo(f"sample: {sample.url}\n  title: {sample.title}\n  published_at: "
             f"{sample.published_at}\n  author: {sample.author}\n  category: "
             f"{sample.category}\n  body: {sample.words} words\n  missing: "
             f"{', '.join(sample.missing) or 'nothing'}")
    for note in report.notes:
        echo(f"note: {note}")


@main.command("check-sources")
@sources_option
@handle_errors
def check_sources(sources: Path) -> None:
    """Validate a sources file and list its sites."""
    from archiver.config import load_sources

    for site in load_sources(sources):
        mark = "verified" if site.verified else "not verified"
        click.echo(f"{site.name:24} {site.profile:20} {len(site.start_urls)} start URL(s), "
                   f"{mark}  {site.base_url}")


# -- demo -------------------------------------------------------------------------------------
@main.command()
@db_option("data/demo.db")
@click.option("--port", type=int, default=8765, show_default=True,
              help="Port of the bundled replica (fixed, so re-runs are incremental).")
@click.option("--articles", type=click.IntRange(min=60), default=66, show_default=True)
@click.pass_context
@handle_errors
def demo(ctx: click.Context, db: Path, port: int, articles: int) -> None:
    """Crawl the bundled offline replica of duk.langson.gov.vn and show what was archived."""
    from archiver.demo import run_demo

    code = run_demo(db, port=port, articles=articles, quiet=ctx.obj["quiet"],
                    echo=lambda s: click.echo(s))
    sys.exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
