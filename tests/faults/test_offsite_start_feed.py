"""A feed given as the start URL that lists pages on other sites (another port of the host, the
cloud metadata address): they are not followed, and that is counted and told as it is for a feed
found through robots.txt. Before, the response's kind ("start") hid that it is a listing: nothing
was counted or logged."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article
from .small_site import plain_answer, stored_articles

STORIES = [_article(f"/news/s{n}", f"feed story number {n}") for n in range(2)]
ELSEWHERE = ["http://127.0.0.1:9/news/elsewhere", "http://169.254.169.254/latest/meta-data/"]


def _answer(path: str) -> Answer:
    if path == "/feed.xml":
        links = [s.path for s in STORIES] + ELSEWHERE  # the site's own stories by path
        items = "".join(f"<item><title>t</title><link>{link}</link></item>" for link in links)
        rss = f'<rss version="2.0"><channel><title>Feed</title>{items}</channel></rss>'
        return 200, rss.encode(), {"Content-Type": "application/rss+xml"}
    return plain_answer(path, STORIES)


@pytest.mark.xdist_group("offsite-start-feed")
def test_offsite_entries_of_a_start_feed_are_counted(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'crawl.db'}"
    with TinySite(_answer) as site:
        args = crawl_args([site.base + "/feed.xml"], database_url, "-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8")
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        assert outcome.code == 0, outcome.stderr[-3000:]
        assert set(stored_articles(database_url, site.base)) == {s.path for s in STORIES}
    assert outcome.summary["skipped"].get("offsite_listed") == 2, outcome.summary
    assert "2 listed URL(s) on other sites" in outcome.stderr
