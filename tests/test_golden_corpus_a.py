"""Self-check of golden corpus part a: every page is well formed and agrees with its JSON.

These tests do not run any extractor. They hold the hand-written expected records to their
pages, so that an expected value cannot drift from the HTML it describes.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

import pytest

from archiver.models import Article

GOLDEN = Path(__file__).parent / "golden"
FAMILIES = (
    "duk_langson", "nukeviet4", "nukeviet3", "liferay", "liferay_vn",
    "sharepoint_cq", "sharepoint_desc", "dnn",
)
EXTENSION_KEYS = ("photographer", "profile")
DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?")
SEED_URL = "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"

_DROP = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->", re.IGNORECASE | re.DOTALL)
_INLINE = re.compile(
    r"</?(?:a|b|strong|em|i|u|span|font|sup|sub|o:p)\b[^>]*>", re.IGNORECASE
)
_TAG = re.compile(r"<[^>]+>")
_SRC = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"', re.IGNORECASE)
_HREF = re.compile(r'<a\b[^>]*?\shref="([^"]+)"', re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)

PAGES = sorted(p for fam in FAMILIES for p in (GOLDEN / fam).glob("*.html"))


def _charset(content_type: str, raw: bytes) -> str:
    match = re.search(r"charset=([A-Za-z0-9_-]+)", content_type)
    if match:
        return match.group(1)
    meta = _META_CHARSET.search(raw[:4096])
    assert meta, "no charset in the header nor in a <meta>"
    return meta.group(1).decode("ascii")


def _text(page: str) -> str:
    """Visible text: no tags, entities decoded, NFC, Ð -> Đ, whitespace collapsed."""
    page = _DROP.sub(" ", page)
    page = _INLINE.sub("", page)
    page = _TAG.sub(" ", page)
    text = unicodedata.normalize("NFC", html.unescape(page))
    text = text.replace("\u00d0", "\u0110").replace("\u00a0", " ")
    return re.sub(r"\s+", " ", text)


def _load(page: Path) -> tuple[dict[str, Any], str]:
    record = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    raw = page.read_bytes()
    return record, raw.decode(_charset(record["content_type"], raw))


@pytest.mark.parametrize("family", FAMILIES)
def test_family_has_three_pages_each_with_json(family: str) -> None:
    pages = sorted((GOLDEN / family).glob("*.html"))
    assert len(pages) >= 3
    for page in pages:
        assert page.with_suffix(".json").is_file(), page.name
        assert 15_000 <= page.stat().st_size <= 60_000, page.name


def test_seed_article_is_in_the_corpus() -> None:
    jsons = (GOLDEN / "duk_langson").glob("*.json")
    records = [json.loads(p.read_text(encoding="utf-8")) for p in jsons]
    seed = [r["expected"] for r in records if r["url"] == SEED_URL]
    assert len(seed) == 1
    assert seed[0]["author"] == "Phạm Thảo"
    assert seed[0]["author_unit"] == "Chi bộ Sở Thông tin và Truyền thông"
    assert seed[0]["published_at"] == "2023-06-14T14:15:00+07:00"
    assert seed[0]["category"] == "Hoạt động của các tổ chức Đảng cơ sở"


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_record_shape(page: Path) -> None:
    record = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert set(record) == {"url", "content_type", "notes", "expected"}
    exp = record["expected"]
    assert set(exp) == set(Article.CONTRACT_KEYS) | set(EXTENSION_KEYS)
    assert exp["url"] == record["url"]
    assert exp["profile"] == page.parent.name
    assert record["content_type"].startswith("text/html")
    assert record["notes"].strip()
    assert DATE_RE.fullmatch(exp["published_at"])
    assert exp["updated_at"] is None or DATE_RE.fullmatch(exp["updated_at"])
    assert exp["title"] and exp["body"]
    assert isinstance(exp["captions"], list) and isinstance(exp["tags"], list)
    for image in exp["images"]:
        assert set(image) == {"src", "caption"}
        assert urlsplit(image["src"]).scheme in ("http", "https")
    assert [i["caption"] for i in exp["images"] if i["caption"]] == exp["captions"]
    for rel in exp["related"]:
        assert set(rel) == {"url", "title"}
        assert urlsplit(rel["url"]).scheme in ("http", "https")
        assert not re.search(r"\(\d{2}/\d{2}/\d{4}\)$", rel["title"])
    if exp["lead"]:
        assert exp["body"].startswith(exp["lead"] + "\n\n")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_expected_strings_are_clean_nfc(page: Path) -> None:
    exp = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))["expected"]
    strings = [v for v in exp.values() if isinstance(v, str)] + exp["captions"] + exp["tags"]
    strings += [r["title"] for r in exp["related"]]
    for value in strings:
        assert unicodedata.is_normalized("NFC", value), value
        assert "\u00d0" not in value and "\u00a0" not in value
    for para in exp["body"].split("\n\n"):
        assert para == para.strip() and "  " not in para
    assert not exp["title"].lower().startswith("null")


@pytest.mark.parametrize("page", PAGES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_expected_text_occurs_in_page(page: Path) -> None:
    record, decoded = _load(page)
    assert "\ufffd" not in decoded
    exp = record["expected"]
    text = _text(decoded)
    wanted = [exp["title"], *exp["captions"], *exp["tags"], *exp["body"].split("\n\n")]
    wanted += [r["title"] for r in exp["related"]]
    wanted += [v for v in (exp["category"], exp["author_unit"], exp["source"]) if v]
    for value in wanted:
        assert value in text, value[:80]
    srcs = {urljoin(record["url"], html.unescape(v)) for v in _SRC.findall(decoded)}
    hrefs = {urljoin(record["url"], html.unescape(v)) for v in _HREF.findall(decoded)}
    for image in exp["images"]:
        assert image["src"] in srcs, image["src"]
    for rel in exp["related"]:
        assert rel["url"] in hrefs, rel["url"]
    assert "28/11/2026" in text  # every page carries today's header clock as a trap


def test_windows_1258_page_is_decomposed_on_the_wire() -> None:
    page = GOLDEN / "sharepoint_cq" / "bao-cao-chinh-tri-dai-hoi-chi-bo-9120.html"
    record, decoded = _load(page)
    assert "charset" not in record["content_type"]
    assert not unicodedata.is_normalized("NFC", decoded)
    assert "MsoNormal" in decoded
