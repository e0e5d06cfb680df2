"""Self-check of golden corpus part c (adversarial replicas, ``tests/golden/_make_c.py``).

Not an extractor test: it reads only the part-c pages (the slugs in ``PART_C`` plus every page
of ``golden/auto``) and checks that each expected record has the contract shape and cannot
drift from its page: title, lead, body paragraphs, captions, tags and related titles occur as
whole text nodes; names, unit, source and category occur in the visible text; image and
related URLs resolve from the page's ``src`` / ``href``.
"""

from __future__ import annotations

import html
import json
import re
import unicodedata
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

import pytest

from archiver.models import Article

GOLDEN = Path(__file__).parent / "golden"
PROFILED = ("nukeviet4", "nukeviet3", "liferay", "liferay_vn", "sharepoint_cq",
            "sharepoint_desc", "dnn", "aspnet_articledetail", "aspnet_table", "dcs_detailview",
            "sphere", "vhv", "drupal", "joomla_k2", "wordpress", "duk_langson")
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
META_CHARSET_RE = re.compile(rb"""<meta[^>]+charset=["']?([\w-]+)""", re.IGNORECASE)
HIDDEN_RE = re.compile(r"<!--.*?-->|<script\b.*?</script>|<style\b.*?</style>",
                       re.IGNORECASE | re.DOTALL)
BR_RE = re.compile(r"<br\s*/?>", re.IGNORECASE)
TAG_RE = re.compile(r"<[^>]+>")
SRC_RE = re.compile(r'<img\b[^>]*?\ssrc="([^"]+)"', re.IGNORECASE)
HREF_RE = re.compile(r'<a\b[^>]*?\shref="([^"]+)"', re.IGNORECASE)

PAGES = sorted([GOLDEN / fam / f"{slug}.html" for fam, slugs in PART_C.items() for slug in slugs]
               + list((GOLDEN / "auto").glob("*.html")))


def _id(page: Path) -> str:
    return f"{page.parent.name}/{page.stem}"


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFC", text).replace("\u00d0", "\u0110")
    return re.sub(r"\s+", " ", text).strip()


def _decode(meta: dict[str, Any], raw: bytes) -> str:
    match = re.search(r"charset=([\w-]+)", meta["content_type"], re.IGNORECASE)
    declared = META_CHARSET_RE.search(raw[:4096])
    charset = (match.group(1) if match else declared.group(1).decode() if declared else "")
    assert charset, "no charset in the HTTP header nor in a <meta>"
    return raw.decode(charset.lower())   # strict


def _load(page: Path) -> tuple[dict[str, Any], str, set[str], str]:
    meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    text = _decode(meta, page.read_bytes())
    shown = BR_RE.sub(" ", HIDDEN_RE.sub(" ", text))
    nodes = {_norm(html.unescape(node)) for node in TAG_RE.split(shown)}
    visible = _norm(html.unescape(TAG_RE.sub(" ", shown)))
    return meta, text, nodes, visible


def test_every_family_has_two_part_c_pages_and_auto_has_six() -> None:
    assert set(PART_C) == set(PROFILED)
    for fam, slugs in PART_C.items():
        assert len(slugs) >= 2, fam
        for slug in slugs:
            assert (GOLDEN / fam / f"{slug}.html").is_file(), slug
            assert (GOLDEN / fam / f"{slug}.json").is_file(), slug
    assert len(list((GOLDEN / "auto").glob("*.html"))) >= 6


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_record_shape(page: Path) -> None:
    meta = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    assert set(meta) == {"url", "content_type", "notes", "expected"}
    assert meta["notes"].strip() and meta["content_type"].startswith("text/html")
    exp = meta["expected"]
    assert set(exp) == KEYS
    assert exp["url"] == meta["url"] and exp["profile"] == page.parent.name
    assert DATE_RE.match(exp["published_at"]), exp["published_at"]
    assert exp["updated_at"] is None or DATE_RE.match(exp["updated_at"])
    assert exp["updated_at"] != exp["published_at"]
    assert exp["title"] and exp["body"]
    if exp["lead"]:
        assert exp["body"].startswith(exp["lead"] + "\n\n")
    strings = [exp["title"], exp["body"], exp["lead"], exp["author"], exp["source"],
               exp["author_unit"], exp["photographer"], *exp["captions"], *exp["tags"]]
    for value in strings:
        if value is not None:
            assert unicodedata.is_normalized("NFC", value), value
            assert "\u00d0" not in value and "\u00a0" not in value
    for para in exp["body"].split("\n\n"):
        assert para == para.strip() and "  " not in para
    assert exp["captions"] == [i["caption"] for i in exp["images"] if i["caption"]]
    assert all(not re.search(r"\(\d\d/\d\d/\d{4}\)$", r["title"]) for r in exp["related"])


@pytest.mark.parametrize("page", PAGES, ids=_id)
def test_expected_text_occurs_in_page(page: Path) -> None:
    meta, raw_text, nodes, visible = _load(page)
    exp = meta["expected"]
    whole = [exp["title"], *exp["captions"], *exp["tags"],
             *(r["title"] for r in exp["related"]), *exp["body"].split("\n\n")]
    for text in whole:
        assert _norm(text) in nodes, f"{_id(page)}: {text[:60]!r} is not a text node"
    names = [exp[key] for key in ("source", "author_unit", "category") if exp[key]]
    for key in ("author", "photographer"):
        if exp[key]:
            names.extend(exp[key].split(", "))
    for text in names:
        assert _norm(text) in visible, f"{_id(page)}: {text[:60]!r} not in page"
    srcs = {urljoin(meta["url"], html.unescape(v)) for v in SRC_RE.findall(raw_text)}
    hrefs = {urljoin(meta["url"], html.unescape(v)) for v in HREF_RE.findall(raw_text)}
    for image in exp["images"]:
        assert image["src"] in srcs, image["src"]
    for rel in exp["related"]:
        assert rel["url"] in hrefs, rel["url"]
    assert "28/11/2026" in visible   # today's clock / sidebar dates are traps on every page


def test_auto_pages_are_not_profiled() -> None:
    for js in (GOLDEN / "auto").glob("*.json"):
        assert json.loads(js.read_text(encoding="utf-8"))["expected"]["profile"] == "auto"


def test_encoding_traps_are_really_on_the_wire() -> None:
    w1258 = (GOLDEN / "aspnet_table" / "qng-1258-time-first.html").read_bytes()
    text = w1258.decode("windows-1258")
    assert not unicodedata.is_normalized("NFC", text)
    nfd = (GOLDEN / "auto" / "legacy-nfd-ids-only.html").read_text(encoding="utf-8")
    assert "Đại hội" not in nfd and "Đại hội" in unicodedata.normalize("NFC", nfd)
