"""Reader comments found by their reply controls: a run of look-alike siblings (same tag and class)
each holding a "Reply" / "Antworten" link or button is a comment list, whatever its classes are
called. Live blogs and article sections have no reply control; comment systems give every comment one.
"""

from __future__ import annotations

import re
from typing import Any

from autocrawl.extraction.common.dom import text_of

_REPLY = re.compile(
    r"^\W*(?:reply|antworten|antwort|beantworten|répondre|repondre|responder|responde|rispondi|odpowiedz|"
    r"odpowiedź|reageer|reageren|beantwoorden|svara|svar|vastaa|odpovědět|odpovedať|válasz)\W*$",
    re.I,
)
_CONTROLS = ("a", "button")
MAX_REPLY_CHARS = 30
CLIMB = 8  # levels from a reply control up to its comment


def _is_reply(el: Any) -> bool:
    """A link or button that reads "Reply" (an icon beside the word at most). Asked of every link of the page."""
    if len(el) > 3:
        return False
    text = el.text if not len(el) else text_of(el)
    return bool(text) and len(text) <= MAX_REPLY_CHARS and _REPLY.match(text) is not None


def _signature(el: Any) -> tuple[str, str]:
    return el.tag, el.get("class") or ""


def comment_items(root: Any) -> set[Any]:
    """The elements that are one comment each (the outermost look-alike sibling holding a reply control)."""
    controls = [el for el in root.iter(*_CONTROLS) if _is_reply(el)]
    if len(controls) < 2:
        return set()
    holders: dict[Any, set[tuple[str, str]]] = {}  # parent -> signatures of its children holding a control
    chains = []
    for control in controls:
        chain = []
        el = control
        for _ in range(CLIMB):
            parent = el.getparent()
            if parent is None:
                break
            chain.append(el)
            holders.setdefault(parent, set())
            el = parent
        chains.append(chain)
    counts: dict[tuple[Any, tuple[str, str]], set[Any]] = {}
    for chain in chains:
        for el in chain:
            counts.setdefault((el.getparent(), _signature(el)), set()).add(el)
    items: set[Any] = set()
    for chain in chains:
        # the nearest element up the chain that has a look-alike sibling with a control of its own
        for el in chain:
            if len(counts[(el.getparent(), _signature(el))]) >= 2:
                items.add(el)
                break
    return items
