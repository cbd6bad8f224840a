"""Signed comments: threads whose comments are runs of text, not elements (a wiki talk page).

Each comment ends with its signature: the writer's name as a link, maybe more links beside it
("(talk)"), then the date, at the very end of a paragraph, list entry or definition (a "[reply]"
control may follow). The paragraphs just before a signed one, under the same parent and not
signed themselves, are the same comment's first paragraphs. Indentation (the lists a signed block
sits in) gives the threading. Read only when the markup gives no comment elements; several signed
blocks with prose of their own, by more than one writer, are needed.
"""

from __future__ import annotations

import re

from autocrawl.extraction.comments.dates import parse_date_text
from autocrawl.extraction.comments.depth import parents_from_depths
from autocrawl.extraction.comments.dom import Element
from autocrawl.extraction.comments.slots import name_like
from autocrawl.extraction.types import Comment

_BLOCKS = frozenset({"p", "dd", "li"})
_LISTS = frozenset({"dl", "ul", "ol"})
_NO_TEXT = frozenset({"script", "style", "noscript", "template", "textarea", "form", "nav"}) | _LISTS
_MIN_SIGNED = 3
_MIN_PROSE = 20  # characters of the comment's own words
_MAX_SIGNATURE = 160  # characters from the name to the block's end
_MAX_AFTER = 24  # after the date: a "[reply]" control
_GAP = re.compile(r"^[\s()\[\]|·•,:;/–—-]*$")  # between the links of one signature
_TRAILING_DASH = re.compile(r"[\s–—~-]+$")

Link = tuple[int, int, Element]


_STAMP = re.compile(r"\d:\d\d\D.*\d{4}|\d{4}\D.*\d:\d\d")  # a year and a time: a signature's date


def signed_comments(root: Element) -> list[Comment]:
    """The page's signed comments, threaded by indentation; [] unless several are found."""
    blocks: list[Element] = []
    seen: set[int] = set()
    for a in root.iter("a"):  # a signature's date is a link's text, or written after a link
        said = (a.text or "") + " " + (a.tail or "")
        if ":" not in said or not _STAMP.search(said):
            continue
        block = next((b for b in a.iterancestors() if b.tag in _BLOCKS), None)
        if block is not None and id(block) not in seen:
            seen.add(id(block))
            blocks.append(block)
    if len(blocks) < _MIN_SIGNED:
        return []
    found: list[tuple[str, str, str, int]] = []  # author, text, date, depth
    signed_ids: set[int] = set()
    for el in blocks:
        if _inside_skipped(el):
            continue
        text, links = _flatten(el)
        signed = _signature(text, links)
        if signed is None:
            continue
        signed_ids.add(id(el))
        start, author, date = signed
        own = _TRAILING_DASH.sub("", text[:start]).strip()
        words = "\n\n".join([*_lead(el, signed_ids), own] if own else _lead(el, signed_ids))
        if len(words) >= _MIN_PROSE:
            found.append((author, words, date, sum(1 for a in el.iterancestors() if a.tag in _LISTS)))
    if len(found) < _MIN_SIGNED or len({f[0] for f in found}) < 2:
        return []
    parents = parents_from_depths([float(f[3]) for f in found])
    return [Comment(author=a, text=t, published=d, parent=p) for (a, t, d, _), p in zip(found, parents, strict=True)]


def _lead(block: Element, signed: set[int]) -> list[str]:
    """The comment's first paragraphs: the unsigned blocks of the block's tag just before it."""
    out: list[str] = []
    for prev in block.itersiblings(preceding=True):
        if not isinstance(prev.tag, str) or prev.tag != block.tag or id(prev) in signed:
            break
        text, links = _flatten(prev)
        if _signature(text, links) is not None or len(text.strip()) < _MIN_PROSE:
            break
        out.append(text.strip())
    return out[::-1]


def _inside_skipped(el: Element) -> bool:
    return any(a.tag in _NO_TEXT - _LISTS or a.tag in ("header", "footer", "aside") for a in el.iterancestors())


def _flatten(block: Element) -> tuple[str, list[Link]]:
    """The block's own text (its nested lists left out: they are other blocks) and its links' places."""
    parts: list[str] = []
    links: list[Link] = []
    size = 0

    def add(value: str | None) -> None:
        nonlocal size
        if value:
            parts.append(value)
            size += len(value)

    # A stack, not recursion (a comment may nest deeper than Python's stack). Entries: an element to
    # enter (start None), the tail of one (start -1), or a link closing (start: where its text began).
    stack: list[tuple[Element, int | None]] = []

    def push_children(el: Element) -> None:
        for child in reversed(el):
            stack.append((child, -1))
            if isinstance(child.tag, str) and child.tag not in _NO_TEXT:
                stack.append((child, None))

    add(block.text)
    push_children(block)
    while stack:
        el, start = stack.pop()
        if start is None:
            if el.tag == "a":
                stack.append((el, size))
            add(el.text)
            push_children(el)
        elif start == -1:
            add(el.tail)
        else:
            links.append((start, size, el))
    return "".join(parts), links


def _signature(text: str, links: list[Link]) -> tuple[int, str, str] | None:
    """Where the signature starts, the name and the date, when the block ends with one."""
    end = len(text.rstrip())
    near = [link for link in links if link[0] >= end - _MAX_SIGNATURE]
    if not near:
        return None
    date: str | None = None
    date_at = 0
    for start, stop, _el in reversed(near):  # the date as a link (to the comment's anchor)
        value = parse_date_text(text[start:stop])
        if value and len(value) > 10 and len(text[stop:end].strip()) <= _MAX_AFTER:
            date, date_at = value, start
            break
    if date is None:  # the date written after the last link
        tail = text[near[-1][1] : end]
        value = parse_date_text(tail)
        if not value or len(value) <= 10 or len(tail) > _MAX_SIGNATURE:
            return None
        date, date_at = value, near[-1][1]
    run = [link for link in near if link[1] <= date_at]
    first = None
    bound = date_at
    for start, stop, el in reversed(run):
        if not _GAP.match(text[stop:bound]):
            break
        first, bound = (start, stop, el), start
    if first is None:
        return None
    start, stop, _el = first
    name = " ".join(text[start:stop].split())
    if not name_like(name, first[2]):
        return None
    return start, name, date
