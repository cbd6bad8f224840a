"""Replies kept on one level under the comment that opens their thread, which name the reply they
answer: "A replied to B" in the header (a second profile link after the author's), or an "@B"
opening the text. Video sites, Q&A sites and social widgets show every reply of a thread in one
flat list; nesting then says only which thread a reply is in, and the name says which reply in it
is answered: B's latest one before it in that thread.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlsplit

from autocrawl.extraction.comments.dom import Element, short_text, walk
from autocrawl.extraction.comments.mentions import opening_name, remember_name, without_label

_MAX_NAME_CHARS = 40


def named_in_threads(
    items: Sequence[Element], parents: list[int | None], texts: Sequence[str], authors: Sequence[str | None]
) -> tuple[list[int | None], list[str]]:
    """`parents` with each reply of a one-level thread moved to the reply it names in that thread,
    and the texts without the reply labels that named it ("回复 @Ann :"). Unchanged where any
    reply answers a reply already: the markup then nests replies itself."""
    if all(p is None for p in parents) or any(p is not None and parents[p] is not None for p in parents):
        return parents, list(texts)
    out = list(parents)
    words = list(texts)
    item_ids = {id(el) for el in items}
    latest: dict[int, dict[str, int]] = {}  # per thread (its first comment): name -> latest comment in it
    for i, thread in enumerate(parents):
        if thread is None:
            latest[i] = remember_name({}, authors[i], i)
            continue
        in_thread = latest.setdefault(thread, {})
        named = _header_name(items[i], authors[i], item_ids)
        j = in_thread.get(named.lower()) if named else None
        if j is None:
            found = opening_name(texts[i], in_thread, authors, authors[i])
            if found is not None:
                j, words[i] = found[0], without_label(texts[i], found[1])
        if j is not None and authors[j] != authors[i]:
            out[i] = j
        remember_name(in_thread, authors[i], i)
    return out, words


def _header_name(item: Element, author: str | None, item_ids: set[int]) -> str | None:
    """The name in a second profile link after the author's own, of the same template (tag, classes
    and first path segment): "<a>Ann</a> replied to <a>Bob</a>"."""
    if not author:
        return None
    links = [el for el in walk(item, lambda e: id(e) in item_ids and e is not item) if el.tag == "a"]
    own = next((a for a in links if short_text(a) == author), None)
    if own is None:
        return None
    template = _template(own)
    for a in links[links.index(own) + 1 :]:
        name = short_text(a)
        if _template(a) == template and name and name != author and len(name) <= _MAX_NAME_CHARS:
            return name.lstrip("@")
    return None


def _template(link: Element) -> tuple[str | None, str]:
    path = urlsplit(link.get("href") or "").path.strip("/")
    return link.get("class"), path.split("/", 1)[0]
