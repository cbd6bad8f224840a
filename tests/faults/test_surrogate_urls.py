"""A JSON feed whose item URL holds a lone surrogate ("\\ud800": JSON can write one; no URL encoding
holds it). The URL checks let it pass, building its request raised UnicodeEncodeError in the spider,
and every item after it in the feed was lost (the crawl exited 1). It is now an unusable URL like any
other: skipped and counted, the rest of the feed read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.tiny_site import Answer

from .server import _article
from .small_site import HTML, crawl_small_site, plain_answer, stored_articles

STORIES = [_article(f"/news/f{n}", f"feed story number {n}") for n in range(3)]


def _site(path: str) -> Answer:
    if path == "/":
        head = '<link rel="alternate" type="application/feed+json" href="/feed.json">'
        return 200, f"<html><head>{head}</head><body><h1>Feed Folio</h1></body></html>".encode(), HTML
    if path == "/feed.json":
        items = [{"url": STORIES[0].path}, {"url": "/news/bad\ud800x"}, *({"url": s.path} for s in STORIES[1:])]
        feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Feed Folio", "items": items}
        return 200, json.dumps(feed).encode(), {"Content-Type": "application/feed+json"}
    return plain_answer(path, STORIES)


@pytest.mark.xdist_group("surrogate-urls")
def test_a_feed_url_with_a_lone_surrogate_costs_that_item_only(tmp_path: Path) -> None:
    crawl = crawl_small_site(_site, tmp_path)
    outcome, database_url, base = crawl.outcome, crawl.database_url, crawl.base
    assert "Spider error" not in outcome.stderr
    stored = set(stored_articles(database_url, base))
    assert stored == {s.path for s in STORIES}
    assert outcome.summary["errors"]["bad_url"] == 1
