#!/usr/bin/env python3
"""Blind test pages, set 3: regenerate every page and its expectation JSON.

    python build.py            # write pages + JSON + README, then validate
    python build.py --check    # validate the files on disk only

Pages are defined in gen/p_*.py (each module has PAGES, a list of functions
returning a dict: family, name, url, content_type, encoding, html, expected,
traps, notes, readme[, declared]).  Page text and expectations come from the
same Art objects, so they cannot drift.  Stdlib only.
"""
import importlib
import json
import os
import pkgutil
import re
import sys
import unicodedata
from html.parser import HTMLParser

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)

import gen  # noqa: E402
from gen.common import enc1258, enc_tcvn3, dec_tcvn3  # noqa: E402

FIELDS = ["title", "published_at", "updated_at", "author", "author_unit", "photographer",
          "category", "captions", "body", "lead"]

INTRO = """# Blind article pages, set 3

{n} pages from {f} page families (CMS families, vendor portals and page kinds not in sets 1–2),
written without looking at the extractor, its tests or its golden pages. Regenerate with
`python build.py` (stdlib only; page text and expectations come from the same data in
`gen/p_*.py`, shared helpers in `gen/common.py`). `python build.py --check` re-validates the
files on disk (every body paragraph, caption, title, author, category visible on the page and in
order; no trap string inside the expected body; NFC; date formats).

Conventions (same as set 2): body = lead + paragraphs joined by a blank line, NFC text;
sub-headings printed inside the article text are body paragraphs; captions are not body;
published_at ISO with +07:00 when a time is shown, date only otherwise (a machine-readable time is
used only when it agrees with the visible date and carries an explicit offset); CMS accounts are
not authors; source lines ('Theo …', 'Nguồn: …') are not author units; a paged/serialised
article's body is the saved page only.

Each JSON: `url`, `content_type` (HTTP header as served), `expected` (title, published_at,
updated_at, author, author_unit, photographer, category, captions, body, lead), `traps` (strings
that must NOT end up in the body: bylines, related titles, chrome, wrong dates, spam), `notes`.
A page whose bytes are not UTF-8 also has `actual_encoding` (and `declared_charset` when the
page/header claims something else).

## Pages

"""

