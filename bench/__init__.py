"""Benchmarks (not part of the library)."""
