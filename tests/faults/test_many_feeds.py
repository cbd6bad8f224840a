"""A front page that announces hundreds of feeds (a `<link rel="alternate">` per tag, or a page built
to amplify a crawl): every one was requested, as many requests as it names, each for the same recent
stories. Feeds are read up to AUTOCRAWL_MAX_FEEDS_PER_SITE per site; the rest are counted, with one
line for the site."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article
from .small_site import HTML, plain_answer, stored_articles

ANNOUNCED = 60
BOUND = 10
STORIES = [_article(f"/news/fed-{n}", f"a story in feed number {n}") for n in range(3)]


def _rss(paths: list[str]) -> bytes:
    items = "".join(f"<item><link>{p}</link><title>{p}</title></item>" for p in paths)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>{items}</channel></rss>'.encode()


class Site:
    def __init__(self) -> None:
        self.unchanged = False  # the second run's front page: 304 Not Modified

    def __call__(self, path: str) -> Answer:
        if path == "/" and self.unchanged:
            return 304, b"", {"ETag": '"front-1"'}
        return _answer(path)


def _answer(path: str) -> Answer:
    if path == "/":
        feeds = "".join(
            f'<link rel="alternate" type="application/rss+xml" href="/feed/{n}.xml">' for n in range(ANNOUNCED)
        )
        page = f"<html><head>{feeds}</head><body><h1>Feed Flood</h1></body></html>".encode()
        return 200, page, {**HTML, "ETag": '"front-1"'}
    if path.startswith("/feed/"):
        return 200, _rss([s.path for s in STORIES]), {"Content-Type": "application/rss+xml"}
    return plain_answer(path, STORIES)


@pytest.mark.xdist_group("many-feeds")
def test_feeds_beyond_the_bound_are_counted_not_read(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'feeds.db'}"
    answer = Site()
    with TinySite(answer) as site:
        args = crawl_args(
            [site.base + "/"],
            database_url,
            "-s",
            "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8",
            "-s",
            f"AUTOCRAWL_MAX_FEEDS_PER_SITE={BOUND}",
        )
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        feeds_read = [path for _, path, _ in site.times() if path.startswith("/feed/")]
        # the next run: the front page is unchanged (304), and the feeds it led to are asked again
        answer.unchanged = True
        again = autocrawl(*args, cwd=tmp_path, timeout=120)
        feeds_again = [path for _, path, _ in site.times() if path.startswith("/feed/")][len(feeds_read) :]
    assert outcome.code == 0, outcome.stderr[-3000:]
    stored = set(stored_articles(database_url, site.base))
    assert stored == {s.path for s in STORIES}
    assert len(feeds_read) == BOUND
    assert outcome.summary["skipped"]["feeds_over_limit"] == ANNOUNCED - BOUND
    assert outcome.stderr.count("AUTOCRAWL_MAX_FEEDS_PER_SITE") == 1
    assert again.code == 0, again.stderr[-3000:]
    assert again.summary["skipped"].get("feeds_over_limit", 0) <= ANNOUNCED - BOUND
    assert len(feeds_again) <= BOUND
