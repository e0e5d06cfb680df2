"""Authoring aid (set 26; set 40's copy): print the per-site README sections from each module's MANIFEST and SUMMARY (one day).
Section counts are by each article's own section (an item cross-listed in a second section counts once)."""
import collections
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "webforms11_vptu_kinhbac"), ("B", "nukeviet40_tinhuy_sonnam"), ("C", "mvc3_tinhuy_lamvien"), ("D", "jsf22_bnc_hunghoa")]

for letter, name in NAMES:
    mod = importlib.import_module(name)
    man, summ = mod.MANIFEST, mod.SUMMARY
    print("## %s. `%s.py`: %s\n" % (letter, name, man["family"]))
    own = collections.Counter(a["cm"] for a in mod.ARTS)
    secs = ", ".join("%s (%d)" % (mod.SECNAME[k], n) for k, n in sorted(own.items(), key=lambda kv: -kv[1]))
    dates = sorted(summ["published"].values())
    print("* **Articles** (MANIFEST): %d in %d sections — %s; published %s .. %s. Start URLs: %s." % (
        len(man["articles"]), len(own), secs, dates[0], dates[-1], ", ".join("`%s`" % s for s in man["start_urls"])))
    print("* **Discovery twists**:")
    for d in summ["discovery"]:
        print("  * " + d)
    print("* **only_via**: " + ("; ".join("`%s` %d" % (k, len(v)) for k, v in man["only_via"].items()) or "none") + ".  **dup_via**: " +
          ("; ".join("`%s` %d" % (k, len(v)) for k, v in summ.get("dup_via", {}).items()) or "none") + ".")
    print("* **Chains**:")
    for c in summ["chains"]:
        print("  * " + c)
    print("* **Aliases**: " + "; ".join(summ["alias_kinds"]) + ".")
    print("* **robots disallowed**: %s. **Traps**: %s." % (", ".join("`%s`" % x for x in man["robots_disallowed"]),
                                                        ", ".join("`%s`" % x for x in man["trap_prefixes"])))
    print("* **Flaky / slow**: %s; %s." % (", ".join("`%s` (%d every other request)" % kv for kv in man.get("flaky", {}).items()),
                                         ", ".join("`%s`" % s for s in man.get("slow", []))))
    print("* **Validators**: " + summ["validators"] + ".")
    print("* **Quirks**: " + "; ".join(summ["quirks"]) + ".")
    print("* **Notes**: " + man["notes"])
    print()