JUDGEMENT = """
## Judgement calls (expected values a reasonable reader could set differently)

- Military rank (Bitrix): 'Thượng tá Lê Minh Tuấn (Bộ CHQS tỉnh)' → author 'Lê Minh Tuấn' (rank is a
  title, not part of the name), unit 'Bộ CHQS tỉnh' from the parentheses.
- Several authors are joined with ', ' in page order: 'Minh Anh - Hoàng Long' → 'Minh Anh, Hoàng Long';
  e-magazine 'Nội dung: Hồ Nguyên Kha, Thanh Trúc' → the same two names. A group byline 'Nhóm PV' is
  kept as the author.
- Credits: 'Tin, ảnh: X' → author X and photographer X; 'Bài: X - Ảnh: Y' → author X, photographer Y;
  e-magazine 'Ảnh: Y' → photographer; 'Thiết kế', 'Đồ họa' (inside the infographic caption),
  'Biên tập', 'Kỹ thuật', 'Giọng đọc' are not authors. Video page: 'Phóng viên' → author, 'Quay phim'
  → photographer. Podcast: 'Nội dung: X' → author. A caption's own credit '(Ảnh bạn đọc cung cấp)'
  stays inside the caption and does not set photographer.
- Machine times: used only when they agree with the visible date and carry an offset. Craft
  e-magazine shows only '25/03/2024' but its article:published_time '2024-03-24T23:00:00+00:00' is
  06:00 +07 on that date → published_at 2024-03-25T06:00:00+07:00 (a UTC value that falls on the
  previous calendar day is the point of the test). Ignored: Strapi draft createdAt (other day),
  Magnolia naive JSON-LD (other day), Mắt Bão naive og time, rss mirror's fetch time (visible original
  time wins), VideoObject uploadDate (visible air time wins). Báo ảnh has an itemprop dateModified with
  offset but no visible update stamp → updated_at null. Zalo: date only (no time anywhere but a
  draft createTime).
- Bodies: the transcript under 'Nội dung bản tin' (video) and the short text version (podcast) are body.
  Sub-headings inside the text (e-magazine h2, numbered bold heads of the Party guidance) are body
  paragraphs. Not body: the e-magazine pull-quote (a verse excerpt in a blockquote), the guidance's
  letterhead ('ĐẢNG BỘ TỈNH HẢI DƯƠNG / BAN TỔ CHỨC / *') and signature block, Q&A labels
  ('Nội dung câu hỏi', 'Trả lời', 'Cơ quan trả lời …'), the numbered '1/6' photo counters.
- Infographic (Magnolia): the numbers live only in the long figcaption (and alt) → that is a caption;
  body = the sapo alone.
- Photo story (Báo ảnh): six captions are captions; body = sapo + the two short text blocks.
- Reader letter (Concrete CMS): the italic 'LTS: …' editor's note printed before the letter is the lead;
  the signature name is the author; the address line under it is not a unit → author_unit null.
- Q&A (iGate-like): no lead; body = question paragraph + answer paragraphs; published_at = 'Ngày trả
  lời' (the question's 'Ngày gửi' is a trap); the asker is not an author; 'Cơ quan trả lời: Sở Nội vụ' →
  author_unit with author null; category = crumb 'Hỏi đáp' (last crumb 'Chi tiết câu hỏi' is a page label).
- Party document (Bkav-like): 'Ngày đăng' is published_at, 'Ngày ban hành' (issue date) is not; the
  signer is not the author → author null; no lead (the first paragraph is ordinary text).
- Series (Vietsoftware-like): title keeps the 'Kỳ 1:' prefix; the kicker is the series name, the
  category is the last crumb 'Xây dựng Đảng'.
- Title prefixes '[Infographic]', 'Podcast:' are kept as printed in the h1.
- Categories: last breadcrumb when there is one (over og/article:section: podcast 'Phát thanh' vs
  crumb 'Người tốt việc tốt', Mắt Bão 'Tin tức' vs 'Tin hoạt động'); a crumb that ends with the title
  (Mambo) → the crumb before it; no crumb → kicker (e-magazine 'E-magazine', Báo ảnh sub-kicker
  'Phóng sự ảnh'); Zalo → null. RSS mirror: the mirror's own crumb 'Thời sự' is the aggregator's
  section; the original item's 'Chuyên mục gốc: Xây dựng Đảng' is the category.
- Mirrors: the Wayback url is the web.archive.org address and toolbar/capture dates are traps; the RSS
  mirror's 'Nguồn: Tỉnh ủy Bạc Liêu' is a source (not a unit) and 'Tác giả: Kim Loan' from the
  origin table is the author; published_at = 'Ngày đăng gốc: Mon, 25 Mar 2024 08:15:00 +0700'.
  Zalo OA: the OA name printed in the author slot is the publisher; the author is the bold last line.
- Encodings: windows-1258 (Mambo) decomposed tone marks → NFC in expectations. TCVN3 page: bytes are
  TCVN3 code points, declared windows-1252; expected strings are the decoded Vietnamese (what the
  .VnTime font shows), straight ASCII quotes as typed. Its .VnTimeH banner decodes to lower case
  and is chrome.
- updated_at is set only for a visible update stamp (OpenCms 'Cập nhật:', Mambo 'Cập nhật lần cuối');
  the Vietsoftware 'Cập nhật lúc:' is that site's only stamp and is taken as published_at.
"""


def collect():
    pages = []
    for m in sorted(pkgutil.iter_modules(gen.__path__), key=lambda m: m.name):
        if m.name.startswith("p_"):
            mod = importlib.import_module(f"gen.{m.name}")
            pages += [fn() for fn in mod.PAGES]
    return pages


def encode(p):
    if p["encoding"] == "cp1258":
        return enc1258(p["html"])
    if p["encoding"] == "tcvn3":
        return enc_tcvn3(p["html"])
    return p["html"].encode(p["encoding"])


def decode(p, raw):
    if p["encoding"] == "cp1258":
        return raw.decode("cp1258")
    if p["encoding"] == "tcvn3":
        return dec_tcvn3(raw)
    return raw.decode(p["encoding"])


INLINE = {"a", "b", "strong", "em", "i", "u", "span", "font", "sup", "sub", "small", "abbr", "time",
          "mark", "cite", "q", "label", "big", "s", "strike"}
SKIP = {"script", "style", "noscript", "template", "head", "svg", "textarea", "select"}


