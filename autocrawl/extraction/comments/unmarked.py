"""Threads whose markup names nothing: a forum topic, a list of reader responses or reviews whose
items carry no comment word in class or id and stand in no element named as the comment area.

Candidates are runs of three or more siblings of one shape (tag and classes) anywhere in the page's
own part (not its header, navigation, sidebar or footer), with the items of their shape nested in
them (replies); the comment extractor scores them as it scores unmarked items inside a comment area.
Nothing here reads a class or id for its words: templates whose class names are generated hashes
(CSS-in-JS) are found so too. Only a run that reads as a thread is taken (`thread_like`):
several authors, every member dated, every author a short name, no member a teaser (a headline
linking elsewhere, text mostly links), most texts prose. Asked only when nothing marked was found.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from autocrawl.extraction.comments.ages import AGE_FORMS, read_age
from autocrawl.extraction.comments.candidates import (
    _NOT_ITEM_TAGS,
    _in_form_or_template,
    _in_page_order,
    _signature,
    member_skip,
    with_nested_replies,
)
from autocrawl.extraction.comments.dates import parse_date_text
from autocrawl.extraction.comments.dom import Element, contains, short_text, text_size, tokens
from autocrawl.extraction.comments.fields import Fields, find_author
from autocrawl.extraction.comments.slots import slot_authors
from autocrawl.extraction.common.dom import CJK_CHAR, resolve_href

__all__ = ["may_hold_unmarked_thread", "sibling_runs", "unmarked_runs", "thread_like", "teaser_rows", "named_items"]

_MIN_RUN = 3
_MAX_RUNS = 8  # runs offered to scoring at most, the longest first
_MAX_ITEM_CHARS = 20000
_DIGIT = re.compile(r"\d")
# The page's furniture, text-level elements (a thread's run is a run of blocks) and what shows no
# text: no thread's items are inside one of these.
_NOT_AROUND = frozenset(
    {"header", "nav", "footer", "aside", "menu", "p", "a", "span", "form", "template", "noscript", "script",
     "style", "svg", "select", "textarea", "head", "button", "label", "h1", "h2", "h3", "h4", "h5", "h6"}
)  # fmt: skip
_FURNITURE_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary"})
_BLOCKS = frozenset({"div", "ul", "ol", "li", "section", "article", "table", "dl"})
_MAX_AUTHOR_WORDS = 4
_MAX_AUTHOR_CHARS = 40
_MIN_TEXT_CHARS = 20
_ODD_SHARE = 10  # at most one item in this many may fail a text test of `thread_like`
_HEADINGS = ("h1", "h2", "h3", "h4")
# a time of day (8:05, 20:05, 08h16); its bounds are checked apart (`_clock_times`): a regex that
# opens with a look-behind is tried at every character of the page, and is slow
_CLOCK = re.compile(r"\d[:h][0-5]\d")
_HOURS = frozenset([str(h) for h in range(10)] + [f"{h:02d}" for h in range(24)])
_AGE_WORDS = (" ago", "vor ", "il y a ", "hace ", "há ")
_AGO_BEFORE = re.compile(r"\b\d+\s+\w+$")  # "3 hours" before " ago"
_AGE_AFTER = re.compile(r"(?:vor|il y a|hace|há)\s+\d+\s+\w")
_PROFILE = re.compile(
    r"(?:^|/)(?:user|users|member|members|profile|profil|people|benutzer|nutzer|u|@[^/]+)(?:/|$)", re.I
)
_WORDS = re.compile(r"\b[^\W\d_]{2,}\b")  # words of letters only


def may_hold_unmarked_thread(html_text: str) -> bool:
    """A cheap test on the page's markup before any run is looked for: a thread of unmarked items
    is a thread of dated items, and templates date them in markup (`<time>`, a `datetime`
    attribute) or show each one's time of day ("08:16", "08h16") or age ("3 hours ago", "vor 2
    Tagen"). Pages that date nothing so are not searched (the search costs a walk of the page)."""
    if html_text.count("<time") + html_text.count("datetime=") >= _MIN_RUN:
        return True
    shown = _western_digits(_without_code(html_text))
    if _clock_times(shown) >= _MIN_RUN or _ages(shown) >= _MIN_RUN or _ages_in_own_words(shown) >= _MIN_RUN:
        return True
    return _compact_ages(shown) >= _MIN_RUN


