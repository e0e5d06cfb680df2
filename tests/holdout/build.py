"""Regenerate the hold-out pages and expectations: python build.py"""
import sys, pathlib
sys.path.insert(0, str(pathlib.Path(__file__).parent))
import pages_1, pages_2, pages_3  # noqa: E402,F401
from _lib import PAGES  # noqa: E402
print(len(PAGES), "pages")
for f, n in PAGES:
    print(f"  {f}/{n}")
