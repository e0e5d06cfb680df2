"""Vietnamese text normalisation: NFC, spaces, search keys, tone placement, charsets.

Pages arrive in several shapes of "the same" text: decomposed ("Unicode tổ hợp" typing and
windows-1258 pages), with U+00D0 ``Ð`` where ``Đ`` was meant (legacy-font conversion), with
NBSP/zero-width noise, and with two tone-placement styles ("uỷ"/"ủy", "hoà"/"hòa").

* :func:`normalize_text` is what we store: NFC, ``Đ`` fixed, spaces tidied.
* :func:`fold` is the search/dedupe key: lower-case, no diacritics, ``đ`` -> ``d``.
* :func:`canonical_tones` keeps diacritics but unifies tone placement (old style).
* :func:`content_hash` hashes the canonical form, so re-typed tone styles dedupe.
* :func:`decode_html` turns response bytes into NFC text, choosing the charset sanely.
"""

from __future__ import annotations

import codecs
import hashlib
import html
import logging
import re
import unicodedata

__all__ = ["canonical_tones", "content_hash", "decode_html", "decode_html_charset",
           "decode_page", "encode_as", "fold",
           "legacy_vietnamese",
           "normalize_text"]

log = logging.getLogger(__name__)

# --------------------------------------------------------------------------- normalize_text

# Deleted outright: zero-width space/joiners, word joiner, BOM/ZWNBSP, soft hyphen,
# Mongolian vowel separator, lone surrogates (JSON-LD escapes such as "\ud83d" without their
# pair: UTF-8 cannot encode them, so SQLite and stdout would refuse the string); plus the
# legacy-font eth fix (Ð/ð -> Đ/đ).
_PRE_TABLE: dict[int, int | None] = {
    0x00AD: None, 0x180E: None, 0x200B: None, 0x200C: None, 0x200D: None,
    0x2060: None, 0xFEFF: None,
    0x00D0: 0x0110, 0x00F0: 0x0111,
    **dict.fromkeys(range(0xD800, 0xE000)),
}
_SURROGATES = "\ud800-\udfff"

_SPACES = re.compile(r"\s+")


def _is_clean(s: str) -> bool:
    """Nothing for cleaning to change but (for non-ASCII text) composition: no space at an
    end or doubled, and every character printable — ``str.isprintable`` is false for every
    space but " " and every control, format (zero-width, soft hyphen) or surrogate
    character, a few more than cleaning changes, which then take the long way to the same
    string — and no ``Ð``/``ð``. (One C scan instead of a regex's: a third faster.)"""
    return (s[:1] != " " and s[-1:] != " " and "  " not in s and s.isprintable()
            and (s.isascii() or ("\u00d0" not in s and "\u00f0" not in s)))


def normalize_text(s: str) -> str:
    """NFC, ``Ð`` -> ``Đ``, exotic spaces -> " ", zero-width/soft hyphen removed, collapsed.

    Already-clean strings (the common case) are returned as they are after one regex scan
    and one NFC quick check. Otherwise each repair runs only when needed: the per-character
    ``translate`` only when a character it handles is present (paragraph breaks alone, the
    usual reason a body is "dirty", cost one ``split``/``join``).
    """
    if s.isascii():
        return s if _is_clean(s) else " ".join(s.split())
    if _is_clean(s) and unicodedata.is_normalized("NFC", s):
        return s
    # Deletions first, so that marks separated by a zero-width char still compose.
    if _PRE_CHARS.search(s) is not None:
        s = s.translate(_PRE_TABLE)
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())


_PRE_CHARS = re.compile(
    "[" + "".join(chr(c) for c in _PRE_TABLE if not 0xD800 <= c < 0xE000) + _SURROGATES + "]")


# ------------------------------------------------------------------------------------- fold

