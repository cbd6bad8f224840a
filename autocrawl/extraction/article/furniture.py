"""Furniture that survives the body walk, taken out of the body text: captions printed twice
("Caption Caption") become image records, and settings banners, comment placeholders, share and
newsletter lines and a trailing "Popular …" box are dropped, as are a leading copy of the title or
a short byline.

Rules are about the shape and wording of furniture found on many sites, never about one site.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from autocrawl.extraction.common.plaintext import normalize_text

# Whole paragraphs that are site furniture, in the languages the crawler meets most.
_BOILERPLATE_PARAGRAPH = re.compile(
    r"^(?:"
    r"this (?:article|page) contains localized units(?: and prices)?\b.*"
    r"|change settings\.?|your choice\.?|manage (?:cookie )?(?:settings|preferences)\.?"
    r"|(?:reader |user )?comments?(?: \(\d+\))?:?|\d+ comments?|leave a (?:comment|reply)\.?|post a comment\.?"
    r"|nothing (?:here )?yet\.?(?: be the first to comment\.?)?|be the first to comment\.?"
    r"|no comments?(?: yet)?\.?(?: be the first.*)?|there are no comments(?: yet)?\.?"
    r"|(?:noch )?keine kommentare(?: vorhanden)?\.?|(?:aucun|pas de) commentaires?\.?"
    r"|(?:popular|related|trending|recommended|latest) (?:models|articles|stories|posts|news|videos)\.?"
    r"|most (?:read|popular|viewed)\.?|read more\.?|read next\.?|more from .{1,40}|see also:?"
    r"|advertisement\.?|anzeige\.?|werbung\.?|publicité\.?|publicidad\.?|sponsored(?: content)?\.?"
    r"|share(?: this)?(?: (?:article|story|post))?:?|share on (?:facebook|twitter|x|linkedin|whatsapp)\.?"
    r"|sign up (?:for|to) (?:our|the) newsletter\.?.*|subscribe to (?:our|the) newsletter\.?.*"
    r"|weiterlesen\.?|mehr zum thema:?|lire aussi:?|leer más\.?"
    r")$",
    re.I,
)
# Headings after which, near the end of a body, only furniture follows.
_TAIL_HEADING = re.compile(
    r"^(?:(?:reader |user )?comments?(?: \(\d+\))?|popular models|related (?:articles|stories|posts)"
    r"|most (?:read|popular)|more (?:stories|news|articles)|you may also like|recommended(?: for you)?"
    r"|kommentare|leserkommentare|ähnliche artikel|commentaires|comentarios)\s*:?$",
    re.I,
)
# A caption is a line or two: a longer unit said twice is a story told twice (a declared body
# repeated), not furniture.
MAX_CAPTION_CHARS = 300
MIN_CAPTION_WORDS = 4


def repeated_unit(text: str) -> str | None:
    """The phrase a paragraph repeats two or more times back to back ("Caption Caption"), or None."""
    if len(text) > 4 * MAX_CAPTION_CHARS:
        return None
    words = text.split()
    n = len(words)
    for times in (2, 3, 4):
        if n % times or n // times < 2:
            continue
        size = n // times
        if words[size] != words[0]:
            continue  # the second time would start with the first word (most texts: no list is sliced)
        unit = words[:size]
        if all(words[i * size : (i + 1) * size] == unit for i in range(1, times)):
            caption = " ".join(unit)
            return caption if len(caption) <= MAX_CAPTION_CHARS else None
    return None


@dataclass
class CleanedBody:
    body: str
    captions: list[str] = field(default_factory=list)  # captions taken out of the body, once each
    removed: list[str] = field(default_factory=list)  # paragraphs dropped as furniture


def _paragraph_key(paragraph: str) -> str:
    return _spaced_key(" ".join(paragraph.split()))


def _spaced_key(single: str) -> str:
    """`_paragraph_key` of a text whose white space is single spaces already (case-folding makes none)."""
    return single.casefold().strip(" .:!")


def clean_body(
    body: str | None,
    known_captions: list[str] | None = None,
    title: str | None = None,
    authors: list[str] | None = None,
) -> CleanedBody:
    """Drop boilerplate paragraphs and captions from a body; give back the captions once each.

    A leading paragraph that repeats the title, or a short byline naming the authors, goes too.
    """
    text = normalize_text(body)
    if not text:
        return CleanedBody("")
    # A caption of a word or three that a paragraph repeats is more often the heading the image
    # illustrates ("Glucose" above a diagram) than a caption printed into the text.
    known = {_paragraph_key(c) for c in known_captions or [] if c and len(c.split()) >= MIN_CAPTION_WORDS}
    paragraphs = _drop_head(text.split("\n\n"), title, authors or [])
    kept: list[str] = []
    last_key = None  # _paragraph_key(kept[-1])
    result = CleanedBody("")
    for paragraph in paragraphs:
        single = " ".join(paragraph.split())
        key = _spaced_key(single)
        caption = repeated_unit(single)
        if caption:
            if _paragraph_key(caption) not in known:
                result.captions.append(caption)
                known.add(_paragraph_key(caption))
            result.removed.append(paragraph)
        elif key in known or _BOILERPLATE_PARAGRAPH.match(key) or key == last_key:
            result.removed.append(paragraph)
        else:
            kept.append(paragraph)
            last_key = key
    kept = _drop_furniture_tail(kept, result.removed)
    kept = _drop_closing_credits(kept, authors or [], result.removed)
    result.body = "\n\n".join(kept)
    return result


_SENTENCE_MARK = re.compile(r"[!?]")


def _drop_head(paragraphs: list[str], title: str | None, authors: list[str]) -> list[str]:
    title_key = _paragraph_key(title or "")
    names = [a.casefold() for a in authors if a]
    start = 0
    for paragraph in paragraphs[:3]:
        key = _paragraph_key(paragraph)
        is_title = bool(title_key) and key == title_key
        # A byline names and dates; it neither exclaims nor asks ("… nicht lahm! Ein Kommentar von …").
        is_byline = len(key) < 80 and any(name in key for name in names) and not _SENTENCE_MARK.search(key)
        if not (is_title or is_byline):
            break
        start += 1
    return paragraphs[start:] if start < len(paragraphs) else paragraphs


def _drop_furniture_tail(paragraphs: list[str], removed: list[str]) -> list[str]:
    """Cut a trailing "Reader comments / Popular models ..." block: a tail heading in the last
    third of the body followed only by short lines."""
    start = len(paragraphs) - max(1, len(paragraphs) // 3)
    for i in range(max(1, start), len(paragraphs)):
        heading = " ".join(paragraphs[i].split())
        if _TAIL_HEADING.match(heading) and all(len(p) < 100 for p in paragraphs[i + 1 :]):
            removed.extend(paragraphs[i:])
            return paragraphs[:i]
    return paragraphs


CREDIT_REACH = 2  # paragraphs from the end where the credits of the story stand
MAX_CREDIT_CHARS = 250
MAX_CREDIT_LOWER_WORDS = 6  # "reporting by", "additional reporting by", "editing by": a few function words


def _drop_closing_credits(paragraphs: list[str], authors: list[str], removed: list[str]) -> list[str]:
    """The credits under a story ("Reporting by Jane Doe; Editing by John Roe", "Agency (Jane Doe, John
    Roe)"): one of the last paragraphs, naming one of the page's authors in full, made of names and a
    few function words, not a sentence (no full stop at its end)."""
    names = [a.casefold() for a in authors if len(a.split()) >= 2]
    if not names or len(paragraphs) < 2:
        return paragraphs
    kept = list(paragraphs)
    for index in range(len(kept) - 1, max(0, len(kept) - CREDIT_REACH) - 1, -1):
        if _is_credit_line(kept[index], names):
            removed.append(kept.pop(index))
    return kept


def _is_credit_line(paragraph: str, names: list[str]) -> bool:
    text = paragraph.strip()
    if len(text) >= MAX_CREDIT_CHARS or text.endswith((".", "!", "?", "…", "。")):
        return False
    folded = text.casefold()
    if not any(name in folded for name in names):
        return False
    lower = [word for word in text.split() if word[0].islower() and len(word) > 1]
    return len(lower) <= MAX_CREDIT_LOWER_WORDS
