"""Sites that ask for a pace: a robots.txt Crawl-delay, and 429 / 503 answers with Retry-After
(delay-seconds and an HTTP-date). Crawled end to end against two small sites on 127.0.0.1 whose
server notes when each request arrived; the gaps it saw are what a site operator would check."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import dataclass
from email.utils import formatdate
from pathlib import Path
from typing import Any

import pytest

from tests.e2e.conftest import Store, autocrawl, crawl_args
from tests.tiny_site import TinySite

from .server import ARTICLES, article_html

pytestmark = pytest.mark.xdist_group("site-pace")

CRAWL_DELAY = 0.6  # what the slow site's robots.txt asks for
RETRY_AFTER = 2  # seconds, what the busy site's first answers ask for
PATHS = sorted(ARTICLES)[:5]  # five articles of the fault site's, on each of the two sites
TOLERANCE = 0.05  # clock granularity of two threads on one machine
IN_FLIGHT = 0.5  # requests sent before a refusal was read reach the server within this


class PacedSite(TinySite):
    """A site of five articles and a sitemap. `crawl_delay`: its robots.txt asks for it.
    `busy`: the first request of two of its articles is answered 429 with Retry-After in
    seconds, and 503 with Retry-After as an HTTP-date; the next ones are served."""

    def __init__(self, crawl_delay: float | None = None, busy: bool = False) -> None:
        super().__init__(self.answer_path)
        self.crawl_delay = crawl_delay
        self.busy = busy

    def answer_path(self, path: str) -> tuple[int, bytes, dict[str, str]]:
        html = {"Content-Type": "text/html; charset=utf-8"}
        if path == "/robots.txt":
            delay = f"Crawl-delay: {self.crawl_delay}\n" if self.crawl_delay else ""
            robots = f"User-agent: *\n{delay}Allow: /\nSitemap: {self.base}/sitemap.xml\n"
            return 200, robots.encode(), {"Content-Type": "text/plain"}
        if path == "/sitemap.xml":
            urls = "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in PATHS)
            xml = f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{urls}</urlset>'
            return 200, xml.encode(), {"Content-Type": "application/xml"}
        if path == "/":
            links = "".join(f'<a href="{p}">{ARTICLES[p].title}</a>' for p in PATHS)
            return 200, f"<html><body><h1>Home</h1>{links}</body></html>".encode(), html
        if path in ARTICLES:
            if self.busy and self.first(path) and path in (PATHS[0], PATHS[1]):
                if path == PATHS[0]:
                    return 429, b"<html><body>Slow down</body></html>", {**html, "Retry-After": str(RETRY_AFTER)}
                when = formatdate(time.time() + RETRY_AFTER + 1, usegmt=True)  # whole seconds: at least RETRY_AFTER
                return 503, b"<html><body>Busy</body></html>", {**html, "Retry-After": when}
            return 200, article_html(ARTICLES[path]), html
        return 404, b"<html><body>Not found</body></html>", html

    def first(self, path: str) -> bool:
        return not self.times(path)


@dataclass
class Crawl:
    slow: PacedSite
    busy: PacedSite
    summary: dict[str, Any]
    log: str
    stored: set[str]


@pytest.fixture(scope="module")
def crawl(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Crawl]:
    workdir = tmp_path_factory.mktemp("pace")
    database_url = f"sqlite:///{workdir / 'pace.db'}"
    with PacedSite(crawl_delay=CRAWL_DELAY) as slow, PacedSite(busy=True) as busy:
        args = crawl_args(
            [slow.base + "/", busy.base + "/"],
            database_url,
            *("-s", "AUTOCRAWL_ALLOWED_NETWORKS=127.0.0.0/8", "-s", "RETRY_TIMES=2"),
        )
        outcome = autocrawl(*args, cwd=Path(workdir), timeout=120)
        assert outcome.code == 0, outcome.stderr[-4000:]
        store = Store(database_url)
        try:
            urls = {r.canonical_url for r in store.rows("SELECT canonical_url FROM articles")}
        finally:
            store.engine.dispose()
        yield Crawl(slow, busy, outcome.summary, outcome.stderr, urls)


def test_crawl_delay_spaces_every_request_to_the_site(crawl: Crawl) -> None:
    arrivals = [t for t, path, _ in crawl.slow.times() if path != "/robots.txt"]
    assert len(arrivals) >= len(PATHS) + 2  # sitemap, home page, the articles
    gaps = [b - a for a, b in zip(arrivals, arrivals[1:], strict=False)]
    assert min(gaps) >= CRAWL_DELAY - TOLERANCE, gaps
    assert {crawl.slow.base + p for p in PATHS} <= crawl.stored
    assert "sets a Crawl-delay: requests to it go 0.6 s apart" in crawl.log


@pytest.mark.parametrize("index", [0, 1], ids=["429-seconds", "503-http-date"])
def test_retry_after_is_waited_for_then_the_page_is_stored(crawl: Crawl, index: int) -> None:
    path = PATHS[index]
    asked = crawl.busy.times(path)
    assert [status for _, _, status in asked] == [429 if index == 0 else 503, 200]
    refused_at, retried_at = asked[0][0], asked[1][0]
    assert retried_at - refused_at >= RETRY_AFTER - TOLERANCE
    # nothing else started on the site meanwhile (requests in flight at the refusal arrive at once)
    meanwhile = [
        t for t, _, _ in crawl.busy.times() if refused_at + IN_FLIGHT < t < refused_at + RETRY_AFTER - TOLERANCE
    ]
    assert meanwhile == []
    assert crawl.busy.base + path in crawl.stored
    assert f"{crawl.busy.base}{path} answered {429 if index == 0 else 503} with Retry-After" in crawl.log


def test_each_wait_is_counted(crawl: Crawl) -> None:
    assert crawl.summary["paced"] == {"crawl_delay": 1, "retry_after": 2}
