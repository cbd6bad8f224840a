"""The comment a permalink page is about, when its markup differs from its replies' (Hacker News
shows it in the item table above the reply rows): the element whose id the page URL names, before
the thread, of the replies' tag or sharing a class with them, that reads as a comment. Where ids
name nothing (generated ones), the element of the replies' tag and a class of theirs around a link
to the page itself (its own permalink, the page's URL id in the link) is the one."""

from __future__ import annotations

from collections.abc import Callable

from autocrawl.extraction.comments.candidates import member_skip
from autocrawl.extraction.comments.checks import clean_author, is_placeholder, looks_like_article
from autocrawl.extraction.comments.dom import Element, contains, lined_text, tokens, walk
from autocrawl.extraction.comments.fields import Anchor, Fields, extract_fields
from autocrawl.extraction.comments.parent import id_key, url_ids

_MAX_TEXT = 5000


def focus_comment(
    root: Element, items: list[Element], fields: list[Fields], url: str, anchor: Anchor
) -> tuple[Element, Fields] | None:
    wanted = {id_key(v) for v in url_ids(url)} - {id_key(f.external_id or "") for f in fields}
    wanted = {w for w in wanted if len(w) >= 3}
    if not wanted or not items:
        return None
    first = items[0]
    for el in root.iter():
        if el is first:
            return None  # only an element before the thread
        box = _linked_box(el, first, wanted) if el.tag == "a" else None
        if box is not None:
            found = _as_comment(box, anchor, member_skip(items), (first, fields[0].text))
            if found is not None:
                return box, found
            continue  # a link to the page itself elsewhere (a share or a title link)
        ident = el.get("id") if isinstance(el.tag, str) else None
        if not ident or id_key(ident) not in wanted or contains(el, first):
            continue
        if el.tag != first.tag and not set(tokens(el)) & set(tokens(first)):
            continue  # not in the replies' markup
        found = _as_comment(el, anchor, member_skip(items))
        return (el, found) if found is not None else None
    return None


def _as_comment(
    el: Element, anchor: Anchor, skip: Callable[[Element], bool], like: tuple[Element, str] | None = None
) -> Fields | None:
    """The element's fields when it reads as a comment. `like`: the first reply and its text, when
    no text class marks the words (ids generated): they stand where the reply's stand."""
    found = extract_fields(el, skip, anchor)
    if found is None or len(found.text) > _MAX_TEXT or looks_like_article(el, found.text):
        return None
    if like is not None:
        found.text = _text_where_replies_have_it(el, like[0], like[1], skip) or found.text
    found.author = clean_author(found.author)
    if not found.author or is_placeholder(found.text, found.published is not None or found.aged):
        return None
    return found


def _linked_box(link: Element, first: Element, wanted: set[str]) -> Element | None:
    """The nearest box around a link to the page itself that has the first reply's tag and a class
    of its (the comment the permalink page is about, its ids generated), or None."""
    href = link.get("href") or ""
    if not any(w in href for w in wanted) or not {id_key(v) for v in url_ids(href)} & wanted:
        return None
    classes = set(tokens(first))
    for up in link.iterancestors(first.tag):
        return up if classes & set(tokens(up)) and not contains(up, first) else None
    return None


def _text_where_replies_have_it(
    box: Element, first: Element, first_text: str, skip: Callable[[Element], bool]
) -> str | None:
    """The words of the box's one element of the tag and classes that hold the first reply's
    words (its whole text), or None when there is no such element, or several."""
    holder = next((el for el in walk(first, skip) if el.get("class") and lined_text(el, skip) == first_text), None)
    if holder is None:
        return None
    same = [el for el in box.iter(holder.tag) if el.get("class") == holder.get("class")]
    return lined_text(same[0], skip) or None if len(same) == 1 else None
