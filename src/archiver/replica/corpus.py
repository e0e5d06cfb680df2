"""Deterministic Vietnamese article text for the replica sites.

Every article is composed from its id with a seeded ``random.Random``: the same (seed, id)
always gives the same title, paragraphs, captions and byline. Nothing is cached here; the
sites render pages on demand so a 20,000-article site costs no memory up front.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

__all__ = ["SEED_ID", "Text", "compose", "seed_text"]

SEED_ID = 2743

BANK_FILE = "corpus_vi.txt"


@lru_cache(maxsize=1)
def bank() -> dict[str, tuple[str, ...]]:
    """The text bank: section name -> items (``corpus_vi.txt`` shipped in the package)."""
    raw = resources.files(__package__).joinpath(BANK_FILE).read_text(encoding="utf-8")
    sections: dict[str, list[str]] = {}
    current: list[str] = []
    for line in unicodedata.normalize("NFC", raw).splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        else:
            current.append(line)
    return {name: tuple(items) for name, items in sections.items()}


@dataclass(frozen=True, slots=True)
class Text:
    """Composed text of one article (no dates, ids or URLs)."""

    title: str
    paragraphs: tuple[str, ...]
    captions: tuple[tuple[str, str], ...]   # (first line, second line) around the <br>
    author: str
    author_unit: str
    image_after: int                        # paragraph index the first image follows


def _name(rng: random.Random) -> str:
    words = bank()
    middle = rng.choice(words["middle_f"] if rng.random() < 0.5 else words["middle_m"])
    return f"{rng.choice(words['surnames'])} {middle} {rng.choice(words['given'])}"


def _fill(template: str, rng: random.Random, ctx: dict[str, str]) -> str:
    values = dict(ctx)
    values["k"] = str(rng.randint(2, 9))
    values["m"] = str(rng.randint(20, 140))
    values["t"] = rng.choice(bank()["topics"])
    text = template.format(**values)
    return text[0].upper() + text[1:]


def compose(seed: int, article_id: int, day: str) -> Text:
    """Compose the text of article ``article_id``; ``day`` ("d/m/yyyy") appears in the lead."""
    words = bank()
    rng = random.Random(seed * 1_000_003 + article_id)
    unit = rng.choice(words["units"])
    ctx = {"u": unit, "U": unit, "n": _name(rng), "p": rng.choice(words["positions"]),
           "e": rng.choice(words["events"]), "d": day}
    title = _fill(rng.choice(words["titles"]), rng, ctx)
    sentences = words["sentences"]
    paragraphs = [_fill(sentences[0], rng, ctx) + " " + _fill(sentences[1], rng, ctx)]
    pool = rng.sample(sentences[2:], len(sentences) - 2)   # no sentence twice per article
    for _ in range(rng.randint(2, 5)):
        picks, pool = pool[:rng.randint(2, 4)], pool[4:]
        paragraphs.append(" ".join(_fill(s, rng, ctx) for s in picks))
    captions = []
    for i in range(rng.choice((0, 1, 1, 2))):
        who = ctx["n"] if i == 0 else _name(rng)
        captions.append((f"Đồng chí {who}, {rng.choice(words['positions'])}",
                         rng.choice(words["actions"])))
    return Text(title=title, paragraphs=tuple(paragraphs), captions=tuple(captions),
                author=_name(rng), author_unit=rng.choice(words["units"]),
                image_after=min(1, len(paragraphs) - 1))


def seed_text() -> tuple[str, str, str, Text]:
    """The verbatim seed article: (category, title, "dd-mm-yyyy HH:MM", text)."""
    raw = resources.files(__package__).joinpath("seed_2743.txt").read_text(encoding="utf-8")
    lines = [" ".join(line.split()) for line in unicodedata.normalize("NFC", raw).splitlines()]
    lines = [line for line in lines if line]
    category, title, stamp, p1, p2, cap1, cap2, p3, p4, byline = lines[:10]
    author, unit = (part.strip() for part in byline.split(",", 1))
    text = Text(title=title, paragraphs=(p1, p2, p3, p4), captions=((cap1, cap2),),
                author=author, author_unit=unit, image_after=1)
    return category, title, stamp, text
