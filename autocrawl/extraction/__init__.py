"""Pure extraction: page bytes and URL in, dataclasses out. Knows nothing of Scrapy.

The two doors in are `extract_article()` and `extract_comments()`; they take a page's bytes, or a
`common.page.Page` (decoded and parsed once, `load_page`) that the crawl shares between them and
the link extractor.

- `article/`: one module per field, each the only code that writes it: `title`, `authors` (with
  `bylines`), `published` (with the listed-date fallback), `body` (with `scripted` and
  `furniture`), `is_article`, `meta` (the rest: language, canonical URL, site name, tags, images),
  `language`; `extract` runs each under `guard`, `finish` gives every field its stored form.
- `comments/`: `candidates` (which elements are comments), `fields` (one comment's author, date,
  text), `parent` (threading, with `depth` and `permalink`, and across comment
  pages), `links` (next page, counts), `discussion` (pages whose main content is a thread),
  `jsonld`, `checks`, `dates` (relative and yearless dates); `extract` puts them together.
- `common/`: `page`, `decode`, `dom`, `structured` (JSON-LD, microdata, meta), `dates` and
  `months` (the one date parser and month table), `boilerplate`, `plaintext`, `guard`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autocrawl.extraction.types import Article, Comment, CommentPage, Image

if TYPE_CHECKING:
    from autocrawl.extraction.common.page import Page

__all__ = ["Article", "Comment", "CommentPage", "Image", "extract_article", "extract_comments"]


def extract_article(html: bytes | Page, url: str, content_type: str | None = None) -> Article:
    """Extract the article fields of one page (its bytes, or a `Page` shared with the comments and
    links: extract the article last, its body extractor changes the tree). Never raises on bad input."""
    from autocrawl.extraction.article.extract import extract_article as _extract

    return _extract(html, url, content_type)


def extract_comments(
    html: bytes | Page, url: str, content_type: str | None = None, max_comments: int | None = None
) -> CommentPage:
    """Extract the reader comments of one page (at most `max_comments`, what is cut is counted in
    `CommentPage.comments_cut`). Never raises on bad input."""
    from autocrawl.extraction.comments.extract import MAX_COMMENTS_PER_PAGE
    from autocrawl.extraction.comments.extract import extract_comments as _extract

    return _extract(html, url, content_type, max_comments or MAX_COMMENTS_PER_PAGE)