def _build_fold_table() -> dict[int, str]:
    """Every precomposed Latin letter (Vietnamese included) -> its bare lower-case base."""
    table: dict[int, str] = {}
    for start, stop in ((0x00C0, 0x0250), (0x1E00, 0x1F00)):
        for cp in range(start, stop):
            ch = chr(cp)
            base = "".join(c for c in unicodedata.normalize("NFD", ch)
                           if not unicodedata.combining(c))
            if base != ch and base.isascii() and base.isalpha():
                table[cp] = base.lower()
    for ch in "đĐÐð":
        table[ord(ch)] = "d"
    return table


_FOLD_TABLE = _build_fold_table()
# Anything but ASCII and the precomposed letters whose NFD is an ASCII letter plus marks.
_NOT_LATIN_LETTER = re.compile(
    "[^\x00-\x7f" + "".join(chr(cp) for cp, base in _FOLD_TABLE.items()
                            if unicodedata.normalize("NFD", chr(cp))[0].lower() == base
                            and unicodedata.normalize("NFD", chr(cp)).isascii() is False
                            and all(unicodedata.combining(c)
                                    for c in unicodedata.normalize("NFD", chr(cp))[1:]))
    + "]")


def fold(s: str) -> str:
    """Search/dedupe key: ``"Đảng ủy Khối"`` -> ``"dang uy khoi"``.

    Lower-case, ``đ`` -> ``d``, then NFD and drop every combining mark. Text whose only
    non-ASCII characters are precomposed Latin letters (all Vietnamese text) takes a C-only
    path: NFD then ``encode("ascii", "ignore")``, which drops exactly the marks. Anything
    else (other scripts, typographic quotes) keeps its other characters: one regex pass
    drops the marks. This runs on every article loaded, so both paths matter.
    """
    out = normalize_text(s).lower()
    if out.isascii():
        return out
    out = out.replace("đ", "d")
    if _NOT_LATIN_LETTER.search(out) is None:
        out = unicodedata.normalize("NFD", out).encode("ascii", "ignore").decode("ascii")
    else:
        out = _MARKS.sub("", unicodedata.normalize("NFD", out))
        if not out.isascii():
            out = unicodedata.normalize("NFC", out).translate(_FOLD_TABLE)
    if "  " in out or out[:1] == " " or out[-1:] == " ":
        # removing a stray mark can leave two spaces side by side
        out = _SPACES.sub(" ", out).strip()
    return out


_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")


# -------------------------------------------------------------------------- canonical_tones

_TONES = "\u0300\u0301\u0303\u0309\u0323"  # huyền, sắc, ngã, hỏi, nặng


def _tone_map(second: str) -> dict[str, tuple[str, str]]:
    """``"à"`` -> (base ``"a"``, tone) for every toned form of ``second`` (both cases)."""
    out: dict[str, tuple[str, str]] = {}
    for base in (second, second.upper()):
        for tone in _TONES:
            out[unicodedata.normalize("NFC", base + tone)] = (base, tone)
    return out


_TONED_A_E = _tone_map("a") | _tone_map("e")
_TONED_Y = _tone_map("y")
_TONED = _TONED_A_E | _TONED_Y
# New-style tone on the 2nd vowel of an open "oa"/"oe"/"uy" (not "quy") at the end of a
# syllable; old (dominant) style puts it on the first vowel. Closed syllables ("hoàn",
# "thuyền") and "oai"/"uyu" ("ngoài", "khuỷu") are written the same in both styles.
# One leading character class keeps the scan fast (this runs on every article loaded);
# the pairing (o + a/e, u + y) and the "qu" exception are checked in ``_to_old_style``.
_NEW_STYLE = re.compile(
    "(?P<first>[oOuU])(?P<second>[" + "".join(_TONED) + "])"
    r"(?![^\W\d_]|[\u0300-\u036f])"
)


def _to_old_style(m: re.Match[str]) -> str:
    first, second = m.group("first"), m.group("second")
    if first in "oO":
        if second not in _TONED_A_E:
            return m.group(0)
    elif second not in _TONED_Y or m.string[m.start() - 1:m.start()] in ("q", "Q"):
        return m.group(0)
    base, tone = _TONED[second]
    return unicodedata.normalize("NFC", first + tone) + base


