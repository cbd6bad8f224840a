"""The byline as links to the writers' pages: `<a href="/author/jane-doe">Jane Doe</a>` near the headline.

Sites mark bylines with classes ("byline", "author-name"); sites styled with hashed class names
(CSS-in-JS) do not, but the name still links to the writer's page, and the URL says what it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from autocrawl.extraction.common.dom import following, link_path, spaced_text

# A path segment naming a page of writers, then the writer's own segment.
_AUTHOR_PATH = re.compile(
    r"/(?:authors?|autor(?:en|in|innen)?|auteurs?|autores?|autori|profiles?|people|staff|journalists?|"
    r"journalisten|contributors?|writers?|reporters?|columnists?|redakteur\w*|redaktion/\w+|byline)/[^/?#]+",
    re.I,
)
_NAME_ONLY = re.compile(r"[^\W\d_][\w.'’ -]*")  # no title after a comma, no "@handle", no "(Ed.)"
WINDOW = 3000  # characters of text after the headline where the byline stands
MAX_NAMES = 3


def author_link_names(
    root: Any, anchor: Any, person_like: Callable[[str], bool], set_apart: Callable[[Any, str], bool]
) -> list[str]:
    """Person names of the links to writer pages in the text right after the headline `anchor`
    (`set_apart`: the link is in a footer, a menu or a teaser of another article)."""
    names: list[str] = []
    seen = 0
    for el in following(root, anchor):
        tag = el.tag
        if not isinstance(tag, str) or tag in ("script", "style", "noscript", "template"):
            continue
        if tag == "a":
            path = link_path(el.get("href") or "")
            if path and _AUTHOR_PATH.search(path):
                name = spaced_text(el)
                if _NAME_ONLY.fullmatch(name) and person_like(name) and name not in names and not set_apart(el, name):
                    names.append(name)
                    if len(names) >= MAX_NAMES:
                        break
        seen += len((el.text or "").strip()) + 5
        if seen > WINDOW:
            break
    return names
