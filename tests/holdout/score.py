"""Score the extractor on the blind hold-out pages.

usage: .venv/bin/python tests/holdout/score.py [-v] [page-substring ...]

Runs archiver.extract.extract on every tests/holdout/<family>/<name>.html
twice: with profile detection, and with use_profiles=False (generic auto).
Prints, per page and mode, the fields that differ from <name>.json, then
totals. The checks are tests/scoring.py's, shared by every blind corpus.
"""
from __future__ import annotations

import collections
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent.parent / "src"))
sys.path.insert(0, str(HERE.parent))
from archiver.extract import extract  # noqa: E402
from scoring import FIELDS, check  # noqa: E402  (one scorer for every blind corpus)


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    filt = [a for a in argv if not a.startswith("-")]
    pages = sorted(p for p in HERE.glob("*/*.html"))
    if filt:
        pages = [p for p in pages if any(f in str(p) for f in filt)]
    modes = [("profile", True), ("auto-only", False)]
    totals: dict[str, collections.Counter[str]] = {m: collections.Counter() for m, _ in modes}
    clean: collections.Counter[str] = collections.Counter()
    for page in pages:
        rec = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
        data = page.read_bytes()
        rel = f"{page.parent.name}/{page.stem}"
        for mode, use_profiles in modes:
            try:
                art = extract(data, rec["url"], content_type=rec.get("content_type"),
                              use_profiles=use_profiles)
                fails, got = check(rec, art)
            except Exception as exc:
                fails, got = {"error": (repr(exc)[:200], "")}, {}
            prof = got.get("profile") or got.get("extractor") or ""
            if not fails:
                clean[mode] += 1
                if verbose:
                    print(f"ok   [{mode}] {rel} {prof}")
                continue
            print(f"FAIL [{mode}] {rel} {prof}")
            for f, (g, e) in fails.items():
                totals[mode][f] += 1
                print(f"     {f}: got {g!s}\n     {' ' * len(f)}  exp {e!s}")
    n = len(pages)
    print()
    for mode, _ in modes:
        t = totals[mode]
        fl = ", ".join(f"{f}={t[f]}" for f in FIELDS + ["error"] if t[f]) or "none"
        print(f"[{mode}] pages fully correct: {clean[mode]}/{n}; pages with a failure: {n - clean[mode]}; "
              f"field failures: {fl}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
