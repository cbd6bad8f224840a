"""A young stored article is revisited at the URL it was fetched at, not at its canonical URL: a site
that serves a story only with a trailing slash (canonicalisation drops it) and answers 404 without it
keeps its story alive and its new comments stored, and a page that declares a canonical URL the site
does not serve is not asked at that URL either."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.conftest import Store
from tests.tiny_site import Answer

from .small_site import HTML, PhasedSite, sqlite_url
from .test_revisit_unlinked import story_html

SLASH = "/news/coastguard-station/"  # served only so: /news/coastguard-station answers 404
FETCHED = "/story/pier-7"  # declares the canonical URL /news/pier, which answers 404
DECLARED = "/news/pier"


class StrictSlashSite(PhasedSite):
    """The home page links both stories; each has two comments in run 1 and a third in run 2."""

    crawl_options = ("--revisit-days", "30")

    def answer_path(self, path: str) -> Answer:
        comments = 2 if self.phase == 1 else 3
        if path == "/robots.txt":
            return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
        if path == "/":
            links = "".join(f'<li><a href="{p}">story</a></li>' for p in (SLASH, FETCHED))
            return 200, f"<html><body><h1>Herald</h1><ul>{links}</ul></body></html>".encode(), HTML
        if path == SLASH:
            return 200, story_html(SLASH, "Coastguard station to stay open", comments), HTML
        if path == FETCHED:
            return 200, story_html(DECLARED, "Pier repairs begin", comments), HTML
        return 404, b"not here", {"Content-Type": "text/plain"}


def test_a_revisit_asks_the_fetched_url_not_the_canonical_one(tmp_path: Path) -> None:
    with StrictSlashSite() as site:
        first = site.crawl(1, tmp_path).summary
        assert first["articles_new"] == 2, first
        before = len(site.arrivals)
        second = site.crawl(2, tmp_path).summary
        requested = [path for _, path, _ in site.arrivals[before:]]
    store = Store(sqlite_url(tmp_path))
    try:
        comments = {
            row.title: row.n
            for row in store.rows(
                "SELECT a.title, count(c.id) AS n FROM articles a "
                "LEFT JOIN comments c ON c.article_id = a.id GROUP BY a.id"
            )
        }
        dead = store.rows("SELECT url FROM pages WHERE kind = 'dead'")
    finally:
        store.engine.dispose()
    assert SLASH.rstrip("/") not in requested and DECLARED not in requested, requested
    assert requested.count(SLASH) == 1 and requested.count(FETCHED) == 1, requested
    assert comments == {"Coastguard station to stay open": 3, "Pier repairs begin": 3}, (comments, second)
    assert dead == [], dead
