"""Not collected by ``make test`` (testpaths = tests); run with
``.venv/bin/pytest -q -p no:cacheprovider holdout_crawl``."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
for extra in (ROOT, ROOT / "tests"):          # crawlkit lives in tests/
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))
