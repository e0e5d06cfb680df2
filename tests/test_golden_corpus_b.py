"""Self-check of golden corpus part b: every page is well-formed and its expected JSON cannot
drift from the page (titles, captions, body paragraphs… really occur in the decoded text).

This is not an extractor test: it only reads ``tests/golden/<family>/*.html|json``.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from archiver.models import Article

GOLDEN = Path(__file__).parent / "golden"
FAMILIES = ("aspnet_articledetail", "aspnet_table", "dcs_detailview", "sphere", "vhv",
            "drupal", "joomla_k2", "wordpress")
KEYS = {*Article.CONTRACT_KEYS, "photographer", "profile"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
HIDDEN_RE = re.compile(r"<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>",
                       re.IGNORECASE | re.DOTALL)
BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]+>")

PAGES = sorted(p for fam in FAMILIES for p in (GOLDEN / fam).glob("*.html"))


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return re.sub(r"\s+", " ", text).strip()


def _charset(content_type: str, raw: bytes) -> str:
    match = re.search(r"charset=([\w-]+)", content_type, re.IGNORECASE)
    if match:
        return match.group(1).lower()
    meta = META_CHARSET_RE.search(raw[:4096])
    assert meta, "no charset in the HTTP header nor in a <meta>"
    return meta.group(1).decode("ascii").lower()


def _load(page: Path) -> tuple[dict[str, Any], set[str], str]:
    meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    raw = page.read_bytes()
    charset = _charset(meta["content_type"], raw)
    declared = META_CHARSET_RE.search(raw[:4096])
    if declared:   # header and <meta> must not contradict each other
        assert declared.group(1).decode("ascii").lower() == charset
    text = raw.decode(charset)          # strict: the page really is in its declared charset
    text = BR_RE.sub(" ", HIDDEN_RE.sub(" ", text))
    nodes = {_norm(html.unescape(node)) for node in TAG_RE.split(text)}
    visible = _norm(html.unescape(TAG_RE.sub(" ", text)))
    return meta, nodes, visible


def _id(page: Path) -> str:
    return f"{page.parent.name}/{page.stem}"


def test_every_family_has_three_pages() -> None:
    for fam in FAMILIES:
        assert len(list((GOLDEN / fam).glob("*.html"))) >= 3, fam


def test_every_json_has_its_page() -> None:
    for fam in FAMILIES:
        for js in (GOLDEN / fam).glob("*.json"):
            assert js.with_suffix(".html").exists(), js


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_record_shape(page: Path) -> None:
    meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert set(meta) == {"url", "content_type", "notes", "expected"}
    exp = meta["expected"]
    assert set(exp) == KEYS
    assert exp["url"] == meta["url"]
    assert exp["url"].startswith(("http://", "https://"))
    assert exp["profile"] == page.parent.name
    assert DATE_RE.match(exp["published_at"]), exp["published_at"]
    assert exp["updated_at"] is None or DATE_RE.match(exp["updated_at"])
    assert exp["updated_at"] != exp["published_at"]
    assert exp["title"] and exp["body"]
    if exp["lead"]:
        assert exp["body"].startswith(exp["lead"] + "\n\n")
    for value in (exp["title"], exp["body"], exp["lead"], exp["author"], *exp["captions"]):
        if value is not None:
            assert value == unicodedata.normalize("NFC", value)
            assert "\u00d0" not in value
    assert exp["captions"] == [i["caption"] for i in exp["images"] if i["caption"]]
    for item in (*exp["images"], *exp["related"]):
        key = "src" if "src" in item else "url"
        assert item[key].startswith(("http://", "https://")), item
    assert all(r["title"] and not re.search(r"\(\d\d/\d\d/\d{4}\)$", r["title"])
               for r in exp["related"])
    assert 15_000 <= page.stat().st_size <= 60_000


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_expected_text_occurs_in_page(page: Path) -> None:
    """Whole-node texts must be a complete text node (so a truncated title fails); names only
    need to occur somewhere in the visible text (they sit after labels like "Tin, ảnh:")."""
    meta, nodes, visible = _load(page)
    exp = meta["expected"]
    whole = [exp["title"], *exp["captions"], *exp["tags"],
             *(r["title"] for r in exp["related"]), *exp["body"].split("\n\n")]
    for text in whole:
        assert _norm(text) in nodes, f"{_id(page)}: {text[:60]!r} is not a text node"
    names = [exp[key] for key in ("source", "author_unit", "photographer") if exp[key]]
    if exp["author"]:
        names.extend(exp["author"].split(", "))
    for text in names:
        assert _norm(text) in visible, f"{_id(page)}: {text[:60]!r} not in page"


def test_windows_1258_page_needs_normalisation() -> None:
    page = GOLDEN / "aspnet_table" / "binhdinh-windows-1258-dan-van-kheo.html"
    text = page.read_bytes().decode("windows-1258")
    assert "\u0301" in text            # tones are combining marks in the raw decode
    assert "điển hình" not in text     # ... so the NFC form is absent before normalising
    assert "điển hình" in unicodedata.normalize("NFC", text)
