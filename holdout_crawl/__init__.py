"""Blind crawl hold-out: replica sites built from the research notes only (run explicitly)."""
