"""A site whose cookies would grow every request's `Cookie` header past what servers accept: a flood
of large cookies on its front page, and a new cookie on each story (a "recently read" id). The jar
is bounded as a browser's is, so every story is still fetched and stored; the consent cookie the
site set first is still sent; the refusals are one WARNING and a counted stat."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article, article_html
from .small_site import stored_articles

STORIES = [_article(f"/news/story-{n}", f"cookie story number {n}") for n in range(8)]
FLOOD = 200  # cookies of FLOOD_BYTES each on the front page: 800 KB of Cookie header unbounded
FLOOD_BYTES = 4000
SERVER_FIELD_LIMIT = 8190  # Apache's default LimitRequestFieldSize; nginx's buffer is 8 KB


def _site(path: str) -> Answer:
    html = {"Content-Type": "text/html; charset=utf-8"}
    if path == "/robots.txt":
        return 200, b"User-agent: *\nAllow: /\n", {"Content-Type": "text/plain"}
    if path == "/":
        links = "".join(f'<li><a href="{s.path}">{s.title}</a></li>' for s in STORIES)
        body = f"<html><body><h1>Cookie Courier</h1><ul>{links}</ul></body></html>".encode()
        flood = [("Set-Cookie", f"ad{n}={'x' * FLOOD_BYTES}; Path=/") for n in range(FLOOD)]
        return 200, body, [*html.items(), ("Set-Cookie", "consent=yes; Path=/"), *flood]
    for number, story in enumerate(STORIES):
        if path == story.path:
            seen = ("Set-Cookie", f"read_{number}={'r' * 900}; Path=/")
            return 200, article_html(story), [*html.items(), seen]
    return 404, b"not here", {"Content-Type": "text/plain"}


@pytest.mark.xdist_group("cookie-jar")
def test_a_cookie_flood_loses_no_story(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'cookies.db'}"
    with TinySite(_site) as site:
        args = crawl_args([site.base + "/"], database_url, "-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8")
        outcome = autocrawl(*args, cwd=tmp_path, timeout=120)
        sent = list(site.cookies_sent)
        statuses = [status for _, _, status in site.times()]
    assert outcome.code == 0, outcome.stderr[-3000:]
    stored = set(stored_articles(database_url, site.base))
    assert {s.path for s in STORIES} <= stored, f"stories lost: {sorted({s.path for s in STORIES} - stored)}"
    assert 431 not in statuses
    story_cookies = [cookie for path, cookie in sent if path.startswith("/news/")]
    assert len(story_cookies) == len(STORIES)
    assert max(len(c) for c in story_cookies) <= SERVER_FIELD_LIMIT
    assert all("consent=yes" in c for c in story_cookies), "the first cookie the site set is kept"
    assert outcome.summary["warnings"]["cookies_refused"] >= FLOOD - 1
    assert outcome.stderr.count("cookies refused from 127.0.0.1") == 1
