"""A flat thread's depth told by a class whose name means nothing (`css-1k2jcpe`): templates that
mark each comment's depth with a class of its own (`depth-1`, `depth-2`...) keep that slot when the
names are hashed, and only the slot's values are left to read. A depth slot has a shape no other
class has: every comment carries exactly one of its values; a depth first appears right after the
one above it (a reply needs a parent one level up), so in order of first appearance the values are
levels 0, 1, 2...; and no comment stands more than one level below the one before it. Rotating
classes (odd/even, colours) never repeat on two comments in a row, a depth does (two comments of
one level); two values could be any binary state (guest/member), so three levels are needed."""

from __future__ import annotations

from autocrawl.extraction.comments.depth import parents_from_depths
from autocrawl.extraction.comments.dom import Element, tokens

_MIN_ITEMS = 4
_MIN_LEVELS = 3
_MAX_LEVELS = 16  # deeper is no depth slot (a class per author, per comment)


def class_depth_parents(items: list[Element]) -> list[int | None] | None:
    """Parents from a class slot that reads as depth, or None when no slot does."""
    n = len(items)
    if n < _MIN_ITEMS:
        return None
    holders: dict[str, set[int]] = {}
    for i, el in enumerate(items):
        for t in tokens(el):
            holders.setdefault(t, set()).add(i)
    # the classes that vary, one per set of holders (synonyms: `odd thread-odd`)
    features = {frozenset(h): t for t, h in holders.items() if len(h) < n}
    of_item: list[list[frozenset[int]]] = [[] for _ in range(n)]
    for held in sorted(features, key=len, reverse=True):  # the widest first
        for i in held:
            of_item[i].append(held)
    for seed in of_item[0]:
        levels = _levels(seed, of_item)
        if levels is not None and _reads_as_depth(levels):
            return parents_from_depths([float(v) for v in levels])
    return None


def _levels(seed: frozenset[int], of_item: list[list[frozenset[int]]]) -> list[int] | None:
    """Each item's value of the slot grown from `seed` (widest disjoint classes first), numbered by
    first appearance; None when some item has no value disjoint from the others taken."""
    value: list[int | None] = [None] * len(of_item)
    taken = 0
    for i in range(len(of_item)):
        if value[i] is not None:
            continue
        covered = {j for j, v in enumerate(value) if v is not None}
        held = seed if i == 0 else next((h for h in of_item[i] if not h & covered), None)
        if held is None or taken >= _MAX_LEVELS:
            return None
        for j in held:
            value[j] = taken
        taken += 1
    return [v for v in value if v is not None]


def _reads_as_depth(levels: list[int]) -> bool:
    if len(set(levels)) < _MIN_LEVELS:
        return False
    pairs = list(zip(levels, levels[1:], strict=False))
    return all(b <= a + 1 for a, b in pairs) and any(a == b for a, b in pairs)