# An element whose whole text is an age in short ("<span>3h</span>", "· 2d"), as modern widgets print it.
_COMPACT_AGE_TAG = re.compile(r">[^<>a-z0-9]{0,6}\d{1,3}\s?(?:mo|min|[smhdwy])[^<>a-z0-9]{0,3}<", re.I)


def _compact_ages(text: str) -> int:
    """Elements holding only an age in short, up to _MIN_RUN (one regex scan: asked last, of few pages)."""
    found = 0
    for _ in _COMPACT_AGE_TAG.finditer(text):
        found += 1
        if found >= _MIN_RUN:
            break
    return found


# Arabic-Indic and Persian digits ("٠٩:٢٦"), as characters and as the pre-check's Latin-1 reading
# of their UTF-8 bytes: a time of day written in them is one too.
_ARABIC_MARKS = ("\xd9", "\xdb", "\u0627")  # the digits' UTF-8 lead bytes, and the alef of any such page
_EASTERN_DIGIT = re.compile("[\u0660-\u0669\u06f0-\u06f9]|\xd9[\xa0-\xa9]|\xdb[\xb0-\xb9]")


def _western_digit(m: re.Match[str]) -> str:
    code = ord(m.group()[-1])
    return str(code - 0x6F0 if code >= 0x6F0 else code - 0x660 if code >= 0x660 else code & 0xF)


def _western_digits(text: str) -> str:
    """The text with Eastern Arabic digits written as ASCII ones. Searched only in a text that has
    their UTF-8 lead bytes (read as Latin-1) or an alef, found by str's `in` (a regex search over
    every page costs a millisecond)."""
    if text.isascii() or not any(mark in text for mark in _ARABIC_MARKS) or not _EASTERN_DIGIT.search(text):
        return text
    return _EASTERN_DIGIT.sub(_western_digit, text)


def _without_code(html_text: str) -> str:
    """The markup without the insides of its <script> and <style> elements, where times of day and
    ages are no reader's and where most of a page's digits are (found by str.find: a regex over
    the page costs more than the search it saves)."""
    parts: list[str] = []
    at = 0
    while True:
        start = html_text.find("<s", at)
        if start < 0:
            parts.append(html_text[at:])
            break
        tag = (
            "script"
            if html_text.startswith("<script", start)
            else "style"
            if html_text.startswith("<style", start)
            else ""
        )
        if not tag:
            parts.append(html_text[at : start + 2])
            at = start + 2
            continue
        parts.append(html_text[at:start])
        end = html_text.find("</" + tag, start)
        if end < 0:
            break
        at = end
    return " ".join(parts)


def _clock_times(text: str) -> int:
    """Times of day in the text (an hour of one or two digits, a minute of two, perhaps seconds),
    up to _MIN_RUN."""
    found = 0
    for m in _CLOCK.finditer(text):
        start, end = m.start(), m.end()
        if start > 0 and text[start - 1].isdigit():
            start -= 1  # a two-digit hour
        if start > 0 and text[start - 1] in "0123456789:":
            continue
        if end + 3 <= len(text) and text[end] == ":" and text[end + 1 : end + 3].isdigit():
            end += 3  # seconds ("09:40:00")
        # A digit or ":<digit>" after it makes a longer number; a colon then a space is punctuation ("a las 08:49:").
        if text[start : m.start() + 1] not in _HOURS or (
            end < len(text) and (text[end].isdigit() or (text[end] == ":" and text[end + 1 : end + 2].isdigit()))
        ):
            continue
        found += 1
        if found >= _MIN_RUN:
            break
    return found


