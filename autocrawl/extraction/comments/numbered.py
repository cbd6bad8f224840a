"""Replies that name the number of the comment they answer.

Many boards and newspapers number their comments where the reader sees them ("#12", "12.",
"Nr. 12", "12楼") and a reply points back by that number: "Antwort auf #5", "回复 5楼", ">>5".
When most items of a thread show such a number of their own, distinct and in page order, a
number-reference set apart near the start of a reply names its parent: the comment shown with that
number, which came before it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import NamedTuple

from autocrawl.extraction.comments.dom import Element
from autocrawl.extraction.common.months import month_number

_OWN_NUMBER = re.compile(r"^\s*(?:#|№\s*|nr\.?\s*|no\.?\s*)?(\d{1,9})\s*(?:楼|樓|f|\.|:)?\s*$", re.I)
_REFERENCE = re.compile(r"(?:#|>>|＞＞|№\s*|nr\.\s*)(\d{1,9})(?!\d)|(?<!\d)(\d{1,5})\s*(?:楼|樓)", re.I)
_LEAD_CHARS = 120  # a reference counts only near the start of the reply
_PIECE_CHARS = 60  # and in a short piece of text set apart ("Antwort auf #5 von X", ">>5"), not inside a sentence
_SCAN_ELEMENTS = 25  # the item's own number is in its head: its first elements


class NumberedThread(NamedTuple):
    parents: list[int | None]  # the comment each item answers by number, None where it names none
    pointers: list[str | None]  # the piece of text that names it ("回复 5楼 name："): no words of the reply


def numbered_thread(items: list[Element]) -> NumberedThread | None:
    """The replies by number of a numbered thread, or None when the thread is not numbered or no
    item points back by number."""
    if len(items) < 3:
        return None
    inside = {id(el) for el in items}
    outline = _outline_parents(items, inside)
    if outline is not None:
        return NumberedThread(outline, [None] * len(items))
    own = [_own_number(el, inside) for el in items]
    known = [(i, found[1]) for i, found in enumerate(own) if found is not None]
    if len(known) * 5 < len(items) * 4:
        own = _labelled_numbers(items, inside)
        known = [(i, found[1]) for i, found in enumerate(own) if found is not None]
    if len(known) * 5 < len(items) * 4:
        return None
    values = [n for _, n in known]
    if len(set(values)) != len(values) or values not in (sorted(values), sorted(values, reverse=True)):
        return None
    by_number = {n: i for i, n in known}
    parents: list[int | None] = [None] * len(items)
    pointers: list[str | None] = [None] * len(items)
    for i, el in enumerate(items):
        found = own[i]
        if found is None:
            continue
        parents[i], pointers[i] = _pointer(_lead_pieces(el, found[0], inside), by_number, found[1])
    return NumberedThread(parents, pointers) if any(p is not None for p in parents) else None


_OUTLINE = re.compile(r"^\s*(\d{1,4}(?:\.\d{1,4}){0,8})\.?\s*$")


def _outline_parents(items: list[Element], inside: set[int]) -> list[int | None] | None:
    """Parents of a flat list numbered as an outline ("7", "7.1", "7.1.2"): each reply's number is its
    parent's with one more part. Taken when most items show such a number of their own in their head,
    all distinct, some of more than one part, and every one's parent number shown before it."""
    numbers = [found[1].group(1) if (found := _head_match(el, inside, _OUTLINE, 40)) else None for el in items]
    known = [n for n in numbers if n is not None]
    if len(known) * 5 < len(items) * 4 or len(set(known)) != len(known) or not any("." in n for n in known):
        return None
    index: dict[str, int] = {}
    parents: list[int | None] = []
    for i, number in enumerate(numbers):
        parent = number.rpartition(".")[0] if number else ""
        if parent and parent not in index:
            return None  # a "1.2" before any "1": a version or a price, not an outline
        parents.append(index[parent] if parent else None)
        if number:
            index[number] = i
    return parents


