"""Links and counts around the comments: next page of comments, separate comment pages, the count shown."""

from __future__ import annotations

from autocrawl.extraction.comments_dom import Element


def comment_links(root: Element, url: str, items: list[Element]) -> tuple[str | None, int | None, list[str]]:
    return None, None, []
