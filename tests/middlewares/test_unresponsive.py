"""Which failures give a site up for the run, and what happens to its requests then."""

from __future__ import annotations

from collections import deque
from types import SimpleNamespace
from typing import Any

import pytest
from scrapy import Request
from scrapy.core.downloader.handlers.http11 import TunnelError
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response
from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler
from twisted.internet.defer import Deferred
from twisted.internet.error import ConnectionRefusedError, DNSLookupError, TimeoutError
from twisted.python.failure import Failure

from autocrawl.middlewares.counted import CountedIgnore
from autocrawl.middlewares.unresponsive import UnresponsiveSites

SITE = "http://slow.example.com"


def _middleware(max_failures: int = 3, queues: dict[str, Any] | None = None) -> UnresponsiveSites:
    crawler = get_crawler()
    stats = MemoryStatsCollector(crawler)
    crawler.engine = SimpleNamespace(downloader=SimpleNamespace(slots=queues or {}))  # type: ignore[assignment]
    return UnresponsiveSites(max_failures, stats, crawler)


def _fail(middleware: UnresponsiveSites, url: str, exc: Exception) -> None:
    middleware.process_exception(Request(url), exc)  # returns nothing: the retry middleware still decides


def _sent(middleware: UnresponsiveSites, url: str) -> bool:
    try:
        middleware.process_request(Request(url))
    except CountedIgnore:
        return False
    return True


def test_attempts_in_a_row_without_an_answer_give_the_site_up_and_only_that_site() -> None:
    middleware = _middleware(max_failures=3)
    _fail(middleware, f"{SITE}/a", TimeoutError())
    _fail(middleware, f"{SITE}/b", ConnectionRefusedError())
    assert _sent(middleware, f"{SITE}/c")
    _fail(middleware, f"{SITE}/c", DNSLookupError())
    assert not _sent(middleware, f"{SITE}/d")
    assert not _sent(middleware, "http://www.slow.example.com/e")  # "www." is the same site
    assert _sent(middleware, "http://other.example.com/")
    assert _sent(middleware, "http://slow.example.com:8080/")  # another port is another server
    stats = middleware.stats
    assert stats is not None
    assert stats.get_value("autocrawl/skipped/site_unresponsive") == 2
    assert stats.get_value("autocrawl/warnings/site_unresponsive") == 1


def test_any_answer_starts_the_count_again() -> None:
    middleware = _middleware(max_failures=3)
    for n in range(10):
        _fail(middleware, f"{SITE}/a{n}", TimeoutError())
        _fail(middleware, f"{SITE}/b{n}", TimeoutError())
        response = Response(f"{SITE}/c{n}", status=503)
        assert middleware.process_response(Request(response.url), response) is response
    assert _sent(middleware, f"{SITE}/d")


@pytest.mark.parametrize(
    "exc",
    [IgnoreRequest("robots.txt"), ValueError("a bug elsewhere"), TunnelError("proxy said 502")],
    ids=["ignored", "other", "proxy"],
)
def test_failures_that_are_no_silence_of_the_site_do_not_count(exc: Exception) -> None:
    middleware = _middleware(max_failures=1)
    _fail(middleware, f"{SITE}/a", exc)
    assert _sent(middleware, f"{SITE}/b")


def test_zero_never_gives_a_site_up() -> None:
    middleware = _middleware(max_failures=0)
    for n in range(50):
        _fail(middleware, f"{SITE}/{n}", TimeoutError())
    assert _sent(middleware, f"{SITE}/last")


def test_the_sites_requests_waiting_in_the_downloader_fail_at_once_the_others_stay() -> None:
    waiting: dict[str, Deferred[Response]] = {}
    queue: deque[tuple[Request, Deferred[Response]]] = deque()
    for url in (f"{SITE}/q1", "http://other.example.com/q2", f"{SITE}/q3"):
        waiting[url] = Deferred()
        queue.append((Request(url), waiting[url]))
    failed: list[str] = []

    def note(failure: Failure, url: str) -> None:
        if failure.check(CountedIgnore):
            failed.append(url)

    for url, deferred in waiting.items():
        deferred.addErrback(note, url)
    middleware = _middleware(max_failures=1, queues={"slow.example.com": SimpleNamespace(queue=queue)})
    _fail(middleware, f"{SITE}/a", TimeoutError())
    assert failed == [f"{SITE}/q1", f"{SITE}/q3"]
    assert [request.url for request, _ in queue] == ["http://other.example.com/q2"]
    stats = middleware.stats
    assert stats is not None
    assert stats.get_value("autocrawl/skipped/site_unresponsive") == 2