def _head_match(
    item: Element,
    inside: set[int],
    pattern: re.Pattern[str],
    max_chars: int,
    accept: Callable[[re.Match[str]], bool] | None = None,
) -> tuple[Element, re.Match[str]] | None:
    """The first element of the item's head (its first `_SCAN_ELEMENTS`, up to a nested comment)
    holding only text, at most `max_chars` of it, that `pattern` matches (and `accept` takes)."""
    for seen, el in enumerate(item.iterdescendants()):
        if seen >= _SCAN_ELEMENTS or id(el) in inside:
            return None
        if not isinstance(el.tag, str) or len(el):
            continue
        text = el.text or ""
        if len(text) <= max_chars and (m := pattern.match(text)) and (accept is None or accept(m)):
            return el, m
    return None


def _pointer(pieces: list[str], by_number: dict[int, int], own: int) -> tuple[int | None, str | None]:
    """The first reference among the pieces to an earlier comment shown: its index and the piece."""
    for piece in pieces:
        for match in _REFERENCE.finditer(piece):
            number = int(match.group(1) or match.group(2))
            target = by_number.get(number)
            if target is not None and number < own:
                return target, piece.strip()
    return None, None


def without_pointer(text: str, pointer: str | None) -> str:
    """The reply's text without the pointer to its parent it opens with."""
    if not pointer or not text.startswith(pointer):
        return text
    return text[len(pointer) :].lstrip(" :：,，\n") or text


_LABELLED_NUMBER = re.compile(r"^\s*([^\W\d_]{2,12})\s*#?\s*(\d{1,9})\s*:?\s*$")


def _labelled_numbers(items: list[Element], inside: set[int]) -> list[tuple[Element, int] | None]:
    """Own numbers written after a label, the same word in every item ("Comment 3", "Beitrag 12",
    "Post #7"): a month's name is a date ("May 3"), not a label."""
    found = [_head_match(item, inside, _LABELLED_NUMBER, 30, _not_a_month) for item in items]
    labels = {m.group(1).casefold() for _el, m in filter(None, found)}
    if len(labels) != 1:
        return [None] * len(items)
    return [(hit[0], int(hit[1].group(2))) if hit is not None else None for hit in found]


def _not_a_month(m: re.Match[str]) -> bool:
    return month_number(m.group(1)) is None


def _own_number(item: Element, inside: set[int]) -> tuple[Element, int] | None:
    """The element of the item's head that shows its number alone, and the number."""
    found = _head_match(item, inside, _OWN_NUMBER, 14)
    return (found[0], int(found[1].group(1))) if found is not None else None


def _lead_pieces(item: Element, number_el: Element, inside: set[int]) -> list[str]:
    """The short pieces of text (an element's text or a tail, set apart from the words around it)
    at the start of the item, without its own number and without nested comments."""
    pieces: list[str] = []
    size = 0

    def take(text: str | None) -> None:
        nonlocal size
        if text and text.strip():
            size += len(text)
            if len(text.strip()) <= _PIECE_CHARS:
                pieces.append(text)

    # A stack, not recursion (an item may nest deeper than Python's stack). Entries: (element, 0) to
    # enter it, (element, 1) to take its tail, (element, 2) to go on with it and the siblings after it
    # (no further once the lead is long enough).
    stack: list[tuple[Element, int]] = [(item, 0)]
    while stack:
        el, step = stack.pop()
        if step == 0:
            if el is not number_el:
                take(el.text)
            if len(el):
                stack.append((el[0], 2))
        elif step == 1:
            take(el.tail)
        elif size <= _LEAD_CHARS:
            following = el.getnext()
            if following is not None:
                stack.append((following, 2))
            stack.append((el, 1))
            if id(el) not in inside and isinstance(el.tag, str) and el.tag not in ("script", "style"):
                stack.append((el, 0))
    return pieces
