"""One article's comments gathered over its comment pages: each page's comments appended once.

Pages overlap (a page repeats the last comment of the one before as context) and some servers
answer every `?cpage=N` with the same comments: a comment already gathered is the same comment, not
a new one. It is one by its external id and author, or, without an id, by author, time and text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from autocrawl.extraction.types import Comment
from autocrawl.items import CommentItem

__all__ = ["NewComment", "new_on_page"]


@dataclass(frozen=True)
class NewComment:
    comment: Comment
    parent: int | None  # index of the comment it answers in the article's whole list


def _key(external_id: str | None, author: str | None, published: str | None, text: str) -> str:
    if external_id:  # and its author: another reader's comment reusing the id is another comment
        return "\x1f".join(("id", external_id, " ".join((author or "").casefold().split())))
    return "\x1f".join(("text", author or "", published or "", " ".join(text.split())))


def new_on_page(earlier: Sequence[CommentItem], page: Sequence[Comment]) -> list[NewComment]:
    """The comments of `page` not gathered from an earlier page, each with its parent as an index
    into the whole list (earlier comments first, then these in order). A reply whose parent is
    on this page answers that comment, or its earlier copy when it was a repeat; one whose parent is
    on an earlier page names it by external id (the last earlier comment with that id)."""
    known = {_key(c.external_id, c.author, c.published_at, c.text): i for i, c in enumerate(earlier)}
    by_external_id = {c.external_id: i for i, c in enumerate(earlier) if c.external_id}
    where: list[int | None] = []  # each page comment's index in the whole list
    fresh: list[Comment] = []
    for comment in page:
        index = known.get(_key(comment.external_id, comment.author, comment.published, comment.text))
        if index is None:
            index = len(earlier) + len(fresh)
            fresh.append(comment)
        where.append(index)
    out: list[NewComment] = []
    fresh_ids = {id(c) for c in fresh}
    for comment in page:
        if id(comment) not in fresh_ids:
            continue
        if comment.parent is not None and 0 <= comment.parent < len(where):
            parent = where[comment.parent]
        elif comment.parent_external_id:
            parent = by_external_id.get(comment.parent_external_id)
        else:
            parent = None
        out.append(NewComment(comment, parent))
    return out
