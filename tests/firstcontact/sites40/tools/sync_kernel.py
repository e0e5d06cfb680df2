"""Authoring aid (set 21; set 40's copy): copy tools/kernel.py into every site module, replacing the block between
'# ==== KERNEL BEGIN' and '# ==== KERNEL END ====' (or a line '# KERNEL').  Modules never import it."""
import pathlib
import re

here = pathlib.Path(__file__).resolve().parent
kernel = (here / "kernel.py").read_text(encoding="utf-8").strip("\n")
pat = re.compile(r"# ==== KERNEL BEGIN.*?# ==== KERNEL END ====|^# KERNEL$", re.S | re.M)
for f in sorted(here.parent.glob("*.py")):
    if f.name in ("serve.py", "check.py"):
        continue
    src = f.read_text(encoding="utf-8")
    new, n = pat.subn(lambda m: kernel, src, count=1)
    if n and new != src:
        f.write_text(new, encoding="utf-8")
        print("synced", f.name)