class Text(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in SKIP:
            self.skip += 1
        elif tag not in INLINE:
            self.parts.append(" \n ")

    def handle_startendtag(self, tag, attrs):
        if tag not in INLINE:
            self.parts.append(" \n ")

    def handle_endtag(self, tag):
        if tag in SKIP:
            self.skip = max(0, self.skip - 1)
        elif tag not in INLINE:
            self.parts.append(" \n ")

    def handle_data(self, d):
        if not self.skip:
            self.parts.append(d)


def norm(s):
    s = unicodedata.normalize("NFC", s).replace("\xa0", " ")
    return re.sub(r"\s+", " ", s).strip()


def declared(p, raw):
    m = re.search(r"charset=([\w-]+)", p.get("content_type") or "", re.I)
    if m:
        return m.group(1).lower()
    m = re.search(rb'<meta[^>]+charset=["\']?([\w-]+)', raw[:8000], re.I)
    return m.group(1).decode().lower() if m else None


def validate(p, raw):
    errs = []
    want = p.get("declared") or {"utf-8": "utf-8", "cp1258": "windows-1258"}[p["encoding"]]
    if declared(p, raw) != want:
        errs.append(f"declared charset {declared(p, raw)!r} != {want}")
    text = decode(p, raw)
    t = Text()
    t.feed(text)
    vis = norm("".join(t.parts))
    e = p["expected"]
    if set(e) != set(FIELDS):
        errs.append(f"fields {set(e) ^ set(FIELDS)}")
    title_vis = p.get("title_visible", e["title"])
    pos = vis.find(norm(title_vis))
    if pos < 0:
        errs.append("title not visible")
    for par in e["body"].split("\n\n"):
        i = vis.find(norm(par), max(pos, 0))
        if norm(par) not in vis:
            errs.append(f"body paragraph not visible: {par[:70]!r}")
        elif i < 0:
            errs.append(f"body paragraph out of order / before title: {par[:70]!r}")
        else:
            pos = i
    if norm(e["title"]) in norm(e["body"]):
        errs.append("title repeated inside body")
    for k in ("body", "title", "lead"):
        if e[k] and e[k] != unicodedata.normalize("NFC", e[k]):
            errs.append(f"expected {k} not NFC")
    if e["lead"] and not e["body"].startswith(e["lead"]):
        errs.append("lead is not first in body")
    for c in e["captions"]:
        if norm(c) not in vis:
            errs.append(f"caption not visible: {c[:60]!r}")
        if norm(c) in norm(e["body"]):
            errs.append(f"caption inside body: {c[:60]!r}")
    for k in ("author", "photographer", "category", "author_unit"):
        if e[k]:
            for piece in (e[k].split(", ") if k == "author" else [e[k]]):
                if norm(piece) not in vis:
                    errs.append(f"{k} not visible: {piece!r}")
    for kind, items in p["traps"].items():
        for s in items:
            if norm(s) not in vis and norm(s) not in norm(text):
                errs.append(f"trap {kind} not in page: {s[:60]!r}")
            if norm(s).casefold() in norm(e["body"]).casefold():
                errs.append(f"trap {kind} inside expected body: {s[:60]!r}")
    for k in ("published_at", "updated_at"):
        v = e[k]
        if v and not re.fullmatch(r"\d{4}-\d\d-\d\d(T\d\d:\d\d:00\+07:00)?", v):
            errs.append(f"{k} bad format {v}")
    kb = len(raw) / 1024
    if not (p.get("min_kb", 60) <= kb <= 260):
        errs.append(f"size {kb:.0f} KB out of range")
    return errs


def main():
    check = "--check" in sys.argv
    pages = collect()
    seen, rows, bad = set(), [], 0
    for p in pages:
        key = (p["family"], p["name"])
        assert key not in seen, key
        seen.add(key)
        d = os.path.join(HERE, p["family"])
        hp, jp = os.path.join(d, p["name"] + ".html"), os.path.join(d, p["name"] + ".json")
        doc = {"url": p["url"], "content_type": p["content_type"], "expected": p["expected"],
               "traps": p["traps"], "notes": p["notes"]}
        if p["encoding"] != "utf-8":
            doc["actual_encoding"] = {"cp1258": "windows-1258", "tcvn3": "TCVN3 (VN3/.VnTime), 8-bit"}[p["encoding"]]
        if p.get("declared") and p["encoding"] != "cp1258":
            doc["declared_charset"] = p["declared"]
        if not check:
            os.makedirs(d, exist_ok=True)
            with open(hp, "wb") as f:
                f.write(encode(p))
            with open(jp, "w", encoding="utf-8") as f:
                json.dump(doc, f, ensure_ascii=False, indent=2)
                f.write("\n")
        raw = open(hp, "rb").read()
        ondisk = json.load(open(jp, encoding="utf-8"))
        errs = validate(p, raw)
        if ondisk != json.loads(json.dumps(doc, ensure_ascii=False)):
            errs.append("JSON on disk differs from generator")
        if raw != encode(p):
            errs.append("HTML on disk differs from generator")
        if errs:
            bad += 1
            print(f"FAIL {p['family']}/{p['name']}")
            for e in errs:
                print("   ", e)
        rows.append((p["family"], p["name"], len(raw) / 1024, p["encoding"], p["readme"]))
    if not check:
        with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
            f.write(INTRO.format(n=len(rows), f=len({r[0] for r in rows})))
            for fam, name, kb, enc, rd in rows:
                f.write(f"- `{fam}/{name}` ({kb:.0f} KB, {enc}) — {rd}\n")
            f.write(JUDGEMENT)
    for fam, name, kb, enc, _ in rows:
        print(f"{fam:22s} {name:60s} {kb:6.1f} KB  {enc}")
    print(f"{len(rows)} pages, {len({r[0] for r in rows})} families, {bad} failing")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
