"""Which comment answers which: nesting, reply containers after a comment, indentation, depth classes,
flat reply markers and explicit "parent" links, in that order."""

from __future__ import annotations

import re

from autocrawl.extraction.comments_dom import PARENT_ID_ATTRS, Element, prev_element, tokens

_CHILDREN_TOKEN = re.compile(
    r"^(?:[a-z0-9]+[-_]{1,2})?(?:children|child|replies|reply|subcomments?|sub-comments?|nested|indented|indent|"
    r"thread|answers|responses|antworten|comment-replies|replies-list|reply-list|sub)$"
)
_DEPTH_TOKEN = re.compile(r"^(?:depth|level|lvl|indent|nest|comment-depth|comment-level)[-_]?(\d{1,2})$")
_REPLY_TOKEN = re.compile(r"(?:^|[-_])(?:sub|reply|child|answer|response|antwort|nested)(?:$|[-_])")
_MARGIN = re.compile(r"(?:margin|padding)-left\s*:\s*(\d+(?:\.\d+)?)\s*(px|em|rem|%)?", re.I)


def _nesting(items: list[Element]) -> list[int | None]:
    index = {id(el): i for i, el in enumerate(items)}
    # element proxies must stay referenced while their id() is used as a key
    holder_refs = [a for el in items for a in el.iterancestors()]
    holders = {id(a) for a in holder_refs}
    parents: list[int | None] = []
    for i, el in enumerate(items):
        parent: int | None = None
        node = el
        for _ in range(40):
            up = node.getparent()
            if up is None:
                break
            if id(up) in index:
                parent = index[id(up)]
                break
            prev = prev_element(up)
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
    return parents


def _indent(el: Element) -> float | None:
    for attr in ("data-depth", "data-level", "aria-level", "data-indent", "data-nesting-level"):
        value = (el.get(attr) or "").strip()
        if value.isdigit():
            return float(value)
    for sub in el.iter("td"):
        value = sub.get("indent")
        if value is not None and value.strip().isdigit():
            return float(value)
        break
    row = el
    for _ in range(4):
        if row.tag == "tr":
            break
        parent = row.getparent()
        if parent is None:
            break
        row = parent
    if row.tag == "tr":
        for td in row.iter("td"):
            if td.get("indent") and td.get("indent", "").strip().isdigit():
                return float(td.get("indent", "0"))
            for img in td.iter("img"):
                width = img.get("width", "")
                if width.isdigit() and (img.get("height") in ("1", "0") or "s.gif" in (img.get("src") or "")):
                    return float(width)
            if td.iter("img") is not None:
                pass
            if len(td) > 0 and td[0].tag != "img":
                break
    for node in (el, el[0] if len(el) else el):
        m = _MARGIN.search(node.get("style") or "")
        if m:
            return float(m.group(1))
    for t in tokens(el):
        m = _DEPTH_TOKEN.match(t)
        if m:
            return float(m.group(1))
    return None


def _from_depths(depths: list[float]) -> list[int | None]:
    levels = sorted(set(depths))
    rank = {d: k for k, d in enumerate(levels)}
    stack: list[tuple[int, int]] = []  # (level, index)
    parents: list[int | None] = []
    for i, d in enumerate(depths):
        level = rank[d]
        while stack and stack[-1][0] >= level:
            stack.pop()
        parents.append(stack[-1][1] if stack else None)
        stack.append((level, i))
    return parents


def _explicit(items: list[Element], ids: list[str | None]) -> list[int | None] | None:
    """Parents named by attributes (data-parent-id="123"), when the markup has them."""
    by_id = {eid: i for i, eid in enumerate(ids) if eid}
    out: list[int | None] = []
    named = False
    for i, el in enumerate(items):
        parent: int | None = None
        for attr in PARENT_ID_ATTRS:
            value = (el.get(attr) or "").strip()
            if value:
                named = True
                key = re.sub(r"^\D+", "", value) or value
                for candidate in (value, key):
                    if candidate in by_id and by_id[candidate] < i:
                        parent = by_id[candidate]
                        break
                break
        out.append(parent)
    return out if named else None


def assign_parents(items: list[Element], ids: list[str | None]) -> list[int | None]:
    explicit = _explicit(items, ids)
    if explicit is not None and any(p is not None for p in explicit):
        return explicit
    parents = _nesting(items)
    if any(p is not None for p in parents):
        return parents
    depths = [_indent(el) for el in items]
    if all(d is not None for d in depths) and len({d for d in depths}) > 1:
        return _from_depths([d for d in depths if d is not None])
    replies = [any(_REPLY_TOKEN.search(t) for t in tokens(el)) for el in items]
    if any(replies) and not all(replies):
        out: list[int | None] = []
        last_top: int | None = None
        for i, is_reply in enumerate(replies):
            out.append(last_top if is_reply else None)
            if not is_reply:
                last_top = i
        return out
    by_id = {eid: i for i, eid in enumerate(ids) if eid}
    out2: list[int | None] = []
    for i, el in enumerate(items):
        parent: int | None = None
        for a in el.iter("a"):
            if (a.text or "").strip().lower() in ("parent", "in reply to", "antwort auf") or a.get(
                "rel"
            ) == "in-reply-to":
                target = (a.get("href") or "").rsplit("#", 1)[-1]
                target = re.sub(r"^\D+", "", target) or target
                if target in by_id and by_id[target] < i:
                    parent = by_id[target]
                    break
        out2.append(parent)
    return out2
