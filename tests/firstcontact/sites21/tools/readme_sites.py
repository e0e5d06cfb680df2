"""Authoring aid (set 21): print the per-site README sections from each module's MANIFEST(_DAY<n>) and SUMMARY.
Large groups of guard entries of one kind on one day are summarised (count, three named); every other entry is printed."""
import collections
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "wagtail_tinhuy_nghetinh"), ("B", "umbraco_btgdv_hanamninh"), ("C", "express_huyenuy_lamthao")]


def entry_line(k, e):
    ex = e["expect"]
    ans = e.get("day2_answer")
    tags = ["due %s" % str(e["due"]).lower(), "by %s" % e["due_by"]]
    if e["noticeable"]:
        tags.append("noticeable")
    if e.get("guard"):
        tags.append("guard")
    if e.get("due_with_hosts"):
        tags.append("due_with_hosts")
    if e.get("judgement"):
        tags.append("JUDGEMENT CALL")
    return "  * `%s` (%s) — `%s`: title %r, published %s, withdrawn %s, first listed day %d%s. %s" % (
        e["kind"], ", ".join(tags), k, ex["title"], ex["published"], str(ex["withdrawn"]).lower(), e["first_day"],
        "; answer that day %d" % ans["status"] if ans else "", e["why"])


for letter, name in NAMES:
    mod = importlib.import_module(name)
    man, summ = mod.MANIFEST, mod.SUMMARY
    print("## %s. `%s.py`: %s\n" % (letter, name, man["family"]))
    counts = []
    for n in range(1, mod.DAYS + 1):
        m = man if n == 1 else getattr(mod, "MANIFEST_DAY%d" % n)
        if m.get("outage"):
            counts.append("day %d: none (outage)" % n)
        else:
            nd = sum(1 for v in m["articles"].values() if v.get("due") is False)
            counts.append("day %d: %d%s" % (n, len(m["articles"]), " (%d of them not due)" % nd if nd else ""))
    print("* **Articles served** (MANIFEST / MANIFEST_DAY<n>): " + "; ".join(counts) + ". Start URLs: %s." % ", ".join("`%s`" % s for s in man["start_urls"]))
    print("* **Chains**:")
    for c in summ["chains"]:
        print("  * " + c)
    print("* **Aliases**: " + "; ".join(summ["alias_kinds"]) + ".")
    print("* **robots disallowed**: %s. **Traps**: %s." % (", ".join("`%s`" % x for x in man["robots_disallowed"]),
                                                        ", ".join("`%s`" % x for x in man["trap_prefixes"]) or "none"))
    print("* **Validators**: " + summ["validators"] + ".")
    print("* **Quirks**: " + "; ".join(summ["quirks"]) + ".")
    print("* **Notes**: " + man["notes"])
    for n in range(2, mod.DAYS + 1):
        m = getattr(mod, "MANIFEST_DAY%d" % n)
        d = summ["day%d" % n]
        tail = m["notes"].split(" DAY %d" % n, 1)[-1] if " DAY %d" % n in m["notes"] else summ["timeline"][str(n)]
        tail = tail.split("):", 1)[-1].strip() if tail.lstrip().startswith("(") else tail
        print("* **Day %d** (%s): %s" % (n, summ["clock"]["day%d" % n], tail))
        print("* **SUMMARY[\"day%d\"]** (%d entries):" % (n, len(d)))
        groups = collections.OrderedDict()
        for k, e in d.items():
            groups.setdefault((e["kind"], bool(e.get("guard")), bool(e.get("judgement")), e.get("held")), []).append((k, e))
        for (kind, guard, judg, held), rows in groups.items():
            if guard and len(rows) > 6:
                print("  * `%s` x%d (due true, by guard%s%s): one record each, not withdrawn, the first state kept. Named: %s. %s" % (
                    kind, len(rows), ", JUDGEMENT CALL" if judg else "", {True: ", held (re-checked by the run)", False: ", not re-checked but by the rolling share"}.get(held, ""), "; ".join("`%s` (%s)" % (k, e["expect"]["published"]) for k, e in rows[:3]),
                    rows[0][1]["why"]))
            else:
                for k, e in rows:
                    print(entry_line(k, e))
    print()
