"""The headline a page declares or shows, cheaply (no article extraction): what tells one story's
page from another's, as a comment page carries the headline of the story its comments are on."""

from __future__ import annotations

import re

from autocrawl.extraction.common.page import Page
from autocrawl.extraction.common.structured import json_str

_WORD = re.compile(r"\w+")


def page_headline(page: Page) -> str | None:
    """The page's JSON-LD headline, else its og:title, else its first <h1>'s words."""
    root = page.root
    if root is None:
        return None
    structured = page.structured()
    declared = json_str((structured.article or {}).get("headline")) or structured.first_meta("og:title")
    if declared:
        return declared
    h1 = next(root.iter("h1"), None)
    words = " ".join(" ".join(h1.itertext()).split()) if h1 is not None else ""
    return words or None


def same_story(title: str | None, headline: str | None) -> bool:
    """Whether a headline names the story of that title: the same words, or one holding the other
    ("Comments on <title>", "<title> | Site"). Without either, nothing says otherwise."""
    if not title or not headline:
        return True
    a, b = " ".join(_WORD.findall(title.casefold())), " ".join(_WORD.findall(headline.casefold()))
    return not a or not b or a in b or b in a
