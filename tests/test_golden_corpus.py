"""Self-check of the golden corpus: every page is well formed and agrees with its JSON.

These tests run no extractor. They hold the hand-written expected records to their pages,
so that an expected value cannot drift from the HTML it describes. The corpus was written
in three parts, each checked as strictly as its author wrote it:

* part a and part b (``tests/golden/<family>/``, eight families each): every expected text
  occurs in the page (part a: in its visible text; part b: title, captions, tags, related
  titles and body paragraphs as whole text nodes, names in the visible text);
* part c (the adversarial pages in ``PART_C``, made by ``tests/golden/_make_c.py``, and every
  page of ``golden/auto``): whole text nodes as in part b, and image and related URLs that
  resolve from the page's ``src`` / ``href``.

Every page, whatever its part, has the record shape of the extractor's contract.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urljoin

import pytest

from archiver.models import Article

GOLDEN = Path(__file__).parent / "golden"
PART_A = ("duk_langson", "nukeviet4", "nukeviet3", "liferay", "liferay_vn", "sharepoint_cq",
          "sharepoint_desc", "dnn")
PART_B = ("aspnet_articledetail", "aspnet_table", "dcs_detailview", "sphere", "vhv", "drupal",
          "joomla_k2", "wordpress")
PART_C = {
    "nukeviet4": (
        "tn-so-ket-xay-dung-dang-6-thang",
        "tn-hoi-nghi-bao-cao-vien-quy-iii-am-pm",
        "tn-left-sidebar-author-anh-inline",
    ),
    "nukeviet3": (
        "bp-hoc-tap-nghi-quyet-tw8-weekday-dash",
        "bp-cap-nhat-luc-name-unit-paren",
        "bp-h2-title-site-h1-bai-va-anh",
    ),
    "liferay": (
        "hb-tplcaption-bbt-bai-viet-lien-quan",
        "hb-cap-nhat-anh-only-nguon",
    ),
    "liferay_vn": (
        "dt-chu-nhat-div-right-author",
        "dt-thu-hai-dash-tin-anh-caption-br",
        "nd-liferay5-h5-title-h1-date",
        "pt-ecoit-portlet-article",
    ),
    "sharepoint_cq": (
        "qn-weekday-date-upper-author",
        "qn-pm-date-bbt-empty-source",
    ),
    "sharepoint_desc": (
        "ag-nguon-tin-figcaption-xem-them",
        "ag-news-title-txtdatestring",
        "ag-divarticlecontent-txttitle",
    ),
    "dnn": (
        "qt-tin-anh-panel-time-before-date",
        "qt-ngay-thang-nam-theo",
    ),
    "aspnet_articledetail": (
        "hy-bracket-date-views-name-unit-br",
        "hy-dang-luc-am-nguon-tin",
    ),
    "aspnet_table": (
        "qng-chu-nhat-double-space-tin-va-anh",
        "qng-1258-time-first",
    ),
    "dcs_detailview": (
        "tq-news-detail-cap-nhat-pipe",
        "tq-ngay-dang-theo-photo-em",
        "tq-credit-under-image-no-caption",
    ),
    "sphere": (
        "brvt-figcaption-nguon",
        "brvt-hyphen-authors-em-caption",
    ),
    "vhv": (
        "tt-author-unit-paren-em-caption",
        "tt-modified-tin-anh",
        "ql-post-date-paren-no-meta",
    ),
    "drupal": (
        "lc-d7-pem-br-caption",
        "lc-d9-created-text-only",
        "ls-d7-node-h2-site-h1",
    ),
    "joomla_k2": (
        "llct-chu-nhat-credits-theo",
        "llct-upper-author-unit-paren",
        "nb-k2-modified-strong-lead",
    ),
    "wordpress": (
        "tn-comment-form-nguon",
        "tn-em-caption-ptv",
        "tn-newspaper-theme-td-post",
    ),
    "duk_langson": (
        "duk-dashes-name-unit-br",
        "duk-time-first-tin-anh-br-em",
    ),
}

KEYS = {*Article.CONTRACT_KEYS, "photographer", "profile"}
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}\+07:00)?$")
SEED_URL = "http://duk.langson.gov.vn/Default.aspx?siteid=1&c=content&a=detail&catid=3&id=2743"
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
HIDDEN_RE = re.compile(r"<!--.*?-->|<script\b.*?</script\s*>|<style\b.*?</style\s*>",
                       re.IGNORECASE | re.DOTALL)
INLINE_RE = re.compile(r"</?(?:a|b|strong|em|i|u|span|font|sup|sub|o:p)\b[^>]*>", re.IGNORECASE)
BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]+>")
SRC_RE = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"', re.IGNORECASE)
HREF_RE = re.compile(r'<a\b[^>]*?\shref="([^"]+)"', re.IGNORECASE)

Part = Literal["a", "b", "c"]


def _parts(page: Path) -> tuple[Part, ...]:
    family = page.parent.name
    parts: list[Part] = []
    if family in PART_A:
        parts.append("a")
    if family in PART_B:
        parts.append("b")
    if family == "auto" or page.stem in PART_C.get(family, ()):
        parts.append("c")
    return tuple(parts)


PAGES = sorted(p for p in GOLDEN.glob("*/*.html") if _parts(p))
CASES = [(part, page) for page in PAGES for part in _parts(page)]


def _id(page: Path) -> str:
    return f"{page.parent.name}/{page.stem}"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return re.sub(r"\s+", " ", text).strip()


@dataclass(frozen=True)
class Loaded:
    record: dict[str, Any]
    raw: str                 # the page decoded strictly in its charset
    visible: str             # its visible text, normalised
    nodes: set[str]          # its text nodes, normalised
    inline_text: str         # visible text with inline tags removed, not collapsed (part a)


def _load(page: Path) -> Loaded:
    record = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    data = page.read_bytes()
    header = re.search(r"charset=([\w-]+)", record["content_type"], re.IGNORECASE)
    declared = META_CHARSET_RE.search(data[:4096])
    charset = (header.group(1) if header else declared.group(1).decode("ascii") if declared
               else "")
    assert charset, "no charset in the HTTP header nor in a <meta>"
    if header and declared and "b" in _parts(page):   # they must not contradict each other
        assert declared.group(1).decode("ascii").lower() == charset.lower()
    raw = data.decode(charset.lower())   # strict: the page really is in its declared charset
    shown = BR_RE.sub(" ", HIDDEN_RE.sub(" ", raw))
    inline = TAG_RE.sub(" ", INLINE_RE.sub("", HIDDEN_RE.sub(" ", raw)))
    inline_text = unicodedata.normalize("NFC", html.unescape(inline))
    inline_text = re.sub(r"\s+", " ", inline_text.replace("\u00d0", "\u0110")
                         .replace("\u00a0", " "))
    return Loaded(record, raw, _norm(html.unescape(TAG_RE.sub(" ", shown))),
                  {_norm(html.unescape(node)) for node in TAG_RE.split(shown)}, inline_text)


# -- the corpus is complete  ------------------------------------------------------------------
@pytest.mark.parametrize("family", [*PART_A, *PART_B])
def test_family_has_three_pages_each_with_json(family: str) -> None:
    pages = sorted((GOLDEN / family).glob("*.html"))
    assert len(pages) >= 3
    for page in pages:
        assert page.with_suffix(".json").is_file(), page.name


def test_every_json_has_its_page() -> None:
    for js in GOLDEN.glob("*/*.json"):
        assert js.with_suffix(".html").exists(), js


def test_part_c_has_two_pages_per_profiled_family_and_auto_has_six() -> None:
    assert set(PART_C) == {*PART_A, *PART_B}
    for family, slugs in PART_C.items():
        assert len(slugs) >= 2, family
        for slug in slugs:
            assert (GOLDEN / family / f"{slug}.html").is_file(), slug
            assert (GOLDEN / family / f"{slug}.json").is_file(), slug
    assert len(list((GOLDEN / "auto").glob("*.html"))) >= 6


def test_seed_article_is_in_the_corpus() -> None:
    records = [json.loads(p.read_text(encoding="utf-8"))
               for p in (GOLDEN / "duk_langson").glob("*.json")]
    seed = [r["expected"] for r in records if r["url"] == SEED_URL]
    assert len(seed) == 1
    assert seed[0]["author"] == "Phạm Thảo"
    assert seed[0]["author_unit"] == "Chi bộ Sở Thông tin và Truyền thông"
    assert seed[0]["published_at"] == "2023-06-14T14:15:00+07:00"
    assert seed[0]["category"] == "Hoạt động của các tổ chức Đảng cơ sở"


def test_auto_pages_are_not_profiled() -> None:
    for js in (GOLDEN / "auto").glob("*.json"):
        assert json.loads(js.read_text(encoding="utf-8"))["expected"]["profile"] == "auto"


# -- every record has the contract's shape  ---------------------------------------------------
@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_record_shape(page: Path) -> None:
    record = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert set(record) == {"url", "content_type", "notes", "expected"}
    assert record["notes"].strip() and record["content_type"].startswith("text/html")
    exp = record["expected"]
    assert set(exp) - {"modified_at"} == KEYS   # (modified_at: named where a page has one)
    assert exp.get("modified_at") is None or DATE_RE.match(exp["modified_at"])
    assert exp["url"] == record["url"] and exp["url"].startswith(("http://", "https://"))
    assert exp["profile"] == page.parent.name
    assert DATE_RE.match(exp["published_at"]), exp["published_at"]
    assert exp["updated_at"] is None or DATE_RE.match(exp["updated_at"])
    assert exp["updated_at"] != exp["published_at"]
    assert exp["title"] and exp["body"]
    if exp["lead"]:
        assert exp["body"].startswith(exp["lead"] + "\n\n")
    assert isinstance(exp["captions"], list) and isinstance(exp["tags"], list)
    for image in exp["images"]:
        assert set(image) == {"src", "caption"}
        assert image["src"].startswith(("http://", "https://")), image
    assert exp["captions"] == [i["caption"] for i in exp["images"] if i["caption"]]
    for rel in exp["related"]:
        assert set(rel) == {"url", "title"}
        assert rel["url"].startswith(("http://", "https://")), rel
        assert rel["title"] and not re.search(r"\(\d\d/\d\d/\d{4}\)$", rel["title"])
    if page.parent.name != "auto":
        assert 15_000 <= page.stat().st_size <= 60_000


@pytest.mark.parametrize("page", PAGES, ids=_id)
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


# -- every expected text occurs in its page  --------------------------------------------------
def _whole_nodes(loaded: Loaded, page: Path, names: tuple[str, ...]) -> None:
    """Title, captions, tags, related titles and body paragraphs are whole text nodes (a
    truncated title fails); names only occur in the visible text (after "Tin, ảnh:")."""
    exp = loaded.record["expected"]
    whole = [exp["title"], *exp["captions"], *exp["tags"],
             *(r["title"] for r in exp["related"]), *exp["body"].split("\n\n")]
    for text in whole:
        assert _norm(text) in loaded.nodes, f"{_id(page)}: {text[:60]!r} is not a text node"
    found = [exp[key] for key in names if exp[key] and key not in ("author", "photographer")]
    for key in ("author", "photographer"):
        if key in names and exp[key]:
            found.extend(exp[key].split(", "))
    for text in found:
        assert _norm(text) in loaded.visible, f"{_id(page)}: {text[:60]!r} not in page"


def _urls_resolve(loaded: Loaded, clock_in: str) -> None:
    exp, url = loaded.record["expected"], loaded.record["url"]
    srcs = {urljoin(url, html.unescape(v)) for v in SRC_RE.findall(loaded.raw)}
    hrefs = {urljoin(url, html.unescape(v)) for v in HREF_RE.findall(loaded.raw)}
    for image in exp["images"]:
        assert image["src"] in srcs, image["src"]
    for rel in exp["related"]:
        assert rel["url"] in hrefs, rel["url"]
    assert "28/11/2026" in clock_in   # today's clock / sidebar dates are traps on every page


@pytest.mark.parametrize(("part", "page"), CASES, ids=[f"{p}-{_id(g)}" for p, g in CASES])
def test_expected_text_occurs_in_page(part: Part, page: Path) -> None:
    loaded = _load(page)
    exp = loaded.record["expected"]
    if part == "a":
        assert "\ufffd" not in loaded.raw
        wanted = [exp["title"], *exp["captions"], *exp["tags"], *exp["body"].split("\n\n")]
        wanted += [r["title"] for r in exp["related"]]
        wanted += [v for v in (exp["category"], exp["author_unit"], exp["source"]) if v]
        for value in wanted:
            assert value in loaded.inline_text, value[:80]
        _urls_resolve(loaded, loaded.inline_text)
    elif part == "b":
        _whole_nodes(loaded, page, ("source", "author_unit", "photographer", "author"))
    else:
        _whole_nodes(loaded, page, ("source", "author_unit", "category", "author",
                                    "photographer"))
        _urls_resolve(loaded, loaded.visible)


# -- encoding traps are really on the wire  ---------------------------------------------------
def test_windows_1258_page_is_decomposed_on_the_wire() -> None:
    page = GOLDEN / "sharepoint_cq" / "bao-cao-chinh-tri-dai-hoi-chi-bo-9120.html"
    loaded = _load(page)
    assert "charset" not in loaded.record["content_type"]
    assert not unicodedata.is_normalized("NFC", loaded.raw)
    assert "MsoNormal" in loaded.raw


def test_windows_1258_page_needs_normalisation() -> None:
    text = (GOLDEN / "aspnet_table" / "binhdinh-windows-1258-dan-van-kheo.html").read_bytes(
        ).decode("windows-1258")
    assert "\u0301" in text            # tones are combining marks in the raw decode
    assert "điển hình" not in text     # ... so the NFC form is absent before normalising
    assert "điển hình" in unicodedata.normalize("NFC", text)


def test_encoding_traps_are_really_on_the_wire() -> None:
    text = (GOLDEN / "aspnet_table" / "qng-1258-time-first.html").read_bytes().decode(
        "windows-1258")
    assert not unicodedata.is_normalized("NFC", text)
    nfd = (GOLDEN / "auto" / "legacy-nfd-ids-only.html").read_text(encoding="utf-8")
    assert "Đại hội" not in nfd and "Đại hội" in unicodedata.normalize("NFC", nfd)