def canonical_tones(s: str) -> str:
    """Unify tone placement to the old style: "hoà" -> "hòa", "thuỷ" -> "thủy"."""
    if s.isascii():
        return s
    if not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return _NEW_STYLE.sub(_to_old_style, s)


def content_hash(text: str) -> str:
    """sha256 hex of ``canonical_tones(normalize_text(text))``: tone-style-insensitive."""
    key = canonical_tones(normalize_text(text))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


# ------------------------------------------------------------------------------ decode_html

_CHARSET_ALIASES = {
    "utf8": "utf-8",
    "unicode": "utf-8",
    "x-cp1258": "cp1258",
    "x-windows-1258": "cp1258",
    "windows1258": "cp1258",
    "win1258": "cp1258",
    "vn": "cp1258",
    # WHATWG: these labels mean windows-1252 in browsers.
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
# Server defaults that say nothing about the page; a <meta> declaration beats them.
_WEAK_HEADER = {"cp1252"}
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)""", re.I)
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:\-]+)"""
    rb"""|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:\-]+)""",
    re.I,
)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def _codec(label: str | None) -> str | None:
    """Python codec name for a charset label, or None when unknown."""
    if not label:
        return None
    key = label.strip().strip("\"'").lower()
    key = _CHARSET_ALIASES.get(key, key)
    try:
        name = codecs.lookup(key).name
    except LookupError:
        log.debug("unknown charset label %r", label)
        return None
    return "utf-8" if name == "utf-8-sig" else name


def _is_utf(name: str) -> bool:
    return name.startswith(("utf-8", "utf-16", "utf-32"))


def _try(body: bytes, name: str) -> str | None:
    try:
        return body.decode("utf-8-sig" if name == "utf-8" else name)
    except (UnicodeDecodeError, LookupError):
        return None


def _nearly_utf8(body: bytes) -> bool:
    """Mostly valid UTF-8 with a few damaged bytes (not a legacy single-byte page)."""
    text = body.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for c in text if ord(c) > 0x7F) - bad
    return good > 0 and bad * 20 <= good


