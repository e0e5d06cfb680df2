"""Regenerate the hold-out pages and expectations: python build.py"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).parent))
import pages_3  # noqa: F401
from _lib import PAGES

print(len(PAGES), "pages")
for f, n in PAGES:
    print(f"  {f}/{n}")
