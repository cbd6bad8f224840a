"""The comment a permalink page is about, when its markup differs from its replies' (Hacker News
shows it in the item table above the reply rows): the element whose id the page URL names, before
the thread, of the replies' tag or sharing a class with them, that reads as a comment."""

from __future__ import annotations

from autocrawl.extraction.comments.candidates import member_skip
from autocrawl.extraction.comments.checks import clean_author, is_placeholder, looks_like_article
from autocrawl.extraction.comments.dom import Element, contains, tokens
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
        ident = el.get("id") if isinstance(el.tag, str) else None
        if not ident or id_key(ident) not in wanted or contains(el, first):
            continue
        if el.tag != first.tag and not set(tokens(el)) & set(tokens(first)):
            continue  # not in the replies' markup
        found = extract_fields(el, member_skip(items), anchor)
        if found is None or len(found.text) > _MAX_TEXT or looks_like_article(el, found.text):
            return None
        found.author = clean_author(found.author)
        if not found.author or is_placeholder(found.text):
            return None
        return el, found
    return None
