"""Replies in a flat thread that open by naming the comment's author they answer: "@Ann ...", "In reply
to Ann Hill: ...", "Antwort an Ann:". Taken only where nothing in the markup threads the comments
(every parent still None): in a nested thread, a top-level comment addressing someone stays top-level.
The reply answers that author's latest comment before it. A label ("In reply to Ann Hill") is a pointer
and leaves the reply's text; an "@Ann" is the reader's own words and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_LABEL = re.compile(
    r"^\W{0,3}(?:in reply to|replying to|reply to|in antwort auf|antwort auf|als antwort auf|antwort an|"
    r"en réponse à|en respuesta a|in risposta a|em resposta a|w odpowiedzi na|в ответ на|"
    r"répondre à|answer to)\s*:?\s*@?",
    re.I,
)
_AT = re.compile(r"^\W{0,2}@")
_END_OF_NAME = re.compile(r"[\s:,.!?)\]—–-]*")


def mention_parents(texts: Sequence[str], authors: Sequence[str | None]) -> tuple[list[int | None], list[str]]:
    """Per comment, the earlier comment it answers by naming its author at its start (None where it
    names none), and the texts without label pointers."""
    parents: list[int | None] = [None] * len(texts)
    out = list(texts)
    for i, text in enumerate(texts):
        label = _LABEL.match(text)
        at = None if label else _AT.match(text)
        opening = label or at
        if opening is None:
            continue
        found = _named(text[opening.end() :], authors[:i], authors[i])
        if found is None:
            continue
        parents[i], name_end = found
        if label is not None:
            rest = text[opening.end() + name_end :]
            end = _END_OF_NAME.match(rest)
            rest = rest[end.end() :] if end else rest
            out[i] = rest or text
    return parents, out


def _named(rest: str, earlier: Sequence[str | None], own: str | None) -> tuple[int, int] | None:
    """The latest earlier comment whose author's name (whole, else its first word) `rest` opens with,
    and where the name ends."""
    low = rest.lower()
    for j in range(len(earlier) - 1, -1, -1):
        author = earlier[j]
        if not author or author == own:
            continue
        for name in dict.fromkeys((author, author.split()[0])):
            key = name.lower()
            if len(key) >= 2 and low.startswith(key) and (len(low) == len(key) or not low[len(key)].isalnum()):
                return j, len(name)
    return None
