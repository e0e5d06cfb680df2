"""Authoring aid (set 20): print the per-site README sections from each module's MANIFEST and SUMMARY."""
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "phalcon_ubkt_hasonbinh"), ("B", "kentico_huyenuy_quangdien"), ("C", "rails_danguy_cqd_cuulong")]
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
    m2 = mod.MANIFEST_DAY2
    print("* **Day 2**: %d articles (%d aliases). " % (len(m2["articles"]), sum(len(v["aliases"]) for v in m2["articles"].values())) + m2["notes"].split(" DAY 2", 1)[-1].lstrip(": "))
    print("* **Misbehaviour on day 2**: " + "; ".join(summ.get("misbehaviour_day2", [])) + ".")
    if summ.get("robots_day2"):
        rb = summ["robots_day2"]
        print("* **robots_day2**: added %s; archived under it %d; not to fetch: %s." % (", ".join("`%s`" % a for a in rb["added"]), len(rb["archived"]),
                                                                                   ", ".join("`%s`" % t["path"] for t in rb["not_to_fetch"])))
    print("* **SUMMARY[\"day2\"]** (%d entries; every one, in module order):" % len(summ["day2"]))
    for k, e in summ["day2"].items():
        ex = e["expect"]
        ans = e.get("day2_answer")
        print("  * `%s` (due %s, noticeable %s%s) — `%s`: title %r, published %s, withdrawn %s, same_record_as %s%s. %s" % (
            e["kind"], str(e["due"]).lower(), str(e["noticeable"]).lower(), ", guard" if e.get("guard") else "", k, ex["title"], ex["published"],
            str(ex["withdrawn"]).lower(), "`%s`" % ex["same_record_as"] if ex["same_record_as"] else "null",
            "; day-2 answer %d%s" % (ans["status"], " (with %s)" % ", ".join(ans["headers"]) if ans.get("headers") else "") if ans else "", e["why"]))
    print()