def sibling_runs(root: Element) -> list[list[Element]]:
    """Runs of at least three same-shaped siblings outside the page's furniture, longest first: what
    `unmarked_runs` offers from, walked once for both its rounds."""
    body = next(root.iter("body"), root)
    runs: list[list[Element]] = []
    stack = [body]
    while stack:
        parent = stack.pop()
        by_tag: dict[str, list[Element]] = defaultdict(list)
        for child in parent:
            tag = child.tag
            if tag == "form" and _holds_prose(child):
                stack.append(child)  # a forum's posts in its moderation form (ASP.NET wraps whole pages in one)
                continue
            if tag == "span" and any(c.tag in _BLOCKS for c in child):
                stack.append(child)  # a span used as a block wrapper (<span role="main"> around a thread)
                continue
            if not isinstance(tag, str) or tag in _NOT_AROUND or child.get("role") in _FURNITURE_ROLES:
                continue
            if len(child):
                stack.append(child)
            if tag not in _NOT_ITEM_TAGS:
                by_tag[tag].append(child)
        for same_tag in by_tag.values():
            if len(same_tag) < _MIN_RUN:
                continue
            by_shape: dict[str, list[Element]] = defaultdict(list)
            for child in same_tag:
                by_shape[_signature(child)].append(child)
            shapes = list(by_shape.values())
            if len(shapes) >= 2:  # one shape: nothing to pair or merge
                position = {id(m): k for k, m in enumerate(same_tag)}
                shapes = _marked_apart(_zebra(same_tag, shapes, position), position)
            runs.extend(kept for members in shapes if len(kept := _without_strangers(members)) >= _MIN_RUN)
    runs.sort(key=len, reverse=True)
    return runs


_PROSE_CHARS = 200


def _holds_prose(el: Element) -> bool:
    """Whether an element holds a piece of text as long as a paragraph (a form that wraps posts, not
    a form of inputs and labels)."""
    return any(len(piece) >= _PROSE_CHARS for piece in el.itertext())


_MAX_ZEBRA_SHAPES = 12  # the largest shapes of one parent looked at for pairs (a page of many shapes costs no more)


def _zebra(siblings: list[Element], shapes: list[list[Element]], position: dict[int, int]) -> list[list[Element]]:
    """The shapes of one parent's same-tag children, two shapes whose members take turns (a forum's
    rows striped `windowbg` / `windowbg2`, hashed or not) and start alike made one. `position`: each
    sibling's place among them, by id."""
    pairable = sorted((i for i, members in enumerate(shapes) if len(members) >= 2), key=lambda i: -len(shapes[i]))
    pairable = pairable[:_MAX_ZEBRA_SHAPES]
    if len(pairable) < 2:
        return shapes
    shape_of = {id(m): i for i, members in enumerate(shapes) for m in members}
    order = [shape_of[id(m)] for m in siblings]
    merged = list(shapes)
    paired: set[int] = set()
    absorbed: set[int] = set()  # shapes merged into an earlier one
    for n, i in enumerate(pairable):
        if i in paired:
            continue
        for j in pairable[n + 1 :]:
            if j in paired:
                continue
            turns = [k for k in order if k in (i, j)]
            alternate = all(a != b for a, b in zip(turns, turns[1:], strict=False))
            if alternate and {_head(m) for m in shapes[i]} == {_head(m) for m in shapes[j]}:
                merged[i] = sorted([*shapes[i], *shapes[j]], key=lambda m: position[id(m)])
                paired.update((i, j))
                absorbed.add(j)
                break
    return [members for k, members in enumerate(merged) if k not in absorbed]


def _marked_apart(shapes: list[list[Element]], position: dict[int, int]) -> list[list[Element]]:
    """The shapes of one parent's same-tag children, a shape whose classes are another's and one
    more, its members after the other's first, merged into it: replies (or the author's own
    comments) marked by a class of their own among flat siblings, hashed or not."""
    if len(shapes) < 2 or len(shapes) > _MAX_ZEBRA_SHAPES:
        return shapes
    names = [_usual_classes(members) for members in shapes]
    merged = list(shapes)
    absorbed: set[int] = set()
    for j, extra in enumerate(names):
        for i, base in enumerate(names):
            if i == j or i in absorbed or j in absorbed or len(shapes[i]) < 2 or not base:
                continue
            later = position[id(shapes[j][0])] > position[id(shapes[i][0])]
            if later and base < extra and len(extra - base) == 1:
                merged[i] = sorted([*merged[i], *shapes[j]], key=lambda m: position[id(m)])
                absorbed.add(j)
                break
    return [members for k, members in enumerate(merged) if k not in absorbed]


