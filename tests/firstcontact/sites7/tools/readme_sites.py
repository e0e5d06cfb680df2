"""Authoring aid: print the per-site README sections from each module's MANIFEST and SUMMARY."""
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "vnpt_aspnet_nghiabinh"), ("B", "nukeviet_nghetinh"), ("C", "joomla_minhhai"), ("D", "newspaper_cms_vinhphu")]
for L, n in NAMES:
    m = importlib.import_module(n)
    man, summ = m.MANIFEST, m.SUMMARY
    print("## %s. `%s.py`: %s\n" % (L, n, man["family"]))
    print("* **Articles**: %d. Start URLs: %s." % (len(man["articles"]), ", ".join("`%s`" % s for s in man["start_urls"])))
    print("* **Only via**: " + ("; ".join("`%s` %d" % (k, len(v)) for k, v in man["only_via"].items()) or "none (all by plain links)") + ".")
    print("* **Chains**:")
    for c in summ["chains"]:
        print("  * " + c)
    print("* **Aliases**: " + "; ".join(summ["alias_kinds"]) + ".")
    print("* **robots disallowed**: %s. **Traps**: %s." % (", ".join("`%s`" % x for x in man["robots_disallowed"]),
                                                        ", ".join("`%s`" % x for x in man["trap_prefixes"]) or "none"))
    extra = []
    for k in ("offsite_redirects", "redirect_loops", "slow", "huge_pages", "out_of_scope_prefixes", "sitemaps"):
        if man.get(k):
            extra.append("%s: %s" % (k, ", ".join("`%s`" % x for x in man[k])))
    if man.get("flaky"):
        extra.append("flaky: %s" % ", ".join("`%s` (%d once)" % (k, v) for k, v in man["flaky"].items()))
    if man.get("mobile_host"):
        extra.append("mobile_host: `%s<host>`" % man["mobile_host"]["prefix"])
    if man.get("scope_prefix"):
        extra.append("scope_prefix: `%s`" % man["scope_prefix"])
    if extra:
        print("* **Hazards**: " + "; ".join(extra) + ".")
    print("* **Quirks**: " + "; ".join(summ["quirks"]) + ".")
    print("* **Notes**: " + man["notes"])
    print()
