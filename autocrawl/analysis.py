"""Everything CPU-heavy about one HTML page, in one call: article, comments and links.

The spider hands pages to `PageAnalyzer`, which runs `analyze_page` in worker processes
(`autocrawl.pipepool`), so that extraction uses the machine's other cores while the crawl process
keeps downloading and storing.
With no worker processes it runs in the crawl process. Pure: no Scrapy here.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

from autocrawl.discovery import Link, LinkList, html_links
from autocrawl.extraction import Article, CommentPage, extract_article, extract_comments
from autocrawl.extraction.article.language import LanguageVerdict, checked_language
from autocrawl.extraction.common.headline import page_headlines
from autocrawl.extraction.common.page import load_page
from autocrawl.pipepool import CallTimedOut, ChildGone, PipePool

logger = logging.getLogger(__name__)


@dataclass
class PageAnalysis:
    article: Article | None  # None for a comment page
    comments: CommentPage
    links: list[Link] = field(default_factory=list)
    links_error: str | None = None
    language: LanguageVerdict | None = None  # an article's declared language checked by detection
    headlines: list[str] = field(default_factory=list)  # a comment page's: the story whose comments it holds


def analyze_page(
    body: bytes, url: str, content_type: str | None, comment_page: bool = False, max_comments: int | None = None
) -> PageAnalysis:
    """An article page: the article, its comments (when it is an article) and its links.
    A comment page (`comment_page=True`): its comments only. At most `max_comments` comments a
    page; what is cut is counted in `CommentPage.comments_cut`.

    The page is decoded and parsed once (`load_page`); links and comments read the tree before
    the article's body extractor takes it (it removes furniture from it)."""
    page = load_page(body, url, content_type)
    if comment_page:
        comments = extract_comments(page, url, content_type, max_comments)
        return PageAnalysis(None, comments, headlines=page_headlines(page))
    try:
        links = html_links(page, url)
        error = None
    except Exception as exc:  # a page whose links cannot be read still gives its article
        links, error = LinkList(), f"{type(exc).__name__}: {exc}"
    # Read now, kept only for an article: the tree is whole only until the article is extracted.
    comments = extract_comments(page, url, content_type, max_comments)
    article = extract_article(page, url, content_type)
    if not article.is_article:
        return PageAnalysis(article, CommentPage(), links, error)
    # Detection runs here, in the extraction worker, not in the crawl process.
    language = checked_language(article.language, article.body)
    return PageAnalysis(article, comments, links, error, language)


def warm_up() -> None:
    """Load what the first article would otherwise load (the language model, about a second), in
    an extraction process as it starts (`autocrawl.pipepool`)."""
    checked_language("en", "warm " * 60)


def default_processes() -> int:
    """One worker per core but one (the crawl process keeps a core), at most four."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


class PageAnalyzer:
    """Runs `analyze_page` in `processes` worker processes (`autocrawl.pipepool`), or in this
    process with none. A worker that dies hands its pages back to this process, which from the
    last worker's death on extracts itself. A page whose extraction takes a worker longer than
    `page_timeout` seconds is given up (a hostile page built to cost minutes of CPU): the worker
    is replaced and the page comes back as no article with the warning "extraction-timeout"."""

    def __init__(self, processes: int, max_comments: int | None = None, page_timeout: float | None = None) -> None:
        self.max_comments = max_comments
        self.page_timeout = page_timeout
        self.pool: PipePool | None = (
            PipePool(processes, preload=__name__, call_timeout=page_timeout) if processes > 0 else None
        )

    async def analyze(
        self, body: bytes, url: str, content_type: str | None, comment_page: bool = False
    ) -> PageAnalysis:
        if self.pool is not None:
            try:
                return await self.pool.call(analyze_page, body, url, content_type, comment_page, self.max_comments)
            except CallTimedOut:
                logger.warning(
                    "extraction stopped after %g s (AUTOCRAWL_EXTRACT_TIMEOUT), the page is not stored: %s",
                    self.page_timeout,
                    url,
                )
                return PageAnalysis(Article(url, warnings=["extraction-timeout"]), CommentPage())
            except ChildGone as gone:
                if self.pool is None:  # closed meanwhile: the crawl is ending
                    logger.debug("%s", gone)
                elif not self.pool.alive:
                    logger.error("%s; extracting in the crawl process from now on", gone)
                    self.pool.close()
                    self.pool = None
                else:
                    logger.error("%s; extracting this page in the crawl process", gone)
        return analyze_page(body, url, content_type, comment_page, self.max_comments)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool = None
