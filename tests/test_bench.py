"""Smoke tests: the benchmark harnesses still run (figures are printed by `make bench`,
never asserted as timings)."""

from __future__ import annotations

from pathlib import Path

from bench import crawl_bench, extract_bench


def test_crawl_bench_harness_crawls_the_replica_in_a_child(tmp_path: Path) -> None:
    with crawl_bench.ReplicaProcess(60) as replica:
        result = crawl_bench.run_archiver(replica, tmp_path / "a.db")
        again = crawl_bench.run_archiver(replica, tmp_path / "a.db")
    assert result.articles == 60 and result.cpu > 0 and result.maxrss_mb > 0
    assert again.requests < result.requests / 5          # incremental


def test_extract_bench_scores_every_golden_page() -> None:
    pages = extract_bench.load_pages()
    score = extract_bench.score(extract_bench._archiver(True), pages)
    assert len(pages) >= 48
    assert score["title"] == 1.0 and score["leaks"] == 0 and score["pages_per_s"] > 0
