"""Discovery on blind replica sites (``tests/firstcontact/sites*/``: portals of families
the crawler had not seen, written from the research notes by someone who had not read
``src/``), crawled with ``profile = "auto"`` from their category listings and from the home
page alone: every article once, no stray rows, no trap or robots-forbidden request.

First contact (the code of the session that received each set, docs/accuracy.md):
sites1 recall 0.814 with 116 duplicate rows (home page alone 0.534); sites2 recall 0.776
(home page alone the same), 2 requests outside the site's directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitescore import score, sites

ROOT = Path(__file__).parent / "firstcontact"
SITES = [p for d in sorted(ROOT.glob("sites*")) for p in sites(d)]


@pytest.mark.parametrize("home_only", [False, True], ids=["listings", "home-only"])
@pytest.mark.parametrize("path", SITES, ids=lambda p: f"{p.parent.name}-{p.stem}")
def test_blind_site_is_archived_whole_and_once(path: Path, home_only: bool) -> None:
    got = score(path, home_only=home_only)
    assert got.found == got.articles, f"missing {got.missing}"
    assert got.duplicates == 0
    assert got.not_articles == 0, f"stray rows {got.strays}"
    assert got.trap_requests == 0, f"trap requests {got.traps}"
    assert got.robots_violations == 0
