"""Replies in a flat thread that open by naming the comment's author they answer: "@Ann ...", "In reply
to Ann Hill: ...", "Antwort an Ann:". Taken only where nothing in the markup threads the comments
(every parent still None): in a nested thread, a top-level comment addressing someone stays top-level.
The reply answers that author's latest comment before it. A label ("In reply to Ann Hill") is a pointer
and leaves the reply's text; an "@Ann" is the reader's own words and stays.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# The words that put a name as the one a reply answers: "Replying to @Ann", "Antwort an Ann".
REPLY_LABELS = (
    "in reply to", "replying to", "reply to", "antwort auf", "antwort an", "en réponse à", "en respuesta a",
    "in risposta a", "em resposta a", "w odpowiedzi na", "в ответ на", "回复", "回覆",
)  # fmt: skip
_LABEL = re.compile(
    r"^\W{0,3}(?:"
    + "|".join((*REPLY_LABELS, "in antwort auf", "als antwort auf", "répondre à", "answer to"))
    + r")\s*:?\s*@?",
    re.I,
)
_AT = re.compile(r"^\W{0,2}@")
_END_OF_NAME = re.compile(r"[\s:,.!?)\]—–-]*")


def replied_name(label: str) -> str | None:
    """The name a reply label gives ("Replying to Juniper", "In reply to @ann"), None when the text
    is no such label: a screen reader's name for a reply's context bar says whom it answers."""
    m = _LABEL.match(label)
    if m is None:
        return None
    name = label[m.end() :].strip(" :,.\u2026")
    return name if 0 < len(name.split()) <= _MAX_NAME_WORDS else None


def mention_parents(texts: Sequence[str], authors: Sequence[str | None]) -> tuple[list[int | None], list[str]]:
    """Per comment, the earlier comment it answers by naming its author at its start (None where it
    names none), and the texts without label pointers. One look-up per comment, in the latest
    comment of each name and first name so far: a flat thread of thousands stays linear."""
    parents: list[int | None] = [None] * len(texts)
    out = list(texts)
    latest: dict[str, int] = {}  # an author's name and its first word, lower-cased -> their latest comment
    for i, text in enumerate(texts):
        found = opening_name(text, latest, authors, authors[i])
        if found is not None:
            parents[i], name_end = found
            out[i] = without_label(text, name_end)
        remember_name(latest, authors[i], i)
    return parents, out


def remember_name(latest: dict[str, int], author: str | None, i: int) -> dict[str, int]:
    """`latest` with the author's whole name and first name, lower-cased, pointing at their comment `i`."""
    words = (author or "").split()
    for name in (" ".join(words), *words[:1]):
        if name:
            latest[name.lower()] = i
    return latest


def opening_name(
    text: str, latest: dict[str, int], authors: Sequence[str | None], own: str | None
) -> tuple[int, int] | None:
    """The comment (of `latest`: a lower-cased name -> that author's latest comment) whose author
    the text opens by addressing ("@Ann", "In reply to Ann:"), and where that name ends in the text."""
    opening = _LABEL.match(text) or _AT.match(text)
    if opening is None:
        return None
    found = _named(text[opening.end() :], latest, authors, own)
    return (found[0], opening.end() + found[1]) if found is not None else None


def without_label(text: str, name_end: int) -> str:
    """The text without the reply label it opens with ("In reply to Ann: ", "回复 @Ann :"), the name
    ending at `name_end`; an "@Ann" alone is the reader's own words and stays."""
    if _LABEL.match(text) is None:
        return text
    rest = text[name_end:]
    end = _END_OF_NAME.match(rest)
    rest = rest[end.end() :] if end else rest
    return rest or text


_MAX_NAME_WORDS = 6


def _named(rest: str, latest: dict[str, int], authors: Sequence[str | None], own: str | None) -> tuple[int, int] | None:
    """The latest earlier comment whose author's name (whole, else its first word) `rest` opens with,
    and where the name ends: the longest such name wins, as a whole name names more exactly. A
    commenter answering their own latest comment names no parent."""
    low = rest.lower()
    ends = [m.end() for m in _WORD_END.finditer(low)][:_MAX_NAME_WORDS]
    for end in reversed(ends):
        j = latest.get(low[:end]) if end >= 2 else None
        if j is not None and authors[j] != own:
            return j, end
    return None


# The end of each word of a name ("ann", "ann hill", "peter o."): where a name may stop.
_WORD_END = re.compile(r"\S+?(?=[\s:,!?)\]—–]|$)|\S+")
