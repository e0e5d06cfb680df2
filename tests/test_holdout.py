"""The hold-out corpus: pages written blind from the research notes (tests/holdout/).

They were built by someone who had not read the extractor or the golden pages, to find
where it fails on sites it was not tuned to. Every failure they found is fixed, so they now
guard against regressions too, in both modes: with profile detection and in ``auto`` only.
``python tests/holdout/score.py -v`` prints a per-field report.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from archiver.extract import extract
from scoring import check

HOLDOUT = Path(__file__).parent / "holdout"
PAGES = sorted(HOLDOUT.glob("*/*.json"))


def test_holdout_covers_every_family_and_unprofiled_sites() -> None:
    families = {p.parent.name for p in PAGES}
    assert len(PAGES) >= 24 and "invented" in families and len(families) >= 15


@pytest.mark.parametrize("use_profiles", [True, False], ids=["profile", "auto-only"])
@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_holdout_page(page: Path, use_profiles: bool) -> None:
    record = json.loads(page.read_text(encoding="utf-8"))
    html = page.with_suffix(".html").read_bytes()
    article = extract(html, record["url"], content_type=record.get("content_type"),
                      use_profiles=use_profiles)
    fails, _ = check(record, article)
    assert not fails
