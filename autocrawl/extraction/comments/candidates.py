"""Which elements are comments: candidates marked by class, id, schema.org or data attributes,
grouped by marker; the group whose members look most like comments (an author and text each) wins.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from typing import NamedTuple

from autocrawl.extraction.comments.dom import Element, ancestors, class_test, tokens
from autocrawl.extraction.comments.linked import linked_groups
from autocrawl.extraction.common.dom import walk

_WORD = r"(?:comment|kommentar|komentar|commentaire|comentario|komentarz|reactie|commento|comtr|leserbrief|reply)"
_SUFFIX = (
    r"(?:item|body|entry|wrap|wrapper|container|box|single|block|card|holder|node|row|main|inner|post|sub|"
    r"reply|level|thread-item|root|parent|unit|element|elem|object|con)"
)
_ITEM_TOKEN = re.compile(
    rf"^(?:[a-z0-9]+[-_]{{1,2}})?[a-z0-9]{{0,12}}?(?:{_WORD}(?:[-_]{{0,2}}{_SUFFIX})?|{_WORD}s[-_]{{0,2}}{_SUFFIX})$"
)
_NOT_ITEM = re.compile(
    r"list|area|section|form|respond|content|text|meta|author|date|time|count|number|title|header|footer|"
    r"link|button|btn|avatar|nav|pag|tool|action|field|feed|icon|input|policy|rule|closed|notice|login|"
    r"widget|recent|latest|popular|bubble|toggle|trigger|children|replies|submit|label|status|like|vote|"
    r"share|rating|score|head|name|user|info|detail|sort|filter|write|new|add|quote|permalink|edit|flag|"
    r"report|template|hidden|empty|none|no-|placeholder|teaser|preview|counter|icon|modal|overlay"
)
_ID_ITEM = re.compile(
    r"^(?:li-|div-)?(?P<p>comment|kommentar|commentaire|comentario|cmt|reply|thing_t1|message|msg|post|entry|"
    r"bb_message|c)[-_]?[a-z0-9_]*\d[a-z0-9_]*$",
    re.I,
)
_WEAK_ID = frozenset({"message", "msg", "post", "entry", "bb_message", "c"})
_AREA = re.compile(
    r"comment|kommentar|komentar|commentaire|comentario|discussion|diskussion|forum|thread|replies|"
    r"reactions|leserbrief|community|kommune|talk|responses"
)
_EXCLUDED = re.compile(r"^(?:pingback|trackback|morechildren|deleted|comment-form|comment-respond)$")
_WIDGET = re.compile(
    r"^(?:widget[-_]recent\S*|widget[-_]comments|sidebar|sidebar[-_](?:left|right|primary|secondary|widget)|"
    r"widget-area|recent-?comments|recentcomments|latest-?comments|most-?commented\S*|popular(?:[-_]\S+)?|"
    r"teaser\S*|related(?:[-_]\S+)?)$"
)
_EXCLUDED_TAGS = frozenset(
    {
        "a",
        "span",
        "button",
        "input",
        "textarea",
        "form",
        "script",
        "style",
        "time",
        "img",
        "label",
        "ul",
        "ol",
        "i",
        "b",
        "strong",
        "em",
        "small",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "cite",
        "meta",
        "link",
    }
)


_TREE_TAGS = frozenset({"div", "li", "article", "section", "dd", "td", "tr", "blockquote", "table"})


def in_area(el: Element) -> bool:
    node = el.getparent()
    depth = 0
    while node is not None and depth < 30:
        ident = ((node.get("id") or "") + " " + (node.get("class") or "")).lower()
        if ident.strip() and _AREA.search(ident):
            return True
        node = node.getparent()
        depth += 1
    return False


_excluded_class = class_test(lambda t: _EXCLUDED.match(t) or _WIDGET.search(t))


def _in_form_or_template(el: Element) -> bool:
    node = el.getparent()
    while node is not None and node.tag not in ("body", "html"):
        if node.tag in ("textarea", "template", "script", "noscript"):
            return True
        if _excluded_class(node):
            return True
        node = node.getparent()
    return False


_CUSTOM_TAG = re.compile(rf"(?:^|-){_WORD}(?:$|-(?:item|entry|card|node|view|element))$")
_QUICK_CLASS = re.compile(r"omment|omentar|reactie|comtr|leserbrief|reply", re.I)


def _quick_word(value: str) -> bool:
    """`_QUICK_CLASS` in a class or id (exactly: its words are plain substrings). `may_match` written
    out: this is asked of every classed element of the page."""
    if not value.isascii():
        return _QUICK_CLASS.search(value) is not None
    low = value.lower()
    return (
        "omment" in low
        or "omentar" in low
        or "reactie" in low
        or "comtr" in low
        or "leserbrief" in low
        or "reply" in low
    )


_QUICK_ID = re.compile(r"\d")


def candidate_groups(root: Element, structural: bool = True) -> dict[tuple[str, str], list[Element]]:
    """Candidates grouped by (tag, marker); with `structural`, also same-shaped siblings inside an
    element that names itself the comment area (keys starting with "area")."""
    groups, areas = scan(root)[:2]
    if structural:
        for key, members in structural_groups(areas).items():
            groups.setdefault(key, members)
    return groups


class Scan(NamedTuple):
    """What one pass over the page found."""

    groups: dict[tuple[str, str], list[Element]]  # marked candidates by (tag, marker)
    areas: list[Element]  # elements that name themselves the comment area
    counts: list[Element]  # elements with itemprop="commentCount", in page order (for `links`)
    scripts: list[Element]  # <script> elements in page order (JSON-LD, application state)


def _quote_only(el: Element) -> bool:
    """Whether the element only wraps a quote (`<mx-reply><blockquote>…</blockquote></mx-reply>`):
    the message a reply answers, shown above it, not a comment of its own."""
    children = [c for c in el if isinstance(c.tag, str)]
    return len(children) == 1 and children[0].tag == "blockquote" and not (el.text or "").strip()


def scan(root: Element) -> Scan:
    """One pass over the page: marked candidates grouped by (tag, marker), the elements that
    name themselves the comment area, those that hold the comment count (microdata) and the
    scripts that may be JSON-LD: what `links` and `jsonld` would otherwise walk the page again for."""
    groups: dict[tuple[str, str], list[Element]] = defaultdict(list)
    weak: dict[tuple[str, str], list[Element]] = defaultdict(list)
    areas: list[Element] = []
    counts: list[Element] = []
    scripts: list[Element] = []
    for el in walk(root):
        tag = el.tag
        if not isinstance(tag, str):
            continue
        if "-" in tag and _CUSTOM_TAG.search(tag) and not _quote_only(el):
            groups[(tag, "tag")].append(el)  # a custom element named for comments: <shreddit-comment>
        if tag == "script":
            scripts.append(el)
        # The names first: lxml's `get` (and `in` of its attributes) costs as much for an attribute the
        # element lacks as for one it has, its list of names less than one `get`.
        attrs = el.keys()
        if not attrs:
            continue
        if "itemprop" in attrs and el.get("itemprop") == "commentCount":
            counts.append(el)
        cls = el.get("class") if "class" in attrs else None
        ident = el.get("id") if "id" in attrs else None
        cls_hit = cls is not None and _quick_word(cls)
        if (cls_hit or (ident is not None and _quick_word(ident))) and tag not in _NOT_AREA_TAGS:
            names = (cls or "").lower().split() + [(ident or "").lower()]
            if any(_AREA_TOKEN.match(t) for t in names):
                areas.append(el)
        if not (
            cls_hit
            or (ident and _QUICK_ID.search(ident))
            or "itemtype" in attrs
            or "typeof" in attrs
            or "data-type" in attrs
            or "data-comment-id" in attrs
        ):
            continue
        if tag in _EXCLUDED_TAGS and tag != "span":
            continue
        toks = tokens(el)
        if toks and any(_EXCLUDED.match(t) for t in toks):
            continue
        marked = False
        for t in toks:
            if _ITEM_TOKEN.match(t) and not _NOT_ITEM.search(t.replace("comment", "", 1)):
                groups[(tag, "class:" + t)].append(el)
                marked = True
        if tag == "span":
            continue
        itemtype = (el.get("itemtype") or "") + " " + (el.get("typeof") or "")
        if "Comment" in itemtype or "Answer" in itemtype:
            groups[(tag, "schema")].append(el)
            marked = True
        if (el.get("data-type") or "").lower() == "comment" or el.get("data-comment-id"):
            groups[(tag, "data")].append(el)
            marked = True
        ident = el.get("id")
        if ident:
            m = _ID_ITEM.match(ident)
            if m:
                prefix = m["p"].lower()
                (weak if prefix in _WEAK_ID else groups)[(tag, "id:" + prefix)].append(el)
                marked = True
        del marked
    for key, members in weak.items():
        if len(members) >= 1 and in_area(members[0]):
            groups[key].extend(members)
    for key in [k for k in groups if k[1].startswith("id:")]:
        parts = _parts_by_id(groups[key])
        if parts is not None:
            del groups[key]
            for pattern, members in parts.items():
                groups[(key[0], key[1] + ":" + pattern)] = members
    marked_ids: set[int] | None = None
    for key, members in linked_groups(root).items():
        if key[0] == "nested":  # a reply tree known by nesting alone: only when no marker names its items
            if members[0].tag not in _TREE_TAGS and "-" not in members[0].tag:
                continue
            if marked_ids is None:
                marked_ids = {id(m) for v in groups.values() for m in v}
            if any(id(m) in marked_ids for m in members):
                continue
        groups.setdefault(key, members)
    return Scan({k: [m for m in v if not _in_form_or_template(m)] for k, v in groups.items()}, areas, counts, scripts)


_ID_NUMBER = re.compile(r"[a-z0-9]*\d[a-z0-9]*", re.I)


def _parts_by_id(members: list[Element]) -> dict[str, list[Element]] | None:
    """An id prefix shared by the parts of each comment (`comment_123`, `comment_top_123`,
    `comment_body_123`): members that carry the same number under different id patterns are
    parts of one item, not items. Such a group splits by pattern (the number masked); None when
    no two patterns share a number."""
    by_pattern: dict[str, list[Element]] = defaultdict(list)
    numbers: dict[str, set[str]] = defaultdict(set)
    for el in members:
        ident = el.get("id") or ""
        pattern = _ID_NUMBER.sub("0", ident)
        by_pattern[pattern].append(el)
        numbers[pattern].update(_ID_NUMBER.findall(ident))
    if len(by_pattern) < 2:
        return None
    seen: set[str] = set()
    for found in numbers.values():
        if found & seen:
            return dict(by_pattern)
        seen |= found
    return None


_AREA_TOKEN = re.compile(
    r"^(?!.*(?:form|respond|count|number|button|btn|icon|title|headline|heading|meta|author|date|time|avatar|"
    r"vote|like|share|toggle|field|input|label|policy|rule|notice|login|closed|empty|none|widget|recent|popular))"
    r".*(?:comment|kommentar|komentar|commentaire|comentario|discussion|diskussion|leserbrief|reactions)"
)
_NO_DESCENT = frozenset({"script", "style", "form", "textarea", "select", "svg", "noscript", "template"})
_NOT_ITEM_TAGS = _EXCLUDED_TAGS | {"p", "hr", "br", "blockquote", "pre", "figure", "table", "tbody"}
_NOT_AREA_TAGS = frozenset(
    {"form", "a", "span", "button", "input", "textarea", "script", "style", "body", "html", "main", "article"} | {"p"}
)
# Classes that differ between items of one template: ids and numbers (three digits or more, or a
# trailing number), depths, states. Short generated classes ("_3-8y") are the template's own.
_VARIABLE_TOKEN = re.compile(
    r"\d\D*\d\D*\d|[-_]\d+$|^\d|(?:depth|level|lvl|indent|nest|thread|child|reply|comment|item|post|id)[-_]?\d|"
    r"^(?:odd|even|alt|first|last|active|open|closed|new|unread|hidden|visible)$"
)
_MAX_AREAS = 4
_MAX_STRUCTURAL = 24


def _signature(el: Element) -> str:
    return el.tag + "." + ".".join(sorted(t for t in tokens(el) if not _VARIABLE_TOKEN.search(t)))


def structural_groups(areas: list[Element]) -> dict[tuple[str, str], list[Element]]:
    """Inside an element that names itself the comment area, runs of siblings that share tag and
    classes are candidates too: comment templates whose items carry no comment word."""
    out: dict[tuple[str, str], list[Element]] = {}
    outermost = [a for a in areas if not any(b is not a and _contains(b, a) for b in areas)]
    for area in outermost[:_MAX_AREAS]:
        if any(True for _ in area.iter("h1")):
            continue  # a wrapper around the article itself
        level = [area]
        for _ in range(30):
            nxt: list[Element] = []
            for parent in level:
                children = [c for c in parent if isinstance(c.tag, str) and c.tag not in _NO_DESCENT]
                by_sig: dict[str, list[Element]] = defaultdict(list)
                for child in children:
                    if child.tag not in _NOT_ITEM_TAGS:
                        by_sig[_signature(child)].append(child)
                for sig, members in by_sig.items():
                    key = ("area", sig + "@" + str(id(area)))
                    if key in out:
                        out[key].extend(members)  # replies nested deeper, even a lone one
                    elif len(members) >= 2 and len(out) < _MAX_STRUCTURAL:
                        out[key] = list(members)
                nxt.extend(children)
            level = nxt[:3000]
    if out:  # members were gathered level by level: back to page order
        alive = [m for members in out.values() for m in members]  # ids below stay valid while listed
        order = {id(e): i for i, e in enumerate(alive[0].getroottree().iter())}
        for members in out.values():
            members.sort(key=lambda e: order.get(id(e), 0))
        del alive
    return {k: [m for m in v if not _in_form_or_template(m)] for k, v in out.items()}


def _contains(outer: Element, inner: Element) -> bool:
    node = inner.getparent()
    while node is not None:
        if node is outer:
            return True
        node = node.getparent()
    return False


def member_skip(members: list[Element]) -> Callable[[Element], bool]:
    """Predicate that skips the subtrees of the given comment elements (and hidden reply forms)."""
    member_ids = {id(m) for m in members}

    def skip(el: Element) -> bool:
        return id(el) in member_ids or el.tag in ("script", "style", "textarea", "template", "noscript")

    return skip


_MAX_LEAD = 3


def with_lead_comments(groups: dict[tuple[str, str], list[Element]]) -> dict[tuple[str, str], list[Element]]:
    """Adds, for a marker used by several tags, the group of a few leading elements joined to the
    main one: a permalink page shows the comment it is about in other markup than its replies
    (<article class="comment"> above <li class="comment"> items)."""
    by_marker: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for key in groups:
        if key[1].startswith("class:") or key[1] in ("schema", "data"):
            by_marker[key[1]].append(key)
    out = dict(groups)
    for marker, keys in by_marker.items():
        if len(keys) < 2:
            continue
        main = max(keys, key=lambda k: len(groups[k]))
        members = groups[main]
        if not members:
            continue
        order = {id(e): i for i, e in enumerate(members[0].getroottree().iter())}
        first = order.get(id(members[0]), 0)
        for key in keys:
            leads = groups[key]
            if key == main or not 0 < len(leads) <= _MAX_LEAD or len(members) < 2 * len(leads):
                continue
            if all(order.get(id(e), first) < first and not _contains(e, members[0]) for e in leads):
                out[(f"{main[0]}+{key[0]}", marker)] = [*leads, *members]
    return out


_MAX_NESTED = 2000  # members of a group looked at for replies nested in another group


def with_nested_replies(groups: dict[tuple[str, str], list[Element]]) -> dict[tuple[str, str], list[Element]]:
    """Adds, ahead of the others (so that they lose a tie), the union of two marked groups when the
    members of one sit inside members of the other, several in one of them: replies marked apart
    from the comments they answer (one thread, whose nesting gives the parents). A part of each
    comment (its body, its footer) sits once in each and is no reply."""
    keys = [k for k, v in groups.items() if 2 <= len(v) <= _MAX_NESTED]
    merged: dict[tuple[str, str], list[Element]] = {}
    for outer_key in keys:
        outer = groups[outer_key]
        outer_ids = {id(e) for e in outer}
        for inner_key in keys:
            inner = groups[inner_key]
            if inner_key == outer_key or not any(id(a) in outer_ids for a in _ends_ancestors(inner)):
                continue  # (most pairs stop here, at the first or last element)
            if not any(id(e) in outer_ids for e in inner) and _replies_in(outer_ids, inner):
                members = _in_page_order([*outer, *inner])
                merged[(f"{outer_key[0]}+{inner_key[0]}", f"{outer_key[1]}+{inner_key[1]}")] = members
    return {**merged, **groups} if merged else groups


def _ends_ancestors(inner: list[Element]) -> list[Element]:
    """The ancestors of the first and the last element: replies inside outer members hold one of
    them (the first may stand beside the outer members, as comments on a question above answers)."""
    return [*ancestors(inner[0]), *ancestors(inner[-1])]


def _replies_in(outer_ids: set[int], inner: list[Element]) -> bool:
    """Whether every element of `inner` sits inside an outer member, and one outer member holds
    several of them as its own (not inside another inner element). Comments that also stand
    beside the outer members (on a question, above its answers) keep the two apart: on a Q&A page
    the answers are the page's text (trafilatura-eval's german.stackexchange.com page)."""
    inner_ids = {id(e) for e in inner}
    per_outer: dict[int, int] = defaultdict(int)
    outside = 0
    for el in inner:
        node = el.getparent()
        while node is not None and id(node) not in outer_ids:
            if id(node) in inner_ids:
                break  # a reply to a reply: its own outer member is counted through its parent
            node = node.getparent()
        if node is None:
            outside += 1
        elif id(node) in outer_ids:
            per_outer[id(node)] += 1
    return outside == 0 and max(per_outer.values(), default=0) >= 2


def _in_page_order(members: list[Element]) -> list[Element]:
    order = {id(e): i for i, e in enumerate(members[0].getroottree().iter())}
    return sorted(members, key=lambda e: order.get(id(e), 0))


_REPLY_MARK = re.compile(r"(?:^|[-_])(?:reply|replies)(?:$|[-_])")
_STABLE_TOKEN = re.compile(r"^[^\d]*$")


def with_reply_peers(groups: dict[tuple[str, str], list[Element]]) -> dict[tuple[str, str], list[Element]]:
    """Adds, for a group marked only as replies ("is-reply"), the replies joined to the comments
    they answer: the page's elements of the same tag and the same other classes, without the reply
    mark (a template that marks its replies and leaves its comments unmarked). The comments must
    come first, and the template be more than a bare tag (a custom element, or classes left)."""
    out = dict(groups)
    for (tag, marker), members in groups.items():
        if not marker.startswith("class:") or not members or not _REPLY_MARK.search(marker[6:]):
            continue
        rest = _stable_rest(members[0], marker[6:])
        if rest is None or not (rest or "-" in tag):
            continue
        if any(_stable_rest(m, marker[6:]) != rest for m in members):
            continue
        root = members[0].getroottree()
        peers = [e for e in root.iter(tag) if e.get("class") is not None or rest == frozenset()]
        peers = [e for e in peers if frozenset(t for t in tokens(e) if _STABLE_TOKEN.match(t)) == rest]
        if not peers:
            continue
        joined = _in_page_order([*peers, *members])
        if joined[0] is members[0]:
            continue  # a reply before any comment
        out[(tag, marker + "+peers")] = joined
    return out


def _stable_rest(el: Element, mark: str) -> frozenset[str] | None:
    """The element's stable classes but the reply mark; None when it does not carry the mark."""
    names = {t for t in tokens(el) if _STABLE_TOKEN.match(t)}
    if mark not in names:
        return None
    return frozenset(names - {mark})
