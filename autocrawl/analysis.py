"""Everything CPU-heavy about one HTML page, in one call: article, comments and links.

The spider hands pages to `PageAnalyzer`, which runs `analyze_page` in worker processes, so that
extraction uses the machine's other cores while the crawl process keeps downloading and storing.
With no worker processes it runs in the crawl process. Pure: no Scrapy here.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from multiprocessing import get_context

from autocrawl.discovery import Link, LinkList, html_links
from autocrawl.extraction import Article, CommentPage, extract_article, extract_comments
from autocrawl.extraction.article.language import LanguageVerdict, checked_language
from autocrawl.extraction.common.page import load_page

logger = logging.getLogger(__name__)


@dataclass
class PageAnalysis:
    article: Article | None  # None for a comment page
    comments: CommentPage
    links: list[Link] = field(default_factory=list)
    links_error: str | None = None
    language: LanguageVerdict | None = None  # an article's declared language checked by detection


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
        return PageAnalysis(None, extract_comments(page, url, content_type, max_comments))
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


PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int) -> None:
    """Worker initializer: end this worker when the crawl process dies, even by SIGKILL.

    On Linux the kernel sends SIGKILL to the worker when its parent goes (prctl
    PR_SET_PDEATHSIG); if the parent is already gone when the worker starts, it exits at once.
    Once the workers are gone, multiprocessing's resource tracker reads EOF and exits too.
    Elsewhere this is a no-op and the pool's own shutdown is all there is."""
    if sys.platform.startswith("linux"):
        try:
            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
        except (OSError, AttributeError):  # no prctl: rely on the pool's shutdown
            logger.debug("prctl(PR_SET_PDEATHSIG) unavailable")
    if os.getppid() != parent_pid:
        os._exit(0)


def default_processes() -> int:
    """One worker per core but one (the crawl process keeps a core), at most four."""
    return max(0, min(4, (os.cpu_count() or 1) - 1))


class PageAnalyzer:
    def __init__(self, processes: int, max_comments: int | None = None) -> None:
        self.processes = processes
        self.max_comments = max_comments
        self.executor: ProcessPoolExecutor | None = None
        if processes > 0:
            # spawn: a forked copy of a running Twisted reactor is no place to run code
            self.executor = ProcessPoolExecutor(
                processes, mp_context=get_context("spawn"), initializer=die_with_parent, initargs=(os.getpid(),)
            )

    async def analyze(
        self, body: bytes, url: str, content_type: str | None, comment_page: bool = False
    ) -> PageAnalysis:
        if self.executor is None:
            return analyze_page(body, url, content_type, comment_page, self.max_comments)
        try:
            future = self.executor.submit(analyze_page, body, url, content_type, comment_page, self.max_comments)
            return await asyncio.wrap_future(future)
        except BrokenProcessPool:
            logger.error("extraction worker process died; extracting in the crawl process from now on")
            self.executor = None
            return analyze_page(body, url, content_type, comment_page, self.max_comments)

    def close(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=False, cancel_futures=True)
            self.executor = None
