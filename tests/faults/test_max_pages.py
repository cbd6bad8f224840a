"""`--max-pages N` stops after N responses: a site of many linked articles is not fetched past it
by the requests already scheduled when the limit is reached."""

from __future__ import annotations

from pathlib import Path

from tests.tiny_site import Answer

from .server import ARTICLES, article_html
from .small_site import HTML, crawl_small_site

MAX_PAGES = 10
LINKS = 200
STORY = next(iter(ARTICLES.values()))


def many_links(path: str) -> Answer:
    """A home page of LINKS links; each link an article (the same text: duplicates are fine here)."""
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    if path == "/":
        links = "".join(f'<li><a href="/news/{i}">Story {i}</a></li>' for i in range(LINKS))
        return 200, f"<html><body><h1>Herald</h1><ul>{links}</ul></body></html>".encode(), HTML
    if path.startswith("/news/"):
        return 200, article_html(STORY).replace(b"</h1>", f" {path}</h1>".encode(), 1), HTML
    return 404, b"not here", {"Content-Type": "text/plain"}


def test_max_pages_is_not_overshot_by_scheduled_requests(tmp_path: Path) -> None:
    crawl = crawl_small_site(many_links, tmp_path, f"CLOSESPIDER_PAGECOUNT={MAX_PAGES}")
    summary = crawl.outcome.summary
    assert summary["requests"] <= MAX_PAGES, summary
    # and the spider's robots.txt request, answered from the copy fetched for the site's pages
    assert summary["pages_fetched"] <= MAX_PAGES + 1, summary
    assert summary["skipped"].get("max_pages", 0) >= 1, summary