def _usual_classes(members: list[Element]) -> frozenset[str]:
    """The class tokens most members of a shape carry together (a shape leaves out classes that look
    like ids, so its members may differ in those)."""
    counts = Counter(frozenset(tokens(m)) for m in members)
    return counts.most_common(1)[0][0]


def _without_strangers(members: list[Element]) -> list[Element]:
    """A run without the members whose classes no other member carries, when the rest share theirs.
    A shape leaves out classes that look like ids (`_signature`); a generated class does too
    (`c-064f18`), and a page's one-off box beside the comments (a sort bar) would join their run."""
    counts = Counter(t for m in members for t in set(tokens(m)))
    kept = [m for m in members if not tokens(m) or any(counts[t] >= 2 for t in tokens(m))]
    return kept if len(kept) < len(members) and len(kept) >= _MIN_RUN else members


def _ages(text: str) -> int:
    """Ages in the text ("3 hours ago", "vor 2 Tagen", "il y a 5 jours"), up to _MIN_RUN: each
    word found by str.find, the number beside it then matched there (a search of one regex over
    the page is slower)."""
    found = 0
    for word in _AGE_WORDS:
        at = text.find(word)
        while at >= 0 and found < _MIN_RUN:
            if word == " ago":
                end = at + len(word)
                ok = _AGO_BEFORE.search(text, max(0, at - 40), at) is not None
                ok = ok and not (end < len(text) and text[end].isalnum())
            else:
                ok = not (at > 0 and text[at - 1].isalnum()) and _AGE_AFTER.match(text, at) is not None
            found += ok
            at = text.find(word, at + 1)
    return found


_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([a-z]{2,3})\b", re.I)
_AGE_WINDOW = 60  # characters around an "ago" word that hold the age's number and unit
_CODE_CHAR = re.compile(r"[A-Za-z0-9_-]")


def _ages_in_own_words(text: str) -> int:
    """Ages in the words of the page's declared language (`ages.AGE_FORMS`: "3 часа назад", "3시간
    전"), up to _MIN_RUN. The text may be the page's bytes read as Latin-1 (the byte pre-check), so
    an "ago" word is looked for as itself and as its UTF-8 bytes read so. Only the declared
    language's words are looked for: each is a search of the whole page."""
    lang = _HTML_LANG.search(text, 0, 4096)
    form = AGE_FORMS.get(lang.group(1).lower()) if lang else None
    if form is None:
        return 0
    found = 0
    for marker in (*form.before, *form.after):
        as_bytes = marker.encode("utf-8").decode("latin-1")
        for variant in (marker, as_bytes) if as_bytes != marker else (marker,):
            at = text.find(variant)
            while at >= 0 and found < _MIN_RUN:
                end = at + len(variant)
                window = text[max(0, at - _AGE_WINDOW) : end + _AGE_WINDOW]
                # part of a name in code or markup ("fa-clock", "tema_fa") is no word
                in_code = (at > 0 and _CODE_CHAR.match(text, at - 1) is not None) or _CODE_CHAR.match(text, end)
                if not in_code and _DIGIT.search(window):  # most places of a short word have no number near
                    if variant is as_bytes:
                        window = window.encode("latin-1", "replace").decode("utf-8", "ignore")
                    found += read_age(window) is not None
                at = text.find(variant, at + 1)
    return found