def _finish(text: str, utf8: bytes | None, quick: bool) -> tuple[str, bytes | None]:
    """The decoded page without its BOM, in NFC, and the body when it is exactly that text
    in UTF-8 (a parser can take it as is). ``utf8`` is the body when it was UTF-8; with
    ``quick``, the NFC check is skipped when no combining mark U+0300-U+036F (how
    decomposed Vietnamese is written) is in it: a byte search instead of a scan of every
    character, the rarer characters NFC also changes being left to field cleaning. Runs
    of text still set in a TCVN3 font inside a Unicode page are decoded."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if (b".Vn" in utf8 or b".VN" in utf8) if utf8 is not None else (
            ".Vn" in text or ".VN" in text):
        runs = legacy_runs(text)
        if runs is not text:
            text, utf8 = runs, None
    if utf8 is not None and utf8.startswith(codecs.BOM_UTF8):
        utf8 = None
    if quick and utf8 is not None and b"\xcc" not in utf8 and b"\xcd" not in utf8:
        return text, utf8
    # one normalisation, not a check then a normalisation: with combining marks in it the
    # check normalises the whole page too
    if quick and "\u0338" not in text and _COMBINING.search(text) is not None:
        # NFC piece by piece between the "<" of the markup: nothing composes or reorders
        # across a "<" but a U+0338 after it ("≮"), so the pieces normalised and joined are
        # the whole normalised, and the markup's pieces (ASCII) pass the quick check at
        # once (a cp1258 page: 0.2 instead of 1 ms)
        composed = "<".join([unicodedata.normalize("NFC", p) for p in text.split("<")])
    else:
        composed = unicodedata.normalize("NFC", text)
    return (text, utf8) if composed == text else (composed, None)


_COMBINING = re.compile("[\u0300-\u036f]")


def decode_html(body: bytes, content_type: str | None = None) -> str:
    """Decode an HTML response body to NFC text; never raises on bad bytes.

    The decoding is :func:`decode_page`'s, and the text is NFC in full (the rare characters
    NFC changes outside the combining marks too: OHM SIGN, CJK compatibility ideographs…),
    which the crawler's URL handling relies on.
    """
    return _decode(body, content_type, quick=False)[0]


#: The five Vietnamese tone marks, which windows-1258 writes as combining characters.
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_as(text: str, codec: str) -> bytes:
    """``text`` in a page's legacy ``codec``, as a Vietnamese Windows box writes it (for
    windows-1258: base letters precomposed, â ê ô ơ ư ă đ, and the tone marks as combining
    characters); a character the codec lacks becomes a numeric reference, as browsers
    encode a form's or a link's query."""
    if codec.replace("-", "").replace("_", "").lower() in ("cp1258", "windows1258"):
        out: list[str] = []
        for char in unicodedata.normalize("NFC", text):
            if char.isascii():
                out.append(char)
                continue
            parts = unicodedata.normalize("NFD", char)
            tones = "".join(c for c in parts if c in _TONE_MARKS)
            out.append(unicodedata.normalize("NFC", "".join(c for c in parts
                                                            if c not in _TONE_MARKS)) + tones)
        text = "".join(out)
    try:
        return text.encode(codec, errors="xmlcharrefreplace")
    except LookupError:
        return text.encode("utf-8")


def decode_html_charset(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """:func:`decode_html`'s text and the codec it read the body with (``utf-8``,
    ``cp1258``, ``tcvn3``…): a link's query is sent in the page's own encoding."""
    text, _, name = _decode(body, content_type, quick=False)
    return text, name


def decode_page(body: bytes, content_type: str | None = None) -> tuple[str, bytes | None]:
    """Decode an HTML response body to text with Vietnamese composed (NFC wherever combining
    marks occur; other characters NFC would change are left to the per-field
    :func:`normalize_text`, which extraction applies); never raises on bad bytes. The second
    item is ``body`` when it is exactly that text in UTF-8 (no BOM, nothing recomposed),
    else None: a parser can take the bytes as they are.

    Order: Content-Type charset, BOM, ``<meta charset>``/http-equiv/XML declaration in the
    first 4 KB, then UTF-8 (strict), then windows-1258. A declared non-UTF charset loses to
    UTF-8 when the body is valid non-ASCII UTF-8; a Latin-1/ASCII server default loses to a
    ``<meta>`` declaration; a declared charset that does not decode strictly falls through.
    """
    text, raw, _ = _decode(body, content_type, quick=True)
    return text, raw


#: A page set in the pre-Unicode TCVN3 ("ABC") fonts: ``.VnTime``, ``.VnArial``… (their
#: upper-case "H" faces too). Its bytes are Vietnamese letters in those fonts' own order.
_LEGACY_FONT = re.compile(rb"""(?:face|font-family)\s*[=:]\s*["']?\s*\.Vn[A-Za-z]""",
                          re.IGNORECASE)
#: TCVN 5712:1993 (VN3), the encoding of the ``.Vn`` fonts: byte -> letter (the bytes
#: below 0xA1 are ASCII).
_TCVN3 = str.maketrans(dict(zip(
    [0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7, 0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE,
     0xB5, 0xB6, 0xB7, 0xB8, 0xB9, 0xBB, 0xBC, 0xBD, 0xBE, 0xC6, 0xC7, 0xC8, 0xC9, 0xCA,
     0xCB, 0xCC, 0xCE, 0xCF, 0xD0, 0xD1, 0xD2, 0xD3, 0xD4, 0xD5, 0xD6, 0xD7, 0xD8, 0xDC,
     0xDD, 0xDE, 0xDF, 0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB,
     0xEC, 0xED, 0xEE, 0xEF, 0xF1, 0xF2, 0xF3, 0xF4, 0xF5, 0xF6, 0xF7, 0xF8, 0xF9, 0xFA,
     0xFB, 0xFC, 0xFD, 0xFE],
    "ĂÂÊÔƠƯĐăâêôơưđàảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ",
    strict=True)))


#: :data:`_TCVN3` as a decoding table: byte -> its letter, Latin-1 for the others.
_TCVN3_TABLE = "".join(_TCVN3.get(b, chr(b)) for b in range(256))


