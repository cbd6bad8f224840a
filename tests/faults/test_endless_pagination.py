"""A listing whose "next page" never ends (`?page=N` forever, each page linking the next): followed
to AUTOCRAWL_MAX_DEPTH hops, then cut with one log line and a counted stat; its stories stored."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article
from .small_site import HTML, plain_answer, stored_articles

STORIES = [_article(f"/news/2026/11/story-{n}", f"endless listing story {n}") for n in range(5)]
MAX_DEPTH = 3


def _site(path: str) -> Answer:
    listing = re.fullmatch(r"/news(?:\?page=(\d+))?", path)
    if listing:
        number = int(listing.group(1) or 1)
        links = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in STORIES)
        nxt = f'<a rel="next" href="/news?page={number + 1}">Next page</a>'
        return 200, f"<html><body><h1>News, page {number}</h1><ul>{links}</ul>{nxt}</body></html>".encode(), HTML
    return plain_answer(path, STORIES)


@pytest.mark.xdist_group("endless-pagination")
def test_endless_pagination_is_cut_at_the_depth_bound_with_one_line_and_a_stat(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'pages.db'}"
    with TinySite(_site) as site:
        args = crawl_args(
            [site.base + "/news"],
            database_url,
            *("-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8", "-s", f"AUTOCRAWL_MAX_DEPTH={MAX_DEPTH}"),
        )
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        listing_pages = {path for _, path, _ in site.times() if path.startswith("/news?page=")}
    assert outcome.code == 0, outcome.stderr[-3000:]
    assert listing_pages == {f"/news?page={n}" for n in range(2, MAX_DEPTH + 2)}
    assert outcome.summary["skipped"]["pagination_depth"] == 1
    assert outcome.stderr.count("pagination deeper than AUTOCRAWL_MAX_DEPTH") == 1
    stored = set(stored_articles(database_url, site.base))
    assert {s.path for s in STORIES} <= stored
