"""Which comment answers which, from the evidence any thread markup carries.

Per comment, the first of these that names a parent wins:
1. a parent id in an attribute (`data-parent-id`, `parentid`...);
2. a link to the parent (an "in reply to"/"parent" link, `rel="in-reply-to"`, or a link to an
   earlier comment's anchor, path or id whose label names that comment's author, or a bare arrow
   to its anchor);
3. an outline of the thread apart from the comments: nested list entries linking to their anchors;
4. nesting: the comment sits inside another (custom elements included), or in a reply list that
   follows another;
5. depth: attributes, classes, spacer widths or margins (`depth`), when every comment shows one;
6. a quote of an earlier comment the reply opens with (`quotes`: flat forums);
7. a short line naming an earlier commenter in an element of its own ("in risposta a <b>Name</b>").
When none of these names any parent, a class slot whose values read as depths (`classdepth`: depth
classes whose names are hashed), then flat "reply" markers (a reply class, no depth) are the last resort. On a permalink page, the
comment the page is about is the parent of the comments that answer nothing else.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import islice
from urllib.parse import parse_qsl, urlsplit

from lxml import etree

from autocrawl.extraction.comments.classdepth import class_depth_parents
from autocrawl.extraction.comments.depth import depth_of, parents_from_depths
from autocrawl.extraction.comments.dom import (
    PARENT_ID_ATTRS,
    Element,
    ancestors,
    clean_text,
    prev_element,
    short_text,
    tokens,
    walk,
)
from autocrawl.extraction.comments.mentions import replied_name
from autocrawl.extraction.comments.numbered import NumberedThread

_CHILDREN_TOKEN = re.compile(
    r"^(?:[a-z0-9]+[-_]{1,2})?(?:children|child|replies|reply|subcomments?|sub-comments?|nested|indented|indent|"
    r"thread|answers|responses|antworten|comment-replies|replies-list|reply-list|sub)$"
)
_REPLY_TOKEN = re.compile(r"(?:^|[-_])(?:sub|reply|child|answer|response|antwort|nested)(?:$|[-_])")
_PARENT_LINK_TEXT = re.compile(
    r"^\W*(?:parent|in reply to|replying to|reply to|in antwort auf|antwort auf|als antwort auf|"
    r"en réponse à|en respuesta a|in risposta a)\b",
    re.I,
)
_WORDY = re.compile(r"\w")
_PARENT_LINK_MARK = re.compile(r"parent|in-?reply|reply-?to|replying", re.I)
_FOCUS_TOKEN = re.compile(r"(?:^|[-_])(?:focus|focused|highlight|highlighted|permalink|target|linked|selected)$")
_ID_DIGITS = re.compile(r"^\D*?(\d[\w-]*)$")
_MAX_ANCESTORS = 60
_MAX_POINTERS = 5000
_FRAGMENT_LINKS = etree.XPath("//a[starts-with(@href, '#')]")
_MIN_PERMALINK_ID = 3  # a shorter id in a URL ("/t/1") is as likely a thread's or a page's number


def id_key(value: str) -> str:
    """`comment-123`, `post_123`, `t1_abc123` and `123` all name the same comment."""
    value = value.strip()
    m = _ID_DIGITS.match(value)
    return m.group(1) if m else value


def _index_by_id(ids: list[str | None]) -> dict[str, int]:
    by_id: dict[str, int] = {}
    for i, eid in enumerate(ids):
        if eid:
            by_id.setdefault(eid, i)
            by_id.setdefault(id_key(eid), i)
    return by_id


def _earlier(by_id: dict[str, int], value: str, i: int) -> int | None:
    for key in (value, id_key(value)):
        j = by_id.get(key)
        if j is not None and j < i:
            return j
    return None


def _from_attributes(items: list[Element], by_id: dict[str, int]) -> list[int | None]:
    out: list[int | None] = []
    for i, el in enumerate(items):
        value = next((el.get(a, "").strip() for a in PARENT_ID_ATTRS if el.get(a, "").strip()), "")
        out.append(_earlier(by_id, value, i) if value else None)
    return out


_MIN_POINTERS = 2
_POINTER_SHARE = 0.8  # of an attribute's values that must name an earlier item for it to point


def _from_cross_attributes(items: list[Element]) -> list[int | None]:
    """Parents named by an attribute of the reply whose value is an earlier item's value of another,
    identifying attribute (unique per item): a chat export's `data-thread-ts` naming its thread's
    first message by that message's `data-ts`. Most of the attribute's values must name an earlier
    item; a value naming the item itself (a thread's first message) names no parent, and some item
    must name none (a thread's first message): two counters one apart (`data-index` beside
    `data-number`) are no threading."""
    out: list[int | None] = [None] * len(items)
    values: dict[str, list[tuple[int, str]]] = {}
    for i, el in enumerate(items):
        for name, value in el.attrib.items():
            if (name.startswith("data-") or name == "id") and value.strip():
                values.setdefault(name, []).append((i, value.strip()))
    identifying = {
        name: {value: i for i, value in seen}
        for name, seen in values.items()
        if len(seen) * 5 >= len(items) * 4 and len({v for _, v in seen}) == len(seen)
    }
    if not identifying:
        return out
    for name, seen in values.items():
        for key, by_value in identifying.items():
            if key == name:
                continue
            others = [(i, by_value.get(v)) for i, v in seen if by_value.get(v) != i]
            earlier = [(i, j) for i, j in others if j is not None and j < i]
            if len(others) == len(items) or all(j == i - 1 for i, j in earlier):
                continue  # every item names another, or each the one before: a count, no threading
            if len(earlier) >= _MIN_POINTERS and len(earlier) >= _POINTER_SHARE * len(others):
                for i, j in earlier:
                    out[i] = j
                return out
    return out


def url_ids(href: str) -> list[str]:
    """The ids a link may name: its fragment, its query values, its last path segment."""
    try:
        parts = urlsplit(href)
    except ValueError:
        return []
    out = [parts.fragment] if parts.fragment else []
    out += [v for _k, v in parse_qsl(parts.query)]
    segment = parts.path.rstrip("/").rsplit("/", 1)[-1]
    if segment:
        out.append(segment)
    return [v for v in out if v and any(map(str.isdigit, v))]


def _from_links(
    items: list[Element], by_id: dict[str, int], authors: list[str | None], known: list[int | None]
) -> list[int | None]:
    """The parent a reply's link names ("in reply to", #comment-N), for the items whose parent is not
    `known` already: a link can only name an earlier comment by its id, so the first item and pages
    without ids have none to read."""
    if not by_id:
        return [None] * len(items)
    item_ids = {id(el) for el in items}
    out: list[int | None] = []
    for i, el in enumerate(items):
        parent: int | None = None
        if i == 0 or known[i] is not None:
            out.append(None)  # no earlier comment, or the attributes named it (they come first)
            continue
        for a in walk(el, lambda e: id(e) in item_ids):
            if a.tag != "a" or not a.get("href"):
                continue
            href = a.get("href") or ""
            named = url_ids(href)
            if "#" in href and (anchor := href.rsplit("#", 1)[1]) and anchor not in named:
                named.append(anchor)  # an anchor names an item by its whole id, digits or none (`c-ccfbcf`)
            earlier = [(t, j) for t in named if (j := _earlier(by_id, t, i)) is not None]
            if not earlier:
                continue  # (most links name no earlier comment: their words need no reading)
            # an icon link's name is what it says to a screen reader
            label = short_text(a) or (a.get("aria-label") or a.get("title") or "").strip()
            owner = a.getparent()
            context = " ".join([label, a.get("title") or "", a.get("rel") or "", " ".join(tokens(a))])
            said = _PARENT_LINK_TEXT.match(label) or (
                owner is not None and _PARENT_LINK_TEXT.match(short_text(owner)) and len(short_text(owner)) < 80
            )
            fragment = urlsplit(href).fragment
            for target, j in earlier:
                if (
                    said
                    or _PARENT_LINK_MARK.search(context)
                    or _names(label, authors[j], authors[i], target == fragment)
                ):
                    parent = j
                    break
                if target == fragment and label and not _WORDY.search(label):
                    parent = j  # a bare arrow ("↑", "^") to an earlier comment's anchor
                    break
            if parent is not None:
                break
        out.append(parent)
    return out


def _names(label: str, author: str | None, own: str | None, anchor: bool) -> bool:
    """Whether a link to an earlier comment names that comment's author ("@name", "in reply to
    Name"). A link to its anchor may name anyone, the replier too (an answer to one's own comment);
    a link by path or query id must name someone else, briefly (not a profile link of the replier
    whose number happens to be a comment's)."""
    if author is None or author not in label:
        return False
    return anchor or (author != own and len(label) < len(author) + 40)


def _from_outline(items: list[Element]) -> list[int | None]:
    """Parents from an outline of the thread kept apart from the comments (a forum's tree of subject
    lines, a mail archive's thread index): nested list entries, each with a link to one comment's
    anchor; a comment answers the one linked from the entry its own entry is nested in."""
    out: list[int | None] = [None] * len(items)
    index = {ident: i for i, el in enumerate(items) if (ident := el.get("id"))}
    if len(index) < 2:
        return out
    item_ids = {id(el) for el in items}
    refs = list(items)  # keeps the proxies whose id() is looked up alive
    for a in _FRAGMENT_LINKS(items[0].getroottree().getroot())[:_MAX_POINTERS]:
        i = index.get((a.get("href") or "")[1:])
        if i is None or out[i] is not None or any(id(up) in item_ids for up in a.iterancestors()):
            continue
        entry = next(a.iterancestors("li"), None)
        upper = next(entry.iterancestors("li"), None) if entry is not None else None
        if upper is None:
            continue
        for link in upper.iter("a"):
            if next(link.iterancestors("li"), None) is upper:
                j = index.get((link.get("href") or "")[1:])
                if j is not None and j < i:
                    out[i] = j
                break
    del refs
    return out


def _from_named(items: list[Element], authors: list[str | None], todo: list[bool]) -> list[int | None]:
    """Parents named by author without a link, for the items in `todo`: a short line of the reply that
    is a few words and an earlier commenter's name set apart in its own element ("in risposta a
    <b>Name</b>", "→ <span>Name</span>"); the reply answers that commenter's latest comment before it."""
    out: list[int | None] = [None] * len(items)
    latest: dict[str, int] = {}
    item_ids = {id(el) for el in items}
    for i, el in enumerate(items):
        for line in el.iter() if todo[i] and latest else ():
            if len(line) != 1 or line.tag in ("p", "a") or (j := latest.get((line[0].text or "").strip())) is None:
                continue
            name, said = authors[j] or "", short_text(line)
            rest = said.replace(name, "", 1).strip()
            if (
                name != authors[i]
                and 0 < len(rest.split()) <= 4
                and not any(map(str.isdigit, rest))
                and rest[-1:] not in ".!?"
                and not any(id(up) in item_ids for up in ancestors(line, el))
            ):
                out[i] = j
                break
        if (own := authors[i]) is not None:
            latest[own] = i
    return out


def _from_reply_labels(items: list[Element], authors: list[str | None]) -> list[int | None]:
    """Parents named by a reply's context bar to screen readers (`aria-label="Replying to Ann"`, as
    chat archives and widgets label the quoted line above a reply): Ann's comment whose words the
    bar quotes, else her latest before it."""
    out: list[int | None] = [None] * len(items)
    by_author: dict[str, list[int]] = {}
    item_ids = {id(el) for el in items}
    for i, el in enumerate(items):
        for node in walk(el, lambda e: id(e) in item_ids) if by_author else ():
            label = node.get("aria-label")
            name = replied_name(label) if label else None
            earlier = [j for j in by_author.get(name.lower(), ()) if authors[j] != authors[i]] if name else []
            if earlier:
                quoted = short_text(node).replace("@" + (name or ""), "", 1).strip(" .…")[:_QUOTED_CHARS]
                out[i] = next((j for j in reversed(earlier) if quoted and quoted in short_text(items[j])), earlier[-1])
                break
        if own := authors[i]:
            by_author.setdefault(own.lower(), []).append(i)
    return out


_QUOTED_CHARS = 30  # of the quoted line compared with the earlier comments' words


def _from_nesting(items: list[Element]) -> list[int | None]:
    index = {id(el): i for i, el in enumerate(items)}
    # element proxies must stay referenced while their id() is used as a key
    holder_refs = [a for el in items for a in el.iterancestors()]
    holders = {id(a) for a in holder_refs}
    parents: list[int | None] = []
    for i, el in enumerate(items):
        parent: int | None = None
        node = el
        for _ in range(_MAX_ANCESTORS):
            up = node.getparent()
            if up is None:
                break
            if id(up) in index:
                parent = index[id(up)]
                break
            prev = _comment_before(up, index, holders)
            if (
                prev is not None
                and id(up) in holders
                and (id(prev) in index or any(_CHILDREN_TOKEN.search(t) for t in tokens(up)))
            ):
                found: int | None = index.get(id(prev))
                if found is None:
                    inner = [index[id(d)] for d in prev.iter() if id(d) in index]
                    found = inner[0] if inner else None
                if found is not None and found < i:
                    parent = found
                    break
            node = up
        parents.append(parent)
    del holder_refs
    return parents


_MAX_BETWEEN = 2  # elements holding no comment between a comment and the list of its replies


def _comment_before(up: Element, index: dict[int, int], holders: set[int]) -> Element | None:
    """The element before `up`, or, past a few that hold no comment and only controls (the comment's
    action bar between it and the list of its replies), the comment before those."""
    prev = prev_element(up)
    sibling = prev
    for _ in range(_MAX_BETWEEN):
        if sibling is None or id(sibling) in index or id(sibling) in holders or not _controls(sibling):
            break
        sibling = prev_element(sibling)
    return sibling if sibling is not None and id(sibling) in index else prev


_MAX_CONTROLS_CHARS = 40


def _controls(el: Element) -> bool:
    """A comment's action bar or a collapsed reply form: a few words of controls, no heading (a
    "4 replies" heading opens a section of its own). Its words are read only as far as the bound:
    the siblings asked about are those of every box around a comment, the page's body among them
    (the words read so far, cleaned, are never longer than all of them cleaned)."""
    parts: list[str] = []
    read = 0
    check_at = _MAX_CONTROLS_CHARS
    for piece in el.itertext():
        parts.append(piece)
        read += len(piece)
        if read > check_at:
            if len(clean_text(" ".join(parts))) > _MAX_CONTROLS_CHARS:
                return False
            check_at = 2 * read
    if len(clean_text(" ".join(parts))) > _MAX_CONTROLS_CHARS:
        return False
    return not any(True for _ in el.iter(*_HEADING_TAGS))


_HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")


def _from_depths(items: list[Element]) -> list[int | None] | None:
    """Parents from depths. A comment whose markup shows no depth stands above those that show one:
    themes indent only the replies, and a permalink page shows its comment outside the reply rows."""
    depths = [depth_of(el) for el in items]
    if all(d is None for d in depths):  # the indentation may be on each comment's box (`<div style=margin-left>`)
        holding = _items_held(items)
        depths = [next((d for up in _own_boxes(el, holding) if (d := depth_of(up)) is not None), None) for el in items]
    known = [d for d in depths if d is not None]
    if len(known) < 2:
        return None
    top = min(known) - 1
    levels = [top if d is None else d for d in depths]
    return parents_from_depths(levels) if len(set(levels)) > 1 else None


def _from_reply_markers(items: list[Element]) -> list[int | None] | None:
    replies = [any(_REPLY_TOKEN.search(t) for t in tokens(el)) for el in items]
    if not any(replies) or all(replies):
        return None
    out: list[int | None] = []
    last_top: int | None = None
    for i, is_reply in enumerate(replies):
        out.append(last_top if is_reply else None)
        if not is_reply:
            last_top = i
    return out


def _box_anchor(item: Element, holding: Counter[Element]) -> str | None:
    """The id of a box around the item that holds no other item, a few levels up: the anchor a reply
    links to may be on the post's box (`<article id=…>`) when the item found is its text column.
    `holding`: how many items each element holds."""
    return next((ident for up in _own_boxes(item, holding) if (ident := up.get("id"))), None)


def _permalink_ids(items: list[Element]) -> list[tuple[str, int]]:
    """The ids each item's own permalink names (the link around its `<time>`: a reply elsewhere,
    a webmention or a fediverse post, is known by that address), with the item's index."""
    item_ids = {id(el) for el in items}
    out: list[tuple[str, int]] = []
    for i, el in enumerate(items):
        for a in walk(el, lambda e: id(e) in item_ids):
            if a.tag == "a" and a.get("href") and any(True for _ in a.iter("time")):
                out.extend((name, i) for name in url_ids(a.get("href") or ""))
    return out


def _own_boxes(item: Element, holding: Counter[Element]) -> list[Element]:
    """The elements around the item, a few levels up, that hold no other item."""
    out = []
    for up in islice(ancestors(item), _OWN_BOX_LEVELS):
        if holding[up] > 1:
            break
        out.append(up)
    return out


def _items_held(items: list[Element]) -> Counter[Element]:
    """How many of the items each of their ancestors holds: one walk up from each item. (Keyed by the
    elements themselves, which keeps their proxies, and so their identity, alive.)"""
    held: Counter[Element] = Counter()
    for el in items:
        held.update(ancestors(el))
    return held


_OWN_BOX_LEVELS = 3


def url_names(eid: str | None, page_url: str) -> bool:
    """Whether the page URL names this id (path segment, query value or fragment)."""
    if not eid or len(id_key(eid)) < _MIN_PERMALINK_ID or not page_url:
        return False
    return bool({eid, id_key(eid)} & {*(url_ids(page_url)), *(id_key(t) for t in url_ids(page_url))})


def _permalink_root(items: list[Element], ids: list[str | None], page_url: str) -> bool:
    """Whether the first comment is the one a permalink page is about: the page URL names its id
    (path segment, query value or fragment), or the markup marks it alone as the focus."""
    if len(items) < 2:
        return False
    if url_names(ids[0], page_url):
        return True
    first = any(_FOCUS_TOKEN.search(t) for t in tokens(items[0]))
    return first and not any(any(_FOCUS_TOKEN.search(t) for t in tokens(el)) for el in items[1:])


def assign_parents(
    items: list[Element],
    ids: list[str | None],
    authors: list[str | None] | None = None,
    page_url: str = "",
    quoted: list[int | None] | None = None,
    numbered: NumberedThread | None = None,
) -> list[int | None]:
    """The index of the comment each item answers (None: a top-level comment). `quoted`: the
    earlier comment each one opens by quoting (`quotes`), the last evidence before reply markers;
    `numbered`: the replies by number of a numbered thread (`numbered.numbered_thread`)."""
    if not items:
        return []
    by_id = _index_by_id(ids)
    authors = authors if authors is not None else [None] * len(items)
    attributes = _from_attributes(items, by_id)
    anchors = dict(by_id)  # a link may name an item by its anchor, an id without digits too
    holding: Counter[Element] | None = None
    for i, el in enumerate(items):
        ident = el.get("id")
        if not ident:
            holding = holding if holding is not None else _items_held(items)
            ident = _box_anchor(el, holding)
        if ident:
            anchors.setdefault(ident, i)
    for name, i in _permalink_ids(items):
        anchors.setdefault(name, i)
    links = _from_links(items, anchors, authors, attributes)
    layers = [attributes, _from_cross_attributes(items), links, _from_reply_labels(items, authors)]
    layers += [_from_outline(items), _from_nesting(items)]
    depths = _from_depths(items)
    if depths is not None:
        layers.append(depths)
    if quoted is not None:
        layers.append(quoted)
    parents: list[int | None] = [
        next((layer[i] for layer in layers if layer[i] is not None), None) for i in range(len(items))
    ]
    named = _from_named(items, authors, [p is None for p in parents])
    parents = [p if p is not None else q for p, q in zip(parents, named, strict=True)]
    if numbered is not None:
        parents = [p if p is not None else q for p, q in zip(parents, numbered.parents, strict=True)]
    if all(p is None for p in parents):
        parents = class_depth_parents(items) or _from_reply_markers(items) or parents
    if _permalink_root(items, ids, page_url):
        parents = [0 if i > 0 and p is None else p for i, p in enumerate(parents)]
    return parents
