"""What the small sites of the fault tests share: the answers a site gives beside the paths a test
makes hostile (an allow-all robots.txt, its stories, 404 for the rest), and what a crawl of it stored."""

from __future__ import annotations

from typing import Any

from tests.e2e.conftest import Store
from tests.tiny_site import Answer

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
