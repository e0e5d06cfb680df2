"""The README's command reference is generated from `--help` and must stay current.

Run ``python tests/test_docs.py --update`` after changing a command.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from archiver.cli import main

README = Path(__file__).resolve().parent.parent / "README.md"
START = "<!-- cli-reference:"
END = "<!-- cli-reference-end -->"


def reference() -> str:
    runner = CliRunner()
    parts = ["```text", "$ archiver --help",
             runner.invoke(main, ["--help"], prog_name="archiver",
                           terminal_width=100).output.rstrip()]
    assert isinstance(main, click.Group)
    for name in sorted(main.commands):
        out = runner.invoke(main, [name, "--help"], prog_name="archiver",
                            terminal_width=100).output.rstrip()
        parts += ["", f"$ archiver {name} --help", out]
    parts.append("```")
    return "\n".join(parts)


def current_block(text: str) -> str:
    match = re.search(re.escape(START) + r".*?-->\n(.*?)" + re.escape(END), text, re.DOTALL)
    assert match, "README lacks the cli-reference markers"
    return match.group(1).rstrip("\n")


def test_readme_cli_reference_is_current() -> None:
    block = current_block(README.read_text(encoding="utf-8"))
    assert block == reference()
    assert "Usage: archiver crawl" in block   # (the program's name, as a user runs it)


def test_readme_shows_the_two_commands_first() -> None:
    text = README.read_text(encoding="utf-8")
    assert text.index("make demo") < text.index("## Archiving the real sites")
    assert "make test" in text.split("## Archiving")[0]


_LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("doc", [README, *sorted((README.parent / "docs").glob("*.md"))],
                         ids=lambda p: p.name)
def test_relative_links_resolve(doc: Path) -> None:
    """Every link from the README and docs/ to a file of the project points at one."""
    links = [target.split("#")[0] for target in _LINK.findall(doc.read_text(encoding="utf-8"))
             if not re.match(r"[a-z]+:|#", target)]
    missing = [link for link in links if link and not (doc.parent / link).exists()]
    assert not missing, f"{doc.name} links to missing files: {missing}"


if __name__ == "__main__" and "--update" in sys.argv:
    text = README.read_text(encoding="utf-8")
    block = current_block(text)
    head, _, tail = text.partition(END)
    new_head = head[: len(head) - len(block) - 1] if block else head
    README.write_text(new_head.rstrip("\n") + "\n" + reference() + "\n" + END + tail,
                      encoding="utf-8")
