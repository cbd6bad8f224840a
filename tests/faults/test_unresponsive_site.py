"""A site whose front page answers and whose stories never do (an origin gone behind a cache that
still serves the listing, an overloaded server, a tarpit): every story cost DOWNLOAD_TIMEOUT for each
attempt, so a listing of hundreds held the crawl for hours. After AUTOCRAWL_MAX_SITE_FAILURES
attempts in a row without an answer the site is given up for the run, with one line; the other
site of the crawl is stored whole, and the next run fetches what was left."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.e2e.conftest import autocrawl, crawl_args
from tests.tiny_site import Answer, TinySite

from .server import _article
from .small_site import HTML, plain_answer, stored_articles

LISTED = 20
MAX_FAILURES = 3
PER_SITE = 2  # requests in flight to one site
RETRY_TIMES = 1
HEALTHY = [_article(f"/news/healthy-{n}", f"a story of a site that answers, number {n}") for n in range(3)]
LATE = [_article(f"/news/stalled-{n}", f"a story of a site that answers late, number {n}") for n in range(LISTED)]


def _front_page(paths: list[str]) -> bytes:
    links = "".join(f'<li><a href="{p}">{p}</a></li>' for p in paths)
    return f"<html><body><h1>Front page</h1><ul>{links}</ul></body></html>".encode()


class StallingStories:
    """robots.txt and the front page answer; any other request is held until the test ends, or
    answered once the site is `back`."""

    def __init__(self) -> None:
        self.released = threading.Event()
        self.back = False
        self.story_requests: list[str] = []
        self._lock = threading.Lock()

    def __call__(self, path: str) -> Answer:
        if path == "/":
            return 200, _front_page([s.path for s in LATE]), HTML
        if path == "/robots.txt" or self.back:
            return plain_answer(path, LATE)
        with self._lock:
            self.story_requests.append(path)
        self.released.wait(60)  # never answered while the crawl runs
        return 404, b"", {}


def _paths_on(database_url: str, base: str) -> set[str]:
    """The paths of the articles stored from the site at `base`."""
    return {path for path in stored_articles(database_url, base) if path.startswith("/")}


def _healthy(path: str) -> Answer:
    if path == "/":
        return 200, _front_page([s.path for s in HEALTHY]), HTML
    return plain_answer(path, HEALTHY)


@pytest.mark.xdist_group("unresponsive-site")
def test_a_site_that_stops_answering_is_given_up_and_the_next_run_fetches_the_rest(tmp_path: Path) -> None:
    database_url = f"sqlite:///{tmp_path / 'unresponsive.db'}"
    stalling = StallingStories()
    with TinySite(stalling) as dead, TinySite(_healthy) as alive:
        args = crawl_args(
            [dead.base + "/", alive.base + "/"],
            database_url,
            "-s",
            "DOWNLOAD_TIMEOUT=3",
            "-s",
            f"RETRY_TIMES={RETRY_TIMES}",
            "-s",
            f"CONCURRENT_REQUESTS_PER_DOMAIN={PER_SITE}",
            "-s",
            # a delay, however short, makes Scrapy's downloader hold the per-site bound
            # (without one, a slot starts all its queued requests in one go)
            "DOWNLOAD_DELAY=0.05",
            "-s",
            f"AUTOCRAWL_MAX_SITE_FAILURES={MAX_FAILURES}",
        )
        try:
            outcome = autocrawl(*args, cwd=tmp_path, timeout=240)
        finally:
            stalling.released.set()
        attempts = len(stalling.story_requests)
        stored_first = _paths_on(database_url, dead.base)
        stalling.back = True
        again = autocrawl(*args, cwd=tmp_path, timeout=240)
    assert outcome.code == 0, outcome.stderr[-3000:]
    assert _paths_on(database_url, alive.base) == {s.path for s in HEALTHY}
    # the attempts that reached the bound and those in flight then; before, every listed story was
    # tried, each with its retry: LISTED * (RETRY_TIMES + 1) requests
    assert attempts <= MAX_FAILURES + PER_SITE
    assert not stored_first
    # every listed story is accounted for: failed with its timeout, or not sent
    assert outcome.summary["skipped"]["site_unresponsive"] + outcome.summary["errors"].get("timeout", 0) >= LISTED
    assert outcome.summary["warnings"]["site_unresponsive"] == 1
    site = dead.base.removeprefix("http://")
    assert outcome.stderr.count(f"giving up on {site} for this run") == 1
    assert f"not fetched (its site stopped answering this run; the next run tries again): {dead.base}/news/" in (
        outcome.stderr
    )
    # the site answers again: the next run reads its listing whole and stores what was left
    assert again.code == 0, again.stderr[-3000:]
    assert _paths_on(database_url, dead.base) == {s.path for s in LATE}
    assert "site_unresponsive" not in again.summary["skipped"]
