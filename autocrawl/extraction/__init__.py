"""Pure extraction: page bytes and URL in, dataclasses out. Knows nothing of Scrapy.

The two doors in are `extract_article()` and `extract_comments()`; they take a page's bytes, or a
`page.Page` (decoded and parsed once, `page.load_page`) that the crawl shares between them and the
link extractor.

Articles: `decode` (bytes to text as a browser would) and `dom` (parsing), done once by `page`;
`structured` (JSON-LD, microdata, <meta>), `titles`, `bylines` (with `authors` for cleaning
names), `pubdates` (with `dates` for parsing), `metadata` (the rest, and putting them together), `body` (the text,
with `boilerplate` for furniture and `scripted` for script-rendered pages), `article` (all of it,
each field under `guard`, and whether the page is an article), `finish` (every field as stored:
`plaintext` for text and URLs, `furniture` for what the body walk let through). Comments:
`comments` and its `comments_*` helpers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autocrawl.extraction.types import Article, Comment, CommentPage, Image

if TYPE_CHECKING:
    from autocrawl.extraction.page import Page

__all__ = ["Article", "Comment", "CommentPage", "Image", "extract_article", "extract_comments"]


def extract_article(html: bytes | Page, url: str, content_type: str | None = None) -> Article:
    """Extract the article fields of one page (its bytes, or a `Page` shared with the comments and
    links: extract the article last, its body extractor changes the tree). Never raises on bad input."""
    from autocrawl.extraction.article import extract_article as _extract

    return _extract(html, url, content_type)


def extract_comments(
    html: bytes | Page, url: str, content_type: str | None = None, max_comments: int | None = None
) -> CommentPage:
    """Extract the reader comments of one page (at most `max_comments`, what is cut is counted in
    `CommentPage.comments_cut`). Never raises on bad input."""
    from autocrawl.extraction.comments import MAX_COMMENTS_PER_PAGE
    from autocrawl.extraction.comments import extract_comments as _extract

    return _extract(html, url, content_type, max_comments or MAX_COMMENTS_PER_PAGE)
