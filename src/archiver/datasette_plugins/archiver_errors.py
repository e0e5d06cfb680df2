"""Datasette plugin: error pages as Datasette renders them without rich.

Datasette 0.65 prints every error through rich when rich can be imported, and for a URL no
route matches it does so outside an ``except`` block, where rich raises (``Value for 'trace'
required``): the 404 page becomes a 500. rich arrives with the ``wacz`` package (frictionless
→ typer), which ``archiver export-wacz`` needs; this restores Datasette's behaviour without
it (tests/test_serve.py checks a request no route matches is a 404, not a 500).
"""

from __future__ import annotations

import datasette.handle_exception

datasette.handle_exception.rich = None
