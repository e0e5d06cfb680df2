"""Authoring aid (set 26): print the per-site README sections from each module's MANIFEST and SUMMARY (one day)."""
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "domino_ubkt_hatay"), ("B", "orchard_baodang_caolang"), ("C", "astro_tinhuy_longchauha"), ("D", "hanami_btg_haininh")]

for letter, name in NAMES:
    mod = importlib.import_module(name)
    man, summ = mod.MANIFEST, mod.SUMMARY
    print("## %s. `%s.py`: %s\n" % (letter, name, man["family"]))
    secs = ", ".join("%s (%d)" % (s[1], len(mod.in_sec(s[0]))) for s in mod.SECTIONS)
    dates = sorted(summ["published"].values())
    print("* **Articles** (MANIFEST): %d in %d sections — %s; published %s .. %s. Start URLs: %s." % (
        len(man["articles"]), len(mod.SECTIONS), secs, dates[0], dates[-1], ", ".join("`%s`" % s for s in man["start_urls"])))
    print("* **Discovery twists**:")
    for d in summ["discovery"]:
        print("  * " + d)
    print("* **only_via**: " + "; ".join("`%s` %d" % (k, len(v)) for k, v in man["only_via"].items()) + ".")
    print("* **Chains**:")
    for c in summ["chains"]:
        print("  * " + c)
    print("* **Aliases**: " + "; ".join(summ["alias_kinds"]) + ".")
    print("* **robots disallowed**: %s. **Traps**: %s." % (", ".join("`%s`" % x for x in man["robots_disallowed"]),
                                                        ", ".join("`%s`" % x for x in man["trap_prefixes"])))
    print("* **Validators**: " + summ["validators"] + ".")
    print("* **Quirks**: " + "; ".join(summ["quirks"]) + ".")
    print("* **Notes**: " + man["notes"])
    print()
