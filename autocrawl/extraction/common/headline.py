"""The headlines a page declares or shows, cheaply (no article extraction): what tells one story's
page from another's, as a comment page names the story its comments are on."""

from __future__ import annotations

import re

from autocrawl.extraction.common.page import Page
from autocrawl.extraction.common.structured import json_str

_WORD = re.compile(r"\w+")
# A headline of fewer words is a label ("Comments", "Reader comments | Gazette"), no story's.
_MIN_STORY_WORDS = 4


def page_headlines(page: Page) -> list[str]:
    """The page's JSON-LD headline, og:title, <title> and first <h1>, those it has."""
    root = page.root
    if root is None:
        return []
    structured = page.structured()
    found = [json_str((structured.article or {}).get("headline")), structured.first_meta("og:title")]
    for tag in ("title", "h1"):
        el = next(root.iter(tag), None)
        found.append(" ".join(" ".join(el.itertext()).split()) if el is not None else None)
    return [h for h in found if h]


def same_story(title: str | None, headlines: list[str]) -> bool:
    """Whether a page of these headlines may be about the story of that title: one of them holds
    its words or is held in them ("Comments on <title>", "<title> | Site"). Only headlines of a
    story's length count: a page labelled "Comments" alone says nothing of which story."""
    story = _words(title or "")
    specific = [_words(h) for h in headlines if len(_WORD.findall(h)) >= _MIN_STORY_WORDS]
    if not story or not specific:
        return True
    return any(h and (story in h or h in story) for h in specific)


def _words(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))