def legacy_vietnamese(body: bytes) -> str | None:
    """A page written in the TCVN3 fonts, as Unicode text; None for any other page (one
    that names no ``.Vn`` font, or is UTF-8: its letters are already letters)."""
    # a substring search first, one pass and no copy: the font's name is rare, ".vn" is not
    at = body.find(b".V", 0, 200_000)
    while at >= 0 and body[at + 2:at + 3] not in (b"n", b"N"):
        at = body.find(b".V", at + 2, 200_000)
    if at < 0:
        return None
    head = body[:200_000]
    # the font set on text, not only declared: a Word "Save as Web Page" file declares
    # every font installed (``@font-face {font-family:".VnTime"; …}``) whatever its text's
    used = any(b"@font-face" not in head[max(0, m.start() - 24):m.start()]
               for m in _LEGACY_FONT.finditer(head))
    if body.isascii() or not used or _try(body, "utf-8") is not None:
        return None
    # (a byte's letter read through a 256-entry table in C; str.translate looks each
    # character up in a dict: 2.5 ms on a 60 KB page)
    return codecs.charmap_decode(body, "strict", _TCVN3_TABLE)[0]


#: Latin-1 characters no Vietnamese word written in Unicode uses (all but "à á â ã è é ê ì
#: í ò ó ô õ ù ú ý" and their capitals).
_FOREIGN = re.compile("[\u00a1-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8"
                      "\u00db\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8"
                      "\u00fb-\u00fc\u00fe\u00ff]")
#: Of those, the symbols a Unicode page prints itself ("» Xem thêm", "© 2024", "25°C").
_SYMBOLS = frozenset("»«©°·×")
#: TCVN3's commonest letters: "®" đ, "µ" à, "¸" á, "­" ư, "¬" ơ, "¹" ạ, "¶" ả, "·" ã, "¨" ă,
#: "ª" ê, "©" â (inside a word).
_TCVN3_COMMON = frozenset("®µ¸\u00ad¬¹¶·¨ª©")
#: An opening tag setting its text in a TCVN3 font (``style="font-family:.VnTime"``,
#: ``<font face=".VnTimeH">``).
_LEGACY_TAG = re.compile(r"<(?P<tag>[A-Za-z][A-Za-z0-9]*)\b[^>]*?(?:face|font-family)\s*[=:]"
                         r"\s*(?:&quot;|[\"'])?\s*(?P<font>\.Vn[A-Za-z0-9]*)[^>]*>",
                         re.IGNORECASE)
_TAG_OR_TEXT = re.compile(r"(<[^>]*>)")


def legacy_runs(text: str) -> str:
    """A Unicode page with runs of text still in a TCVN3 font (a document pasted from an
    old Word file: ``<span style="font-family:.VnTime">§¶ng bé</span>``, its bytes' letters
    written as Latin-1 characters or entities): those runs as Vietnamese ("Đảng bộ"; in
    the capitals of the fonts named "…H", ``.VnTimeH``). A run holding letters beyond
    Latin-1 is Unicode already (a converted document keeps its old font's name) and
    stays. ``text`` itself comes back when nothing changed."""
    out: list[str] = []
    pos = 0
    for m in _LEGACY_TAG.finditer(text):
        if m.start() < pos:
            continue   # (inside a run already read)
        end = _run_end(text, m.end(), m["tag"].lower())
        run = _decoded_run(text[m.end():end], m["font"].endswith(("H", "h")))
        if run is None:
            continue
        out += [text[pos:m.end()], run]
        pos = end
    if not out:
        return text
    out.append(text[pos:])
    return "".join(out)


def _run_end(text: str, start: int, tag: str) -> int:
    """Where the element whose content starts at ``start`` closes (its nested elements of
    the same name counted); the end of the text when it never does."""
    opening = re.compile(rf"<(/?){re.escape(tag)}\b[^>]*>", re.IGNORECASE)
    depth = 1
    for m in opening.finditer(text, start):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.start()
    return len(text)


