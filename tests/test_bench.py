"""Smoke tests: the benchmark harnesses still run (figures are printed by `make bench`,
never asserted as timings)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
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


def test_extract_bench_compares_with_trafilatura_and_newspaper4k(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract_bench, "ROUNDS", 1)      # a smoke test, not a timing
    results = extract_bench.run()
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
