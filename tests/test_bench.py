"""Smoke tests: the benchmark harnesses still run (figures are printed by `make bench`,
never asserted as timings)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from bench import crawl_bench, extract_bench


@pytest.mark.extended
def test_crawl_bench_harness_crawls_the_replica_in_a_child(tmp_path: Path) -> None:
    with crawl_bench.ReplicaProcess(60) as replica:
        result = crawl_bench.run_archiver(replica, tmp_path / "a.db")
        again = crawl_bench.run_archiver(replica, tmp_path / "a.db")
    assert result.articles == 60 and result.cpu > 0 and result.maxrss_mb > 0
    assert again.requests < result.requests / 5          # incremental


def test_the_stack_crawls_extracts_keeps_and_indexes_what_archiver_does(tmp_path: Path) -> None:
    """The Scrapy + warcio + trafilatura + sqlite-utils project: every article stored and
    searchable, every response in its WARC file, scored against the replica's records."""
    import sqlite3

    from warcio.archiveiterator import ArchiveIterator

    with crawl_bench.ReplicaProcess(30) as replica:
        result = crawl_bench.run_stack(replica, tmp_path / "stack.db")
    assert result is not None, "benchmark-only dev dependencies missing"
    assert result.articles == 30 and result.cpu > 0
    with open(tmp_path / "stack.warc.gz", "rb") as fh:
        records = [r for r in ArchiveIterator(fh) if r.rec_type == "response"]
    assert len(records) == result.requests            # every response kept
    with sqlite3.connect(tmp_path / "stack.db") as conn:
        assert conn.execute("select count(*) from articles_fts where articles_fts "
                            "match 'Đảng'").fetchone()[0] > 0
    score = crawl_bench.accuracy("stack", tmp_path / "stack.db", crawl_bench._bench_site(30, 10))
    assert score["stored"] == 1.0 and 0 < score["body_f1"] <= 1


@pytest.mark.extended
def test_hosts_bench_crawls_hosts_on_their_own_addresses(tmp_path: Path) -> None:
    from bench import hosts_bench

    with hosts_bench.HostsReplica(3, 4) as replica:
        result = hosts_bench.run_crawl(replica, tmp_path / "h.db", delay=0.2, workers=0)
    figures = hosts_bench.analyse(result, 3, 0.2)
    assert len({base.split("//")[1] for base in replica.bases}) == 3
    assert figures["hosts_seen"] == 3 and figures["failed"] == 0 and figures["articles"] > 0
    assert figures["ceiling_per_s"] == 15.0 and 0 < figures["of_ceiling"] <= 1.05
    assert figures["loop_lag_ms"]["max"] >= 0 and figures["rss_mb"]["peak"] > 0


def test_extract_bench_scores_every_golden_page() -> None:
    pages = extract_bench.load_pages()
    score = extract_bench.score(extract_bench._archiver(True), pages)
    assert len(pages) >= 48
    assert score["title"] == 1.0 and score["leaks"] == 0 and score["pages_per_s"] > 0


@pytest.mark.extended
def test_extract_bench_compares_with_trafilatura_and_newspaper4k(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_bench, "ROUNDS", 1)      # a smoke test, not a timing
    every = extract_bench.load_heavy_pages()             # (samples of the first-contact set
    golden = extract_bench.load_pages()                  # and of the golden pages)
    # (twenty, spread over every set: the sets grow each session, the smoke test's cost not)
    monkeypatch.setattr(extract_bench, "load_heavy_pages",
                        lambda: every[::max(1, len(every) // 20)][:20])
    real = extract_bench.load_pages
    monkeypatch.setattr(extract_bench, "load_pages",
                        lambda root=extract_bench.GOLDEN, pattern="*/*.json": (
                            golden[::3] if root == extract_bench.GOLDEN else real(root, pattern)))
    results = extract_bench.run()
    assert results["heavy"]["pages"] >= 17 and results["heavy"]["kb"][0] >= 100
    for name in ("archiver (profile)", "archiver (auto-only)", "trafilatura", "newspaper4k"):
        row = results[name]
        assert row is not None, f"{name} row missing (benchmark-only dev dependency installed?)"
        assert row["pages_per_s"] > 0
        for field in ("title", "date", "minute", "author", "unit", "captions_f1", "body_f1"):
            assert 0.0 <= row[field] <= 1.0, (name, field, row[field])
        assert 0 <= row["leaks"] <= results["pages"]
    assert results["newspaper4k"]["title"] > 0.5 and results["newspaper4k"]["body_f1"] > 0.5


def test_extract_bench_dates_in_vietnam_time() -> None:
    assert extract_bench._vn_iso(datetime(2023, 9, 14, 14, 45)) == "2023-09-14T14:45:00+07:00"
    assert (extract_bench._vn_iso(datetime(2023, 9, 14, 7, 45, tzinfo=UTC))
            == "2023-09-14T14:45:00+07:00")
    assert extract_bench._vn_iso(None) is None


def test_peak_rss_is_the_childs_own_not_its_parents() -> None:
    """Linux carries ``ru_maxrss`` across fork and exec; a crawler child of a big benchmark
    process must still report its own, smaller peak."""
    import subprocess
    import sys

    from bench import peak_rss_mb

    ballast = bytearray(300 * 1024 * 1024)
    ballast[::4096] = bytes([1]) * (len(ballast) // 4096)   # touch every page
    assert peak_rss_mb() > 300
    out = subprocess.run([sys.executable, "-c", "from bench import peak_rss_mb; "
                          "print(peak_rss_mb())"], capture_output=True, text=True, check=True,
                         cwd=Path(__file__).resolve().parent.parent)
    del ballast
    assert 1 < float(out.stdout) < 150


def test_relevance_bench_compares_the_order_before_with_the_current_one(
        tmp_path: Path) -> None:
    """Both orders run through the current ``Search`` (the one before as a swapped-in
    window), on the store bench's queries; on an archive smaller than both windows they
    rank the same matches, so they agree with ranking every match."""
    from bench import relevance_bench, store_bench

    import archiver.search
    from archiver.store import Archive

    archive = Archive(tmp_path / "r.db")
    archive.upsert_many(list(store_bench.articles(300)))
    archive.close()
    result = relevance_bench.run(tmp_path / "r.db", rounds=1)
    summary = result["summary"]
    assert set(summary) == {"before", "now"} and len(result["queries"]) == len(
        store_bench.QUERIES)
    for order in summary.values():
        assert order["ndcg10"]["min"] > 0.9 and order["p95"] > 0
    assert archiver.search._Window.__name__ == "_Window"      # put back
    assert "now against before" in relevance_bench.report(result)


def test_extract_outputs_dump_then_check_finds_a_changed_record(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """bench.extract_outputs: a dump checks clean against itself, and a record that
    changed is named."""
    from bench import extract_outputs

    few = list(extract_outputs._files())[:2]
    monkeypatch.setattr(extract_outputs, "cases", lambda: iter(few))
    dump = tmp_path / "before.json"
    assert extract_outputs.main(["dump", str(dump)]) == 0
    assert extract_outputs.main(["check", str(dump)]) == 0
    dump.write_text(dump.read_text(encoding="utf-8").replace('"title": "', '"title": "X', 1),
                    encoding="utf-8")
    assert extract_outputs.main(["check", str(dump)]) == 1
    assert "differs: " + few[0][0] in capsys.readouterr().out