def unmarked_runs(runs: list[list[Element]], by_place: bool = False) -> dict[tuple[str, str], list[Element]]:
    """Of `sibling_runs`, with the items of their shape nested in them, those whose first members
    each could be a comment (`_may_be_comment`), as candidate groups of the comment extractor (kind
    "area": scored strictly); most runs of a page are menus, paragraphs' wrappers and teaser rows,
    and are not read further. With `by_place`, the runs offered are those whose names no finder
    accepts but that stand at the same place in each member (`slots`): the second round, when the
    first finds no thread."""
    out: dict[tuple[str, str], list[Element]] = {}
    for members in runs:
        if len(out) >= _MAX_RUNS:
            break
        if not _may_be_comment(members, by_place):
            continue
        kept = [m for m in _with_nested(members) if not _in_form_or_template(m)]
        if len(kept) >= _MIN_RUN:
            # numbered: the id() of a parent's proxy, freed since, could recur and merge two runs
            out[("area", f"unmarked:{_signature(kept[0])}#{len(out)}")] = kept
    joined = _joined_runs(out)
    if not joined:
        return out
    # a joined run is offered only as the replies of a run whose members hold them
    nested = with_nested_replies({**out, **joined})
    merged = {k: v for k, v in nested.items() if "+" in k[1] and k[1].endswith("#joined")}
    for key, members in merged.items():
        reply = joined[("area", key[1].rsplit("+", 1)[1])][0]
        merged[key] = _with_alike_inside(members, reply)
    return {**merged, **out}


def _with_alike_inside(members: list[Element], reply: Element) -> list[Element]:
    """The group with every element of the reply's template (tag and classes) inside its members:
    the replies of lists too short to be runs of their own (one or two under a comment)."""
    have = {id(m) for m in members}
    more = [d for d in _alike_within(members, reply) if id(d) not in have]
    return _in_page_order([*members, *more]) if more else members


def _alike_within(members: list[Element], template: Element) -> list[Element]:
    """The elements inside the members of the template's tag and classes, member by member."""
    return [d for m in members for d in m.iterdescendants(template.tag) if _alike(d, template)]


def _joined_runs(runs: dict[tuple[str, str], list[Element]]) -> dict[tuple[str, str], list[Element]]:
    """Runs of one shape in several places (the reply lists under each answer of a Q&A page) joined
    into one, in page order."""
    by_shape: dict[str, list[list[Element]]] = defaultdict(list)
    for (_, name), members in runs.items():
        by_shape[name.rsplit("#", 1)[0]].append(members)
    joined: dict[tuple[str, str], list[Element]] = {}
    for shape, found in by_shape.items():
        if len(found) >= 2:
            unique = {id(m): m for members in found for m in members}
            joined[("area", f"{shape}#joined")] = _in_page_order(list(unique.values()))
    return joined


def _with_nested(members: list[Element]) -> list[Element]:
    """The run with the items of its shape nested inside its members (replies under a comment), in
    page order. Of its shape: the same tag and, when the run's items have classes, a class in common
    with them (a reply's depth or state classes differ from its parent's); without classes, the same
    first children (a header, then the text); when every member has an id, with an id too. Replies may
    also sit in the element right after a member (a reply list beside the comment it answers)."""
    first = members[0]
    classes = {t for m in members for t in tokens(m)}
    heads = {head for m in members if (head := _head(m))}  # an empty member (a spacer) gives no shape
    ids = {id(m) for m in members}
    named = all(m.get("id") for m in members)  # every post with an id ("post_1000"): a reply has one too
    out: list[Element] = []
    for m in members:
        out.append(m)
        # its replies: inside it, or in the reply list right after it (<div class=c/><div class=replies>)
        after = m.getnext()
        alike = after is not None and after.tag == first.tag and bool(classes & set(tokens(after)))
        holders = [m] if after is None or id(after) in ids or alike else [m, after]
        for holder in holders:
            for d in holder.iterdescendants(first.tag):
                if id(d) in ids or (named and not d.get("id")):
                    continue
                if classes & set(tokens(d)) if classes else _head(d) in heads:
                    out.append(d)
    if len(out) == len(members):  # none nested by shape: replies may be boxes of another class
        return _thread_items(members) or _with_dated_boxes(members)
    usual = _usual_classes(members)
    if usual and any(id(d) not in ids and usual <= set(tokens(d)) for d in out):
        # replies that carry all the comments' classes: an inner block sharing one of them is a part of
        # the template (a widget whose generated classes recur on its wrappers), no reply
        out = [d for d in out if id(d) in ids or usual <= set(tokens(d))]
    return out


