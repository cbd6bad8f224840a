"""Young stored articles are revisited at the start of a run whether or not a page links them: a
story gone from the home page still gets its new comments, and a story whose URL changed (the old
one answering 301) stays one article with its comments stored once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from html import escape
from pathlib import Path

from tests.e2e.conftest import Store
from tests.tiny_site import Answer

from .small_site import HTML, PhasedSite, sqlite_url

PUBLISHED = (datetime.now(UTC) - timedelta(days=1)).replace(microsecond=0).isoformat()
TITLES = {"/news/harbour": "Harbour dredging", "/news/bridge": "River bridge", "/news/old-slug": "Nurses pay deal"}
MOVED = "/news/nurses-pay-deal-agreed"  # run 2: /news/old-slug answers 301 to it


def story_html(path: str, title: str, comments: int) -> bytes:
    body = "".join(
        f"<p>{escape(title)}: paragraph {n} on what the council decided about the {path[6:]} this week, "
        "and what the residents of the harbour said at the meeting in the town hall.</p>"
        for n in range(1, 7)
    )
    thread = "".join(
        f'<li class="comment" id="comment-{n}"><div class="comment-author">Reader {n}</div>'
        f'<time datetime="2024-03-05T1{n}:00:00Z">5 March</time><div class="comment-content"><p>Comment {n} '
        f"on {escape(title)}: the council should listen to the residents more often.</p></div></li>"
        for n in range(1, comments + 1)
    )
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{escape(title)}</title>'
        f'<link rel="canonical" href="{path}"><meta property="og:type" content="article">'
        f'<meta property="article:published_time" content="{PUBLISHED}"></head><body><main><article>'
        f'<h1>{escape(title)}</h1><p class="byline">By Jane Smith</p><div class="article-body">{body}</div>'
        f'</article><section id="comments"><h2>Comments</h2><ol class="comment-list">{thread}</ol></section>'
        "</main></body></html>"
    ).encode()


class MovingSite(PhasedSite):
    """Run 1: three stories linked from the home page, two comments each. Run 2: the home page links
    only the bridge story and the moved one's new URL; the harbour story and the moved one have a
    third comment, and the old URL answers 301."""

    crawl_options = ("--revisit-days", "30")

    def answer_path(self, path: str) -> Answer:
        if path == "/robots.txt":
            return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
        if path == "/":
            linked = list(TITLES) if self.phase == 1 else ["/news/bridge", MOVED]
            links = "".join(f'<li><a href="{p}">story</a></li>' for p in linked)
            return 200, f"<html><body><h1>Herald</h1><ul>{links}</ul></body></html>".encode(), HTML
        if self.phase == 2 and path == "/news/old-slug":
            return 301, b"", {"Location": self.base + MOVED}
        if self.phase == 2 and path == MOVED:
            return 200, story_html(MOVED, TITLES["/news/old-slug"], 3), HTML
        if path in TITLES:
            return 200, story_html(path, TITLES[path], 2 if self.phase == 1 or path == "/news/bridge" else 3), HTML
        return 404, b"not here", {"Content-Type": "text/plain"}


def test_young_articles_are_revisited_when_no_page_links_them(tmp_path: Path) -> None:
    with MovingSite() as site:
        first = site.crawl(1, tmp_path).summary
        assert first["articles_new"] == 3, first
        site.crawl(2, tmp_path)
        requested = [path for _, path, _ in site.arrivals]
    store = Store(sqlite_url(tmp_path))
    try:
        comments = {
            row.path: row.n
            for row in store.rows(
                "SELECT substr(a.canonical_url, instr(a.canonical_url, '/news/')) AS path, count(c.id) AS n "
                "FROM articles a LEFT JOIN comments c ON c.article_id = a.id GROUP BY a.id"
            )
        }
        originals = store.scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NULL")
        duplicates = store.scalar("SELECT count(*) FROM articles WHERE duplicate_of IS NOT NULL")
    finally:
        store.engine.dispose()
    assert requested.count("/news/harbour") == 2, requested
    assert comments["/news/harbour"] == 3, comments
    assert (originals, duplicates) == (3, 0), comments
    assert sum(comments.values()) == 2 + 3 + 3, comments
