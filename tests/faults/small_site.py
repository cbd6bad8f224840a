"""What the small sites of the fault tests share: the answers a site gives beside the paths a test
makes hostile (an allow-all robots.txt, its stories, 404 for the rest), and what a crawl of it stored."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tests.e2e.conftest import CrawlOutcome, Store, autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import FaultArticle, article_html

HTML = {"Content-Type": "text/html; charset=utf-8"}


def plain_answer(path: str, stories: list[FaultArticle]) -> Answer:
    """robots.txt allowing all, each story's page, 404 for any other path."""
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    for story in stories:
        if path == story.path:
            return 200, article_html(story), HTML
    return 404, b"not here", {"Content-Type": "text/plain"}


def stored_articles(database_url: str, base: str) -> dict[str, Any]:
    """The stored articles by path on the site at `base` (rows of url, canonical_url, title)."""
    store = Store(database_url)
    try:
        rows = store.rows("SELECT url, canonical_url, title FROM articles")
    finally:
        store.engine.dispose()
    return {row.url.removeprefix(base): row for row in rows}


@dataclass
class SmallCrawl:
    outcome: CrawlOutcome
    base: str  # the site's http://127.0.0.1:PORT
    database_url: str


def crawl_small_site(answer: Callable[[str], Answer], tmp_path: Path, *settings: str) -> SmallCrawl:
    """One crawl, from its front page, of the site `answer` serves on 127.0.0.1, into an SQLite file of
    the test's own, with Scrapy `settings` ("NAME=value") added. The crawl must end with exit 0."""
    database_url = sqlite_url(tmp_path)
    extra = [arg for setting in settings for arg in ("-s", setting)]
    with TinySite(answer) as site:
        args = crawl_args([site.base + "/"], database_url, "-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8", *extra)
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
    assert outcome.code == 0, outcome.stderr[-3000:]
    return SmallCrawl(outcome, site.base, database_url)


def sqlite_url(tmp_path: Path) -> str:
    """The URL of the test's own SQLite store, in `tmp_path`."""
    return f"sqlite:///{tmp_path / 'crawl.db'}"


class PhasedSite(TinySite):
    """A site whose answers change from one crawl to the next (`phase`, set by `crawl`), crawled from
    its front page into the test's own SQLite store; a subclass answers each path in `answer_path`."""

    crawl_options: tuple[str, ...] = ()  # command-line options of every crawl of the site

    def __init__(self) -> None:
        super().__init__(self.answer_path)
        self.phase = 1

    def crawl(self, phase: int, tmp_path: Path, *options: str) -> CrawlOutcome:
        """A crawl of the site in `phase`, which must end with exit 0."""
        self.phase = phase
        args = crawl_args([self.base + "/"], sqlite_url(tmp_path), *self.crawl_options, *options)
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        assert outcome.code == 0, outcome.stderr[-3000:]
        return outcome

    def answer_path(self, path: str) -> Answer:
        raise NotImplementedError
