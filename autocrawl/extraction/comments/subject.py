"""Whether the first item of a thread is the page's subject (a topic's opening post) rather than a
reader's comment: the page itself says so, by declaring that item's author and instant as its own
(meta tags, JSON-LD), or by titling the page with that item's heading. A comment is never written
at the very minute its article was, by the article's author, nor does it carry the page's title.
Nor is a comment the page its URL names by an id of another kind than all the others' (an issue's
opening post above the comments of the issue page): a comment's permalink names a comment's id.
"""

from __future__ import annotations

import html
import re

from autocrawl.extraction.comments.dom import Element, short_text
from autocrawl.extraction.comments.parent import url_names

_HEAD = 60000
_META_TIME = re.compile(
    r"<meta[^>]+(?:property|name|itemprop)=[\"'](?:article:published_time|datePublished)[\"'][^>]*"
    r"content=[\"']([^\"']+)",
    re.I,
)
_JSON_TIME = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
_META_AUTHOR = re.compile(r"<meta[^>]+name=[\"']author[\"'][^>]*content=[\"']([^\"']+)", re.I)
_JSON_AUTHOR = re.compile(r'"author"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{1,80})"')
_TITLE = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.I)
_TITLE_PARTS = re.compile(r"\s+[-–—|·:»]\s+|:\s+")
_HEADING_TAGS = ("h2", "h3", "h4", "h5", "h6", "strong", "b")
_MIN_TITLE_WORDS = 3
_NO_CELL = frozenset({"a", "script", "style", "option", "textarea", "title"})
_MINUTE = 16  # "YYYY-MM-DDTHH:MM"
_MIN_ALIKE = 2  # the other items, all built alike
_NUMBER = re.compile(r"[a-z0-9]*\d[a-z0-9]*", re.I)


def is_subject(
    item: Element, author: str | None, published: str | None, page: str, second: Element | None = None
) -> bool:
    """Whether the item is what the page is about, by its declared author and time or its title.
    `second`: the item after it (a title every item carries is no subject's)."""
    head = page[:_HEAD]
    return _declared(author, published, head, page) or _titled(item, head, second)


def _declared(author: str | None, published: str | None, head: str, page: str) -> bool:
    """The page declares the item's author and, to the minute, its time as its own."""
    if not author or not published or len(published) < _MINUTE:
        return False
    times = [m.group(1) for m in _META_TIME.finditer(head)] + [m.group(1) for m in _JSON_TIME.finditer(page[:400000])]
    if not any(t[:_MINUTE] == published[:_MINUTE] for t in times):
        return False
    names = [m.group(1) for m in _META_AUTHOR.finditer(head)] + [m.group(1) for m in _JSON_AUTHOR.finditer(head)]
    return any(html.unescape(n).strip().casefold() == author.casefold() for n in names)


def _titled(item: Element, head: str, second: Element | None = None) -> bool:
    """A heading of the item, or an element holding only text (a mail's subject cell) that the
    `second` item does not repeat, is the page's title (or its first part, before the site's name)."""
    m = _TITLE.search(head)
    if m is None:
        return False
    title = _norm(html.unescape(m.group(1)))
    parts = {title, *(_norm(p) for p in _TITLE_PARTS.split(title))}
    for sep in _TITLE_PARTS.finditer(title):  # a title with a separator of its own ("Loire : état … - Forum")
        parts.update((title[: sep.start()], title[sep.end() :]))
    parts = {p for p in parts if len(p.split()) >= _MIN_TITLE_WORDS}
    if not parts:
        return False
    if any(_norm(short_text(el)) in parts for el in item.iter(*_HEADING_TAGS)):
        return True
    return any(_norm(short_text(el)) in parts for el in _bare_cells(item)) and not (
        second is not None and any(_norm(short_text(el)) in parts for el in _bare_cells(second))
    )


def _bare_cells(item: Element) -> list[Element]:
    """The item's elements that hold only text, links left out (a link to the story is no subject)."""
    return [el for el in item.iter() if isinstance(el.tag, str) and not len(el) and el.tag not in _NO_CELL]


def _norm(text: str) -> str:
    return " ".join(text.split()).casefold()


def is_named_apart(items: list[Element], first_id: str | None, url: str) -> bool:
    """The page URL names the first item's id, and that id is written otherwise than the ids of all
    the others, which are written alike (`issue-412` above `issuecomment-2091335000`...): a comment's
    permalink page names a comment whose id is of its replies' kind."""
    if len(items) <= _MIN_ALIKE or not url_names(first_id, url):
        return False
    others = {_id_pattern(el) for el in items[1:]}
    first = _id_pattern(items[0])
    return len(others) == 1 and None not in others and first is not None and first not in others


def _id_pattern(el: Element) -> str | None:
    """The first id with digits in the item (itself included), its numbers masked."""
    for sub in el.iter():
        ident = sub.get("id") if isinstance(sub.tag, str) else None
        if ident and any(map(str.isdigit, ident)):
            return _NUMBER.sub("0", ident)
    return None
