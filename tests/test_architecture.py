"""The shape of the house: what the read side imports, no import cycles, no long units.

These pin the architecture the docs describe (README "Layout", docs/architecture.md).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "archiver"

#: What a reader of the archive imports: the CLI's read commands, Datasette's plugins.
READ_SIDE = ("archiver.search", "archiver.status", "archiver.export", "archiver.coverage",
             "archiver.serve", "archiver.browse", "archiver.datasette_plugins.archiver_captures",
             "archiver.datasette_plugins.archiver_facets",
             "archiver.datasette_plugins.archiver_pages",
             "archiver.datasette_plugins.archiver_errors", "archiver.export_wacz",
             "archiver.cdxj", "archiver.memento")
#: What only a crawl needs: HTTP, retries, politeness, discovery, the crawler itself.
CRAWL_SIDE = ("httpx", "httpcore", "tenacity", "archiver.crawl", "archiver.fetch",
              "archiver.politeness", "archiver.discover", "concurrent.futures.process")


@pytest.mark.parametrize("module", READ_SIDE)
def test_the_read_side_never_imports_the_crawler(module: str) -> None:
    probe = (f"import sys, {module}\n"
             f"bad = sorted(n for n in sys.modules if n.startswith({CRAWL_SIDE!r}))\n"
             "print(' '.join(bad))")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         check=True).stdout.strip()
    assert out == "", f"{module} imports {out}"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def _modules() -> dict[str, Path]:
    out = {}
    for path in SRC.rglob("*.py"):
        parts = path.relative_to(SRC.parent).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


def test_no_import_cycles_between_modules() -> None:
    modules = _modules()
    graph = {name: {m for m in _imports(path) if m in modules and m != name
                    and not name.startswith(m + ".")}   # a module may use its package
             for name, path in modules.items()}
    done: set[str] = set()
    stack: list[str] = []

    def visit(name: str) -> None:
        if name in stack:
            cycle = [*stack[stack.index(name):], name]
            raise AssertionError("import cycle: " + " -> ".join(cycle))
        if name in done:
            return
        stack.append(name)
        for dep in sorted(graph[name]):
            visit(dep)
        stack.pop()
        done.add(name)

    for name in sorted(graph):
        visit(name)


def test_no_unit_is_long_without_a_reason() -> None:
    """A function or class over ~150 lines says why at its top ("Long because …")."""
    long_units = []
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                doc = ast.get_docstring(node) or ""
                if size > 160 and "Long because" not in doc:
                    long_units.append(f"{path.relative_to(SRC)}:{node.lineno} {node.name} "
                                      f"({size} lines)")
    assert not long_units
