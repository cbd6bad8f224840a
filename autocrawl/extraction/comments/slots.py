"""A group's author by agreement: the comments of a thread are look-alike items, and when no
marker names their author, the name is the short text found at the same place in most of them
(the same tag and class path from the item down) that changes from item to item. Labels
("Reply", "Like") repeat unchanged, counts and dates are no names, and the comment's words are
longer or vary in place: none of them makes a slot.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable

from autocrawl.extraction.comments.ages import read_age
from autocrawl.extraction.comments.checks import clean_author
from autocrawl.extraction.comments.dates import find_age, is_age_only, parse_date_text
from autocrawl.extraction.comments.dom import Element, clean_text, lined_text, text_size, tokens
from autocrawl.extraction.comments.fields import is_action
from autocrawl.extraction.common.dom import CJK_CHAR

Path = tuple[str, ...]

_SAMPLE = 12  # members a slot is looked for in; it is then read in all of them
_MAX_CHARS = 40
_MAX_WORDS = 4
_MIN_SHARE = 0.6  # of the sampled members that must hold the slot
_MAX_WALK = 400  # elements of one member looked at
_CJK_STOPS = ("。", "！", "？")  # a sentence's end in Chinese and Japanese: no name ends so
_MAX_CJK_NAME = 12
_DIGIT = re.compile(r"\d")
_LETTERS = re.compile(r"[^\W\d_]{2}")  # two letters in a row
_AGE = re.compile(r"\b(?:ago|vor|il y a|hace|há|atrás)\b", re.I)  # "2 days ago": no name (`read_age`: other languages)


_INLINE = frozenset(("a", "span", "b", "strong", "em", "cite", "bdi"))


def _step(el: Element, shared: frozenset[str]) -> str:
    """One step of a path: the tag and the classes of the template (`shared`: those most members
    carry), not an id, a depth or a state, whatever their form (a generated class looks like an id,
    a depth's hash may not). A classed inline element is one step whatever its tag: a poster's name
    is a link where they gave a website and plain text where not, with the same class at the same place."""
    classes = ".".join(sorted(t for t in tokens(el) if t in shared))
    return ("inline" if classes and el.tag in _INLINE else el.tag) + "." + classes


def _capped_text(el: Element) -> str | None:
    """The element's text when short enough to be a name, else None (read no further than that)."""
    parts: list[str] = []
    size = 0
    for piece in el.itertext():
        size += len(piece)
        if size > 4 * _MAX_CHARS:
            return None
        parts.append(piece)
    text = clean_text(" ".join(parts))
    return text if len(text) <= _MAX_CHARS else None


def _without_marks(text: str) -> str:
    """The text without combining marks: in Devanagari, Thai and other scripts a vowel sign between
    two letters is no letter to a regex (`\\w`), though the two spell one word ("प्रिया")."""
    if text.isascii():
        return text
    return "".join(c for c in text if not unicodedata.category(c).startswith("M"))


# Scripts written without spaces between words, with combining vowel signs: Thai, Lao, Myanmar, Khmer.
_UNSPACED = re.compile(r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def _unspaced_sentence(text: str) -> bool:
    """A run of more letters of a script written without spaces than a name part holds: in Thai a
    name is "สมชาย ใจดี", a sentence one unbroken run ("ไม่เห็นด้วยกับการตัดสินใจนี้เลย")."""
    if text.isascii() or not _UNSPACED.search(text):
        return False
    return any(len(_UNSPACED.findall(_without_marks(word))) > _MAX_CJK_NAME for word in text.split())


def name_like(text: str, el: Element) -> bool:
    """Whether a short text can be a name: some letters, a few words, none a bare number, no date,
    no control label, nothing `clean_author` refuses."""
    words = text.split()
    if not 2 <= len(text) <= _MAX_CHARS or not 1 <= len(words) <= _MAX_WORDS:
        return False
    if any(w.strip("().,:#").isdigit() for w in words):
        return False
    if not _LETTERS.search(text) and not _LETTERS.search(_without_marks(text)):
        return False
    digits = _DIGIT.search(text) is not None  # (an age and a date have one: the dearer tests only then)
    if is_action(el, text) or _AGE.search(text) or digits and (read_age(text) or parse_date_text(text)):
        return False
    if digits and len(words) > 1 and find_age(words[-1]):  # "mary_k 3h": a name and its age in short
        return False
    if text.endswith(_CJK_STOPS) or len(CJK_CHAR.findall(text)) > _MAX_CJK_NAME or _unspaced_sentence(text):
        return False  # a sentence of a language written without spaces, not a name
    return clean_author(text) == text


_MAX_WHEN_CHARS = 40  # a date or an age written after the name
# Between a name and its date in one element: "Ann · 2 hours ago", "Ann | 03.05.2024", "Ann - 14:22".
_NAME_DATE_SEPARATOR = re.compile(r"\s*[|•·]\s*|\s+[-–—]\s+")


def name_before_date(text: str, el: Element) -> str | None:
    """The name of an element that writes its poster's name and then the date or age, and nothing
    else ("Ann · 2 hours ago", "Ann 2 hours ago", "Ann | 03.05.2024 14:22"), or None."""
    if len(text) > _MAX_CHARS + _MAX_WHEN_CHARS or not _DIGIT.search(text):
        return None  # (asked of most texts of a thread: a date or an age has a digit)
    parts = _NAME_DATE_SEPARATOR.split(text, maxsplit=1)
    if len(parts) == 2:
        name, when = parts
    else:
        age = find_age(text)
        if age is None or text[age.end :].strip():
            return None
        name, when = text[: age.start], text[age.start :]
    name = name.strip(" ,")
    if not name or not when or not (is_age_only(when) or (len(when) <= _MAX_WHEN_CHARS and parse_date_text(when))):
        return None
    return name if name_like(name, el) else None


def _shared_classes(sample: list[Element], skip: Callable[[Element], bool]) -> frozenset[str]:
    """The class tokens found in most of the members (each member's own elements, not its replies'):
    the template's, not a depth's or a state's."""
    counts: Counter[str] = Counter()
    for member in sample:
        found: set[str] = set()
        stack = [c for c in member if isinstance(c.tag, str)]
        seen = 0
        while stack and seen < _MAX_WALK:
            node = stack.pop()
            if skip(node):
                continue
            seen += 1
            found.update(tokens(node))
            stack.extend(c for c in node if isinstance(c.tag, str))
        counts.update(found)
    needed = max(2, math.ceil(len(sample) * _MIN_SHARE))
    return frozenset(t for t, n in counts.items() if n >= needed)


def _named_places(
    item: Element, skip: Callable[[Element], bool], shared: frozenset[str]
) -> dict[Path, tuple[int, Element, str]]:
    """Per path from the item, the first element there whose text can be a name (its place in the
    walk, the element, the text)."""
    out: dict[Path, tuple[int, Element, str]] = {}
    stack: list[tuple[Element, Path]] = [(c, ()) for c in item.iterchildren(reversed=True) if isinstance(c.tag, str)]
    seen = 0
    while stack and seen < _MAX_WALK:
        node, prefix = stack.pop()
        if skip(node):
            continue
        seen += 1
        path = (*prefix, _step(node, shared))
        if path not in out:
            text = _capped_text(node)
            # an element of words alone may write the date after the name; a wrapper's parts are slots of their own
            name = (
                (text if name_like(text, node) else None if len(node) else name_before_date(text, node))
                if text
                else None
            )
            if name:
                out[path] = (seen, node, name)
        stack.extend((c, path) for c in node.iterchildren(reversed=True) if isinstance(c.tag, str))
    return out


def slot_authors(members: list[Element], skip: Callable[[Element], bool]) -> dict[int, Element | str] | None:
    """The author element of each member (by id) read from the group's name slot, or None when the
    sampled members agree on none. A member whose slot is empty may write the name as plain text
    after the label that introduces the slot in the others ("Posted by: Ann |"): that text, then."""
    sample = members[:_SAMPLE]
    if len(sample) < 2:
        return None
    shared = _shared_classes(sample, skip)
    places = [_named_places(m, skip, shared) for m in sample]
    path = _slot(sample, places, skip)
    if path is None:
        return _slots_by_shape(members, skip)
    out: dict[int, Element | str] = {
        id(m): found[path][1] for m, found in zip(sample, places, strict=True) if path in found
    }
    for m in members[_SAMPLE:]:
        hit = _named_places(m, skip, shared).get(path)
        if hit is not None:
            out[id(m)] = hit[1]
    missing = [m for m in members if id(m) not in out]
    label = _label([el for el in out.values() if not isinstance(el, str)]) if missing else None
    if label is not None:
        for m in missing:
            name = _written_after(m, path[:-1], label, skip, shared)
            if name is not None:
                out[id(m)] = name
    if id(members[0]) not in out:  # the slot is the replies' alone: each shape may have its own
        return _slots_by_shape(members, skip) or out
    return out


def _slots_by_shape(members: list[Element], skip: Callable[[Element], bool]) -> dict[int, Element | str] | None:
    """Of members of two or more shapes (tag and classes) that agree on no name slot (or on one the
    first member lacks), each shape's slot (comments and, nested in them, replies of another
    markup): None unless the first member's shape has one."""
    shapes: dict[tuple[str, str | None], list[Element]] = {}
    for m in members:
        shapes.setdefault((m.tag, m.get("class")), []).append(m)
    if len(shapes) < 2:
        return None
    found = [slot_authors(same, skip) for same in shapes.values() if len(same) >= 2]
    first = shapes[(members[0].tag, members[0].get("class"))]
    if len(first) < 2 or found[0] is None:
        return None
    return {key: el for part in found if part is not None for key, el in part.items()}


_MIN_LABEL_SHARE = 0.8  # of the slot's names that the label introduces
_NAME_END = re.compile(r"\s*(?:[|·•,;(\[]|\s[-–—]\s|$)")


def _before(el: Element) -> str:
    """The text written just before the element in its parent."""
    prev = el.getprevious()
    up = el.getparent()
    return (prev.tail if prev is not None else up.text if up is not None else None) or ""


def _label(names: list[Element]) -> str | None:
    """The words ("Posted by:") written before the slot's name in (nearly) all the members that
    hold one, when the same; None when they vary, are missing or hold no letters."""
    if len(names) < 2:
        return None
    before = [clean_text(_before(el)) for el in names]
    label = max(set(before), key=before.count)
    if before.count(label) < _MIN_LABEL_SHARE * len(before) or not re.search(r"[^\W\d_]{2}", label):
        return None
    return label


def _written_after(
    member: Element, path: Path, label: str, skip: Callable[[Element], bool], shared: frozenset[str]
) -> str | None:
    """The name written as text after the label in the member's element at `path` (the slot's
    holder), or None."""
    holder: Element | None = member
    for step in path:
        holder = (
            next((c for c in holder if isinstance(c.tag, str) and not skip(c) and _step(c, shared) == step), None)
            if holder is not None
            else None
        )
    if holder is None or holder is member:
        return None
    for text in (holder.text, *(c.tail for c in holder)):
        written = clean_text(text or "")
        if written.startswith(label):
            rest = written[len(label) :].strip()
            end = _NAME_END.search(rest)
            name = rest[: end.start()].strip() if end else rest
            if name_like(name, holder):
                return name
    return None


def _slot(
    sample: list[Element], places: list[dict[Path, tuple[int, Element, str]]], skip: Callable[[Element], bool]
) -> Path | None:
    """The path that holds a name in most sampled members, with values that vary; of several, the
    most often held, then the first. None unless most members also hold words longer than names
    (their comment): a list of links or titles has names everywhere and no comment."""
    needed = max(2, math.ceil(len(sample) * _MIN_SHARE))
    if sum(_wordy(m, skip, place) for m, place in zip(sample, places, strict=True)) < needed:
        return None
    hits: dict[Path, list[tuple[int, str]]] = defaultdict(list)  # (place in the walk, text)
    for place in places:
        for path, (order, _el, name) in place.items():
            hits[path].append((order, name))
    best: tuple[int, int] | None = None
    chosen: Path | None = None
    for path, held in hits.items():
        values = {text for _o, text in held}
        if len(held) < needed or len(values) < 2 or len(values) * 3 < len(held):
            continue  # too rare, or a label that repeats unchanged (names repeat less)
        key = (len(held), -min(o for o, _t in held))
        if best is None or key > best:
            best, chosen = key, path
    return chosen


def _wordy(member: Element, skip: Callable[[Element], bool], place: dict[Path, tuple[int, Element, str]]) -> bool:
    """Whether the member, without its name-like parts, has a line longer than a name."""
    named = {id(el) for _o, el, _t in place.values()}
    text = lined_text(member, lambda e: skip(e) or id(e) in named)
    return any(
        text_size(line) > _MAX_CHARS
        or len(line.split()) > _MAX_WORDS
        or line.rstrip().endswith(_CJK_STOPS)
        or _unspaced_sentence(line)
        for line in text.split("\n")
    )
