"""Authoring aid (set 16): print the per-site README sections from each module's MANIFEST and SUMMARY."""
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "plone_bantochuc_kienan"), ("B", "eleventy_chuthapdo_gocong"), ("C", "typo3_baochaudoc"),
         ("D", "aspnet_huyenuy_anthanh")]
for letter, name in NAMES:
    mod = importlib.import_module(name)
    man, summ = mod.MANIFEST, mod.SUMMARY
    print("## %s. `%s.py`: %s\n" % (letter, name, man["family"]))
    print("* **Articles**: %d. Start URLs: %s." % (len(man["articles"]), ", ".join("`%s`" % s for s in man["start_urls"])))
    print("* **Only via**: " + ("; ".join("`%s` %d" % (k, len(v)) for k, v in man.get("only_via", {}).items()) or "none") + ".")
    print("* **Chains**:")
    for c in summ["chains"]:
        print("  * " + c)
    print("* **Aliases**: " + "; ".join(summ["alias_kinds"]) + ".")
    print("* **robots disallowed**: %s. **Traps**: %s." % (", ".join("`%s`" % x for x in man["robots_disallowed"]),
                                                        ", ".join("`%s`" % x for x in man["trap_prefixes"]) or "none"))
    extra = []
    for k in ("redirect_loops", "slow", "sitemaps"):
        if man.get(k):
            extra.append("%s: %s" % (k, ", ".join("`%s`" % x for x in man[k])))
    if man.get("flaky"):
        extra.append("flaky: %s" % ", ".join("`%s` (%d once)" % kv for kv in man["flaky"].items()))
    if extra:
        print("* **Hazards**: " + "; ".join(extra) + ".")
    if summ.get("not_articles"):
        print("* **Not articles still linked** (deleted / unpublished items): %d." % len(summ["not_articles"]))
    print("* **Quirks**: " + "; ".join(summ["quirks"]) + ".")
    print("* **Notes**: " + man["notes"])
    print()