def _decoded_run(run: str, capitals: bool) -> str | None:
    """The text of ``run`` (markup kept) read as TCVN3; None when it is no such text
    (letters beyond Latin-1, or too few of TCVN3's commonest code points)."""
    pieces = _TAG_OR_TEXT.split(run)
    plain = [html.unescape(p) for p in pieces[::2]]
    if any(ord(c) > 0xFF for p in plain for c in p):
        return None
    # (TCVN3 writes its letters with Latin-1 codes no Vietnamese word uses — "®" đ, "µ" à,
    # "¸" á, "­" ư, "Ç" ầ —, Unicode Vietnamese inside Latin-1 only "à á â ã è é ê …"; a
    # page's own "»", "©", "°" count only inside a word: "nh©n" is "nhân")
    found = [m.group() for p in plain for m in _FOREIGN.finditer(p)
             if m.group() not in _SYMBOLS or (m.start() > 0 and p[m.start() - 1].isalpha()
                                              and p[m.end():m.end() + 1].isalpha())]
    # (and one of TCVN3's commonest letters among them: a German name's "ü ö", "½", "Nº"
    # are no TCVN3)
    if len(found) < 2 or not any(c in _TCVN3_COMMON for c in found):
        return None
    for i, p in enumerate(plain):
        letters = p.translate(_TCVN3)
        letters = letters.upper() if capitals else letters
        pieces[i * 2] = html.escape(letters, quote=False)
    return "".join(pieces)


def _decode(body: bytes, content_type: str | None, quick: bool
            ) -> tuple[str, bytes | None, str]:
    """The text, the body when it is that text in UTF-8, and the codec read."""
    # the body read as UTF-8 (BOM dropped), once: most pages are, and a UTF-8 page is never
    # a TCVN3 one (spares that search too)
    as_utf8 = _try(body, "utf-8")
    legacy = legacy_vietnamese(body) if as_utf8 is None else None
    if legacy is not None:
        log.debug("TCVN3 (.Vn font) page: its bytes read as that encoding")
        return (*_finish(legacy, None, quick), "tcvn3")
    header: str | None = None
    if content_type:
        m = _HEADER_CHARSET.search(content_type)
        header = _codec(m.group(1)) if m else None
    bom = next((name for mark, name in _BOMS if body.startswith(mark)), None)
    meta: str | None = None
    m2 = _META_CHARSET.search(body[:4096])
    if m2:
        label = (m2.group(1) or m2.group(2)).decode("ascii", errors="replace")
        meta = _codec(label)
        if meta and meta.startswith(("utf-16", "utf-32")) and bom is None:
            meta = "utf-8"  # an ASCII-readable <meta> cannot be UTF-16 (WHATWG)

    order = [header, bom, meta]
    if header in _WEAK_HEADER and meta is not None:
        order = [bom, meta, header]
    declared = list(dict.fromkeys(n for n in order if n))

    utf8_ok: bool | None = None
    for name in declared:
        if not _is_utf(name):
            if utf8_ok is None:
                utf8_ok = not body.isascii() and as_utf8 is not None
            if utf8_ok:
                log.debug("declared %s but body is valid UTF-8; using UTF-8", name)
                return (*_finish(body.decode("utf-8") if body.startswith(codecs.BOM_UTF8)
                                 else as_utf8 or "", body, quick), "utf-8")
        text = as_utf8 if name == "utf-8" else _try(body, name)
        if text is not None:
            return (*_finish(text, body if name == "utf-8" else None, quick), name)
        log.debug("declared charset %s does not decode; falling back", name)

    if as_utf8 is not None:
        return (*_finish(as_utf8, body, quick), "utf-8")
    if _nearly_utf8(body):
        # not the body any more: U+FFFD stands where the bad bytes were
        return (*_finish(body.decode("utf-8-sig", errors="replace"), None, quick), "utf-8")
    text = _try(body, "cp1258")
    if text is not None:
        return (*_finish(text, None, quick), "cp1258")
    last = declared[0] if declared else "cp1258"
    return (*_finish(body.decode(last, errors="replace"), None, quick), last)
