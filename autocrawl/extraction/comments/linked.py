"""Threads known by their reply links, whatever their markup is called.

Items of one template (one tag, the same stable classes, ids of one pattern) of which several
name another item of that template as the one they answer: by a link to its id (`href="#p_12"`,
an "in reply to" tab or a quote's "view post" link) or by a parent-id attribute holding its id.
Such agreement between items is what a thread has and a list of teasers or a menu does not; the
items then form a candidate group though no class or id calls them comments.

Items of one template that each hold a link to their own id (a permalink, most often on the
timestamp: an issue tracker's notes, a forum's posts) form a weaker group ("anchored"): a
document's section anchors do the same, so it is scored as strictly as unmarked items (most of
them dated) and gives way to a run of unmarked items that reads as a larger thread.
"""

from __future__ import annotations

import re
from collections import defaultdict

from lxml import etree

from autocrawl.extraction.comments.dom import PARENT_ID_ATTRS, Element, tokens
from autocrawl.extraction.comments.parent import id_key

_MIN_PAIRS = 2  # distinct items that name another item of their template
_MIN_ANCHORED = 3  # distinct items that link to themselves (a permalink)
# an inline target is the permalink's own label (a ticket's "comment:3"), not the item around it
_INLINE = frozenset({"span", "a", "b", "strong", "em", "i", "small", "time", "label", "abbr", "code", "sup"})
_MAX_CLIMB = 40
_MAX_POINTERS = 5000
_DIGITS = re.compile(r"\d+")
_STABLE = re.compile(r"^[^\d]*$")  # classes with digits are per item (ids, depths)
_IDS = etree.XPath("//*[@id]")
_FRAGMENT_LINKS = etree.XPath("//a[contains(@href, '#')]")

Template = tuple[str, str, str]  # tag, stable classes, id pattern


def template(el: Element) -> Template:
    """What the items of one thread share: tag, classes without digits, the id with its digits masked."""
    classes = ".".join(sorted(t for t in tokens(el) if _STABLE.match(t)))
    return el.tag, classes, _DIGITS.sub("0", el.get("id") or "")


def linked_groups(root: Element) -> dict[tuple[str, str], list[Element]]:
    """Per template whose items name each other (at least `_MIN_PAIRS` of them do), all the page's
    items of that template, in page order; keys ("linked", template)."""
    by_id: dict[str, Element] = {}
    for el in _IDS(root):
        ident = el.get("id")
        if ident and ident not in by_id and _DIGITS.search(ident):
            by_id[ident] = el
    if len(by_id) < 2:
        return {}
    pointing: dict[Template, set[int]] = defaultdict(set)
    anchored: dict[Template, set[int]] = defaultdict(set)
    refs: list[Element] = []  # keeps the proxies whose id() is counted alive
    for a in _FRAGMENT_LINKS(root)[:_MAX_POINTERS]:
        target = by_id.get((a.get("href") or "").rsplit("#", 1)[1])
        item = _holder(a, target) if target is not None else None
        if item is not None:
            refs.append(item)
            pointing[template(item)].add(id(item))
        elif target is not None and target.tag not in _INLINE and _within(a, target):
            refs.append(target)
            anchored[template(target)].add(id(target))
    for el in _named_parents(list(by_id.values())):
        refs.append(el)
        pointing[template(el)].add(id(el))
    out: dict[tuple[str, str], list[Element]] = {}
    for kind, items in pointing.items():
        if len(items) >= _MIN_PAIRS and kind[2]:
            out[("linked", "|".join(kind))] = [e for e in root.iter(kind[0]) if template(e) == kind]
    for kind, items in anchored.items():
        key = ("anchored", "|".join(kind))
        if len(items) >= _MIN_ANCHORED and kind[2] and ("linked", key[1]) not in out:
            out[key] = [e for e in root.iter(kind[0]) if template(e) == kind]
    for kind, items in _answered(list(by_id.values())).items():
        key = ("nested", "|".join(kind))
        if len(items) >= _MIN_PAIRS and ("linked", key[1]) not in out:
            out[key] = [e for e in root.iter(kind[0]) if template(e) == kind]
    del refs
    return out


_MAX_LIST_CLIMB = 3


def _answered(ided: list[Element]) -> dict[Template, set[int]]:
    """Per template, the items (with an id of their own) that sit in a list following another item
    of their template: a reply tree (<div id=m1> then <ul><li><div id=m2>...), whatever its markup
    is called. A menu nests its entries inside entries, not in a list after them."""
    found: dict[Template, set[int]] = defaultdict(set)
    for el in ided[:_MAX_POINTERS]:
        node = el
        masked = _DIGITS.sub("0", el.get("id") or "")
        for _ in range(_MAX_LIST_CLIMB):
            up = node.getparent()
            if up is None or up.tag == el.tag and _DIGITS.sub("0", up.get("id") or "") == masked:
                break  # inside an item of its kind: a menu's entry in an entry
            prev = up.getprevious()
            if (
                prev is not None
                and prev.tag == el.tag
                and _DIGITS.sub("0", prev.get("id") or "") == masked
                and template(prev) == (kind := template(el))
            ):
                found[kind].add(id(el))
                break
            node = up
    return found


def _named_parents(ided: list[Element]) -> list[Element]:
    """The items (with an id of their own) whose parent-id attribute holds the id of another item
    of their template."""
    named = [(el, v) for el in ided[:_MAX_POINTERS] for a in PARENT_ID_ATTRS if (v := (el.get(a) or "").strip())]
    if not named:
        return []
    by_key: dict[str, list[Element]] = defaultdict(list)
    for el in ided:
        by_key[id_key(el.get("id") or "")].append(el)
    return [
        el
        for el, value in named
        if any(t is not el and template(t) == template(el) for t in by_key.get(id_key(value), ()))
    ]


def _holder(link: Element, target: Element) -> Element | None:
    """The item of the target's template that holds the link, None when the link sits in the
    target itself (a permalink) or in no such item."""
    kind = template(target)
    node = link.getparent()
    for _ in range(_MAX_CLIMB):
        if node is None or node is target:
            return None
        if node.tag == kind[0] and template(node) == kind:
            return node
        node = node.getparent()
    return None


def _within(link: Element, target: Element) -> bool:
    """Whether the link sits inside its target: an item's own permalink."""
    node = link.getparent()
    for _ in range(_MAX_CLIMB):
        if node is None:
            return False
        if node is target:
            return True
        node = node.getparent()
    return False
