"""A comment thread spread over several pages: where each comment's parent is in the whole list.

On one page a reply names its parent by index into that page's comments (`Comment.parent`). Over
pages, the pages are appended in order, so a page's indexes move by the comments gathered before
it; a reply whose parent is on an earlier page names it by external id (`parent_external_id`),
and is tied to the earlier comment with that id (the last one, should two share it).
"""

from __future__ import annotations

from collections.abc import Sequence

from autocrawl.extraction.types import Comment

__all__ = ["parents_across_pages"]


def parents_across_pages(earlier_ids: Sequence[str | None], page: Sequence[Comment]) -> list[int | None]:
    """The parent of each comment of `page` as an index into the whole thread, in which the
    comments before it have the external ids `earlier_ids` (None where they have none)."""
    offset = len(earlier_ids)
    by_external_id: dict[str, int] = {}
    for index, external_id in enumerate(earlier_ids):
        if external_id:
            by_external_id[external_id] = index
    parents: list[int | None] = []
    for comment in page:
        if comment.parent is not None:
            parents.append(comment.parent + offset)
        elif comment.parent_external_id:
            parents.append(by_external_id.get(comment.parent_external_id))
        else:
            parents.append(None)
    return parents