def _thread_items(members: list[Element]) -> list[Element] | None:
    """The items of a run of thread wrappers: each member opens with a comment of one template (tag
    and classes, hashed ones too) and holds its replies, of that template, further in (a list after
    the comment). None when the members are no such wrappers, or hold no reply."""
    firsts = [next((c for c in m.iterchildren() if isinstance(c.tag, str)), None) for m in members]
    first = firsts[0]
    if first is None or not first.get("class") or any(f is None or not _alike(f, first) for f in firsts):
        return None
    out = _alike_within(members, first)
    return out if len(out) > len(members) else None


def _with_dated_boxes(members: list[Element]) -> list[Element]:
    """The run with the replies inside each member found by their times: a `<time>` of the member's
    first one's classes further inside it (a widget whose replies carry other classes than the
    comments, hashed or not) dates a reply, whose box is the largest around that time holding
    neither the member's own time nor an earlier reply's, nor look-alike siblings dated so (a
    list of replies), and some words of its own."""
    out: list[Element] = []
    for m in members:
        out.append(m)
        times = list(m.iter("time"))
        if len(times) < 2:
            continue
        kind = times[0].get("class")
        taken = [times[0]]
        for time in times[1:]:
            if time.get("class") != kind:
                continue
            box = time
            while (up := box.getparent()) is not None and up is not m and not any(contains(up, t) for t in taken):
                if any(_alike(box, other) and _dated(other, kind) for other in up if other is not box):
                    break  # one of a list of look-alike replies
                box = up
            taken.append(time)
            if box is not time and text_size(" ".join(box.itertext())) >= _MIN_TEXT_CHARS:
                out.append(box)
    return out


def _alike(a: Element, b: Element) -> bool:
    return a.tag == b.tag and a.get("class") == b.get("class")


def _dated(el: Element, kind: str | None) -> bool:
    """Whether the element holds a `<time>` of these classes."""
    return any(t.get("class") == kind for t in el.iter("time"))


def _head(el: Element) -> tuple[str, ...]:
    """The tags of an element's first two child elements: the shape of an item's top."""
    return tuple(c.tag for c in el.iterchildren() if isinstance(c.tag, str))[:2]


def _may_be_comment(members: list[Element], by_place: bool = False) -> bool:
    """Cheap look at a run's first members: each has some text with a digit in it (a date) and a
    name the author finder accepts (with `by_place`: not all of them, but each one a name at the
    same place in the members, `slots`)."""
    skip = member_skip(members)
    first = members[:_MIN_RUN]
    for m in first:
        text = " ".join(m.itertext())
        if not _MIN_TEXT_CHARS <= len(text) <= _MAX_ITEM_CHARS or not _DIGIT.search(text):
            return False
    named = all(find_author(m, skip) is not None for m in first)
    if not by_place:
        return named
    if named:
        return False  # offered in the first round
    slots = slot_authors(members, skip)
    return slots is not None and all(id(m) in slots for m in first)


def thread_like(items: list[Element], fields: list[Fields]) -> bool:
    """Whether unmarked items read as a thread rather than a row of teasers, a table or a list of
    one author's posts: several items by at least two authors; each dated, its author a short name
    that is no heading and does not recur in its text, no headline linking elsewhere, its text not
    mostly links; and most texts prose (three words or more). In a long thread a few readers' odd
    comments ("t", a bare link) may fail the text tests, a few items may carry a title for a name
    (a pingback: the linking post's title), and a few show a date no reading takes (a month and
    day alone, "05-02"): one in `_ODD_SHARE` does not sink it (`named_items` then leaves out those
    without a name)."""
    if len(items) < _MIN_RUN or len({f.author for f in fields}) < 2:
        return False
    prose = odd = 0
    others = {id(m) for m in items}
    profiles = _profile_headings(items, fields)
    for item, f in zip(items, fields, strict=True):
        author = f.author or ""
        if not _name_like(author) or (f.published is None and not f.aged):
            odd += 1
            if odd * _ODD_SHARE > len(items):
                return False
            continue
        if _DIGIT.search(author) and parse_date_text(author):
            return False  # a table of dated rules or prices, its dates taken for names
        if _headline(item, author, others, profiles):
            return False
        if _too_short(f.text) or _names_itself(author, f.text) or _link_text(item, author, f.text) * 2 > len(f.text):
            odd += 1
            if odd * _ODD_SHARE > len(items):
                return False
        prose += _three_words(f.text)
    return prose * 3 >= len(items) * 2


