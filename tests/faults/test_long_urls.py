"""URLs longer than a database index holds. PostgreSQL refuses a btree index entry over 2,704 bytes,
and a URL is an indexed key of the store (the canonical URL, each URL form). A site that names a
3,000-character URL as a story's canonical, or redirects a story there, must cost that one URL,
not the story and not the crawl: before, the refusal was taken for a database outage, retried
until `STORE_RETRY_SECONDS` ran out, and every story after it was lost."""

from __future__ import annotations

import random
import string
from pathlib import Path

import pytest

from autocrawl.db.engine import make_engine
from autocrawl.db.schema import upgrade
from tests.e2e.conftest import Store, autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article, article_html

# Random letters: PostgreSQL compresses an index entry, and a run of one letter would fit.
LONG_TAIL = "".join(random.Random(7).choices(string.ascii_lowercase + string.digits, k=3000))
STORIES = [_article(f"/news/story-{n}", f"long address story number {n}") for n in range(5)]
LONG_CANONICAL = STORIES[1].path  # names a same-site URL of 3,000 characters as its canonical
REDIRECTED = STORIES[2].path  # answers with a redirect to such a URL


def _site(path: str) -> Answer:
    html = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    if path == "/":
        links = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in STORIES)
        return 200, f"<html><body><h1>Long Address Ledger</h1><ul>{links}</ul></body></html>".encode(), html
    if path == REDIRECTED:
        return 302, b"", {"Location": f"/news/moved/{LONG_TAIL}"}
    for story in STORIES:
        if path == story.path:
            page = article_html(story)
            if path == LONG_CANONICAL:
                page = page.replace(b"</head>", f'<link rel="canonical" href="/news/c/{LONG_TAIL}"></head>'.encode())
            return 200, page, html
    return 404, b"not here", {"Content-Type": "text/plain"}


@pytest.fixture
def store_url(database_url: str) -> str:
    """The test's empty database with the schema applied, as `autocrawl db upgrade` would."""
    engine = make_engine(database_url)
    try:
        upgrade(engine)
    finally:
        engine.dispose()
    return database_url


@pytest.mark.xdist_group("long-urls")
def test_a_url_longer_than_an_index_holds_costs_that_url_not_the_crawl(tmp_path: Path, store_url: str) -> None:
    with TinySite(_site) as site:
        args = crawl_args(
            [site.base + "/"],
            store_url,
            "-s",
            "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8",
            "-s",
            "STORE_RETRY_SECONDS=20",
        )
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        requested = [path for _, path, _ in site.times()]
    assert outcome.code == 0, outcome.stderr[-3000:]
    store = Store(store_url)
    try:
        rows = store.rows("SELECT url, canonical_url FROM articles")
        forms = [r.url for r in store.rows("SELECT url FROM article_urls")]
    finally:
        store.engine.dispose()
    stored = {r.url.removeprefix(site.base): r.canonical_url for r in rows}
    kept = {s.path for s in STORIES} - {REDIRECTED}
    assert set(stored) == kept, f"stored: {sorted(stored)}"
    # the page's own URL is its key where the canonical it names cannot be one
    assert stored[LONG_CANONICAL] == site.base + LONG_CANONICAL
    assert all(len(form) < 2083 for form in forms)
    # the redirect to a URL longer than any request the crawl makes is not followed
    assert not any(path.startswith("/news/moved/") for path in requested)
    assert outcome.summary["skipped"]["url_too_long"] == 1
    assert outcome.summary["warnings"]["canonical_too_long"] == 1
    assert "store_unavailable" not in outcome.stderr
