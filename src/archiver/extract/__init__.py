"""Extraction: a page into an article record.

=============== ===========================================================================
``page``        the entry (``extract``, ``extract_page``): one page context, named steps
``nodes``       finding a field's node: first match with content, outside chrome, not an
                entry of a listing beside the article
``stamps``      the article's own timestamps on the page
``credits``     bylines: elements, lines around and at the ends of the body, accounts
``blocks``      pictures before the body, the bold sapo, tags, the category
``walk``        the body walked into paragraphs, captions, images and photo credits
=============== ===========================================================================

Below it: :mod:`archiver.auto` (heuristics for pages no profile knows), :mod:`archiver.dom`
(text and chrome of a node), :mod:`archiver.vocab` (the cue vocabulary),
:mod:`archiver.profiles` (CMS families as data), :mod:`archiver.byline` and
:mod:`archiver.dates` (one line -> byline / timestamp).
"""

from archiver.extract.page import (
    SIGN_IN_FORM,
    ExtractedPage,
    extract,
    extract_page,
    join_parts,
    same_headline,
)

__all__ = ["SIGN_IN_FORM", "ExtractedPage", "extract", "extract_page", "join_parts",
           "same_headline"]