def _three_words(text: str) -> bool:
    """Three words of letters, or six CJK characters: a reader's text or a headline, not a label,
    a name or a date."""
    return len(_WORDS.findall(text)) >= 3 or len(CJK_CHAR.findall(text)) >= 6


def _too_short(text: str) -> bool:
    """A text too short for a reader's comment ("t", "+1", a bare link), unless it is a sentence of
    a few words ("Ja, kannst Du.", "期待后续报道。", three words without a stop), as short replies are."""
    if text_size(text) >= _MIN_TEXT_CHARS or len(_WORDS.findall(text)) >= 3:
        return False
    words = len(text.split()) + len(CJK_CHAR.findall(text))
    return not (words >= 2 and text.rstrip()[-1:] in _SENTENCE_END)


_SENTENCE_END = ".!?…。！？"


def _names_itself(author: str, text: str) -> bool:
    """Whether the author's name recurs in the text, other than as a sign-off on its last line
    ("LG steinchen71"): a row of one's own posts or a teaser, rather than a reader's comment."""
    if author not in text:
        return False
    body, _, last = text.rstrip().rpartition("\n")
    return not (author in last and len(last.split()) <= _SIGN_OFF_WORDS and author not in body)


_SIGN_OFF_WORDS = 4


def _name_like(author: str) -> bool:
    return len(author) <= _MAX_AUTHOR_CHARS and len(author.split()) <= _MAX_AUTHOR_WORDS


def named_items(items: list[Element], fields: list[Fields]) -> tuple[list[Element], list[Fields]]:
    """The items of an unmarked thread whose author reads as a name: a pingback among them carries
    the linking post's title, and is no reader's comment."""
    kept = [(item, f) for item, f in zip(items, fields, strict=True) if _name_like(f.author or "")]
    return [item for item, _ in kept], [f for _, f in kept]


def _profile_headings(items: list[Element], fields: list[Fields]) -> bool:
    """Whether the items head themselves with their poster's name linking to the poster's page, as
    forums do (`<h4><a href="?action=profile;u=100">ann</a></h4>`, or the link around the heading):
    every such link, less its digits or the poster's name ("/@ann"), the same address (a teaser's
    headline links to its own story, each by its words)."""
    shapes = set()
    for item, f in zip(items, fields, strict=True):
        for el in item.iter(*_HEADINGS):
            if f.author and f.author in " ".join(el.itertext()):
                links = [a.get("href") or "" for a in el.iter("a")]
                links = links or [up.get("href") or "" for up in _up_to(el, item) if up.tag == "a"][:1]
                if len(links) != 1:
                    return False
                handle = f.author.lstrip("@").replace(" ", "").lower()
                address = links[0].lower()
                if handle and handle in address:  # "/@ann", "/user/ann": the address names the poster
                    address = address.replace(handle, "")
                elif not _DIGIT.search(address):
                    return False
                shapes.add(_DIGIT.sub("", address))
    return len(shapes) == 1


def _headline(item: Element, author: str, others: set[int], profiles: bool = False) -> bool:
    """A heading of the item's own (not of a reply nested in it, one of `others`) that links to
    another page (a link in it or around it): a teaser row. With `profiles`, a heading that is the
    poster's name linking to the poster's page is none; a poster's name as a heading without a link
    is none either (a members' platform shows each comment under its writer's name so), nor a heading
    linking to a place on this page (a forum post's subject, linking to the post), nor one linking
    where the item's number links (`_permalinks`: the comment's own subject)."""
    permalinks: set[str] | None = None  # read when a heading links elsewhere
    for el in item.iter(*_HEADINGS):
        if _in_other(el, item, others):
            continue
        targets = [a for a in el.iter("a") if _elsewhere(a)]
        targets = targets or [up for up in _up_to(el, item) if up.tag == "a" and _elsewhere(up)]
        if not targets or (profiles and author in " ".join(el.itertext())):
            continue  # (a poster's name linking to a profile is no headline)
        if permalinks is None:
            permalinks = _permalinks(item, others)
        if any(_href(a) not in permalinks for a in targets):
            return True  # a headline linking to its story
    return False


