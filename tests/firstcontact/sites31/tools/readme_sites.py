"""Authoring aid (set 31; set 30's and set 21's merged): print the per-site README sections from each module's MANIFEST(_DAY<n>) and SUMMARY
(three days).  Section counts are by each article's own section on that day; large groups of guard entries of one kind on one day are summarised
(count, three named); every other entry is printed."""
import collections
import importlib
import pathlib
import sys

here = pathlib.Path(__file__).resolve().parent.parent
sys.path.insert(0, str(here))
NAMES = [("A", "liferaydxp73_tinhuy_longkhanh"), ("B", "dnn9_dcqd_kienhoa"), ("C", "nukeviet5_btgdv_phuoclong"), ("D", "wordpress68_danguy_xa_quangtin")]


def sec_name(mod, k, n):
    if hasattr(mod, "name_of"):
        return mod.name_of(k, n)
    if getattr(mod, "CD", None) == k:
        return "Chuyên đề"
    return mod.SECNAME[k]


def counts(mod, n):
    w = mod.DAYS_W[n]
    own = collections.Counter(a["cm"] for a in w.arts)
    if hasattr(w, "docs"):
        own["Văn bản (laws module)"] = len(w.docs)
    return ", ".join("%s (%d)" % (k if k.startswith("Văn bản (") else sec_name(mod, k, n), c) for k, c in sorted(own.items(), key=lambda kv: -kv[1]))


def entry_line(k, e):
    ex = e["expect"]
    ans = e.get("day2_answer")
    tags = ["due %s" % str(e["due"]).lower(), "by %s" % e["due_by"]]
    if e["noticeable"]:
        tags.append("noticeable")
    if e.get("guard"):
        tags.append("guard")
    if e.get("judgement"):
        tags.append("JUDGEMENT CALL")
    return "  * `%s` (%s) — `%s`: title %r, published %s, withdrawn %s, first listed day %d%s. %s" % (
        e["kind"], ", ".join(tags), k, ex["title"], ex["published"], str(ex["withdrawn"]).lower(), e["first_day"],
        "; answer that day %d" % ans["status"] if ans else "", e["why"])


for letter, name in NAMES:
    mod = importlib.import_module(name)
    man, summ = mod.MANIFEST, mod.SUMMARY
    print("## %s. `%s.py`: %s\n" % (letter, name, man["family"]))
    per_day = []
    for n in range(1, mod.DAYS + 1):
        m = man if n == 1 else getattr(mod, "MANIFEST_DAY%d" % n)
        if m.get("outage"):
            per_day.append("day %d: none (the site closed: every address answers the notice)" % n)
        else:
            per_day.append("day %d: %d — %s" % (n, len(m["articles"]), counts(mod, n)))
    print("* **Articles served** (MANIFEST / MANIFEST_DAY<n>): " + "; ".join(per_day) + ". Start URLs: %s." % ", ".join("`%s`" % s for s in man["start_urls"]))
    print("* **Discovery twists**:")
    for d in summ["discovery"]:
        print("  * " + d)
    print("* **only_via** (by day): " + "; ".join(
        "day %d: %s" % (n, ", ".join("`%s` %d" % (k, len(v)) for k, v in ((man if n == 1 else getattr(mod, "MANIFEST_DAY%d" % n)).get("only_via") or {}).items())
                        or "none") for n in range(1, mod.DAYS + 1)) + ".")
    print("* **Chains**:")
    for c in summ["chains"]:
        print("  * " + c)
    print("* **Aliases**: " + "; ".join(summ["alias_kinds"]) + ".")
    print("* **robots disallowed**: %s. **Traps**: %s." % (", ".join("`%s`" % x for x in man["robots_disallowed"]),
                                                        ", ".join("`%s`" % x for x in man["trap_prefixes"])))
    fs = []
    for n in range(1, mod.DAYS + 1):
        m = man if n == 1 else getattr(mod, "MANIFEST_DAY%d" % n)
        fs.append("day %d: %s%s" % (n, ", ".join("`%s` %d every other request" % kv for kv in (m.get("flaky") or {}).items()) or "none",
                                   "; slow " + ", ".join("`%s`" % s for s in m["slow"]) if m.get("slow") else ""))
    print("* **Flaky / slow**: " + "; ".join(fs) + ".")
    print("* **Validators**: " + summ["validators"] + ".")
    print("* **Quirks**: " + "; ".join(summ["quirks"]) + ".")
    print("* **Notes**: " + man["notes"])
    for n in range(2, mod.DAYS + 1):
        m = getattr(mod, "MANIFEST_DAY%d" % n)
        d = summ["day%d" % n]
        tail = m["notes"].split(" DAY %d" % n, 1)[-1]
        tail = tail.split("):", 1)[-1].strip() if tail.lstrip().startswith("(") else tail
        print("* **Day %d** (%s): %s" % (n, summ["clock"]["day%d" % n], tail))
        print("* **SUMMARY[\"day%d\"]** (%d entries):" % (n, len(d)))
        groups = collections.OrderedDict()
        for k, e in d.items():
            groups.setdefault((e["kind"], bool(e.get("guard")), bool(e.get("judgement")), e.get("held")), []).append((k, e))
        for (kind, guard, judg, held), rows in groups.items():
            if guard and len(rows) > 6:
                print("  * `%s` x%d (due true, by guard%s%s): one record each, not withdrawn, the first state kept. Named: %s. %s" % (
                    kind, len(rows), ", JUDGEMENT CALL" if judg else "", {True: ", held (re-checked by the run)",
                                                                          False: ", not re-checked but by the rolling share"}.get(held, ""),
                    "; ".join("`%s` (%s)" % (k, e["expect"]["published"]) for k, e in rows[:3]), rows[0][1]["why"]))
            elif kind in ("new", "new_on_page2") and len(rows) > 4:
                print("  * `%s` x%d (due true, by new): %s. E.g. %s" % (kind, len(rows), "; ".join("`%s` (%s)" % (k, e["expect"]["published"]) for k, e in rows),
                                                                         rows[0][1]["why"]))
            else:
                for k, e in rows:
                    print(entry_line(k, e))
    print()