def _href(link: Element) -> str:
    return (link.get("href") or "").strip()


_NUMBER_LABEL = re.compile(r"^\W*\d[\d\W]*$")  # "#64412300", "12", "(3)"


def _permalinks(item: Element, others: set[int]) -> set[str]:
    """The addresses the item links by its number ("#64412300"): its own page. A heading linking there
    too is the comment's subject (Slashdot's "Re: …"), no teaser. (A date is no such label: a teaser
    row links its date to the story as well.)"""
    out = set()
    for a in item.iter("a"):
        words = short_text(a)
        if words and not _in_other(a, item, others) and _NUMBER_LABEL.match(words):
            out.add(_href(a))
    return out


def _elsewhere(link: Element) -> bool:
    """Whether a link leads off this page: a fragment ("#p123", a forum post's subject linking to the
    post itself) stays on it."""
    href = _href(link)
    return bool(href) and not href.startswith("#")


def _up_to(el: Element, item: Element) -> list[Element]:
    """The ancestors of `el` inside `item`."""
    out = []
    node = el.getparent()
    while node is not None and node is not item:
        out.append(node)
        node = node.getparent()
    return out


def _in_other(el: Element, item: Element, others: set[int]) -> bool:
    """Whether `el`, inside `item`, is inside another item nested in it."""
    return any(id(up) in others for up in _up_to(el, item))


def _link_text(item: Element, author: str, words: str) -> int:
    """Characters of the item's text (`words`) inside links, the author's own link left out: a teaser
    row's text is its headline's link; a reader's words link nowhere (or in a word or two). Links
    outside those words (the date's permalink, "Reply") are the item's furniture, not its text."""
    total = 0
    for a in item.iter("a"):
        text = short_text(a)
        if text and text != author and text in words:
            total += len(text)
    return total


def teaser_rows(items: list[Element], url: str) -> bool:
    """Whether most items link to another page of the site (a path outside this page's own): rows
    of article teasers. A reader's comment links to its author, to itself (a fragment, or a
    permalink under the page's path) or to a reply form on this page."""
    page = urlsplit(url)
    own = page.path.rstrip("/")
    others = {id(m) for m in items}
    linking: list[list[tuple[str, str]]] = []  # per item, its links elsewhere: (path, words)
    for item in items:
        links = []
        for a in item.iter("a"):
            href = _href(a)
            if not href or href.startswith(("#", "javascript:", "mailto:")) or _in_other(a, item, others):
                continue
            joined = resolve_href(url, href)
            if joined is None:
                continue
            target = urlsplit(joined)
            if target.netloc != page.netloc or target.path.rstrip("/").startswith(own):
                continue
            if len(target.path.strip("/")) > _MIN_TEXT_CHARS and not _PROFILE.search(target.path):
                links.append((target.path, short_text(a)))
        if links:
            linking.append(links)
    permalinks = _permalink_shapes(linking, len(items))
    teasers = sum(any(not _permalink(path, words, permalinks) for path, words in links) for links in linking)
    return teasers * 2 > len(items)


def _shape(path: str) -> str:
    return _DIGIT.sub("0", path)


def _permalink_shapes(linking: list[list[tuple[str, str]]], items: int) -> set[str]:
    """Address shapes (digits as 0) that most items link by, each to an address of its own:
    "/message/M5000/", "/message/M5001/" are each message's own page in an archive."""
    shapes: Counter[str] = Counter()
    for links in linking:
        shapes.update({_shape(path) for path, _ in links if _DIGIT.search(path)})
    return {shape for shape, count in shapes.items() if count * 5 >= items * 4}


def _permalink(path: str, words: str, permalinks: set[str]) -> bool:
    """A link to the item's own page: an address of its shared shape, named by a label or a date
    rather than a headline (three words or more is a headline: a teaser's "Read more" links
    elsewhere by its address's words)."""
    return _shape(path) in permalinks and not _three_words(words)
